import { getTranslations } from "next-intl/server";
import { ProgresBar } from "@/components/realisasi/progres";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { IkiProgres } from "@/lib/services/dasbor";

export async function IndikatorTable({ indikator }: { indikator: IkiProgres[] }) {
  const t = await getTranslations("indikator");
  const ta = await getTranslations("aspek");
  if (indikator.length === 0) return <p className="text-sm text-muted-foreground">{t("kosong")}</p>;
  return (
    <Table label={t("judul")}>
      <THead>
        <Tr>
          <Th>{t("rhk")}</Th>
          <Th>{t("indikator")}</Th>
          <Th className="text-right">{t("target")}</Th>
          <Th className="text-right">{t("realisasi")}</Th>
          <Th className="min-w-[8rem]">{t("capaian")}</Th>
        </Tr>
      </THead>
      <TBody>
        {indikator.map((i) => (
          <Tr key={i.ikiId}>
            <Td className="max-w-[18rem]">{i.rhk}</Td>
            <Td className="max-w-[18rem]">
              <span className="mr-1 text-xs font-medium text-muted-foreground">{ta(i.aspek as "KUANTITAS")}</span>
              {i.indikator}
            </Td>
            <Td className="text-right whitespace-nowrap">{`${i.target} ${i.satuan ?? ""}`.trim()}</Td>
            <Td className="text-right whitespace-nowrap">{i.realisasi ?? "—"}</Td>
            <Td>
              {i.persen === null ? (
                <span className="text-muted-foreground">—</span>
              ) : (
                <ProgresBar persen={i.persen} label={t("capaianDari", { indikator: i.indikator })} />
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
