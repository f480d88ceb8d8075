import { renderEvaluasiPdf } from "@/lib/documents/evaluasi-pdf";
import { namaBerkasEvaluasi } from "@/lib/documents/evaluasi-teks";
import { getRequestContext } from "@/lib/server/request-context";
import { ServiceError } from "@/lib/services/errors";
import { getDokumenEvaluasi } from "@/lib/services/evaluasi-dokumen";

export const dynamic = "force-dynamic";

/**
 * The evaluation as a PDF in the official layout (for the year followed by the evaluation document);
 * whoever may read the SKP may download it once the evaluation is set. Anyone else, and a draft: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  try {
    const doc = await getDokumenEvaluasi(ctx, id);
    const pdf = await renderEvaluasiPdf(doc);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${namaBerkasEvaluasi(doc)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return new Response("Tidak ditemukan", { status: 404 });
    throw error;
  }
}
