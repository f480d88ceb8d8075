import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { PilihUnit } from "@/components/pilih-unit";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/input";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatNip } from "@/lib/domain";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getAngkaKreditUnit, getUnitAngkaKredit } from "@/lib/services/angka-kredit";

export async function generateMetadata() {
  const t = await getTranslations("angkaKredit");
  return { title: t("judul") };
}

/** The yearly credit-point list of a unit's subtree for HR, its leaders and the auditor, with the Excel download. */
export default async function AngkaKreditPage({ searchParams }: { searchParams: Promise<{ unit?: string; tahun?: string }> }) {
  const ctx = await requireContext();
  const { unit, tahun } = await searchParams;
  const [data, units] = await orNotFound(Promise.all([getAngkaKreditUnit(ctx, { unitId: unit, tahun }), getUnitAngkaKredit(ctx)]));
  const t = await getTranslations("angkaKredit");
  const tp = await getTranslations("predikat");
  const tj = await getTranslations("jenjang");
  const format = await getFormatter();
  const dua = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const tahunPilihan = data.tahun !== null && !data.tahunTersedia.includes(data.tahun) ? [data.tahun, ...data.tahunTersedia] : data.tahunTersedia;
  const unduh = `/api/angka-kredit?${new URLSearchParams({ unit: data.unit.id, ...(data.tahun !== null ? { tahun: String(data.tahun) } : {}) })}`;
  const judulTabel = t("tabel", { unit: data.unit.nama, tahun: String(data.tahun ?? "") });
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <form action="/admin/angka-kredit" className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t("filter")}>
            <div className="flex min-w-0 flex-1 flex-col gap-1.5">
              <PilihUnit id="ak-unit" label={t("unit")} units={units} nilai={data.unit.id} />
            </div>
            <div className="flex flex-col gap-1.5 sm:w-32">
              <label htmlFor="ak-tahun" className="text-sm font-medium">
                {t("tahun")}
              </label>
              <NativeSelect id="ak-tahun" name="tahun" defaultValue={data.tahun ?? ""} disabled={tahunPilihan.length === 0}>
                {tahunPilihan.map((th) => (
                  <option key={th} value={th}>
                    {th}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <Button type="submit">{t("tampilkan")}</Button>
          </form>
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <CardTitle>{data.tahun === null ? data.unit.nama : judulTabel}</CardTitle>
            <CardDescription>{t("rumus")}</CardDescription>
            {data.baris.length ? (
              <p className="text-sm" data-testid="ringkasan-angka-kredit">
                {t("ringkasan", { pegawai: data.total.pegawai, baris: data.total.baris, nilai: dua(data.total.nilai) })}
              </p>
            ) : null}
          </div>
          {data.baris.length ? (
            <a href={unduh} download className={buttonVariants({ variant: "outline", size: "sm" })} aria-label={t("unduhLabel", { unit: data.unit.nama, tahun: String(data.tahun) })}>
              {t("unduh")}
            </a>
          ) : null}
        </CardHeader>
        <CardContent>
          {data.baris.length === 0 ? (
            <p className="text-sm text-muted-foreground">{data.tahun === null ? t("belumAdaTahun") : t("kosong")}</p>
          ) : (
            <Table label={judulTabel}>
              <caption className="sr-only">{judulTabel}</caption>
              <THead>
                <Tr>
                  <Th>{t("kolom.nama")}</Th>
                  <Th>{t("kolom.jabatan")}</Th>
                  <Th>{t("kolom.predikat")}</Th>
                  <Th className="text-right">{t("kolom.bulan")}</Th>
                  <Th className="text-right">{t("kolom.koefisien")}</Th>
                  <Th className="text-right">{t("kolom.persentase")}</Th>
                  <Th className="text-right">{t("kolom.nilai")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.baris.map((b, i) => (
                  <Tr key={`${b.pegawaiId}-${i}`}>
                    <Td className="min-w-40">
                      <span className="font-medium">{b.nama}</span>
                      <div className="whitespace-nowrap text-xs text-muted-foreground">{formatNip(b.nip)}</div>
                    </Td>
                    <Td className="min-w-48">
                      {b.jabatan}
                      <div className="text-xs text-muted-foreground">
                        {tj(b.jenjang)} · {b.unit}
                      </div>
                    </Td>
                    <Td className="whitespace-nowrap">{tp(b.predikat)}</Td>
                    <Td className="text-right tabular-nums">{b.bulan}</Td>
                    <Td className="text-right tabular-nums">{dua(b.koefisien)}</Td>
                    <Td className="text-right tabular-nums">{b.persentase}</Td>
                    <Td className="text-right font-medium tabular-nums">{dua(b.nilai)}</Td>
                  </Tr>
                ))}
              </TBody>
              <tfoot className="border-t-2 border-border font-semibold">
                <Tr>
                  <Th scope="row" colSpan={6} className="text-foreground">
                    {t("total")}
                  </Th>
                  <Td className="text-right tabular-nums" data-testid="total-angka-kredit">
                    {dua(data.total.nilai)}
                  </Td>
                </Tr>
              </tfoot>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
