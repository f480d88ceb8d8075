import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

export async function AuditTable({ rows }: { rows: Array<{ id: number; waktu: string; aktor: string | null; aksi: string; entitas: string; entitas_id: string }> }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{t("kosong")}</p>;
  return (
    <Table label={t("judul")}>
      <THead>
        <Tr>
          <Th>{t("waktu")}</Th>
          <Th>{t("aktor")}</Th>
          <Th>{t("aksi")}</Th>
          <Th>{t("entitas")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap">{format.dateTime(new Date(r.waktu), { dateStyle: "short", timeStyle: "short" })}</Td>
            <Td>{r.aktor ?? t("sistem")}</Td>
            <Td className="font-mono text-xs">{r.aksi}</Td>
            <Td className="text-xs">
              {r.entitas} <span className="text-muted-foreground">{r.entitas_id.slice(0, 8)}</span>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
