/**
 * Read models of the role dashboards. Everything aggregates in SQL: a dashboard never loads every
 * employee into JavaScript, only the rows it shows.
 */
import { sql } from "drizzle-orm";
import { angkaAtauNull, queryRows } from "@/db/client";
import { capaianIki, fraksiWaktu, kemajuanIki, persenCapaian, type Kemajuan } from "@/lib/domain/realisasi";
import { can } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden } from "./errors";
import { bawahanLangsungSql } from "./hierarki";
import { notifikasiSaya } from "./notifikasi";
import { getPeriodeAktif, type PeriodeRingkas } from "./periode";

import type { StatusSkpAtauBelum } from "./ringkasan-unit";
export type { StatusSkpAtauBelum };

export interface Tenggat {
  kode: "PENETAPAN_SKP" | "EVALUASI_CHECKPOINT" | "EVALUASI_TAHUNAN";
  nama: string | null;
  tanggal: string;
}

export interface IkiProgres {
  ikiId: string;
  rhk: string;
  aspek: string;
  indikator: string;
  target: string;
  satuan: string | null;
  targetMin: number | null;
  /** The achievement so far: the latest checkpoint's value (realisations are cumulative). */
  realisasi: number | null;
  persen: number | null;
  seri: Array<{ urutan: number; nama: string; nilai: number | null }>;
  kemajuan: Kemajuan;
}

export interface DasborPegawai {
  periode: PeriodeRingkas | null;
  skp: Array<{ id: string; status: string; jabatan: string; unit: string; ppkNama: string | null; berlakuMulai: string; berlakuSelesai: string; jumlahRhk: number }>;
  indikator: IkiProgres[];
  tenggat: Tenggat[];
  notifikasi: Array<{ id: string; judul: string; isi: string; tautan: string | null; createdAt: Date }>;
}

async function tenggatMendatang(ctx: ServiceContext, periode: PeriodeRingkas | null): Promise<Tenggat[]> {
  if (!periode) return [];
  const rows = await queryRows<{ nama: string; batas: string }>(
    ctx.db,
    sql`select nama, batas_evaluasi::text as batas from checkpoint
         where periode_id = ${periode.id} and batas_evaluasi >= ${ctx.today}::date order by batas_evaluasi limit 2`,
  );
  const list: Tenggat[] = [];
  if (periode.batasPenetapanSkp >= ctx.today) list.push({ kode: "PENETAPAN_SKP", nama: null, tanggal: periode.batasPenetapanSkp });
  for (const r of rows) list.push({ kode: "EVALUASI_CHECKPOINT", nama: r.nama, tanggal: r.batas });
  if (periode.batasEvaluasiTahunan >= ctx.today) list.push({ kode: "EVALUASI_TAHUNAN", nama: null, tanggal: periode.batasEvaluasiTahunan });
  return list.sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}

/**
 * SKPs of one pegawai in a period with their indicators and progress. A realisation is the cumulative
 * achievement as of its checkpoint, so progress is the latest checkpoint's value against the target
 * (lib/domain/realisasi).
 */
export async function ringkasanSkpPegawai(ctx: ServiceContext, pegawaiId: string, periodeId: string) {
  const skp = await queryRows<{
    id: string; status: string; jabatan: string; unit: string; ppk_nama: string | null; berlaku_mulai: string; berlaku_selesai: string; jumlah_rhk: number;
  }>(
    ctx.db,
    sql`select s.id, s.status, j.nama as jabatan, u.nama as unit, ppk.nama as ppk_nama,
               s.berlaku_mulai::text as berlaku_mulai, s.berlaku_selesai::text as berlaku_selesai,
               (select count(*)::int from rhk r where r.skp_id = s.id) as jumlah_rhk
          from skp s join penugasan p on p.id = s.penugasan_id join jabatan j on j.id = p.jabatan_id
          join unit_kerja u on u.id = j.unit_id left join pegawai ppk on ppk.id = s.ppk_pegawai_id
         where s.pegawai_id = ${pegawaiId} and s.periode_id = ${periodeId}
         order by s.berlaku_mulai desc`,
  );
  const current = skp[0];
  const indikator = current
    ? await queryRows<{
        iki_id: string; rhk: string; aspek: string; indikator: string; target_min: string | null; target_max: string | null;
        satuan: string | null; target_kualitatif: string | null; seri: Array<{ urutan: number; nama: string; nilai: number | string | null }> | string;
      }>(
        ctx.db,
        sql`select i.id as iki_id, r.uraian as rhk, i.aspek, i.indikator, i.target_min, i.target_max, i.satuan, i.target_kualitatif,
                   coalesce((select json_agg(json_build_object('urutan', c.urutan, 'nama', c.nama, 'nilai', re.nilai) order by c.urutan)
                               from checkpoint c left join realisasi re on re.checkpoint_id = c.id and re.iki_id = i.id
                              where c.periode_id = ${periodeId} and c.selesai >= ${current.berlaku_mulai}::date
                                and c.mulai <= ${current.berlaku_selesai}::date), '[]'::json) as seri
              from rhk r join iki i on i.rhk_id = r.id
             where r.skp_id = ${current.id}
             order by r.jenis, r.urutan, i.urutan`,
      )
    : [];
  const fraksi = current ? fraksiWaktu(current.berlaku_mulai, current.berlaku_selesai, ctx.today) : 0;
  return {
    skp: skp.map((s) => ({
      id: s.id, status: s.status, jabatan: s.jabatan, unit: s.unit, ppkNama: s.ppk_nama,
      berlakuMulai: s.berlaku_mulai, berlakuSelesai: s.berlaku_selesai, jumlahRhk: Number(s.jumlah_rhk),
    })),
    indikator: indikator.map((i): IkiProgres => {
      const targetMin = angkaAtauNull(i.target_min);
      const targetMax = angkaAtauNull(i.target_max);
      const seri = (typeof i.seri === "string" ? JSON.parse(i.seri) : i.seri) as Array<{ urutan: number; nama: string; nilai: number | string | null }>;
      const titik = seri.map((x) => ({ urutan: x.urutan, nama: x.nama, nilai: angkaAtauNull(x.nilai) }));
      const realisasi = capaianIki(titik);
      const target =
        i.target_kualitatif ?? (targetMax !== null && targetMax !== targetMin ? `${targetMin}–${targetMax}` : `${targetMin ?? ""}`);
      return {
        ikiId: i.iki_id, rhk: i.rhk, aspek: i.aspek, indikator: i.indikator, target, satuan: i.satuan, targetMin, realisasi,
        persen: persenCapaian(realisasi, targetMin), seri: titik,
        kemajuan: kemajuanIki({ capaian: realisasi, targetMin, satuan: i.satuan, fraksiWaktu: fraksi }),
      };
    }),
  };
}

export async function getDasborPegawai(ctx: ServiceContext): Promise<DasborPegawai> {
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  const [ringkasan, tenggat, notif] = await Promise.all([
    periode ? ringkasanSkpPegawai(ctx, ctx.actor.pegawaiId, periode.id) : Promise.resolve({ skp: [], indikator: [] }),
    tenggatMendatang(ctx, periode),
    notifikasiSaya(ctx, { batas: 5, hanyaBelumDibaca: true }),
  ]);
  return { periode, ...ringkasan, tenggat, notifikasi: notif };
}

// ---------------------------------------------------------------- PPK / Atasan PPK
export interface BawahanBaris {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  jenisPenugasan: string;
  skpId: string | null;
  statusSkp: StatusSkpAtauBelum;
  jumlahIki: number;
  ikiTerealisasi: number;
  statusEvaluasi: string | null;
}

export interface DasborPpk {
  periode: PeriodeRingkas | null;
  checkpointTerakhir: { id: string; urutan: number; nama: string } | null;
  bawahan: BawahanBaris[];
  antrean: Array<{ skpId: string; pegawaiId: string; nama: string; jabatan: string; diajukanAt: Date | null }>;
  keberatan: Array<{ id: string; skpId: string; pemohon: string; alasan: string; batas: string; status: string }>;
  notifikasi: DasborPegawai["notifikasi"];
}

export async function getDasborPpk(ctx: ServiceContext): Promise<DasborPpk> {
  if (!can(ctx.actor, { aksi: "bawahan.lihat" })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  const jabatanIds = ctx.actor.jabatan.map((j) => j.jabatanId);
  const [cp] = periode
    ? await queryRows<{ id: string; urutan: number; nama: string }>(
        ctx.db,
        sql`select id, urutan, nama from checkpoint where periode_id = ${periode.id} and selesai < ${ctx.today}::date order by urutan desc limit 1`,
      )
    : [];
  const bawahan = periode && jabatanIds.length
    ? await queryRows<{
        pegawai_id: string; nama: string; nip: string; jabatan: string; jenis: string; skp_id: string | null; status: string | null;
        jumlah_iki: number; iki_terealisasi: number; status_evaluasi: string | null; diajukan_at: Date | string | null;
      }>(
        ctx.db,
        sql`with b as (${bawahanLangsungSql(jabatanIds, ctx.actor.pegawaiId, ctx.today)})
            select b.pegawai_id, pg.nama, pg.nip, j.nama as jabatan, b.jenis, s.id as skp_id, s.status, s.diajukan_at,
                   coalesce(x.jumlah_iki, 0)::int as jumlah_iki, coalesce(x.iki_terealisasi, 0)::int as iki_terealisasi,
                   ev.status as status_evaluasi
              from b join pegawai pg on pg.id = b.pegawai_id join jabatan j on j.id = b.jabatan_id
              left join lateral (select s.* from skp s where s.pegawai_id = b.pegawai_id and s.periode_id = ${periode.id}
                                  order by (s.penugasan_id = b.penugasan_id) desc, s.berlaku_mulai desc limit 1) s on true
              left join lateral (select count(*) as jumlah_iki,
                                        count(*) filter (where exists (select 1 from realisasi re where re.iki_id = i.id
                                          ${cp ? sql`and re.checkpoint_id = ${cp.id}` : sql``})) as iki_terealisasi
                                   from rhk r join iki i on i.rhk_id = r.id where r.skp_id = s.id) x on true
              left join lateral (select e.status from evaluasi e where e.skp_id = s.id
                                  ${cp ? sql`and e.checkpoint_id = ${cp.id}` : sql`and false`} limit 1) ev on true
             order by pg.nama`,
      )
    : [];
  const rows: BawahanBaris[] = bawahan.map((r) => ({
    pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatan: r.jabatan, jenisPenugasan: r.jenis, skpId: r.skp_id,
    statusSkp: (r.status ?? "BELUM_ADA") as StatusSkpAtauBelum, jumlahIki: Number(r.jumlah_iki), ikiTerealisasi: Number(r.iki_terealisasi),
    statusEvaluasi: r.status_evaluasi,
  }));
  const antrean = bawahan
    .filter((r) => r.status === "DIAJUKAN" && r.skp_id)
    .map((r) => ({
      skpId: r.skp_id as string, pegawaiId: r.pegawai_id, nama: r.nama, jabatan: r.jabatan,
      diajukanAt: r.diajukan_at ? new Date(r.diajukan_at) : null,
    }));
  const keberatan = await queryRows<{ id: string; skpId: string; pemohon: string; alasan: string; batas: string; status: string }>(
    ctx.db,
    sql`select k.id, e.skp_id as "skpId", p.nama as pemohon, k.alasan, k.batas_pengajuan::text as batas, k.status
          from keberatan k join pegawai p on p.id = k.pemohon_id join evaluasi e on e.id = k.evaluasi_id
         where k.atasan_ppk_id = ${ctx.actor.pegawaiId} and k.status in ('DIAJUKAN', 'DIPERIKSA') order by k.created_at`,
  );
  return { periode, checkpointTerakhir: cp ?? null, bawahan: rows, antrean, keberatan, notifikasi: await notifikasiSaya(ctx, { batas: 5, hanyaBelumDibaca: true }) };
}

// ---------------------------------------------------------------- Pimpinan unit
// The unit summary lives in ringkasan-unit.ts (filters, trends, employees, exports).
export { getDasborPimpinan, getRingkasanUnit, type DasborPimpinan, type HitunganUnit } from "./ringkasan-unit";
