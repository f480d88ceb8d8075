import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireContext } from "@/lib/server/request-context";
import { getPohonUnit, type UnitNode } from "@/lib/services/organisasi";

export async function generateMetadata() {
  const t = await getTranslations("organisasi");
  return { title: t("judul") };
}

function Cabang({ node, anak, t }: { node: UnitNode; anak: Map<string | null, UnitNode[]>; t: (k: "orang", v: { n: number }) => string }) {
  const children = anak.get(node.id) ?? [];
  return (
    <li>
      <div className="flex flex-wrap items-baseline gap-2 py-1">
        <Link className="font-medium text-primary underline" href={`/organisasi/${node.id}`}>
          {node.nama}
        </Link>
        <span className="text-xs text-muted-foreground">{t("orang", { n: node.pegawai })}</span>
      </div>
      {children.length ? (
        <ul className="ml-3 border-l border-border pl-3 sm:ml-4 sm:pl-4">
          {children.map((c) => (
            <Cabang key={c.id} node={c} anak={anak} t={t} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default async function OrganisasiPage() {
  const ctx = await requireContext();
  const units = await getPohonUnit(ctx);
  const t = await getTranslations("organisasi");
  const anak = new Map<string | null, UnitNode[]>();
  for (const u of units) anak.set(u.parentId, [...(anak.get(u.parentId) ?? []), u]);
  const roots = anak.get(null) ?? [];
  return (
    <>
      <PageHeader title={t("judul")} description={t("deskripsi")} />
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <ul aria-label={t("pohon")} className="text-sm">
            {roots.map((r) => (
              <Cabang key={r.id} node={r} anak={anak} t={t} />
            ))}
          </ul>
        </CardContent>
      </Card>
    </>
  );
}
