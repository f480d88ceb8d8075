import { renderSkpPdf } from "@/lib/documents/skp-pdf";
import { PDF, unduhan } from "@/lib/server/unduhan";
import { getDokumenSkp } from "@/lib/services/skp";

/** The SKP as a PDF in the official layout; whoever may read the SKP may download it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return unduhan("skp/pdf", async (ctx) => {
    const doc = await getDokumenSkp(ctx, id);
    const namaBerkas = `SKP-${doc.periode.tahun}-${doc.pegawai.nip}${doc.versi > 1 ? `-v${doc.versi}` : ""}.pdf`;
    return { isi: await renderSkpPdf(doc), jenis: PDF, namaBerkas };
  });
}
