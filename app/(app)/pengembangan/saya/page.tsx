import { getFormatter, getTranslations } from "next-intl/server";
import { PelatihanForm } from "@/components/pengembangan/pelatihan-form";
import { ProgresJam, UsulanKartu } from "@/components/pengembangan/usulan-kartu";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getPengembanganPegawai } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("saya") };
}

/** The pegawai's own development: proposals and plans, completed trainings, this year's hours against the target. */
export default async function PengembanganSayaPage() {
  const ctx = await requireContext();
  const data = await orNotFound(getPengembanganPegawai(ctx));
  const t = await getTranslations("pengembangan");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("saya")} description={t("sayaPenjelasan")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("jamPelatihan")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ProgresJam total={data.jam.total} target={data.jam.target} persen={data.jam.persen} tahun={data.tahun} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("usulanSaya")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {data.usulan.length === 0 ? <p className="text-sm text-muted-foreground">{t("belumAdaUsulan")}</p> : null}
          {data.usulan.map((u) => (
            <UsulanKartu key={u.id} u={u} />
          ))}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("riwayatPelatihan")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {data.pelatihan.length ? (
            <Table label={t("riwayatPelatihan")}>
              <THead>
                <Tr>
                  <Th>{t("namaPelatihan")}</Th>
                  <Th className="text-right">{t("jam")}</Th>
                  <Th>{t("tanggalSelesai")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.pelatihan.map((p) => (
                  <Tr key={p.id}>
                    <Td>{p.nama}</Td>
                    <Td className="text-right tabular-nums">{format.number(p.jam, { maximumFractionDigits: 1 })}</Td>
                    <Td className="whitespace-nowrap">{format.dateTime(new Date(p.tanggalSelesai), { dateStyle: "medium" })}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          ) : (
            <p className="text-sm text-muted-foreground">{t("belumAdaPelatihan")}</p>
          )}
          {data.bolehCatat ? (
            <section className="flex flex-col gap-2 border-t border-border pt-3">
              <h3 className="font-medium">{t("catatPelatihan")}</h3>
              <PelatihanForm pilihan={data.katalog} bebas hariIni={ctx.today} />
            </section>
          ) : null}
        </CardContent>
      </Card>
    </>
  );
}
