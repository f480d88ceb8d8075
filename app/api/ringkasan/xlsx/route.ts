import { bukuRingkasan, namaBerkasRingkasan } from "@/lib/documents/ringkasan-xlsx";
import { getRequestContext } from "@/lib/server/request-context";
import { labelEksporRingkasan } from "@/lib/server/ringkasan-ekspor";
import { ServiceError } from "@/lib/services/errors";
import { getRingkasanUnit } from "@/lib/services/ringkasan-unit";

export const dynamic = "force-dynamic";

/** The unit summary as an Excel file (?unit=&jenis=&golongan=, as the page), for whoever may see the summary; anyone else gets 404. */
export async function GET(request: Request) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  const q = new URL(request.url).searchParams;
  try {
    const data = await getRingkasanUnit(ctx, { unit: q.get("unit"), jenisJabatan: q.get("jenis"), golongan: q.get("golongan") });
    const { label, filter, dihitung } = await labelEksporRingkasan(data);
    const isi = await bukuRingkasan(data, label, { filter, dihitung });
    const nama = namaBerkasRingkasan(data, "xlsx");
    return new Response(new Uint8Array(isi), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Length": String(isi.byteLength),
        "Content-Disposition": `attachment; filename="${nama}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return new Response(error.code === "INPUT_TIDAK_VALID" ? "Permintaan tidak valid" : "Tidak ditemukan", { status: error.code === "INPUT_TIDAK_VALID" ? 400 : 404 });
    console.error("[ringkasan/xlsx]", error);
    return new Response("Kesalahan sistem", { status: 500 });
  }
}
