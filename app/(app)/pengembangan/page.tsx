import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KeputusanForm } from "@/components/pengembangan/keputusan-form";
import { UsulanKartu } from "@/components/pengembangan/usulan-kartu";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { hasPeran } from "@/lib/policy";
import { requireContext } from "@/lib/server/request-context";
import { getBerandaPengembangan } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("judul") };
}

/** Career development: decisions waiting for a leader, the PPK's team with the rules' suggestions, proposals made and decided. */
export default async function PengembanganPage() {
  const ctx = await requireContext();
  const data = await getBerandaPengembangan(ctx);
  const t = await getTranslations("pengembangan");
  const tp = await getTranslations("predikat");
  const pimpinan = hasPeran(ctx.actor, "PIMPINAN");
  return (
    <>
      <PageHeader title={t("judul")} description={t("penjelasan")}>
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/pengembangan/saya">
            {t("saya")}
          </Link>
          {pimpinan || hasPeran(ctx.actor, "ADMIN") || hasPeran(ctx.actor, "AUDITOR") ? (
            <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/pengembangan/talenta">
              {t("talenta")}
            </Link>
          ) : null}
          {hasPeran(ctx.actor, "ADMIN") ? (
            <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/admin/diklat">
              {t("katalog")}
            </Link>
          ) : null}
        </div>
      </PageHeader>

      {pimpinan || data.menunggu.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("menunggu")}</CardTitle>
            <CardDescription>{t("menungguPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {data.menunggu.length === 0 ? <p className="text-sm text-muted-foreground">{t("tidakAdaMenunggu")}</p> : null}
            {data.menunggu.map((u) => (
              <UsulanKartu key={u.id} u={u} tampilkanPegawai>
                <KeputusanForm usulanId={u.id} />
              </UsulanKartu>
            ))}
          </CardContent>
        </Card>
      ) : null}

      {data.tim.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("tim")}</CardTitle>
            <CardDescription>{t("timPenjelasan")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Table label={t("tim")}>
              <THead>
                <Tr>
                  <Th>{t("pegawai")}</Th>
                  <Th>{t("predikatTerakhir")}</Th>
                  <Th>{t("saran")}</Th>
                  <Th className="text-right">{t("aksi")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.tim.map((a) => (
                  <Tr key={a.pegawaiId} data-testid="anggota-tim">
                    <Td>
                      <div className="font-medium">{a.nama}</div>
                      <div className="text-xs text-muted-foreground">{a.jabatan}</div>
                    </Td>
                    <Td>{a.predikat ? `${tp(a.predikat)} (${a.tahun})` : "—"}</Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {a.saran.map((s) => (
                          <Badge key={s} tone={s === "RENCANA_PENGEMBANGAN" ? "warning" : "info"}>
                            {t(`jenis.${s}`)}
                          </Badge>
                        ))}
                        {a.usulanTerbuka ? <Badge>{t("usulanTerbuka", { n: a.usulanTerbuka })}</Badge> : null}
                      </div>
                    </Td>
                    <Td className="text-right">
                      {a.saran.length ? (
                        <Link className={buttonVariants({ size: "sm", variant: "outline" })} href={`/pengembangan/usulkan/${a.pegawaiId}`} aria-label={`${t("usulkan")} — ${a.nama}`}>
                          {t("usulkan")}
                        </Link>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}

      {data.diajukan.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("diajukan")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {data.diajukan.map((u) => (
              <UsulanKartu key={u.id} u={u} tampilkanPegawai />
            ))}
          </CardContent>
        </Card>
      ) : null}

      {data.diputus.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("diputus")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {data.diputus.map((u) => (
              <UsulanKartu key={u.id} u={u} tampilkanPegawai />
            ))}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
