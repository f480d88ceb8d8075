import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { PreferensiSurelForm } from "@/components/preferensi-surel-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { alamatSurelSaya, getPreferensiSurel, surelAktif } from "@/lib/services/notifikasi";

export async function generateMetadata() {
  const t = await getTranslations("pengaturan");
  return { title: t("judul") };
}

export default async function PengaturanPage() {
  const ctx = await requireContext();
  const [preferensi, email] = await Promise.all([getPreferensiSurel(ctx), alamatSurelSaya(ctx)]);
  const t = await getTranslations("pengaturan");
  return (
    <>
      <PageHeader title={t("judul")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("surel")}</CardTitle>
          <CardDescription>{email ? t("surelPenjelasan", { email }) : t("tanpaEmail")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {surelAktif() ? null : <p className="text-sm text-amber-800">{t("surelNonaktif")}</p>}
          <PreferensiSurelForm awal={preferensi} />
        </CardContent>
      </Card>
    </>
  );
}
