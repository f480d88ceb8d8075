import { getTranslations } from "next-intl/server";
import { EvaluasiDokumenView } from "@/components/evaluasi/evaluasi-dokumen";
import { CetakButton } from "@/components/skp/cetak-button";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDokumenEvaluasi } from "@/lib/services/evaluasi-dokumen";

export async function generateMetadata() {
  const t = await getTranslations("dokumenEvaluasi");
  return { title: t("judul") };
}

/**
 * The evaluation (and for the year, the evaluation document) alone on the page, for the browser's
 * print dialog (no app chrome): the evaluation's wide tables on landscape sheets, the document portrait.
 */
export default async function CetakEvaluasiPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const doc = await orNotFound(getDokumenEvaluasi(ctx, id));
  return (
    <main className="mx-auto max-w-[72rem] bg-white p-4 text-black print:max-w-none print:p-0">
      <style>{`@page evaluasi { size: A4 landscape; margin: 12mm; } @page dokumen { size: A4 portrait; margin: 15mm; }
[data-testid="evaluasi-dokumen"] { page: evaluasi; } [data-testid="dokumen-evaluasi"] { page: dokumen; }`}</style>
      <div className="mb-4 flex justify-end print:hidden">
        <CetakButton />
      </div>
      <EvaluasiDokumenView doc={doc} />
    </main>
  );
}
