import { Lock } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  CatatanDialogForm,
  HapusTindakanButton,
  JawabanForm,
  KonfirmasiButton,
  PertanyaanForm,
  TandaiSelesaiButton,
  TindakanForm,
} from "@/components/dialog/formulir";
import { HasilDialogBadge, StatusDialogBadge } from "@/components/dialog/status-dialog";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDialog } from "@/lib/services/dialog";

export async function generateMetadata() {
  const t = await getTranslations("dialog");
  return { title: t("judul") };
}

export default async function DialogPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const d = await orNotFound(getDialog(ctx, id));
  const t = await getTranslations("dialog");
  const tv = await getTranslations("validasi");
  const format = await getFormatter();
  const tanggal = (v: string) => format.dateTime(new Date(v), { dateStyle: "long" });
  const waktu = (v: Date) => format.dateTime(v, { dateStyle: "medium", timeStyle: "short" });
  const pihak = [
    { peran: "PEGAWAI" as const, nama: d.skp.namaPegawai, at: d.dikonfirmasiPegawaiAt },
    { peran: "PPK" as const, nama: d.skp.ppkNama ?? "—", at: d.dikonfirmasiPpkAt },
  ];
  // why the actor cannot confirm, said only where it helps (not once the record is read-only)
  const alasanKonfirmasi = d.masalahKonfirmasi && !d.terkunci ? (d.masalahKonfirmasi === "SUDAH_DIKONFIRMASI" ? t("menungguPihakLain") : tv(d.masalahKonfirmasi)) : null;

  return (
    <>
      <PageHeader title={t("judulTanggal", { tanggal: tanggal(d.tanggal) })} description={`${d.skp.namaPegawai} · ${t("ppk")}: ${d.skp.ppkNama ?? "—"}`}>
        <div className="flex flex-wrap items-center gap-2">
          <StatusDialogBadge status={d.status} />
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${d.skp.id}/dialog`}>
            {t("semuaDialog")}
          </Link>
        </div>
      </PageHeader>

      {d.terkunci ? (
        <div role="note" className="flex items-start gap-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950" data-testid="dialog-terkunci">
          <Lock aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
          <p>{t("terkunciPenjelasan")}</p>
        </div>
      ) : d.periodeDitutup ? (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {tv("DIALOG_PERIODE_DITUTUP")}
        </div>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>{t("agenda")}</CardTitle>
          <CardDescription>{t("diusulkanOleh", { nama: d.dibuatOleh })}</CardDescription>
        </CardHeader>
        <CardContent>
          <p className="whitespace-pre-line break-words text-sm" data-testid="agenda-dialog">
            {d.topik}
          </p>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("tanyaJawab")}</CardTitle>
          {d.boleh.tanya || d.boleh.jawab ? <CardDescription>{d.peran === "PEGAWAI" ? t("tanyaJawabPegawai") : t("tanyaJawabPpk")}</CardDescription> : null}
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {d.pertanyaan.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("belumAdaPertanyaan")}</p>
          ) : (
            <ol className="flex flex-col gap-3" data-testid="daftar-pertanyaan">
              {d.pertanyaan.map((q) => (
                <li key={q.id} className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
                  <p className="break-words">
                    <span className="font-medium">{`${q.urutan}. `}</span>
                    {q.pertanyaan}
                  </p>
                  {d.boleh.jawab ? (
                    <JawabanForm pertanyaanId={q.id} awal={q.jawaban} urutan={q.urutan} />
                  ) : q.jawaban ? (
                    <div className="border-l-2 border-sky-300 pl-2">
                      <p className="whitespace-pre-line break-words">{q.jawaban}</p>
                      <p className="text-xs text-muted-foreground">{`${d.skp.ppkNama ?? ""}${q.dijawabAt ? ` · ${waktu(q.dijawabAt)}` : ""}`}</p>
                    </div>
                  ) : (
                    <p className="text-xs text-muted-foreground">{t("belumDijawab")}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
          {d.boleh.tanya ? <PertanyaanForm dialogId={d.id} /> : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("catatanHasil")}</CardTitle>
          {d.boleh.catat ? <CardDescription>{t("catatanHasilPpk")}</CardDescription> : null}
        </CardHeader>
        <CardContent>
          {d.boleh.catat ? (
            <CatatanDialogForm dialogId={d.id} awal={{ catatanPpk: d.catatanPpk, hasil: d.hasil, penjelasanHasil: d.penjelasanHasil }} />
          ) : (
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]" data-testid="catatan-dialog">
              <dt className="text-muted-foreground">{t("catatanPpk")}</dt>
              <dd className="whitespace-pre-line break-words">{d.catatanPpk ?? "—"}</dd>
              <dt className="text-muted-foreground">{t("hasil")}</dt>
              <dd>
                <HasilDialogBadge hasil={d.hasil} />
              </dd>
              {d.penjelasanHasil ? (
                <>
                  <dt className="text-muted-foreground">{t("penjelasan")}</dt>
                  <dd className="whitespace-pre-line break-words">{d.penjelasanHasil}</dd>
                </>
              ) : null}
            </dl>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("tindakanJudul")}</CardTitle>
          <CardDescription>{t("tindakanPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {d.tindakan.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("belumAdaTindakan")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border" data-testid="daftar-tindakan">
              {d.tindakan.map((x) => (
                <li key={x.id} className="flex flex-col gap-2 py-2 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-3">
                  <div className="min-w-0 flex-1">
                    <p className={`break-words ${x.selesaiAt ? "text-muted-foreground line-through" : "font-medium"}`}>{x.uraian}</p>
                    <p className="text-xs text-muted-foreground">
                      {t("batasTanggal", { tanggal: tanggal(x.batas) })}
                      {x.selesaiAt ? ` · ${t("selesaiPada", { waktu: waktu(x.selesaiAt) })}` : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    {x.selesaiAt ? <Badge tone="success">{t("selesai")}</Badge> : x.terlambat ? <Badge tone="danger">{t("terlambat")}</Badge> : <Badge tone="info">{t("terbuka")}</Badge>}
                    {!x.selesaiAt && d.boleh.tandaiSelesai ? <TandaiSelesaiButton tindakanId={x.id} uraian={x.uraian} /> : null}
                    {!x.selesaiAt && d.boleh.tindakan ? <HapusTindakanButton tindakanId={x.id} uraian={x.uraian} /> : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {d.boleh.tindakan ? <TindakanForm dialogId={d.id} tanggalMin={d.tanggal} /> : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("konfirmasiJudul")}</CardTitle>
          <CardDescription>{t("konfirmasiPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <ul className="flex flex-col gap-1 text-sm" data-testid="konfirmasi-pihak">
            {pihak.map((p) => (
              <li key={p.peran} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{`${t(`pihak.${p.peran}`)}: ${p.nama}`}</span>
                {p.at ? <Badge tone="success">{t("dikonfirmasiPada", { waktu: waktu(p.at) })}</Badge> : <Badge tone="neutral">{t("belumKonfirmasi")}</Badge>}
              </li>
            ))}
          </ul>
          {d.boleh.konfirmasi ? <KonfirmasiButton dialogId={d.id} /> : alasanKonfirmasi ? <p className="text-sm text-muted-foreground">{alasanKonfirmasi}</p> : null}
        </CardContent>
      </Card>
    </>
  );
}
