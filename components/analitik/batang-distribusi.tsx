import { PREDIKAT, type Predikat } from "@/lib/domain/constants";

/** One colour per predikat, best to worst (the legend uses the same). */
export const WARNA_PREDIKAT: Record<Predikat, string> = {
  SANGAT_BAIK: "bg-emerald-600",
  BAIK: "bg-sky-600",
  BUTUH_PERBAIKAN: "bg-amber-400",
  KURANG: "bg-orange-700",
  SANGAT_KURANG: "bg-red-800",
};

const persen = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * A horizontal stacked bar of the predikat shares of one group, with its label and, for screen
 * readers and on hover, the shares in words. `bagian` null = the group is under the privacy minimum.
 */
export function BatangDistribusi({
  label,
  bagian,
  labelPredikat,
  tersembunyi,
  testId,
}: {
  label: string;
  bagian: Record<Predikat, number> | null;
  labelPredikat: Record<Predikat, string>;
  tersembunyi: string;
  testId?: string;
}) {
  const uraian = bagian
    ? PREDIKAT.filter((k) => bagian[k] > 0)
        .map((k) => `${labelPredikat[k]} ${persen(bagian[k])}`)
        .join(", ")
    : tersembunyi;
  return (
    <div className="flex items-center gap-2 text-xs" data-testid={testId}>
      <span className="w-16 shrink-0 truncate text-muted-foreground" title={label}>
        {label}
      </span>
      {bagian ? (
        <div className="flex h-3 min-w-24 flex-1 overflow-hidden rounded-sm bg-muted" role="img" aria-label={`${label}: ${uraian}`} title={uraian}>
          {PREDIKAT.map((k) => (bagian[k] > 0 ? <div key={k} className={WARNA_PREDIKAT[k]} style={{ width: persen(bagian[k]) }} /> : null))}
        </div>
      ) : (
        <span className="flex-1 italic text-muted-foreground">{tersembunyi}</span>
      )}
    </div>
  );
}

export function LegendaPredikat({ labelPredikat }: { labelPredikat: Record<Predikat, string> }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      {PREDIKAT.map((k) => (
        <li key={k} className="flex items-center gap-1.5">
          <span className={`inline-block size-3 rounded-sm ${WARNA_PREDIKAT[k]}`} />
          {labelPredikat[k]}
        </li>
      ))}
    </ul>
  );
}
