import { bukuRingkasan, namaBerkasRingkasan } from "@/lib/documents/ringkasan-xlsx";
import { labelEksporRingkasan } from "@/lib/server/ringkasan-ekspor";
import { unduhan, XLSX } from "@/lib/server/unduhan";
import { getRingkasanUnit } from "@/lib/services/ringkasan-unit";

export const dynamic = "force-dynamic";

/** The unit summary as an Excel file (?unit=&jenis=&golongan=, as the page), for whoever may see the summary; anyone else gets 404. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  return unduhan("ringkasan/xlsx", async (ctx) => {
    const data = await getRingkasanUnit(ctx, { unit: q.get("unit"), jenisJabatan: q.get("jenis"), golongan: q.get("golongan") });
    const { label, filter, dihitung } = await labelEksporRingkasan(data);
    return { isi: await bukuRingkasan(data, label, { filter, dihitung }), jenis: XLSX, namaBerkas: namaBerkasRingkasan(data, "xlsx") };
  });
}
