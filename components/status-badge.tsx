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
