import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { orNotFound } from "@/lib/server/or-not-found";
import { getAngkaKreditPegawai } from "@/lib/services/angka-kredit";
import type { ServiceContext } from "@/lib/services/context";

/** A pegawai's own credit points over the years (profile page); nothing when there are none. Same visibility as the profile. */
export async function AngkaKreditPegawai({ ctx, pegawaiId }: { ctx: ServiceContext; pegawaiId: string }) {
  const data = await orNotFound(getAngkaKreditPegawai(ctx, pegawaiId));
  if (data.baris.length === 0) return null;
  const t = await getTranslations("angkaKredit.profil");
  const tp = await getTranslations("predikat");
  const tj = await getTranslations("jenjang");
  const format = await getFormatter();
  const dua = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("judul")}</CardTitle>
      </CardHeader>
      <CardContent>
        <Table label={t("tabel")} data-testid="angka-kredit-pegawai">
          <THead>
            <Tr>
              <Th>{t("tahun")}</Th>
              <Th>{t("jabatan")}</Th>
              <Th>{t("predikat")}</Th>
              <Th className="text-right">{t("bulan")}</Th>
              <Th className="text-right">{t("nilai")}</Th>
            </Tr>
          </THead>
          <TBody>
            {data.baris.map((b, i) => (
              <Tr key={`${b.tahun}-${i}`}>
                <Td className="font-medium tabular-nums">{b.tahun}</Td>
                <Td className="min-w-40">
                  {b.jabatan}
                  <div className="text-xs text-muted-foreground">{tj(b.jenjang)}</div>
                </Td>
                <Td className="whitespace-nowrap">{tp(b.predikat)}</Td>
                <Td className="text-right tabular-nums">{b.bulan}</Td>
                <Td className="text-right font-medium tabular-nums">{dua(b.nilai)}</Td>
              </Tr>
            ))}
          </TBody>
          {data.baris.length > 1 ? (
            <tfoot className="border-t-2 border-border font-semibold">
              <Tr>
                <Th scope="row" colSpan={4} className="text-foreground">
                  {t("total")}
                </Th>
                <Td className="text-right tabular-nums">{dua(data.total)}</Td>
              </Tr>
            </tfoot>
          ) : null}
        </Table>
      </CardContent>
    </Card>
  );
}
