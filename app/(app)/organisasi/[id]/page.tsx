import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageHeader } from "@/components/page-header";
import { PenugasanBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatNip } from "@/lib/domain";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getDetailUnit } from "@/lib/services/organisasi";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  const data = await orNotFound(getDetailUnit(ctx, id));
  const t = await getTranslations("organisasi");
  const tj = await getTranslations("jenisJabatan");
  const tjj = await getTranslations("jenjang");
  return (
    <>
      <Breadcrumbs
        label={t("jejak")}
        items={[{ href: "/organisasi", nama: t("judul") }, ...data.jejak.map((j) => ({ href: `/organisasi/${j.id}`, nama: j.nama }))]}
        current={data.unit.nama}
      />
      <PageHeader title={data.unit.nama} />
      {data.anak.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("unitDiBawah")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
              {data.anak.map((a) => (
                <li key={a.id}>
                  <Link className="text-primary underline" href={`/organisasi/${a.id}`}>
                    {a.nama}
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("jabatanDanPegawai")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Table label={t("jabatanDanPegawai")}>
            <THead>
              <Tr>
                <Th>{t("kolomJabatan")}</Th>
                <Th>{t("kolomPemegang")}</Th>
                <Th>{t("kolomAtasan")}</Th>
              </Tr>
            </THead>
            <TBody>
              {data.jabatan.map((j) => (
                <Tr key={`${j.jabatanId}-${j.pegawaiId ?? "kosong"}`}>
                  <Td>
                    <span className="font-medium">{j.jabatan}</span>
                    <div className="flex flex-wrap gap-1 pt-1">
                      <Badge>{tj(j.jenisJabatan as "JPT")}</Badge>
                      {j.jenjang ? <Badge>{tjj(j.jenjang as "AHLI_PERTAMA")}</Badge> : null}
                      {j.kepalaUnit ? <Badge tone="info">{t("kepalaUnit")}</Badge> : null}
                    </div>
                  </Td>
                  <Td>
                    {j.nama ? (
                      <>
                        <span>{j.nama}</span>{" "}
                        <PenugasanBadge jenis={j.jenisPenugasan} />
                        <div className="text-xs text-muted-foreground">
                          {formatNip(j.nip ?? "")} · {j.golongan}
                        </div>
                      </>
                    ) : (
                      <Badge tone="warning">{t("kosong")}</Badge>
                    )}
                  </Td>
                  <Td>{j.atasanJabatan ?? "—"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </CardContent>
      </Card>
    </>
  );
}
