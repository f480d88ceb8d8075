import { namaBerkasPenetapan, renderPenetapanPdf } from "@/lib/documents/penetapan-pdf";
import { PDF, unduhan } from "@/lib/server/unduhan";
import { getPenetapanDokumen } from "@/lib/services/kalibrasi";

export const dynamic = "force-dynamic";

/**
 * Penetapan predikat kinerja of a unit for a period (?periode=, default the active one) as a PDF, for
 * whoever may see the unit's calibration; anyone else, or a unit without an organisation rating: 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const periodeId = new URL(request.url).searchParams.get("periode") ?? "";
  return unduhan("kalibrasi/pdf", async (ctx) => {
    const doc = await getPenetapanDokumen(ctx, unitId, periodeId);
    return { isi: await renderPenetapanPdf(doc), jenis: PDF, namaBerkas: namaBerkasPenetapan(doc) };
  });
}
