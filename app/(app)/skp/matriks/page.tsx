import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { SerahkanRhk } from "@/components/skp/serahkan-rhk";
import { StatusSkpBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getTimSkp } from "@/lib/services/skp";

type Pemegang = Awaited<ReturnType<typeof getTimSkp>>["rhkSaya"][number]["pemegang"];

/** One line per person with the parts they carry (a part handed down but not yet in their SKP is marked). */
function perOrang(pemegang: Pemegang) {
  const map = new Map<string, { pegawaiId: string; nama: string; bagian: Array<{ teks: string; belumDiSkp: boolean }> }>();
  for (const p of pemegang) {
    const o = map.get(p.pegawaiId) ?? { pegawaiId: p.pegawaiId, nama: p.nama, bagian: [] };
    const teks = p.rhkBawahan ?? p.uraianPeran ?? "";
    if (!o.bagian.some((b) => b.teks === teks)) o.bagian.push({ teks, belumDiSkp: !p.rhkBawahan });
    map.set(p.pegawaiId, o);
  }
  return [...map.values()];
}

export async function generateMetadata() {
  const t = await getTranslations("matriks");
  return { title: t("judul") };
}

/** Matriks peran hasil: each of my RHK, who carries which part of it, what nobody carries yet. */
export default async function MatriksPage() {
  const ctx = await requireContext();
  const tim = await orNotFound(getTimSkp(ctx));
  const t = await getTranslations("matriks");
  const tanpaPemegang = tim.rhkSaya.filter((r) => r.pemegang.length === 0).length;
  const bawahan = tim.bawahan.map((b) => ({ pegawaiId: b.pegawaiId, nama: b.nama, jabatan: b.jabatan }));
  return (
    <>
      <PageHeader title={t("judul")} description={tim.periode?.nama}>
        <Link className="text-sm text-primary underline" href="/skp/ekspektasi">
          {t("keEkspektasi")}
        </Link>
      </PageHeader>
      {tim.rhkSaya.length === 0 ? (
        <Card>
          <CardContent className="pt-4 text-sm sm:pt-5">{t("belumAdaRhk")}</CardContent>
        </Card>
      ) : (
        <p className="text-sm" data-testid="ringkasan-matriks">
          {t("ringkasan", { n: tim.rhkSaya.length, kosong: tanpaPemegang })}
        </p>
      )}
      {tim.rhkSaya.map((r, i) => (
        <Card key={r.id} data-testid={`matriks-rhk-${r.id}`}>
          <CardHeader>
            <div className="flex flex-wrap items-center gap-2">
              <CardTitle>{t("rhkKe", { n: i + 1 })}</CardTitle>
              {r.pemegang.length === 0 ? <Badge tone="warning">{t("belumDipegang")}</Badge> : <Badge tone="success">{t("dipegang", { n: new Set(r.pemegang.map((p) => p.pegawaiId)).size })}</Badge>}
            </div>
            <CardDescription className="text-foreground">{r.uraian}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {r.pemegang.length ? (
              <ul className="flex flex-col gap-2 text-sm">
                {perOrang(r.pemegang).map((o) => (
                  <li key={o.pegawaiId}>
                    <span className="font-medium">{o.nama}</span>
                    <ul className="list-disc pl-5">
                      {o.bagian.map((b) => (
                        <li key={b.teks}>
                          {b.teks}
                          {b.belumDiSkp ? <span className="text-muted-foreground"> ({t("belumDiSkp")})</span> : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            ) : null}
            <SerahkanRhk rhkId={r.id} uraian={r.uraian} bawahan={bawahan} />
          </CardContent>
        </Card>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>{t("tim")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="flex flex-col gap-2 text-sm">
            {tim.bawahan.map((b) => (
              <li key={b.pegawaiId} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {b.skpId ? (
                    <Link className="font-medium text-primary underline" href={`/skp/${b.skpId}`}>
                      {b.nama}
                    </Link>
                  ) : (
                    <span className="font-medium">{b.nama}</span>
                  )}
                  <span className="block text-muted-foreground">{b.jabatan}</span>
                </span>
                <StatusSkpBadge status={b.status ?? "BELUM_ADA"} />
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </>
  );
}
