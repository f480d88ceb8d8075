import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { PREDIKAT } from "@/lib/domain/constants";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDasborPimpinan, type StatusSkpAtauBelum } from "@/lib/services/dasbor";

const STATUS: StatusSkpAtauBelum[] = ["BELUM_ADA", "DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"];

export async function generateMetadata() {
  const t = await getTranslations("dasborPimpinan");
  return { title: t("judul") };
}

export default async function DasborPimpinanPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const ctx = await requireContext();
  const { unit } = await searchParams;
  const data = await orNotFound(getDasborPimpinan(ctx, unit));
  const t = await getTranslations("dasborPimpinan");
  const ts = await getTranslations("status.skp");
  const tp = await getTranslations("predikat");
  const format = await getFormatter();
  return (
    <>
      <Breadcrumbs label={t("jejak")} items={data.jejak.map((j) => ({ href: `/dasbor/pimpinan?unit=${j.id}`, nama: j.nama }))} current={data.unit.nama} />
      <PageHeader title={data.unit.nama} description={t("deskripsi", { periode: data.periode?.nama ?? "—" })}>
        <p className="text-xs text-muted-foreground">{t("dihitung", { waktu: format.dateTime(data.dihitungAt, { timeStyle: "short" }) })}</p>
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("statusSkp")}</CardTitle>
            <CardDescription>{t("pegawaiTotal", { n: data.total.pegawai })}</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="ringkasan-status">
              {STATUS.map((s) => (
                <div key={s} className="rounded-md bg-muted p-3">
                  <dt className="text-xs text-muted-foreground">{ts(s)}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{data.total.statusSkp[s]}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("predikat")}</CardTitle>
            <CardDescription>
              {data.periodePredikat ? t("predikatPenjelasan", { periode: data.periodePredikat.nama, n: data.total.dinilai }) : t("predikatKosong")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="ringkasan-predikat">
              {PREDIKAT.map((p) => (
                <div key={p} className="rounded-md bg-muted p-3">
                  <dt className="text-xs text-muted-foreground">{tp(p)}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{data.total.predikat[p]}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("unitBawahan")}</CardTitle>
          <CardDescription>{t("unitBawahanPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          {data.anak.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("tanpaUnitBawahan")}</p>
          ) : (
            <Table label={t("unitBawahan")}>
              <THead>
                <Tr>
                  <Th>{t("kolomUnit")}</Th>
                  <Th className="text-right">{t("kolomPegawai")}</Th>
                  {STATUS.map((s) => (
                    <Th key={s} className="text-right">
                      {ts(s)}
                    </Th>
                  ))}
                  {PREDIKAT.map((p) => (
                    <Th key={p} className="text-right">
                      {tp(p)}
                    </Th>
                  ))}
                </Tr>
              </THead>
              <TBody>
                {data.anak.map((a) => (
                  <Tr key={a.unitId ?? "langsung"}>
                    <Td>
                      {a.unitId ? (
                        <Link className="font-medium text-primary underline" href={`/dasbor/pimpinan?unit=${a.unitId}`}>
                          {a.nama}
                        </Link>
                      ) : (
                        <span className="font-medium">{t("langsung", { nama: a.nama })}</span>
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{a.pegawai}</Td>
                    {STATUS.map((s) => (
                      <Td key={s} className="text-right tabular-nums">
                        {a.statusSkp[s]}
                      </Td>
                    ))}
                    {PREDIKAT.map((p) => (
                      <Td key={p} className="text-right tabular-nums">
                        {a.predikat[p]}
                      </Td>
                    ))}
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {data.unitDipimpin.length > 1 ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("unitLain")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-wrap gap-3 text-sm">
              {data.unitDipimpin.map((u) => (
                <li key={u.id}>
                  <Link className="text-primary underline" href={`/dasbor/pimpinan?unit=${u.id}`}>
                    {u.nama}
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
