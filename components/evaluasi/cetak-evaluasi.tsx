import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";

/**
 * The evaluation's documents: the PDF download and the print view (a new tab). For a set evaluation
 * only: a draft has no document (both links would answer 404).
 */
export function CetakEvaluasi({ evaluasiId, tahunan = false }: { evaluasiId: string; tahunan?: boolean }) {
  const t = useTranslations("dokumenEvaluasi");
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={tahunan ? t("grupTahunan") : t("grup")}>
      <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/evaluasi/${evaluasiId}/pdf`} download data-testid="unduh-pdf-evaluasi">
        {t("unduhPdf")}
      </a>
      <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/cetak/evaluasi/${evaluasiId}`} target="_blank" data-testid="cetak-evaluasi">
        {t("cetak")}
        <span className="sr-only"> {t("tabBaru")}</span>
      </Link>
    </div>
  );
}
