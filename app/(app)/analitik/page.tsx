import { getFormatter, getTranslations } from "next-intl/server";
import { BatangDistribusi, LegendaPredikat } from "@/components/analitik/batang-distribusi";
import { PageHeader } from "@/components/page-header";
import { PilihUnit } from "@/components/pilih-unit";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/input";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatNip } from "@/lib/domain";
import { PREDIKAT, type Predikat } from "@/lib/domain/constants";
import { AMBANG_INDEKS, type Indeks } from "@/lib/domain/keadilan";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getAnalitikPenilai, getUnitAnalitik, JENIS_ANALITIK, type JenisAnalitik } from "@/lib/services/analitik";

export async function generateMetadata() {
  const t = await getTranslations("analitik");
  return { title: t("judul") };
}

const TONE_LABEL = { lunak: "warning", wajar: "neutral", ketat: "info" } as const;
const UKURAN = ["distribusi", "indeks", "saran", "keberatan", "keterlambatan", "privasi"] as const;

/** Fairness analytics per rater (issue #6), for the leaders of a unit with units below it and the admin. */
export default async function AnalitikPage({ searchParams }: { searchParams: Promise<{ unit?: string; periode?: string; jenis?: string }> }) {
  const ctx = await requireContext();
  const sp = await searchParams;
  const jenis: JenisAnalitik = (JENIS_ANALITIK as readonly string[]).includes(sp.jenis ?? "") ? (sp.jenis as JenisAnalitik) : "TAHUNAN";
  const [data, units] = await orNotFound(Promise.all([getAnalitikPenilai(ctx, { unitId: sp.unit, periodeId: sp.periode, jenis }), getUnitAnalitik(ctx)]));
  const t = await getTranslations("analitik");
  const tp = await getTranslations("predikat");
  const format = await getFormatter();
  const labelPredikat = Object.fromEntries(PREDIKAT.map((k) => [k, tp(k)])) as Record<Predikat, string>;
  const persen = (x: number | null) => (x === null ? "–" : format.number(x, { style: "percent", maximumFractionDigits: 1 }));
  const angka = (x: number) => format.number(x, { signDisplay: "exceptZero", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const tersembunyi = t("kelompokKecil");
  const judulTabel = t("tabel", { unit: data.unit.nama, periode: data.periode?.nama ?? "", jenis: t(`jenis.${jenis}`) });
  const periodePilihan = data.periode && !data.periodeTersedia.some((p) => p.id === data.periode!.id) ? [data.periode, ...data.periodeTersedia] : data.periodeTersedia;
  const indeks = (i: Indeks | null, testId?: string) =>
    i ? (
      <span className="inline-flex flex-wrap items-center gap-1" data-testid={testId}>
        <span className="font-medium tabular-nums">{angka(i.nilai)}</span>
        <Badge tone={TONE_LABEL[i.label]}>{t(`label.${i.label}`)}</Badge>
      </span>
    ) : (
      <span className="text-muted-foreground">–</span>
    );
  type Baris = (typeof data.penilai)[number];
  const distribusi = (p: Baris) => (
    <div className="flex flex-col gap-1">
      <BatangDistribusi label={t("batang.penilai")} bagian={p.hasil.distribusi.bagian} labelPredikat={labelPredikat} tersembunyi={tersembunyi} />
      {p.pembanding ? (
        <BatangDistribusi label={t("batang.unit")} bagian={p.pembanding.hasil?.distribusi.bagian ?? null} labelPredikat={labelPredikat} tersembunyi={tersembunyi} />
      ) : null}
      <BatangDistribusi label={t("batang.instansi")} bagian={data.instansi?.distribusi.bagian ?? null} labelPredikat={labelPredikat} tersembunyi={tersembunyi} />
    </div>
  );
  const indeksBlok = (p: Baris) => (
    <div className="flex flex-col gap-1 text-xs">
      <div>
        <span className="text-muted-foreground">{t("indeksInstansi")} </span>
        {indeks(p.hasil.indeksInstansi, "indeks-instansi")}
      </div>
      {p.pembanding ? (
        <div>
          <span className="text-muted-foreground">{t("indeksUnit", { unit: p.pembanding.nama })} </span>
          {indeks(p.hasil.indeksUnit)}
        </div>
      ) : null}
    </div>
  );
  const saran = (p: Baris) =>
    p.hasil.saran.dengan === 0 ? (
      <span className="text-muted-foreground">{t("tanpaSaran")}</span>
    ) : (
      <>
        <span className="font-medium tabular-nums">{persen(p.hasil.saran.bagian)}</span>
        <div className="text-muted-foreground">
          {t("saranRinci", { dengan: p.hasil.saran.dengan, tinggi: p.hasil.saran.lebihTinggi, rendah: p.hasil.saran.lebihRendah })}
        </div>
      </>
    );
  const keberatan = (p: Baris) => (
    <>
      <span className="font-medium tabular-nums">{persen(p.hasil.keberatan.tingkat)}</span>
      <div className="text-muted-foreground">
        {t("keberatanRinci", {
          diajukan: p.hasil.keberatan.diajukan,
          diserahkan: p.hasil.keberatan.diserahkan,
          dikabulkan: p.hasil.keberatan.dikabulkan,
          ditolak: p.hasil.keberatan.ditolak,
          terbuka: p.hasil.keberatan.terbuka,
        })}
      </div>
    </>
  );
  const keterlambatan = (p: Baris) => (
    <>
      <span className="font-medium tabular-nums">{persen(p.hasil.ketepatan.bagian)}</span>
      <div className="text-muted-foreground">
        {p.hasil.ketepatan.terlambat === 0
          ? t("tepatWaktu", { n: p.hasil.ketepatan.jatuhTempo })
          : t("terlambatRinci", {
              terlambat: p.hasil.ketepatan.terlambat,
              n: p.hasil.ketepatan.jatuhTempo,
              hari: format.number(p.hasil.ketepatan.rataRataHari ?? 0, { maximumFractionDigits: 1 }),
            })}
      </div>
    </>
  );

  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <form action="/analitik" className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_12rem_auto] sm:items-end" aria-label={t("filter")}>
            <div className="flex min-w-0 flex-col gap-1.5">
              <PilihUnit id="an-unit" label={t("unit")} units={units} nilai={data.unit.id} />
            </div>
            <div className="flex min-w-0 flex-col gap-1.5">
              <label htmlFor="an-jenis" className="text-sm font-medium">
                {t("jenisLabel")}
              </label>
              <NativeSelect id="an-jenis" name="jenis" defaultValue={jenis}>
                {JENIS_ANALITIK.map((j) => (
                  <option key={j} value={j}>
                    {t(`jenis.${j}`)}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <div className="flex min-w-0 flex-col gap-1.5">
              <label htmlFor="an-periode" className="text-sm font-medium">
                {t("periode")}
              </label>
              <NativeSelect id="an-periode" name="periode" defaultValue={data.periode?.id ?? ""}>
                <option value="">{t("periodeTerbaru")}</option>
                {periodePilihan.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.nama}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <Button type="submit">{t("tampilkan")}</Button>
          </form>
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="flex flex-col gap-1">
          <CardTitle>{data.periode ? judulTabel : data.unit.nama}</CardTitle>
          {data.periode ? (
            <CardDescription data-testid="ringkasan-analitik">
              {t("ringkasan", { penilai: data.penilai.length, instansi: data.instansi?.jumlahPegawai ?? 0 })}
            </CardDescription>
          ) : null}
          {data.penilaiDisembunyikan > 0 ? (
            <p className="text-sm" data-testid="penilai-disembunyikan">
              {t("disembunyikan", { n: data.penilaiDisembunyikan, minimum: data.minimum })}
            </p>
          ) : null}
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {!data.periode ? (
            <p className="text-sm text-muted-foreground">{t("belumAdaPeriode")}</p>
          ) : data.penilai.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosong", { minimum: data.minimum })}</p>
          ) : (
            <>
              <LegendaPredikat labelPredikat={labelPredikat} />
              {/* phone: one card per rater; wider screens: the table */}
              <ul className="flex flex-col gap-3 md:hidden" aria-label={judulTabel}>
                {data.penilai.map((p) => (
                  <li key={p.penilaiId} className="rounded-md border border-border p-3" data-testid="kartu-penilai">
                    <div className="flex items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium">{p.nama}</p>
                        <p className="text-xs text-muted-foreground">{formatNip(p.nip)}</p>
                        {p.unit ? <p className="text-xs text-muted-foreground">{p.unit.nama}</p> : null}
                      </div>
                      <p className="shrink-0 text-right text-xs text-muted-foreground">
                        <span className="block text-base font-semibold tabular-nums text-foreground">{p.hasil.jumlahPegawai}</span>
                        {t("kolom.dinilai")}
                      </p>
                    </div>
                    <dl className="mt-3 grid gap-3 text-xs">
                      <div>
                        <dt className="mb-1 font-medium">{t("kolom.distribusi")}</dt>
                        <dd>{distribusi(p)}</dd>
                      </div>
                      <div>
                        <dt className="mb-1 font-medium">{t("kolom.indeks")}</dt>
                        <dd>{indeksBlok(p)}</dd>
                      </div>
                      <div className="grid grid-cols-2 gap-3">
                        <div>
                          <dt className="mb-1 font-medium">{t("kolom.saran")}</dt>
                          <dd>{saran(p)}</dd>
                        </div>
                        <div>
                          <dt className="mb-1 font-medium">{t("kolom.keterlambatan")}</dt>
                          <dd>{keterlambatan(p)}</dd>
                        </div>
                        {jenis === "TAHUNAN" ? (
                          <div>
                            <dt className="mb-1 font-medium">{t("kolom.keberatan")}</dt>
                            <dd>{keberatan(p)}</dd>
                          </div>
                        ) : null}
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
              <div className="hidden md:block">
                <Table label={judulTabel}>
                  <caption className="sr-only">{judulTabel}</caption>
                  <THead>
                    <Tr>
                      <Th>{t("kolom.penilai")}</Th>
                      <Th className="text-right">{t("kolom.dinilai")}</Th>
                      <Th className="min-w-64">{t("kolom.distribusi")}</Th>
                      <Th>{t("kolom.indeks")}</Th>
                      <Th>{t("kolom.saran")}</Th>
                      {jenis === "TAHUNAN" ? <Th>{t("kolom.keberatan")}</Th> : null}
                      <Th>{t("kolom.keterlambatan")}</Th>
                    </Tr>
                  </THead>
                  <TBody>
                    {data.penilai.map((p) => (
                      <Tr key={p.penilaiId} data-testid="baris-penilai">
                        <Td className="min-w-44">
                          <span className="font-medium">{p.nama}</span>
                          <div className="whitespace-nowrap text-xs text-muted-foreground">{formatNip(p.nip)}</div>
                          {p.unit ? <div className="text-xs text-muted-foreground">{p.unit.nama}</div> : null}
                        </Td>
                        <Td className="text-right tabular-nums">{p.hasil.jumlahPegawai}</Td>
                        <Td className="min-w-64">{distribusi(p)}</Td>
                        <Td className="min-w-40">{indeksBlok(p)}</Td>
                        <Td className="min-w-32 text-xs">{saran(p)}</Td>
                        {jenis === "TAHUNAN" ? <Td className="min-w-36 text-xs">{keberatan(p)}</Td> : null}
                        <Td className="min-w-32 text-xs">{keterlambatan(p)}</Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              </div>
            </>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("cara.judul")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="flex flex-col gap-3 text-sm">
            {UKURAN.map((u) => (
              <div key={u}>
                <dt className="font-medium">{t(`cara.${u}.judul`)}</dt>
                <dd className="text-muted-foreground">{t(`cara.${u}.isi`, { ambang: format.number(AMBANG_INDEKS), minimum: data.minimum })}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </>
  );
}
