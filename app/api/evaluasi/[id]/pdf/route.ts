import { renderEvaluasiPdf } from "@/lib/documents/evaluasi-pdf";
import { namaBerkasEvaluasi } from "@/lib/documents/evaluasi-teks";
import { PDF, unduhan } from "@/lib/server/unduhan";
import { getDokumenEvaluasi } from "@/lib/services/evaluasi-dokumen";

export const dynamic = "force-dynamic";

/**
 * The evaluation as a PDF in the official layout (for the year followed by the evaluation document);
 * whoever may read the SKP may download it once the evaluation is set. Anyone else, and a draft: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return unduhan("evaluasi/pdf", async (ctx) => {
    const doc = await getDokumenEvaluasi(ctx, id);
    return { isi: await renderEvaluasiPdf(doc), jenis: PDF, namaBerkas: namaBerkasEvaluasi(doc) };
  });
}
