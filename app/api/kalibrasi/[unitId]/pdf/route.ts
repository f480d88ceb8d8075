import { namaBerkasPenetapan, renderPenetapanPdf } from "@/lib/documents/penetapan-pdf";
import { getRequestContext } from "@/lib/server/request-context";
import { ServiceError } from "@/lib/services/errors";
import { getPenetapanDokumen } from "@/lib/services/kalibrasi";

export const dynamic = "force-dynamic";

/**
 * Penetapan predikat kinerja of a unit for a period (?periode=, default the active one) as a PDF, for
 * whoever may see the unit's calibration; anyone else, or a unit without an organisation rating: 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  const { unitId } = await params;
  const periodeId = new URL(request.url).searchParams.get("periode") ?? "";
  try {
    const doc = await getPenetapanDokumen(ctx, unitId, periodeId);
    const pdf = await renderPenetapanPdf(doc);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${namaBerkasPenetapan(doc)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return new Response("Tidak ditemukan", { status: 404 });
    throw error;
  }
}
