import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit-table";
import { BukaMasaPenilaian } from "@/components/buka-masa-penilaian";
import { PageHeader } from "@/components/page-header";
import { PenugasanBadge } from "@/components/status-badge";
import { PeriodeBaruForm } from "@/components/periode-baru-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDasborAdmin, listAuditLog, listPenugasanSementara } from "@/lib/services/admin";

export async function generateMetadata() {
  const t = await getTranslations("dasborAdmin");
  return { title: t("judul") };
}

export default async function DasborAdminPage() {
  const ctx = await requireContext();
  const [data, sementara, audit] = await orNotFound(Promise.all([getDasborAdmin(ctx), listPenugasanSementara(ctx), listAuditLog(ctx, { limit: 10 })]));
  const t = await getTranslations("dasborAdmin");
  const ts = await getTranslations("status");
  const tj = await getTranslations("jenisJabatan");
  const format = await getFormatter();
  const angka = [
    ["unit", data.angka.unit],
    ["jabatan", data.angka.jabatan],
    ["pegawai", data.angka.pegawai],
    ["pltPlh", data.angka.pltPlh],
    ["jabatanKosong", data.angka.jabatanKosong],
    ["tanpaSkp", data.angka.tanpaSkp],
    ["tanpaPenugasan", data.angka.tanpaPenugasan],
  ] as const;
  return (
    <>
      <PageHeader title={t("judul")} description={data.periode?.nama}>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/admin/pegawai" className="text-primary underline">
            {t("pegawai")}
          </Link>
          <Link href="/organisasi" className="text-primary underline">
            {t("strukturOrganisasi")}
          </Link>
          <Link href="/admin/frasa" className="text-primary underline">
            {t("frasa")}
          </Link>
          <Link href="/admin/angka-kredit" className="text-primary underline">
            {t("angkaKredit")}
          </Link>
          <Link href="/admin/aturan" className="text-primary underline">
            {t("aturan")}
          </Link>
        </div>
      </PageHeader>
      <p className="-mb-3 text-xs text-muted-foreground">{t("dihitung", { waktu: format.dateTime(data.dihitungAt, { timeStyle: "short" }) })}</p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" data-testid="angka-instansi">
        {angka.map(([k, v]) => (
          <div key={k} className="rounded-lg border border-border bg-card p-3">
            <dt className="text-xs text-muted-foreground">{t(`angka.${k}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("periode")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <Table label={t("periode")}>
              <THead>
                <Tr>
                  <Th>{t("kolomTahun")}</Th>
                  <Th>{t("kolomStatus")}</Th>
                  <Th>{t("kolomCheckpoint")}</Th>
                  <Th>{t("kolomBatasSkp")}</Th>
                  <Th>{t("kolomAksi")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.periodeList.map((p) => (
                  <Tr key={p.id}>
                    <Td className="font-medium">{p.tahun}</Td>
                    <Td>
                      <Badge tone={p.status === "BERJALAN" ? "success" : "neutral"}>{ts(`periode.${p.status as "BERJALAN"}`)}</Badge>
                    </Td>
                    <Td>{ts(`checkpoint.${p.jenisCheckpoint as "BULANAN"}`)}</Td>
                    <Td>{format.dateTime(new Date(p.batasPenetapanSkp), { dateStyle: "medium" })}</Td>
                    <Td>
                      <BukaMasaPenilaian periodeId={p.id} tahun={p.tahun} status={p.status} />
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <PeriodeBaruForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("jabatanPerJenis")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid grid-cols-2 gap-2 text-sm">
              {data.jenisJabatan.map((j) => (
                <li key={j.jenis} className="flex justify-between rounded-md bg-muted px-3 py-2">
                  <span>{tj(j.jenis as "JPT")}</span>
                  <span className="font-semibold tabular-nums">{j.n}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("penugasanSementara")}</CardTitle>
          <CardDescription>{t("penugasanSementaraPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          {sementara.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("tidakAda")}</p>
          ) : (
            <Table label={t("penugasanSementara")}>
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th>{t("kolomJenis")}</Th>
                  <Th>{t("kolomJabatan")}</Th>
                  <Th>{t("kolomSampai")}</Th>
                </Tr>
              </THead>
              <TBody>
                {sementara.map((s) => (
                  <Tr key={`${s.nip}-${s.jabatan}`}>
                    <Td>
                      <span className="font-medium">{s.nama}</span>
                      <div className="text-xs text-muted-foreground">{s.nip}</div>
                    </Td>
                    <Td>
                      <PenugasanBadge jenis={s.jenis} />
                    </Td>
                    <Td>
                      {s.jabatan}
                      <div className="text-xs text-muted-foreground">{s.unit}</div>
                    </Td>
                    <Td>{s.selesai ? format.dateTime(new Date(s.selesai), { dateStyle: "medium" }) : "—"}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("auditTerbaru")}</CardTitle>
        </CardHeader>
        <CardContent>
          <AuditTable rows={audit} />
        </CardContent>
      </Card>
    </>
  );
}
