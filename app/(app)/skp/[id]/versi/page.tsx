import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { SkpDokumenView } from "@/components/skp-dokumen";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { BERAKHLAK_INDIKATOR } from "@/lib/domain/constants";
import { LABEL_BAGIAN_LAMPIRAN, bandingkanSkp, type PerubahanSkp } from "@/lib/domain/skp";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getVersiSkp } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("skpVersi");
  return { title: t("judul") };
}

const nomorAtauKini = (v: string | string[] | undefined): number | "kini" => {
  const s = Array.isArray(v) ? v[0] : v;
  const n = Number(s);
  return s && s !== "kini" && Number.isInteger(n) && n > 0 ? n : "kini";
};

export default async function VersiSkpPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const q = await searchParams;
  const a = nomorAtauKini(q.a ?? "1");
  const b = nomorAtauKini(q.b);
  const [lama, baru] = await Promise.all([orNotFound(getVersiSkp(ctx, id, a)), orNotFound(getVersiSkp(ctx, id, b))]);
  const t = await getTranslations("skpVersi");
  const perubahan = bandingkanSkp(lama, baru);
  const label = (v: number | "kini") => (v === "kini" ? t("kini") : t("versi", { n: v }));
  const teks = (p: PerubahanSkp): string => {
    switch (p.jenis) {
      case "RHK_DITAMBAH":
        return t("rhkDitambah", { rhk: p.rhk });
      case "RHK_DIHAPUS":
        return t("rhkDihapus", { rhk: p.rhk });
      case "RHK_DIUBAH":
        return t("rhkDiubah", { rhk: p.rhk, kolom: t(`kolom.${p.kolom}`), sebelum: p.sebelum || "—", sesudah: p.sesudah || "—" });
      case "IKI_DITAMBAH":
        return t("ikiDitambah", { rhk: p.rhk, iki: p.iki });
      case "IKI_DIHAPUS":
        return t("ikiDihapus", { rhk: p.rhk, iki: p.iki });
      case "IKI_DIUBAH":
        return t("ikiDiubah", { iki: p.iki, kolom: t(`kolom.${p.kolom}`), sebelum: p.sebelum || "—", sesudah: p.sesudah || "—" });
      case "EKSPEKTASI_DIUBAH":
        return t("ekspektasiDiubah", { nilai: BERAKHLAK_INDIKATOR[p.nilai].label, sebelum: p.sebelum || "—", sesudah: p.sesudah || "—" });
      case "LAMPIRAN_DIUBAH":
        return t("lampiranDiubah", { bagian: LABEL_BAGIAN_LAMPIRAN[p.bagian] });
      case "PENDEKATAN_DIUBAH":
        return t("pendekatanDiubah", { sebelum: p.sebelum, sesudah: p.sesudah });
    }
  };
  return (
    <>
      <PageHeader title={t("judul")} description={t("membandingkan", { a: label(a), b: label(b) })}>
        <Link className="text-sm text-primary underline" href={`/skp/${id}`}>
          {t("kembali")}
        </Link>
      </PageHeader>
      <Card data-testid="perubahan">
        <CardHeader>
          <CardTitle>{t("perubahan", { n: perubahan.length })}</CardTitle>
        </CardHeader>
        <CardContent>
          {perubahan.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("tanpaPerubahan")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {perubahan.map((p, i) => (
                <li key={i} className="rounded-md bg-muted px-2 py-1">
                  {teks(p)}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{label(a)}</CardTitle>
        </CardHeader>
        <CardContent>
          <SkpDokumenView doc={lama} />
        </CardContent>
      </Card>
    </>
  );
}
