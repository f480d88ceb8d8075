import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TindakanDialog } from "@/components/dialog/tindakan-dialog";
import { EvaluasiSaya } from "@/components/evaluasi/evaluasi-saya";
import { NotifikasiList } from "@/components/notifikasi-list";
import { PengembanganRingkas } from "@/components/pengembangan/pengembangan-ringkas";
import { PageHeader } from "@/components/page-header";
import { ProgresIkiList } from "@/components/realisasi/progres-iki-list";
import { StatusSkpBadge } from "@/components/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { getDasborPegawai } from "@/lib/services/dasbor";
import { getOpsiSkpBaru } from "@/lib/services/skp";
import { buttonVariants } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("dasborPegawai");
  return { title: t("judul") };
}

export default async function DasborPegawaiPage() {
  const ctx = await requireContext();
  const [data, opsi] = await Promise.all([getDasborPegawai(ctx), getOpsiSkpBaru(ctx)]);
  const t = await getTranslations("dasborPegawai");
  const format = await getFormatter();
  const skp = data.skp[0];
  return (
    <>
      <PageHeader title={t("judul")} description={data.periode ? data.periode.nama : t("tanpaPeriode")} />
      <div className="grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>{t("skpSaya")}</CardTitle>
            {skp ? <CardDescription>{`${skp.jabatan} · ${skp.unit}`}</CardDescription> : null}
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {skp ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("status")}</dt>
                <dd data-testid="status-skp">
                  <StatusSkpBadge status={skp.status} />
                </dd>
                <dt className="text-muted-foreground">{t("ppk")}</dt>
                <dd>{skp.ppkNama ?? "—"}</dd>
                <dt className="text-muted-foreground">{t("berlaku")}</dt>
                <dd>{`${format.dateTime(new Date(skp.berlakuMulai), { dateStyle: "medium" })} – ${format.dateTime(new Date(skp.berlakuSelesai), { dateStyle: "medium" })}`}</dd>
                <dt className="text-muted-foreground">{t("jumlahRhk")}</dt>
                <dd>{skp.jumlahRhk}</dd>
              </dl>
            ) : (
              <p className="text-sm">{t("belumAdaSkp")}</p>
            )}
            {data.skp.length > 1 ? <p className="text-sm text-muted-foreground">{t("skpLain", { n: data.skp.length - 1 })}</p> : null}
            <div className="flex flex-wrap gap-2">
              {skp ? (
                <Link className={buttonVariants({ variant: skp.status === "REVISI" || skp.status === "DRAFT" ? "default" : "outline", size: "sm" })} href={`/skp/${skp.id}`}>
                  {t("bukaSkp")}
                </Link>
              ) : null}
              {skp?.status === "DISETUJUI" ? (
                <Link className={buttonVariants({ size: "sm" })} href={`/skp/${skp.id}/realisasi`}>
                  {t("isiRealisasi")}
                </Link>
              ) : null}
              {data.skp.slice(1).map((lain) => (
                <Link key={lain.id} className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${lain.id}`}>
                  {t("bukaSkpLain", { jabatan: lain.jabatan })}
                </Link>
              ))}
              {opsi.penugasan.length > 0 ? (
                <Link className={buttonVariants({ size: "sm" })} href="/skp/baru">
                  {t("buatSkp")}
                </Link>
              ) : null}
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("tenggat")}</CardTitle>
          </CardHeader>
          <CardContent>
            {data.tenggat.length ? (
              <ul className="flex flex-col gap-2 text-sm">
                {data.tenggat.map((d) => (
                  <li key={`${d.kode}-${d.tanggal}`} className="flex justify-between gap-3">
                    <span>{t(`tenggatJenis.${d.kode}`, { nama: d.nama ?? "" })}</span>
                    <time dateTime={d.tanggal} className="whitespace-nowrap font-medium">
                      {format.dateTime(new Date(d.tanggal), { dateStyle: "medium" })}
                    </time>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">{t("tanpaTenggat")}</p>
            )}
          </CardContent>
        </Card>
      </div>
      <TindakanDialog sebagai="PEGAWAI" />
      <EvaluasiSaya ctx={ctx} />
      <PengembanganRingkas ctx={ctx} />
      <Card>
        <CardHeader>
          <CardTitle>{t("indikator")}</CardTitle>
          <CardDescription>{t("indikatorPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ProgresIkiList indikator={data.indikator} skpId={skp?.status === "DISETUJUI" ? skp.id : null} />
        </CardContent>
      </Card>
      <NotifikasiList items={data.notifikasi} />
      <p className="text-sm">
        <Link className="text-primary underline" href={`/pegawai/${ctx.actor.pegawaiId}`}>
          {t("lihatProfil")}
        </Link>
      </p>
    </>
  );
}
