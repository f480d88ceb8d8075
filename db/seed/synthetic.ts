/**
 * A large synthetic instansi for load and performance tests, independent of Helvetia.
 *
 *   await seedSynthetic(db, { pegawai: 100_000, kode: "SINTETIS-100000", today: "2026-11-28", log: console.log })
 *
 * Shape, sized to the headcount: ~40 perangkat daerah (fewer for small sizes) × bidang × seksi, about
 * 20–30 pegawai per seksi; a head position per unit (JPT / Administrator / Pengawas) and four staff
 * positions per seksi; one definitive assignment per pegawai; this year's periode (BERJALAN, 12
 * monthly checkpoints) and last year's (DITUTUP) with a FINAL annual evaluation for everyone who has
 * a PPK and an organisation rating per perangkat daerah; this year one SKP per pegawai in mixed
 * states with 2–3 RHK (UTAMA RHK cascade to the PPK's RHK), 1–2 IKI per RHK and a realisation per
 * IKI for every checkpoint up to today's month on approved SKPs. Last year's SKPs (approved) carry
 * the annual evaluations but no RHK.
 *
 * Speed: the organisation, pegawai, assignments and SKPs are built in JS and sent as one JSON
 * parameter per chunk (`INSERT ... SELECT FROM json_to_recordset($1)`, which binds identically on
 * postgres.js and PGlite); RHK, IKI, realisations and evaluations are generated set-based in SQL
 * (`generate_series`, joins). Ids are sequential UUIDs (fixed per-kode prefix + counter), so
 * B-tree inserts stay at the right edge of each index and a row's counter can be recomputed in SQL.
 *
 * Idempotency (re-running gives the same result):
 * - an existing instansi with this kode and the same size keeps its organisation and pegawai (same
 *   deterministic ids); its activity (periods and everything below) is deleted and generated again;
 * - an existing one of another size is deleted entirely, in dependency order, then generated again —
 *   only up to BATAS_HAPUS_PENUH (10,000) pegawai: deleting pegawai is O(pegawai × rows of the tables
 *   whose pegawai foreign keys have no index), so larger ones are refused with a clear message.
 * NIPs avoid every NIP already in the database (e.g. Helvetia's or other synthetic instansi) and use
 * sequence numbers 500–999, which the Helvetia roster never uses.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../client";
import { queryRows } from "../client";
import type { Jenjang, Predikat, PredikatOrganisasi, Rating, StatusPegawai } from "../../lib/domain/constants";
import { predikatKinerja } from "../../lib/domain/predikat";
import { rencanaPeriode } from "../../lib/domain/periode";
import { PERMENPANRB_6_2022 } from "../../lib/domain/rule-set";
import { BULAN_TMT, namaAcak, NIP_CADANGAN, susunNip, tanggalAcak } from "./nama";
import { antrianPredikat, ratingHasilKepala, ratingUntuk } from "./sebaran";
import { REGULASI_KODE } from "./helvetia";
import { helvetiaId } from "./helvetia-roster";
import { chunks, Rng, seqCounterSql, seqPrefix, seqUuid, seqUuidSql } from "./util";

export type SeedSyntheticOptions = { pegawai: number; kode: string; today: string; log?: (line: string) => void };
export type SeedSyntheticResult = {
  instansiId: string;
  kode: string;
  /** True when an instansi with this kode existed and was replaced. */
  diganti: boolean;
  counts: Record<"unit" | "jabatan" | "pegawai" | "penugasan" | "skp" | "rhk" | "iki" | "realisasi" | "evaluasi", number>;
  /** Seconds per phase, in order. */
  fase: { nama: string; detik: number }[];
  totalDetik: number;
};

// ---------------------------------------------------------------- plan (pure)

const NAMA_PD = [
  "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman",
  "Satuan Polisi Pamong Praja", "Dinas Sosial", "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
  "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
  "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan Usaha Mikro",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Kepemudaan dan Olahraga", "Dinas Perpustakaan dan Kearsipan", "Dinas Kelautan dan Perikanan",
  "Dinas Pariwisata", "Dinas Pertanian", "Dinas Perdagangan", "Dinas Perindustrian", "Dinas Kebudayaan", "Badan Perencanaan Pembangunan Daerah",
  "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Inspektorat Daerah",
  "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik", "Sekretariat DPRD", "Rumah Sakit Umum Daerah",
  "Dinas Pemadam Kebakaran dan Penyelamatan", "Badan Riset dan Inovasi Daerah", "Dinas Peternakan dan Kesehatan Hewan", "Dinas Perkebunan",
  "Dinas Energi dan Sumber Daya Mineral", "Dinas Kehutanan",
];
const NAMA_BIDANG = [
  "Perencanaan dan Pengembangan", "Pelayanan", "Pengendalian dan Evaluasi", "Pembinaan", "Data dan Informasi", "Sarana dan Prasarana",
  "Pemberdayaan", "Pengawasan", "Kerja Sama dan Kemitraan", "Operasional", "Standardisasi", "Penyuluhan",
];
const NAMA_SEKSI = [
  "Perencanaan", "Pelaksanaan", "Monitoring dan Evaluasi", "Pengelolaan Data", "Pembinaan Teknis", "Pelayanan", "Kemitraan",
  "Standardisasi", "Pengendalian", "Penyuluhan", "Sarana", "Informasi",
];
/** Four staff positions per seksi: two pelaksana and two functional, varied by perangkat daerah. */
const FUNGSIONAL: [string, Jenjang][] = [
  ["Pranata Komputer Terampil", "TERAMPIL"], ["Analis Sumber Daya Manusia Aparatur Ahli Pertama", "AHLI_PERTAMA"], ["Perencana Ahli Muda", "AHLI_MUDA"],
  ["Auditor Ahli Pertama", "AHLI_PERTAMA"], ["Arsiparis Terampil", "TERAMPIL"], ["Analis Kebijakan Ahli Muda", "AHLI_MUDA"],
  ["Pranata Hubungan Masyarakat Ahli Pertama", "AHLI_PERTAMA"], ["Statistisi Ahli Pertama", "AHLI_PERTAMA"], ["Penyuluh Sosial Mahir", "MAHIR"],
  ["Pengelola Pengadaan Barang/Jasa Ahli Muda", "AHLI_MUDA"], ["Analis Keuangan Pusat dan Daerah Ahli Madya", "AHLI_MADYA"], ["Perawat Penyelia", "PENYELIA"],
];
const PELAKSANA = ["Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Pengolah Data dan Informasi", "Operator Layanan Operasional"];

/** RHK texts by group: 0 JPT, 1 Administrator, 2 Pengawas, 3 staff. */
const RHK_TEKS: string[][] = [
  [
    "Meningkatnya kualitas layanan publik perangkat daerah",
    "Meningkatnya efektivitas proses bisnis perangkat daerah",
    "Meningkatnya akuntabilitas kinerja perangkat daerah",
    "Terserapnya anggaran perangkat daerah secara optimal",
  ],
  [
    "Meningkatnya kualitas layanan bidang sesuai standar pelayanan",
    "Tersusunnya kebijakan teknis dan rencana kerja bidang",
    "Terlaksananya koordinasi lintas perangkat daerah",
    "Meningkatnya capaian indikator kinerja bidang",
  ],
  [
    "Terlaksananya program kerja seksi sesuai rencana",
    "Tersedianya data dan laporan seksi yang akurat",
    "Terbinanya pegawai di lingkungan seksi",
    "Terlaksananya pengendalian kegiatan seksi",
  ],
  [
    "Terlaksananya pengelolaan administrasi layanan",
    "Tersusunnya laporan pelaksanaan kegiatan bulanan",
    "Tersedianya data layanan yang mutakhir",
    "Terselesaikannya permohonan layanan masyarakat",
    "Terkelolanya arsip dan dokumen kegiatan",
    "Tersusunnya bahan telaahan teknis",
    "Terlaksananya dukungan teknis kegiatan unit",
    "Terpublikasikannya informasi layanan unit",
  ],
];
const IKI_KUANTITAS: [string, string][] = [
  ["Jumlah dokumen yang diselesaikan", "dokumen"],
  ["Jumlah laporan yang disusun", "laporan"],
  ["Jumlah kegiatan yang dilaksanakan", "kegiatan"],
  ["Jumlah berkas yang diproses", "berkas"],
  ["Jumlah layanan yang diselesaikan", "layanan"],
];

type PlanUnit = { kode: string; nama: string; jenis: string; parent: number; level: number; pd: number };
type PlanJabatan = { unit: number; nama: string; jenis: "JPT" | "ADMINISTRATOR" | "PENGAWAS" | "PELAKSANA" | "FUNGSIONAL"; jenjang: Jenjang | null; kepala: boolean; atasan: number; kelas: number };
type PlanPegawai = { jabatan: number; group: 0 | 1 | 2 | 3; ppk: number; atasanPpk: number; pd: number };
export type SyntheticPlan = { units: PlanUnit[]; jabatan: PlanJabatan[]; pegawai: PlanPegawai[] };

/** The organisation of n pegawai (pure). Pegawai 0 is the Sekda; heads come before their staff. */
export function planSynthetic(n: number): SyntheticPlan {
  if (!Number.isInteger(n) || n < 50) throw new RangeError(`Jumlah pegawai sintetis minimal 50, bukan ${n}`);
  const nPd = Math.min(40, Math.max(3, Math.round(n / 250)));
  const targetSeksi = Math.max(nPd, Math.round(n / 25));
  const seksiPerPd = Math.ceil(targetSeksi / nPd);
  const bidangPerPd = Math.max(1, Math.round(Math.sqrt(seksiPerPd)));
  const seksiPerBidang = Math.ceil(seksiPerPd / bidangPerPd);

  const units: PlanUnit[] = [{ kode: "PEMDA", nama: "Pemerintah Daerah Sintetis", jenis: "PEMDA", parent: -1, level: 0, pd: 0 }];
  const jabatan: PlanJabatan[] = [{ unit: 0, nama: "Sekretaris Daerah", jenis: "JPT", jenjang: null, kepala: true, atasan: -1, kelas: 15 }];
  const kepalaJabatan: number[] = [0];
  const pds: number[] = [];
  const bidangs: number[] = [];
  const seksis: number[] = [];
  const addUnit = (u: PlanUnit, kepala: Omit<PlanJabatan, "unit" | "kepala" | "atasan">) => {
    const ui = units.push(u) - 1;
    kepalaJabatan[ui] = jabatan.push({ ...kepala, unit: ui, kepala: true, atasan: kepalaJabatan[u.parent]! }) - 1;
    return ui;
  };
  // breadth-first, so that every head position comes after its superior's
  for (let p = 0; p < nPd; p++) {
    const nama = NAMA_PD[p] ?? `Dinas Sintetis ${p + 1}`;
    pds.push(addUnit({ kode: `PD${String(p + 1).padStart(2, "0")}`, nama, jenis: "PERANGKAT_DAERAH", parent: 0, level: 1, pd: 0 }, { nama: `Kepala ${nama}`, jenis: "JPT", jenjang: null, kelas: 14 }));
    units[pds[p]!]!.pd = pds[p]!;
  }
  for (const pd of pds)
    for (let b = 0; b < bidangPerPd; b++) {
      const nama = `Bidang ${NAMA_BIDANG[b % NAMA_BIDANG.length]}${b >= NAMA_BIDANG.length ? ` ${Math.floor(b / NAMA_BIDANG.length) + 1}` : ""}`;
      bidangs.push(addUnit({ kode: `${units[pd]!.kode}.B${String(b + 1).padStart(2, "0")}`, nama, jenis: "BIDANG", parent: pd, level: 2, pd }, { nama: `Kepala ${nama}`, jenis: "ADMINISTRATOR", jenjang: null, kelas: 12 }));
    }
  for (const bd of bidangs)
    for (let s = 0; s < seksiPerBidang; s++) {
      const nama = `Seksi ${NAMA_SEKSI[s % NAMA_SEKSI.length]}${s >= NAMA_SEKSI.length ? ` ${Math.floor(s / NAMA_SEKSI.length) + 1}` : ""}`;
      seksis.push(addUnit({ kode: `${units[bd]!.kode}.S${String(s + 1).padStart(2, "0")}`, nama, jenis: "SEKSI", parent: bd, level: 3, pd: units[bd]!.pd }, { nama: `Kepala ${nama}`, jenis: "PENGAWAS", jenjang: null, kelas: 9 }));
    }
  const stafJabatan: number[][] = seksis.map((su, si) => {
    const pdIdx = pds.indexOf(units[su]!.pd);
    const f1 = FUNGSIONAL[pdIdx % FUNGSIONAL.length]!;
    const f2 = FUNGSIONAL[(pdIdx + 5 + (si % 3)) % FUNGSIONAL.length]!;
    const defs: Omit<PlanJabatan, "unit" | "kepala" | "atasan">[] = [
      { nama: PELAKSANA[si % 2]!, jenis: "PELAKSANA", jenjang: null, kelas: 5 },
      { nama: PELAKSANA[2 + (si % 2)]!, jenis: "PELAKSANA", jenjang: null, kelas: 6 },
      { nama: f1[0], jenis: "FUNGSIONAL", jenjang: f1[1], kelas: 8 },
      { nama: f2[0], jenis: "FUNGSIONAL", jenjang: f2[1], kelas: 9 },
    ];
    return defs.map((d) => jabatan.push({ ...d, unit: su, kepala: false, atasan: kepalaJabatan[su]! }) - 1);
  });

  // heads first (unit order), then staff round-robin over the seksi
  const pegawai: PlanPegawai[] = [];
  const pemegangKepala: number[] = [];
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    const ppk = u.parent >= 0 ? pemegangKepala[u.parent]! : -1;
    pemegangKepala[ui] = pegawai.length;
    pegawai.push({ jabatan: kepalaJabatan[ui]!, group: u.level <= 1 ? 0 : u.level === 2 ? 1 : 2, ppk, atasanPpk: ppk >= 0 ? pegawai[ppk]!.ppk : -1, pd: u.level === 0 ? 0 : u.pd });
  }
  if (pegawai.length > n) throw new RangeError(`Terlalu sedikit pegawai (${n}) untuk ${pegawai.length} jabatan kepala`);
  const nStaf = n - pegawai.length;
  for (let k = 0; k < nStaf; k++) {
    const si = k % seksis.length;
    const su = seksis[si]!;
    const ppk = pemegangKepala[su]!;
    pegawai.push({ jabatan: stafJabatan[si]![Math.floor(k / seksis.length) % 4]!, group: 3, ppk, atasanPpk: pegawai[ppk]!.ppk, pd: units[su]!.pd });
  }
  return { units, jabatan, pegawai };
}

// ---------------------------------------------------------------- seeding

const GOL: Record<string, string[]> = {
  JPT: ["IV/c", "IV/d"],
  ADMINISTRATOR: ["IV/a", "IV/b"],
  PENGAWAS: ["III/c", "III/d"],
  PELAKSANA: ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b"],
  PEMULA: ["II/a"],
  TERAMPIL: ["II/b", "II/c", "II/d"],
  MAHIR: ["III/a", "III/b"],
  PENYELIA: ["III/c", "III/d"],
  AHLI_PERTAMA: ["III/a", "III/b"],
  AHLI_MUDA: ["III/c", "III/d"],
  AHLI_MADYA: ["IV/a", "IV/b"],
};
const GOL_PPPK: Record<string, string> = { PELAKSANA: "V", PEMULA: "V", TERAMPIL: "VII", MAHIR: "VIII", PENYELIA: "IX", AHLI_PERTAMA: "IX", AHLI_MUDA: "X", AHLI_MADYA: "XI" };
const LAHIR: Record<string, [number, number]> = { JPT: [1966, 1975], ADMINISTRATOR: [1968, 1982], PENGAWAS: [1972, 1990], STAF: [1970, 2000] };

export async function seedSynthetic(db: Db, opts: SeedSyntheticOptions): Promise<SeedSyntheticResult> {
  const { kode, today } = opts;
  const log = opts.log ?? (() => {});
  if (!/^[A-Za-z0-9._-]{1,32}$/.test(kode)) throw new RangeError(`kode instansi harus 1–32 huruf/angka/._-, bukan "${kode}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today harus YYYY-MM-DD, bukan "${today}"`);
  const tahun = Number(today.slice(0, 4));
  const plan = planSynthetic(opts.pegawai);
  const N = plan.pegawai.length;

  const pf = (tabel: string) => seqPrefix(`sintetis:${kode}:${tabel}`);
  const P = {
    unit: pf("unit"), jabatan: pf("jabatan"), pegawai: pf("pegawai"), penugasan: pf("penugasan"), periode: pf("periode"),
    checkpoint: pf("checkpoint"), skp: pf("skp"), rhk: pf("rhk"), iki: pf("iki"), realisasi: pf("realisasi"),
    evaluasi: pf("evaluasi"), predikatOrganisasi: pf("predikat-organisasi"),
  };
  const instansiId = seqUuid(pf("instansi"), 0);
  const uid = (prefix: string, n: SQL) => seqUuidSql(prefix, n);

  const fase: { nama: string; detik: number }[] = [];
  const t0 = performance.now();
  const langkah = async <T>(nama: string, fn: (tx: DbOrTx) => Promise<T>, transaksi = true): Promise<T> => {
    const start = performance.now();
    const out = transaksi ? await db.transaction((tx) => fn(tx)) : await fn(db);
    const detik = (performance.now() - start) / 1000;
    fase.push({ nama, detik });
    log(`  ${nama.padEnd(34)} ${detik.toFixed(1).padStart(6)} s`);
    return out;
  };

  // ---- 0. an existing instansi with this kode: same size → keep its organisation and people and
  // regenerate the activity; other size → delete it entirely (only up to BATAS_HAPUS_PENUH pegawai).
  const ada = await queryRows<{ id: string; pegawai: number; unit: number; jabatan: number }>(
    db,
    sql`select i.id, (select count(*)::int from pegawai p where p.instansi_id = i.id) as pegawai,
               (select count(*)::int from unit_kerja u where u.instansi_id = i.id) as unit,
               (select count(*)::int from jabatan j where j.instansi_id = i.id) as jabatan
        from instansi i where i.kode = ${kode}`,
  );
  const lama = ada[0];
  const pakaiUlang = !!lama && lama.id === instansiId && lama.pegawai === N && lama.unit === plan.units.length && lama.jabatan === plan.jabatan.length;
  if (lama && pakaiUlang) {
    await langkah("hapus aktivitas lama", (tx) => hapusAktivitas(tx, lama.id));
    // Without this the re-inserted rows hit the dead index entries of the deleted ones (same keys).
    await langkah("vacuum", async () => {
      await db.execute(sql`vacuum analyze realisasi, iki, rhk, skp, evaluasi`);
    }, false);
  } else if (lama) {
    if (lama.pegawai > BATAS_HAPUS_PENUH)
      throw new Error(
        `Instansi ${kode} sudah ada dengan ${lama.pegawai} pegawai (diminta ${N}). Menghapus instansi sebesar itu sangat lambat ` +
          `(beberapa kolom yang merujuk pegawai, mis. realisasi.dicatat_oleh, tidak berindeks, sehingga setiap baris pegawai yang dihapus memindai tabel itu). ` +
          `Pakai kode lain (--kode), ukuran yang sama (${lama.pegawai}), atau basis data baru.`,
      );
    await langkah("hapus instansi lama", (tx) => hapusInstansi(tx, lama.id));
  }

  // ---- 1. instansi, regulasi, organisation
  const regulasiId = await langkah(pakaiUlang ? "regulasi (organisasi dipakai ulang)" : "instansi, unit kerja, jabatan", async (tx) => {
    await tx.execute(sql`insert into regulasi (id, kode, nama, berlaku_mulai, aturan)
      values (${helvetiaId("regulasi", REGULASI_KODE)}, ${REGULASI_KODE}, ${PERMENPANRB_6_2022.nama}, ${PERMENPANRB_6_2022.berlakuMulai}, '{}'::jsonb)
      on conflict do nothing`);
    const [reg] = await queryRows<{ id: string }>(tx, sql`select id from regulasi where kode = ${REGULASI_KODE}`);
    if (pakaiUlang) return reg!.id;
    await tx.execute(sql`insert into instansi (id, kode, nama) values (${instansiId}, ${kode}, ${`Pemerintah Daerah Sintetis ${kode}`})`);
    const paths: string[] = [];
    const unitRows = plan.units.map((u, i) => {
      const id = seqUuid(P.unit, i);
      paths[i] = `${u.parent >= 0 ? paths[u.parent] : "/"}${id}/`;
      return { id, parent_id: u.parent >= 0 ? seqUuid(P.unit, u.parent) : null, kode: u.kode, nama: u.nama, jenis: u.jenis, level: u.level, path: paths[i] };
    });
    for (const part of chunks(unitRows, 5000))
      await tx.execute(sql`insert into unit_kerja (id, instansi_id, parent_id, kode, nama, jenis, level, path)
        select x.id, ${instansiId}::uuid, x.parent_id, x.kode, x.nama, x.jenis, x.level, x.path
        from json_to_recordset(${JSON.stringify(part)}::json) as x(id uuid, parent_id uuid, kode text, nama text, jenis text, level smallint, path text)`);
    const jabRows = plan.jabatan.map((j, i) => ({
      id: seqUuid(P.jabatan, i), unit_id: seqUuid(P.unit, j.unit), nama: j.nama, jenis: j.jenis, jenjang: j.jenjang,
      kepala_unit: j.kepala, atasan_jabatan_id: j.atasan >= 0 ? seqUuid(P.jabatan, j.atasan) : null, kelas_jabatan: j.kelas,
    }));
    for (const part of chunks(jabRows, 5000))
      await tx.execute(sql`insert into jabatan (id, instansi_id, unit_id, nama, jenis, jenjang, kepala_unit, atasan_jabatan_id, kelas_jabatan)
        select x.id, ${instansiId}::uuid, x.unit_id, x.nama, x.jenis::jenis_jabatan, x.jenjang::jenjang, x.kepala_unit, x.atasan_jabatan_id, x.kelas_jabatan
        from json_to_recordset(${JSON.stringify(part)}::json) as x(id uuid, unit_id uuid, nama text, jenis text, jenjang text, kepala_unit boolean, atasan_jabatan_id uuid, kelas_jabatan smallint)`);
    return reg!.id;
  });

  // ---- 2. pegawai and their definitive assignments
  if (!pakaiUlang) await langkah("pegawai, penugasan", async (tx) => {
    const dipakai = new Set((await queryRows<{ nip: string }>(tx, sql`select nip from pegawai`)).map((r) => r.nip));
    dipakai.add(NIP_CADANGAN);
    const rng = new Rng(`sintetis:${kode}:pegawai`);
    const rows = plan.pegawai.map((p, i) => {
      const j = plan.jabatan[p.jabatan]!;
      const status: StatusPegawai = j.kepala ? "PNS" : rng.chance(0.1) ? "PPPK" : rng.chance(0.02) ? "CPNS" : "PNS";
      const jk: "L" | "P" = rng.chance(0.48) ? "P" : "L";
      const kunci = j.jenis === "JPT" || j.jenis === "ADMINISTRATOR" || j.jenis === "PENGAWAS" ? j.jenis : "STAF";
      let nip = "";
      let mulai = "";
      for (let attempt = 0; ; attempt++) {
        if (attempt > 200) throw new Error("Tidak dapat membuat NIP sintetis yang unik");
        const [a, b] = LAHIR[kunci]!;
        const lahirY = status === "CPNS" ? rng.int(1995, 2001) : rng.int(a, b);
        const tmt =
          status === "PPPK" ? { y: rng.int(2021, 2024), m: 21 } : status === "CPNS" ? { y: 2025, m: rng.pick([6, 10]) } : { y: Math.min(2024, lahirY + rng.int(22, 29)), m: rng.pick(BULAN_TMT) };
        nip = susunNip({ lahir: tanggalAcak(rng, lahirY), tmt, jk, urut: 500 + rng.int(0, 499) });
        if (dipakai.has(nip)) continue;
        const tmtIso = `${tmt.y}-${String(status === "PPPK" ? 4 : tmt.m).padStart(2, "0")}-01`;
        const cand = `${rng.int(2016, 2024)}-${String(rng.pick([1, 2, 3, 4, 7, 10])).padStart(2, "0")}-0${rng.int(1, 9)}`;
        mulai = status === "PNS" && cand > tmtIso ? cand : tmtIso;
        break;
      }
      dipakai.add(nip);
      const n = namaAcak(rng, jk);
      const gol = status === "PPPK" ? GOL_PPPK[j.jenjang ?? "PELAKSANA"]! : status === "CPNS" ? (j.jenjang?.startsWith("AHLI") ? "III/a" : "II/c") : rng.pick(GOL[j.jenjang ?? j.jenis]!);
      const gelar = j.jenis === "PELAKSANA" ? rng.pick([null, null, "A.Md.", "S.E.", "S.Sos."]) : j.jenis === "JPT" ? rng.pick(["S.Sos., M.Si.", "S.E., M.M.", "S.T., M.T.", "S.H., M.H."]) : rng.pick(["S.Sos.", "S.E.", "S.Kom.", "S.T.", "S.AP.", "S.H.", "A.Md."]);
      return {
        i,
        nip,
        nama: n.nama,
        gelar_belakang: gelar,
        status,
        golongan: gol,
        jenis_kelamin: jk,
        tanggal_lahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
        jabatan: p.jabatan,
        mulai,
      };
    });
    for (const part of chunks(rows, 20_000)) {
      const json = JSON.stringify(part);
      await tx.execute(sql`insert into pegawai (id, instansi_id, nip, nama, gelar_belakang, status, golongan, jenis_kelamin, tanggal_lahir)
        select ${uid(P.pegawai, sql`x.i`)}, ${instansiId}::uuid, x.nip, x.nama, x.gelar_belakang, x.status::status_pegawai, x.golongan, x.jenis_kelamin, x.tanggal_lahir
        from json_to_recordset(${json}::json) as x(i int, nip text, nama text, gelar_belakang text, status text, golongan text, jenis_kelamin text, tanggal_lahir date)
        order by x.i`);
      await tx.execute(sql`insert into penugasan (id, pegawai_id, jabatan_id, jenis, mulai, nomor_sk)
        select ${uid(P.penugasan, sql`x.i`)}, ${uid(P.pegawai, sql`x.i`)}, ${uid(P.jabatan, sql`x.jabatan`)}, 'DEFINITIF', x.mulai,
               '800.1.3.3/' || (x.i + 1) || '/BKPSDM/' || extract(year from x.mulai)
        from json_to_recordset(${json}::json) as x(i int, jabatan int, mulai date)
        order by x.i`);
    }
  });

  // ---- 3. periods and checkpoints
  const periode = await langkah("periode, checkpoint", async (tx) => {
    const out: Record<"lalu" | "kini", string> = { lalu: "", kini: "" };
    for (const [k, th, status] of [["lalu", tahun - 1, "DITUTUP"], ["kini", tahun, "BERJALAN"]] as const) {
      const r = rencanaPeriode(th);
      const pid = seqUuid(P.periode, th);
      out[k] = pid;
      await tx.execute(sql`insert into periode (id, instansi_id, tahun, nama, mulai, selesai, jenis_checkpoint, batas_penetapan_skp, batas_evaluasi_tahunan, regulasi_id, status)
        values (${pid}, ${instansiId}, ${th}, ${r.nama}, ${r.mulai}, ${r.selesai}, 'BULANAN', ${r.batasPenetapanSkp}, ${r.batasEvaluasiTahunan}, ${regulasiId}, ${status})`);
      const cps = r.checkpoint.map((c) => ({ id: seqUuid(P.checkpoint, th * 100 + c.urutan), ...c }));
      await tx.execute(sql`insert into checkpoint (id, periode_id, urutan, nama, mulai, selesai, batas_evaluasi)
        select x.id, ${pid}::uuid, x.urutan, x.nama, x.mulai, x.selesai, x."batasEvaluasi"
        from json_to_recordset(${JSON.stringify(cps)}::json) as x(id uuid, urutan smallint, nama text, mulai date, selesai date, "batasEvaluasi" date)`);
    }
    return out;
  });

  // ---- per-pegawai facts for the plan and the appraisal (compact JSON, reused by several phases)
  const orgLalu = new Map<number, PredikatOrganisasi>();
  const rating: { h: Rating; p: Rating; pr: Predikat }[] = new Array(N);
  {
    const rng = new Rng(`sintetis:${kode}:predikat`);
    const perPd = new Map<number, number[]>();
    plan.pegawai.forEach((p, i) => {
      if (p.ppk < 0) return;
      const list = perPd.get(p.pd) ?? [];
      list.push(i);
      perPd.set(p.pd, list);
    });
    for (const [pd, members] of perPd) {
      const org = rng.weighted<PredikatOrganisasi>([["ISTIMEWA", 15], ["BAIK", 75], ["BUTUH_PERBAIKAN", 10]]);
      orgLalu.set(pd, org);
      const kepala = members.find((i) => plan.jabatan[plan.pegawai[i]!.jabatan]!.kepala && plan.jabatan[plan.pegawai[i]!.jabatan]!.unit === pd);
      let predikatKepala: Predikat | null = null;
      if (kepala !== undefined) {
        const h = ratingHasilKepala(org);
        const p: Rating = org === "ISTIMEWA" ? "DI_ATAS" : "SESUAI";
        predikatKepala = predikatKinerja(h, p);
        rating[kepala] = { h, p, pr: predikatKepala };
      }
      const antrian = antrianPredikat(org, members.length, predikatKepala);
      rng.shuffle(members.filter((i) => i !== kepala)).forEach((i, k) => {
        const [h, p] = ratingUntuk(antrian[k] ?? "BAIK", rng);
        rating[i] = { h, p, pr: predikatKinerja(h, p) };
      });
    }
  }
  const fakta = plan.pegawai.map((p, i) => {
    const jpt = p.group === 0;
    const hash = (i * 2654435761) % 100;
    const st = p.group < 3 ? (hash < 93 ? "DISETUJUI" : "DIAJUKAN") : hash < 75 ? "DISETUJUI" : hash < 85 ? "DIAJUKAN" : hash < 90 ? "REVISI" : "DRAFT";
    const r = rating[i];
    return {
      i, ppk: p.ppk, appk: p.atasanPpk, st, jpt, tg: p.group, nr: jpt ? 3 : 2 + (Math.floor(i / 3) % 2), kl: p.group === 3 && i % 37 === 5,
      h: r?.h ?? null, p: r?.p ?? null, pr: r?.pr ?? null,
    };
  });
  const faktaJson = chunks(fakta, 25_000).map((part) => JSON.stringify(part));
  const X = sql`json_to_recordset`;

  // ---- 4. SKP: this year (mixed states) and last year (approved)
  await langkah("skp (2 periode)", async (tx) => {
    const kini = rencanaPeriode(tahun);
    const lalu = rencanaPeriode(tahun - 1);
    for (const json of faktaJson) {
      await tx.execute(sql`insert into skp (id, periode_id, pegawai_id, penugasan_id, ppk_pegawai_id, atasan_ppk_pegawai_id, pendekatan, bentuk, status, lock_version, berlaku_mulai, berlaku_selesai, diajukan_at, disetujui_at)
        select ${uid(P.skp, sql`x.i`)}, ${periode.kini}::uuid, ${uid(P.pegawai, sql`x.i`)}, ${uid(P.penugasan, sql`x.i`)},
          case when x.ppk >= 0 then ${uid(P.pegawai, sql`x.ppk`)} end, case when x.appk >= 0 then ${uid(P.pegawai, sql`x.appk`)} end,
          case when x.kl then 'KUALITATIF' else 'KUANTITATIF' end::pendekatan, case when x.jpt then 'JPT' else 'NON_JPT' end::bentuk_skp,
          x.st::status_skp, case when x.st = 'DRAFT' then 0 else 1 end,
          greatest(${kini.mulai}::date, g.mulai), ${kini.selesai}::date,
          case when x.st = 'DISETUJUI' then (${kini.mulai}::date + 10 + x.i % 15 + time '02:00') at time zone 'UTC'
               when x.st in ('DIAJUKAN', 'REVISI') then (${today}::date - 1 - x.i % 10 + time '03:00') at time zone 'UTC' end,
          case when x.st = 'DISETUJUI' then (${kini.mulai}::date + 14 + x.i % 15 + time '06:00') at time zone 'UTC' end
        from ${X}(${json}::json) as x(i int, ppk int, appk int, st text, jpt boolean, kl boolean)
        join penugasan g on g.id = ${uid(P.penugasan, sql`x.i`)}
        where g.mulai <= ${today}::date
        order by x.i`);
      await tx.execute(sql`insert into skp (id, periode_id, pegawai_id, penugasan_id, ppk_pegawai_id, atasan_ppk_pegawai_id, pendekatan, bentuk, status, lock_version, berlaku_mulai, berlaku_selesai, diajukan_at, disetujui_at)
        select ${uid(P.skp, sql`${N} + x.i`)}, ${periode.lalu}::uuid, ${uid(P.pegawai, sql`x.i`)}, ${uid(P.penugasan, sql`x.i`)},
          case when x.ppk >= 0 then ${uid(P.pegawai, sql`x.ppk`)} end, case when x.appk >= 0 then ${uid(P.pegawai, sql`x.appk`)} end,
          'KUANTITATIF', case when x.jpt then 'JPT' else 'NON_JPT' end::bentuk_skp, 'DISETUJUI', 1,
          greatest(${lalu.mulai}::date, g.mulai), ${lalu.selesai}::date,
          (greatest(${lalu.mulai}::date, g.mulai) + 10 + x.i % 15 + time '02:00') at time zone 'UTC',
          (greatest(${lalu.mulai}::date, g.mulai) + 14 + x.i % 15 + time '06:00') at time zone 'UTC'
        from ${X}(${json}::json) as x(i int, ppk int, appk int, jpt boolean)
        join penugasan g on g.id = ${uid(P.penugasan, sql`x.i`)}
        where g.mulai <= ${lalu.selesai}::date
        order by x.i`);
    }
  });

  // ---- 5. RHK: 2–3 per SKP of this year; UTAMA RHK link to the same-numbered RHK of the PPK's SKP
  const teks = JSON.stringify(RHK_TEKS);
  await langkah("rhk", async (tx) => {
    for (const json of faktaJson)
      await tx.execute(sql`insert into rhk (id, skp_id, jenis, urutan, uraian, rhk_atasan_id, perspektif)
        select ${uid(P.rhk, sql`x.i * 4 + r`)}, ${uid(P.skp, sql`x.i`)},
          case when r < 2 or x.jpt then 'UTAMA' else 'TAMBAHAN' end::jenis_rhk, r + 1,
          (${teks}::json -> x.tg) ->> ((x.i + r) % json_array_length(${teks}::json -> x.tg)),
          case when r < 2 and x.ppk >= 0 then ${uid(P.rhk, sql`x.ppk * 4 + r`)} end,
          case when x.jpt then (array['PENERIMA_LAYANAN','PROSES_BISNIS','PENGUATAN_INTERNAL','ANGGARAN'])[r + 1]::perspektif end
        from ${X}(${json}::json) as x(i int, ppk int, jpt boolean, tg int, nr int)
        cross join lateral generate_series(0, x.nr - 1) as r
        where exists (select 1 from skp s where s.id = ${uid(P.skp, sql`x.i`)})
        order by 1`);
  });

  // ---- 6. IKI: 1–2 per RHK, generated from the RHK rows
  const ikiKuantitas = JSON.stringify(IKI_KUANTITAS);
  const rangeRhk = 4 * 20_000;
  await langkah("iki", async (tx) => {
    for (let lo = 0; lo < 4 * N; lo += rangeRhk) {
      const hi = lo + rangeRhk;
      await tx.execute(sql`insert into iki (id, rhk_id, urutan, aspek, indikator, target_min, satuan, target_kualitatif)
        select ${uid(P.iki, sql`r.c * 2 + k`)}, r.id, k + 1,
          case when k = 0 then 'KUANTITAS' when r.c % 3 = 0 then 'WAKTU' else 'KUALITAS' end::aspek_iki,
          case when k = 0 then (${ikiKuantitas}::json -> (r.c % 5)::int) ->> 0
               when r.c % 3 = 0 then 'Ketepatan waktu penyelesaian hasil kerja'
               else 'Persentase hasil kerja yang diterima tanpa revisi' end,
          case when r.kualitatif then null when k = 0 then (4 + r.c % 20)::numeric when r.c % 3 = 0 then 12 else 90 + (r.c % 3) * 5 end,
          case when r.kualitatif then null when k = 0 then (${ikiKuantitas}::json -> (r.c % 5)::int) ->> 1 when r.c % 3 = 0 then 'bulan' else '%' end,
          case when r.kualitatif then case when k = 0 then 'Seluruh hasil kerja yang direncanakan terselesaikan' when r.c % 3 = 0 then 'Diselesaikan sesuai jadwal yang ditetapkan' else 'Hasil kerja diterima pimpinan tanpa revisi substansial' end end
        from (select h.id, ${seqCounterSql(sql`h.id`)} as c, s.pendekatan = 'KUALITATIF' as kualitatif
              from rhk h join skp s on s.id = h.skp_id
              where h.id >= ${seqUuid(P.rhk, lo)}::uuid and h.id < ${seqUuid(P.rhk, hi)}::uuid) as r
        cross join lateral generate_series(0, ((r.c / 4 + r.c) % 2)::int) as k
        order by 1`);
    }
  });

  // ---- 7. realisations: every IKI of an approved SKP, every checkpoint up to today's month (cumulative)
  const rangeIki = 2 * 4 * 10_000;
  await langkah("realisasi", async (tx) => {
    for (let lo = 0; lo < 8 * N; lo += rangeIki) {
      const hi = lo + rangeIki;
      await tx.execute(sql`insert into realisasi (id, iki_id, checkpoint_id, nilai, dicatat_oleh)
        select ${uid(P.realisasi, sql`i.c * 12 + c.urutan - 1`)}, i.id, c.id,
          case when i.target_min is null then null
               when i.satuan = '%' then least(100, round(i.target_min * (0.6 + (i.c * 37 % 51) / 100.0), 2))
               when i.satuan = 'bulan' then c.urutan
               else round(i.target_min * c.urutan / 12.0 * (0.6 + (i.c * 37 % 51) / 100.0), 2) end,
          s.pegawai_id
        from (select k.id, k.rhk_id, k.target_min, k.satuan, ${seqCounterSql(sql`k.id`)} as c
              from iki k where k.id >= ${seqUuid(P.iki, lo)}::uuid and k.id < ${seqUuid(P.iki, hi)}::uuid) as i
        join rhk h on h.id = i.rhk_id
        join skp s on s.id = h.skp_id and s.status = 'DISETUJUI'
        join checkpoint c on c.periode_id = s.periode_id and c.mulai <= ${today}::date
        order by i.id, c.urutan`);
    }
  });

  // ---- 8. last year's annual evaluations and organisation ratings
  await langkah("evaluasi tahunan, predikat organisasi", async (tx) => {
    const lalu = rencanaPeriode(tahun - 1);
    const tetap = lalu.batasEvaluasiTahunan;
    for (const json of faktaJson)
      await tx.execute(sql`insert into evaluasi (id, skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_hasil_saran, rating_perilaku, predikat, catatan, status, ditetapkan_at, final_at)
        select ${uid(P.evaluasi, sql`x.i`)}, s.id, 'TAHUNAN', ${uid(P.pegawai, sql`x.ppk`)}, ${regulasiId}::uuid,
          x.h::rating, x.h::rating, x.p::rating, x.pr::predikat, null, 'FINAL',
          (${tetap}::date - 1 - x.i % 4 + time '03:00') at time zone 'UTC',
          (${tetap}::date + 14 + time '03:05') at time zone 'UTC'
        from ${X}(${json}::json) as x(i int, ppk int, h text, p text, pr text)
        join skp s on s.id = ${uid(P.skp, sql`${N} + x.i`)}
        where x.ppk >= 0 and x.pr is not null
        order by x.i`);
    const org = [...orgLalu].map(([pd, predikat]) => ({ unit: pd, predikat }));
    await tx.execute(sql`insert into predikat_organisasi (id, unit_id, periode_id, predikat, capaian, ditetapkan_oleh)
      select ${uid(P.predikatOrganisasi, sql`x.unit`)}, ${uid(P.unit, sql`x.unit`)}, ${periode.lalu}::uuid, x.predikat::predikat_kinerja_organisasi,
        'Capaian kinerja organisasi Tahun ' || ${tahun - 1}::text, ${uid(P.pegawai, sql`0`)}
      from ${X}(${JSON.stringify(org)}::json) as x(unit int, predikat text)
      where x.unit > 0`);
  });

  await langkah("analyze", async () => {
    await db.execute(sql`analyze unit_kerja, jabatan, pegawai, penugasan, periode, checkpoint, skp, rhk, iki, realisasi, evaluasi, predikat_organisasi`);
  }, false);

  const [c] = await queryRows<SeedSyntheticResult["counts"]>(
    db,
    sql`with pr as (select id from periode where instansi_id = ${instansiId}),
             sk as (select id from skp where periode_id in (select id from pr)),
             rh as (select id from rhk where skp_id in (select id from sk)),
             ik as (select id from iki where rhk_id in (select id from rh))
        select (select count(*)::int from unit_kerja where instansi_id = ${instansiId}) as unit,
               (select count(*)::int from jabatan where instansi_id = ${instansiId}) as jabatan,
               (select count(*)::int from pegawai where instansi_id = ${instansiId}) as pegawai,
               (select count(*)::int from penugasan where pegawai_id in (select id from pegawai where instansi_id = ${instansiId})) as penugasan,
               (select count(*)::int from sk) as skp,
               (select count(*)::int from rh) as rhk,
               (select count(*)::int from ik) as iki,
               (select count(*)::int from realisasi where iki_id in (select id from ik)) as realisasi,
               (select count(*)::int from evaluasi where skp_id in (select id from sk)) as evaluasi`,
  );
  const totalDetik = (performance.now() - t0) / 1000;
  return { instansiId, kode, diganti: ada.length > 0, counts: c!, fase, totalDetik };
}

/**
 * Deletes the activity of an instansi: its periods and everything under them (SKP, RHK, IKI,
 * realisations, evaluations, organisation ratings, proposals). Fast: every step is set-based and the
 * foreign keys it touches are indexed.
 */
export async function hapusAktivitas(tx: DbOrTx, instansiId: string): Promise<void> {
  const periode = sql`(select id from periode where instansi_id = ${instansiId})`;
  const pegawai = sql`(select id from pegawai where instansi_id = ${instansiId})`;
  const skp = sql`(select id from skp where periode_id in ${periode} or pegawai_id in ${pegawai})`;
  const rhk = sql`(select id from rhk where skp_id in ${skp})`;
  const iki = sql`(select id from iki where rhk_id in ${rhk})`;
  await tx.execute(sql`delete from usulan_pengembangan where periode_id in ${periode} or pegawai_id in ${pegawai}`);
  await tx.execute(sql`delete from realisasi where iki_id in ${iki}`);
  await tx.execute(sql`delete from iki where rhk_id in ${rhk}`);
  await tx.execute(sql`delete from rhk where skp_id in ${skp}`);
  await tx.execute(sql`delete from evaluasi where skp_id in ${skp}`);
  await tx.execute(sql`delete from skp where periode_id in ${periode} or pegawai_id in ${pegawai}`);
  await tx.execute(sql`delete from predikat_organisasi where periode_id in ${periode} or ditetapkan_oleh in ${pegawai}`);
  await tx.execute(sql`delete from periode where instansi_id = ${instansiId}`);
}

/** Above this many pegawai a full delete is refused (see the error message in seedSynthetic). */
export const BATAS_HAPUS_PENUH = 10_000;

/**
 * Deletes an instansi and everything under it. Cascades alone do not do it (unit_kerja, jabatan,
 * skp, periode… are referenced with RESTRICT), so rows go bottom-up, set-based.
 */
export async function hapusInstansi(tx: DbOrTx, instansiId: string): Promise<void> {
  await hapusAktivitas(tx, instansiId);
  // Slow part: each deleted pegawai makes PostgreSQL look up every referencing column, and several
  // are not indexed (realisasi.dicatat_oleh, skp.atasan_ppk_pegawai_id, …): a scan per pegawai.
  await tx.execute(sql`delete from pegawai where instansi_id = ${instansiId}`);
  await tx.execute(sql`delete from jabatan where instansi_id = ${instansiId}`);
  await tx.execute(sql`delete from unit_kerja where instansi_id = ${instansiId}`);
  await tx.execute(sql`delete from instansi where id = ${instansiId}`);
}
