/**
 * Demo data: the Helvetia roster plus a year and a half of performance-management activity.
 *
 *   await seedHelvetia(db, { today: "2026-11-28" })
 *
 * Idempotent: every row has a deterministic id (name-based UUID of a stable key) and is inserted with
 * ON CONFLICT DO NOTHING; rows found by a natural key (instansi by kode, regulasi by kode, periode by
 * instansi+tahun, checkpoint by periode+urutan) are read back so rows made elsewhere are reused;
 * audit rows are written only when missing. Re-running with the same `today` changes nothing;
 * a later `today` adds what became due (e.g. the realisations of a new month).
 *
 * Everything is computed in memory first (pure), then written in batches in one transaction.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../client";
import { queryRows } from "../client";
import * as t from "../schema";
import {
  LABEL_PREDIKAT,
  NILAI_BERAKHLAK,
  type NilaiBerakhlak,
  type Predikat,
  type PredikatOrganisasi,
  type Rating,
} from "../../lib/domain/constants";
import { resolvePpk, type Jabatan as DomJabatan, type Penugasan as DomPenugasan } from "../../lib/domain/penugasan";
import { predikatKinerja } from "../../lib/domain/predikat";
import { angkaKredit } from "../../lib/domain/angka-kredit";
import { rencanaPeriode } from "../../lib/domain/periode";
import { PERMENPANRB_6_2022 } from "../../lib/domain/rule-set";
import { bekukanVersi } from "../../lib/services/skp-dokumen";
import {
  buildHelvetiaRoster,
  helvetiaId,
  slug,
  type HelvetiaRoster,
  type RosterJabatan,
  type RosterPegawai,
  type RosterPenugasan,
  type RosterUnit,
} from "./helvetia-roster";
import {
  CATATAN_REVISI,
  EKSPEKTASI,
  FRASA_UMPAN_BALIK,
  IKI_KUALITAS_UMUM,
  IKI_WAKTU_UMUM,
  ISI_UMPAN_BALIK,
  LAMPIRAN,
  RENCANA_AKSI,
  RHK_JPT,
  rhkStaf,
  rhkStruktural,
  TARGET_KUALITATIF,
  UMPAN_BALIK_PERILAKU,
  type IkiTeks,
  type RhkTeks,
} from "./teks";
import { antrianPredikat, ratingHasilKepala, ratingUntuk } from "./sebaran";
import { addDaysIso, insertMany, isoDate, maxIso, minIso, Rng, wib } from "./util";

export type SeedHelvetiaResult = { instansiId: string; pegawai: number; skp: number };

export const REGULASI_KODE = "PERMENPANRB_6_2022";

/** Organisation ratings of the previous year, by perangkat daerah kode (default BAIK). */
const PREDIKAT_ORGANISASI_LALU: Record<string, PredikatOrganisasi> = {
  DISKOMINFO: "ISTIMEWA",
  DISDUKCAPIL: "ISTIMEWA",
  BKPSDM: "ISTIMEWA",
  "KEC.HB": "BUTUH_PERBAIKAN",
};

const RATE_SATUAN = new Set(["%", "nilai", "indeks", "level"]);

// ---------------------------------------------------------------- row types

type Ins<T extends { $inferInsert: unknown }> = T["$inferInsert"];
type Rows = {
  skp: Ins<typeof t.skp>[];
  /** Approved plans to freeze once their content is written. */
  skpVersi: Array<{ skpId: string; disetujuiOleh: string | null; disetujuiAt: Date | null }>;
  rhk: Ins<typeof t.rhk>[];
  iki: Ins<typeof t.iki>[];
  matriks: Ins<typeof t.matriksPeran>[];
  ekspektasi: Ins<typeof t.ekspektasiPerilaku>[];
  lampiran: Ins<typeof t.lampiranSkp>[];
  catatan: Ins<typeof t.catatanSkp>[];
  rencanaAksi: Ins<typeof t.rencanaAksi>[];
  realisasi: Ins<typeof t.realisasi>[];
  bukti: Ins<typeof t.buktiDukung>[];
  umpanBalik: Ins<typeof t.umpanBalik>[];
  dialog: Ins<typeof t.dialogKinerja>[];
  tanyaJawab: Ins<typeof t.dialogTanyaJawab>[];
  tindakan: Ins<typeof t.dialogTindakan>[];
  evaluasi: Ins<typeof t.evaluasi>[];
  evaluasiRincian: Ins<typeof t.evaluasiRincian>[];
  keberatan: Ins<typeof t.keberatan>[];
  angkaKredit: Ins<typeof t.angkaKredit>[];
  predikatOrganisasi: Ins<typeof t.predikatOrganisasi>[];
  diklat: Ins<typeof t.diklat>[];
  usulan: Ins<typeof t.usulanPengembangan>[];
  usulanDiklat: Ins<typeof t.usulanDiklat>[];
  pelatihan: Ins<typeof t.riwayatPelatihan>[];
  notifikasi: Ins<typeof t.notifikasi>[];
};

type StatusSkp = "DRAFT" | "DIAJUKAN" | "REVISI" | "DISETUJUI";
type CheckpointRef = { id: string; urutan: number; nama: string; mulai: string; selesai: string; batasEvaluasi: string };
type PeriodeRef = { id: string; tahun: number; mulai: string; selesai: string; checkpoint: CheckpointRef[] };

type IkiModel = {
  id: string;
  urutan: number;
  aspek: IkiTeks["aspek"];
  indikator: string;
  target: number | null;
  targetMax: number | null;
  satuan: string | null;
  kualitatif: string | null;
};
type RhkModel = {
  id: string;
  jenis: "UTAMA" | "TAMBAHAN";
  urutan: number;
  uraian: string;
  perspektif: RhkTeks["perspektif"] | null;
  rhkAtasanId: string | null;
  iki: IkiModel[];
};
type SkpModel = {
  id: string;
  key: string;
  periode: PeriodeRef;
  pen: RosterPenugasan;
  peg: RosterPegawai;
  jab: RosterJabatan;
  unit: RosterUnit;
  pd: RosterUnit;
  ppkId: string | null;
  atasanPpkId: string | null;
  status: StatusSkp;
  pendekatan: "KUANTITATIF" | "KUALITATIF";
  bentuk: "JPT" | "NON_JPT";
  mulai: string;
  selesai: string;
  bulan: number;
  depth: number;
  rhk: RhkModel[];
  /** Performance factor for realisations (~0.6–1.1 of the pro-rata target). */
  kinerja: number;
  diajukanAt: Date | null;
  disetujuiAt: Date | null;
};

// ---------------------------------------------------------------- entry point

export async function seedHelvetia(db: Db, opts: { today: string }): Promise<SeedHelvetiaResult> {
  const { today } = opts;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new RangeError(`today harus YYYY-MM-DD, bukan "${today}"`);
  const roster = buildHelvetiaRoster({ today });
  const tahun = Number(today.slice(0, 4));

  return db.transaction(async (tx) => {
    // ---- natural-key rows first, read back (they may have been made elsewhere with other ids)
    await insertMany(tx, t.instansi, [roster.instansi]);
    const [ins] = await tx.select({ id: t.instansi.id }).from(t.instansi).where(eq(t.instansi.kode, roster.instansi.kode));
    const instansiId = ins!.id;

    await insertMany(tx, t.regulasi, [
      { id: helvetiaId("regulasi", REGULASI_KODE), kode: REGULASI_KODE, nama: PERMENPANRB_6_2022.nama, berlakuMulai: PERMENPANRB_6_2022.berlakuMulai, aturan: {} },
    ]);
    const [reg] = await tx.select({ id: t.regulasi.id }).from(t.regulasi).where(eq(t.regulasi.kode, REGULASI_KODE));
    const regulasiId = reg!.id;

    // ---- organisation and people
    await insertMany(tx, t.unitKerja, roster.unit.map((u) => ({ id: u.id, instansiId, parentId: u.parentId, kode: u.kode, nama: u.nama, jenis: u.jenis, level: u.level, path: u.path })));
    await insertMany(tx, t.jabatan, roster.jabatan.map((j) => ({ id: j.id, instansiId, unitId: j.unitId, nama: j.nama, jenis: j.jenis, jenjang: j.jenjang, kepalaUnit: j.kepalaUnit, atasanJabatanId: j.atasanJabatanId, kelasJabatan: j.kelasJabatan })));
    await insertMany(tx, t.pegawai, roster.pegawai.map((p) => ({ id: p.id, instansiId, nip: p.nip, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, status: p.status, golongan: p.golongan, jenisKelamin: p.jenisKelamin, tanggalLahir: p.tanggalLahir, email: p.email, aktif: p.aktif })));
    await insertMany(tx, t.penugasan, roster.penugasan.map((p) => ({ id: p.id, pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, jenis: p.jenis, mulai: p.mulai, selesai: p.selesai, nomorSk: p.nomorSk })));
    await insertMany(tx, t.peranPegawai, roster.peran);

    // ---- periods (this year running, last year closed)
    const periode = {
      lalu: await ensurePeriode(tx, instansiId, regulasiId, tahun - 1, "DITUTUP"),
      kini: await ensurePeriode(tx, instansiId, regulasiId, tahun, "BERJALAN"),
    };

    // ---- activity, computed in memory, then written
    const rows = buildActivity(roster, { today, instansiId, regulasiId, periode });
    await insertMany(tx, t.diklat, rows.diklat);
    await insertMany(tx, t.frasaUmpanBalik, FRASA_UMPAN_BALIK.map((teks, i) => ({ id: id("frasa", teks), instansiId, urutan: i + 1, teks })));
    await insertMany(tx, t.skp, rows.skp);
    await insertMany(tx, t.rhk, rows.rhk, 1000);
    await insertMany(tx, t.iki, rows.iki, 1000);
    await insertMany(tx, t.matriksPeran, rows.matriks);
    await insertMany(tx, t.ekspektasiPerilaku, rows.ekspektasi, 1000);
    await insertMany(tx, t.lampiranSkp, rows.lampiran, 1000);
    await insertMany(tx, t.catatanSkp, rows.catatan);
    // approved plans are frozen through the same loader the app uses, so versions read alike
    const berversi = new Set((await queryRows<{ skp_id: string }>(tx, sql`select skp_id from skp_versi`)).map((v) => v.skp_id));
    await bekukanVersi(
      tx,
      rows.skpVersi.filter((v) => !berversi.has(v.skpId)).map((v) => ({ id: v.skpId, disetujuiOleh: v.disetujuiOleh ?? null, disetujuiAt: v.disetujuiAt ?? new Date(today) })),
      today,
    );
    await insertMany(tx, t.rencanaAksi, rows.rencanaAksi, 1000);
    await insertMany(tx, t.realisasi, rows.realisasi, 1000);
    await insertMany(tx, t.buktiDukung, rows.bukti, 1000);
    await insertMany(tx, t.umpanBalik, rows.umpanBalik);
    await insertMany(tx, t.dialogKinerja, rows.dialog);
    await insertMany(tx, t.dialogTanyaJawab, rows.tanyaJawab);
    await insertMany(tx, t.dialogTindakan, rows.tindakan);
    await insertMany(tx, t.evaluasi, rows.evaluasi, 1000);
    await insertMany(tx, t.evaluasiRincian, rows.evaluasiRincian);
    await insertMany(tx, t.keberatan, rows.keberatan);
    await insertMany(tx, t.angkaKredit, rows.angkaKredit);
    await insertMany(tx, t.predikatOrganisasi, rows.predikatOrganisasi);
    await insertMany(tx, t.usulanPengembangan, rows.usulan);
    await insertMany(tx, t.usulanDiklat, rows.usulanDiklat);
    await insertMany(tx, t.riwayatPelatihan, rows.pelatihan);
    await insertMany(tx, t.notifikasi, rows.notifikasi);

    const sekda = roster.persona.sekda;
    await auditSeed(tx, [
      { aktorId: null, entitas: "instansi", entitasId: instansiId, sesudah: { kode: roster.instansi.kode, nama: roster.instansi.nama, unit: roster.unit.length, jabatan: roster.jabatan.length, pegawai: roster.pegawai.length } },
      { aktorId: null, entitas: "regulasi", entitasId: regulasiId, sesudah: { kode: REGULASI_KODE } },
      { aktorId: sekda, entitas: "periode", entitasId: periode.lalu.id, sesudah: { tahun: tahun - 1, status: "DITUTUP" } },
      { aktorId: sekda, entitas: "periode", entitasId: periode.kini.id, sesudah: { tahun, status: "BERJALAN" } },
      { aktorId: null, entitas: "seed", entitasId: `HELVETIA:${today}`, sesudah: { today, skp: rows.skp.length, realisasi: rows.realisasi.length, evaluasi: rows.evaluasi.length } },
    ]);

    const [counts] = await queryRows<{ pegawai: number; skp: number }>(
      tx,
      sql`select (select count(*)::int from pegawai where instansi_id = ${instansiId}) as pegawai,
                 (select count(*)::int from skp s join periode p on p.id = s.periode_id where p.instansi_id = ${instansiId}) as skp`,
    );
    return { instansiId, pegawai: counts!.pegawai, skp: counts!.skp };
  });
}

async function ensurePeriode(tx: DbOrTx, instansiId: string, regulasiId: string, tahun: number, status: "BERJALAN" | "DITUTUP"): Promise<PeriodeRef> {
  const rencana = rencanaPeriode(tahun, "BULANAN");
  const id = helvetiaId("periode", `${instansiId}:${tahun}`);
  await insertMany(tx, t.periode, [
    {
      id,
      instansiId,
      tahun,
      nama: rencana.nama,
      mulai: rencana.mulai,
      selesai: rencana.selesai,
      jenisCheckpoint: "BULANAN",
      batasPenetapanSkp: rencana.batasPenetapanSkp,
      batasEvaluasiTahunan: rencana.batasEvaluasiTahunan,
      regulasiId,
      status,
    },
  ]);
  const [row] = await tx
    .select({ id: t.periode.id, mulai: t.periode.mulai, selesai: t.periode.selesai })
    .from(t.periode)
    .where(and(eq(t.periode.instansiId, instansiId), eq(t.periode.tahun, tahun)));
  const periodeId = row!.id;
  await insertMany(
    tx,
    t.checkpoint,
    rencana.checkpoint.map((c) => ({ id: helvetiaId("checkpoint", `${periodeId}:${c.urutan}`), periodeId, ...c })),
  );
  const cps = await tx.select().from(t.checkpoint).where(eq(t.checkpoint.periodeId, periodeId)).orderBy(t.checkpoint.urutan);
  return { id: periodeId, tahun, mulai: row!.mulai, selesai: row!.selesai, checkpoint: cps };
}

async function auditSeed(
  tx: DbOrTx,
  entries: { aktorId: string | null; entitas: string; entitasId: string; sesudah: unknown }[],
): Promise<void> {
  const payload = JSON.stringify(entries.map((e) => ({ aktor_id: e.aktorId, entitas: e.entitas, entitas_id: e.entitasId, sesudah: e.sesudah })));
  await tx.execute(sql`
    insert into audit_log (aktor_id, aksi, entitas, entitas_id, sesudah)
    select x.aktor_id, 'SEED', x.entitas, x.entitas_id, x.sesudah
    from json_to_recordset(${payload}::json) as x(aktor_id uuid, entitas text, entitas_id text, sesudah jsonb)
    where not exists (select 1 from audit_log a where a.aksi = 'SEED' and a.entitas = x.entitas and a.entitas_id = x.entitas_id)`);
}

// ---------------------------------------------------------------- the activity (pure)

export type ActivityContext = {
  today: string;
  instansiId: string;
  regulasiId: string;
  periode: { lalu: PeriodeRef; kini: PeriodeRef };
};

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const bulanAntara = (mulai: string, selesai: string) => monthIndex(selesai) - monthIndex(mulai) + 1;
const id = (jenis: string, key: string) => helvetiaId(jenis, key);
const round2 = (n: number) => Math.round(n * 100) / 100;
const num = (n: number | null) => (n === null ? null : String(n));

/** Builds every activity row from the roster; exported for tests and tools. */
export function buildActivity(roster: HelvetiaRoster, ctx: ActivityContext): Rows {
  const { today } = ctx;
  const rows: Rows = {
    skp: [], skpVersi: [], rhk: [], iki: [], matriks: [], ekspektasi: [], lampiran: [], catatan: [], rencanaAksi: [],
    realisasi: [], bukti: [], umpanBalik: [], dialog: [], tanyaJawab: [], tindakan: [], evaluasi: [], evaluasiRincian: [], keberatan: [],
    angkaKredit: [], predikatOrganisasi: [], diklat: [], usulan: [], usulanDiklat: [], pelatihan: [], notifikasi: [],
  };

  const unitById = new Map(roster.unit.map((u) => [u.id, u]));
  const unitByKode = new Map(roster.unit.map((u) => [u.kode, u]));
  const jabById = new Map(roster.jabatan.map((j) => [j.id, j]));
  const pegById = new Map(roster.pegawai.map((p) => [p.id, p]));
  const domJabatan: DomJabatan[] = roster.jabatan.map((j) => ({ id: j.id, unitId: j.unitId, jenis: j.jenis, atasanJabatanId: j.atasanJabatanId }));
  const domPenugasan: DomPenugasan[] = roster.penugasan.map((p) => ({ id: p.id, pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, jenis: p.jenis, mulai: p.mulai, selesai: p.selesai }));
  const pdOf = (u: RosterUnit) => unitByKode.get(u.perangkatDaerahKode)!;
  const persona = roster.persona;
  const ppkPersonaId = persona.ppk;
  const pltId = persona.plt;

  // ---- SKP models per year
  const planYear = (periode: PeriodeRef): SkpModel[] => {
    const out: SkpModel[] = [];
    for (const pen of roster.penugasan) {
      if (pen.jenis !== "DEFINITIF") continue;
      const mulai = maxIso(periode.mulai, pen.mulai);
      const selesai = minIso(periode.selesai, pen.selesai ?? periode.selesai);
      if (mulai > selesai || mulai > today) continue;
      const jab = jabById.get(pen.jabatanId)!;
      const peg = pegById.get(pen.pegawaiId)!;
      const unit = unitById.get(jab.unitId)!;
      const key = `${periode.tahun}:${pen.key}`;
      const rng = new Rng(`skp:${key}`);
      const { ppk, atasanPpk } = resolvePpk({ penugasan: domPenugasan.find((d) => d.id === pen.id)!, jabatan: domJabatan, semuaPenugasan: domPenugasan, date: mulai });
      out.push({
        id: id("skp", key),
        key,
        periode,
        pen,
        peg,
        jab,
        unit,
        pd: pdOf(unit),
        ppkId: ppk?.pegawaiId ?? null,
        atasanPpkId: atasanPpk?.pegawaiId ?? null,
        status: "DISETUJUI",
        pendekatan: "KUANTITATIF",
        bentuk: jab.jenis === "JPT" ? "JPT" : "NON_JPT",
        mulai,
        selesai,
        bulan: bulanAntara(mulai, selesai),
        depth: 0,
        rhk: [],
        kinerja: 0.6 + rng.next() * 0.5,
        diajukanAt: null,
        disetujuiAt: null,
      });
    }
    return out;
  };

  const lalu = planYear(ctx.periode.lalu);
  const kini = planYear(ctx.periode.kini);

  // ---- statuses of this year's SKPs (last year's are all approved)
  const personaIds = new Set(Object.values(persona));
  // The persona PPK's seksi shows every state: two plans waiting, one returned, approved ones, and the
  // CPNS's draft.
  const bawahanPpk = kini.filter((s) => s.ppkId === ppkPersonaId && !personaIds.has(s.peg.id)).sort((a, b) => a.peg.nip.localeCompare(b.peg.nip));
  const statusPpk: StatusSkp[] = ["DIAJUKAN", "REVISI", "DIAJUKAN", "DISETUJUI", "DISETUJUI"];
  const forced = new Map<string, StatusSkp | "TANPA">();
  bawahanPpk.filter((s) => s.peg.status !== "CPNS").forEach((s, i) => forced.set(s.id, statusPpk[i % statusPpk.length]!));
  for (const s of bawahanPpk) if (s.peg.status === "CPNS") forced.set(s.id, "DRAFT");
  const bawahanPlt = kini.filter((s) => s.ppkId === pltId && s.jab.unitId !== unitByKode.get("DISDUKCAPIL.CAPIL.LAHIR")!.id);
  bawahanPlt.forEach((s, i) => forced.set(s.id, i === 0 ? "DIAJUKAN" : "DISETUJUI"));
  const noSkpCandidates: string[] = [];
  for (const s of kini) {
    if (forced.has(s.id)) continue;
    if (personaIds.has(s.peg.id) || s.peg.id === roster.kasus.pindahPegawaiId) {
      forced.set(s.id, "DISETUJUI");
      continue;
    }
    const rng = new Rng(`status:${s.key}`);
    if (s.jab.kepalaUnit || s.jab.jenis === "JPT") {
      forced.set(s.id, rng.chance(0.9) ? "DISETUJUI" : "DIAJUKAN");
      continue;
    }
    const st = rng.weighted<StatusSkp | "TANPA">([
      ["DISETUJUI", 72],
      ["DIAJUKAN", 10],
      ["REVISI", 6],
      ["DRAFT", 7],
      ["TANPA", 5],
    ]);
    forced.set(s.id, st);
    if (st === "TANPA") noSkpCandidates.push(s.id);
  }
  const kiniAda = kini.filter((s) => forced.get(s.id) !== "TANPA");
  for (const s of kiniAda) s.status = forced.get(s.id) as StatusSkp;

  // Pendekatan kualitatif for a few staff plans.
  for (const s of [...lalu, ...kiniAda]) {
    if (personaIds.has(s.peg.id) || s.jab.kepalaUnit || s.jab.jenis === "JPT") continue;
    if (new Rng(`pendekatan:${s.pen.key}`).chance(0.06)) s.pendekatan = "KUALITATIF";
  }

  // ---- dates of submission / approval
  for (const s of [...lalu, ...kiniAda]) {
    const rng = new Rng(`tgl:${s.key}`);
    if (s.status === "DRAFT") continue;
    if (s.status === "DISETUJUI") {
      const aju = minIso(addDaysIso(s.mulai, rng.int(4, 20)), today);
      s.diajukanAt = wib(aju, rng.int(8, 15), rng.int(0, 59));
      s.disetujuiAt = wib(minIso(addDaysIso(aju, rng.int(1, 8)), today), rng.int(8, 16), rng.int(0, 59));
    } else {
      const aju = maxIso(s.mulai, addDaysIso(today, s.status === "DIAJUKAN" ? -rng.int(1, 6) : -rng.int(8, 20)));
      s.diajukanAt = wib(aju, rng.int(8, 15), rng.int(0, 59));
    }
  }

  // ---- plans: RHK and IKI, top-down so that cascading links point at existing rows
  const buildPlans = (skps: SkpModel[]) => {
    const byPegawai = new Map<string, SkpModel[]>();
    for (const s of skps) byPegawai.set(s.peg.id, [...(byPegawai.get(s.peg.id) ?? []), s]);
    const atasanSkp = (s: SkpModel): SkpModel | null => {
      if (!s.ppkId) return null;
      const list = byPegawai.get(s.ppkId) ?? [];
      return list.find((x) => x.mulai <= s.mulai && s.mulai <= x.selesai) ?? list[0] ?? null;
    };
    const depth = (s: SkpModel, seen = new Set<string>()): number => {
      const a = atasanSkp(s);
      if (!a || seen.has(a.id)) return 0;
      seen.add(s.id);
      return depth(a, seen) + 1;
    };
    for (const s of skps) s.depth = depth(s);
    const ordered = [...skps].sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key));
    for (const s of ordered) planRhk(s, atasanSkp(s));
    return ordered;
  };

  const planRhk = (s: SkpModel, atasan: SkpModel | null) => {
    const rng = new Rng(`rhk:${s.key}`);
    let teks: { jenis: "UTAMA" | "TAMBAHAN"; r: RhkTeks }[];
    if (s.jab.jenis === "JPT") {
      const bank = RHK_JPT[s.unit.domain].length ? RHK_JPT[s.unit.domain] : RHK_JPT.setda;
      // The Sekda's plan carries all four perspectives, so every JPT RHK finds its counterpart.
      teks = bank.slice(0, s.unit.level === 0 || rng.chance(0.5) ? 4 : 3).map((r) => ({ jenis: "UTAMA" as const, r }));
    } else if (s.jab.kepalaUnit) {
      const bank = rhkStruktural(s.jab.jenis === "ADMINISTRATOR" ? "ADMINISTRATOR" : s.jab.jenis === "PENGAWAS" ? "PENGAWAS" : "FUNGSIONAL", s.unit.nama, s.pd.nama, s.jab.nama);
      teks = bank.map((r, i) => ({ jenis: i < 2 ? ("UTAMA" as const) : ("TAMBAHAN" as const), r }));
    } else {
      const bank = rhkStaf(s.jab.nama);
      const nUtama = Math.min(bank.length, rng.chance(0.5) ? 3 : 2);
      teks = bank.slice(0, nUtama).map((b) => ({
        jenis: "UTAMA" as const,
        r: { uraian: b.uraian, iki: [{ aspek: "KUANTITAS" as const, indikator: b.kuantitas[0], satuan: b.kuantitas[1], target: b.kuantitas[2], targetMax: b.kuantitas[3] }] },
      }));
      if (teks.length < 2 || rng.chance(0.4))
        teks.push({
          jenis: "TAMBAHAN",
          r: { uraian: `Terlaksananya tugas tambahan dari pimpinan ${s.unit.nama}`, iki: [{ aspek: "KUANTITAS", indikator: "Jumlah penugasan tambahan yang diselesaikan", satuan: "kegiatan", target: 4, targetMax: 6 }] },
        });
    }
    const atasanUtama = atasan ? atasan.rhk.filter((r) => r.jenis === "UTAMA") : [];
    const skala = s.bulan / 12;
    s.rhk = teks.map(({ jenis, r }, i) => {
      const rhkId = id("rhk", `${s.key}:${i + 1}`);
      let rhkAtasanId: string | null = null;
      if (jenis === "UTAMA" && atasanUtama.length) {
        const sama = r.perspektif ? atasanUtama.find((a) => a.perspektif === r.perspektif) : undefined;
        rhkAtasanId = (sama ?? atasanUtama[i % atasanUtama.length]!).id;
      }
      // IKI: the bank's, plus generic quality/time aspects for staff
      const ikiTeks: IkiTeks[] = [...r.iki];
      if (!s.jab.kepalaUnit && s.jab.jenis !== "JPT") {
        if (rng.chance(0.55)) ikiTeks.push({ aspek: "KUALITAS", indikator: rng.pick(IKI_KUALITAS_UMUM), satuan: "%", target: rng.pick([90, 95, 100]) });
        if (ikiTeks.length < 3 && rng.chance(0.35)) ikiTeks.push({ aspek: "WAKTU", indikator: rng.pick(IKI_WAKTU_UMUM), satuan: "bulan", target: 12 });
      }
      const iki: IkiModel[] = ikiTeks.slice(0, 3).map((k, j) => {
        const ikiId = id("iki", `${s.key}:${i + 1}:${j + 1}`);
        if (s.pendekatan === "KUALITATIF") {
          const aspek = k.aspek === "BIAYA" ? "KUALITAS" : k.aspek;
          return { id: ikiId, urutan: j + 1, aspek: k.aspek, indikator: k.indikator, target: null, targetMax: null, satuan: null, kualitatif: rng.pick(TARGET_KUALITATIF[aspek]) };
        }
        let target = k.target;
        if (k.targetMax !== undefined && k.targetMax > k.target) {
          target = k.target + rng.next() * (k.targetMax - k.target);
          target = target >= 100 ? Math.round(target / 10) * 10 : Math.round(target);
        }
        if (k.satuan === "bulan") target = s.bulan;
        else if (!RATE_SATUAN.has(k.satuan) && skala < 1) target = Math.max(1, Math.ceil(target * skala));
        return { id: ikiId, urutan: j + 1, aspek: k.aspek, indikator: k.indikator, target, targetMax: null, satuan: k.satuan, kualitatif: null };
      });
      return { id: rhkId, jenis, urutan: i + 1, uraian: r.uraian, perspektif: s.bentuk === "JPT" ? (r.perspektif ?? "PROSES_BISNIS") : null, rhkAtasanId, iki };
    });
  };

  const laluOrdered = buildPlans(lalu);
  const kiniOrdered = buildPlans(kiniAda);

  // ---- last year's annual appraisal (ratings drive last year's realisations)
  const ratingLalu = new Map<string, { hasil: Rating; perilaku: Rating; predikat: Predikat }>();
  const orgLalu = new Map<string, PredikatOrganisasi>();
  {
    const perPd = new Map<string, SkpModel[]>();
    for (const s of lalu) if (s.ppkId) perPd.set(s.pd.kode, [...(perPd.get(s.pd.kode) ?? []), s]);
    for (const [pdKode, members] of [...perPd].sort(([a], [b]) => a.localeCompare(b))) {
      const org = PREDIKAT_ORGANISASI_LALU[pdKode] ?? "BAIK";
      orgLalu.set(pdKode, org);
      const rng = new Rng(`kurva:${ctx.periode.lalu.tahun}:${pdKode}`);
      const kepala = members.find((m) => m.jab.kepalaUnit && m.unit.kode === pdKode);
      const rest = rng.shuffle(members.filter((m) => m !== kepala));
      let predikatKepala: Predikat | null = null;
      if (kepala) {
        const hasil = ratingHasilKepala(org);
        const perilaku: Rating = org === "ISTIMEWA" ? "DI_ATAS" : "SESUAI";
        predikatKepala = predikatKinerja(hasil, perilaku);
        ratingLalu.set(kepala.id, { hasil, perilaku, predikat: predikatKepala });
      }
      const urutan = antrianPredikat(org, members.length, predikatKepala);
      rest.forEach((m, i) => {
        const p = urutan[i] ?? "BAIK";
        const [hasil, perilaku] = ratingUntuk(p, rng);
        ratingLalu.set(m.id, { hasil, perilaku, predikat: predikatKinerja(hasil, perilaku) });
      });
    }
    for (const s of lalu) {
      const r = ratingLalu.get(s.id);
      const rng = new Rng(`kinerja:${s.key}`);
      s.kinerja = !r ? 0.9 + rng.next() * 0.15 : r.hasil === "DI_ATAS" ? 1.02 + rng.next() * 0.08 : r.hasil === "SESUAI" ? 0.88 + rng.next() * 0.12 : 0.6 + rng.next() * 0.2;
    }
  }
  for (const s of kiniAda) if (personaIds.has(s.peg.id)) s.kinerja = 0.95 + new Rng(`kp:${s.key}`).next() * 0.1;

  // ---- write SKP-level rows
  const tulisSkp = (s: SkpModel) => {
    rows.skp.push({
      id: s.id,
      periodeId: s.periode.id,
      pegawaiId: s.peg.id,
      penugasanId: s.pen.id,
      ppkPegawaiId: s.ppkId,
      atasanPpkPegawaiId: s.atasanPpkId,
      pendekatan: s.pendekatan,
      bentuk: s.bentuk,
      status: s.status,
      versi: 1,
      lockVersion: s.status === "DRAFT" ? 0 : s.status === "DISETUJUI" ? 2 : 1,
      berlakuMulai: s.mulai,
      berlakuSelesai: s.selesai,
      diajukanAt: s.diajukanAt,
      disetujuiAt: s.disetujuiAt,
    });
    for (const r of s.rhk) {
      rows.rhk.push({ id: r.id, skpId: s.id, jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId, perspektif: r.perspektif ?? null });
      for (const k of r.iki)
        rows.iki.push({ id: k.id, rhkId: r.id, urutan: k.urutan, aspek: k.aspek, indikator: k.indikator, targetMin: num(k.target), targetMax: num(k.targetMax), satuan: k.satuan, targetKualitatif: k.kualitatif });
    }
    const rng = new Rng(`isi:${s.key}`);
    if (s.status === "DISETUJUI") {
      NILAI_BERAKHLAK.forEach((nilai) =>
        rows.ekspektasi.push({ id: id("ekspektasi", `${s.key}:${nilai}`), skpId: s.id, nilai, ekspektasi: rng.pick(EKSPEKTASI[nilai]), ditulisOleh: s.ppkId }),
      );
    }
    if (s.status !== "DRAFT") {
      let u = 0;
      for (const bagian of ["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"] as const) {
        const items = LAMPIRAN[bagian];
        const n = bagian === "DUKUNGAN_SUMBER_DAYA" ? 2 : 1 + (rng.chance(0.5) ? 1 : 0);
        for (let i = 0; i < Math.min(n, items.length); i++)
          rows.lampiran.push({ id: id("lampiran", `${s.key}:${u++}`), skpId: s.id, bagian, urutan: i + 1, uraian: items[i]!.replace("{tahun}", String(s.periode.tahun)) });
      }
    }
    if (s.status === "REVISI" && s.ppkId) {
      rows.catatan.push({ id: id("catatan", `${s.key}:1`), skpId: s.id, rhkId: s.rhk[0]?.id ?? null, ikiId: null, penulisId: s.ppkId, isi: rng.pick(CATATAN_REVISI), selesai: false, createdAt: wib(maxIso(s.mulai, addDaysIso(today, -3)), 10) });
      const ikiPertama = s.rhk[0]?.iki[0];
      if (ikiPertama)
        rows.catatan.push({ id: id("catatan", `${s.key}:2`), skpId: s.id, rhkId: s.rhk[0]!.id, ikiId: ikiPertama.id, penulisId: s.ppkId, isi: "Target pada indikator ini belum selaras dengan target RHK atasan.", selesai: false, createdAt: wib(maxIso(s.mulai, addDaysIso(today, -3)), 10, 5) });
    } else if (s.status === "DISETUJUI" && s.ppkId && rng.chance(0.1)) {
      rows.catatan.push({ id: id("catatan", `${s.key}:1`), skpId: s.id, rhkId: s.rhk[0]?.id ?? null, ikiId: null, penulisId: s.ppkId, isi: rng.pick(CATATAN_REVISI), selesai: true, createdAt: s.diajukanAt ?? undefined });
    }
    if (s.status === "DISETUJUI")
      rows.skpVersi.push({ skpId: s.id, disetujuiOleh: s.ppkId, disetujuiAt: s.disetujuiAt });
  };
  for (const s of [...laluOrdered, ...kiniOrdered]) tulisSkp(s);

  // ---- realisations on approved plans, with some evidence
  const cpAktif = (s: SkpModel) => s.periode.checkpoint.filter((c) => c.mulai <= today && c.selesai >= s.mulai && c.mulai <= s.selesai);
  const cpSelesaiKini = ctx.periode.kini.checkpoint.filter((c) => c.selesai < today);
  const duaTerakhir = new Set(cpSelesaiKini.slice(-2).map((c) => c.id));
  for (const s of [...laluOrdered, ...kiniOrdered]) {
    if (s.status !== "DISETUJUI") continue;
    const cps = cpAktif(s);
    const personaPegawai = s.peg.id === persona.pegawai;
    for (const r of s.rhk)
      for (const k of r.iki) {
        const rng = new Rng(`real:${k.id}`);
        const perf = s.kinerja * (0.95 + rng.next() * 0.1);
        let prev = 0;
        for (const c of cps) {
          const mk = Math.min(s.bulan, monthIndex(c.mulai) - monthIndex(s.mulai) + 1);
          let nilai: number | null = null;
          let uraian: string;
          if (k.target === null) {
            uraian = rng.pick(["Pekerjaan berjalan sesuai rencana aksi.", "Sebagian besar keluaran bulan ini telah diselesaikan.", "Hasil kerja telah disampaikan kepada atasan langsung."]);
          } else {
            if (k.satuan === "bulan") nilai = perf < 0.8 && mk > 2 ? mk - 1 : mk;
            else if (k.satuan && RATE_SATUAN.has(k.satuan)) nilai = round2(Math.min(k.satuan === "%" ? 100 : Infinity, k.target * Math.min(1.1, perf + (rng.next() - 0.5) * 0.06)));
            else {
              const v = k.target * (mk / s.bulan) * perf * (0.97 + rng.next() * 0.06);
              nilai = Math.max(prev, k.target < 20 ? round2(v) : Math.round(v));
            }
            prev = nilai;
            uraian = `Capaian kumulatif s.d. ${c.nama}: ${String(nilai).replace(".", ",")} ${k.satuan}`;
          }
          const realId = id("realisasi", `${k.id}:${c.urutan}`);
          const dicatat = wib(minIso(c.selesai, today), 15, rng.int(0, 59));
          rows.realisasi.push({ id: realId, ikiId: k.id, checkpointId: c.id, nilai: num(nilai), uraian, dicatatOleh: s.peg.id, createdAt: dicatat, updatedAt: dicatat });
          if (personaPegawai || (duaTerakhir.has(c.id) && k.urutan === 1 && rng.chance(0.25))) {
            const bulan = c.mulai.slice(0, 7);
            rows.bukti.push({
              id: id("bukti", realId),
              realisasiId: realId,
              jenis: "TAUTAN",
              nama: `Laporan ${c.nama} — ${r.uraian.slice(0, 60)}`,
              tautan: `https://drive.helvetia.go.id/kinerja/${s.periode.tahun}/${slug(s.pd.kode)}/${s.peg.nip}/${bulan}-rhk${r.urutan}-iki${k.urutan}.pdf`,
            });
          }
        }
      }
  }

  // ---- action plans: this month and next for every approved plan; the whole year for the persona
  const bulanIni = ctx.periode.kini.checkpoint.filter((c) => c.mulai <= addDaysIso(today, 31) && c.selesai >= today);
  for (const s of kiniOrdered) {
    if (s.status !== "DISETUJUI") continue;
    const cps = s.peg.id === persona.pegawai ? ctx.periode.kini.checkpoint.filter((c) => c.selesai >= s.mulai && c.mulai <= s.selesai) : bulanIni.filter((c) => c.selesai >= s.mulai && c.mulai <= s.selesai);
    for (const r of s.rhk)
      for (const c of cps)
        rows.rencanaAksi.push({ id: id("rencana-aksi", `${r.id}:${c.urutan}`), rhkId: r.id, checkpointId: c.id, uraian: `${RENCANA_AKSI[(r.urutan + c.urutan) % RENCANA_AKSI.length]} (${c.nama})` });
  }

  // ---- continuous feedback
  const seksiPersona = kiniOrdered.filter((s) => s.status === "DISETUJUI" && s.ppkId === ppkPersonaId);
  const tigaTerakhir = cpSelesaiKini.slice(-3);
  const tambahUmpanBalik = (s: SkpModel, c: CheckpointRef, rng: Rng, perilaku: boolean) => {
    const k = s.rhk[0]?.iki[0];
    if (!s.ppkId || !k || c.selesai < s.mulai) return;
    rows.umpanBalik.push({ id: id("umpan-balik", `${s.id}:${c.urutan}:iki`), skpId: s.id, checkpointId: c.id, ikiId: k.id, nilaiPerilaku: null, frasaStandar: rng.pick(FRASA_UMPAN_BALIK), isi: rng.pick(ISI_UMPAN_BALIK), penulisId: s.ppkId, createdAt: wib(minIso(addDaysIso(c.selesai, 2), today), 10) });
    if (perilaku) {
      const nilai = rng.pick(Object.keys(UMPAN_BALIK_PERILAKU) as NilaiBerakhlak[]);
      rows.umpanBalik.push({ id: id("umpan-balik", `${s.id}:${c.urutan}:${nilai}`), skpId: s.id, checkpointId: c.id, ikiId: null, nilaiPerilaku: nilai, frasaStandar: "Pertahankan kinerja yang sudah baik", isi: UMPAN_BALIK_PERILAKU[nilai]!, penulisId: s.ppkId, createdAt: wib(minIso(addDaysIso(c.selesai, 2), today), 10, 30) });
    }
  };
  for (const s of seksiPersona) {
    const rng = new Rng(`ub:${s.key}`);
    for (const c of tigaTerakhir) tambahUmpanBalik(s, c, rng, true);
  }
  const cpTerakhir = cpSelesaiKini[cpSelesaiKini.length - 1];
  if (cpTerakhir)
    for (const s of kiniOrdered) {
      const rng = new Rng(`ub2:${s.key}`);
      if (s.status === "DISETUJUI" && s.ppkId !== ppkPersonaId && rng.chance(0.25)) tambahUmpanBalik(s, cpTerakhir, rng, rng.chance(0.3));
    }

  // ---- performance dialogues
  const skpPersona = kiniOrdered.find((s) => s.peg.id === persona.pegawai);
  const revisiPersona = kiniOrdered.find((s) => s.ppkId === ppkPersonaId && s.status === "REVISI");
  const dialog = (s: SkpModel | undefined, n: number, tanggal: string, topik: string, hasil: "TERCAPAI" | "TIDAK_TERCAPAI" | null, tindakLanjut: string | null, penjelasan: string | null, qa: [string, string | null][]) => {
    if (!s || !s.ppkId || tanggal < s.mulai || tanggal > today) return;
    const dId = id("dialog", `${s.key}:${n}`);
    // a dialogue with an outcome is a confirmed record; one without is still open
    const dikonfirmasi = hasil ? wib(tanggal, 16) : null;
    rows.dialog.push({ id: dId, skpId: s.id, tanggal, topik, hasil, penjelasanHasil: penjelasan, dibuatOleh: s.ppkId, createdAt: wib(tanggal, 14), dikonfirmasiPegawaiAt: dikonfirmasi, dikonfirmasiPpkAt: dikonfirmasi });
    if (tindakLanjut)
      rows.tindakan.push({ id: id("dialog-tindakan", dId), dialogId: dId, uraian: tindakLanjut, batas: addDaysIso(tanggal, 14), selesaiAt: hasil ? wib(addDaysIso(tanggal, 7), 10) : null, createdAt: wib(tanggal, 14) });
    qa.forEach(([q, a], i) => rows.tanyaJawab.push({ id: id("tanya-jawab", `${dId}:${i + 1}`), dialogId: dId, urutan: i + 1, pertanyaan: q, jawaban: a, dijawabAt: a ? wib(tanggal, 14, 30 + i) : null }));
  };
  dialog(skpPersona, 1, addDaysIso(today, -45), "Progres pengembangan modul layanan data dan kendala integrasi", "TERCAPAI", "Menjadwalkan uji coba integrasi bersama Disdukcapil pada minggu berikutnya", "Integrasi berhasil diuji dan modul dapat dipakai unit layanan.", [
    ["Apakah target jumlah rekaman data dapat disesuaikan karena ada migrasi server?", "Target tetap, tetapi realisasi bulan migrasi boleh dicatat bersama bulan berikutnya dengan penjelasan."],
    ["Bukti dukung apa yang paling tepat untuk pemutakhiran data?", "Unggah tautan laporan rekap bulanan dari aplikasi, bukan tangkapan layar."],
  ]);
  dialog(skpPersona, 2, addDaysIso(today, -6), "Persiapan evaluasi akhir tahun dan rencana pengembangan kompetensi", null, "Mendaftarkan pegawai pada Pelatihan Teknis Keamanan Informasi", null, [
    ["Bisakah saya mengikuti pelatihan keamanan informasi tahun depan?", "Bisa, akan diusulkan melalui BKPSDM dalam usulan pengembangan."],
    ["Bagaimana cara mencatat tugas tambahan dari kepala dinas?", null],
  ]);
  dialog(revisiPersona, 1, addDaysIso(today, -4), "Perbaikan SKP yang dikembalikan", "TIDAK_TERCAPAI", "Pegawai memperbaiki indikator dan mengajukan ulang SKP paling lambat tiga hari kerja", "Indikator kuantitas belum diperbaiki saat dialog.", [
    ["RHK atasan mana yang sebaiknya saya intervensi?", "Pilih RHK seksi tentang pengembangan modul aplikasi; tugas Anda mendukung langsung keluaran itu."],
  ]);

  // ---- periodic evaluations for the last completed months (Diskominfo and BKPSDM)
  const cpEval = cpSelesaiKini.slice(-2);
  for (const s of kiniOrdered) {
    if (s.status !== "DISETUJUI" || !s.ppkId || !["DISKOMINFO", "BKPSDM"].includes(s.pd.kode)) continue;
    cpEval.forEach((c, i) => {
      if (c.selesai < s.mulai) return;
      const terakhir = i === cpEval.length - 1;
      const draft = terakhir && s.ppkId === ppkPersonaId && s.peg.id !== persona.pegawai;
      const hasil: Rating = s.kinerja >= 1.02 ? "DI_ATAS" : s.kinerja >= 0.8 ? "SESUAI" : "DI_BAWAH";
      const perilaku: Rating = s.kinerja >= 1.05 ? "DI_ATAS" : "SESUAI";
      const eId = id("evaluasi", `${s.key}:P${c.urutan}`);
      rows.evaluasi.push({
        id: eId,
        skpId: s.id,
        jenis: "PERIODIK",
        checkpointId: c.id,
        penilaiId: s.ppkId!,
        regulasiId: ctx.regulasiId,
        ratingHasil: draft ? null : hasil,
        ratingHasilSaran: hasil,
        ratingPerilaku: draft ? null : perilaku,
        predikat: draft ? null : predikatKinerja(hasil, perilaku),
        catatan: draft ? null : `Evaluasi periodik ${c.nama}.`,
        status: draft ? "DRAFT" : "DITETAPKAN",
        ditetapkanAt: draft ? null : wib(minIso(c.batasEvaluasi, today), 11),
      });
      if (s.peg.id === persona.pegawai) {
        for (const r of s.rhk) rows.evaluasiRincian.push({ id: id("evaluasi-rincian", `${eId}:${r.id}`), evaluasiId: eId, rhkId: r.id, realisasiRingkas: `Realisasi ${r.uraian.toLowerCase()} sesuai rencana aksi ${c.nama}.`, umpanBalik: "Pertahankan." });
        for (const nilai of ["BERORIENTASI_PELAYANAN", "KOLABORATIF"] as const)
          rows.evaluasiRincian.push({ id: id("evaluasi-rincian", `${eId}:${nilai}`), evaluasiId: eId, nilaiPerilaku: nilai, umpanBalik: UMPAN_BALIK_PERILAKU[nilai] ?? "Sesuai ekspektasi." });
      }
    });
  }

  // ---- this year's annual evaluations, once the last checkpoint (December) has begun: the PPKs of
  // Diskominfo and BKPSDM have set them in the first days of the month and the objection window runs.
  // Diskominfo's staff are rated generously — 5 Sangat Baik, the rest Baik, nobody below — so that once
  // its organisation rating is set to Baik the curve shows two breaches (Baik 15 of 20 = 75 % > 70 %, and
  // no Butuh Perbaikan or Kurang), both cured by calibrating one Baik down. The head's own evaluation
  // waits for the organisation rating, so it is not written.
  const cpAkhir = ctx.periode.kini.checkpoint[ctx.periode.kini.checkpoint.length - 1];
  if (cpAkhir && today >= cpAkhir.mulai) {
    for (const pd of ["DISKOMINFO", "BKPSDM"]) {
      const anggota = kiniOrdered
        .filter((s) => s.status === "DISETUJUI" && s.ppkId && s.pd.kode === pd && !(s.jab.kepalaUnit && s.unit.kode === pd))
        .sort((a, b) => b.kinerja - a.kinerja || a.key.localeCompare(b.key));
      anggota.forEach((s, i) => {
        const [hasil, perilaku]: [Rating, Rating] =
          pd === "DISKOMINFO"
            ? i < 5 ? ["DI_ATAS", "DI_ATAS"] : ["SESUAI", "SESUAI"]
            : [s.kinerja >= 1.02 ? "DI_ATAS" : s.kinerja >= 0.8 ? "SESUAI" : "DI_BAWAH", s.kinerja >= 1.05 ? "DI_ATAS" : "SESUAI"];
        const predikat = predikatKinerja(hasil, perilaku);
        const tetap = minIso(isoDate(ctx.periode.kini.tahun, 12, 3 + (i % 5)), today);
        rows.evaluasi.push({
          id: id("evaluasi", `${s.key}:TAHUNAN`),
          skpId: s.id,
          jenis: "TAHUNAN",
          checkpointId: null,
          penilaiId: s.ppkId!,
          regulasiId: ctx.regulasiId,
          ratingHasil: hasil,
          ratingHasilSaran: hasil,
          ratingPerilaku: perilaku,
          predikat,
          catatan: `Predikat kinerja ${LABEL_PREDIKAT[predikat]} Periode ${ctx.periode.kini.tahun}.`,
          status: "DITETAPKAN",
          ditetapkanAt: wib(tetap, 10),
          batasKeberatan: addDaysIso(tetap, PERMENPANRB_6_2022.keberatan.hari),
        });
      });
    }
  }

  // ---- last year's annual evaluations, objections, credit points, organisation ratings
  const tahunLalu = ctx.periode.lalu.tahun;
  const tglTetap = (rng: Rng) => minIso(isoDate(tahunLalu + 1, 1, rng.int(5, 9)), today);
  const evalLalu = new Map<string, string>();
  for (const s of laluOrdered) {
    const r = ratingLalu.get(s.id);
    if (!r || !s.ppkId) continue;
    const rng = new Rng(`evt:${s.key}`);
    const eId = id("evaluasi", `${s.key}:TAHUNAN`);
    evalLalu.set(s.id, eId);
    const beda = rng.chance(0.05) && r.hasil !== "DI_ATAS";
    // for the rater-fairness analytics: the head of UPT Puskesmas Helvetia Utara set the staff's evaluations
    // a few days after the 10 January deadline, and the head of SMP Negeri 1 rated above the suggestion
    // (dates and suggestions only: no rating, predikat or count of another feature changes)
    const staf = !s.jab.kepalaUnit;
    const terlambat = staf && s.unit.kode.endsWith(".PKMHU");
    const diAtasSaran = staf && s.unit.kode.endsWith(".SMPN1") && r.hasil === "DI_ATAS";
    const tetap = terlambat ? minIso(addDaysIso(tglTetap(rng), 6), today) : tglTetap(rng);
    rows.evaluasi.push({
      id: eId,
      skpId: s.id,
      jenis: "TAHUNAN",
      checkpointId: null,
      penilaiId: s.ppkId,
      regulasiId: ctx.regulasiId,
      ratingHasil: r.hasil,
      ratingHasilSaran: diAtasSaran ? "SESUAI" : beda ? (r.hasil === "SESUAI" ? "DI_ATAS" : "SESUAI") : r.hasil,
      alasanRatingHasil: diAtasSaran
        ? "Selain mencapai target, pegawai menyusun bahan ajar bersama yang dipakai seluruh rombongan belajar."
        : beda ? "Capaian kuantitas melampaui target, tetapi kualitas hasil kerja masih memerlukan banyak perbaikan." : null,
      ratingPerilaku: r.perilaku,
      predikat: r.predikat,
      catatan: `Predikat kinerja ${LABEL_PREDIKAT[r.predikat]} Periode ${tahunLalu}.`,
      status: "FINAL",
      ditetapkanAt: wib(tetap, 10),
      finalAt: wib(minIso(addDaysIso(tetap, 15), today), 0, 5),
    });
    if (s.jab.jenis === "FUNGSIONAL" && s.jab.jenjang)
      rows.angkaKredit.push({
        id: id("angka-kredit", eId),
        pegawaiId: s.peg.id,
        evaluasiId: eId,
        regulasiId: ctx.regulasiId,
        jenjang: s.jab.jenjang,
        predikat: r.predikat,
        bulan: s.bulan,
        nilai: angkaKredit({ predikat: r.predikat, jenjang: s.jab.jenjang, bulan: s.bulan }).toFixed(2),
      });
  }
  // one objection, heard and rejected by the Atasan PPK
  const berkeberatan = laluOrdered.find((s) => ratingLalu.get(s.id)?.predikat === "BUTUH_PERBAIKAN" && s.atasanPpkId && !s.jab.kepalaUnit);
  if (berkeberatan) {
    const eId = evalLalu.get(berkeberatan.id)!;
    const diterima = isoDate(tahunLalu + 1, 1, 9);
    rows.keberatan.push({
      id: id("keberatan", eId),
      evaluasiId: eId,
      pemohonId: berkeberatan.peg.id,
      atasanPpkId: berkeberatan.atasanPpkId!,
      alasan: "Sebagian realisasi triwulan IV belum diperhitungkan karena bukti dukung terlambat diunggah akibat gangguan aplikasi.",
      tanggapanPpk: "Bukti dukung yang diunggah setelah batas evaluasi sudah diperiksa dan tidak mengubah capaian secara material.",
      batasPengajuan: addDaysIso(diterima, 14),
      status: "DITOLAK",
      keputusan: "Keberatan ditolak. Predikat kinerja tetap Butuh Perbaikan; pegawai diberi rencana pengembangan.",
      predikatSebelum: "BUTUH_PERBAIKAN",
      predikatBaru: null,
      diputusAt: wib(minIso(addDaysIso(diterima, 10), today), 13),
      createdAt: wib(minIso(addDaysIso(diterima, 3), today), 9),
    });
  }
  for (const u of roster.unit.filter((x) => x.level === 1)) {
    const org = orgLalu.get(u.kode) ?? "BAIK";
    rows.predikatOrganisasi.push({
      id: id("predikat-organisasi", `${ctx.periode.lalu.id}:${u.id}`),
      unitId: u.id,
      periodeId: ctx.periode.lalu.id,
      predikat: org,
      capaian: `Capaian indikator kinerja utama ${u.nama} Tahun ${tahunLalu}: ${org === "ISTIMEWA" ? "seluruh IKU melampaui target" : org === "BAIK" ? "sebagian besar IKU mencapai target" : "sebagian IKU di bawah target"}.`,
      ditetapkanOleh: persona.sekda,
      justifikasi: null,
    });
  }

  // ---- development: catalogue and proposals
  const diklat = DIKLAT.map(([kode, nama, jenis, penyelenggara, jam]) => ({ id: id("diklat", kode), instansiId: ctx.instansiId, kode, nama, jenis, penyelenggara, jam, aktif: true }));
  rows.diklat = diklat;
  const diklatId = (kode: string) => id("diklat", kode);
  const sb = laluOrdered.filter((s) => ratingLalu.get(s.id)?.predikat === "SANGAT_BAIK" && s.ppkId).slice(0, 4);
  const lemah = laluOrdered.filter((s) => ["BUTUH_PERBAIKAN", "KURANG"].includes(ratingLalu.get(s.id)?.predikat ?? "") && s.ppkId).slice(0, 2);
  const jamDiklat = new Map(DIKLAT.map(([kode, nama, , , jam]) => [kode, { nama, jam }]));
  /** A completed training (hours toward the yearly target), for a proposal when given. */
  const pelatihan = (pegawaiId: string, kode: string, tanggalSelesai: string, usulanId: string | null, dicatatOleh: string) =>
    rows.pelatihan.push({ id: id("pelatihan", `${pegawaiId}:${kode}:${tanggalSelesai}`), pegawaiId, diklatId: diklatId(kode), usulanId, nama: jamDiklat.get(kode)!.nama, jam: String(jamDiklat.get(kode)!.jam), tanggalSelesai, dicatatOleh });
  sb.forEach((s, i) => {
    const kepemimpinan = s.jab.jenis === "PENGAWAS" || s.jab.jenis === "ADMINISTRATOR";
    rows.usulan.push({
      id: id("usulan", `${s.key}:1`),
      pegawaiId: s.peg.id,
      periodeId: ctx.periode.lalu.id,
      evaluasiId: evalLalu.get(s.id) ?? null,
      jenis: kepemimpinan ? "PROGRAM_KEPEMIMPINAN" : "DIKLAT",
      diklatId: kepemimpinan ? diklatId(s.jab.jenis === "PENGAWAS" ? "PKA" : "PKN2") : diklatId(i % 2 ? "SPBJ" : "MANKIN"),
      alasan: `Predikat kinerja Sangat Baik pada Periode ${tahunLalu}; disiapkan untuk ${kepemimpinan ? "jabatan pimpinan berikutnya" : "penguatan kompetensi teknis"}.`,
      bukti: `Evaluasi kinerja tahunan ${tahunLalu} (predikat Sangat Baik); realisasi seluruh IKI mencapai atau melampaui target.`,
      status: (["DISETUJUI", "DIUSULKAN", "SELESAI", "DIUSULKAN"] as const)[i % 4],
      diusulkanOleh: s.ppkId!,
    });
    if (i % 4 === 2) pelatihan(s.peg.id, kepemimpinan ? (s.jab.jenis === "PENGAWAS" ? "PKA" : "PKN2") : i % 2 ? "SPBJ" : "MANKIN", minIso(isoDate(tahunLalu + 1, 6, 12), today), id("usulan", `${s.key}:1`), s.peg.id);
  });
  lemah.forEach((s) => {
    rows.usulan.push({
      id: id("usulan", `${s.key}:1`),
      pegawaiId: s.peg.id,
      periodeId: ctx.periode.lalu.id,
      evaluasiId: evalLalu.get(s.id) ?? null,
      jenis: "RENCANA_PENGEMBANGAN",
      diklatId: diklatId("MANKIN"),
      alasan: `Predikat kinerja ${LABEL_PREDIKAT[ratingLalu.get(s.id)!.predikat]} pada Periode ${tahunLalu}; perlu pendampingan dan peningkatan kompetensi.`,
      bukti: `Evaluasi kinerja tahunan ${tahunLalu}; capaian beberapa IKI di bawah 80% target.`,
      status: "DISETUJUI",
      diusulkanOleh: s.ppkId!,
      tanggalTinjau: isoDate(tahunLalu + 1, 8, 1),
    });
    for (const kode of ["MANKIN", "SAKIP"]) rows.usulanDiklat.push({ usulanId: id("usulan", `${s.key}:1`), diklatId: diklatId(kode) });
    pelatihan(s.peg.id, "MANKIN", minIso(isoDate(tahunLalu + 1, 4, 17), today), id("usulan", `${s.key}:1`), s.peg.id);
  });
  // the persona pegawai's own trainings this year (hours toward the target)
  pelatihan(persona.pegawai, "ARSIP", minIso(isoDate(ctx.periode.kini.tahun, 3, 12), today), null, persona.pegawai);
  pelatihan(persona.pegawai, "MANKIN", isoDate(tahunLalu, 10, 24), null, persona.admin);

  // ---- matriks peran hasil: the persona PPK hands parts of an RHK to the seksi; the Kabid to the Kasi
  const skpPpk = kiniOrdered.find((s) => s.peg.id === ppkPersonaId);
  const rhkPpk = skpPpk?.rhk.find((r) => r.jenis === "UTAMA");
  if (skpPpk && rhkPpk) {
    for (const s of kiniOrdered.filter((x) => x.ppkId === ppkPersonaId))
      rows.matriks.push({ id: id("matriks", `${rhkPpk.id}:${s.peg.id}`), rhkAtasanId: rhkPpk.id, pegawaiId: s.peg.id, uraianPeran: peranDalam(s.jab.nama), createdBy: ppkPersonaId });
    const atasanPpk = skpPpk.ppkId ? kiniOrdered.find((x) => x.peg.id === skpPpk.ppkId) : undefined;
    const rhkKabid = atasanPpk?.rhk.find((r) => r.jenis === "UTAMA");
    if (atasanPpk && rhkKabid)
      for (const s of kiniOrdered.filter((x) => x.ppkId === atasanPpk.peg.id && x.jab.kepalaUnit))
        rows.matriks.push({ id: id("matriks", `${rhkKabid.id}:${s.peg.id}`), rhkAtasanId: rhkKabid.id, pegawaiId: s.peg.id, uraianPeran: `Mengoordinasikan keluaran ${s.unit.nama} yang mendukung RHK bidang`, createdBy: atasanPpk.peg.id });
  }

  // ---- notifications for the personas (and every pegawai whose plan was returned)
  const notif = (penerimaId: string, key: string, jenis: string, judul: string, isi: string, tautan: string | null, hariLalu: number, dibaca: boolean) =>
    rows.notifikasi.push({ id: id("notifikasi", `${today.slice(0, 4)}:${penerimaId}:${key}`), penerimaId, jenis, judul, isi, tautan, dibacaAt: dibaca ? wib(addDaysIso(today, -hariLalu + 1), 8) : null, createdAt: wib(addDaysIso(today, -hariLalu), 9) });
  const namaLengkap = (pegawaiId: string) => pegById.get(pegawaiId)!.namaLengkap;
  for (const s of kiniOrdered) {
    if (s.status === "DIAJUKAN" && s.ppkId && (s.ppkId === ppkPersonaId || s.ppkId === pltId || s.ppkId === persona["kepala-dinas"]))
      notif(s.ppkId, `aju:${s.id}`, "SKP_DIAJUKAN", `SKP ${namaLengkap(s.peg.id)} menunggu persetujuan Anda`, `${s.peg.namaLengkap} (${s.jab.nama}) mengajukan SKP Periode ${s.periode.tahun}.`, `/skp/${s.id}`, 2, false);
    if (s.status === "REVISI")
      notif(s.peg.id, `revisi:${s.id}`, "SKP_DIKEMBALIKAN", "SKP Anda dikembalikan untuk diperbaiki", `${s.ppkId ? namaLengkap(s.ppkId) : "PPK"} memberi catatan pada SKP Anda. Perbaiki lalu ajukan kembali.`, `/skp/${s.id}`, 3, false);
  }
  if (skpPersona) {
    notif(persona.pegawai, "setuju", "SKP_DISETUJUI", `SKP Periode ${skpPersona.periode.tahun} Anda telah disetujui`, `Disetujui oleh ${skpPersona.ppkId ? namaLengkap(skpPersona.ppkId) : "PPK"}.`, `/skp/${skpPersona.id}`, 300, true);
    if (cpTerakhir) notif(persona.pegawai, "umpan-balik", "UMPAN_BALIK", `Umpan balik baru untuk ${cpTerakhir.nama}`, `${skpPersona.ppkId ? namaLengkap(skpPersona.ppkId) : "PPK"} memberi umpan balik atas realisasi Anda.`, `/skp/${skpPersona.id}/realisasi?cp=${cpTerakhir.urutan}`, 20, false);
    const cpKini = ctx.periode.kini.checkpoint.find((c) => c.mulai <= today && today <= c.selesai);
    if (cpKini) notif(persona.pegawai, "pengingat", "PENGINGAT_REALISASI", `Isi realisasi ${cpKini.nama}`, `Realisasi dan bukti dukung ${cpKini.nama} ditunggu paling lambat ${cpKini.batasEvaluasi}.`, `/skp/${skpPersona.id}/realisasi?cp=${cpKini.urutan}`, 1, false);
  }
  if (cpTerakhir) notif(ppkPersonaId, "evaluasi", "EVALUASI_PERIODIK", `Evaluasi periodik ${cpTerakhir.nama} belum ditetapkan`, `Batas penetapan evaluasi periodik: ${cpTerakhir.batasEvaluasi}.`, "/dasbor/ppk", 3, false);
  notif(pltId, "plt", "PENUGASAN", "Anda ditetapkan sebagai Plt Kepala Bidang Pelayanan Pencatatan Sipil", "Sebagai Plt Anda menjadi pejabat penilai kinerja bagi pegawai di bidang tersebut.", null, 200, true);
  const hitung = (st: StatusSkp) => kiniOrdered.filter((s) => s.status === st).length;
  const kominfoMenunggu = kiniOrdered.filter((s) => s.pd.kode === "DISKOMINFO" && s.status === "DIAJUKAN").length;
  notif(persona["kepala-dinas"], "rekap", "REKAP_UNIT", `${kominfoMenunggu} SKP di Dinas Komunikasi dan Informatika menunggu persetujuan`, "Pantau penetapan SKP pegawai di unit Anda.", "/dasbor/pimpinan", 1, false);
  notif(persona.sekda, "rekap", "REKAP_INSTANSI", `Rekap SKP Periode ${ctx.periode.kini.tahun}`, `Disetujui ${hitung("DISETUJUI")}, diajukan ${hitung("DIAJUKAN")}, revisi ${hitung("REVISI")}, draf ${hitung("DRAFT")}, belum menyusun ${noSkpCandidates.length}.`, "/dasbor/pimpinan", 1, false);
  notif(persona.admin, "belum-skp", "REKAP_INSTANSI", `${noSkpCandidates.length + hitung("DRAFT")} pegawai belum mengajukan SKP Periode ${ctx.periode.kini.tahun}`, "Ingatkan pegawai dan PPK melalui pengelola kinerja perangkat daerah.", "/dasbor/admin", 2, false);
  notif(persona.auditor, "audit", "AUDIT", "Log audit perubahan predikat siap ditinjau", `Perubahan data kinerja Periode ${tahunLalu} dapat ditelusuri pada log audit.`, "/dasbor/auditor", 5, false);

  return rows;
}

// ---------------------------------------------------------------- helpers

function peranDalam(namaJabatan: string): string {
  if (namaJabatan.startsWith("Pranata Komputer")) return "Mengembangkan dan menguji modul aplikasi sesuai spesifikasi seksi";
  if (namaJabatan.startsWith("Pengolah Data")) return "Menyiapkan dan memutakhirkan data uji serta data layanan aplikasi";
  return "Mendukung penyelesaian keluaran RHK seksi sesuai pembagian tugas";
}


/** The catalogue with learning hours (jam pelajaran); PKP/PKA are the leadership programmes for pengawas/administrator. */
const DIKLAT: [kode: string, nama: string, jenis: "PELATIHAN_TEKNIS" | "PELATIHAN_FUNGSIONAL" | "KEPEMIMPINAN" | "SERTIFIKASI", penyelenggara: string, jam: number][] = [
  ["PKP", "Pelatihan Kepemimpinan Pengawas", "KEPEMIMPINAN", "BPSDM Provinsi", 321],
  ["PKA", "Pelatihan Kepemimpinan Administrator", "KEPEMIMPINAN", "BPSDM Provinsi", 510],
  ["PKN2", "Pelatihan Kepemimpinan Nasional Tingkat II", "KEPEMIMPINAN", "Lembaga Administrasi Negara", 610],
  ["MANKIN", "Pelatihan Teknis Manajemen Kinerja ASN", "PELATIHAN_TEKNIS", "BKPSDM Kota Helvetia", 24],
  ["KAMI", "Pelatihan Teknis Keamanan Informasi", "PELATIHAN_TEKNIS", "Badan Siber dan Sandi Negara", 40],
  ["SAKIP", "Pelatihan Penyusunan Laporan Kinerja Instansi Pemerintah", "PELATIHAN_TEKNIS", "Kementerian PANRB", 32],
  ["ARSIP", "Pelatihan Teknis Pengelolaan Arsip Dinamis", "PELATIHAN_TEKNIS", "Arsip Nasional Republik Indonesia", 8],
  ["JFA", "Pelatihan Fungsional Auditor Pembentukan", "PELATIHAN_FUNGSIONAL", "Pusdiklatwas BPKP", 200],
  ["JFAK", "Pelatihan Fungsional Analis Kebijakan", "PELATIHAN_FUNGSIONAL", "Lembaga Administrasi Negara", 120],
  ["SPBJ", "Sertifikasi Kompetensi Pengadaan Barang/Jasa Tingkat Dasar", "SERTIFIKASI", "LKPP", 36],
];
