import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { SkpBaruForm } from "@/components/skp/skp-baru-form";
import { Card, CardContent } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { getOpsiSkpBaru } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("skpBaru");
  return { title: t("judul") };
}

export default async function SkpBaruPage() {
  const ctx = await requireContext();
  const opsi = await getOpsiSkpBaru(ctx);
  const t = await getTranslations("skpBaru");
  return (
    <>
      <PageHeader title={t("judul")} description={opsi.periode?.nama ?? t("tanpaPeriode")} />
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          {opsi.penugasan.length === 0 ? (
            <p className="text-sm">
              {opsi.periode ? t("semuaSudahAda") : t("tanpaPeriode")}{" "}
              <Link className="text-primary underline" href="/dasbor/pegawai">
                {t("kembali")}
              </Link>
            </p>
          ) : (
            <SkpBaruForm penugasan={opsi.penugasan} adaSkpSebelumnya={opsi.adaSkpSebelumnya} />
          )}
        </CardContent>
      </Card>
    </>
  );
}
