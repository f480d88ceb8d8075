import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusUsulanBadge } from "@/components/pengembangan/usulan-kartu";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BARIS_TALENTA, KOLOM_TALENTA, type BarisTalenta, type KolomTalenta } from "@/lib/domain/pengembangan";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireContext } from "@/lib/server/request-context";
import { getPetaTalenta } from "@/lib/services/pengembangan";

export async function generateMetadata() {
  const t = await getTranslations("pengembangan");
  return { title: t("talenta") };
}

const WARNA: Record<BarisTalenta, string> = { TINGGI: "bg-emerald-50", SEDANG: "bg-sky-50", RENDAH: "bg-amber-50" };

/** The talent grid of the leader's subtree: latest annual predikat × trend against the year before; a cell filters the list. */
export default async function TalentaPage({ searchParams }: { searchParams: Promise<{ unit?: string; sel?: string }> }) {
  const sp = await searchParams;
  const ctx = await requireContext();
  const peta = await orNotFound(getPetaTalenta(ctx, { unitId: sp.unit }));
  const t = await getTranslations("pengembangan");
  const tp = await getTranslations("predikat");
  const [selBaris, selKolom] = (sp.sel ?? "").split("-") as [BarisTalenta | undefined, KolomTalenta | undefined];
  const terpilih = BARIS_TALENTA.includes(selBaris as BarisTalenta) && KOLOM_TALENTA.includes(selKolom as KolomTalenta);
  const daftar = terpilih ? peta.pegawai.filter((p) => p.baris === selBaris && p.kolom === selKolom) : peta.pegawai;
  const href = (b: BarisTalenta, k: KolomTalenta) => `/pengembangan/talenta?${new URLSearchParams({ ...(sp.unit ? { unit: sp.unit } : {}), sel: `${b}-${k}` })}`;
  return (
    <>
      <PageHeader title={t("talenta")} description={`${peta.unit.nama} · ${t("talentaPenjelasan")}`} />
      <Card>
        <CardHeader>
          <CardTitle>{t("petaTalenta")}</CardTitle>
          <CardDescription>{t("petaPenjelasan", { tanpa: peta.tanpaPredikat })}</CardDescription>
        </CardHeader>
        <CardContent>
          <div className="grid grid-cols-[5.5rem_repeat(3,minmax(0,1fr))] gap-1 text-sm sm:grid-cols-[12rem_repeat(3,minmax(0,1fr))]" role="table" aria-label={t("petaTalenta")}>
            <div role="row" className="contents">
              <span role="columnheader" className="p-1" />
              {KOLOM_TALENTA.map((k) => (
                <span role="columnheader" key={k} className="p-1 text-center text-xs font-medium break-words text-muted-foreground">
                  {t(`kolom.${k}`)}
                </span>
              ))}
            </div>
            {BARIS_TALENTA.map((b) => (
              <div role="row" className="contents" key={b}>
                <span role="rowheader" className="flex items-center p-1 text-xs font-medium break-words text-muted-foreground">
                  {t(`baris.${b}`)}
                </span>
                {KOLOM_TALENTA.map((k) => {
                  const aktif = selBaris === b && selKolom === k;
                  return (
                    <Link
                      role="cell"
                      key={k}
                      href={href(b, k)}
                      aria-current={aktif ? "true" : undefined}
                      aria-label={`${t(`baris.${b}`)}, ${t(`kolom.${k}`)}: ${peta.jumlah[b][k]}`}
                      data-testid={`sel-${b}-${k}`}
                      className={`flex min-h-16 flex-col items-center justify-center rounded-md border p-2 ${WARNA[b]} ${aktif ? "border-foreground ring-2 ring-ring" : "border-border"}`}
                    >
                      <span className="text-2xl font-bold tabular-nums">{peta.jumlah[b][k]}</span>
                    </Link>
                  );
                })}
              </div>
            ))}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{terpilih ? `${t(`baris.${selBaris!}`)} · ${t(`kolom.${selKolom!}`)}` : t("semuaPegawai")}</CardTitle>
          <CardDescription>
            {t("jumlahPegawai", { n: daftar.length })}
            {terpilih ? (
              <>
                {" · "}
                <Link className="underline" href={sp.unit ? `/pengembangan/talenta?unit=${sp.unit}` : "/pengembangan/talenta"}>
                  {t("tampilkanSemua")}
                </Link>
              </>
            ) : null}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ul className="flex flex-col divide-y divide-border">
            {daftar.map((p) => (
              <li key={p.pegawaiId} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between" data-testid="talenta">
                <div className="min-w-0">
                  <div className="font-medium break-words">{p.nama}</div>
                  <div className="text-xs break-words text-muted-foreground">{[p.jabatan, p.unit].filter(Boolean).join(" · ")}</div>
                  <div className="text-xs">{p.riwayat.map((r) => `${r.tahun}: ${tp(r.predikat)}`).join(" · ")}</div>
                </div>
                <div className="flex flex-wrap gap-1">
                  {p.usulan.map((u) => (
                    <Link key={u.id} href={`/pengembangan/usulan/${u.id}`} className="inline-flex items-center gap-1 text-xs underline">
                      {t(`jenis.${u.jenis}`)} <StatusUsulanBadge status={u.status} />
                    </Link>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </>
  );
}
