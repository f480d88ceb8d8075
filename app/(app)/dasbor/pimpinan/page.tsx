import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeader } from "@/components/page-header";
import { GrafikRingkasan } from "@/components/ringkasan/grafik";
import { PredikatBadge, StatusSkpBadge } from "@/components/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { JENIS_JABATAN, PREDIKAT } from "@/lib/domain/constants";
import { filterDariParam, paramRingkasan, persen, SEMUA_GOLONGAN } from "@/lib/domain/ringkasan";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getRingkasanUnit, STATUS_SKP_RINGKASAN, type HitunganUnit } from "@/lib/services/ringkasan-unit";

export async function generateMetadata() {
  const t = await getTranslations("dasborPimpinan");
  return { title: t("judul") };
}

const WARNA_PREDIKAT = ["#047857", "#1d4ed8", "#b45309", "#b91c1c", "#6b21a8"];

export default async function DasborPimpinanPage({
  searchParams,
}: {
  searchParams: Promise<{ unit?: string; jenis?: string; golongan?: string }>;
}) {
  const ctx = await requireContext();
  const param = await searchParams;
  const filter = filterDariParam(param);
  const data = await orNotFound(getRingkasanUnit(ctx, { unit: param.unit, jenisJabatan: filter.jenisJabatan, golongan: filter.golongan }));
  const [t, tr, ts, tp, tj, te] = await Promise.all([
    getTranslations("dasborPimpinan"),
    getTranslations("ringkasanUnit"),
    getTranslations("status.skp"),
    getTranslations("predikat"),
    getTranslations("jenisJabatan"),
    getTranslations("evaluasi"),
  ]);
  const format = await getFormatter();
  const href = (unitId: string) => `/dasbor/pimpinan?${paramRingkasan(unitId, filter)}`;
  const q = paramRingkasan(data.unit.id, filter);
  const pct = (n: number, dari: number) => {
    const p = persen(n, dari);
    return p === null ? "—" : `${p}%`;
  };
  const dariPersen = (n: number, dari: number) => tr("dariPersen", { n, dari, persen: pct(n, dari) });
  const tanggal = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00`), { dateStyle: "long" });
  const adaFilter = Boolean(filter.jenisJabatan || filter.golongan);
  const { total } = data;

  const kini = data.tren.kini;
  const lalu = data.tren.lalu;
  const urutanTren = [...new Set([...(kini?.titik ?? []), ...(lalu?.titik ?? [])].map((x) => x.urutan))].sort((a, b) => a - b);
  // checkpoints of both years side by side by their order, named without the year ("Januari 2026" → "Januari")
  const namaTitik = (urutan: number) =>
    (kini?.titik.find((x) => x.urutan === urutan)?.nama ?? lalu?.titik.find((x) => x.urutan === urutan)?.nama ?? String(urutan)).replace(/\s+\d{4}$/, "");
  const dataTren = urutanTren.map((u) => {
    const a = kini?.titik.find((x) => x.urutan === u);
    const b = lalu?.titik.find((x) => x.urutan === u);
    return {
      cp: namaTitik(u).split(" ")[0]!.slice(0, 3),
      realisasiKini: a ? persen(a.realisasi, a.skp) : null,
      evaluasiKini: a ? persen(a.evaluasi, a.skp) : null,
      realisasiLalu: b ? persen(b.realisasi, b.skp) : null,
      evaluasiLalu: b ? persen(b.evaluasi, b.skp) : null,
    };
  });
  const seriTren = [
    ...(kini ? [
      { key: "realisasiKini", label: tr("seriRealisasi", { tahun: kini.periode.tahun }), warna: "#1d4ed8" },
      { key: "evaluasiKini", label: tr("seriEvaluasi", { tahun: kini.periode.tahun }), warna: "#047857" },
    ] : []),
    ...(lalu ? [
      { key: "realisasiLalu", label: tr("seriRealisasi", { tahun: lalu.periode.tahun }), warna: "#93c5fd", putus: true },
      { key: "evaluasiLalu", label: tr("seriEvaluasi", { tahun: lalu.periode.tahun }), warna: "#6ee7b7", putus: true },
    ] : []),
  ];
  const dataPredikat = PREDIKAT.map((p) => ({ predikat: tp(p), ...Object.fromEntries(data.tren.predikat.map((x) => [`p${x.periode.tahun}`, x.jumlah[p]])) }));

  const barisUnit = (a: HitunganUnit, kepala: React.ReactNode, testId?: string) => (
    <Tr key={a.unitId ?? "langsung"} data-testid={testId}>
      <Td className="min-w-44">{kepala}</Td>
      <Td className="text-right tabular-nums" data-kolom="pegawai">{a.pegawai}</Td>
      {STATUS_SKP_RINGKASAN.map((s) => (
        <Td key={s} className="text-right tabular-nums" data-kolom={s}>
          {a.statusSkp[s]}
        </Td>
      ))}
      <Td className="text-right tabular-nums" data-kolom="lewatBatas">{a.lewatBatasSkp}</Td>
      <Td className="whitespace-nowrap text-right tabular-nums" data-kolom="realisasi">
        {a.checkpoint.realisasi}/{a.checkpoint.skp}
      </Td>
      <Td className="whitespace-nowrap text-right tabular-nums" data-kolom="evaluasi">
        {a.checkpoint.evaluasi}/{a.checkpoint.skp}
      </Td>
      <Td className="whitespace-nowrap text-right tabular-nums" data-kolom="tahunan">
        {a.tahunan.ditetapkan}/{a.tahunan.skp}
      </Td>
      {PREDIKAT.map((p) => (
        <Td key={p} className="text-right tabular-nums" data-kolom={p}>
          {a.predikat[p]}
        </Td>
      ))}
      <Td className="text-right tabular-nums" data-kolom="keberatanTerbuka">{a.keberatan.terbuka}</Td>
      <Td className="text-right tabular-nums" data-kolom="keberatanDiputus">{a.keberatan.diputus}</Td>
    </Tr>
  );

  return (
    <>
      <Breadcrumbs label={t("jejak")} items={data.jejak.map((j) => ({ href: href(j.id), nama: j.nama }))} current={data.unit.nama} />
      <PageHeader title={data.unit.nama} description={t("deskripsi", { periode: data.periode?.nama ?? "—" })}>
        <div className="flex flex-wrap items-center gap-2">
          <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/ringkasan/xlsx?${q}`} download>
            {tr("unduhExcel")}
          </a>
          <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/api/ringkasan/pdf?${q}`} download>
            {tr("unduhPdf")}
          </a>
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/kalibrasi/${data.unit.id}`}>
            {tr("kalibrasi")}
          </Link>
        </div>
        <p className="text-xs text-muted-foreground">{t("dihitung", { waktu: format.dateTime(data.dihitungAt, { timeStyle: "short" }) })}</p>
      </PageHeader>

      <form method="get" action="/dasbor/pimpinan" className="flex flex-wrap items-end gap-3 rounded-md border border-border p-3" aria-label={tr("filter")}>
        <input type="hidden" name="unit" value={data.unit.id} />
        <div className="grid min-w-40 flex-1 gap-1 sm:flex-none">
          <Label htmlFor="filter-jenis">{tr("jenisJabatan")}</Label>
          <NativeSelect id="filter-jenis" name="jenis" defaultValue={filter.jenisJabatan ?? ""}>
            <option value="">{tr("semua")}</option>
            {JENIS_JABATAN.map((j) => (
              <option key={j} value={j}>
                {tj(j)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid min-w-32 flex-1 gap-1 sm:flex-none">
          <Label htmlFor="filter-golongan">{tr("golongan")}</Label>
          <NativeSelect id="filter-golongan" name="golongan" defaultValue={filter.golongan ?? ""}>
            <option value="">{tr("semua")}</option>
            {SEMUA_GOLONGAN.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </NativeSelect>
        </div>
        <button type="submit" className={buttonVariants({ size: "default" })}>
          {tr("terapkan")}
        </button>
        {adaFilter ? (
          <Link className="text-sm text-primary underline" href={`/dasbor/pimpinan?unit=${data.unit.id}`}>
            {tr("hapusFilter")}
          </Link>
        ) : null}
      </form>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>{t("statusSkp")}</CardTitle>
            <CardDescription data-testid="ringkasan-pegawai">{t("pegawaiTotal", { n: total.pegawai })}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="ringkasan-status">
              {STATUS_SKP_RINGKASAN.map((s) => (
                <div key={s} className="rounded-md bg-muted p-3">
                  <dt className="text-xs text-muted-foreground">{ts(s)}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{total.statusSkp[s]}</dd>
                </div>
              ))}
            </dl>
            {data.periode ? (
              <p className="text-sm" data-testid="ringkasan-batas">
                {ctx.today > data.periode.batasPenetapanSkp
                  ? tr("batasSkp", { tanggal: tanggal(data.periode.batasPenetapanSkp), n: total.lewatBatasSkp })
                  : tr("batasSkpBelum", { tanggal: tanggal(data.periode.batasPenetapanSkp) })}
              </p>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{tr("progres")}</CardTitle>
            <CardDescription>
              {data.checkpoint ? tr("progresPenjelasan", { checkpoint: data.checkpoint.nama }) : tr("progresKosong")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2" data-testid="ringkasan-progres">
              <div className="rounded-md bg-muted p-3">
                <dt className="text-xs text-muted-foreground" title={tr("realisasiPenjelasan")}>{tr("realisasi")}</dt>
                <dd className="font-semibold tabular-nums" data-testid="progres-realisasi">{dariPersen(total.checkpoint.realisasi, total.checkpoint.skp)}</dd>
              </div>
              <div className="rounded-md bg-muted p-3">
                <dt className="text-xs text-muted-foreground">{tr("evaluasiPeriodik")}</dt>
                <dd className="font-semibold tabular-nums" data-testid="progres-evaluasi">{dariPersen(total.checkpoint.evaluasi, total.checkpoint.skp)}</dd>
              </div>
              <div className="rounded-md bg-muted p-3">
                <dt className="text-xs text-muted-foreground">
                  {tr("evaluasiTahunan")} <span className="sr-only">{tr("evaluasiTahunanPenjelasan")}</span>
                </dt>
                <dd className="font-semibold tabular-nums" data-testid="progres-tahunan">{dariPersen(total.tahunan.ditetapkan, total.tahunan.skp)}</dd>
              </div>
            </dl>
            <p className="mt-2 text-xs text-muted-foreground">{tr("realisasiPenjelasan")}.</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("predikat")}</CardTitle>
            <CardDescription>
              {data.periodePredikat ? t("predikatPenjelasan", { periode: data.periodePredikat.nama, n: total.dinilai }) : t("predikatKosong")}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="ringkasan-predikat">
              {PREDIKAT.map((p) => (
                <div key={p} className="rounded-md bg-muted p-3">
                  <dt className="text-xs text-muted-foreground [overflow-wrap:anywhere]">{tp(p)}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{total.predikat[p]}</dd>
                </div>
              ))}
            </dl>
            <p className="text-sm">{tr("keadaanPredikat", { final: total.keadaan.FINAL, masa: total.keadaan.MASA_KEBERATAN, dalam: total.keadaan.DALAM_KEBERATAN })}</p>
            <p className="text-sm" data-testid="ringkasan-keberatan">{tr("keberatan", { terbuka: total.keberatan.terbuka, diputus: total.keberatan.diputus })}</p>
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
                  {STATUS_SKP_RINGKASAN.map((s) => (
                    <Th key={s} className="text-right">
                      {ts(s)}
                    </Th>
                  ))}
                  <Th className="text-right">{tr("kolomLewatBatas")}</Th>
                  <Th className="text-right">{tr("kolomRealisasi")}</Th>
                  <Th className="text-right">{tr("kolomEvaluasi")}</Th>
                  <Th className="text-right">{tr("kolomTahunan")}</Th>
                  {PREDIKAT.map((p) => (
                    <Th key={p} className="text-right">
                      {tp(p)}
                    </Th>
                  ))}
                  <Th className="text-right">{tr("kolomKeberatanTerbuka")}</Th>
                  <Th className="text-right">{tr("kolomKeberatanDiputus")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.anak.map((a) =>
                  barisUnit(
                    a,
                    a.unitId ? (
                      <Link className="font-medium text-primary underline" href={href(a.unitId)}>
                        {a.nama}
                      </Link>
                    ) : (
                      <span className="font-medium">{t("langsung", { nama: a.nama })}</span>
                    ),
                  ),
                )}
                {barisUnit(total, <span className="font-semibold">{tr("jumlah")}</span>, "ringkasan-total")}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{tr("tren")}</CardTitle>
            <CardDescription>
              {kini && lalu
                ? tr("trenPenjelasan", { kini: kini.periode.nama, lalu: lalu.periode.nama })
                : tr("trenPenjelasanTanpaLalu", { kini: kini?.periode.nama ?? "—" })}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            {urutanTren.length === 0 ? (
              <p className="text-sm text-muted-foreground">{tr("trenKosong")}</p>
            ) : (
              <>
                <GrafikRingkasan jenis="garis" data={dataTren} sumbuX="cp" seri={seriTren} persen />
                <Table label={tr("tren")}>
                  <THead>
                    <Tr>
                      <Th>{tr("kolomCheckpoint")}</Th>
                      {seriTren.map((s) => (
                        <Th key={s.key} className="text-right">
                          {s.label}
                        </Th>
                      ))}
                    </Tr>
                  </THead>
                  <TBody>
                    {urutanTren.map((u, i) => (
                      <Tr key={u}>
                        <Td>{namaTitik(u)}</Td>
                        {seriTren.map((s) => {
                          const v = dataTren[i]![s.key as keyof (typeof dataTren)[number]];
                          return (
                            <Td key={s.key} className="text-right tabular-nums">
                              {v === null ? "—" : `${v}%`}
                            </Td>
                          );
                        })}
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              </>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{tr("predikatTahun")}</CardTitle>
            <CardDescription>{tr("predikatTahunPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <GrafikRingkasan
              jenis="batang"
              data={dataPredikat}
              sumbuX="predikat"
              seri={data.tren.predikat.map((x, i) => ({ key: `p${x.periode.tahun}`, label: String(x.periode.tahun), warna: WARNA_PREDIKAT[i % WARNA_PREDIKAT.length]! }))}
            />
            <Table label={tr("predikatTahun")}>
              <THead>
                <Tr>
                  <Th>{tr("kolomPeriode")}</Th>
                  {PREDIKAT.map((p) => (
                    <Th key={p} className="text-right">
                      {tp(p)}
                    </Th>
                  ))}
                  <Th className="text-right">{tr("kolomDinilai")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.tren.predikat.map((x) => (
                  <Tr key={x.periode.id}>
                    <Td>{x.periode.nama}</Td>
                    {PREDIKAT.map((p) => (
                      <Td key={p} className="text-right tabular-nums">
                        {x.jumlah[p]}
                      </Td>
                    ))}
                    <Td className="text-right tabular-nums">{x.dinilai}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{tr("pegawaiLangsung", { nama: data.unit.nama })}</CardTitle>
          <CardDescription>
            {tr("pegawaiLangsungPenjelasan", { n: data.pegawai.jumlah })}{" "}
            {data.pegawai.jumlah > data.pegawai.batas ? tr("pegawaiDibatasi", { batas: data.pegawai.batas, n: data.pegawai.jumlah }) : null}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {data.pegawai.baris.length === 0 ? (
            <p className="text-sm text-muted-foreground">{tr("pegawaiKosong")}</p>
          ) : (
            <Table label={tr("pegawaiLangsung", { nama: data.unit.nama })}>
              <THead>
                <Tr>
                  <Th>{tr("kolomNama")}</Th>
                  <Th>{tr("kolomNip")}</Th>
                  <Th>{tr("kolomJabatan")}</Th>
                  <Th>{tr("kolomGolongan")}</Th>
                  <Th>{tr("kolomStatusSkp")}</Th>
                  <Th className="text-right">{tr("kolomRealisasiPegawai")}</Th>
                  <Th>{tr("kolomPredikat")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.pegawai.baris.map((p) => (
                  <Tr key={p.pegawaiId}>
                    <Td>
                      <Link className="font-medium text-primary underline" href={`/pegawai/${p.pegawaiId}`}>
                        {p.nama}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap tabular-nums">{p.nip}</Td>
                    <Td>
                      {p.jabatan} <span className="text-xs text-muted-foreground">({tj(p.jenisJabatan)})</span>
                    </Td>
                    <Td className="whitespace-nowrap">{p.golongan}</Td>
                    <Td>
                      <StatusSkpBadge status={p.statusSkp} />
                    </Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">
                      {p.jumlahIki === null ? "—" : `${p.ikiTerealisasi}/${p.jumlahIki}`}
                    </Td>
                    <Td>
                      {p.predikat ? <PredikatBadge predikat={p.predikat} keadaan={p.keadaan ?? "FINAL"} /> : <span className="text-muted-foreground">{te("keadaan.BELUM_ADA")}</span>}
                    </Td>
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
                  <Link className="text-primary underline" href={href(u.id)}>
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
