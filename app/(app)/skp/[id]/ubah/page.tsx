import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { SkpEditor } from "@/components/skp/skp-editor";
import { StatusSkpBadge } from "@/components/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getSkp, nilaiForm } from "@/lib/services/skp";

export async function generateMetadata() {
  const t = await getTranslations("skpEditor");
  return { title: t("judul") };
}

export default async function UbahSkpPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const data = await orNotFound(getSkp(ctx, id));
  // only the owner edits, only a draft or a returned plan: anyone else reads the SKP page
  if (!data.bolehUbah) redirect(`/skp/${data.dokumen.id}`);
  const t = await getTranslations("skpEditor");
  const doc = data.dokumen;
  return (
    <>
      <PageHeader title={t("judul")} description={`${doc.periode.nama} · ${doc.pegawai.jabatan} · ${doc.pegawai.unit}`}>
        <div className="flex items-center gap-2">
          <StatusSkpBadge status={doc.status} />
          <Link className="text-sm text-primary underline" href={`/skp/${doc.id}`}>
            {t("lihatSkp")}
          </Link>
        </div>
      </PageHeader>
      <SkpEditor
        skpId={doc.id}
        bentuk={doc.bentuk}
        awal={nilaiForm(doc, data.lockVersion)}
        rhkAtasan={data.rhkAtasan.map((r) => ({ id: r.id, uraian: r.uraian }))}
        catatan={data.catatan.filter((c) => !c.selesai).map((c) => ({ id: c.id, rhkId: c.rhkId, ikiId: c.ikiId, isi: c.isi, penulis: c.penulis }))}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("perilaku")}</CardTitle>
          <CardDescription>{t("perilakuPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-3 text-sm md:grid-cols-2">
            {doc.perilaku.map((p) => (
              <li key={p.nilai} className="rounded-md border border-border p-3">
                <p className="font-medium">{p.label}</p>
                <ul className="list-disc pl-5 text-xs text-muted-foreground">
                  {p.indikator.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
                <p className="mt-1 text-xs">
                  <span className="font-medium">{t("ekspektasi")}: </span>
                  {p.ekspektasi || t("ekspektasiBelum")}
                </p>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </>
  );
}
