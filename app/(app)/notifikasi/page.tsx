import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { DaftarNotifikasi } from "@/components/notifikasi-list";
import { TandaiSemuaButton } from "@/components/tandai-dibaca-button";
import { Card, CardContent } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { daftarNotifikasi } from "@/lib/services/notifikasi";

export async function generateMetadata() {
  const t = await getTranslations("notifikasi");
  return { title: t("judul") };
}

export default async function NotifikasiPage() {
  const ctx = await requireContext();
  const data = await daftarNotifikasi(ctx, { batas: 100 });
  const t = await getTranslations("notifikasi");
  return (
    <>
      <PageHeader title={t("judul")} description={t("lonceng", { n: data.belumDibaca })}>
        <div className="flex flex-wrap gap-2">
          {data.belumDibaca > 0 ? <TandaiSemuaButton label={t("tandaiSemua")} /> : null}
          <Link className="text-sm text-primary underline" href="/pengaturan">
            {t("pengaturan")}
          </Link>
        </div>
      </PageHeader>
      <Card>
        <CardContent className="pt-4">
          {data.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosongSemua")}</p>
          ) : (
            <DaftarNotifikasi items={data.items} semua />
          )}
        </CardContent>
      </Card>
    </>
  );
}
