import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { UsulanRingkas } from "@/lib/services/pengembangan";

const TONE = { DIUSULKAN: "info", DISETUJUI: "success", DITOLAK: "danger", SELESAI: "neutral" } as const;

export async function StatusUsulanBadge({ status }: { status: UsulanRingkas["status"] }) {
  const t = await getTranslations("pengembangan.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

/** One proposal in a list: kind, programme or trainings, status, basis, reason, decision. */
export async function UsulanKartu({ u, tampilkanPegawai = false, children }: { u: UsulanRingkas; tampilkanPegawai?: boolean; children?: React.ReactNode }) {
  const t = await getTranslations("pengembangan");
  const tp = await getTranslations("predikat");
  const format = await getFormatter();
  const judul = u.diklatNama ?? t(`jenis.${u.jenis}`);
  return (
    <article className="flex flex-col gap-2 rounded-md border border-border p-3" data-testid="usulan" data-usulan-id={u.id} data-status={u.status} data-jenis={u.jenis}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-muted-foreground">{t(`jenis.${u.jenis}`)}</p>
          <h3 className="font-semibold break-words">
            <Link className="underline-offset-2 hover:underline" href={`/pengembangan/usulan/${u.id}`}>
              {tampilkanPegawai ? `${u.pegawaiNama} — ${judul}` : judul}
            </Link>
          </h3>
        </div>
        <StatusUsulanBadge status={u.status} />
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {u.predikat ? (
          <>
            <dt className="text-muted-foreground">{t("dasar")}</dt>
            <dd>{t("dasarPredikat", { predikat: tp(u.predikat), tahun: u.tahun ?? "" })}</dd>
          </>
        ) : null}
        {u.diklatTambahan.length ? (
          <>
            <dt className="text-muted-foreground">{u.jenis === "RENCANA_PENGEMBANGAN" ? t("diklatDisepakati") : t("diklatPendamping")}</dt>
            <dd>
              <ul className="list-inside list-disc">
                {u.diklatTambahan.map((d) => (
                  <li key={d.id}>
                    {`${d.nama} (${t("jamPelajaran", { jam: d.jam })})`}
                    {d.selesai ? ` — ${t("status.SELESAI")}` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {u.tanggalTinjau ? (
          <>
            <dt className="text-muted-foreground">{t("tanggalTinjau")}</dt>
            <dd>{format.dateTime(new Date(u.tanggalTinjau), { dateStyle: "long" })}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{t("diusulkanOleh")}</dt>
        <dd>{`${u.diusulkanOlehNama} · ${format.dateTime(u.createdAt, { dateStyle: "medium" })}`}</dd>
        <dt className="text-muted-foreground">{t("alasan")}</dt>
        <dd className="break-words whitespace-pre-line">{u.alasan}</dd>
        {u.diputusOlehNama ? (
          <>
            <dt className="text-muted-foreground">{t("keputusan")}</dt>
            <dd className="break-words" data-testid="keputusan">
              {`${u.diputusOlehNama}${u.diputusAt ? ` · ${format.dateTime(u.diputusAt, { dateStyle: "medium" })}` : ""}${u.alasanKeputusan ? `: ${u.alasanKeputusan}` : ""}`}
            </dd>
          </>
        ) : null}
      </dl>
      {children}
    </article>
  );
}

/** Hours this year against the target, as a bar with its numbers. */
export async function ProgresJam({ total, target, persen, tahun }: { total: number; target: number; persen: number; tahun: number }) {
  const t = await getTranslations("pengembangan");
  const format = await getFormatter();
  const teks = t("jamTahunIni", { tahun, total: format.number(total, { maximumFractionDigits: 1 }), target });
  return (
    <div className="flex flex-col gap-1" data-testid="progres-jam">
      <p className="text-sm">{teks}</p>
      <div role="progressbar" aria-label={teks} aria-valuemin={0} aria-valuemax={100} aria-valuenow={persen} className="h-3 w-full overflow-hidden rounded-full bg-muted">
        <div className={`h-full ${persen >= 100 ? "bg-emerald-600" : "bg-sky-600"}`} style={{ width: `${persen}%` }} />
      </div>
    </div>
  );
}
