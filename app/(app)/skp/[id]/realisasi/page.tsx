import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DaftarChip } from "@/components/daftar-chip";
import { TautanDialog } from "@/components/dialog/tautan-dialog";
import { PageHeader } from "@/components/page-header";
import { BalasForm, BuktiTambahForm, HapusBuktiButton, Lipatan, RealisasiForm, RencanaAksiForm, UmpanBalikForm } from "@/components/realisasi/formulir";
import { GrafikCapaian } from "@/components/realisasi/grafik-capaian";
import { KemajuanBadge, ProgresBar } from "@/components/realisasi/progres";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BERAKHLAK_INDIKATOR } from "@/lib/domain/constants";
import { formatNilai } from "@/lib/domain/skp";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getHalamanRealisasi, type UmpanBalikTampil } from "@/lib/services/realisasi";

export async function generateMetadata() {
  const t = await getTranslations("realisasi");
  return { title: t("judul") };
}

export default async function RealisasiPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ cp?: string }> }) {
  const ctx = await requireContext();
  const [{ id }, { cp }] = await Promise.all([params, searchParams]);
  const urutan = cp && /^\d{1,2}$/.test(cp) ? Number(cp) : undefined;
  const data = await orNotFound(getHalamanRealisasi(ctx, id, urutan));
  const t = await getTranslations("realisasi");
  const ta = await getTranslations("aspek");
  const format = await getFormatter();
  const cpTerpilih = data.terpilih;
  const tanggal = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const milikSendiri = data.bolehBalas;

  const Umpan = ({ items }: { items: UmpanBalikTampil[] }) =>
    items.length === 0 ? null : (
      <ul className="flex flex-col gap-2" aria-label={t("umpanBalik")}>
        {items.map((u) => (
          <li key={u.id} className="rounded-md border border-sky-200 bg-sky-50/60 p-2 text-sm" data-testid="umpan-balik">
            <p>
              {u.frasaStandar ? <span className="font-medium">{u.frasaStandar}. </span> : null}
              {u.isi}
            </p>
            <p className="text-xs text-muted-foreground">{`${u.penulis} · ${format.dateTime(u.createdAt, { dateStyle: "medium", timeStyle: "short" })}`}</p>
            {u.balasan ? (
              <div className="mt-2 border-l-2 border-border pl-2" data-testid="balasan">
                <p>{u.balasan}</p>
                <p className="text-xs text-muted-foreground">{`${data.skp.namaPegawai}${u.dibalasAt ? ` · ${format.dateTime(u.dibalasAt, { dateStyle: "medium", timeStyle: "short" })}` : ""}`}</p>
              </div>
            ) : milikSendiri ? (
              <div className="mt-2">
                <BalasForm umpanBalikId={u.id} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <PageHeader title={t("judulDari", { nama: data.skp.namaPegawai })} description={`${data.skp.jabatan} · ${t("ppk")}: ${data.skp.ppkNama ?? "—"}`}>
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${data.skp.id}`}>
            {t("lihatSkp")}
          </Link>
          <TautanDialog skpId={data.skp.id} />
        </div>
      </PageHeader>

      <DaftarChip
        id="daftar-checkpoint"
        label={t("checkpoint")}
        chips={data.checkpoint.map((c) => ({
          href: `/skp/${data.skp.id}/realisasi?cp=${c.urutan}`,
          nama: c.nama.replace(/ \d{4}$/, ""),
          aktif: c.id === cpTerpilih.id,
          tanda: c.dievaluasi ? (
            <>
              <span aria-hidden="true">✓</span>
              <span className="sr-only">{` (${t("sudahDievaluasi")})`}</span>
            </>
          ) : null,
        }))}
      />

      <Card>
        <CardHeader>
          <CardTitle data-testid="checkpoint-terpilih">{cpTerpilih.nama}</CardTitle>
          <CardDescription>{t("rentang", { mulai: tanggal(cpTerpilih.mulai), selesai: tanggal(cpTerpilih.selesai), batas: tanggal(cpTerpilih.batasEvaluasi) })}</CardDescription>
        </CardHeader>
        <CardContent className="text-sm">
          {cpTerpilih.ditutup ? (
            <p data-testid="checkpoint-terkunci">{t("periodeDitutup")}</p>
          ) : cpTerpilih.dievaluasi ? (
            <p data-testid="checkpoint-terkunci">{t("terkunci")}</p>
          ) : !cpTerpilih.sudahMulai ? (
            <p>{t("belumMulai")}</p>
          ) : data.skp.status !== "DISETUJUI" ? (
            <p>{t("skpBelumDisetujui")}</p>
          ) : data.bolehCatat ? (
            <p>{t("petunjukPegawai")}</p>
          ) : data.bolehUmpanBalik ? (
            <p>{t("petunjukPpk")}</p>
          ) : null}
        </CardContent>
      </Card>

      {data.rhk.map((r, ri) => (
        <Card key={r.id} data-testid={`rhk-${r.id}`}>
          <CardHeader>
            <CardTitle className="text-base">
              <Badge className="mr-2">{r.jenis === "UTAMA" ? t("rhkUtama") : t("rhkTambahan")}</Badge>
              {`${ri + 1}. ${r.uraian}`}
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {data.bolehRencana ? (
              <RencanaAksiForm rhkId={r.id} checkpointId={cpTerpilih.id} awal={r.rencanaAksi} label={t("rencanaAksi", { checkpoint: cpTerpilih.nama })} />
            ) : (
              <div className="text-sm">
                <p className="font-medium">{t("rencanaAksi", { checkpoint: cpTerpilih.nama })}</p>
                <p className="text-muted-foreground">{r.rencanaAksi ?? t("tanpaRencana")}</p>
              </div>
            )}
            {r.iki.map((k) => (
              <section key={k.id} id={`iki-${k.id}`} data-testid={`iki-${k.id}`} aria-labelledby={`iki-${k.id}-judul`} className="flex scroll-mt-20 flex-col gap-3 border-t border-border pt-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h3 id={`iki-${k.id}-judul`} className="font-medium">
                      <span className="mr-1 text-xs text-muted-foreground">{ta(k.aspek as "KUANTITAS")}</span>
                      {k.indikator}
                    </h3>
                    <p className="text-sm text-muted-foreground">{t("target", { target: k.target })}</p>
                  </div>
                  <KemajuanBadge kemajuan={k.kemajuan} />
                </div>
                {k.kualitatif ? null : (
                  <div className="grid items-center gap-3 sm:grid-cols-[1fr_16rem]">
                    <div className="flex flex-col gap-1">
                      <p className="text-sm" data-testid="capaian">
                        {t("capaianKumulatif", { nilai: formatNilai(k.capaian, k.satuan) })}
                      </p>
                      <ProgresBar persen={k.persen} label={t("capaianDari", { indikator: k.indikator })} />
                    </div>
                    <GrafikCapaian seri={k.seri} target={k.targetMin} />
                  </div>
                )}
                <div className="text-sm" data-testid="realisasi-tersimpan">
                  {k.realisasi ? (
                    <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
                      {k.kualitatif ? null : (
                        <>
                          <dt className="text-muted-foreground">{t("realisasiCheckpoint", { checkpoint: cpTerpilih.nama })}</dt>
                          <dd className="font-medium">{formatNilai(k.realisasi.nilai, k.satuan)}</dd>
                        </>
                      )}
                      {k.realisasi.uraian ? (
                        <>
                          <dt className="text-muted-foreground">{t("uraian")}</dt>
                          <dd>{k.realisasi.uraian}</dd>
                        </>
                      ) : null}
                      <dt className="text-muted-foreground">{t("sumberData")}</dt>
                      <dd>{k.realisasi.sumberData || "—"}</dd>
                      <dt className="text-muted-foreground">{t("dicatat")}</dt>
                      <dd>{format.dateTime(k.realisasi.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                    </dl>
                  ) : (
                    <p className="text-muted-foreground">{t("belumAdaRealisasi")}</p>
                  )}
                </div>
                {data.bolehCatat ? (
                  <Lipatan terbukaAwal={!k.realisasi} ringkasan={k.realisasi ? t("ubahRealisasi") : t("catatRealisasi")}>
                  <RealisasiForm
                    ikiId={k.id}
                    checkpointId={cpTerpilih.id}
                    kuantitatif={!k.kualitatif}
                    satuan={k.satuan}
                    awal={k.realisasi ? { nilai: k.realisasi.nilai, uraian: k.realisasi.uraian, sumberData: k.realisasi.sumberData } : null}
                  />
                  </Lipatan>
                ) : null}
                <div className="flex flex-col gap-2">
                  <h4 className="text-sm font-medium">{t("buktiDukung")}</h4>
                  {k.bukti.length ? (
                    <ul className="flex flex-col gap-1 text-sm" data-testid="bukti">
                      {k.bukti.map((b) => (
                        <li key={b.id} className="flex flex-wrap items-center gap-2">
                          {b.jenis === "BERKAS" ? (
                            <a className="text-primary underline" href={`/api/bukti/${b.id}`} download>
                              {b.nama}
                            </a>
                          ) : (
                            <a className="break-all text-primary underline" href={b.tautan ?? "#"} target="_blank" rel="noopener noreferrer">
                              {b.nama}
                            </a>
                          )}
                          <span className="text-xs text-muted-foreground">
                            {b.jenis === "BERKAS" ? `${t("berkasJenis")} · ${format.number((b.ukuran ?? 0) / 1024, { maximumFractionDigits: 0 })} KB` : t("tautanJenis")}
                          </span>
                          {data.bolehCatat ? <HapusBuktiButton buktiId={b.id} nama={b.nama} /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-muted-foreground">{t("tanpaBukti")}</p>
                  )}
                  {data.bolehCatat && k.realisasi ? (
                    <Lipatan terbukaAwal={false} ringkasan={t("tambahBukti")}>
                      <BuktiTambahForm ikiId={k.id} checkpointId={cpTerpilih.id} />
                    </Lipatan>
                  ) : null}
                </div>
                <div className="flex flex-col gap-2">
                  <h4 className="text-sm font-medium">{t("umpanBalik")}</h4>
                  <Umpan items={k.umpanBalik} />
                  {k.umpanBalik.length === 0 && !data.bolehUmpanBalik ? <p className="text-sm text-muted-foreground">{t("tanpaUmpanBalik")}</p> : null}
                  {data.bolehUmpanBalik ? <UmpanBalikForm skpId={data.skp.id} checkpointId={cpTerpilih.id} ikiId={k.id} frasa={data.frasa} sasaran={k.indikator} /> : null}
                </div>
              </section>
            ))}
          </CardContent>
        </Card>
      ))}

      <Card>
        <CardHeader>
          <CardTitle>{t("perilaku")}</CardTitle>
          <CardDescription>{t("perilakuPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {data.perilaku.map((p) => (
            <section key={p.nilai} id={`perilaku-${p.nilai}`} className="flex scroll-mt-20 flex-col gap-2 border-t border-border pt-3 first:border-0 first:pt-0" data-testid={`perilaku-${p.nilai}`}>
              <h3 className="font-medium">{BERAKHLAK_INDIKATOR[p.nilai].label}</h3>
              <Umpan items={p.umpanBalik} />
              {data.bolehUmpanBalik ? <UmpanBalikForm skpId={data.skp.id} checkpointId={cpTerpilih.id} nilaiPerilaku={p.nilai} frasa={data.frasa} sasaran={BERAKHLAK_INDIKATOR[p.nilai].label} /> : null}
            </section>
          ))}
        </CardContent>
      </Card>
    </>
  );
}
