import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgresJam, StatusUsulanBadge } from "@/components/pengembangan/usulan-kartu";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServiceContext } from "@/lib/services/context";
import { getPengembanganPegawai } from "@/lib/services/pengembangan";

/** The pegawai dashboard's development card: this year's training hours and the open proposals. */
export async function PengembanganRingkas({ ctx }: { ctx: ServiceContext }) {
  const data = await getPengembanganPegawai(ctx);
  const t = await getTranslations("pengembangan");
  const terbuka = data.usulan.filter((u) => u.status === "DIUSULKAN" || u.status === "DISETUJUI").slice(0, 3);
  return (
    <Card data-testid="kartu-pengembangan">
      <CardHeader>
        <CardTitle>{t("dasbor")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <ProgresJam total={data.jam.total} target={data.jam.target} persen={data.jam.persen} tahun={data.tahun} />
        {terbuka.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {terbuka.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-2">
                <Link className="underline" href={`/pengembangan/usulan/${u.id}`}>
                  {u.diklatNama ?? t(`jenis.${u.jenis}`)}
                </Link>
                <StatusUsulanBadge status={u.status} />
              </li>
            ))}
          </ul>
        ) : null}
        <Link className="text-sm text-primary underline" href="/pengembangan/saya">
          {t("buka")}
        </Link>
      </CardContent>
    </Card>
  );
}
