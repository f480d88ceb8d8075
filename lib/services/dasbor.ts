/**
 * Read models of the role dashboards. Everything aggregates in SQL: a dashboard never loads every
 * employee into JavaScript, only the rows it shows.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { angkaAtauNull, queryRows, uuidList } from "@/db/client";
import { unitKerja } from "@/db/schema";
import type { Predikat, StatusSkp } from "@/lib/domain";
import { capaianIki, fraksiWaktu, kemajuanIki, persenCapaian, type Kemajuan } from "@/lib/domain/realisasi";
import { can } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden, notFound } from "./errors";
import { aktifPada, bawahanLangsungSql } from "./hierarki";
import { ringkasanCached } from "./ringkasan-cache";
import { notifikasiSaya } from "./notifikasi";
import { getPeriodeAktif, type PeriodeRingkas } from "./periode";

export type StatusSkpAtauBelum = StatusSkp | "BELUM_ADA";

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
export interface HitunganUnit {
  unitId: string | null;
  nama: string;
  pegawai: number;
  statusSkp: Record<StatusSkpAtauBelum, number>;
  predikat: Record<Predikat, number>;
  dinilai: number;
}

export interface DasborPimpinan {
  unit: { id: string; nama: string; jenis: string; parentId: string | null; path: string };
  jejak: Array<{ id: string; nama: string }>;
  periode: PeriodeRingkas | null;
  periodePredikat: { id: string; nama: string } | null;
  total: HitunganUnit;
  anak: HitunganUnit[];
  unitDipimpin: Array<{ id: string; nama: string }>;
  /** When the counts were taken (summaries are cached briefly, see ringkasan-cache). */
  dihitungAt: Date;
}

const kosongStatus = (): Record<StatusSkpAtauBelum, number> => ({ DRAFT: 0, DIAJUKAN: 0, REVISI: 0, DISETUJUI: 0, BELUM_ADA: 0 });
const kosongPredikat = (): Record<Predikat, number> => ({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });

/** Summary of a unit subtree: counts by SKP status (active period) and by annual predikat (latest rated period), per child unit. */
export async function getDasborPimpinan(ctx: ServiceContext, unitId?: string): Promise<DasborPimpinan> {
  const { db, actor } = ctx;
  let targetId = unitId;
  if (!targetId) {
    targetId = actor.unitDipimpin[0]?.id;
    if (!targetId && (actor.peran.includes("ADMIN") || actor.peran.includes("AUDITOR"))) {
      const [root] = await db.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, actor.instansiId), isNull(unitKerja.parentId))).limit(1);
      targetId = root?.id;
    }
  }
  if (!targetId || !/^[0-9a-f-]{36}$/i.test(targetId)) throw notFound("unit");
  const [unit] = await db
    .select({ id: unitKerja.id, nama: unitKerja.nama, jenis: unitKerja.jenis, parentId: unitKerja.parentId, path: unitKerja.path, level: unitKerja.level, instansiId: unitKerja.instansiId })
    .from(unitKerja)
    .where(eq(unitKerja.id, targetId));
  if (!unit || !can(actor, { aksi: "unit.ringkasan", unit })) throw forbidden();

  const periode = await getPeriodeAktif(db, actor.instansiId, ctx.today);
  // the latest period with annual predikat: an aggregate over every SKP of the instansi, so cached too
  const {
    value: [periodePredikat],
  } = await ringkasanCached(db, `periode-predikat:${actor.instansiId}:${ctx.today}`, () =>
    queryRows<{ id: string; nama: string }>(
      db,
      sql`select pr.id, pr.nama from periode pr where pr.instansi_id = ${actor.instansiId}
            and exists (select 1 from skp s join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.predikat is not null and e.status <> 'DRAFT' where s.periode_id = pr.id)
          order by pr.tahun desc limit 1`,
    ),
  );
  const anakIdx = unit.level + 3; // path "/l0/l1/.../": split_part index of the child level
  const prefix = `${unit.path}%`;
  const hitung = () =>
    Promise.all([
      queryRows<{ anak: string; status: string | null; n: number }>(
        db,
        sql`select split_part(u.path, '/', ${anakIdx}) as anak, s.status, count(*)::int as n
              from unit_kerja u join jabatan j on j.unit_id = u.id
              join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF' and ${aktifPada("p", ctx.today)}
              left join skp s on s.penugasan_id = p.id and s.periode_id = ${periode?.id ?? null}
             where u.path like ${prefix}
             group by 1, 2`,
      ),
      periodePredikat
        ? queryRows<{ anak: string; predikat: Predikat; n: number }>(
            db,
            sql`select split_part(u.path, '/', ${anakIdx}) as anak, e.predikat, count(*)::int as n
                  from unit_kerja u join jabatan j on j.unit_id = u.id
                  join penugasan p on p.jabatan_id = j.id and p.jenis = 'DEFINITIF'
                  join skp s on s.penugasan_id = p.id and s.periode_id = ${periodePredikat.id}
                  join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.predikat is not null and e.status <> 'DRAFT'
                 where u.path like ${prefix}
                 group by 1, 2`,
          )
        : Promise.resolve([]),
      ]);
  const [{ value: [statusRows, predikatRows], at: dihitungAt }, anakRows, jejakRows] = await Promise.all([
    ringkasanCached(db, `unit:${unit.id}:${periode?.id}:${periodePredikat?.id}:${ctx.today}`, hitung),
    db.select({ id: unitKerja.id, nama: unitKerja.nama }).from(unitKerja).where(eq(unitKerja.parentId, unit.id)).orderBy(unitKerja.nama),
    queryRows<{ id: string; nama: string; path: string }>(
      db,
      sql`select id, nama, path from unit_kerja where ${unit.path} like path || '%' and id <> ${unit.id} order by level`,
    ),
  ]);

  const byAnak = new Map<string, HitunganUnit>();
  const ambil = (anak: string): HitunganUnit => {
    let h = byAnak.get(anak);
    if (!h) {
      const nama = anakRows.find((a) => a.id === anak)?.nama ?? unit.nama;
      h = { unitId: anak || null, nama, pegawai: 0, statusSkp: kosongStatus(), predikat: kosongPredikat(), dinilai: 0 };
      byAnak.set(anak, h);
    }
    return h;
  };
  const total: HitunganUnit = { unitId: unit.id, nama: unit.nama, pegawai: 0, statusSkp: kosongStatus(), predikat: kosongPredikat(), dinilai: 0 };
  for (const r of statusRows) {
    const n = Number(r.n);
    const key = (r.status ?? "BELUM_ADA") as StatusSkpAtauBelum;
    const h = ambil(r.anak);
    h.pegawai += n;
    h.statusSkp[key] += n;
    total.pegawai += n;
    total.statusSkp[key] += n;
  }
  for (const r of predikatRows) {
    const n = Number(r.n);
    const h = ambil(r.anak);
    h.predikat[r.predikat] += n;
    h.dinilai += n;
    total.predikat[r.predikat] += n;
    total.dinilai += n;
  }
  for (const a of anakRows) ambil(a.id);
  const langsung = byAnak.get("");
  const anak = anakRows.map((a) => byAnak.get(a.id)!).concat(langsung ? [{ ...langsung, nama: unit.nama, unitId: null }] : []);

  const unitDipimpin = actor.unitDipimpin.length
    ? await queryRows<{ id: string; nama: string }>(
        db,
        sql`select id, nama from unit_kerja where id in (${uuidList(actor.unitDipimpin.map((u) => u.id))}) order by level, nama`,
      )
    : [];
  return {
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, parentId: unit.parentId, path: unit.path },
    // ancestors shown as breadcrumbs only where the actor may open them
    jejak: jejakRows
      .filter((j) => can(actor, { aksi: "unit.ringkasan", unit: { id: j.id, path: j.path, instansiId: actor.instansiId } }))
      .map(({ id, nama }) => ({ id, nama })),
    periode,
    periodePredikat: periodePredikat ?? null,
    total,
    anak,
    unitDipimpin,
    dihitungAt: new Date(dihitungAt),
  };
}
