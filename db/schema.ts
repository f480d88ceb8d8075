/**
 * The whole Kinerja data model, one file: tables, enums, relations and inferred types.
 * Words are the regulation's (PermenPANRB 6/2022): SKP, RHK, IKI, realisasi, predikat, keberatan.
 * Integrity lives here too: foreign keys, unique and check constraints, and the indexes the pages use.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  ASPEK_IKI,
  BENTUK_SKP,
  JENIS_JABATAN,
  JENIS_PENUGASAN,
  JENIS_RHK,
  JENJANG,
  NILAI_BERAKHLAK,
  PENDEKATAN,
  PERSPEKTIF,
  PREDIKAT,
  PREDIKAT_ORGANISASI,
  RATING,
  STATUS_PEGAWAI,
} from "../lib/domain/constants";
import { BAGIAN_LAMPIRAN } from "../lib/domain/skp";
import { STATUS_EVALUASI, STATUS_KEBERATAN, STATUS_SKP } from "../lib/domain/workflow";

// ---------------------------------------------------------------- enums
export const jenisJabatanEnum = pgEnum("jenis_jabatan", JENIS_JABATAN);
export const jenjangEnum = pgEnum("jenjang", JENJANG);
export const statusPegawaiEnum = pgEnum("status_pegawai", STATUS_PEGAWAI);
export const jenisPenugasanEnum = pgEnum("jenis_penugasan", JENIS_PENUGASAN);
export const peranEnum = pgEnum("peran_instansi", ["ADMIN_INSTANSI", "AUDITOR"]);
export const jenisCheckpointEnum = pgEnum("jenis_checkpoint", ["BULANAN", "TRIWULANAN"]);
export const statusPeriodeEnum = pgEnum("status_periode", ["PERSIAPAN", "BERJALAN", "PENILAIAN", "DITUTUP"]);
export const pendekatanEnum = pgEnum("pendekatan", PENDEKATAN);
export const bentukSkpEnum = pgEnum("bentuk_skp", BENTUK_SKP);
export const statusSkpEnum = pgEnum("status_skp", STATUS_SKP);
export const jenisRhkEnum = pgEnum("jenis_rhk", JENIS_RHK);
export const perspektifEnum = pgEnum("perspektif", PERSPEKTIF);
export const aspekIkiEnum = pgEnum("aspek_iki", ASPEK_IKI);
export const nilaiBerakhlakEnum = pgEnum("nilai_berakhlak", NILAI_BERAKHLAK);
export const bagianLampiranEnum = pgEnum("bagian_lampiran", BAGIAN_LAMPIRAN);
export const jenisBuktiEnum = pgEnum("jenis_bukti", ["BERKAS", "TAUTAN"]);
export const hasilDialogEnum = pgEnum("hasil_dialog", ["TERCAPAI", "TIDAK_TERCAPAI"]);
export const ratingEnum = pgEnum("rating", RATING);
export const predikatEnum = pgEnum("predikat", PREDIKAT);
export const predikatOrganisasiEnum = pgEnum("predikat_kinerja_organisasi", PREDIKAT_ORGANISASI);
export const jenisEvaluasiEnum = pgEnum("jenis_evaluasi", ["PERIODIK", "TAHUNAN"]);
export const statusEvaluasiEnum = pgEnum("status_evaluasi", STATUS_EVALUASI);
export const statusKeberatanEnum = pgEnum("status_keberatan", STATUS_KEBERATAN);
export const jenisDiklatEnum = pgEnum("jenis_diklat", ["PELATIHAN_TEKNIS", "PELATIHAN_FUNGSIONAL", "KEPEMIMPINAN", "SERTIFIKASI"]);
export const jenisUsulanEnum = pgEnum("jenis_usulan", ["DIKLAT", "PROGRAM_KEPEMIMPINAN", "RENCANA_PENGEMBANGAN"]);
export const statusUsulanEnum = pgEnum("status_usulan", ["DIUSULKAN", "DISETUJUI", "DITOLAK", "SELESAI"]);

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- organisation
export const instansi = pgTable("instansi", {
  id: id(),
  kode: varchar("kode", { length: 32 }).notNull().unique(),
  nama: text("nama").notNull(),
  createdAt: createdAt(),
});

/** Unit kerja tree of any depth. `path` is the materialised chain of ids ("/root/child/.../self/") for subtree queries. */
export const unitKerja = pgTable(
  "unit_kerja",
  {
    id: id(),
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => unitKerja.id, { onDelete: "restrict" }),
    kode: varchar("kode", { length: 64 }).notNull(),
    nama: text("nama").notNull(),
    /** e.g. PEMDA, PERANGKAT_DAERAH, SEKRETARIAT, BIDANG, SUBBAGIAN, SEKSI, UPT */
    jenis: varchar("jenis", { length: 32 }).notNull(),
    level: smallint("level").notNull(),
    path: text("path").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("unit_kerja_instansi_kode").on(t.instansiId, t.kode),
    index("unit_kerja_parent_idx").on(t.parentId),
    index("unit_kerja_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    check("unit_kerja_level_check", sql`${t.level} >= 0`),
    check("unit_kerja_root_check", sql`(${t.parentId} is null) = (${t.level} = 0)`),
  ],
);

/**
 * A position. `atasanJabatanId` is the superior position the PPK is derived from
 * (a unit's staff report to its head, a head to the head of the parent unit, unless set otherwise).
 */
export const jabatan = pgTable(
  "jabatan",
  {
    id: id(),
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id").notNull().references(() => unitKerja.id, { onDelete: "restrict" }),
    nama: text("nama").notNull(),
    jenis: jenisJabatanEnum("jenis").notNull(),
    jenjang: jenjangEnum("jenjang"),
    kepalaUnit: boolean("kepala_unit").notNull().default(false),
    atasanJabatanId: uuid("atasan_jabatan_id").references((): AnyPgColumn => jabatan.id, { onDelete: "set null" }),
    kelasJabatan: smallint("kelas_jabatan"),
    createdAt: createdAt(),
  },
  (t) => [
    index("jabatan_instansi_idx").on(t.instansiId),
    index("jabatan_unit_idx").on(t.unitId),
    index("jabatan_atasan_idx").on(t.atasanJabatanId),
    uniqueIndex("jabatan_satu_kepala_per_unit").on(t.unitId).where(sql`${t.kepalaUnit}`),
    check("jabatan_jenjang_fungsional", sql`(${t.jenis} = 'FUNGSIONAL') = (${t.jenjang} is not null)`),
    check("jabatan_atasan_bukan_diri", sql`${t.atasanJabatanId} is null or ${t.atasanJabatanId} <> ${t.id}`),
  ],
);

export const pegawai = pgTable(
  "pegawai",
  {
    id: id(),
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    nip: varchar("nip", { length: 18 }).notNull().unique(),
    nama: text("nama").notNull(),
    gelarDepan: text("gelar_depan"),
    gelarBelakang: text("gelar_belakang"),
    status: statusPegawaiEnum("status").notNull(),
    golongan: varchar("golongan", { length: 8 }).notNull(),
    jenisKelamin: varchar("jenis_kelamin", { length: 1 }).notNull(),
    tanggalLahir: date("tanggal_lahir").notNull(),
    email: text("email"),
    aktif: boolean("aktif").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("pegawai_nip_digits", sql`${t.nip} ~ '^[0-9]{18}$'`),
    check("pegawai_jenis_kelamin", sql`${t.jenisKelamin} in ('L', 'P')`),
    check(
      "pegawai_golongan",
      sql`(${t.status} = 'PPPK' and ${t.golongan} ~ '^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$')
        or (${t.status} <> 'PPPK' and ${t.golongan} ~ '^(I/[a-d]|II/[a-d]|III/[a-d]|IV/[a-e])$')`,
    ),
    index("pegawai_instansi_nama_idx").on(t.instansiId, t.nama),
  ],
);

/** Effective-dated assignment (definitif, Plt, Plh); `selesai` inclusive, null = open-ended. */
export const penugasan = pgTable(
  "penugasan",
  {
    id: id(),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    jabatanId: uuid("jabatan_id").notNull().references(() => jabatan.id, { onDelete: "restrict" }),
    jenis: jenisPenugasanEnum("jenis").notNull().default("DEFINITIF"),
    mulai: date("mulai").notNull(),
    selesai: date("selesai"),
    nomorSk: text("nomor_sk"),
    createdAt: createdAt(),
  },
  (t) => [
    check("penugasan_rentang", sql`${t.selesai} is null or ${t.selesai} >= ${t.mulai}`),
    index("penugasan_pegawai_idx").on(t.pegawaiId, t.mulai),
    index("penugasan_jabatan_idx").on(t.jabatanId, t.mulai),
  ],
);

/** Granted roles; PPK, Atasan PPK and pimpinan unit are derived from the hierarchy instead. */
export const peranPegawai = pgTable(
  "peran_pegawai",
  {
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    peran: peranEnum("peran").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.pegawaiId, t.peran] })],
);

// ---------------------------------------------------------------- rule sets and periods
/** A dated rule set (regulasi); `aturan` holds the configurable values as JSON over the domain's defaults. */
export const regulasi = pgTable("regulasi", {
  id: id(),
  kode: varchar("kode", { length: 64 }).notNull().unique(),
  nama: text("nama").notNull(),
  berlakuMulai: date("berlaku_mulai").notNull(),
  aturan: jsonb("aturan").notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const periode = pgTable(
  "periode",
  {
    id: id(),
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    tahun: smallint("tahun").notNull(),
    nama: text("nama").notNull(),
    mulai: date("mulai").notNull(),
    selesai: date("selesai").notNull(),
    jenisCheckpoint: jenisCheckpointEnum("jenis_checkpoint").notNull().default("BULANAN"),
    batasPenetapanSkp: date("batas_penetapan_skp").notNull(),
    batasEvaluasiTahunan: date("batas_evaluasi_tahunan").notNull(),
    regulasiId: uuid("regulasi_id").notNull().references(() => regulasi.id, { onDelete: "restrict" }),
    status: statusPeriodeEnum("status").notNull().default("PERSIAPAN"),
    createdAt: createdAt(),
  },
  (t) => [
    index("periode_regulasi_idx").on(t.regulasiId),
    unique("periode_instansi_tahun").on(t.instansiId, t.tahun),
    check("periode_rentang", sql`${t.selesai} > ${t.mulai}`),
  ],
);

export const checkpoint = pgTable(
  "checkpoint",
  {
    id: id(),
    periodeId: uuid("periode_id").notNull().references(() => periode.id, { onDelete: "cascade" }),
    urutan: smallint("urutan").notNull(),
    nama: text("nama").notNull(),
    mulai: date("mulai").notNull(),
    selesai: date("selesai").notNull(),
    batasEvaluasi: date("batas_evaluasi").notNull(),
  },
  (t) => [
    unique("checkpoint_periode_urutan").on(t.periodeId, t.urutan),
    check("checkpoint_rentang", sql`${t.selesai} >= ${t.mulai}`),
  ],
);

// ---------------------------------------------------------------- plan: SKP
/**
 * One SKP per assignment per period (a mid-year move gives a second SKP).
 * `versi` counts approved versions; frozen copies live in skp_versi. `lockVersion` guards concurrent saves.
 */
export const skp = pgTable(
  "skp",
  {
    id: id(),
    periodeId: uuid("periode_id").notNull().references(() => periode.id, { onDelete: "restrict" }),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    penugasanId: uuid("penugasan_id").notNull().references(() => penugasan.id, { onDelete: "restrict" }),
    ppkPegawaiId: uuid("ppk_pegawai_id").references(() => pegawai.id, { onDelete: "set null" }),
    atasanPpkPegawaiId: uuid("atasan_ppk_pegawai_id").references(() => pegawai.id, { onDelete: "set null" }),
    pendekatan: pendekatanEnum("pendekatan").notNull(),
    bentuk: bentukSkpEnum("bentuk").notNull(),
    status: statusSkpEnum("status").notNull().default("DRAFT"),
    versi: integer("versi").notNull().default(1),
    lockVersion: integer("lock_version").notNull().default(0),
    berlakuMulai: date("berlaku_mulai").notNull(),
    berlakuSelesai: date("berlaku_selesai").notNull(),
    diajukanAt: timestamp("diajukan_at", { withTimezone: true }),
    disetujuiAt: timestamp("disetujui_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("skp_atasan_ppk_idx").on(t.atasanPpkPegawaiId),
    index("skp_penugasan_idx").on(t.penugasanId),
    unique("skp_periode_penugasan").on(t.periodeId, t.penugasanId),
    index("skp_pegawai_periode_idx").on(t.pegawaiId, t.periodeId),
    index("skp_ppk_status_idx").on(t.ppkPegawaiId, t.status),
    index("skp_periode_status_idx").on(t.periodeId, t.status),
    check("skp_berlaku", sql`${t.berlakuSelesai} >= ${t.berlakuMulai}`),
    check("skp_versi_positif", sql`${t.versi} >= 1 and ${t.lockVersion} >= 0`),
    check("skp_ppk_bukan_diri", sql`${t.ppkPegawaiId} is null or ${t.ppkPegawaiId} <> ${t.pegawaiId}`),
  ],
);

/** A frozen, readable copy of an SKP as approved (or as it stood when a new version was opened). */
export const skpVersi = pgTable(
  "skp_versi",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    nomor: integer("nomor").notNull(),
    isi: jsonb("isi").notNull(),
    disetujuiOleh: uuid("disetujui_oleh").references(() => pegawai.id, { onDelete: "set null" }),
    disetujuiAt: timestamp("disetujui_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("skp_versi_disetujui_oleh_idx").on(t.disetujuiOleh),unique("skp_versi_nomor").on(t.skpId, t.nomor)],
);

export const rhk = pgTable(
  "rhk",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    jenis: jenisRhkEnum("jenis").notNull(),
    urutan: smallint("urutan").notNull(),
    uraian: text("uraian").notNull(),
    /** "RHK atasan yang diintervensi" — the supervisor's RHK this one supports. */
    rhkAtasanId: uuid("rhk_atasan_id").references((): AnyPgColumn => rhk.id, { onDelete: "set null" }),
    perspektif: perspektifEnum("perspektif"),
    createdAt: createdAt(),
  },
  (t) => [
    index("rhk_skp_idx").on(t.skpId, t.urutan),
    index("rhk_atasan_idx").on(t.rhkAtasanId),
    check("rhk_bukan_diri", sql`${t.rhkAtasanId} is null or ${t.rhkAtasanId} <> ${t.id}`),
    check("rhk_uraian_isi", sql`length(trim(${t.uraian})) > 0`),
  ],
);

/** Individual indicator: a number or range with unit (kuantitatif), or a described criterion (kualitatif). */
export const iki = pgTable(
  "iki",
  {
    id: id(),
    rhkId: uuid("rhk_id").notNull().references(() => rhk.id, { onDelete: "cascade" }),
    urutan: smallint("urutan").notNull(),
    aspek: aspekIkiEnum("aspek").notNull(),
    indikator: text("indikator").notNull(),
    targetMin: numeric("target_min", { precision: 14, scale: 2 }),
    targetMax: numeric("target_max", { precision: 14, scale: 2 }),
    satuan: text("satuan"),
    targetKualitatif: text("target_kualitatif"),
    createdAt: createdAt(),
  },
  (t) => [
    index("iki_rhk_idx").on(t.rhkId, t.urutan),
    check(
      "iki_target",
      sql`(${t.targetMin} is not null and ${t.satuan} is not null and (${t.targetMax} is null or ${t.targetMax} >= ${t.targetMin}))
        or ${t.targetKualitatif} is not null`,
    ),
  ],
);

/** Matriks peran hasil: a supervisor hands (a part of) one of their RHK to a subordinate. */
export const matriksPeran = pgTable(
  "matriks_peran",
  {
    id: id(),
    rhkAtasanId: uuid("rhk_atasan_id").notNull().references(() => rhk.id, { onDelete: "cascade" }),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    uraianPeran: text("uraian_peran").notNull(),
    createdBy: uuid("created_by").references(() => pegawai.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("matriks_peran_created_by_idx").on(t.createdBy),unique("matriks_peran_rhk_pegawai").on(t.rhkAtasanId, t.pegawaiId), index("matriks_peran_pegawai_idx").on(t.pegawaiId)],
);

/** Ekspektasi khusus pimpinan per BerAKHLAK value, written by the PPK. */
export const ekspektasiPerilaku = pgTable(
  "ekspektasi_perilaku",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    nilai: nilaiBerakhlakEnum("nilai").notNull(),
    ekspektasi: text("ekspektasi").notNull().default(""),
    ditulisOleh: uuid("ditulis_oleh").references(() => pegawai.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("ekspektasi_perilaku_ditulis_oleh_idx").on(t.ditulisOleh),unique("ekspektasi_skp_nilai").on(t.skpId, t.nilai)],
);

export const lampiranSkp = pgTable(
  "lampiran_skp",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    bagian: bagianLampiranEnum("bagian").notNull(),
    urutan: smallint("urutan").notNull(),
    uraian: text("uraian").notNull(),
  },
  (t) => [index("lampiran_skp_idx").on(t.skpId, t.bagian, t.urutan)],
);

/** The PPK's notes on a returned SKP, overall or per RHK/IKI. */
export const catatanSkp = pgTable(
  "catatan_skp",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    rhkId: uuid("rhk_id").references(() => rhk.id, { onDelete: "cascade" }),
    ikiId: uuid("iki_id").references(() => iki.id, { onDelete: "cascade" }),
    penulisId: uuid("penulis_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    isi: text("isi").notNull(),
    selesai: boolean("selesai").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("catatan_skp_iki_idx").on(t.ikiId),
    index("catatan_skp_penulis_idx").on(t.penulisId),
    index("catatan_skp_rhk_idx").on(t.rhkId),index("catatan_skp_idx").on(t.skpId, t.createdAt)],
);

// ---------------------------------------------------------------- carrying out
export const rencanaAksi = pgTable(
  "rencana_aksi",
  {
    id: id(),
    rhkId: uuid("rhk_id").notNull().references(() => rhk.id, { onDelete: "cascade" }),
    checkpointId: uuid("checkpoint_id").notNull().references(() => checkpoint.id, { onDelete: "restrict" }),
    uraian: text("uraian").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("rencana_aksi_checkpoint_idx").on(t.checkpointId), unique("rencana_aksi_rhk_checkpoint").on(t.rhkId, t.checkpointId)],
);

export const realisasi = pgTable(
  "realisasi",
  {
    id: id(),
    ikiId: uuid("iki_id").notNull().references(() => iki.id, { onDelete: "cascade" }),
    checkpointId: uuid("checkpoint_id").notNull().references(() => checkpoint.id, { onDelete: "restrict" }),
    /** Kuantitatif: the cumulative achievement as of the checkpoint (a level for rates such as %). */
    nilai: numeric("nilai", { precision: 14, scale: 2 }),
    uraian: text("uraian").notNull().default(""),
    sumberData: text("sumber_data").notNull().default(""),
    dicatatOleh: uuid("dicatat_oleh").references(() => pegawai.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("realisasi_dicatat_oleh_idx").on(t.dicatatOleh),unique("realisasi_iki_checkpoint").on(t.ikiId, t.checkpointId), index("realisasi_checkpoint_idx").on(t.checkpointId)],
);

export const buktiDukung = pgTable(
  "bukti_dukung",
  {
    id: id(),
    realisasiId: uuid("realisasi_id").notNull().references(() => realisasi.id, { onDelete: "cascade" }),
    jenis: jenisBuktiEnum("jenis").notNull(),
    nama: text("nama").notNull(),
    tautan: text("tautan"),
    lokasiBerkas: text("lokasi_berkas"),
    ukuran: integer("ukuran"),
    /** Sniffed from the content, never taken from the file name. */
    mime: text("mime"),
    sha256: varchar("sha256", { length: 64 }),
    diunggahOleh: uuid("diunggah_oleh").references(() => pegawai.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("bukti_dukung_realisasi_idx").on(t.realisasiId),
    index("bukti_dukung_diunggah_oleh_idx").on(t.diunggahOleh),
    check(
      "bukti_dukung_isi",
      sql`(${t.jenis} = 'TAUTAN' and ${t.tautan} is not null) or (${t.jenis} = 'BERKAS' and ${t.lokasiBerkas} is not null)`,
    ),
  ],
);

/** Continuous feedback from the PPK, per IKI or per behaviour value, per checkpoint. */
export const umpanBalik = pgTable(
  "umpan_balik",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    checkpointId: uuid("checkpoint_id").notNull().references(() => checkpoint.id, { onDelete: "restrict" }),
    ikiId: uuid("iki_id").references(() => iki.id, { onDelete: "cascade" }),
    nilaiPerilaku: nilaiBerakhlakEnum("nilai_perilaku"),
    frasaStandar: text("frasa_standar"),
    isi: text("isi").notNull().default(""),
    penulisId: uuid("penulis_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    /** The pegawai's one reply. */
    balasan: text("balasan"),
    dibalasAt: timestamp("dibalas_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("umpan_balik_checkpoint_idx").on(t.checkpointId),
    index("umpan_balik_iki_idx").on(t.ikiId),
    index("umpan_balik_penulis_idx").on(t.penulisId),
    index("umpan_balik_skp_idx").on(t.skpId, t.checkpointId),
    check("umpan_balik_sasaran", sql`(${t.ikiId} is null) <> (${t.nilaiPerilaku} is null)`),
    check("umpan_balik_isi", sql`length(trim(${t.isi})) > 0 or ${t.frasaStandar} is not null`),
  ],
);

/** The standard feedback phrases a PPK picks from; the admin of the instansi keeps the list. */
export const frasaUmpanBalik = pgTable(
  "frasa_umpan_balik",
  {
    id: id(),
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    urutan: smallint("urutan").notNull(),
    teks: text("teks").notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("frasa_umpan_balik_teks").on(t.instansiId, t.teks), index("frasa_umpan_balik_idx").on(t.instansiId, t.urutan)],
);

export const dialogKinerja = pgTable(
  "dialog_kinerja",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    tanggal: date("tanggal").notNull(),
    topik: text("topik").notNull(),
    hasil: hasilDialogEnum("hasil"),
    penjelasanHasil: text("penjelasan_hasil"),
    /** The PPK's answers and clarifications beyond the per-question answers. */
    catatanPpk: text("catatan_ppk"),
    dibuatOleh: uuid("dibuat_oleh").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    /** Both sides confirm the record; once both have, it is read-only. */
    dikonfirmasiPegawaiAt: timestamp("dikonfirmasi_pegawai_at", { withTimezone: true }),
    dikonfirmasiPpkAt: timestamp("dikonfirmasi_ppk_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("dialog_kinerja_dibuat_oleh_idx").on(t.dibuatOleh),index("dialog_kinerja_skp_idx").on(t.skpId, t.tanggal)],
);

/** The employee's questions and the PPK's answers within a dialogue. */
export const dialogTanyaJawab = pgTable(
  "dialog_tanya_jawab",
  {
    id: id(),
    dialogId: uuid("dialog_id").notNull().references(() => dialogKinerja.id, { onDelete: "cascade" }),
    urutan: smallint("urutan").notNull(),
    pertanyaan: text("pertanyaan").notNull(),
    jawaban: text("jawaban"),
    dijawabAt: timestamp("dijawab_at", { withTimezone: true }),
  },
  (t) => [unique("dialog_tanya_jawab_urutan").on(t.dialogId, t.urutan)],
);

/** Actions agreed in a dialogue, with due dates; they stay on both dashboards until done. */
export const dialogTindakan = pgTable(
  "dialog_tindakan",
  {
    id: id(),
    dialogId: uuid("dialog_id").notNull().references(() => dialogKinerja.id, { onDelete: "cascade" }),
    uraian: text("uraian").notNull(),
    batas: date("batas").notNull(),
    selesaiAt: timestamp("selesai_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("dialog_tindakan_dialog_idx").on(t.dialogId), check("dialog_tindakan_isi", sql`length(trim(${t.uraian})) > 0`)],
);

// ---------------------------------------------------------------- appraisal
export const evaluasi = pgTable(
  "evaluasi",
  {
    id: id(),
    skpId: uuid("skp_id").notNull().references(() => skp.id, { onDelete: "cascade" }),
    jenis: jenisEvaluasiEnum("jenis").notNull(),
    checkpointId: uuid("checkpoint_id").references(() => checkpoint.id, { onDelete: "restrict" }),
    penilaiId: uuid("penilai_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    regulasiId: uuid("regulasi_id").notNull().references(() => regulasi.id, { onDelete: "restrict" }),
    ratingHasil: ratingEnum("rating_hasil"),
    ratingHasilSaran: ratingEnum("rating_hasil_saran"),
    alasanRatingHasil: text("alasan_rating_hasil"),
    ratingPerilaku: ratingEnum("rating_perilaku"),
    predikat: predikatEnum("predikat"),
    catatan: text("catatan"),
    status: statusEvaluasiEnum("status").notNull().default("DRAFT"),
    /** Set (ditetapkan) and delivered to the pegawai; read-only for the PPK from then on. */
    ditetapkanAt: timestamp("ditetapkan_at", { withTimezone: true }),
    /** The pegawai acknowledged receipt (not an acceptance: the objection window still runs). */
    diterimaAt: timestamp("diterima_at", { withTimezone: true }),
    /** Annual only: the last day an objection may be filed, fixed at delivery under the rule set and holidays then in force. */
    batasKeberatan: date("batas_keberatan"),
    finalAt: timestamp("final_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("evaluasi_checkpoint_idx").on(t.checkpointId),
    index("evaluasi_regulasi_idx").on(t.regulasiId),
    unique("evaluasi_skp_jenis_checkpoint").on(t.skpId, t.jenis, t.checkpointId).nullsNotDistinct(),
    index("evaluasi_penilai_idx").on(t.penilaiId, t.status),
    check("evaluasi_checkpoint", sql`(${t.jenis} = 'PERIODIK') = (${t.checkpointId} is not null)`),
    check(
      "evaluasi_ditetapkan_lengkap",
      sql`${t.status} = 'DRAFT' or (${t.ratingHasil} is not null and ${t.ratingPerilaku} is not null and ${t.predikat} is not null)`,
    ),
    check(
      "evaluasi_alasan_beda_saran",
      sql`${t.ratingHasilSaran} is null or ${t.ratingHasil} is null or ${t.ratingHasil} = ${t.ratingHasilSaran} or ${t.alasanRatingHasil} is not null`,
    ),
  ],
);

/** Per-value behaviour feedback and per-RHK notes inside an evaluation. */
export const evaluasiRincian = pgTable(
  "evaluasi_rincian",
  {
    id: id(),
    evaluasiId: uuid("evaluasi_id").notNull().references(() => evaluasi.id, { onDelete: "cascade" }),
    rhkId: uuid("rhk_id").references(() => rhk.id, { onDelete: "cascade" }),
    nilaiPerilaku: nilaiBerakhlakEnum("nilai_perilaku"),
    realisasiRingkas: text("realisasi_ringkas"),
    umpanBalik: text("umpan_balik"),
  },
  (t) => [
    index("evaluasi_rincian_rhk_idx").on(t.rhkId),
    index("evaluasi_rincian_idx").on(t.evaluasiId),
    check("evaluasi_rincian_sasaran", sql`(${t.rhkId} is null) <> (${t.nilaiPerilaku} is null)`),
    unique("evaluasi_rincian_sasaran_unik").on(t.evaluasiId, t.rhkId, t.nilaiPerilaku).nullsNotDistinct(),
  ],
);

export const predikatOrganisasi = pgTable(
  "predikat_organisasi",
  {
    id: id(),
    unitId: uuid("unit_id").notNull().references(() => unitKerja.id, { onDelete: "cascade" }),
    periodeId: uuid("periode_id").notNull().references(() => periode.id, { onDelete: "cascade" }),
    predikat: predikatOrganisasiEnum("predikat").notNull(),
    capaian: text("capaian"),
    /** Why the leader above the unit set this rating (required when set in the app; seed rows of past years may lack it). */
    alasan: text("alasan"),
    /** Optional evidence: a link to the unit's performance report. */
    buktiTautan: text("bukti_tautan"),
    ditetapkanOleh: uuid("ditetapkan_oleh").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    justifikasi: text("justifikasi"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("predikat_organisasi_ditetapkan_oleh_idx").on(t.ditetapkanOleh),unique("predikat_organisasi_unit_periode").on(t.unitId, t.periodeId), index("predikat_organisasi_periode_idx").on(t.periodeId)],
);

/**
 * A calibration: a leader of the pegawai's unit changed a set annual evaluation's ratings (through the
 * evaluation's KALIBRASI transition) with a written reason. The audit log has the row too.
 */
export const kalibrasiEvaluasi = pgTable(
  "kalibrasi_evaluasi",
  {
    id: id(),
    evaluasiId: uuid("evaluasi_id").notNull().references(() => evaluasi.id, { onDelete: "cascade" }),
    olehId: uuid("oleh_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    alasan: text("alasan").notNull(),
    ratingHasilLama: ratingEnum("rating_hasil_lama").notNull(),
    ratingPerilakuLama: ratingEnum("rating_perilaku_lama").notNull(),
    predikatLama: predikatEnum("predikat_lama").notNull(),
    ratingHasilBaru: ratingEnum("rating_hasil_baru").notNull(),
    ratingPerilakuBaru: ratingEnum("rating_perilaku_baru").notNull(),
    predikatBaru: predikatEnum("predikat_baru").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("kalibrasi_evaluasi_evaluasi_idx").on(t.evaluasiId),
    index("kalibrasi_evaluasi_oleh_idx").on(t.olehId),
    check("kalibrasi_evaluasi_alasan_isi", sql`length(trim(${t.alasan})) > 0`),
  ],
);

/**
 * The leader's finalisation of a unit's employee predikat for a period (Penetapan predikat kinerja):
 * the counts and curve breaches at that moment, and the justification the block policy may require.
 * One per unit and period; finalising again replaces it (the audit log keeps each).
 */
export const penetapanKurva = pgTable(
  "penetapan_kurva",
  {
    id: id(),
    unitId: uuid("unit_id").notNull().references(() => unitKerja.id, { onDelete: "cascade" }),
    periodeId: uuid("periode_id").notNull().references(() => periode.id, { onDelete: "cascade" }),
    ditetapkanOleh: uuid("ditetapkan_oleh").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    predikatOrganisasi: predikatOrganisasiEnum("predikat_organisasi").notNull(),
    kebijakan: varchar("kebijakan", { length: 32 }).notNull(),
    justifikasi: text("justifikasi"),
    /** Employee counts per predikat at finalisation. */
    jumlah: jsonb("jumlah").notNull(),
    /** The curve's breaches at finalisation (lib/domain/kurva Breach[]). */
    pelanggaran: jsonb("pelanggaran").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("penetapan_kurva_unit_periode").on(t.unitId, t.periodeId),
    index("penetapan_kurva_periode_idx").on(t.periodeId),
    index("penetapan_kurva_ditetapkan_oleh_idx").on(t.ditetapkanOleh),
  ],
);

export const keberatan = pgTable(
  "keberatan",
  {
    id: id(),
    evaluasiId: uuid("evaluasi_id").notNull().references(() => evaluasi.id, { onDelete: "cascade" }),
    pemohonId: uuid("pemohon_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    atasanPpkId: uuid("atasan_ppk_id").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    alasan: text("alasan").notNull(),
    /** Optional evidence: a link to a document. */
    buktiTautan: text("bukti_tautan"),
    tanggapanPpk: text("tanggapan_ppk"),
    ditanggapiAt: timestamp("ditanggapi_at", { withTimezone: true }),
    batasPengajuan: date("batas_pengajuan").notNull(),
    status: statusKeberatanEnum("status").notNull().default("DIAJUKAN"),
    keputusan: text("keputusan"),
    predikatSebelum: predikatEnum("predikat_sebelum").notNull(),
    ratingHasilBaru: ratingEnum("rating_hasil_baru"),
    ratingPerilakuBaru: ratingEnum("rating_perilaku_baru"),
    predikatBaru: predikatEnum("predikat_baru"),
    diputusOleh: uuid("diputus_oleh").references(() => pegawai.id, { onDelete: "restrict" }),
    diputusAt: timestamp("diputus_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("keberatan_pemohon_idx").on(t.pemohonId),
    index("keberatan_diputus_oleh_idx").on(t.diputusOleh),
    index("keberatan_atasan_idx").on(t.atasanPpkId, t.status),
    uniqueIndex("keberatan_satu_terbuka").on(t.evaluasiId).where(sql`${t.status} in ('DIAJUKAN', 'DIPERIKSA')`),
    check("keberatan_alasan_isi", sql`length(trim(${t.alasan})) > 0`),
  ],
);

export const angkaKredit = pgTable(
  "angka_kredit",
  {
    id: id(),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    evaluasiId: uuid("evaluasi_id").notNull().references(() => evaluasi.id, { onDelete: "cascade" }),
    regulasiId: uuid("regulasi_id").notNull().references(() => regulasi.id, { onDelete: "restrict" }),
    jenjang: jenjangEnum("jenjang").notNull(),
    predikat: predikatEnum("predikat").notNull(),
    bulan: smallint("bulan").notNull(),
    nilai: numeric("nilai", { precision: 8, scale: 2 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("angka_kredit_pegawai_idx").on(t.pegawaiId),
    index("angka_kredit_regulasi_idx").on(t.regulasiId),unique("angka_kredit_evaluasi").on(t.evaluasiId), check("angka_kredit_bulan", sql`${t.bulan} between 1 and 12`)],
);

/** Holidays that working-day deadlines (the objection window) skip; the admin keeps the list. */
export const hariLibur = pgTable(
  "hari_libur",
  {
    instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
    tanggal: date("tanggal").notNull(),
    nama: text("nama").notNull(),
  },
  (t) => [primaryKey({ columns: [t.instansiId, t.tanggal] })],
);

// ---------------------------------------------------------------- development
export const diklat = pgTable("diklat", {
  id: id(),
  instansiId: uuid("instansi_id").notNull().references(() => instansi.id, { onDelete: "cascade" }),
  kode: varchar("kode", { length: 32 }).notNull(),
  nama: text("nama").notNull(),
  jenis: jenisDiklatEnum("jenis").notNull(),
  penyelenggara: text("penyelenggara"),
  /** Learning hours (jam pelajaran) a completed training counts toward the yearly target. */
  jam: smallint("jam").notNull().default(0),
  aktif: boolean("aktif").notNull().default(true),
}, (t) => [unique("diklat_instansi_kode").on(t.instansiId, t.kode), check("diklat_jam", sql`${t.jam} >= 0`)]);

export const usulanPengembangan = pgTable(
  "usulan_pengembangan",
  {
    id: id(),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    periodeId: uuid("periode_id").notNull().references(() => periode.id, { onDelete: "restrict" }),
    evaluasiId: uuid("evaluasi_id").references(() => evaluasi.id, { onDelete: "set null" }),
    jenis: jenisUsulanEnum("jenis").notNull(),
    diklatId: uuid("diklat_id").references(() => diklat.id, { onDelete: "restrict" }),
    alasan: text("alasan").notNull(),
    bukti: text("bukti").notNull(),
    status: statusUsulanEnum("status").notNull().default("DIUSULKAN"),
    diusulkanOleh: uuid("diusulkan_oleh").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    /** Structured evidence at proposal time (predikat history, ratings, feedback), beside the readable `bukti`. */
    buktiRinci: jsonb("bukti_rinci"),
    /** Development plan: when it is to be reviewed. */
    tanggalTinjau: date("tanggal_tinjau"),
    diputusOleh: uuid("diputus_oleh").references(() => pegawai.id, { onDelete: "restrict" }),
    diputusAt: timestamp("diputus_at", { withTimezone: true }),
    alasanKeputusan: text("alasan_keputusan"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("usulan_pengembangan_diklat_idx").on(t.diklatId),
    index("usulan_pengembangan_diusulkan_oleh_idx").on(t.diusulkanOleh),
    index("usulan_pengembangan_evaluasi_idx").on(t.evaluasiId),
    index("usulan_pengembangan_periode_idx").on(t.periodeId),
    index("usulan_pengembangan_pegawai_idx").on(t.pegawaiId, t.periodeId),
    index("usulan_pengembangan_diputus_oleh_idx").on(t.diputusOleh),
    check("usulan_diklat", sql`${t.jenis} <> 'DIKLAT' or ${t.diklatId} is not null`),
  ],
);

/** The trainings agreed in a development plan (or proposed beside a programme). */
export const usulanDiklat = pgTable(
  "usulan_diklat",
  {
    usulanId: uuid("usulan_id").notNull().references(() => usulanPengembangan.id, { onDelete: "cascade" }),
    diklatId: uuid("diklat_id").notNull().references(() => diklat.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.usulanId, t.diklatId] }), index("usulan_diklat_diklat_idx").on(t.diklatId)],
);

/** A training a pegawai completed: its hours count toward the yearly target (rule set, 20 by default). */
export const riwayatPelatihan = pgTable(
  "riwayat_pelatihan",
  {
    id: id(),
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    diklatId: uuid("diklat_id").references(() => diklat.id, { onDelete: "restrict" }),
    usulanId: uuid("usulan_id").references(() => usulanPengembangan.id, { onDelete: "set null" }),
    nama: text("nama").notNull(),
    jam: numeric("jam", { precision: 6, scale: 1 }).notNull(),
    tanggalSelesai: date("tanggal_selesai").notNull(),
    dicatatOleh: uuid("dicatat_oleh").notNull().references(() => pegawai.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("riwayat_pelatihan_pegawai_idx").on(t.pegawaiId, t.tanggalSelesai),
    index("riwayat_pelatihan_diklat_idx").on(t.diklatId),
    index("riwayat_pelatihan_usulan_idx").on(t.usulanId),
    index("riwayat_pelatihan_dicatat_oleh_idx").on(t.dicatatOleh),
    check("riwayat_pelatihan_jam", sql`${t.jam} > 0`),
  ],
);

// ---------------------------------------------------------------- notifications and audit
export const notifikasi = pgTable(
  "notifikasi",
  {
    id: id(),
    penerimaId: uuid("penerima_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    jenis: varchar("jenis", { length: 64 }).notNull(),
    judul: text("judul").notNull(),
    isi: text("isi").notNull().default(""),
    tautan: text("tautan"),
    /** De-duplication key: an event that must reach a person once (target reached, a reminder) carries one. */
    kunci: varchar("kunci", { length: 200 }),
    dibacaAt: timestamp("dibaca_at", { withTimezone: true }),
    /** Email outbox: waiting until sent (claimed by one instance with SKIP LOCKED and a lease), skipped, or given up. */
    surelMenunggu: boolean("surel_menunggu").notNull().default(false),
    surelPercobaan: smallint("surel_percobaan").notNull().default(0),
    surelTerkirimAt: timestamp("surel_terkirim_at", { withTimezone: true }),
    /** Not to be tried before: a lease while one instance sends it, then the back-off after a failure. */
    surelCobaAt: timestamp("surel_coba_at", { withTimezone: true }),
    surelGalat: text("surel_galat"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifikasi_penerima_idx").on(t.penerimaId, t.createdAt),
    unique("notifikasi_kunci").on(t.penerimaId, t.kunci),
    index("notifikasi_surel_idx").on(t.createdAt).where(sql`${t.surelMenunggu}`),
  ],
);

/** Email switched off per kind of notification (no row: email on). */
export const preferensiSurel = pgTable(
  "preferensi_surel",
  {
    pegawaiId: uuid("pegawai_id").notNull().references(() => pegawai.id, { onDelete: "cascade" }),
    jenis: varchar("jenis", { length: 64 }).notNull(),
    aktif: boolean("aktif").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.pegawaiId, t.jenis] })],
);

/** Who did what, when, with the row before and after. Written in the same transaction as the change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    waktu: timestamp("waktu", { withTimezone: true }).notNull().defaultNow(),
    aktorId: uuid("aktor_id").references(() => pegawai.id, { onDelete: "set null" }),
    aksi: varchar("aksi", { length: 64 }).notNull(),
    entitas: varchar("entitas", { length: 64 }).notNull(),
    entitasId: text("entitas_id").notNull(),
    sebelum: jsonb("sebelum"),
    sesudah: jsonb("sesudah"),
  },
  (t) => [index("audit_log_entitas_idx").on(t.entitas, t.entitasId), index("audit_log_aktor_idx").on(t.aktorId, t.waktu)],
);

// ---------------------------------------------------------------- Auth.js (JWT sessions; accounts link an SSO identity to a pegawai)
export const users = pgTable("user", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("emailVerified", { mode: "date" }),
  image: text("image"),
  pegawaiId: uuid("pegawai_id").unique().references(() => pegawai.id, { onDelete: "cascade" }),
});

export const accounts = pgTable(
  "account",
  {
    userId: text("userId").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    index("account_user_idx").on(t.userId),primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  "session",
  {
    sessionToken: text("sessionToken").primaryKey(),
    userId: text("userId").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ---------------------------------------------------------------- relations (for the relational query API)
export const unitKerjaRelations = relations(unitKerja, ({ one, many }) => ({
  parent: one(unitKerja, { fields: [unitKerja.parentId], references: [unitKerja.id], relationName: "unit_parent" }),
  children: many(unitKerja, { relationName: "unit_parent" }),
  jabatan: many(jabatan),
}));
export const jabatanRelations = relations(jabatan, ({ one, many }) => ({
  unit: one(unitKerja, { fields: [jabatan.unitId], references: [unitKerja.id] }),
  atasan: one(jabatan, { fields: [jabatan.atasanJabatanId], references: [jabatan.id], relationName: "jabatan_atasan" }),
  penugasan: many(penugasan),
}));
export const pegawaiRelations = relations(pegawai, ({ many }) => ({
  penugasan: many(penugasan),
  skp: many(skp),
  peran: many(peranPegawai),
}));
export const penugasanRelations = relations(penugasan, ({ one }) => ({
  pegawai: one(pegawai, { fields: [penugasan.pegawaiId], references: [pegawai.id] }),
  jabatan: one(jabatan, { fields: [penugasan.jabatanId], references: [jabatan.id] }),
}));
export const peranPegawaiRelations = relations(peranPegawai, ({ one }) => ({
  pegawai: one(pegawai, { fields: [peranPegawai.pegawaiId], references: [pegawai.id] }),
}));
export const skpRelations = relations(skp, ({ one, many }) => ({
  periode: one(periode, { fields: [skp.periodeId], references: [periode.id] }),
  pegawai: one(pegawai, { fields: [skp.pegawaiId], references: [pegawai.id] }),
  penugasan: one(penugasan, { fields: [skp.penugasanId], references: [penugasan.id] }),
  rhk: many(rhk),
  evaluasi: many(evaluasi),
}));
export const rhkRelations = relations(rhk, ({ one, many }) => ({
  skp: one(skp, { fields: [rhk.skpId], references: [skp.id] }),
  iki: many(iki),
}));
export const ikiRelations = relations(iki, ({ one, many }) => ({
  rhk: one(rhk, { fields: [iki.rhkId], references: [rhk.id] }),
  realisasi: many(realisasi),
}));
export const realisasiRelations = relations(realisasi, ({ one }) => ({
  iki: one(iki, { fields: [realisasi.ikiId], references: [iki.id] }),
}));
export const evaluasiRelations = relations(evaluasi, ({ one }) => ({
  skp: one(skp, { fields: [evaluasi.skpId], references: [skp.id] }),
}));
export const periodeRelations = relations(periode, ({ many, one }) => ({
  checkpoint: many(checkpoint),
  regulasi: one(regulasi, { fields: [periode.regulasiId], references: [regulasi.id] }),
}));
export const checkpointRelations = relations(checkpoint, ({ one }) => ({
  periode: one(periode, { fields: [checkpoint.periodeId], references: [periode.id] }),
}));

export type UnitKerja = typeof unitKerja.$inferSelect;
export type Jabatan = typeof jabatan.$inferSelect;
export type Pegawai = typeof pegawai.$inferSelect;
export type Penugasan = typeof penugasan.$inferSelect;
export type Periode = typeof periode.$inferSelect;
export type Skp = typeof skp.$inferSelect;
export type Notifikasi = typeof notifikasi.$inferSelect;
