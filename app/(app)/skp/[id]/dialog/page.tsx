import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { UsulDialogForm } from "@/components/dialog/formulir";
import { HasilDialogBadge, StatusDialogBadge } from "@/components/dialog/status-dialog";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDialogSkp } from "@/lib/services/dialog";

export async function generateMetadata() {
  const t = await getTranslations("dialog");
  return { title: t("daftarJudul") };
}

export default async function DialogSkpPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const data = await orNotFound(getDialogSkp(ctx, id));
  const t = await getTranslations("dialog");
  const tv = await getTranslations("validasi");
  const format = await getFormatter();
  const tanggal = (d: string) => format.dateTime(new Date(d), { dateStyle: "long" });
  const awal = ctx.today < data.tanggalMin ? data.tanggalMin : ctx.today > data.tanggalMaks ? data.tanggalMaks : ctx.today;
  return (
    <>
      <PageHeader title={t("daftarJudulDari", { nama: data.skp.namaPegawai })} description={`${data.skp.periode} · ${t("ppk")}: ${data.skp.ppkNama ?? "—"}`}>
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${data.skp.id}`}>
            {t("lihatSkp")}
          </Link>
          {data.skp.status === "DISETUJUI" ? (
            <Link className={buttonVariants({ variant: "outline", size: "sm" })} href={`/skp/${data.skp.id}/realisasi`}>
              {t("lihatRealisasi")}
            </Link>
          ) : null}
        </div>
      </PageHeader>

      <Card>
        <CardHeader>
          <CardTitle>{t("usulJudul")}</CardTitle>
          <CardDescription>{data.peran === "PEGAWAI" ? t("usulPenjelasanPegawai") : t("usulPenjelasanPpk", { nama: data.skp.namaPegawai })}</CardDescription>
        </CardHeader>
        <CardContent>
          {data.masalahUsul ? (
            <p className="text-sm" data-testid="usul-tidak-tersedia">
              {tv(data.masalahUsul)}
            </p>
          ) : (
            <UsulDialogForm skpId={data.skp.id} tanggalMin={data.tanggalMin} tanggalMaks={data.tanggalMaks} tanggalAwal={awal} />
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("riwayatJudul", { n: data.dialog.length })}</CardTitle>
        </CardHeader>
        <CardContent>
          {data.dialog.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosong")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border" data-testid="daftar-dialog">
              {data.dialog.map((d) => (
                <li key={d.id} className="flex flex-col gap-1 py-3" data-testid={`dialog-${d.id}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/dialog/${d.id}`} className="font-medium text-primary underline">
                      <time dateTime={d.tanggal}>{tanggal(d.tanggal)}</time>
                    </Link>
                    <StatusDialogBadge status={d.status} />
                    {d.hasil ? <HasilDialogBadge hasil={d.hasil} /> : null}
                  </div>
                  <p className="break-words text-sm">{d.topik}</p>
                  <p className="text-xs text-muted-foreground">
                    {t("ringkas", { oleh: d.dibuatOleh, pertanyaan: d.jumlahPertanyaan, tindakan: d.tindakanTerbuka })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </>
  );
}
