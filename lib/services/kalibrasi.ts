/**
 * Organisation rating, the distribution curve and calibration (spec §5).
 *
 * - The leader above a unit (a leader of a unit strictly above it) sets the unit's predikat kinerja
 *   organisasi per period with a reason and optional evidence.
 * - The calibration page of a unit shows its employees' annual predikat against the curve of the
 *   organisation rating (lib/domain/kurva `checkKurva`, with the period's rule set: rounding, small
 *   units and the policy are those of the rule set).
 * - A leader of the pegawai's unit or above calibrates a set annual evaluation through the evaluation
 *   machine's KALIBRASI transition (DITETAPKAN → DITETAPKAN) with a written reason; the objection window
 *   restarts.
 * - The unit head (or a leader above) finalises the unit's predikat ("Penetapan predikat kinerja"): under
 *   the policy BLOKIR_KECUALI_JUSTIFIKASI binding breaches need a written justification.
 *
 * Who counts in a unit's curve
 * - Annual evaluations (jenis TAHUNAN) with status ≠ DRAFT of SKPs of the period whose assignment's position
 *   (skp.penugasan_id → penugasan.jabatan_id → jabatan.unit_id) lies in the unit's subtree (unit_kerja.path
 *   like unit.path || '%').
 * - Excluded: the holder(s) of the unit's own head position (jabatan.kepala_unit and jabatan.unit_id = the
 *   unit): their rating hasil follows the organisation rating (lib/services/evaluasi `ratingDariOrganisasi`).
 *   Heads of units below are counted (flagged `kepalaUnitAnak`).
 * - One row per pegawai: with two SKPs in the period that have an annual evaluation, the latest by
 *   berlaku_selesai (then id) counts, wherever it lies; an earlier one never counts, so nobody counts twice
 *   and nobody counts in a unit they have left.
 * - DRAFT annual evaluations are counted apart as "belum ditetapkan" (same one-per-pegawai rule).
 * - Status KEBERATAN counts with its current predikat and is flagged by its status.
 *
 * Error codes (ServiceError DITOLAK / INPUT_TIDAK_VALID, message keys of "validasi"):
 * PERIODE_KALIBRASI_DITUTUP, HANYA_PIMPINAN_DI_ATAS, HANYA_PIMPINAN_UNIT, KALIBRASI_DIRI_SENDIRI,
 * KALIBRASI_HANYA_TAHUNAN, EVALUASI_BELUM_DITETAPKAN, EVALUASI_SEDANG_KEBERATAN, EVALUASI_SUDAH_FINAL,
 * KALIBRASI_RATING_SAMA (ratingHasil), IKUT_PREDIKAT_ORGANISASI (ratingHasil), PREDIKAT_ORGANISASI_BELUM_ADA,
 * BELUM_ADA_PEGAWAI_DINILAI, JUSTIFIKASI_WAJIB (justifikasi).
 */
import { eq, sql } from "drizzle-orm";
import { queryRows, uuidList, type DbOrTx } from "@/db/client";
import { evaluasi, kalibrasiEvaluasi as kalibrasiTabel, penetapanKurva, predikatOrganisasi as predikatOrganisasiTabel } from "@/db/schema";
import { LABEL_PREDIKAT, LABEL_PREDIKAT_ORGANISASI, type Predikat, type PredikatOrganisasi, type Rating } from "@/lib/domain/constants";
import { aturanKurvaTeks, bandingkanBaris, hitungPredikat, jumlahBerbeda } from "@/lib/domain/kalibrasi";
import { checkKurva, type Breach, type KurvaResult } from "@/lib/domain/kurva";
import { predikatKinerja } from "@/lib/domain/predikat";
import type { KebijakanKurva, RuleSet } from "@/lib/domain/rule-set";
import { EVALUASI_MACHINE, transition, type StatusEvaluasi } from "@/lib/domain/workflow";
import { can, type UnitRef } from "@/lib/policy";
import { kalibrasiSchema, penetapanKurvaSchema, predikatOrganisasiSchema } from "@/lib/schemas/kalibrasi";
import { catatAudit } from "./audit";
import { ruleSetPeriode, ruleSetRegulasi } from "./aturan";
import type { ServiceContext } from "./context";
import { ditolak, forbidden, isianTidakValid } from "./errors";
import { batasKeberatanDari, ratingDariOrganisasi } from "./evaluasi";
import { jabatanDipegang, kepalaUnitPada, pimpinanRantaiUnit } from "./hierarki";
import { terbitkan } from "./langsung";
import { kirimNotifikasi } from "./notifikasi";
import { getPeriodeAktif } from "./periode";
import { invalidateRingkasan } from "./ringkasan-cache";
import { fakta, isUuid, skpTerlihat } from "./skp";
import { parse } from "./validasi";

export interface BarisKalibrasi {
  evaluasiId: string;
  skpId: string;
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  unit: string;
  ppkNama: string | null;
  ratingHasil: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  status: "DITETAPKAN" | "KEBERATAN" | "FINAL";
  /** Holds the head position of a unit below the one shown (their hasil follows that unit's organisation rating). */
  kepalaUnitAnak: boolean;
  /** The latest calibration of this evaluation. */
  dikalibrasi: { oleh: string; alasan: string; at: Date; predikatLama: Predikat } | null;
  bolehKalibrasi: boolean;
}

export interface HalamanKalibrasi {
  unit: { id: string; nama: string; path: string; parentId: string | null };
  /** Ancestors the viewer may open, root first (the unit itself not included). */
  jejak: Array<{ id: string; nama: string }>;
  /** Child units, for drill-down. `ok` null while the child has no organisation rating. */
  anak: Array<{ id: string; nama: string; dinilai: number; predikatOrganisasi: PredikatOrganisasi | null; ok: boolean | null }>;
  periode: { id: string; nama: string; tahun: number; status: string };
  /** The instansi's other periods, newest first. */
  periodeLain: Array<{ id: string; nama: string }>;
  ruleSet: { kebijakanKurva: KebijakanKurva; kurvaMinimumPegawai: number };
  predikatOrganisasi: { predikat: PredikatOrganisasi; alasan: string | null; buktiTautan: string | null; olehNama: string; at: Date } | null;
  jumlah: Record<Predikat, number>;
  total: number;
  /** Annual evaluations still DRAFT (not counted in the curve). */
  belumDitetapkan: number;
  /** Null while no organisation rating is set. */
  kurva: KurvaResult | null;
  /** The rules for the current organisation rating, in words (id); empty while none is set. */
  aturanKurva: Array<{ kode: string; teks: string }>;
  /** Sorted by predikat (Sangat Baik first) then name; capped at BATAS_BARIS, the rest counted in `lebih`. */
  pegawai: BarisKalibrasi[];
  lebih: number;
  /** `pelanggaran`: binding breaches recorded; `berubahSejak`: counts or organisation rating changed since. */
  penetapan: { olehNama: string; at: Date; justifikasi: string | null; kebijakan: string; pelanggaran: number; berubahSejak: boolean } | null;
  boleh: { tetapkanOrganisasi: boolean; kalibrasi: boolean; tetapkanKurva: boolean };
}

export interface DokumenPenetapan {
  instansi: { nama: string };
  unit: { id: string; nama: string };
  periode: { id: string; nama: string; tahun: number; mulai: string; selesai: string };
  predikatOrganisasi: { predikat: PredikatOrganisasi; alasan: string | null; buktiTautan: string | null; olehNama: string; at: Date };
  jumlah: Record<Predikat, number>;
  total: number;
  belumDitetapkan: number;
  /** The curve now. */
  kurva: KurvaResult;
  /** The breaches recorded at finalisation when finalised, else the current ones. */
  pelanggaran: Breach[];
  ruleSet: { kebijakanKurva: KebijakanKurva; kurvaMinimumPegawai: number };
  /** Every counted employee, sorted as on the page (no cap). */
  pegawai: Array<{ nama: string; nip: string; golongan: string; jabatan: string; unit: string; predikat: Predikat; status: "DITETAPKAN" | "KEBERATAN" | "FINAL" }>;
  /** The finalisation and the leader who made it (their position at today's date). */
  penetapan: { nama: string; nip: string; golongan: string; jabatan: string; at: Date; justifikasi: string | null; kebijakan: string; berubahSejak: boolean } | null;
}

/** Rows listed on the page at most (the counts always cover everyone). */
export const BATAS_BARIS = 500;

const tanggal = (v: Date | string) => (v instanceof Date ? v : new Date(v));

// ---------------------------------------------------------------- loading

type UnitRow = { id: string; nama: string; path: string; parent_id: string | null; instansi_id: string };

async function muatUnit(db: DbOrTx, unitId: unknown): Promise<UnitRow | null> {
  if (!isUuid(unitId)) return null;
  const [u] = await queryRows<UnitRow>(db, sql`select id, nama, path, parent_id, instansi_id from unit_kerja where id = ${unitId}`);
  return u ?? null;
}

const unitRef = (u: UnitRow): UnitRef & { instansiId: string } => ({ id: u.id, path: u.path, instansiId: u.instansi_id });

type PeriodeRow = { id: string; nama: string; tahun: number; status: string; instansi_id: string; mulai: string; selesai: string };

async function muatPeriode(db: DbOrTx, periodeId: unknown, instansiId: string): Promise<PeriodeRow | null> {
  if (!isUuid(periodeId)) return null;
  const [p] = await queryRows<PeriodeRow>(
    db,
    sql`select id, nama, tahun, status, instansi_id, mulai::text as mulai, selesai::text as selesai from periode where id = ${periodeId} and instansi_id = ${instansiId}`,
  );
  return p ?? null;
}

type BarisDb = {
  evaluasi_id: string;
  skp_id: string;
  pegawai_id: string;
  status: StatusEvaluasi;
  rating_hasil: Rating | null;
  rating_perilaku: Rating | null;
  predikat: Predikat | null;
  kepala_unit: boolean;
  unit_id: string;
  unit_path: string;
};

/** With `rinci`: what the page and the document list of each row. */
type BarisRinci = BarisDb & {
  nama: string; nip: string; golongan: string; jabatan: string; unit: string; ppk_nama: string | null;
  kal_oleh: string | null; kal_alasan: string | null; kal_at: Date | string | null; kal_predikat_lama: Predikat | null;
};

/**
 * The annual evaluations counted for the unit (module header): one per pegawai, the unit's own head left
 * out, drafts included (the caller counts them apart). `rinci`: with names, position, PPK and the latest
 * calibration.
 */
async function evaluasiUnit(db: DbOrTx, unit: Pick<UnitRow, "id" | "path">, periodeId: string, rinci: true): Promise<BarisRinci[]>;
async function evaluasiUnit(db: DbOrTx, unit: Pick<UnitRow, "id" | "path">, periodeId: string, rinci?: false): Promise<BarisDb[]>;
async function evaluasiUnit(db: DbOrTx, unit: Pick<UnitRow, "id" | "path">, periodeId: string, rinci = false): Promise<BarisDb[]> {
  const baris = sql`select e.id as evaluasi_id, s.id as skp_id, s.pegawai_id, e.status, e.rating_hasil, e.rating_perilaku, e.predikat,
               j.kepala_unit, j.unit_id, u.path as unit_path
               ${rinci
                 ? sql`, pg.nama, pg.nip, pg.golongan, j.nama as jabatan, u.nama as unit, (select p.nama from pegawai p where p.id = s.ppk_pegawai_id) as ppk_nama`
                 : sql``}
          from unit_kerja u
          join jabatan j on j.unit_id = u.id
          join penugasan pn on pn.jabatan_id = j.id
          join skp s on s.penugasan_id = pn.id and s.periode_id = ${periodeId}
          join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN'
          ${rinci ? sql`join pegawai pg on pg.id = s.pegawai_id` : sql``}
         where u.path like ${`${unit.path}%`}
           and not (j.kepala_unit and j.unit_id = ${unit.id})
           and not exists (select 1 from skp s2 join evaluasi e2 on e2.skp_id = s2.id and e2.jenis = 'TAHUNAN'
                            where s2.pegawai_id = s.pegawai_id and s2.periode_id = s.periode_id
                              and (s2.berlaku_selesai, s2.id) > (s.berlaku_selesai, s.id))`;
  if (!rinci) return queryRows<BarisDb>(db, baris);
  // the latest calibration of each, in the same statement (a lateral join per row cost ~20 µs each even on an empty table)
  return queryRows<BarisRinci>(
    db,
    sql`with baris as (${baris})
        select b.*, k.oleh as kal_oleh, k.alasan as kal_alasan, k.created_at as kal_at, k.predikat_lama as kal_predikat_lama
          from baris b left join (
            select distinct on (k.evaluasi_id) k.evaluasi_id, p.nama as oleh, k.alasan, k.created_at, k.predikat_lama
              from kalibrasi_evaluasi k join pegawai p on p.id = k.oleh_id
             where k.evaluasi_id in (select evaluasi_id from baris)
             order by k.evaluasi_id, k.created_at desc, k.id desc) k on k.evaluasi_id = b.evaluasi_id`,
  );
}

type Tersusun<T extends BarisDb> = { dinilai: T[]; jumlah: Record<Predikat, number>; belumDitetapkan: number };

function susun<T extends BarisDb>(rows: readonly T[]): Tersusun<T> {
  const dinilai = rows.filter((r) => r.status !== "DRAFT" && r.predikat !== null);
  return { dinilai, jumlah: hitungPredikat(dinilai.map((r) => r.predikat!)), belumDitetapkan: rows.length - dinilai.length };
}

type PoRow = { predikat: PredikatOrganisasi; alasan: string | null; bukti_tautan: string | null; oleh_nama: string; at: Date | string };

async function muatPredikatOrganisasi(db: DbOrTx, unitId: string, periodeId: string): Promise<PoRow | null> {
  const [po] = await queryRows<PoRow>(
    db,
    sql`select po.predikat, po.alasan, po.bukti_tautan, p.nama as oleh_nama, po.updated_at as at
          from predikat_organisasi po join pegawai p on p.id = po.ditetapkan_oleh where po.unit_id = ${unitId} and po.periode_id = ${periodeId}`,
  );
  return po ?? null;
}

type PenetapanRow = {
  ditetapkan_oleh: string; oleh_nama: string; at: Date | string; justifikasi: string | null; kebijakan: string;
  predikat_organisasi: PredikatOrganisasi; jumlah: unknown; pelanggaran: unknown;
};

async function muatPenetapan(db: DbOrTx, unitId: string, periodeId: string): Promise<PenetapanRow | null> {
  const [r] = await queryRows<PenetapanRow>(
    db,
    sql`select pk.ditetapkan_oleh, p.nama as oleh_nama, pk.updated_at as at, pk.justifikasi, pk.kebijakan, pk.predikat_organisasi, pk.jumlah, pk.pelanggaran
          from penetapan_kurva pk join pegawai p on p.id = pk.ditetapkan_oleh where pk.unit_id = ${unitId} and pk.periode_id = ${periodeId}`,
  );
  return r ?? null;
}

const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

function berubahSejak(pk: PenetapanRow, jumlah: Record<Predikat, number>, po: PoRow | null): boolean {
  return !po || po.predikat !== pk.predikat_organisasi || jumlahBerbeda(jumlah, json<Record<Predikat, number>>(pk.jumlah));
}

const ringkasAturan = (rs: RuleSet) => ({ kebijakanKurva: rs.kebijakanKurva, kurvaMinimumPegawai: rs.kurvaMinimumPegawai });

// ---------------------------------------------------------------- the page

/** The calibration page of a unit for a period (default: the active one). Not allowed → not found. */
export async function getHalamanKalibrasi(ctx: ServiceContext, unitId: string, periodeId?: string | null): Promise<HalamanKalibrasi> {
  const unit = await muatUnit(ctx.db, unitId);
  if (!unit || !can(ctx.actor, { aksi: "kalibrasi.lihat", unit: unitRef(unit) })) throw forbidden();
  const pid = periodeId || (await getPeriodeAktif(ctx.db, unit.instansi_id, ctx.today))?.id;
  if (!isUuid(pid)) throw forbidden();
  // two statements side by side: the counted rows, and everything else about the unit and the period
  const idLeluhur = unit.path.split("/").filter((id) => id && id !== unit.id);
  const [rows, [info]] = await Promise.all([
    evaluasiUnit(ctx.db, unit, pid, true),
    queryRows<InfoHalaman>(
      ctx.db,
      sql`select p.id, p.nama, p.tahun, p.status, r.kode as regulasi_kode, r.aturan as regulasi_aturan,
                 po.predikat as po_predikat, po.alasan as po_alasan, po.bukti_tautan as po_bukti_tautan, pop.nama as po_oleh_nama, po.updated_at as po_at,
                 pk.ditetapkan_oleh as pk_ditetapkan_oleh, pkp.nama as pk_oleh_nama, pk.updated_at as pk_at, pk.justifikasi as pk_justifikasi, pk.kebijakan as pk_kebijakan,
                 pk.predikat_organisasi as pk_predikat_organisasi, pk.jumlah as pk_jumlah, pk.pelanggaran as pk_pelanggaran,
                 (select coalesce(json_agg(json_build_object('id', x.id, 'nama', x.nama) order by x.tahun desc), '[]'::json)
                    from periode x where x.instansi_id = p.instansi_id and x.id <> p.id) as periode_lain,
                 ${idLeluhur.length
                   ? sql`(select coalesce(json_agg(json_build_object('id', a.id, 'nama', a.nama, 'path', a.path) order by a.level), '[]'::json)
                            from unit_kerja a where a.id in (${uuidList(idLeluhur)}))`
                   : sql`'[]'::json`} as leluhur,
                 (select coalesce(json_agg(json_build_object('id', c.id, 'nama', c.nama, 'path', c.path, 'predikat', cpo.predikat) order by c.kode, c.nama), '[]'::json)
                    from unit_kerja c left join predikat_organisasi cpo on cpo.unit_id = c.id and cpo.periode_id = p.id where c.parent_id = ${unit.id}) as anak
            from periode p join regulasi r on r.id = p.regulasi_id
            left join predikat_organisasi po on po.unit_id = ${unit.id} and po.periode_id = p.id left join pegawai pop on pop.id = po.ditetapkan_oleh
            left join penetapan_kurva pk on pk.unit_id = ${unit.id} and pk.periode_id = p.id left join pegawai pkp on pkp.id = pk.ditetapkan_oleh
           where p.id = ${pid} and p.instansi_id = ${unit.instansi_id}`,
    ),
  ]);
  if (!info) throw forbidden();
  const periode = { id: info.id, nama: info.nama, tahun: info.tahun, status: info.status };
  const ruleSet = ruleSetRegulasi({ kode: info.regulasi_kode, aturan: info.regulasi_aturan });
  const po: PoRow | null = info.po_predikat
    ? { predikat: info.po_predikat, alasan: info.po_alasan, bukti_tautan: info.po_bukti_tautan, oleh_nama: info.po_oleh_nama!, at: info.po_at! }
    : null;
  const pk: PenetapanRow | null = info.pk_ditetapkan_oleh
    ? {
        ditetapkan_oleh: info.pk_ditetapkan_oleh, oleh_nama: info.pk_oleh_nama!, at: info.pk_at!, justifikasi: info.pk_justifikasi, kebijakan: info.pk_kebijakan!,
        predikat_organisasi: info.pk_predikat_organisasi!, jumlah: info.pk_jumlah, pelanggaran: info.pk_pelanggaran,
      }
    : null;
  const periodeLain = json<Array<{ id: string; nama: string }>>(info.periode_lain);
  const leluhur = json<Array<{ id: string; nama: string; path: string }>>(info.leluhur);
  const anak = json<Array<{ id: string; nama: string; path: string; predikat: PredikatOrganisasi | null }>>(info.anak);
  const { dinilai, jumlah, belumDitetapkan } = susun(rows);
  const kurva = po ? checkKurva(po.predikat, jumlah, ruleSet) : null;
  const terbuka = periode.status !== "DITUTUP";
  const bolehTetapkan = can(ctx.actor, { aksi: "kalibrasi.tetapkan", unit: unitRef(unit) });

  // the rows listed: sorted, capped
  const tampil = dinilai.map(rincian);
  tampil.sort(bandingkanBaris);
  const dipotong = tampil.slice(0, BATAS_BARIS);
  const pegawai: BarisKalibrasi[] = dipotong.map((r) => ({
    ...r,
    kepalaUnitAnak: r.kepalaUnit,
    bolehKalibrasi:
      terbuka && r.status === "DITETAPKAN" &&
      can(ctx.actor, { aksi: "kalibrasi.ubah", skp: { pemilik: { pegawaiId: r.pegawaiId, instansiId: unit.instansi_id, unitPaths: [r.unitPath], ppkPegawaiId: null, atasanPpkPegawaiId: null }, ppkPegawaiId: null, atasanPpkPegawaiId: null, status: "DISETUJUI" }, unitPath: r.unitPath }),
  })).map(({ kepalaUnit: _k, unitPath: _p, golongan: _g, ...r }) => r);

  return {
    unit: { id: unit.id, nama: unit.nama, path: unit.path, parentId: unit.parent_id },
    jejak: leluhur.filter((l) => can(ctx.actor, { aksi: "kalibrasi.lihat", unit: { id: l.id, path: l.path, instansiId: unit.instansi_id } })).map((l) => ({ id: l.id, nama: l.nama })),
    anak: anak.map((a) => {
      // a child's curve: its subtree, its own head left out
      const milik = dinilai.filter((r) => r.unit_path.startsWith(a.path) && !(r.kepala_unit && r.unit_id === a.id));
      return {
        id: a.id, nama: a.nama, dinilai: milik.length, predikatOrganisasi: a.predikat,
        ok: a.predikat ? checkKurva(a.predikat, hitungPredikat(milik.map((r) => r.predikat!)), ruleSet).ok : null,
      };
    }),
    periode: { id: periode.id, nama: periode.nama, tahun: periode.tahun, status: periode.status },
    periodeLain,
    ruleSet: ringkasAturan(ruleSet),
    predikatOrganisasi: po ? { predikat: po.predikat, alasan: po.alasan, buktiTautan: po.bukti_tautan, olehNama: po.oleh_nama, at: tanggal(po.at) } : null,
    jumlah,
    total: dinilai.length,
    belumDitetapkan,
    kurva,
    aturanKurva: po ? aturanKurvaTeks(po.predikat, ruleSet) : [],
    pegawai,
    lebih: tampil.length - dipotong.length,
    penetapan: pk
      ? {
          olehNama: pk.oleh_nama, at: tanggal(pk.at), justifikasi: pk.justifikasi, kebijakan: pk.kebijakan,
          pelanggaran: json<Breach[]>(pk.pelanggaran).filter((b) => !b.advisory).length, berubahSejak: berubahSejak(pk, jumlah, po),
        }
      : null,
    boleh: {
      tetapkanOrganisasi: terbuka && can(ctx.actor, { aksi: "predikatOrganisasi.tetapkan", unit: unitRef(unit) }),
      kalibrasi: terbuka && bolehTetapkan,
      tetapkanKurva: terbuka && bolehTetapkan && po !== null && dinilai.length > 0,
    },
  };
}

type InfoHalaman = {
  id: string; nama: string; tahun: number; status: string; regulasi_kode: string; regulasi_aturan: unknown;
  po_predikat: PredikatOrganisasi | null; po_alasan: string | null; po_bukti_tautan: string | null; po_oleh_nama: string | null; po_at: Date | string | null;
  pk_ditetapkan_oleh: string | null; pk_oleh_nama: string | null; pk_at: Date | string | null; pk_justifikasi: string | null; pk_kebijakan: string | null;
  pk_predikat_organisasi: PredikatOrganisasi | null; pk_jumlah: unknown; pk_pelanggaran: unknown;
  periode_lain: unknown; leluhur: unknown; anak: unknown;
};

type Rinci = Omit<BarisKalibrasi, "kepalaUnitAnak" | "bolehKalibrasi"> & { kepalaUnit: boolean; unitPath: string; golongan: string };

/** A counted row as listed. */
function rincian(r: BarisRinci): Rinci {
  return {
    evaluasiId: r.evaluasi_id, skpId: r.skp_id, pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, golongan: r.golongan, jabatan: r.jabatan, unit: r.unit, ppkNama: r.ppk_nama,
    ratingHasil: r.rating_hasil!, ratingPerilaku: r.rating_perilaku!, predikat: r.predikat!, status: r.status as BarisKalibrasi["status"],
    dikalibrasi: r.kal_oleh ? { oleh: r.kal_oleh, alasan: r.kal_alasan!, at: tanggal(r.kal_at!), predikatLama: r.kal_predikat_lama! } : null,
    kepalaUnit: r.kepala_unit, unitPath: r.unit_path,
  };
}

// ---------------------------------------------------------------- the organisation rating

/** The leader above the unit sets (or changes) its predikat kinerja organisasi for a period. */
export async function tetapkanPredikatOrganisasi(
  ctx: ServiceContext,
  input: { unitId: string; periodeId: string; predikat: PredikatOrganisasi; alasan: string; buktiTautan?: string | null } | unknown,
): Promise<void> {
  const data = parse(predikatOrganisasiSchema, input);
  const unit = await ctx.db.transaction(async (tx) => {
    const unit = await muatUnit(tx, data.unitId);
    if (!unit) throw forbidden();
    if (!can(ctx.actor, { aksi: "predikatOrganisasi.tetapkan", unit: unitRef(unit) })) {
      if (can(ctx.actor, { aksi: "kalibrasi.lihat", unit: unitRef(unit) })) throw ditolak("HANYA_PIMPINAN_DI_ATAS");
      throw forbidden();
    }
    const periode = await muatPeriode(tx, data.periodeId, unit.instansi_id);
    if (!periode) throw forbidden();
    if (periode.status === "DITUTUP") throw ditolak("PERIODE_KALIBRASI_DITUTUP");
    const [lama] = await queryRows<{ id: string; predikat: PredikatOrganisasi; alasan: string | null; bukti_tautan: string | null; ditetapkan_oleh: string }>(
      tx,
      sql`select id, predikat, alasan, bukti_tautan, ditetapkan_oleh from predikat_organisasi where unit_id = ${unit.id} and periode_id = ${periode.id} for update`,
    );
    const nilai = { predikat: data.predikat, alasan: data.alasan, buktiTautan: data.buktiTautan, ditetapkanOleh: ctx.actor.pegawaiId, updatedAt: new Date() };
    const [baris] = await tx
      .insert(predikatOrganisasiTabel)
      .values({ unitId: unit.id, periodeId: periode.id, ...nilai })
      .onConflictDoUpdate({ target: [predikatOrganisasiTabel.unitId, predikatOrganisasiTabel.periodeId], set: nilai })
      .returning({ id: predikatOrganisasiTabel.id });
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "PREDIKAT_ORGANISASI_DITETAPKAN", entitas: "predikat_organisasi", entitasId: baris!.id,
      sebelum: lama ? { predikat: lama.predikat, alasan: lama.alasan, buktiTautan: lama.bukti_tautan, ditetapkanOleh: lama.ditetapkan_oleh } : undefined,
      sesudah: { unitId: unit.id, periodeId: periode.id, predikat: data.predikat, alasan: data.alasan, buktiTautan: data.buktiTautan },
    });
    // the unit's head(s) hear it; every leader whose calibration page shows this unit sees it live
    const kepala = await kepalaUnitPada(tx, [unit.id], ctx.today);
    await kirimNotifikasi(
      tx,
      kepala.filter((id) => id !== ctx.actor.pegawaiId).map((penerimaId) => ({
        penerimaId, jenis: "LAINNYA" as const,
        judul: `Predikat kinerja organisasi ${unit.nama} ${periode.tahun}: ${LABEL_PREDIKAT_ORGANISASI[data.predikat]}`,
        isi: `${ctx.actor.nama} menetapkan predikat kinerja organisasi. Alasan: ${data.alasan}`,
        tautan: `/kalibrasi/${unit.id}?periode=${periode.id}`,
      })),
    );
    await terbitkan(tx, { untuk: await pimpinanRantaiUnit(tx, unit.path, ctx.today), jenis: "evaluasi", data: { unitId: unit.id } });
    return unit;
  });
  invalidateRingkasan(ctx.db, `instansi:${unit.instansi_id}`);
}

// ---------------------------------------------------------------- calibration

type EvKalibrasi = {
  id: string; jenis: "PERIODIK" | "TAHUNAN"; status: StatusEvaluasi; rating_hasil: Rating | null; rating_perilaku: Rating | null; predikat: Predikat | null;
  rating_hasil_saran: Rating | null; alasan_rating_hasil: string | null; penilai_id: string; periode_status: string; kepala_unit: boolean; predikat_organisasi: PredikatOrganisasi | null; tahun: number;
};

const MASALAH_STATUS: Record<StatusEvaluasi, string> = {
  DRAFT: "EVALUASI_BELUM_DITETAPKAN",
  DITETAPKAN: "EVALUASI_BELUM_DITETAPKAN",
  KEBERATAN: "EVALUASI_SEDANG_KEBERATAN",
  FINAL: "EVALUASI_SUDAH_FINAL",
};

/**
 * A leader of the pegawai's unit or above changes a set annual evaluation's ratings with a written reason
 * (KALIBRASI). The predikat follows the rule set's matrix; the objection window restarts from today.
 */
export async function kalibrasiEvaluasi(
  ctx: ServiceContext,
  input: { evaluasiId: string; ratingHasil: Rating; ratingPerilaku: Rating; alasan: string } | unknown,
): Promise<{ predikat: Predikat }> {
  const data = parse(kalibrasiSchema, input);
  const hasil = await ctx.db.transaction(async (tx) => {
    const [e0] = await queryRows<{ skp_id: string }>(tx, sql`select skp_id from evaluasi where id = ${data.evaluasiId}`);
    if (!e0) throw forbidden();
    // the SKP row first, locked, as every other write on an SKP
    const row = await skpTerlihat(ctx, tx, e0.skp_id, true);
    if (row.pegawai_id === ctx.actor.pegawaiId) throw ditolak("KALIBRASI_DIRI_SENDIRI");
    if (!can(ctx.actor, { aksi: "kalibrasi.ubah", skp: fakta(row), unitPath: row.unit_path })) throw ditolak("HANYA_PIMPINAN_UNIT");
    const [ev] = await queryRows<EvKalibrasi>(
      tx,
      sql`select e.id, e.jenis, e.status, e.rating_hasil, e.rating_perilaku, e.predikat, e.rating_hasil_saran, e.alasan_rating_hasil, e.penilai_id,
                 pr.status as periode_status, pr.tahun, j.kepala_unit, po.predikat as predikat_organisasi
            from evaluasi e join skp s on s.id = e.skp_id join periode pr on pr.id = s.periode_id
            join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
            left join predikat_organisasi po on po.unit_id = j.unit_id and po.periode_id = s.periode_id
           where e.id = ${data.evaluasiId} for update of e`,
    );
    if (ev!.jenis !== "TAHUNAN") throw ditolak("KALIBRASI_HANYA_TAHUNAN");
    if (ev!.periode_status === "DITUTUP") throw ditolak("PERIODE_KALIBRASI_DITUTUP");
    if (!transition(EVALUASI_MACHINE, ev!.status, "KALIBRASI", "PIMPINAN").ok) throw ditolak(MASALAH_STATUS[ev!.status]);
    if (data.ratingHasil === ev!.rating_hasil && data.ratingPerilaku === ev!.rating_perilaku) throw isianTidakValid("KALIBRASI_RATING_SAMA", "ratingHasil");
    const wajib = ratingDariOrganisasi({ cp: null, kepalaUnit: ev!.kepala_unit, predikatOrganisasi: ev!.predikat_organisasi });
    if (wajib && data.ratingHasil !== wajib) throw isianTidakValid("IKUT_PREDIKAT_ORGANISASI", "ratingHasil");

    const { ruleSet } = await ruleSetPeriode(tx, row.periode_id);
    const predikat = predikatKinerja(data.ratingHasil, data.ratingPerilaku, ruleSet);
    const batas = await batasKeberatanDari(tx, ctx.today, ruleSet, row.instansi_id);
    await tx
      .update(evaluasi)
      .set({
        ratingHasil: data.ratingHasil, ratingPerilaku: data.ratingPerilaku, predikat,
        // a hasil that differs from the suggestion keeps a reason: the PPK's while the hasil stays, else the calibration's
        alasanRatingHasil:
          !ev!.rating_hasil_saran || data.ratingHasil === ev!.rating_hasil_saran ? null : data.ratingHasil === ev!.rating_hasil ? ev!.alasan_rating_hasil ?? data.alasan : data.alasan,
        diterimaAt: null, batasKeberatan: batas, updatedAt: new Date(),
      })
      .where(eq(evaluasi.id, ev!.id));
    const [kal] = await tx
      .insert(kalibrasiTabel)
      .values({
        evaluasiId: ev!.id, olehId: ctx.actor.pegawaiId, alasan: data.alasan,
        ratingHasilLama: ev!.rating_hasil!, ratingPerilakuLama: ev!.rating_perilaku!, predikatLama: ev!.predikat!,
        ratingHasilBaru: data.ratingHasil, ratingPerilakuBaru: data.ratingPerilaku, predikatBaru: predikat,
      })
      .returning({ id: kalibrasiTabel.id });
    const tautan = `/evaluasi/${row.id}?tahunan=1`;
    const isi = `${ctx.actor.nama} mengkalibrasi predikat dari ${LABEL_PREDIKAT[ev!.predikat!]} menjadi ${LABEL_PREDIKAT[predikat]}. Alasan: ${data.alasan}`;
    const ppk = [...new Set([ev!.penilai_id, row.ppk_pegawai_id].filter((x): x is string => !!x && x !== ctx.actor.pegawaiId && x !== row.pegawai_id))];
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "EVALUASI_DIKALIBRASI", entitas: "evaluasi", entitasId: ev!.id,
      sebelum: { ratingHasil: ev!.rating_hasil, ratingPerilaku: ev!.rating_perilaku, predikat: ev!.predikat, status: ev!.status },
      sesudah: { ratingHasil: data.ratingHasil, ratingPerilaku: data.ratingPerilaku, predikat, status: "DITETAPKAN", alasan: data.alasan, batasKeberatan: batas, kalibrasiId: kal!.id },
    });
    await kirimNotifikasi(tx, [
      {
        penerimaId: row.pegawai_id, jenis: "EVALUASI_DITETAPKAN", tautan,
        judul: `Predikat kinerja tahunan ${ev!.tahun} dikalibrasi: ${LABEL_PREDIKAT[predikat]}`,
        isi: `${isi} Keberatan dapat diajukan paling lambat ${batas}.`,
      },
      ...ppk.map((penerimaId) => ({ penerimaId, jenis: "EVALUASI_DITETAPKAN" as const, tautan, judul: `Predikat kinerja ${row.nama_pegawai} dikalibrasi: ${LABEL_PREDIKAT[predikat]}`, isi })),
    ]);
    await terbitkan(tx, {
      untuk: [row.pegawai_id, ...ppk, ctx.actor.pegawaiId, ...(await pimpinanRantaiUnit(tx, row.unit_path, ctx.today))],
      jenis: "evaluasi", data: { skpId: row.id },
    });
    return { predikat, instansiId: row.instansi_id };
  });
  invalidateRingkasan(ctx.db, `instansi:${hasil.instansiId}`);
  return { predikat: hasil.predikat };
}

// ---------------------------------------------------------------- finalisation

/**
 * The unit head (or a leader above) finalises the unit's employee predikat against the curve. Under
 * BLOKIR_KECUALI_JUSTIFIKASI binding breaches need a justification; under PERINGATAN it is optional.
 * Finalising again replaces the record (the audit log keeps each).
 */
export async function tetapkanKurvaUnit(ctx: ServiceContext, input: { unitId: string; periodeId: string; justifikasi?: string | null } | unknown): Promise<{ pelanggaran: number }> {
  const data = parse(penetapanKurvaSchema, input);
  return ctx.db.transaction(async (tx) => {
    const unit = await muatUnit(tx, data.unitId);
    if (!unit) throw forbidden();
    if (!can(ctx.actor, { aksi: "kalibrasi.tetapkan", unit: unitRef(unit) })) {
      if (can(ctx.actor, { aksi: "kalibrasi.lihat", unit: unitRef(unit) })) throw ditolak("HANYA_PIMPINAN_UNIT");
      throw forbidden();
    }
    const periode = await muatPeriode(tx, data.periodeId, unit.instansi_id);
    if (!periode) throw forbidden();
    if (periode.status === "DITUTUP") throw ditolak("PERIODE_KALIBRASI_DITUTUP");
    // one finalisation at a time per unit and period: lock the organisation rating it rests on
    const [po] = await queryRows<{ predikat: PredikatOrganisasi }>(
      tx,
      sql`select predikat from predikat_organisasi where unit_id = ${unit.id} and periode_id = ${periode.id} for update`,
    );
    if (!po) throw ditolak("PREDIKAT_ORGANISASI_BELUM_ADA");
    const [{ ruleSet }, rows, lama] = await Promise.all([ruleSetPeriode(tx, periode.id), evaluasiUnit(tx, unit, periode.id), muatPenetapan(tx, unit.id, periode.id)]);
    const { dinilai, jumlah } = susun(rows);
    if (dinilai.length === 0) throw ditolak("BELUM_ADA_PEGAWAI_DINILAI");
    const kurva = checkKurva(po.predikat, jumlah, ruleSet);
    const mengikat = kurva.breaches.filter((b) => !b.advisory);
    if (ruleSet.kebijakanKurva === "BLOKIR_KECUALI_JUSTIFIKASI" && mengikat.length > 0 && !data.justifikasi) throw ditolak("JUSTIFIKASI_WAJIB", "justifikasi");
    const nilai = {
      ditetapkanOleh: ctx.actor.pegawaiId, predikatOrganisasi: po.predikat, kebijakan: ruleSet.kebijakanKurva, justifikasi: data.justifikasi,
      jumlah, pelanggaran: kurva.breaches, updatedAt: new Date(),
    };
    const [baris] = await tx
      .insert(penetapanKurva)
      .values({ unitId: unit.id, periodeId: periode.id, ...nilai })
      .onConflictDoUpdate({ target: [penetapanKurva.unitId, penetapanKurva.periodeId], set: nilai })
      .returning({ id: penetapanKurva.id });
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "KURVA_DITETAPKAN", entitas: "penetapan_kurva", entitasId: baris!.id,
      sebelum: lama ? { ditetapkanOleh: lama.ditetapkan_oleh, predikatOrganisasi: lama.predikat_organisasi, kebijakan: lama.kebijakan, justifikasi: lama.justifikasi, jumlah: json(lama.jumlah) } : undefined,
      sesudah: { unitId: unit.id, periodeId: periode.id, predikatOrganisasi: po.predikat, kebijakan: ruleSet.kebijakanKurva, justifikasi: data.justifikasi, jumlah, pelanggaran: mengikat.length },
    });
    await terbitkan(tx, { untuk: await pimpinanRantaiUnit(tx, unit.path, ctx.today), jenis: "evaluasi", data: { unitId: unit.id } });
    return { pelanggaran: mengikat.length };
  });
}

// ---------------------------------------------------------------- the document

/**
 * The data of "Penetapan predikat kinerja" of a unit and period (PDF): for whoever may see the page.
 * Period: the given one, else (empty) the active one. Without an organisation rating there is nothing to
 * print: DITOLAK PREDIKAT_ORGANISASI_BELUM_ADA.
 */
export async function getPenetapanDokumen(ctx: ServiceContext, unitId: string, periodeId?: string | null): Promise<DokumenPenetapan> {
  const unit = await muatUnit(ctx.db, unitId);
  if (!unit || !can(ctx.actor, { aksi: "kalibrasi.lihat", unit: unitRef(unit) })) throw forbidden();
  const periode = await muatPeriode(ctx.db, periodeId || (await getPeriodeAktif(ctx.db, unit.instansi_id, ctx.today))?.id, unit.instansi_id);
  if (!periode) throw forbidden();
  const [rows, po, pk, { ruleSet }, [instansi]] = await Promise.all([
    evaluasiUnit(ctx.db, unit, periode.id, true),
    muatPredikatOrganisasi(ctx.db, unit.id, periode.id),
    muatPenetapan(ctx.db, unit.id, periode.id),
    ruleSetPeriode(ctx.db, periode.id),
    queryRows<{ nama: string }>(ctx.db, sql`select nama from instansi where id = ${unit.instansi_id}`),
  ]);
  if (!po) throw ditolak("PREDIKAT_ORGANISASI_BELUM_ADA");
  const { dinilai, jumlah, belumDitetapkan } = susun(rows);
  const kurva = checkKurva(po.predikat, jumlah, ruleSet);
  const rinci = dinilai.map(rincian).sort(bandingkanBaris);
  let penetapan: DokumenPenetapan["penetapan"] = null;
  if (pk) {
    const [[p], jabatan] = await Promise.all([
      queryRows<{ nip: string; golongan: string }>(ctx.db, sql`select nip, golongan from pegawai where id = ${pk.ditetapkan_oleh}`),
      jabatanDipegang(ctx.db, pk.ditetapkan_oleh, ctx.today),
    ]);
    const kepala = jabatan.find((j) => j.kepalaUnit && unit.path.startsWith(j.unitPath)) ?? jabatan[0];
    penetapan = {
      nama: pk.oleh_nama, nip: p!.nip, golongan: p!.golongan, jabatan: kepala?.jabatanNama ?? "", at: tanggal(pk.at),
      justifikasi: pk.justifikasi, kebijakan: pk.kebijakan, berubahSejak: berubahSejak(pk, jumlah, po),
    };
  }
  return {
    instansi: { nama: instansi!.nama },
    unit: { id: unit.id, nama: unit.nama },
    periode: { id: periode.id, nama: periode.nama, tahun: periode.tahun, mulai: periode.mulai, selesai: periode.selesai },
    predikatOrganisasi: { predikat: po.predikat, alasan: po.alasan, buktiTautan: po.bukti_tautan, olehNama: po.oleh_nama, at: tanggal(po.at) },
    jumlah,
    total: dinilai.length,
    belumDitetapkan,
    kurva,
    pelanggaran: pk ? json<Breach[]>(pk.pelanggaran) : kurva.breaches,
    ruleSet: ringkasAturan(ruleSet),
    pegawai: rinci.map((r) => ({ nama: r.nama, nip: r.nip, golongan: r.golongan, jabatan: r.jabatan, unit: r.unit, predikat: r.predikat, status: r.status })),
    penetapan,
  };
}
