import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotifikasiList } from "@/components/notifikasi-list";
import { PageHeader } from "@/components/page-header";
import { PenugasanBadge, StatusSkpBadge } from "@/components/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDasborPpk } from "@/lib/services/dasbor";
import { getProgresTim } from "@/lib/services/realisasi";
import { ProgresTim } from "@/components/realisasi/progres-tim";
import { TindakanDialog } from "@/components/dialog/tindakan-dialog";

export async function generateMetadata() {
  const t = await getTranslations("dasborPpk");
  return { title: t("judul") };
}

export default async function DasborPpkPage() {
  const ctx = await requireContext();
  const [data, progres] = await Promise.all([orNotFound(getDasborPpk(ctx)), orNotFound(getProgresTim(ctx))]);
  const t = await getTranslations("dasborPpk");
  const ts = await getTranslations("status");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("judul")} description={data.periode?.nama}>
        <nav aria-label={t("menuSkp")} className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ size: "sm" })} href="/skp/antrian">
            {t("keAntrian", { n: data.antrean.length })}
          </Link>
          <Link className={buttonVariants({ size: "sm" })} href="/evaluasi">
            {t("keEvaluasi")}
          </Link>
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/skp/matriks">
            {t("keMatriks")}
          </Link>
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/skp/ekspektasi">
            {t("keEkspektasi")}
          </Link>
        </nav>
      </PageHeader>
      <ProgresTim data={progres} />
      <TindakanDialog sebagai="PPK" />
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("antrean")}</CardTitle>
            <CardDescription>{t("antreanPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            {data.antrean.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("antreanKosong")}</p>
            ) : (
              <ul className="flex flex-col gap-2" data-testid="antrean-skp">
                {data.antrean.map((a) => (
                  <li key={a.skpId} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <Link href={`/skp/${a.skpId}`} className="font-medium text-primary underline">
                      {a.nama}
                    </Link>
                    <span className="text-muted-foreground">
                      {a.diajukanAt ? t("diajukanPada", { tanggal: format.dateTime(a.diajukanAt, { dateStyle: "medium" }) }) : a.jabatan}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("keberatan")}</CardTitle>
            <CardDescription>{t("keberatanPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            {data.keberatan.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("keberatanKosong")}</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm" data-testid="keberatan-masuk">
                {data.keberatan.map((k) => (
                  <li key={k.id}>
                    <Link href={`/evaluasi/${k.skpId}?tahunan=1`} className="font-medium text-primary underline">
                      {k.pemohon}
                    </Link>{" "}
                    — {k.alasan}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("bawahan", { n: data.bawahan.length })}</CardTitle>
          <CardDescription>
            {data.checkpointTerakhir ? t("bawahanPenjelasan", { checkpoint: data.checkpointTerakhir.nama }) : t("bawahanPenjelasanTanpa")}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {data.bawahan.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("bawahanKosong")}</p>
          ) : (
            <Table label={t("bawahan", { n: data.bawahan.length })}>
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th className="hidden sm:table-cell">{t("kolomJabatan")}</Th>
                  <Th>{t("kolomSkp")}</Th>
                  <Th className="text-right">{t("kolomRealisasi")}</Th>
                  <Th>{t("kolomEvaluasi")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.bawahan.map((b) => (
                  <Tr key={`${b.pegawaiId}-${b.jabatan}`}>
                    <Td>
                      <Link href={`/pegawai/${b.pegawaiId}`} className="font-medium text-primary underline">
                        {b.nama}
                      </Link>
                      <div className="text-xs text-muted-foreground">{b.nip}</div>
                      <div className="text-xs sm:hidden">{b.jabatan}</div>
                    </Td>
                    <Td className="hidden sm:table-cell">
                      {b.jabatan}
                      <PenugasanBadge jenis={b.jenisPenugasan} className="ml-1" />
                    </Td>
                    <Td>
                      <StatusSkpBadge status={b.statusSkp} />
                    </Td>
                    <Td className="text-right tabular-nums">{b.jumlahIki ? `${b.ikiTerealisasi}/${b.jumlahIki}` : "—"}</Td>
                    <Td>
                      {b.skpId && b.statusSkp === "DISETUJUI" && data.checkpointTerakhir ? (
                        <Link href={`/evaluasi/${b.skpId}?cp=${data.checkpointTerakhir.urutan}`} className="text-primary underline">
                          {b.statusEvaluasi ? ts(`evaluasi.${b.statusEvaluasi as "DRAFT"}`) : t("belumDievaluasi")}
                        </Link>
                      ) : b.statusEvaluasi ? (
                        ts(`evaluasi.${b.statusEvaluasi as "DRAFT"}`)
                      ) : (
                        t("belumDievaluasi")
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <NotifikasiList items={data.notifikasi} />
    </>
  );
}
