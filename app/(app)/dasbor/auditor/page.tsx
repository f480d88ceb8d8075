import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit-table";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { listAuditLog } from "@/lib/services/admin";

export async function generateMetadata() {
  const t = await getTranslations("dasborAuditor");
  return { title: t("judul") };
}

export default async function DasborAuditorPage() {
  const ctx = await requireContext();
  const rows = await orNotFound(listAuditLog(ctx, { limit: 100 }));
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
