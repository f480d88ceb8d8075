import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { KeputusanForm } from "@/components/pengembangan/keputusan-form";
import { PelatihanForm } from "@/components/pengembangan/pelatihan-form";
import { UsulanKartu } from "@/components/pengembangan/usulan-kartu";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getUsulan } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("usulanJudul") };
}

/** One proposal with its evidence; the decision form for its decider, the completion form for the pegawai once approved. */
export default async function UsulanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireContext();
  const u = await orNotFound(getUsulan(ctx, id));
  const t = await getTranslations("pengembangan");
  const tp = await getTranslations("predikat");
  const pilihan = [
    ...(u.diklatId && u.diklatNama ? [{ id: u.diklatId, nama: u.diklatNama, jam: u.diklatJam ?? 0 }] : []),
    ...u.diklatTambahan.filter((d) => !d.selesai),
  ];
  const milikSaya = u.pegawaiId === ctx.actor.pegawaiId;
  return (
    <>
      <Breadcrumbs
        label={t("jejak")}
        items={[{ href: milikSaya ? "/pengembangan/saya" : "/pengembangan", nama: milikSaya ? t("saya") : t("judul") }]}
        current={u.diklatNama ?? t(`jenis.${u.jenis}`)}
      />
      <PageHeader title={`${t(`jenis.${u.jenis}`)} — ${u.pegawaiNama}`} description={u.pegawaiNip} />
      <UsulanKartu u={u}>
        {u.bolehPutuskan ? (
          <div className="border-t border-border pt-3">
            <KeputusanForm usulanId={u.id} />
          </div>
        ) : null}
      </UsulanKartu>
      <Card>
        <CardHeader>
          <CardTitle>{t("bukti")}</CardTitle>
          <CardDescription>{t("buktiPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <p className="text-sm break-words whitespace-pre-line" data-testid="bukti">
            {u.bukti}
          </p>
          {u.buktiRinci?.riwayat?.length ? (
            <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("riwayatPredikat")}>
              {u.buktiRinci.riwayat.map((r) => (
                <li key={r.tahun} className="rounded-md border border-border px-2 py-1">{`${r.tahun}: ${tp(r.predikat)}`}</li>
              ))}
            </ul>
          ) : null}
        </CardContent>
      </Card>
      {u.bolehCatat && pilihan.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("tandaiSelesai")}</CardTitle>
            <CardDescription>{t("tandaiSelesaiPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <PelatihanForm usulanId={u.id} pilihan={pilihan} bebas={false} hariIni={ctx.today} idPrefix="selesai" />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
