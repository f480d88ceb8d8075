import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { keluarAction } from "@/app/actions/sesi";
import { BahasaSwitch } from "@/components/bahasa-switch";
import { LoncengNotifikasi } from "@/components/lonceng-notifikasi";
import { PeranSwitch } from "@/components/peran-switch";
import { Button } from "@/components/ui/button";
import { DASBOR_PERAN, PERAN } from "@/lib/policy";
import { getPeranAktif } from "@/lib/server/request-context";
import type { ServiceContext } from "@/lib/services/context";
import { daftarNotifikasi } from "@/lib/services/notifikasi";

export async function AppHeader({ ctx }: { ctx: ServiceContext }) {
  const t = await getTranslations("nav");
  const tp = await getTranslations("peran");
  const aktif = await getPeranAktif(ctx);
  const labels = Object.fromEntries(PERAN.map((p) => [p, tp(p)]));
  const peran = ctx.actor.peran;
  const bolehAudit = peran.includes("AUDITOR") || peran.includes("ADMIN");
  // links to pages the actor may open; the pages decide again through lib/policy
  const pimpinan = peran.includes("PIMPINAN");
  const atasan = pimpinan || peran.includes("PPK") || peran.includes("ATASAN_PPK");
  const bolehKalibrasi = pimpinan || bolehAudit;
  const bolehAnalitik = peran.includes("ADMIN") || ctx.actor.memimpinSubunit;
  const tn = await getTranslations("notifikasi");
  const format = await getFormatter();
  const notif = await daftarNotifikasi(ctx, { batas: 8 });
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={aktif ? `/dasbor/${DASBOR_PERAN[aktif]}` : "/dasbor"} className="text-lg font-bold text-primary">
          Kinerja
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LoncengNotifikasi
            belum={notif.belumDibaca}
            items={notif.items.map((n) => ({ id: n.id, judul: n.judul, tautan: n.tautan, dibaca: n.dibacaAt !== null, waktu: format.relativeTime(n.createdAt) }))}
            label={{ judul: tn("judul"), semua: tn("semua"), tandaiSemua: tn("tandaiSemua"), kosong: tn("kosongSemua"), belumDibaca: tn("belumDibaca") }}
          />
          <PeranSwitch peran={[...ctx.actor.peran]} aktif={aktif} labels={labels} judul={t("peran")} />
          <BahasaSwitch />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pb-2">
        <nav aria-label={t("utama")} className="flex flex-wrap gap-1 text-sm">
          <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/dasbor">
            {t("dasbor")}
          </Link>
          <Link className="rounded-md px-2 py-1 hover:bg-muted" href={`/pegawai/${ctx.actor.pegawaiId}`}>
            {t("profil")}
          </Link>
          <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/organisasi">
            {t("organisasi")}
          </Link>
          <Link className="rounded-md px-2 py-1 hover:bg-muted" href={atasan ? "/pengembangan" : "/pengembangan/saya"}>
            {t("pengembangan")}
          </Link>
          {bolehKalibrasi ? (
            <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/kalibrasi">
              {t("kalibrasi")}
            </Link>
          ) : null}
          {bolehAnalitik ? (
            <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/analitik">
              {t("analitik")}
            </Link>
          ) : null}
          <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/pengaturan">
            {t("pengaturan")}
          </Link>
          {bolehAudit ? (
            <Link className="rounded-md px-2 py-1 hover:bg-muted" href="/dasbor/auditor">
              {t("audit")}
            </Link>
          ) : null}
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span className="max-w-[14rem] truncate text-muted-foreground" data-testid="nama-pengguna">
            {ctx.actor.nama}
          </span>
          <form action={keluarAction}>
            <Button type="submit" variant="ghost" size="sm">
              {t("keluar")}
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
