import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { EkspektasiForm } from "@/components/skp/ekspektasi-form";
import { Card, CardContent } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getTimSkp } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("ekspektasi");
  return { title: t("judul") };
}

/** The PPK writes the ekspektasi khusus pimpinan for the whole team, or the members they tick. */
export default async function EkspektasiTimPage() {
  const ctx = await requireContext();
  const tim = await orNotFound(getTimSkp(ctx));
  const t = await getTranslations("ekspektasi");
  const penerima = tim.bawahan
    .filter((b) => b.skpId && b.status !== "DISETUJUI")
    .map((b) => ({ skpId: b.skpId!, nama: b.nama, status: b.status ?? "" }));
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          {penerima.length === 0 ? <p className="text-sm text-muted-foreground">{t("tidakAda")}</p> : <EkspektasiForm tim penerima={penerima} />}
        </CardContent>
      </Card>
    </>
  );
}
