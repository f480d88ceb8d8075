import { Lock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { HasilDialog, StatusDialog } from "@/lib/domain/dialog";

const TONE = { DIJADWALKAN: "info", TERCATAT: "neutral", MENUNGGU_KONFIRMASI: "warning", TERKONFIRMASI: "success" } as const;

/** Where a dialogue record stands: proposed, recorded, waiting for a confirmation, confirmed by both (read-only). */
export async function StatusDialogBadge({ status }: { status: StatusDialog }) {
  const t = await getTranslations("dialog.status");
  return (
    <Badge tone={TONE[status]} data-testid="status-dialog">
      {status === "TERKONFIRMASI" ? <Lock aria-hidden="true" className="mr-1 h-3 w-3" /> : null}
      {t(status)}
    </Badge>
  );
}

export async function HasilDialogBadge({ hasil }: { hasil: HasilDialog | null }) {
  const t = await getTranslations("dialog");
  if (!hasil) return <Badge tone="neutral">{t("hasilBelum")}</Badge>;
  return <Badge tone={hasil === "TERCAPAI" ? "success" : "danger"}>{t(`hasilNilai.${hasil}`)}</Badge>;
}
