import { renderSkpPdf } from "@/lib/documents/skp-pdf";
import { getRequestContext } from "@/lib/server/request-context";
import { ServiceError } from "@/lib/services/errors";
import { getDokumenSkp } from "@/lib/services/skp";

/** The SKP as a PDF in the official layout; whoever may read the SKP may download it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  try {
    const doc = await getDokumenSkp(ctx, id);
    const pdf = await renderSkpPdf(doc);
    const nama = `SKP-${doc.periode.tahun}-${doc.pegawai.nip}${doc.versi > 1 ? `-v${doc.versi}` : ""}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${nama}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
