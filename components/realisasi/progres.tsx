import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Kemajuan } from "@/lib/domain/realisasi";

const TONE: Record<Kemajuan, "success" | "info" | "danger" | "neutral" | "warning"> = {
  TERCAPAI: "success",
  SESUAI_JADWAL: "info",
  TERTINGGAL: "danger",
  BELUM_ADA: "warning",
  KUALITATIF: "neutral",
};

export async function KemajuanBadge({ kemajuan }: { kemajuan: Kemajuan }) {
  const t = await getTranslations("realisasi.kemajuan");
  return <Badge tone={TONE[kemajuan]}>{t(kemajuan)}</Badge>;
}

/** Achievement against the target as a bar (capped at 100%) with the percentage beside it. */
export async function ProgresBar({ persen, label }: { persen: number | null; label: string }) {
  const nilai = Math.max(0, Math.min(persen ?? 0, 100));
  return (
    <div className="flex items-center gap-2">
      <div
        className="h-2.5 w-full min-w-[5rem] rounded-full bg-muted"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={persen === null ? undefined : nilai}
        aria-valuetext={persen === null ? "—" : `${persen}%`}
      >
        <div className={`h-2.5 rounded-full ${nilai >= 100 ? "bg-emerald-600" : "bg-primary"}`} style={{ width: `${nilai}%` }} />
      </div>
      <span className="w-12 shrink-0 text-right text-sm tabular-nums">{persen === null ? "—" : `${persen}%`}</span>
    </div>
  );
}
