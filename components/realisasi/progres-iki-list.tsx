import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatNilai } from "@/lib/domain/skp";
import type { IkiProgres } from "@/lib/services/dasbor";
import { GrafikCapaian } from "./grafik-capaian";
import { KemajuanBadge, ProgresBar } from "./progres";

/** The pegawai's indicators with progress bar, status and a small chart per checkpoint. */
export async function ProgresIkiList({ indikator, skpId }: { indikator: IkiProgres[]; skpId: string | null }) {
  const t = await getTranslations("indikator");
  const ta = await getTranslations("aspek");
  if (indikator.length === 0) return <p className="text-sm text-muted-foreground">{t("kosong")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label={t("judul")} data-testid="progres-iki">
      {indikator.map((i) => (
        <li key={i.ikiId} className="flex min-w-0 flex-col gap-2 rounded-lg border border-border p-3" data-testid={`progres-${i.ikiId}`}>
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-xs text-muted-foreground">{i.rhk}</p>
              <p className="text-sm font-medium">
                <span className="mr-1 text-xs text-muted-foreground">{ta(i.aspek as "KUANTITAS")}</span>
                {skpId ? (
                  <Link className="text-primary underline" href={`/skp/${skpId}/realisasi#iki-${i.ikiId}`}>
                    {i.indikator}
                  </Link>
                ) : (
                  i.indikator
                )}
              </p>
            </div>
            <KemajuanBadge kemajuan={i.kemajuan} />
          </div>
          <p className="text-sm">
            {`${t("realisasi")}: `}
            <span className="font-medium tabular-nums">{formatNilai(i.realisasi, i.satuan)}</span>
            {` · ${t("target")}: ${i.target} ${i.satuan ?? ""}`}
          </p>
          {i.targetMin !== null ? (
            <>
              <ProgresBar persen={i.persen} label={t("capaianDari", { indikator: i.indikator })} />
              <GrafikCapaian seri={i.seri} target={i.targetMin} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
