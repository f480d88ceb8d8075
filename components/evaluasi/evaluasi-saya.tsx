import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PredikatBadge } from "@/components/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServiceContext } from "@/lib/services/context";
import { evaluasiSaya } from "@/lib/services/evaluasi";

/** The pegawai's delivered evaluations with their predikat (under objection / not final marked), for the dashboard. */
export async function EvaluasiSaya({ ctx }: { ctx: ServiceContext }) {
  const [rows, t] = await Promise.all([evaluasiSaya(ctx), getTranslations("evaluasi")]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("sayaJudul")}</CardTitle>
        <CardDescription>{t("sayaPenjelasan")}</CardDescription>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("sayaKosong")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm" data-testid="evaluasi-saya">
            {rows.map((r) => (
              <li key={`${r.skpId}-${r.checkpoint?.urutan ?? "t"}`} className="flex flex-wrap items-center justify-between gap-2">
                <Link className="font-medium text-primary underline" href={`/evaluasi/${r.skpId}?${r.checkpoint ? `cp=${r.checkpoint.urutan}` : "tahunan=1"}`}>
                  {r.checkpoint ? r.checkpoint.nama : t("tahunan", { tahun: r.tahun })}
                </Link>
                <span className="flex flex-wrap items-center gap-2">
                  <PredikatBadge predikat={r.predikat} keadaan={r.keadaan} />
                  {r.diterima ? null : <span className="text-xs text-muted-foreground">{t("belumDiterima")}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
