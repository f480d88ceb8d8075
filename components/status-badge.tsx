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
