import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AntrianSkp } from "@/components/skp/antrian-skp";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getAntrianSkp } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("antrian");
  return { title: t("judul") };
}

export default async function AntrianSkpPage() {
  const ctx = await requireContext();
  const antrian = await orNotFound(getAntrianSkp(ctx));
  const t = await getTranslations("antrian");
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("menunggu", { n: antrian.length })}</CardTitle>
          <CardDescription>{t("bantuan")}</CardDescription>
        </CardHeader>
        <CardContent>
          <AntrianSkp baris={antrian} />
        </CardContent>
      </Card>
    </>
  );
}
