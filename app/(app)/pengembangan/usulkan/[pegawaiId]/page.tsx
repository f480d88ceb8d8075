import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { UsulanForm } from "@/components/pengembangan/usulan-form";
import { UsulanKartu } from "@/components/pengembangan/usulan-kartu";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getFormUsulan } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("usulkanJudul") };
}

/** The PPK proposes development for one subordinate: the basis, what the rules suggest, the evidence kept with it. */
export default async function UsulkanPage({ params }: { params: Promise<{ pegawaiId: string }> }) {
  const { pegawaiId } = await params;
  const ctx = await requireContext();
  const form = await orNotFound(getFormUsulan(ctx, pegawaiId));
  const t = await getTranslations("pengembangan");
  const tp = await getTranslations("predikat");
  return (
    <>
      <Breadcrumbs label={t("jejak")} items={[{ href: "/pengembangan", nama: t("judul") }]} current={form.pegawai.nama} />
      <PageHeader title={t("usulkanJudul")} description={`${form.pegawai.nama} · ${form.pegawai.jabatan ?? ""}${form.pegawai.unit ? ` · ${form.pegawai.unit}` : ""}`} />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>{t("formUsulan")}</CardTitle>
            <CardDescription>
              {form.basis ? t("dasarPredikat", { predikat: tp(form.basis.predikat), tahun: form.basis.tahun }) : t("tanpaPredikat")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {form.basis && form.basis.status === "KEBERATAN" ? (
              <p className="text-sm text-amber-800">{t("galat.PREDIKAT_DALAM_KEBERATAN")}</p>
            ) : form.saran.length ? (
              <UsulanForm pegawaiId={form.pegawai.id} saran={form.saran.map((s) => s.usulan)} katalog={form.katalog} tinjauBawaan={form.tinjauBawaan} />
            ) : (
              <p className="text-sm text-muted-foreground">{t("tanpaSaran")}</p>
            )}
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t("bukti")}</CardTitle>
            <CardDescription>{t("buktiPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <p className="text-sm break-words whitespace-pre-line" data-testid="bukti">
              {form.bukti ?? t("tanpaPredikat")}
            </p>
          </CardContent>
        </Card>
      </div>
      {form.usulan.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("riwayatUsulan")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {form.usulan.map((u) => (
              <UsulanKartu key={u.id} u={u} />
            ))}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
