import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DaftarChip } from "@/components/daftar-chip";
import { TetapkanBanyak } from "@/components/evaluasi/tetapkan-banyak";
import { PageHeader } from "@/components/page-header";
import { PredikatBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getEvaluasiTim } from "@/lib/services/evaluasi";

export async function generateMetadata() {
  const t = await getTranslations("evaluasi");
  return { title: t("timJudul") };
}

/** The PPK's team for one checkpoint or the year: each evaluation's state, and setting several at once. */
export default async function EvaluasiTimPage({ searchParams }: { searchParams: Promise<{ cp?: string }> }) {
  const ctx = await requireContext();
  const { cp } = await searchParams;
  const pilihan = cp === "tahunan" ? "tahunan" : cp && /^\d{1,2}$/.test(cp) ? Number(cp) : undefined;
  const data = await orNotFound(getEvaluasiTim(ctx, pilihan));
  const t = await getTranslations("evaluasi");
  const ts = await getTranslations("status.evaluasi");
  const tahunan = data.pilihan === "tahunan";
  const namaPilihan = tahunan ? t("tahunan", { tahun: data.periode?.tahun ?? "" }) : (data.checkpoint.find((c) => c.urutan === data.pilihan)?.nama ?? "");
  const tautan = (skpId: string) => `/evaluasi/${skpId}?${tahunan ? "tahunan=1" : `cp=${data.pilihan}`}`;
  return (
    <>
      <PageHeader title={t("timJudul")} description={data.periode?.nama}>
        <Link className={buttonVariants({ variant: "outline", size: "sm" })} href="/dasbor/ppk">
          {t("keDasbor")}
        </Link>
      </PageHeader>
      <DaftarChip
        id="daftar-periode-evaluasi"
        label={t("pilihPeriode")}
        chips={[
          ...data.checkpoint.map((c) => ({ href: `/evaluasi?cp=${c.urutan}`, nama: c.nama.replace(/ \d{4}$/, ""), aktif: c.urutan === data.pilihan })),
          { href: "/evaluasi?cp=tahunan", nama: t("tahunanPendek"), aktif: tahunan },
        ]}
      />
      <Card>
        <CardHeader>
          <CardTitle data-testid="evaluasi-pilihan">{namaPilihan}</CardTitle>
          <CardDescription>{tahunan && !data.tahunanDibuka ? t("tahunanBelumDibuka") : t("timPenjelasan")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {data.baris.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("timKosong")}</p>
          ) : (
            <Table label={t("timJudul")}>
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th className="hidden sm:table-cell">{t("kolomJabatan")}</Th>
                  <Th>{t("kolomStatus")}</Th>
                  <Th>{t("kolomPredikat")}</Th>
                  <Th>
                    <span className="sr-only">{t("kolomAksi")}</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {data.baris.map((b) => (
                  <Tr key={b.skpId} data-testid={`evaluasi-baris-${b.pegawaiId}`}>
                    <Td>
                      <span className="font-medium">{b.nama}</span>
                      <div className="text-xs text-muted-foreground">{b.nip}</div>
                    </Td>
                    <Td className="hidden sm:table-cell">{b.jabatan}</Td>
                    <Td>
                      <Badge tone={b.status === "BELUM" ? "neutral" : b.status === "DRAFT" ? "warning" : "success"}>{b.status === "BELUM" ? t("belumDimulai") : ts(b.status)}</Badge>
                      {b.diterima ? <div className="text-xs text-muted-foreground">{t("sudahDiterima")}</div> : null}
                    </Td>
                    <Td>
                      <PredikatBadge predikat={b.predikat} keadaan={b.keadaan} />
                    </Td>
                    <Td className="text-right">
                      <Link className={buttonVariants({ variant: b.status === "BELUM" || b.status === "DRAFT" ? "default" : "outline", size: "sm" })} href={tautan(b.skpId)}>
                        {b.status === "BELUM" || b.status === "DRAFT" ? t("evaluasiTombol") : t("lihatTombol")}
                        <span className="sr-only">{` ${b.nama}`}</span>
                      </Link>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          <TetapkanBanyak pilihan={data.baris.filter((b) => b.siapDitetapkan).map((b) => ({ evaluasiId: b.evaluasiId!, nama: b.nama }))} />
        </CardContent>
      </Card>
    </>
  );
}
