import { getTranslations } from "next-intl/server";
import { FrasaForm } from "@/components/frasa-form";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getFrasaKelola } from "@/lib/services/realisasi";

export async function generateMetadata() {
  const t = await getTranslations("frasa");
  return { title: t("judul") };
}

export default async function FrasaPage() {
  const ctx = await requireContext();
  const frasa = await orNotFound(getFrasaKelola(ctx));
  const t = await getTranslations("frasa");
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardContent className="pt-4">
          <FrasaForm awal={frasa} />
        </CardContent>
      </Card>
    </>
  );
}
