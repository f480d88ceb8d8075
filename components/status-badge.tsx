import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const TONE = {
  DRAFT: "neutral",
  DIAJUKAN: "info",
  REVISI: "warning",
  DISETUJUI: "success",
  BELUM_ADA: "danger",
} as const;

export async function StatusSkpBadge({ status }: { status: string }) {
  const t = await getTranslations("status.skp");
  const tone = TONE[status as keyof typeof TONE] ?? "neutral";
  return <Badge tone={tone}>{t(status as keyof typeof TONE)}</Badge>;
}

/** Marks an acting assignment (Plt/Plh); a definitive one needs no mark. */
export async function PenugasanBadge({ jenis, className }: { jenis: string | null; className?: string }) {
  if (!jenis || jenis === "DEFINITIF") return null;
  const t = await getTranslations("status.penugasan");
  return (
    <Badge tone="info" className={className}>
      {t(jenis as "PLT")}
    </Badge>
  );
}

const TONE_PREDIKAT = {
  BELUM_ADA: "neutral",
  MASA_KEBERATAN: "info",
  DALAM_KEBERATAN: "warning",
  FINAL: "success",
} as const;

/**
 * A predikat as everyone should read it: with "under objection" while an objection is open and "not
 * final yet" while the objection window of an annual evaluation runs.
 */
export async function PredikatBadge({ predikat, keadaan }: { predikat: string | null; keadaan: keyof typeof TONE_PREDIKAT }) {
  const t = await getTranslations("evaluasi");
  const tp = await getTranslations("predikat");
  if (!predikat || keadaan === "BELUM_ADA") return <Badge tone="neutral">{t("keadaan.BELUM_ADA")}</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="predikat">
      <Badge tone={keadaan === "DALAM_KEBERATAN" ? "warning" : "success"}>{tp(predikat as "BAIK")}</Badge>
      {keadaan === "FINAL" ? null : <Badge tone={TONE_PREDIKAT[keadaan]}>{t(`keadaan.${keadaan}`)}</Badge>}
    </span>
  );
}
