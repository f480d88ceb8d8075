import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { can } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden } from "./errors";
import { aktifPada } from "./hierarki";
import { getPeriodeAktif, listPeriode } from "./periode";
import { ringkasanCached } from "./ringkasan-cache";

type AngkaInstansi = { unit: number; jabatan: number; pegawai: number; tanpa_penugasan: number; jabatan_kosong: number; plt_plh: number; tanpa_skp: number };

export async function getDasborAdmin(ctx: ServiceContext) {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const instansiId = ctx.actor.instansiId;
  const periode = await getPeriodeAktif(ctx.db, instansiId, ctx.today);
  const [{ value: [angka], at: dihitungAt }, jenisJabatan, periodeList] = await Promise.all([
    ringkasanCached(ctx.db, `instansi:${instansiId}:${periode?.id}:${ctx.today}`, () =>
      queryRows<AngkaInstansi>(
        ctx.db,
        sql`select
              (select count(*)::int from unit_kerja where instansi_id = ${instansiId}) as unit,
              (select count(*)::int from jabatan where instansi_id = ${instansiId}) as jabatan,
              (select count(*)::int from pegawai where instansi_id = ${instansiId} and aktif) as pegawai,
              (select count(*)::int from pegawai pg where pg.instansi_id = ${instansiId} and pg.aktif
                 and not exists (select 1 from penugasan p where p.pegawai_id = pg.id and ${aktifPada("p", ctx.today)})) as tanpa_penugasan,
              (select count(*)::int from jabatan j where j.instansi_id = ${instansiId} and j.kepala_unit
                 and not exists (select 1 from penugasan p where p.jabatan_id = j.id and ${aktifPada("p", ctx.today)})) as jabatan_kosong,
              (select count(*)::int from penugasan p join pegawai pg on pg.id = p.pegawai_id
                 where pg.instansi_id = ${instansiId} and p.jenis <> 'DEFINITIF' and ${aktifPada("p", ctx.today)}) as plt_plh,
              (select count(*)::int from penugasan p join pegawai pg on pg.id = p.pegawai_id
                 where pg.instansi_id = ${instansiId} and p.jenis = 'DEFINITIF' and ${aktifPada("p", ctx.today)}
                   and not exists (select 1 from skp s where s.penugasan_id = p.id and s.periode_id = ${periode?.id ?? null})) as tanpa_skp`,
      ),
    ),
    queryRows<{ jenis: string; n: number }>(
      ctx.db,
      sql`select jenis, count(*)::int as n from jabatan where instansi_id = ${instansiId} group by jenis order by jenis`,
    ),
    listPeriode(ctx),
  ]);
  return {
    periode,
    angka: {
      unit: Number(angka?.unit ?? 0),
      jabatan: Number(angka?.jabatan ?? 0),
      pegawai: Number(angka?.pegawai ?? 0),
      tanpaPenugasan: Number(angka?.tanpa_penugasan ?? 0),
      jabatanKosong: Number(angka?.jabatan_kosong ?? 0),
      pltPlh: Number(angka?.plt_plh ?? 0),
      tanpaSkp: Number(angka?.tanpa_skp ?? 0),
    },
    jenisJabatan: jenisJabatan.map((j) => ({ jenis: j.jenis, n: Number(j.n) })),
    periodeList,
    dihitungAt: new Date(dihitungAt),
  };
}

/** Acting assignments (Plt/Plh) active today, for the admin's attention. */
export async function listPenugasanSementara(ctx: ServiceContext) {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  return queryRows<{ nama: string; nip: string; jenis: string; jabatan: string; unit: string; mulai: string; selesai: string | null }>(
    ctx.db,
    sql`select pg.nama, pg.nip, p.jenis, j.nama as jabatan, u.nama as unit, p.mulai::text as mulai, p.selesai::text as selesai
          from penugasan p join pegawai pg on pg.id = p.pegawai_id join jabatan j on j.id = p.jabatan_id join unit_kerja u on u.id = j.unit_id
         where pg.instansi_id = ${ctx.actor.instansiId} and p.jenis <> 'DEFINITIF' and ${aktifPada("p", ctx.today)}
         order by p.mulai desc limit 50`,
  );
}

export async function listAuditLog(ctx: ServiceContext, opts: { limit?: number } = {}) {
  if (!can(ctx.actor, { aksi: "audit.lihat", instansiId: ctx.actor.instansiId })) throw forbidden();
  return queryRows<{ id: number; waktu: string; aktor: string | null; aksi: string; entitas: string; entitas_id: string }>(
    ctx.db,
    sql`select a.id, a.waktu::text as waktu, pg.nama as aktor, a.aksi, a.entitas, a.entitas_id
          from audit_log a left join pegawai pg on pg.id = a.aktor_id
         where a.aktor_id is null or pg.instansi_id = ${ctx.actor.instansiId}
         order by a.id desc limit ${opts.limit ?? 50}`,
  );
}

const HALAMAN = 50;

/** People of the instansi for the admin: search by name or NIP, with their current position. */
export async function cariPegawai(ctx: ServiceContext, opts: { q?: string; halaman?: number }) {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const q = (opts.q ?? "").trim().slice(0, 100);
  const halaman = Math.max(1, Math.floor(opts.halaman ?? 1));
  const filter = q
    ? /^[\d\s]+$/.test(q)
      ? sql`and pg.nip like ${`${q.replace(/\s+/g, "")}%`}`
      : sql`and pg.nama ilike ${`%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}`
    : sql``;
  const rows = await queryRows<{ id: string; nama: string; nip: string; status: string; golongan: string; aktif: boolean; jabatan: string | null; unit: string | null; total: number }>(
    ctx.db,
    sql`select pg.id, pg.nama, pg.nip, pg.status, pg.golongan, pg.aktif, j.nama as jabatan, u.nama as unit, count(*) over ()::int as total
          from pegawai pg
          left join lateral (select p.jabatan_id from penugasan p where p.pegawai_id = pg.id and ${aktifPada("p", ctx.today)}
                              order by (p.jenis = 'DEFINITIF') desc, p.mulai desc limit 1) p on true
          left join jabatan j on j.id = p.jabatan_id left join unit_kerja u on u.id = j.unit_id
         where pg.instansi_id = ${ctx.actor.instansiId} ${filter}
         order by pg.nama, pg.nip
         limit ${HALAMAN} offset ${(halaman - 1) * HALAMAN}`,
  );
  const total = Number(rows[0]?.total ?? 0);
  return { q, halaman, jumlahHalaman: Math.max(1, Math.ceil(total / HALAMAN)), total, pegawai: rows.map(({ total: _t, ...r }) => r) };
}
