import { getTranslations } from "next-intl/server";
import { AturanForm } from "@/components/aturan-form";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getAturanKeberatan } from "@/lib/services/aturan";

export async function generateMetadata() {
  const t = await getTranslations("aturan");
  return { title: t("judul") };
}

/** The admin's objection window, holiday list and curve policy (changes are audited; deadlines already fixed stay). */
export default async function AturanPage() {
  const ctx = await requireContext();
  const aturan = await orNotFound(getAturanKeberatan(ctx));
  const t = await getTranslations("aturan");
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")} />
      <Card>
        <CardHeader>
          <CardDescription>{t("regulasi", { nama: aturan.regulasi.nama })}</CardDescription>
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="aturan-tetap">
            {t("tetap")}
          </p>
        </CardHeader>
        <CardContent>
          <AturanForm
            awal={{
              hari: aturan.hari, jenisHari: aturan.jenisHari, hariLibur: aturan.hariLibur,
              kebijakanKurva: aturan.kebijakanKurva, kurvaMinimumPegawai: aturan.kurvaMinimumPegawai,
            }}
          />
        </CardContent>
      </Card>
    </>
  );
}
