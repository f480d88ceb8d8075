import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DaftarChip } from "@/components/daftar-chip";
import { KalibrasiEvaluasiForm, PenetapanKurvaForm, PredikatOrganisasiForm } from "@/components/kalibrasi/kalibrasi-form";
import { PageHeader } from "@/components/page-header";
import { PredikatBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { PREDIKAT } from "@/lib/domain/constants";
import { keadaanPredikat } from "@/lib/domain/evaluasi";
import type { Breach } from "@/lib/domain/kurva";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getHalamanKalibrasi } from "@/lib/services/kalibrasi";

export async function generateMetadata() {
  const t = await getTranslations("kalibrasi");
  return { title: t("judul") };
}

/**
 * Calibration of one unit for one period: the employees' annual predikat against the distribution curve
 * of the unit's organisation rating, each breach with its numbers; the leader above sets the
 * organisation rating, leaders of the unit calibrate single evaluations and finalise the unit (Penetapan).
 * The page re-renders live when an evaluation in the unit changes (components/langsung).
 */
export default async function KalibrasiPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<{ periode?: string }> }) {
  const ctx = await requireContext();
  const { unitId } = await params;
  const { periode } = await searchParams;
  const data = await orNotFound(getHalamanKalibrasi(ctx, unitId, periode));
  const t = await getTranslations("kalibrasi");
  const tp = await getTranslations("predikat");
  const to = await getTranslations("predikatOrganisasi");
  const tr = await getTranslations("rating");
  const ts = await getTranslations("status.evaluasi");
  const format = await getFormatter();
  const q = `?periode=${data.periode.id}`;
  const persen = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const namaBreach = (b: Breach) => b.predikat.map((p) => tp(p)).join(b.kind === "MIN_SATU" ? ` ${t("atau")} ` : " + ");
  const teksBreach = (b: Breach) => {
    const v = { nama: namaBreach(b), count: b.count, total: b.total, aktual: persen(b.actualPersen), persen: b.persen ?? 0, batas: b.batas };
    return t(`pelanggaran.${b.kind}`, v);
  };
  const kurva = data.kurva;
  const mengikat = kurva?.breaches.filter((b) => !b.advisory) ?? [];
  const saran = kurva?.breaches.filter((b) => b.advisory) ?? [];
  const diblokir = data.ruleSet.kebijakanKurva === "BLOKIR_KECUALI_JUSTIFIKASI";
  return (
    <>
      <Breadcrumbs label={t("jejak")} items={data.jejak.map((j) => ({ href: `/kalibrasi/${j.id}${q}`, nama: j.nama }))} current={data.unit.nama} />
      <PageHeader title={t("judulUnit", { unit: data.unit.nama })} description={t("deskripsi", { periode: data.periode.nama })}>
        {data.penetapan ? (
          <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/kalibrasi/${data.unit.id}/pdf${q}`} download>
            {t("unduhPenetapan")}
          </a>
        ) : null}
      </PageHeader>
      {data.periodeLain.length > 1 ? (
        <DaftarChip
          id="daftar-periode-kalibrasi"
          label={t("pilihPeriode")}
          chips={data.periodeLain.map((p) => ({ href: `/kalibrasi/${data.unit.id}?periode=${p.id}`, nama: p.nama, aktif: p.id === data.periode.id }))}
        />
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <Card data-testid="predikat-organisasi">
          <CardHeader>
            <CardTitle>{t("organisasiJudul")}</CardTitle>
            <CardDescription>{t("organisasiPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {data.predikatOrganisasi ? (
              <div className="flex flex-col gap-1 text-sm">
                <p>
                  <Badge tone="info" data-testid="predikat-organisasi-nilai">
                    {to(data.predikatOrganisasi.predikat)}
                  </Badge>
                </p>
                {data.predikatOrganisasi.alasan ? <p className="whitespace-pre-line">{data.predikatOrganisasi.alasan}</p> : null}
                {data.predikatOrganisasi.buktiTautan ? (
                  <a className="text-primary underline break-all" href={data.predikatOrganisasi.buktiTautan} rel="noopener noreferrer nofollow" target="_blank">
                    {t("organisasiBuktiLihat")}
                  </a>
                ) : null}
                <p className="text-xs text-muted-foreground">
                  {t("olehPada", { nama: data.predikatOrganisasi.olehNama, waktu: format.dateTime(data.predikatOrganisasi.at, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              </div>
            ) : (
              <p className="text-sm text-muted-foreground">{t("organisasiBelum")}</p>
            )}
            {data.boleh.tetapkanOrganisasi ? (
              <PredikatOrganisasiForm unitId={data.unit.id} periodeId={data.periode.id} awal={data.predikatOrganisasi} />
            ) : null}
          </CardContent>
        </Card>

        <Card data-testid="kurva">
          <CardHeader>
            <CardTitle>{t("kurvaJudul")}</CardTitle>
            <CardDescription>
              {t("kurvaPenjelasan", { n: data.total, belum: data.belumDitetapkan })}{" "}
              {diblokir ? t("kebijakanBlokir") : t("kebijakanPeringatan")}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-5" data-testid="kurva-jumlah">
              {PREDIKAT.map((p) => (
                <div key={p} className="rounded-md bg-muted p-2" data-testid={`jumlah-${p}`}>
                  <dt className="text-xs text-muted-foreground">{tp(p)}</dt>
                  <dd className="text-lg font-semibold tabular-nums">
                    {data.jumlah[p]}
                    <span className="ml-1 text-xs font-normal text-muted-foreground">{data.total ? `${persen((data.jumlah[p] * 100) / data.total)}%` : ""}</span>
                  </dd>
                </div>
              ))}
            </dl>
            {!kurva ? (
              <p className="text-sm text-muted-foreground">{t("kurvaTanpaOrganisasi")}</p>
            ) : (
              <>
                {data.aturanKurva.length ? (
                  <div className="text-sm">
                    <p className="font-medium">{t("aturanUntuk", { predikat: to(data.predikatOrganisasi!.predikat) })}</p>
                    <ul className="list-disc pl-5 text-muted-foreground">
                      {data.aturanKurva.map((a) => (
                        <li key={a.kode}>{a.teks}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {kurva.kecil ? (
                  <p className="rounded-md border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900" data-testid="unit-kecil">
                    {t("unitKecil", { n: data.total, minimum: data.ruleSet.kurvaMinimumPegawai })}
                  </p>
                ) : null}
                {mengikat.length === 0 && saran.length === 0 ? (
                  <p className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-900" data-testid="kurva-sesuai">
                    {t("kurvaSesuai")}
                  </p>
                ) : null}
                {mengikat.length ? (
                  <ul className="flex flex-col gap-1 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900" data-testid="pelanggaran">
                    {mengikat.map((b) => (
                      <li key={b.rule} data-rule={b.rule}>
                        {teksBreach(b)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {saran.length ? (
                  <ul className="flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="pelanggaran-saran">
                    {saran.map((b) => (
                      <li key={b.rule} data-rule={b.rule}>
                        {t("sebagaiSaran", { teks: teksBreach(b) })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            )}
          </CardContent>
        </Card>
      </div>

      <Card data-testid="penetapan">
        <CardHeader>
          <CardTitle>{t("penetapanJudul")}</CardTitle>
          <CardDescription>{t("penetapanPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4 text-sm">
          {data.penetapan ? (
            <div className="flex flex-col gap-1" data-testid="penetapan-ada">
              <p>{t("ditetapkanOleh", { nama: data.penetapan.olehNama, waktu: format.dateTime(data.penetapan.at, { dateStyle: "medium", timeStyle: "short" }) })}</p>
              {data.penetapan.justifikasi ? <p className="whitespace-pre-line">{t("justifikasiTercatat", { teks: data.penetapan.justifikasi })}</p> : null}
              {data.penetapan.berubahSejak ? (
                <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">{t("berubahSejak")}</p>
              ) : null}
            </div>
          ) : (
            <p className="text-muted-foreground">{t("penetapanBelum")}</p>
          )}
          {data.boleh.tetapkanKurva && data.predikatOrganisasi && data.total > 0 ? (
            <PenetapanKurvaForm unitId={data.unit.id} periodeId={data.periode.id} wajibJustifikasi={diblokir} adaPelanggaran={mengikat.length > 0} />
          ) : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("pegawaiJudul")}</CardTitle>
          <CardDescription>{t("pegawaiPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {data.pegawai.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("pegawaiKosong")}</p>
          ) : (
            <Table label={t("pegawaiJudul")}>
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th className="hidden md:table-cell">{t("kolomJabatan")}</Th>
                  <Th className="hidden sm:table-cell">{t("kolomRating")}</Th>
                  <Th>{t("kolomPredikat")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.pegawai.map((p) => (
                  <Tr key={p.evaluasiId} data-testid={`kalibrasi-baris-${p.pegawaiId}`}>
                    <Td>
                      <Link className="font-medium text-primary underline" href={`/pegawai/${p.pegawaiId}`}>
                        {p.nama}
                      </Link>
                      <div className="text-xs text-muted-foreground">{p.nip}</div>
                      <div className="text-xs text-muted-foreground md:hidden">{p.jabatan}</div>
                      {p.kepalaUnitAnak ? <div className="text-xs text-muted-foreground">{t("kepalaUnitAnak")}</div> : null}
                    </Td>
                    <Td className="hidden md:table-cell">
                      {p.jabatan}
                      <div className="text-xs text-muted-foreground">{p.unit}</div>
                      {p.ppkNama ? <div className="text-xs text-muted-foreground">{t("ppk", { nama: p.ppkNama })}</div> : null}
                    </Td>
                    <Td className="hidden sm:table-cell text-xs">
                      <div>{t("hasil", { rating: tr(p.ratingHasil) })}</div>
                      <div>{t("perilaku", { rating: tr(p.ratingPerilaku) })}</div>
                    </Td>
                    <Td>
                      <div className="flex flex-col gap-1 [&_span]:whitespace-normal">
                        <PredikatBadge predikat={p.predikat} keadaan={keadaanPredikat({ status: p.status, jenis: "TAHUNAN" })} />
                        {p.status === "KEBERATAN" ? <span className="text-xs text-muted-foreground">{ts("KEBERATAN")}</span> : null}
                        {p.dikalibrasi ? (
                          <span className="text-xs text-muted-foreground" data-testid="dikalibrasi">
                            {t("dikalibrasi", { dari: tp(p.dikalibrasi.predikatLama), nama: p.dikalibrasi.oleh, alasan: p.dikalibrasi.alasan })}
                          </span>
                        ) : null}
                        {p.bolehKalibrasi ? <KalibrasiEvaluasiForm evaluasiId={p.evaluasiId} nama={p.nama} ratingHasil={p.ratingHasil} ratingPerilaku={p.ratingPerilaku} /> : null}
                      </div>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {data.lebih > 0 ? <p className="text-sm text-muted-foreground">{t("lebih", { n: data.lebih })}</p> : null}
        </CardContent>
      </Card>

      {data.anak.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("anakJudul")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col divide-y text-sm" data-testid="kalibrasi-anak">
              {data.anak.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link className="font-medium text-primary underline" href={`/kalibrasi/${a.id}${q}`}>
                    {a.nama}
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                    {t("dinilai", { n: a.dinilai })}
                    {a.predikatOrganisasi ? <Badge tone="info">{to(a.predikatOrganisasi)}</Badge> : <Badge>{t("organisasiBelumPendek")}</Badge>}
                    {a.ok === null ? null : a.ok ? <Badge tone="success">{t("sesuaiKurva")}</Badge> : <Badge tone="danger">{t("melanggarKurva")}</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
