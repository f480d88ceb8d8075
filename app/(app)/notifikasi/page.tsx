import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { TandaiDibacaButton, TandaiSemuaButton } from "@/components/tandai-dibaca-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { daftarNotifikasi } from "@/lib/services/notifikasi";

export async function generateMetadata() {
  const t = await getTranslations("notifikasi");
  return { title: t("judul") };
}

export default async function NotifikasiPage() {
  const ctx = await requireContext();
  const data = await daftarNotifikasi(ctx, { batas: 100 });
  const t = await getTranslations("notifikasi");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("judul")} description={t("lonceng", { n: data.belumDibaca })}>
        <div className="flex flex-wrap gap-2">
          {data.belumDibaca > 0 ? <TandaiSemuaButton label={t("tandaiSemua")} /> : null}
          <Link className="text-sm text-primary underline" href="/pengaturan">
            {t("pengaturan")}
          </Link>
        </div>
      </PageHeader>
      <Card>
        <CardContent className="pt-4">
          {data.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosongSemua")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border" aria-label={t("judul")} data-testid="daftar-notifikasi">
              {data.items.map((n) => (
                <li key={n.id} data-notifikasi-id={n.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
                  <div className="min-w-0 flex-1">
                    <p className={`text-sm ${n.dibacaAt ? "" : "font-semibold"}`}>
                      {n.dibacaAt ? null : <Badge tone="info" className="mr-2">{t("baru")}</Badge>}
                      {n.tautan ? (
                        <Link href={n.tautan} className="text-primary underline">
                          {n.judul}
                        </Link>
                      ) : (
                        n.judul
                      )}
                    </p>
                    {n.isi ? <p className="text-sm text-muted-foreground">{n.isi}</p> : null}
                    <p className="text-xs text-muted-foreground">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                  </div>
                  {n.dibacaAt ? null : <TandaiDibacaButton id={n.id} label={t("tandaiDibaca")} />}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </>
  );
}
