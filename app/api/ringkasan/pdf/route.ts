import { renderRingkasanPdf } from "@/lib/documents/ringkasan-pdf";
import { namaBerkasRingkasan } from "@/lib/documents/ringkasan-xlsx";
import { labelEksporRingkasan } from "@/lib/server/ringkasan-ekspor";
import { PDF, unduhan } from "@/lib/server/unduhan";
import { getRingkasanUnit } from "@/lib/services/ringkasan-unit";

export const dynamic = "force-dynamic";

/** The unit summary as a PDF (?unit=&jenis=&golongan=, as the page), for whoever may see the summary; anyone else gets 404. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  return unduhan("ringkasan/pdf", async (ctx) => {
    const data = await getRingkasanUnit(ctx, { unit: q.get("unit"), jenisJabatan: q.get("jenis"), golongan: q.get("golongan") });
    const { label, filter, dihitung } = await labelEksporRingkasan(data);
    return { isi: await renderRingkasanPdf({ data, label, filter, dihitung }), jenis: PDF, namaBerkas: namaBerkasRingkasan(data, "pdf") };
  });
}
