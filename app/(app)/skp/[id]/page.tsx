import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TautanDialog } from "@/components/dialog/tautan-dialog";
import { PageHeader } from "@/components/page-header";
import { SkpDokumenView } from "@/components/skp-dokumen";
import { EkspektasiForm } from "@/components/skp/ekspektasi-form";
import { SkpAksi } from "@/components/skp/skp-aksi";
import { SkpPeriksa } from "@/components/skp/skp-periksa";
import { StatusSkpBadge } from "@/components/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatTarget } from "@/lib/domain/skp";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getSkp } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("skp");
  return { title: t("judul") };
}

export default async function SkpPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const data = await orNotFound(getSkp(ctx, id));
  const t = await getTranslations("skp");
  const tv = await getTranslations("validasi");
  const format = await getFormatter();
  const doc = data.dokumen;
  const pemilik = data.peran.includes("PEGAWAI");
  const ppk = data.peran.includes("PPK");
  const uraianRhk = new Map(doc.rhk.map((r) => [r.id, r.uraian]));
  const uraianIki = new Map(doc.rhk.flatMap((r) => r.iki.map((k) => [k.id, k.indikator] as const)));
  const catatanTerbuka = data.catatan.filter((c) => !c.selesai);
  const aksiTombol = data.aksi.filter((a): a is "AJUKAN" | "TARIK" | "SETUJUI" | "UBAH" => a !== "KEMBALIKAN" && !(a === "SETUJUI" && ppk));
  const didukung = new Set(doc.rhk.map((r) => r.rhkAtasanId).filter(Boolean));
  return (
    <>
      <PageHeader title={t("judulDari", { nama: doc.pegawai.nama })} description={`${doc.periode.nama} · ${t("versi", { n: doc.versi })}`}>
        <div className="flex flex-wrap items-center gap-2">
          <span data-testid="status-skp">
            <StatusSkpBadge status={doc.status} />
          </span>
          <a className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${doc.id}/pdf`} download>
            {t("unduhPdf")}
          </a>
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/cetak/skp/${doc.id}`} target="_blank">
            {t("cetak")}
          </Link>
        </div>
      </PageHeader>

      <div className="flex flex-wrap items-start gap-2">
        {data.bolehUbah ? (
          <Link className={buttonVariants({ variant: doc.status === "REVISI" || doc.rhk.length === 0 ? "default" : "outline" })} href={`/skp/${doc.id}/ubah`}>
            {t("ubahDraf")}
          </Link>
        ) : null}
        {doc.status === "DISETUJUI" ? (
          <Link className={buttonVariants({ variant: pemilik ? "default" : "outline" })} href={`/skp/${doc.id}/realisasi`}>
            {t("realisasi")}
          </Link>
        ) : null}
        {doc.status === "DISETUJUI" ? <TautanDialog skpId={doc.id} /> : null}
        <SkpAksi skpId={doc.id} lockVersion={data.lockVersion} aksi={aksiTombol} />
      </div>

      {pemilik && data.bolehUbah && data.syarat.length ? (
        <Card className="border-amber-300" data-testid="syarat-pengajuan">
          <CardHeader>
            <CardTitle>{t("syaratJudul")}</CardTitle>
            <CardDescription>{t("syaratPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="list-disc pl-5 text-sm">
              {data.syarat.map((s, i) => (
                <li key={i}>
                  {tv(`SYARAT_${s.kode}`)}
                  {"rhkId" in s ? ` — ${uraianRhk.get(s.rhkId) ?? ""}` : ""}
                  {"ikiId" in s ? ` — ${uraianIki.get(s.ikiId) ?? ""}` : ""}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}

      {catatanTerbuka.length ? (
        <Card className="border-amber-300" data-testid="catatan-terbuka">
          <CardHeader>
            <CardTitle>{t("catatanJudul")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2 text-sm">
              {catatanTerbuka.map((c) => (
                <li key={c.id} className="rounded-md bg-amber-50 p-2 text-amber-950">
                  <p className="text-xs font-medium text-amber-800">
                    {c.ikiId ? t("catatanIki", { iki: uraianIki.get(c.ikiId) ?? "" }) : c.rhkId ? t("catatanRhk", { rhk: uraianRhk.get(c.rhkId) ?? "" }) : t("catatanUmum")}
                  </p>
                  <p>{c.isi}</p>
                  <p className="text-xs text-amber-800">{`${c.penulis} · ${format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}`}</p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}

      {ppk && doc.status === "DIAJUKAN" ? (
        <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
          <SkpPeriksa
            skpId={doc.id}
            lockVersion={data.lockVersion}
            rhk={doc.rhk.map((r) => ({ id: r.id, jenis: r.jenis, uraian: r.uraian, rhkAtasanUraian: r.rhkAtasanUraian, iki: r.iki.map((k) => ({ id: k.id, indikator: k.indikator, target: formatTarget(k) })) }))}
          />
          <Card>
            <CardHeader>
              <CardTitle>{t("rhkSaya")}</CardTitle>
              <CardDescription>{t("rhkSayaPenjelasan")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="flex flex-col gap-2 text-sm" data-testid="rhk-ppk">
                {data.rhkAtasan.map((r) => (
                  <li key={r.id} className={didukung.has(r.id) ? "font-medium" : "text-muted-foreground"}>
                    {didukung.has(r.id) ? "✓ " : "○ "}
                    {r.uraian}
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        </div>
      ) : null}

      {data.bolehEkspektasi ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("ekspektasiJudul")}</CardTitle>
            <CardDescription>{t("ekspektasiPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <EkspektasiForm
              penerima={[{ skpId: doc.id, nama: doc.pegawai.nama, status: doc.status }]}
              awal={Object.fromEntries(doc.perilaku.map((p) => [p.nilai, p.ekspektasi]))}
            />
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <SkpDokumenView doc={doc} />
        </CardContent>
      </Card>

      {data.versi.length ? (
        <Card data-testid="riwayat-versi">
          <CardHeader>
            <CardTitle>{t("riwayat")}</CardTitle>
            <CardDescription>{t("riwayatPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2 text-sm">
              {data.versi.map((v) => (
                <li key={v.nomor} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-medium">{t("versi", { n: v.nomor })}</span>
                  <span className="text-muted-foreground">
                    {v.disetujuiAt ? t("disetujuiOleh", { nama: v.disetujuiOleh ?? "—", tanggal: format.dateTime(new Date(v.disetujuiAt), { dateStyle: "medium" }) }) : null}
                  </span>
                  <Link className="text-primary underline" href={`/skp/${doc.id}/versi?a=${v.nomor}&b=kini`}>
                    {t("bandingkanDenganKini")}
                  </Link>
                  {v.nomor > 1 ? (
                    <Link className="text-primary underline" href={`/skp/${doc.id}/versi?a=${v.nomor - 1}&b=${v.nomor}`}>
                      {t("bandingkanDenganSebelumnya")}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
