import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PeranDialog } from "@/lib/domain/dialog";
import { requireContext } from "@/lib/server/request-context";
import { tindakanTerbuka } from "@/lib/services/dialog";

/**
 * The open actions agreed in performance dialogues, soonest due first: what, by when, with whom, and
 * a link to the record. `sebagai` keeps the list to the actor's side (the pegawai dashboard shows
 * their own, the PPK dashboard those agreed with their team); without it, both.
 */
export async function TindakanDialog({ sebagai }: { sebagai?: PeranDialog }) {
  const ctx = await requireContext();
  const semua = await tindakanTerbuka(ctx);
  const items = sebagai ? semua.filter((x) => x.sebagai === sebagai) : semua;
  const t = await getTranslations("dialog");
  const format = await getFormatter();
  const tanggal = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  return (
    <Card data-testid="tindakan-dialog">
      <CardHeader>
        <CardTitle>{t("tindakanTerbukaJudul")}</CardTitle>
        <CardDescription>{sebagai === "PPK" ? t("tindakanTerbukaPpk") : t("tindakanTerbukaPegawai")}</CardDescription>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("tindakanTerbukaKosong")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-border">
            {items.map((x) => (
              <li key={x.id} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 py-2 text-sm" data-testid="tindakan-terbuka">
                <div className="min-w-0 flex-1">
                  <Link href={`/dialog/${x.dialogId}`} className="break-words font-medium text-primary underline">
                    {x.uraian}
                  </Link>
                  <p className="text-xs text-muted-foreground">{t(x.sebagai === "PPK" ? "denganPegawai" : "denganPpk", { nama: x.dengan, tanggal: tanggal(x.tanggalDialog) })}</p>
                </div>
                <span className="flex items-center gap-2 whitespace-nowrap">
                  {x.terlambat ? <Badge tone="danger">{t("terlambat")}</Badge> : null}
                  <time dateTime={x.batas} className="font-medium">
                    {t("batasTanggal", { tanggal: tanggal(x.batas) })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
