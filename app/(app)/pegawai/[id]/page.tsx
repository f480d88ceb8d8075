import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AngkaKreditPegawai } from "@/components/angka-kredit-pegawai";
import { IndikatorTable } from "@/components/indikator-table";
import { PageHeader } from "@/components/page-header";
import { PenugasanBadge, StatusSkpBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatNip, pangkatOf } from "@/lib/domain";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getProfilPegawai } from "@/lib/services/organisasi";

export default async function ProfilPegawaiPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  // Someone the actor may not see is simply "not found": nothing about them leaks.
  const data = await orNotFound(getProfilPegawai(ctx, id));
  const t = await getTranslations("profil");
  const format = await getFormatter();
  const skp = data.skp[0];
  return (
    <>
      <PageHeader title={data.pegawai.nama} description={formatNip(data.pegawai.nip)} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("identitas")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t("status")}</dt>
              <dd>{data.pegawai.status}</dd>
              <dt className="text-muted-foreground">{t("pangkat")}</dt>
              <dd>{[pangkatOf(data.pegawai.golongan), data.pegawai.golongan].filter(Boolean).join(", ")}</dd>
              <dt className="text-muted-foreground">{t("ppk")}</dt>
              <dd data-testid="ppk">{data.ppk ? `${data.ppk.nama} (${formatNip(data.ppk.nip)})` : "—"}</dd>
              <dt className="text-muted-foreground">{t("atasanPpk")}</dt>
              <dd>{data.atasanPpk ? `${data.atasanPpk.nama} (${formatNip(data.atasanPpk.nip)})` : "—"}</dd>
              <dt className="text-muted-foreground">{t("skp")}</dt>
              <dd className="flex flex-wrap items-center gap-2">
                {skp ? (
                  <>
                    <StatusSkpBadge status={skp.status} />
                    <Link className="text-primary underline" href={`/skp/${skp.id}`}>
                      {t("bukaSkp")}
                    </Link>
                  </>
                ) : (
                  t("belumAdaSkp")
                )}
              </dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("riwayatJabatan")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2 text-sm">
              {data.penugasan.map((p) => (
                <li key={`${p.jabatan}-${p.mulai}`} className="flex flex-col">
                  <span className="font-medium">
                    {p.jabatan}{" "}
                    <PenugasanBadge jenis={p.jenis} />{" "}
                    {p.efektif ? <Badge tone="success">{t("aktif")}</Badge> : null}
                  </span>
                  <Link className="text-primary underline" href={`/organisasi/${p.unit_id}`}>
                    {p.unit}
                  </Link>
                  <span className="text-muted-foreground">
                    {format.dateTime(new Date(p.mulai), { dateStyle: "medium" })} – {p.selesai ? format.dateTime(new Date(p.selesai), { dateStyle: "medium" }) : t("sekarang")}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("indikator", { periode: data.periode?.nama ?? "" })}</CardTitle>
        </CardHeader>
        <CardContent>
          <IndikatorTable indikator={data.indikator} />
        </CardContent>
      </Card>
      <AngkaKreditPegawai ctx={ctx} pegawaiId={data.pegawai.id} />
    </>
  );
}
