import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { formatNilai } from "@/lib/domain/skp";
import type { getProgresTim } from "@/lib/services/realisasi";
import { ProgresBar } from "./progres";

type Data = Awaited<ReturnType<typeof getProgresTim>>;

/** The PPK's team as realisations come in (the page re-renders live): progress, who is behind, latest entries. */
export async function ProgresTim({ data }: { data: Data }) {
  const t = await getTranslations("progresTim");
  const format = await getFormatter();
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>{t("judul")}</CardTitle>
          <CardDescription>{data.checkpointKini ? t("penjelasan", { checkpoint: data.checkpointKini }) : t("penjelasanTanpa")}</CardDescription>
        </CardHeader>
        <CardContent>
          {data.bawahan.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("kosong")}</p>
          ) : (
            <Table label={t("judul")} data-testid="progres-tim">
              <THead>
                <Tr>
                  <Th>{t("kolomNama")}</Th>
                  <Th className="min-w-[9rem]">{t("kolomProgres")}</Th>
                  <Th>{t("kolomStatus")}</Th>
                  <Th className="hidden sm:table-cell">{t("kolomTerakhir")}</Th>
                </Tr>
              </THead>
              <TBody>
                {data.bawahan.map((b) => (
                  <Tr key={b.skpId} data-testid={`progres-${b.pegawaiId}`}>
                    <Td>
                      <Link className="font-medium text-primary underline" href={`/skp/${b.skpId}/realisasi`}>
                        {b.nama}
                      </Link>
                    </Td>
                    <Td>
                      <ProgresBar persen={b.rataPersen} label={t("progresDari", { nama: b.nama })} />
                      <span className="text-xs text-muted-foreground">{t("ringkas", { tercapai: b.tercapai, jumlah: b.jumlahIki })}</span>
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {b.tertinggal > 0 ? <Badge tone="danger">{t("tertinggal", { n: b.tertinggal })}</Badge> : null}
                        {b.sudahCatatKini ? <Badge tone="success">{t("sudahCatat")}</Badge> : <Badge tone="warning">{t("belumCatat")}</Badge>}
                      </div>
                    </Td>
                    <Td className="hidden text-sm sm:table-cell">{b.terakhirDicatat ? format.relativeTime(b.terakhirDicatat) : "—"}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("aktivitas")}</CardTitle>
        </CardHeader>
        <CardContent>
          {data.aktivitas.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("aktivitasKosong")}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="aktivitas-realisasi" aria-live="polite">
              {data.aktivitas.map((a, i) => (
                <li key={`${a.skpId}-${i}`}>
                  <Link className="font-medium text-primary underline" href={`/skp/${a.skpId}/realisasi?cp=${a.urutan}`}>
                    {a.nama}
                  </Link>
                  {` — ${a.indikator}: `}
                  <span className="font-medium">{formatNilai(a.nilai, a.satuan)}</span>
                  <span className="block text-xs text-muted-foreground">{`${a.checkpoint} · ${format.relativeTime(a.waktu)}`}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
