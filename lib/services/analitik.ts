/**
 * Keadilan penilaian per penilai (issue #6): for each rater (evaluasi.penilai_id, the PPK who set the
 * evaluation) of the employees of a unit's subtree, their predikat distribution against their unit's
 * and the instansi's, a leniency index, how often they depart from the product's suggestion, the
 * objections to their annual evaluations and their outcomes, and how late they set evaluations.
 * The measures and the privacy rule are defined in lib/domain/keadilan.ts; everything here is SQL
 * aggregation grouped by rater (no evaluation rows are loaded into JS).
 *
 * - The rater's numbers count only their evaluations of employees in the chosen subtree (a leader
 *   never sees a rater's ratings of people outside the subtree they lead).
 * - The unit a rater is compared with is the perangkat daerah (level-1 unit) of the rater's own
 *   position at the end of the period (or today, if earlier): all evaluations of that period and kind
 *   by raters sitting in that perangkat daerah. A rater sitting at the top (level 0) has no unit
 *   comparison. The instansi comparison is every evaluation of that period and kind in the instansi.
 * - The predikat and rating hasil are taken as the rater set them: before a leader's calibration
 *   (kalibrasi_evaluasi, the earliest one's "lama" values) or an objection decision (keberatan.predikat_sebelum).
 *   An evaluation whose ratings a granted objection changed, without a calibration, has no known original
 *   rating hasil and is left out of the suggestion measure.
 * - Privacy: raters with fewer than 5 rated people in the subtree are not returned at all, only counted;
 *   comparison groups under 5 are null.
 *
 * Who: the admin of the instansi, and the leaders of the unit or above whose unit has units below it
 * (a kepala dinas, kepala bidang, the sekda; not a kepala seksi, who is only a rater); everyone else
 * gets "not found".
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { queryRows, uuidList } from "@/db/client";
import { PREDIKAT } from "@/lib/domain/constants";
import {
  analisisPenilai,
  hasilKelompok,
  kosong,
  MINIMUM_KELOMPOK,
  type AgregatKelompok,
  type AgregatPenilai,
  type HasilKelompok,
  type HasilPenilai,
} from "@/lib/domain/keadilan";
import { can, hasPeran, type UnitRef } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden } from "./errors";
import { unitDiminta, type UnitBaris } from "./hierarki";
import { unitPilihan } from "./organisasi";
import { ringkasanCached } from "./ringkasan-cache";
import { parse } from "./validasi";

export const JENIS_ANALITIK = ["TAHUNAN", "PERIODIK"] as const;
export type JenisAnalitik = (typeof JENIS_ANALITIK)[number];

export interface UnitRingkas {
  id: string;
  nama: string;
}

export interface PeriodeAnalitik {
  id: string;
  tahun: number;
  nama: string;
}

export interface BarisPenilai {
  penilaiId: string;
  nama: string;
  nip: string;
  /** The unit of the rater's position (null when they hold none then). */
  unit: UnitRingkas | null;
  /** The perangkat daerah the rater is compared with, and its numbers (null when under the minimum). */
  pembanding: (UnitRingkas & { hasil: HasilKelompok | null }) | null;
  hasil: HasilPenilai;
}

export interface AnalitikPenilai {
  unit: UnitRingkas;
  jenis: JenisAnalitik;
  /** The period shown; null when there is none with set evaluations of this kind. */
  periode: PeriodeAnalitik | null;
  periodeTersedia: PeriodeAnalitik[];
  /** The instansi's numbers for the period and kind (null when under the minimum). */
  instansi: HasilKelompok | null;
  penilai: BarisPenilai[];
  /** Raters of the subtree left out because they rated fewer than `minimum` people there. */
  penilaiDisembunyikan: number;
  minimum: number;
}

const uuidAtauKosong = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()).optional();
const filterSchema = z.object({
  unitId: uuidAtauKosong,
  periodeId: uuidAtauKosong,
  jenis: z.enum(JENIS_ANALITIK, { error: "JENIS_TIDAK_VALID" }),
});

/** The units the actor heads that have units below them (the policy's `dipimpinBercabang`). */
async function dipimpinBercabang(ctx: ServiceContext): Promise<UnitRef[]> {
  const ids = ctx.actor.unitDipimpin.map((u) => u.id);
  if (ids.length === 0) return [];
  return queryRows<{ id: string; path: string }>(
    ctx.db,
    sql`select u.id, u.path from unit_kerja u where u.id in (${uuidList(ids)}) and exists (select 1 from unit_kerja c where c.parent_id = u.id)`,
  );
}

/** The unit asked for, or the actor's default (the instansi's root for the admin, else the highest unit they head); not allowed looks like not found. */
async function unitSasaran(ctx: ServiceContext, unitId: string | null | undefined): Promise<UnitBaris> {
  const bercabang = await dipimpinBercabang(ctx);
  const unit = await unitDiminta(ctx, unitId, { akar: hasPeran(ctx.actor, "ADMIN"), dipimpin: bercabang });
  if (!unit || !can(ctx.actor, { aksi: "analitik.penilai", unit: { id: unit.id, path: unit.path, instansiId: unit.instansi_id }, dipimpinBercabang: bercabang })) throw forbidden();
  return unit;
}

/** Rank of a rating for "higher / lower than suggested". */
const peringkat = (kolom: string) => sql.raw(`(case ${kolom} when 'DI_ATAS' then 3 when 'SESUAI' then 2 when 'DI_BAWAH' then 1 end)`);

/**
 * The evaluations of a period and kind in the instansi, one row each, with the ratee's unit path, the
 * rater's perangkat daerah, the ratings as the rater set them, the deadline and the latest objection.
 * (Objections and calibrations are looked up per evaluation through their evaluasi_id indexes: measured
 * faster than joining pre-grouped tables, which scans every instansi's objections.)
 */
function evaluasiSql(instansiId: string, periodeId: string, jenis: JenisAnalitik, today: string): SQL {
  return sql`
    ev as (
      select e.id, e.penilai_id, s.pegawai_id, u.path as unit_path, e.status,
             coalesce(kal.predikat_lama, kb1.predikat_sebelum, e.predikat) as predikat,
             e.rating_hasil_saran as saran,
             case when kal.rating_hasil_lama is not null then kal.rating_hasil_lama
                  when exists (select 1 from keberatan k where k.evaluasi_id = e.id and k.status = 'DIKABULKAN') then null
                  else e.rating_hasil end as hasil,
             (case when e.jenis = 'PERIODIK' then c.batas_evaluasi else p.batas_evaluasi_tahunan end) as batas,
             (e.ditetapkan_at at time zone 'Asia/Jakarta')::date as tanggal_tetap,
             kb.status as status_keberatan
        from evaluasi e
        join skp s on s.id = e.skp_id
        join periode p on p.id = s.periode_id
        join penugasan pn on pn.id = s.penugasan_id
        join jabatan j on j.id = pn.jabatan_id
        join unit_kerja u on u.id = j.unit_id
        left join checkpoint c on c.id = e.checkpoint_id
        left join lateral (select k.predikat_lama, k.rating_hasil_lama from kalibrasi_evaluasi k
                            where k.evaluasi_id = e.id order by k.created_at, k.id limit 1) kal on true
        left join lateral (select k.predikat_sebelum from keberatan k
                            where k.evaluasi_id = e.id order by k.created_at, k.id limit 1) kb1 on true
        left join lateral (select k.status from keberatan k
                            where k.evaluasi_id = e.id order by k.created_at desc, k.id desc limit 1) kb on true
       where s.periode_id = ${periodeId} and p.instansi_id = ${instansiId} and e.jenis = ${jenis}
    ),
    penilai_unit as (
      select r.penilai_id, pu.unit_id, pu.path
        from (select distinct penilai_id from ev) r
        cross join (select least(p.selesai, ${today}::date) as acuan from periode p where p.id = ${periodeId}) a
        left join lateral (
          select j.unit_id, u.path from penugasan pn join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
           where pn.pegawai_id = r.penilai_id and pn.mulai <= a.acuan
           order by (pn.selesai is null or pn.selesai >= a.acuan) desc,
                    (case pn.jenis when 'DEFINITIF' then 0 else 1 end), pn.mulai desc, pn.id
           limit 1) pu on true
    ),
    evp as (
      select ev.*, nullif(split_part(pu.path, '/', 3), '') as penilai_pd
        from ev join penilai_unit pu on pu.penilai_id = ev.penilai_id
    )`;
}

/** The aggregate columns: people, predikat counts, suggestion, objection and lateness counts. */
function kolomAgregat(today: string): SQL {
  const ditetapkan = sql.raw(`status <> 'DRAFT'`);
  const predikat = PREDIKAT.map((k) => sql.raw(`count(*) filter (where status <> 'DRAFT' and predikat = '${k}')::int as "p_${k}"`));
  return sql`
    count(distinct pegawai_id) filter (where ${ditetapkan})::int as jumlah_pegawai,
    ${sql.join(predikat, sql`, `)},
    count(*) filter (where ${ditetapkan} and saran is not null and hasil is not null)::int as saran_dengan,
    count(*) filter (where ${ditetapkan} and saran is not null and ${peringkat("hasil")} > ${peringkat("saran")})::int as saran_tinggi,
    count(*) filter (where ${ditetapkan} and saran is not null and ${peringkat("hasil")} < ${peringkat("saran")})::int as saran_rendah,
    count(*) filter (where ${ditetapkan})::int as diserahkan,
    count(*) filter (where ${ditetapkan} and status_keberatan is not null and status_keberatan <> 'DIBATALKAN')::int as kb_diajukan,
    count(*) filter (where ${ditetapkan} and status_keberatan = 'DIKABULKAN')::int as kb_dikabulkan,
    count(*) filter (where ${ditetapkan} and status_keberatan = 'DITOLAK')::int as kb_ditolak,
    count(*) filter (where ${ditetapkan} and status_keberatan in ('DIAJUKAN', 'DIPERIKSA'))::int as kb_terbuka,
    count(*) filter (where ${ditetapkan} and status_keberatan = 'DIBATALKAN')::int as kb_dibatalkan,
    count(*) filter (where ${ditetapkan} or batas < ${today}::date)::int as jatuh_tempo,
    count(*) filter (where (${ditetapkan} and tanggal_tetap > batas) or (status = 'DRAFT' and batas < ${today}::date))::int as terlambat,
    coalesce(sum(case when ${ditetapkan} and tanggal_tetap > batas then tanggal_tetap - batas
                      when status = 'DRAFT' and batas < ${today}::date then ${today}::date - batas else 0 end), 0)::int as hari_terlambat`;
}

type BarisAgregat = Record<string, unknown> & {
  jumlah_pegawai: number; saran_dengan: number; saran_tinggi: number; saran_rendah: number; diserahkan: number;
  kb_diajukan: number; kb_dikabulkan: number; kb_ditolak: number; kb_terbuka: number; kb_dibatalkan: number;
  jatuh_tempo: number; terlambat: number; hari_terlambat: number;
};

function keKelompok(r: BarisAgregat): AgregatKelompok {
  const predikat = kosong();
  for (const k of PREDIKAT) predikat[k] = Number(r[`p_${k}`] ?? 0);
  return { jumlahPegawai: Number(r.jumlah_pegawai), predikat };
}

function kePenilai(r: BarisAgregat, jenis: JenisAnalitik): AgregatPenilai {
  const tahunan = jenis === "TAHUNAN";
  return {
    ...keKelompok(r),
    saran: { dengan: Number(r.saran_dengan), lebihTinggi: Number(r.saran_tinggi), lebihRendah: Number(r.saran_rendah) },
    keberatan: {
      diserahkan: tahunan ? Number(r.diserahkan) : 0,
      diajukan: tahunan ? Number(r.kb_diajukan) : 0,
      dikabulkan: tahunan ? Number(r.kb_dikabulkan) : 0,
      ditolak: tahunan ? Number(r.kb_ditolak) : 0,
      terbuka: tahunan ? Number(r.kb_terbuka) : 0,
      dibatalkan: tahunan ? Number(r.kb_dibatalkan) : 0,
    },
    ketepatan: { jatuhTempo: Number(r.jatuh_tempo), terlambat: Number(r.terlambat), hariTerlambat: Number(r.hari_terlambat) },
  };
}

type BarisPenilaiSql = BarisAgregat & {
  penilai_id: string; nama: string; nip: string; unit_id: string | null; unit_nama: string | null; pd_id: string | null; pd_nama: string | null;
};

/**
 * The three aggregates (per rater within the subtree, per perangkat daerah of the raters, the instansi),
 * as three statements run side by side (faster than one statement with grouping sets, measured), kept
 * for a minute like the other summaries (aggregates only; the caller has authorised).
 */
async function bacaAgregat(
  ctx: ServiceContext,
  unit: UnitBaris,
  periodeId: string,
  jenis: JenisAnalitik,
): Promise<[BarisPenilaiSql[], (BarisAgregat & { penilai_pd: string })[], BarisAgregat | undefined]> {
  const kunci = `instansi:${unit.instansi_id}:analitik:${unit.id}:${periodeId}:${jenis}:${ctx.today}`;
  const { value } = await ringkasanCached(ctx.db, kunci, async () => {
    const cte = evaluasiSql(unit.instansi_id, periodeId, jenis, ctx.today);
    const agregat = kolomAgregat(ctx.today);
    const subtree = `${unit.path}%`;
    const [perPenilai, perPd, [instansi]] = await Promise.all([
      queryRows<BarisPenilaiSql>(
        ctx.db,
        sql`with ${cte},
            a as (select penilai_id, ${agregat} from evp where unit_path like ${subtree} group by penilai_id)
            select a.*, pg.nama, pg.nip, pu.unit_id, uk.nama as unit_nama, pd.id as pd_id, pd.nama as pd_nama
              from a
              join pegawai pg on pg.id = a.penilai_id
              join penilai_unit pu on pu.penilai_id = a.penilai_id
              left join unit_kerja uk on uk.id = pu.unit_id
              left join unit_kerja pd on pd.id::text = nullif(split_part(pu.path, '/', 3), '')
             order by pg.nama, pg.nip`,
      ),
      queryRows<BarisAgregat & { penilai_pd: string }>(
        ctx.db,
        sql`with ${cte} select penilai_pd, ${agregat} from evp where penilai_pd is not null group by penilai_pd`,
      ),
      queryRows<BarisAgregat>(ctx.db, sql`with ${cte} select ${agregat} from evp`),
    ]);
    return [perPenilai, perPd, instansi] as [BarisPenilaiSql[], (BarisAgregat & { penilai_pd: string })[], BarisAgregat | undefined];
  });
  return value;
}

/** Periods of the instansi with set evaluations of the kind, newest first. */
async function periodeDenganEvaluasi(ctx: ServiceContext, instansiId: string, jenis: JenisAnalitik): Promise<PeriodeAnalitik[]> {
  const { value: rows } = await ringkasanCached(ctx.db, `instansi:${instansiId}:analitik-periode:${jenis}`, () => queryRows<{ id: string; tahun: number; nama: string }>(
    ctx.db,
    sql`select p.id, p.tahun, p.nama from periode p
         where p.instansi_id = ${instansiId}
           and exists (select 1 from skp s join evaluasi e on e.skp_id = s.id
                        where s.periode_id = p.id and e.jenis = ${jenis} and e.status <> 'DRAFT')
         order by p.tahun desc`,
  ));
  return rows.map((r) => ({ id: r.id, tahun: Number(r.tahun), nama: r.nama }));
}

/**
 * The fairness table of the raters of a unit's subtree for a period (default: the latest with set
 * evaluations of the kind) and kind (annual or periodic).
 */
export async function getAnalitikPenilai(
  ctx: ServiceContext,
  input: { unitId?: unknown; periodeId?: unknown; jenis: unknown },
): Promise<AnalitikPenilai> {
  const ok = filterSchema.safeParse(input);
  // a malformed id is a unit or period that does not exist
  if (!ok.success && ok.error.issues.some((i) => i.path[0] !== "jenis")) throw forbidden();
  const filter = parse(filterSchema, input);
  const unit = await unitSasaran(ctx, filter.unitId);
  const jenis = filter.jenis;
  const periodeTersedia = await periodeDenganEvaluasi(ctx, unit.instansi_id, jenis);
  let periode: PeriodeAnalitik | null = periodeTersedia[0] ?? null;
  if (filter.periodeId) {
    const [p] = await queryRows<{ id: string; tahun: number; nama: string }>(
      ctx.db,
      sql`select id, tahun, nama from periode where id = ${filter.periodeId} and instansi_id = ${unit.instansi_id}`,
    );
    if (!p) throw forbidden();
    periode = { id: p.id, tahun: Number(p.tahun), nama: p.nama };
  }
  const dasar = { unit: { id: unit.id, nama: unit.nama }, jenis, periode, periodeTersedia, minimum: MINIMUM_KELOMPOK };
  if (!periode) return { ...dasar, instansi: null, penilai: [], penilaiDisembunyikan: 0 };

  const [perPenilai, perPd, instansiBaris] = await bacaAgregat(ctx, unit, periode.id, jenis);
  const instansi = instansiBaris ? keKelompok(instansiBaris) : { jumlahPegawai: 0, predikat: kosong() };
  const pd = new Map(perPd.map((r) => [r.penilai_pd, keKelompok(r)]));
  const penilai: BarisPenilai[] = [];
  let penilaiDisembunyikan = 0;
  for (const r of perPenilai) {
    const kelompokUnit = r.pd_id ? (pd.get(r.pd_id) ?? null) : null;
    const hasil = analisisPenilai(kePenilai(r, jenis), { unit: kelompokUnit, instansi });
    // a rater with only drafts in the subtree rated nobody there: not a hidden group, just nothing to show
    if (!hasil) {
      if (Number(r.jumlah_pegawai) > 0) penilaiDisembunyikan++;
      continue;
    }
    penilai.push({
      penilaiId: r.penilai_id,
      nama: r.nama,
      nip: r.nip,
      unit: r.unit_id && r.unit_nama ? { id: r.unit_id, nama: r.unit_nama } : null,
      pembanding: r.pd_id && r.pd_nama ? { id: r.pd_id, nama: r.pd_nama, hasil: kelompokUnit ? hasilKelompok(kelompokUnit) : null } : null,
      hasil,
    });
  }
  return { ...dasar, instansi: hasilKelompok(instansi), penilai, penilaiDisembunyikan };
}

/** The units whose analytics the actor may open (the picker): the whole instansi for the admin, else the subtrees they head. */
export async function getUnitAnalitik(ctx: ServiceContext): Promise<{ id: string; nama: string; level: number }[]> {
  const semua = hasPeran(ctx.actor, "ADMIN");
  const dipimpin: readonly UnitRef[] = semua ? [] : await dipimpinBercabang(ctx);
  if (!semua && dipimpin.length === 0) throw forbidden();
  return unitPilihan(ctx, semua ? "SEMUA" : dipimpin);
}

