import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit-table";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { listAuditLog } from "@/lib/services/admin";
import { ServiceError } from "@/lib/services/errors";

export async function generateMetadata() {
  const t = await getTranslations("dasborAuditor");
  return { title: t("judul") };
}

export default async function DasborAuditorPage() {
  const ctx = await requireContext();
  const rows = await listAuditLog(ctx, { limit: 100 }).catch((e: unknown) => {
    if (e instanceof ServiceError) notFound();
    throw e;
  });
  const t = await getTranslations("dasborAuditor");
  return (
    <>
      <PageHeader title={t("judul")} description={t("deskripsi")}>
        <Link href="/dasbor/pimpinan" className="text-sm text-primary underline">
          {t("ringkasanInstansi")}
        </Link>
      </PageHeader>
      <Card>
        <CardHeader>
          <CardTitle>{t("jejakAudit")}</CardTitle>
          <CardDescription>{t("jejakAuditPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          <AuditTable rows={rows} />
        </CardContent>
      </Card>
    </>
  );
}
