/**
 * The unit summary for leaders, admin and auditor (/dasbor/pimpinan, its Excel and PDF exports):
 * for a unit subtree, the active period and optional filters (jenis jabatan, golongan), in total and
 * per child unit (plus the staff directly in the unit):
 *  - pegawai (current definitive assignments) by SKP status, and how many had no approved SKP when
 *    the period's deadline for setting SKPs passed;
 *  - the last ended checkpoint: of the approved SKPs covering it, how many recorded a realisation for
 *    it (at least one indicator) and how many have its periodic evaluation set (status other than DRAFT);
 *    of this period's approved SKPs, how many have their annual evaluation set;
 *  - the annual predikat of the latest period that has one (final / in the objection window / under
 *    objection) and that period's objections, open (DIAJUKAN, DIPERIKSA) and decided (DIKABULKAN, DITOLAK);
 * trends per checkpoint of this and the previous period, the predikat of both, and the employees
 * directly in the unit. Everything is counted in SQL grouped by child unit (split_part of the
 * materialised path); aggregates are cached briefly (ringkasan-cache, keys under "instansi:<id>:" so
 * the mutations that drop an instansi's summaries drop these too), the employee list is not.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import { queryRows, uuidList } from "@/db/client";
import { unitKerja } from "@/db/schema";
import type { JenisJabatan, Predikat, StatusSkp } from "@/lib/domain";
import { keadaanPredikat } from "@/lib/domain/evaluasi";
import {
  belumDisetujuiLewatBatas,
  isGolongan,
  isJenisJabatan,
  kosongKeadaan,
  kunciFilter,
  TANPA_FILTER,
  type FilterRingkasan,
  type KeadaanDinilai,
} from "@/lib/domain/ringkasan";
import { can } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden, isianTidakValid, notFound } from "./errors";
import { aktifPada, unitAwal } from "./hierarki";
import { getPeriodeAktif, type PeriodeRingkas } from "./periode";
import { ringkasanCached } from "./ringkasan-cache";

export type StatusSkpAtauBelum = StatusSkp | "BELUM_ADA";
export const STATUS_SKP_RINGKASAN: readonly StatusSkpAtauBelum[] = ["BELUM_ADA", "DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"];

export interface HitunganUnit {
  /** null for the row of the staff directly in the viewed unit. */
  unitId: string | null;
  nama: string;
  pegawai: number;
  statusSkp: Record<StatusSkpAtauBelum, number>;
  /** No approved SKP although the period's deadline for setting SKPs has passed (0 before it). */
  lewatBatasSkp: number;
  /** The last ended checkpoint: approved SKPs covering it, with a realisation for it, with its periodic evaluation set. */
  checkpoint: { skp: number; realisasi: number; evaluasi: number };
  /** This period's approved SKPs and how many have their annual evaluation set. */
  tahunan: { skp: number; ditetapkan: number };
  predikat: Record<Predikat, number>;
  keadaan: Record<KeadaanDinilai, number>;
  dinilai: number;
  keberatan: { terbuka: number; diputus: number };
}

export interface TitikTren {
  urutan: number;
  nama: string;
  skp: number;
  realisasi: number;
  evaluasi: number;
}

export interface TrenRingkasan {
  kini: { periode: { id: string; nama: string; tahun: number }; titik: TitikTren[] } | null;
  lalu: { periode: { id: string; nama: string; tahun: number }; titik: TitikTren[] } | null;
  /** Annual predikat of this and the previous period (zeros where nobody was rated). */
  predikat: Array<{ periode: { id: string; nama: string; tahun: number }; jumlah: Record<Predikat, number>; dinilai: number }>;
}

export interface PegawaiRingkasan {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  golongan: string;
  kepalaUnit: boolean;
  statusSkp: StatusSkpAtauBelum;
  /** Indicators of the approved SKP with a realisation for the last ended checkpoint, of all its indicators. */
  ikiTerealisasi: number | null;
  jumlahIki: number | null;
  predikat: Predikat | null;
  keadaan: KeadaanDinilai | null;
}

export interface DasborPimpinan {
  unit: { id: string; nama: string; jenis: string; parentId: string | null; path: string };
  jejak: Array<{ id: string; nama: string }>;
  filter: FilterRingkasan;
  periode: PeriodeRingkas | null;
  checkpoint: { id: string; urutan: number; nama: string; selesai: string } | null;
  periodePredikat: { id: string; nama: string } | null;
  total: HitunganUnit;
  anak: HitunganUnit[];
  tren: TrenRingkasan;
  pegawai: { baris: PegawaiRingkasan[]; jumlah: number; batas: number };
  unitDipimpin: Array<{ id: string; nama: string }>;
  /** When the counts were taken (summaries are cached briefly, see ringkasan-cache). */
  dihitungAt: Date;
}

/** At most this many employees are listed directly in a unit (the count says how many there are). */
export const BATAS_DAFTAR_PEGAWAI = 200;

const kosongStatus = (): Record<StatusSkpAtauBelum, number> => ({ DRAFT: 0, DIAJUKAN: 0, REVISI: 0, DISETUJUI: 0, BELUM_ADA: 0 });
const kosongPredikat = (): Record<Predikat, number> => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
const kosongHitungan = (unitId: string | null, nama: string): HitunganUnit => ({
  unitId, nama, pegawai: 0, statusSkp: kosongStatus(), lewatBatasSkp: 0, checkpoint: { skp: 0, realisasi: 0, evaluasi: 0 },
  tahunan: { skp: 0, ditetapkan: 0 }, predikat: kosongPredikat(), keadaan: kosongKeadaan(), dinilai: 0, keberatan: { terbuka: 0, diputus: 0 },
});

export interface MasukanRingkasan {
  unit?: string | null;
  jenisJabatan?: string | null;
  golongan?: string | null;
}

/** Validates the filters: an unknown jenis jabatan or golongan is INPUT_TIDAK_VALID (pages drop them earlier, see filterDariParam). */
function filterDari(input: MasukanRingkasan): FilterRingkasan {
  const jenis = input.jenisJabatan || null;
  const golongan = input.golongan || null;
  if (jenis !== null && !isJenisJabatan(jenis)) throw isianTidakValid("JENIS_JABATAN_TIDAK_DIKENAL", "jenisJabatan");
  if (golongan !== null && !isGolongan(golongan)) throw isianTidakValid("GOLONGAN_TIDAK_DIKENAL", "golongan");
  return { jenisJabatan: jenis, golongan };
}

/** The filter conditions on `j` (jabatan) and `pg` (pegawai). */
function saringan(f: FilterRingkasan): SQL {
  return sql`${f.jenisJabatan ? sql`and j.jenis = ${f.jenisJabatan}` : sql``} ${f.golongan ? sql`and pg.golongan = ${f.golongan}` : sql``}`;
}

/** Joins pegawai `pg` only when a golongan filter needs it (it is the largest table of the join). */
const joinPegawai = (f: FilterRingkasan, kolom: string) => (f.golongan ? sql`join pegawai pg on pg.id = ${sql.raw(kolom)}` : sql``);

type Unit = { id: string; nama: string; jenis: string; parentId: string | null; path: string; level: number; instansiId: string };

/** The unit asked for (or the actor's own, or for admin/auditor the instansi's root) if the actor may summarise it; otherwise not found. */
async function unitYangBoleh(ctx: ServiceContext, unitId: string | null | undefined): Promise<Unit> {
  const { db, actor } = ctx;
  const targetId = unitId || (await unitAwal(ctx));
  if (!targetId || !/^[0-9a-f-]{36}$/i.test(targetId)) throw notFound("unit");
  const [unit] = await db
    .select({ id: unitKerja.id, nama: unitKerja.nama, jenis: unitKerja.jenis, parentId: unitKerja.parentId, path: unitKerja.path, level: unitKerja.level, instansiId: unitKerja.instansiId })
    .from(unitKerja)
    .where(eq(unitKerja.id, targetId));
  if (!unit || !can(actor, { aksi: "unit.ringkasan", unit })) throw forbidden();
  return unit;
}

/** The counts per child unit ("" = directly in the unit). */
async function hitungPerAnak(
  ctx: ServiceContext,
  unit: Unit,
  f: FilterRingkasan,
  periode: PeriodeRingkas | null,
  cp: { id: string; mulai: string; selesai: string } | null,
  periodePredikat: { id: string } | null,
) {
  const { db, today } = ctx;
  const anakIdx = unit.level + 3; // path "/l0/l1/.../": split_part index of the child level
  const prefix = `${unit.path}%`;
  const filter = saringan(f);
  const pg = joinPegawai(f, "p.pegawai_id");
  return Promise.all([
    // current definitive staff by SKP status of the period, and annual evaluations set on approved SKPs
    queryRows<{ anak: string; status: string | null; n: number; tahunan: number }>(
      db,
      sql`select split_part(u.path, '/', ${anakIdx}) as anak, s.status, count(*)::int as n, count(et.id)::int as tahunan
            from unit_kerja u join jabatan j on j.unit_id = u.id
            join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF' and ${aktifPada("p", today)}
            ${pg}
            left join skp s on s.penugasan_id = p.id and s.periode_id = ${periode?.id ?? null}
            left join evaluasi et on et.skp_id = s.id and s.status = 'DISETUJUI' and et.jenis = 'TAHUNAN' and et.status <> 'DRAFT'
           where u.path like ${prefix} ${filter}
           group by 1, 2`,
    ),
    // the last ended checkpoint: approved SKPs covering it, with a realisation, with the periodic evaluation set
    periode && cp
      ? queryRows<{ anak: string; skp: number; realisasi: number; evaluasi: number }>(
          db,
          sql`select split_part(u.path, '/', ${anakIdx}) as anak, count(*)::int as skp,
                     count(*) filter (where exists (select 1 from rhk r join iki i on i.rhk_id = r.id
                                                      join realisasi re on re.iki_id = i.id and re.checkpoint_id = ${cp.id}
                                                     where r.skp_id = s.id))::int as realisasi,
                     count(ep.id)::int as evaluasi
                from unit_kerja u join jabatan j on j.unit_id = u.id
                join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF'
                ${pg}
                join skp s on s.penugasan_id = p.id and s.periode_id = ${periode.id} and s.status = 'DISETUJUI'
                          and s.berlaku_mulai <= ${cp.selesai}::date and s.berlaku_selesai >= ${cp.mulai}::date
                left join evaluasi ep on ep.skp_id = s.id and ep.jenis = 'PERIODIK' and ep.checkpoint_id = ${cp.id} and ep.status <> 'DRAFT'
               where u.path like ${prefix} ${filter}
               group by 1`,
        )
      : Promise.resolve([]),
    // annual predikat of the latest rated period, by state, with that period's objections
    periodePredikat
      ? queryRows<{ anak: string; predikat: Predikat; status: string; n: number; terbuka: number; diputus: number }>(
          db,
          sql`select split_part(u.path, '/', ${anakIdx}) as anak, e.predikat, e.status, count(*)::int as n,
                     coalesce(sum(k.terbuka), 0)::int as terbuka, coalesce(sum(k.diputus), 0)::int as diputus
                from unit_kerja u join jabatan j on j.unit_id = u.id
                join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF'
                ${pg}
                join skp s on s.penugasan_id = p.id and s.periode_id = ${periodePredikat.id}
                join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.predikat is not null and e.status <> 'DRAFT'
                left join (select evaluasi_id,
                                  count(*) filter (where status in ('DIAJUKAN', 'DIPERIKSA')) as terbuka,
                                  count(*) filter (where status in ('DIKABULKAN', 'DITOLAK')) as diputus
                             from keberatan group by evaluasi_id) k on k.evaluasi_id = e.id
               where u.path like ${prefix} ${filter}
               group by 1, 2, 3`,
        )
      : Promise.resolve([]),
  ]);
}

type PeriodeSingkat = { id: string; nama: string; tahun: number };

/**
 * Per checkpoint (ended by today) of a period: approved SKPs of the subtree covering it, with a
 * realisation for it, with its periodic evaluation set. The subtree's SKPs are gathered once, and each
 * count is grouped by checkpoint on its own before the three are put side by side, so no derived set
 * is joined to another (where statistics are missing, as in PGlite, such a join became a nested loop
 * re-running the inner set per row).
 */
async function trenCheckpoint(ctx: ServiceContext, unit: Unit, f: FilterRingkasan, periodeId: string): Promise<TitikTren[]> {
  const rows = await queryRows<{ urutan: number; nama: string; skp: number; realisasi: number; evaluasi: number }>(
    ctx.db,
    sql`with c as (select id, urutan, nama, mulai, selesai from checkpoint where periode_id = ${periodeId} and selesai < ${ctx.today}::date),
             s as materialized (
               select s.id, s.berlaku_mulai, s.berlaku_selesai
                 from unit_kerja u join jabatan j on j.unit_id = u.id
                 join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF'
                 ${joinPegawai(f, "p.pegawai_id")}
                 join skp s on s.penugasan_id = p.id and s.periode_id = ${periodeId} and s.status = 'DISETUJUI'
                where u.path like ${`${unit.path}%`} ${saringan(f)}),
             n_skp as (select c.id, count(*) as n from c join s on s.berlaku_mulai <= c.selesai and s.berlaku_selesai >= c.mulai group by c.id),
             n_re as (select x.checkpoint_id as id, count(*) as n
                        from (select distinct s.id, re.checkpoint_id
                                from s join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id join realisasi re on re.iki_id = i.id
                                join c on c.id = re.checkpoint_id
                               where s.berlaku_mulai <= c.selesai and s.berlaku_selesai >= c.mulai) x
                       group by x.checkpoint_id),
             n_ev as (select c.id, count(*) as n
                        from s join evaluasi e on e.skp_id = s.id and e.jenis = 'PERIODIK' and e.status <> 'DRAFT'
                        join c on c.id = e.checkpoint_id
                       where s.berlaku_mulai <= c.selesai and s.berlaku_selesai >= c.mulai
                       group by c.id)
        select c.urutan, c.nama, coalesce(n_skp.n, 0)::int as skp, coalesce(n_re.n, 0)::int as realisasi, coalesce(n_ev.n, 0)::int as evaluasi
          from c left join n_skp on n_skp.id = c.id left join n_re on n_re.id = c.id left join n_ev on n_ev.id = c.id
         order by c.urutan`,
  );
  return rows.map((r) => ({ urutan: Number(r.urutan), nama: r.nama, skp: Number(r.skp), realisasi: Number(r.realisasi), evaluasi: Number(r.evaluasi) }));
}

async function trenPredikat(ctx: ServiceContext, unit: Unit, f: FilterRingkasan, periodeIds: string[]) {
  if (periodeIds.length === 0) return [];
  return queryRows<{ periode_id: string; predikat: Predikat; n: number }>(
    ctx.db,
    sql`select s.periode_id, e.predikat, count(*)::int as n
          from unit_kerja u join jabatan j on j.unit_id = u.id
          join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF'
          ${joinPegawai(f, "p.pegawai_id")}
          join skp s on s.penugasan_id = p.id and s.periode_id in (${uuidList(periodeIds)})
          join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.predikat is not null and e.status <> 'DRAFT'
         where u.path like ${`${unit.path}%`} ${saringan(f)}
         group by 1, 2`,
  );
}

async function getTren(ctx: ServiceContext, unit: Unit, f: FilterRingkasan, periode: PeriodeRingkas | null): Promise<TrenRingkasan> {
  if (!periode) return { kini: null, lalu: null, predikat: [] };
  const [lalu] = await queryRows<PeriodeSingkat>(
    ctx.db,
    sql`select id, nama, tahun from periode where instansi_id = ${ctx.actor.instansiId} and tahun = ${periode.tahun - 1}`,
  );
  const kini: PeriodeSingkat = { id: periode.id, nama: periode.nama, tahun: periode.tahun };
  const [titikKini, titikLalu, pred] = await Promise.all([
    trenCheckpoint(ctx, unit, f, kini.id),
    lalu ? trenCheckpoint(ctx, unit, f, lalu.id) : Promise.resolve([]),
    trenPredikat(ctx, unit, f, [kini.id, ...(lalu ? [lalu.id] : [])]),
  ]);
  const predikat = [...(lalu ? [lalu] : []), kini].map((p) => {
    const jumlah = kosongPredikat();
    let dinilai = 0;
    for (const r of pred) if (r.periode_id === p.id) {
      jumlah[r.predikat] += Number(r.n);
      dinilai += Number(r.n);
    }
    return { periode: { id: p.id, nama: p.nama, tahun: Number(p.tahun) }, jumlah, dinilai };
  });
  return {
    kini: { periode: kini, titik: titikKini },
    lalu: lalu ? { periode: { id: lalu.id, nama: lalu.nama, tahun: Number(lalu.tahun) }, titik: titikLalu } : null,
    predikat,
  };
}

/** The employees directly in the unit (current definitive assignments), heads first, then by name; at most BATAS_DAFTAR_PEGAWAI. */
async function pegawaiLangsung(
  ctx: ServiceContext,
  unit: Unit,
  f: FilterRingkasan,
  periode: PeriodeRingkas | null,
  cp: { id: string } | null,
  periodePredikat: { id: string } | null,
): Promise<DasborPimpinan["pegawai"]> {
  const rows = await queryRows<{
    pegawai_id: string; nama: string; nip: string; jabatan: string; jenis: JenisJabatan; golongan: string; kepala_unit: boolean;
    status: string | null; iki_terealisasi: number | null; jumlah_iki: number | null; predikat: Predikat | null; status_evaluasi: string | null; jumlah: number;
  }>(
    ctx.db,
    sql`select pg.id as pegawai_id, pg.nama, pg.nip, j.nama as jabatan, j.jenis, pg.golongan, j.kepala_unit, s.status,
               x.iki_terealisasi, x.jumlah_iki, ev.predikat, ev.status as status_evaluasi, count(*) over ()::int as jumlah
          from jabatan j
          join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF' and ${aktifPada("p", ctx.today)}
          join pegawai pg on pg.id = p.pegawai_id
          left join skp s on s.penugasan_id = p.id and s.periode_id = ${periode?.id ?? null}
          left join lateral (select count(*)::int as jumlah_iki,
                                    count(*) filter (where exists (select 1 from realisasi re where re.iki_id = i.id and re.checkpoint_id = ${cp?.id ?? null}))::int as iki_terealisasi
                               from rhk r join iki i on i.rhk_id = r.id
                              where r.skp_id = s.id and s.status = 'DISETUJUI' and ${cp ? sql`true` : sql`false`}) x on s.status = 'DISETUJUI'
          left join lateral (select e.predikat, e.status from skp s2 join evaluasi e on e.skp_id = s2.id and e.jenis = 'TAHUNAN'
                                and e.predikat is not null and e.status <> 'DRAFT'
                              where s2.pegawai_id = pg.id and s2.periode_id = ${periodePredikat?.id ?? null}
                              order by s2.berlaku_selesai desc limit 1) ev on true
         where j.unit_id = ${unit.id} ${saringan(f)}
         order by j.kepala_unit desc, pg.nama, pg.nip
         limit ${BATAS_DAFTAR_PEGAWAI}`,
  );
  return {
    jumlah: rows[0] ? Number(rows[0].jumlah) : 0,
    batas: BATAS_DAFTAR_PEGAWAI,
    baris: rows.map((r) => {
      const keadaan = r.status_evaluasi ? keadaanPredikat({ status: r.status_evaluasi, jenis: "TAHUNAN" }) : "BELUM_ADA";
      return {
        pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatan: r.jabatan, jenisJabatan: r.jenis, golongan: r.golongan, kepalaUnit: Boolean(r.kepala_unit),
        statusSkp: (r.status ?? "BELUM_ADA") as StatusSkpAtauBelum,
        ikiTerealisasi: r.iki_terealisasi === null || !cp ? null : Number(r.iki_terealisasi),
        jumlahIki: r.jumlah_iki === null || !cp ? null : Number(r.jumlah_iki),
        predikat: r.predikat, keadaan: keadaan === "BELUM_ADA" ? null : keadaan,
      };
    }),
  };
}

/**
 * The summary of a unit subtree (see the module comment). `unit` defaults to the first unit the actor
 * leads, or for admin and auditor the instansi's root. Refused (as not found) unless `unit.ringkasan`.
 * `opsi.tanpaCache` recounts instead of reading the cache (benchmarks only).
 */
export async function getRingkasanUnit(ctx: ServiceContext, input: MasukanRingkasan = {}, opsi: { tanpaCache?: boolean } = {}): Promise<DasborPimpinan> {
  const { db, actor } = ctx;
  const unit = await unitYangBoleh(ctx, input.unit);
  const f = filterDari(input);

  const periode = await getPeriodeAktif(db, actor.instansiId, ctx.today);
  const cached = <T>(key: string, load: () => Promise<T>): Promise<{ value: T; at: number }> =>
    opsi.tanpaCache ? load().then((value) => ({ value, at: Date.now() })) : ringkasanCached(db, key, load);
  // the latest period with annual predikat, and the period's last ended checkpoint
  const [
    {
      value: [periodePredikat],
    },
    [cp],
  ] = await Promise.all([
    cached(`instansi:${actor.instansiId}:periode-predikat:${ctx.today}`, () =>
      queryRows<{ id: string; nama: string }>(
        db,
        sql`select pr.id, pr.nama from periode pr where pr.instansi_id = ${actor.instansiId}
              and exists (select 1 from skp s join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.predikat is not null and e.status <> 'DRAFT' where s.periode_id = pr.id)
            order by pr.tahun desc limit 1`,
      ),
    ),
    periode
      ? queryRows<{ id: string; urutan: number; nama: string; mulai: string; selesai: string }>(
          db,
          sql`select id, urutan, nama, mulai::text as mulai, selesai::text as selesai from checkpoint
               where periode_id = ${periode.id} and selesai < ${ctx.today}::date order by urutan desc limit 1`,
        )
      : Promise.resolve([]),
  ]);
  const kunci = `instansi:${actor.instansiId}:ringkasan-unit:${unit.id}:${periode?.id}:${periodePredikat?.id}:${kunciFilter(f)}:${ctx.today}`;
  const [{ value: [statusRows, cpRows, predikatRows], at: dihitungAt }, { value: tren }, pegawai, anakRows, jejakRows, unitDipimpin] = await Promise.all([
    cached(`${kunci}:hitung`, () => hitungPerAnak(ctx, unit, f, periode, cp ?? null, periodePredikat ?? null)),
    cached(`${kunci}:tren`, () => getTren(ctx, unit, f, periode)),
    pegawaiLangsung(ctx, unit, f, periode, cp ?? null, periodePredikat ?? null),
    db.select({ id: unitKerja.id, nama: unitKerja.nama }).from(unitKerja).where(eq(unitKerja.parentId, unit.id)).orderBy(unitKerja.nama),
    queryRows<{ id: string; nama: string; path: string }>(
      db,
      sql`select id, nama, path from unit_kerja where ${unit.path} like path || '%' and id <> ${unit.id} order by level`,
    ),
    actor.unitDipimpin.length
      ? queryRows<{ id: string; nama: string }>(
          db,
          sql`select id, nama from unit_kerja where id in (${uuidList(actor.unitDipimpin.map((u) => u.id))}) order by level, nama`,
        )
      : Promise.resolve([]),
  ]);

  const byAnak = new Map<string, HitunganUnit>();
  const namaAnak = new Map(anakRows.map((a) => [a.id, a.nama]));
  const ambil = (anak: string): HitunganUnit => {
    let h = byAnak.get(anak);
    if (!h) byAnak.set(anak, (h = kosongHitungan(anak || null, namaAnak.get(anak) ?? unit.nama)));
    return h;
  };
  const total = kosongHitungan(unit.id, unit.nama);
  for (const r of statusRows) {
    const n = Number(r.n);
    const key = (r.status ?? "BELUM_ADA") as StatusSkpAtauBelum;
    for (const h of [ambil(r.anak), total]) {
      h.pegawai += n;
      h.statusSkp[key] += n;
      if (key === "DISETUJUI") {
        h.tahunan.skp += n;
        h.tahunan.ditetapkan += Number(r.tahunan);
      }
    }
  }
  for (const r of cpRows) {
    for (const h of [ambil(r.anak), total]) {
      h.checkpoint.skp += Number(r.skp);
      h.checkpoint.realisasi += Number(r.realisasi);
      h.checkpoint.evaluasi += Number(r.evaluasi);
    }
  }
  for (const r of predikatRows) {
    const n = Number(r.n);
    const keadaan = keadaanPredikat({ status: r.status, jenis: "TAHUNAN" });
    for (const h of [ambil(r.anak), total]) {
      h.predikat[r.predikat] += n;
      h.dinilai += n;
      if (keadaan !== "BELUM_ADA") h.keadaan[keadaan] += n;
      h.keberatan.terbuka += Number(r.terbuka);
      h.keberatan.diputus += Number(r.diputus);
    }
  }
  for (const a of anakRows) ambil(a.id);
  for (const h of [...byAnak.values(), total]) {
    h.lewatBatasSkp = belumDisetujuiLewatBatas({ pegawai: h.pegawai, disetujui: h.statusSkp.DISETUJUI, batas: periode?.batasPenetapanSkp ?? null, today: ctx.today });
  }
  const langsung = byAnak.get("");
  const anak = anakRows.map((a) => byAnak.get(a.id)!).concat(langsung ? [{ ...langsung, nama: unit.nama, unitId: null }] : []);

  return {
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, parentId: unit.parentId, path: unit.path },
    // ancestors shown as breadcrumbs only where the actor may open them
    jejak: jejakRows
      .filter((j) => can(actor, { aksi: "unit.ringkasan", unit: { id: j.id, path: j.path, instansiId: actor.instansiId } }))
      .map(({ id, nama }) => ({ id, nama })),
    filter: f,
    periode,
    checkpoint: cp ? { id: cp.id, urutan: Number(cp.urutan), nama: cp.nama, selesai: cp.selesai } : null,
    periodePredikat: periodePredikat ?? null,
    total,
    anak,
    tren,
    pegawai,
    unitDipimpin,
    dihitungAt: new Date(dihitungAt),
  };
}

/** The pimpinan dashboard: the unit summary with no filters (kept for existing callers). */
export function getDasborPimpinan(ctx: ServiceContext, unitId?: string, filter: FilterRingkasan = TANPA_FILTER): Promise<DasborPimpinan> {
  return getRingkasanUnit(ctx, { unit: unitId, jenisJabatan: filter.jenisJabatan, golongan: filter.golongan });
}

