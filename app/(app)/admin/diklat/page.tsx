import { getTranslations } from "next-intl/server";
import { DiklatForm } from "@/components/pengembangan/diklat-form";
import { TargetJamForm } from "@/components/pengembangan/target-jam-form";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/policy";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { forbidden } from "@/lib/services/errors";
import { daftarDiklat, getTargetJam } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("katalog") };
}

/** The admin's training catalogue: add an item, change or deactivate one. */
export default async function DiklatPage() {
  const ctx = await requireContext();
  const [daftar, target] = await orNotFound(
    can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId }) ? Promise.all([daftarDiklat(ctx), getTargetJam(ctx)]) : Promise.reject(forbidden()),
  );
  const t = await getTranslations("pengembangan");
  return (
    <>
      <PageHeader title={t("katalog")} description={t("katalogPenjelasan")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("targetJamJudul")}</CardTitle>
          <CardDescription>{t("targetJamPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent>
          <TargetJamForm awal={target} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("tambahDiklat")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DiklatForm idPrefix="baru" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("daftarDiklat", { n: daftar.length })}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2">
          {daftar.map((d) => (
            <details key={d.id} className="rounded-md border border-border p-3" data-testid="diklat">
              <summary className="cursor-pointer">
                <span className="font-medium">{`${d.kode} — ${d.nama}`}</span>{" "}
                <span className="text-sm text-muted-foreground">{`${t(`jenisDiklat.${d.jenis}`)} · ${t("jamPelajaran", { jam: d.jam })}${d.penyelenggara ? ` · ${d.penyelenggara}` : ""}`}</span>{" "}
                {d.aktif ? null : <Badge>{t("nonaktif")}</Badge>}
              </summary>
              <div className="pt-3">
                <DiklatForm idPrefix={`d-${d.kode}`} awal={d} />
              </div>
            </details>
          ))}
        </CardContent>
      </Card>
    </>
  );
}
