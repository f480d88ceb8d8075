import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DaftarChip } from "@/components/daftar-chip";
import { TautanDialog } from "@/components/dialog/tautan-dialog";
import { CetakEvaluasi } from "@/components/evaluasi/cetak-evaluasi";
import { EvaluasiForm } from "@/components/evaluasi/evaluasi-form";
import { KeberatanForm, KeputusanForm, TanggapanForm, TerimaEvaluasiButton } from "@/components/evaluasi/keberatan-form";
import { PageHeader } from "@/components/page-header";
import { KemajuanBadge } from "@/components/realisasi/progres";
import { PredikatBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BERAKHLAK_INDIKATOR, type NilaiBerakhlak } from "@/lib/domain/constants";
import { SARAN } from "@/lib/domain/evaluasi";
import { formatNilai } from "@/lib/domain/skp";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getHalamanEvaluasi } from "@/lib/services/evaluasi";
import type { IsiSkp, UmpanBalikTampil } from "@/lib/services/realisasi";

export async function generateMetadata() {
  const t = await getTranslations("evaluasi");
  return { title: t("judul") };
}

/**
 * One SKP's evaluation for a checkpoint (?cp=N) or the year (?tahunan=1). The PPK writes and sets it
 * here, beside targets, realisations, evidence and the feedback given so far; the pegawai reads the
 * delivered result, acknowledges it and may object; the Atasan PPK decides an objection.
 */
export default async function EvaluasiPage({ params, searchParams }: { params: Promise<{ skpId: string }>; searchParams: Promise<{ cp?: string; tahunan?: string }> }) {
  const ctx = await requireContext();
  const [{ skpId }, sp] = await Promise.all([params, searchParams]);
  const pilihan = sp.tahunan ? "tahunan" : sp.cp && /^\d{1,2}$/.test(sp.cp) ? Number(sp.cp) : "tahunan";
  const data = await orNotFound(getHalamanEvaluasi(ctx, skpId, pilihan));
  const t = await getTranslations("evaluasi");
  const tr = await getTranslations("rating");
  const tp = await getTranslations("predikat");
  const ta = await getTranslations("aspek");
  const ts = await getTranslations("status.evaluasi");
  const tk = await getTranslations("status.keberatan");
  const tj = await getTranslations("jenjang");
  const format = await getFormatter();
  const tanggal = (d: Date | string) => format.dateTime(typeof d === "string" ? new Date(d) : d, { dateStyle: "medium" });
  const ev = data.evaluasi;
  const kb = data.keberatan;
  const tahunan = data.terpilih === null;
  const judul = tahunan ? t("tahunan", { tahun: data.skp.tahun }) : data.terpilih!.nama;
  const query = (urutan: number | null) => (urutan === null ? "tahunan=1" : `cp=${urutan}`);
  const hrefDari = (skp: string) => `/evaluasi/${skp}?${query(data.terpilih?.urutan ?? null)}`;

  const Umpan = ({ items }: { items: UmpanBalikTampil[] }) =>
    items.length === 0 ? null : (
      <ul className="flex flex-col gap-1 text-sm" aria-label={t("umpanBalikBerjalan")}>
        {items.map((u) => (
          <li key={u.id} className="rounded-md border border-sky-200 bg-sky-50/60 px-2 py-1">
            {u.frasaStandar ? <span className="font-medium">{u.frasaStandar}. </span> : null}
            {u.isi}
            <span className="text-xs text-muted-foreground">{` — ${u.penulis}${tahunan ? `, ${u.checkpoint}` : ""}`}</span>
            {u.balasan ? <span className="block border-l-2 border-border pl-2 text-xs">{`${data.skp.namaPegawai}: ${u.balasan}`}</span> : null}
          </li>
        ))}
      </ul>
    );

  const IsiRhk = ({ r, i }: { r: IsiSkp["rhk"][number]; i: number }) => (
    <div className="flex flex-col gap-3">
      <h2 className="font-semibold">
        <Badge className="mr-2">{r.jenis === "UTAMA" ? t("rhkUtama") : t("rhkTambahan")}</Badge>
        {`${i + 1}. ${r.uraian}`}
      </h2>
      {r.iki.map((k) => (
        <div key={k.id} className="flex flex-col gap-1 border-t border-border pt-2 text-sm" data-testid={`evaluasi-iki-${k.id}`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 font-medium">
              <span className="mr-1 text-xs text-muted-foreground">{ta(k.aspek as "KUANTITAS")}</span>
              {k.indikator}
            </p>
            <KemajuanBadge kemajuan={k.kemajuan} />
          </div>
          <p className="text-muted-foreground">{t("targetRealisasi", { target: k.target, realisasi: k.kualitatif ? (k.realisasi?.uraian || "—") : formatNilai(k.capaian, k.satuan), persen: k.persen ?? "—" })}</p>
          {k.realisasi?.sumberData ? <p className="text-xs text-muted-foreground">{t("sumberData", { sumber: k.realisasi.sumberData })}</p> : null}
          {k.bukti.length ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("bukti")}>
              {k.bukti.map((b) => (
                <li key={b.id}>
                  <a className="text-primary underline" href={b.jenis === "BERKAS" ? `/api/bukti/${b.id}` : b.tautan!} target={b.jenis === "TAUTAN" ? "_blank" : undefined} rel="noreferrer">
                    {b.nama}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-muted-foreground">{t("tanpaBukti")}</p>
          )}
          <Umpan items={k.umpanBalik} />
        </div>
      ))}
    </div>
  );

  const IsiPerilaku = ({ nilai }: { nilai: NilaiBerakhlak }) => {
    const ind = BERAKHLAK_INDIKATOR[nilai];
    return (
      <div className="flex flex-col gap-1 text-sm">
        <h3 className="font-medium">{ind.label}</h3>
        <ul className="list-disc pl-5 text-xs text-muted-foreground">
          {ind.indikator.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
        <Umpan items={data.isi.perilaku.find((p) => p.nilai === nilai)?.umpanBalik ?? []} />
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t("judulDari", { nama: data.skp.namaPegawai })} description={`${data.skp.jabatan} · ${data.skp.unit} · ${t("ppk")}: ${data.skp.ppkNama ?? "—"}`}>
        <nav aria-label={t("tautanTerkait")} className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${data.skp.id}`}>
            {t("lihatSkp")}
          </Link>
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${data.skp.id}/realisasi${data.terpilih ? `?cp=${data.terpilih.urutan}` : ""}`}>
            {t("lihatRealisasi")}
          </Link>
          <TautanDialog skpId={data.skp.id} />
          {data.sebelumnya || data.berikutnya ? (
            <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/evaluasi?cp=${data.terpilih?.urutan ?? "tahunan"}`}>
              {t("keTim")}
            </Link>
          ) : null}
        </nav>
      </PageHeader>

      <DaftarChip
        id="daftar-periode-evaluasi"
        label={t("pilihPeriode")}
        chips={[
          ...data.checkpoint.map((c) => ({ href: `/evaluasi/${data.skp.id}?${query(c.urutan)}`, nama: c.nama.replace(/ \d{4}$/, ""), aktif: data.terpilih?.urutan === c.urutan })),
          { href: `/evaluasi/${data.skp.id}?${query(null)}`, nama: t("tahunanPendek"), aktif: tahunan },
        ]}
      />

      <Card>
        <CardHeader>
          <CardTitle data-testid="evaluasi-judul">{judul}</CardTitle>
          <CardDescription>
            {ev ? `${ts(ev.status)}${ev.ditetapkanAt ? ` · ${t("ditetapkanPada", { tanggal: tanggal(ev.ditetapkanAt) })}` : ""}` : t("belumDievaluasi")}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3 text-sm">
          {ev && ev.status !== "DRAFT" ? (
            <>
              <div className="flex flex-wrap items-center gap-2" data-testid="hasil-evaluasi">
                <span>{t("predikatLabel")}</span>
                <PredikatBadge predikat={ev.predikat} keadaan={ev.keadaan} />
              </div>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="text-muted-foreground">{t("ratingHasil")}</dt>
                <dd>{ev.ratingHasil ? tr(ev.ratingHasil) : "—"}</dd>
                {ev.alasanRatingHasil ? (
                  <>
                    <dt className="text-muted-foreground">{t("alasanBedaLabel")}</dt>
                    <dd>{ev.alasanRatingHasil}</dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">{t("ratingPerilaku")}</dt>
                <dd>{ev.ratingPerilaku ? tr(ev.ratingPerilaku) : "—"}</dd>
                <dt className="text-muted-foreground">{t("penilai")}</dt>
                <dd>{ev.penilai}</dd>
                {ev.catatan ? (
                  <>
                    <dt className="text-muted-foreground">{t("catatan")}</dt>
                    <dd>{ev.catatan}</dd>
                  </>
                ) : null}
                {ev.batasKeberatan && ev.keadaan === "MASA_KEBERATAN" ? (
                  <>
                    <dt className="text-muted-foreground">{t("batasKeberatan")}</dt>
                    <dd>{tanggal(ev.batasKeberatan)}</dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">{t("penerimaan")}</dt>
                <dd data-testid="penerimaan">{ev.diterimaAt ? t("diterimaPada", { tanggal: tanggal(ev.diterimaAt) }) : t("belumDiterima")}</dd>
              </dl>
              {data.angkaKredit ? (
                <p data-testid="angka-kredit">
                  {t(data.angkaKredit.final ? "angkaKredit" : "angkaKreditSementara", {
                    nilai: format.number(data.angkaKredit.nilai, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                    jenjang: tj(data.angkaKredit.jenjang as "AHLI_PERTAMA"),
                    bulan: data.angkaKredit.bulan,
                  })}
                </p>
              ) : null}
              {data.bolehTerima ? <TerimaEvaluasiButton evaluasiId={ev.id} /> : null}
              <CetakEvaluasi evaluasiId={ev.id} tahunan={tahunan} />
            </>
          ) : data.masalahNilai ? (
            <p data-testid="masalah-nilai">{t(`masalah.${data.masalahNilai as "CHECKPOINT_BELUM_MULAI"}`)}</p>
          ) : !data.bolehNilai ? (
            <p>{t("menungguPpk")}</p>
          ) : (
            <p>{t("petunjukPpk")}</p>
          )}
          {data.sebelumnya || data.berikutnya ? (
            <nav aria-label={t("navigasiTim")} className="flex flex-wrap justify-between gap-2 border-t border-border pt-3">
              {data.sebelumnya ? (
                <Link className="text-primary underline" href={hrefDari(data.sebelumnya.skpId)}>
                  {`← ${data.sebelumnya.nama}`}
                </Link>
              ) : (
                <span />
              )}
              {data.berikutnya ? (
                <Link className="text-primary underline" href={hrefDari(data.berikutnya.skpId)} data-testid="evaluasi-berikutnya">
                  {`${data.berikutnya.nama} →`}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </CardContent>
      </Card>

      {kb ? (
        <Card data-testid="keberatan">
          <CardHeader>
            <CardTitle>{t("keberatanJudul")}</CardTitle>
            <CardDescription>{`${tk(kb.status)} · ${t("keberatanKepada", { nama: kb.atasanPpk, tanggal: tanggal(kb.diajukanAt) })}`}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm">
            <div>
              <p className="font-medium">{t("keberatanAlasan")}</p>
              <p>{kb.alasan}</p>
              {kb.buktiTautan ? (
                <a className="text-primary underline" href={kb.buktiTautan} target="_blank" rel="noreferrer">
                  {t("keberatanBuktiLihat")}
                </a>
              ) : null}
            </div>
            <div>
              <p className="font-medium">{t("tanggapanPpk")}</p>
              {data.bolehTanggapi ? <TanggapanForm keberatanId={kb.id} awal={kb.tanggapanPpk} /> : <p>{kb.tanggapanPpk ?? t("belumDitanggapi")}</p>}
            </div>
            {kb.keputusan ? (
              <div data-testid="keputusan">
                <p className="font-medium">{t("keputusan")}</p>
                <p>
                  {kb.predikatBaru
                    ? t("keputusanUbahHasil", { sebelum: tp(kb.predikatSebelum), sesudah: tp(kb.predikatBaru), hasil: tr(kb.ratingHasilBaru!), perilaku: tr(kb.ratingPerilakuBaru!) })
                    : t("keputusanTolakHasil", { predikat: tp(kb.predikatSebelum) })}
                </p>
                <p>{kb.keputusan}</p>
                {kb.diputusAt ? <p className="text-xs text-muted-foreground">{t("diputusPada", { nama: kb.atasanPpk, tanggal: tanggal(kb.diputusAt) })}</p> : null}
              </div>
            ) : data.bolehPutuskan ? (
              <KeputusanForm keberatanId={kb.id} ratingHasil={ev?.ratingHasil ?? null} ratingPerilaku={ev?.ratingPerilaku ?? null} />
            ) : null}
          </CardContent>
        </Card>
      ) : data.bolehKeberatan && ev ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("keberatanAjukanJudul")}</CardTitle>
            <CardDescription>{t("keberatanKepadaAtasan", { nama: data.skp.atasanPpkNama ?? "—" })}</CardDescription>
          </CardHeader>
          <CardContent>
            <KeberatanForm evaluasiId={ev.id} batas={tanggal(ev.batasKeberatan!)} />
          </CardContent>
        </Card>
      ) : null}

      {data.bolehNilai ? (
        <>
          <details className="rounded-lg border border-border bg-card p-4 text-sm">
            <summary className="cursor-pointer font-medium">{t("aturanSaranJudul")}</summary>
            <p className="mt-2">{t("aturanSaran", { diAtas: SARAN.diAtas, diBawah: SARAN.diBawah, batas: SARAN.batasPersen })}</p>
            <p className="mt-1">{t("aturanKepalaUnit")}</p>
            {data.saran.rataRata !== null ? <p className="mt-1" data-testid="saran-hitungan">{t("saranHitungan", { rata: data.saran.rataRata, n: data.saran.dinilai, terendah: data.saran.terendah ?? 0 })}</p> : null}
          </details>
          <EvaluasiForm
            skpId={data.skp.id}
            checkpointId={data.terpilih?.id ?? null}
            rhk={data.isi.rhk.map((r, i) => ({ id: r.id, isi: <IsiRhk r={r} i={i} /> }))}
            perilaku={data.isi.perilaku.map((p) => ({ nilai: p.nilai, isi: <IsiPerilaku nilai={p.nilai} /> }))}
            saran={data.saran.rating}
            dariOrganisasi={data.saran.dariOrganisasi}
            awal={{
              ratingHasil: ev?.ratingHasil ?? "",
              alasanRatingHasil: ev?.alasanRatingHasil ?? "",
              ratingPerilaku: ev?.ratingPerilaku ?? "",
              catatan: ev?.catatan ?? "",
              umpanBalikRhk: data.umpanBalikRhk,
              umpanBalikPerilaku: data.umpanBalikPerilaku,
            }}
            bolehTetapkan={data.bolehTetapkan}
            berikutnya={data.berikutnyaBelum ? { href: hrefDari(data.berikutnyaBelum.skpId), nama: data.berikutnyaBelum.nama } : null}
          />
        </>
      ) : (
        <>
          {data.isi.rhk.map((r, i) => (
            <Card key={r.id} data-testid={`evaluasi-rhk-${r.id}`}>
              <CardContent className="flex flex-col gap-3 pt-6">
                <IsiRhk r={r} i={i} />
                {data.umpanBalikRhk[r.id] ? (
                  <p className="rounded-md bg-muted p-2 text-sm">
                    <span className="font-medium">{`${t("umpanBalikRhk")}: `}</span>
                    {data.umpanBalikRhk[r.id]}
                  </p>
                ) : null}
              </CardContent>
            </Card>
          ))}
          <Card>
            <CardHeader>
              <CardTitle>{t("perilakuJudul")}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3">
              {data.isi.perilaku.map((p) => (
                <div key={p.nilai} className="border-t border-border pt-3 first:border-t-0 first:pt-0">
                  <IsiPerilaku nilai={p.nilai} />
                  {data.umpanBalikPerilaku[p.nilai] ? (
                    <p className="mt-1 rounded-md bg-muted p-2 text-sm">
                      <span className="font-medium">{`${t("umpanBalikPerilaku")}: `}</span>
                      {data.umpanBalikPerilaku[p.nilai]}
                    </p>
                  ) : null}
                </div>
              ))}
            </CardContent>
          </Card>
        </>
      )}
    </>
  );
}
