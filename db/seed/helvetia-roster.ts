/**
 * "Pemerintah Kota Helvetia" — the fictional but believable agency of the demo, as plain data.
 *
 * PURE and deterministic: no database, no clock, no Math.random (a seeded PRNG), and ids are
 * name-based UUIDs from stable keys, so every call returns the same roster and the seed can be re-run
 * without duplicates. Only the dates of a few time-bound cases (the Plh covering "today", the
 * mid-year move, the Plt's start) follow `opts.today`; identities (NIP, nama, email) never do.
 *
 * The local OIDC provider (scripts/dev-idp.ts) imports `buildHelvetiaRoster().pegawai` and reads
 * `nip`, `nama` and `email` from each entry.
 */
import { LABEL_JENJANG, type JenisJabatan, type JenisPenugasan, type Jenjang, type StatusPegawai } from "../../lib/domain/constants";
import { BULAN_TMT, emailLocal, namaAcak, NIP_CADANGAN, susunNip, tanggalAcak } from "./nama";
import { addDaysIso, isoDate, Rng, uuidFrom } from "./util";

export const HELVETIA_KODE = "HELVETIA";
export const HELVETIA_NAMA = "Pemerintah Kota Helvetia";
export const HELVETIA_DOMAIN_EMAIL = "helvetia.go.id";
/** Used when `today` is not given (the OIDC provider only needs identities, which do not depend on it). */
export const TANGGAL_ACUAN_BAKU = "2026-07-15";

const NS = "kinerja:helvetia";
export const helvetiaId = (jenis: string, key: string) => uuidFrom(NS, `${jenis}:${key}`);

// ---------------------------------------------------------------- output types

export type Domain =
  | "pemda"
  | "setda"
  | "pendidikan"
  | "kesehatan"
  | "pupr"
  | "dukcapil"
  | "bkpsdm"
  | "bappeda"
  | "bpkad"
  | "inspektorat"
  | "kominfo"
  | "sosial"
  | "satpol"
  | "kecamatan";

export type RosterUnit = {
  id: string;
  kode: string;
  nama: string;
  jenis: string;
  parentId: string | null;
  level: number;
  path: string;
  /** The perangkat daerah (level-1 unit) this unit belongs to; the root's own kode for the root. */
  perangkatDaerahKode: string;
  domain: Domain;
};

export type RosterJabatan = {
  id: string;
  key: string;
  unitId: string;
  nama: string;
  jenis: JenisJabatan;
  jenjang: Jenjang | null;
  kepalaUnit: boolean;
  atasanJabatanId: string | null;
  kelasJabatan: number;
};

export type RosterPegawai = {
  id: string;
  nip: string;
  /** Name without academic titles (the `pegawai.nama` column). */
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  /** Display name with titles, e.g. "Dr. Hendra Wijaya, S.T., M.T.". */
  namaLengkap: string;
  status: StatusPegawai;
  golongan: string;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  email: string | null;
  aktif: boolean;
};

export type RosterPenugasan = {
  id: string;
  key: string;
  pegawaiId: string;
  jabatanId: string;
  jenis: JenisPenugasan;
  mulai: string;
  selesai: string | null;
  nomorSk: string | null;
};

export type RosterPeran = { pegawaiId: string; peran: "ADMIN_INSTANSI" | "AUDITOR" };

export type PersonaKey = "pegawai" | "ppk" | "kepala-dinas" | "sekda" | "admin" | "auditor" | "plt";

export type HelvetiaRoster = {
  instansi: { id: string; kode: string; nama: string };
  unit: RosterUnit[];
  jabatan: RosterJabatan[];
  pegawai: RosterPegawai[];
  penugasan: RosterPenugasan[];
  peran: RosterPeran[];
  /** Pegawai ids of the demo personas. */
  persona: Record<PersonaKey, string>;
  /** The special cases the seed and the tests look for. */
  kasus: {
    pltPenugasanId: string;
    plhPenugasanId: string;
    /** The pegawai who moved on `tanggalPindah`; their first assignment ends the day before. */
    pindahPegawaiId: string;
    tanggalPindah: string;
    /** Jabatan left without a definitive holder. */
    jabatanKosong: string[];
  };
};

export type DemoPersona = {
  key: PersonaKey;
  nip: string;
  nama: string;
  namaLengkap: string;
  label: string;
  peranUtama: "PEGAWAI" | "PPK" | "PIMPINAN" | "ADMIN" | "AUDITOR";
};

// ---------------------------------------------------------------- the personas (fixed identities)

type Tetap = { nip: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; golongan: string; status?: StatusPegawai };

/** Pegawai with fixed identities, by "<jabatan key>#<holder index>". */
const TETAP: Record<string, Tetap & { persona?: PersonaKey }> = {
  "PEMKOT#kepala#0": { persona: "sekda", nip: "196805121994031004", nama: "Ahmad Fauzi Siregar", gelarDepan: "Dr. H.", gelarBelakang: "S.H., M.Si.", golongan: "IV/d" },
  "DISKOMINFO#kepala#0": { persona: "kepala-dinas", nip: "197407202000122002", nama: "Ratna Dewi Lestari", gelarDepan: null, gelarBelakang: "S.T., M.Kom.", golongan: "IV/c" },
  "DISKOMINFO.APTIKA.PA#kepala#0": { persona: "ppk", nip: "198509142010011012", nama: "Yohanes Pattiasina", gelarDepan: null, gelarBelakang: "S.Kom., M.Kom.", golongan: "III/d" },
  "DISKOMINFO.APTIKA.PA#pengolah-data-dan-informasi#0": { persona: "pegawai", nip: "199503082019032007", nama: "Siti Rahmawati", gelarDepan: null, gelarBelakang: "S.Kom.", golongan: "III/a" },
  "BKPSDM.KOMPKIN.PK#analis-sumber-daya-manusia-aparatur-ahli-muda#0": { persona: "admin", nip: "198811232014022003", nama: "Andi Nurfadilah", gelarDepan: null, gelarBelakang: "S.Psi., M.M.", golongan: "III/c" },
  "INSPEKTORAT.IRBAN1#auditor-ahli-madya#0": { persona: "auditor", nip: "197911042005012009", nama: "Maria Goreti Situmorang", gelarDepan: null, gelarBelakang: "S.E., M.Ak.", golongan: "IV/a" },
  "DISDUKCAPIL.CAPIL.LAHIR#kepala#0": { persona: "plt", nip: "198302172008011005", nama: "Asep Saepudin", gelarDepan: null, gelarBelakang: "S.Sos.", golongan: "III/d" },
  "DPUPR#kepala#0": { nip: "197103151997031003", nama: "Hendra Wijaya", gelarDepan: "Dr.", gelarBelakang: "S.T., M.T.", golongan: "IV/c" },
};

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    key: "pegawai",
    nip: "199503082019032007",
    nama: "Siti Rahmawati",
    namaLengkap: "Siti Rahmawati, S.Kom.",
    label: "Pegawai — Pengolah Data dan Informasi di Seksi Pengembangan Aplikasi, Diskominfo (SKP disetujui, realisasi berjalan)",
    peranUtama: "PEGAWAI",
  },
  {
    key: "ppk",
    nip: "198509142010011012",
    nama: "Yohanes Pattiasina",
    namaLengkap: "Yohanes Pattiasina, S.Kom., M.Kom.",
    label: "PPK — Kepala Seksi Pengembangan Aplikasi, Diskominfo (SKP bawahan menunggu persetujuan)",
    peranUtama: "PPK",
  },
  {
    key: "kepala-dinas",
    nip: "197407202000122002",
    nama: "Ratna Dewi Lestari",
    namaLengkap: "Ratna Dewi Lestari, S.T., M.Kom.",
    label: "Pimpinan unit — Kepala Dinas Komunikasi dan Informatika",
    peranUtama: "PIMPINAN",
  },
  {
    key: "sekda",
    nip: "196805121994031004",
    nama: "Ahmad Fauzi Siregar",
    namaLengkap: "Dr. H. Ahmad Fauzi Siregar, S.H., M.Si.",
    label: "Pimpinan instansi — Sekretaris Daerah Kota Helvetia",
    peranUtama: "PIMPINAN",
  },
  {
    key: "admin",
    nip: "198811232014022003",
    nama: "Andi Nurfadilah",
    namaLengkap: "Andi Nurfadilah, S.Psi., M.M.",
    label: "Admin instansi — Analis SDM Aparatur Ahli Muda, BKPSDM",
    peranUtama: "ADMIN",
  },
  {
    key: "auditor",
    nip: "197911042005012009",
    nama: "Maria Goreti Situmorang",
    namaLengkap: "Maria Goreti Situmorang, S.E., M.Ak.",
    label: "Auditor — Auditor Ahli Madya, Inspektorat",
    peranUtama: "AUDITOR",
  },
  {
    key: "plt",
    nip: "198302172008011005",
    nama: "Asep Saepudin",
    namaLengkap: "Asep Saepudin, S.Sos.",
    label: "Plt — Kepala Seksi Kelahiran dan Kematian, Plt Kepala Bidang Pelayanan Pencatatan Sipil, Disdukcapil",
    peranUtama: "PPK",
  },
];

// ---------------------------------------------------------------- the organisation, declaratively

type Staf = { nama: string; jenis: "PELAKSANA" | "FUNGSIONAL"; jenjang: Jenjang | null; jumlah: number };
type UnitSpec = {
  kode: string;
  nama: string;
  jenis: string;
  kepala?: { nama?: string; jenis: JenisJabatan; jenjang?: Jenjang; kelas?: number };
  /** The head position exists but has no definitive holder. */
  kepalaKosong?: boolean;
  domain?: Domain;
  staf?: Staf[];
  anak?: UnitSpec[];
};

const p = (nama: string, jumlah = 1): Staf => ({ nama, jenis: "PELAKSANA", jenjang: null, jumlah });
const f = (dasar: string, jenjang: Jenjang, jumlah = 1): Staf => ({
  nama: `${dasar} ${LABEL_JENJANG[jenjang]}`,
  jenis: "FUNGSIONAL",
  jenjang,
  jumlah,
});
const ADM = { jenis: "ADMINISTRATOR" } as const;
const PGW = { jenis: "PENGAWAS" } as const;
const JPT = { jenis: "JPT" } as const;

const seksi = (kode: string, nama: string, staf: Staf[], extra: Partial<UnitSpec> = {}): UnitSpec => ({
  kode,
  nama,
  jenis: "SEKSI",
  kepala: PGW,
  staf,
  ...extra,
});
const subbag = (kode: string, nama: string, staf: Staf[]): UnitSpec => ({ kode, nama, jenis: "SUBBAGIAN", kepala: PGW, staf });
const bidang = (kode: string, nama: string, anak: UnitSpec[], staf: Staf[] = [], extra: Partial<UnitSpec> = {}): UnitSpec => ({
  kode,
  nama,
  jenis: "BIDANG",
  kepala: ADM,
  anak,
  staf,
  ...extra,
});
const sekretariat = (namaPd: string, anak: UnitSpec[], staf: Staf[] = []): UnitSpec => ({
  kode: "SEKRET",
  nama: "Sekretariat",
  jenis: "SEKRETARIAT",
  kepala: { nama: `Sekretaris ${namaPd}`, jenis: "ADMINISTRATOR" },
  anak,
  staf,
});
const umpeg = (staf: Staf[]) => subbag("UMPEG", "Subbagian Umum dan Kepegawaian", staf);
const renkeu = (staf: Staf[]) => subbag("RENKEU", "Subbagian Perencanaan dan Keuangan", staf);

const ORGANISASI: UnitSpec = {
  kode: "PEMKOT",
  nama: HELVETIA_NAMA,
  jenis: "PEMDA",
  domain: "pemda",
  kepala: { nama: "Sekretaris Daerah", jenis: "JPT", kelas: 15 },
  staf: [p("Pengadministrasi Perkantoran")],
  anak: [
    {
      kode: "SETDA.PEM",
      nama: "Asisten Pemerintahan dan Kesejahteraan Rakyat",
      jenis: "ASISTEN",
      domain: "setda",
      kepala: { nama: "Asisten Pemerintahan dan Kesejahteraan Rakyat", jenis: "JPT" },
      anak: [
        { kode: "TAPEM", nama: "Bagian Tata Pemerintahan", jenis: "BAGIAN", kepala: ADM, staf: [f("Analis Kebijakan", "AHLI_PERTAMA"), p("Penelaah Teknis Kebijakan", 2)] },
        { kode: "HUKUM", nama: "Bagian Hukum", jenis: "BAGIAN", kepala: ADM, staf: [f("Perancang Peraturan Perundang-undangan", "AHLI_MUDA"), f("Perancang Peraturan Perundang-undangan", "AHLI_PERTAMA"), p("Pengadministrasi Perkantoran")] },
        { kode: "KESRA", nama: "Bagian Kesejahteraan Rakyat", jenis: "BAGIAN", kepala: ADM, staf: [p("Penelaah Teknis Kebijakan", 2)] },
      ],
    },
    {
      kode: "SETDA.ADM",
      nama: "Asisten Administrasi Umum",
      jenis: "ASISTEN",
      domain: "setda",
      kepala: { nama: "Asisten Administrasi Umum", jenis: "JPT" },
      anak: [
        { kode: "ORG", nama: "Bagian Organisasi", jenis: "BAGIAN", kepala: ADM, staf: [f("Analis Kebijakan", "AHLI_MUDA", 0), f("Analis Kebijakan", "AHLI_PERTAMA"), p("Penelaah Teknis Kebijakan")] },
        {
          kode: "UMUM",
          nama: "Bagian Umum",
          jenis: "BAGIAN",
          kepala: ADM,
          anak: [
            subbag("TUPIM", "Subbagian Tata Usaha Pimpinan", [p("Pengadministrasi Perkantoran", 2), f("Arsiparis", "PEMULA")]),
            subbag("RT", "Subbagian Rumah Tangga", [p("Pengelola Layanan Operasional"), p("Operator Layanan Operasional", 2)]),
          ],
        },
      ],
    },
    {
      kode: "DISDIK",
      nama: "Dinas Pendidikan",
      jenis: "PERANGKAT_DAERAH",
      domain: "pendidikan",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Pendidikan", [
          umpeg([p("Pengadministrasi Perkantoran", 2), f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA")]),
          renkeu([p("Penata Layanan Operasional"), f("Perencana", "AHLI_PERTAMA")]),
        ]),
        bidang("SD", "Bidang Pembinaan Sekolah Dasar", [
          seksi("KUR", "Seksi Kurikulum dan Penilaian Sekolah Dasar", [p("Pengolah Data dan Informasi")]),
          seksi("PD", "Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar", [p("Penata Layanan Operasional")]),
        ]),
        bidang("SMP", "Bidang Pembinaan Sekolah Menengah Pertama", [
          seksi("KUR", "Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama", [p("Pengolah Data dan Informasi")]),
          seksi("SARPRAS", "Seksi Kelembagaan dan Sarana Prasarana Sekolah Menengah Pertama", [p("Penata Layanan Operasional")]),
        ]),
        bidang("GTK", "Bidang Guru dan Tenaga Kependidikan", [], [f("Analis Sumber Daya Manusia Aparatur", "AHLI_MUDA"), p("Pengolah Data dan Informasi")]),
        {
          kode: "SMPN1",
          nama: "SMP Negeri 1 Helvetia",
          jenis: "UPT",
          kepala: { nama: "Kepala SMP Negeri 1 Helvetia", jenis: "FUNGSIONAL", jenjang: "AHLI_MADYA", kelas: 11 },
          staf: [f("Guru", "AHLI_PERTAMA", 4), f("Guru", "AHLI_MUDA", 3), f("Guru", "AHLI_MADYA"), p("Pengadministrasi Perkantoran")],
        },
      ],
    },
    {
      kode: "DINKES",
      nama: "Dinas Kesehatan",
      jenis: "PERANGKAT_DAERAH",
      domain: "kesehatan",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Kesehatan", [
          umpeg([p("Pengadministrasi Perkantoran"), f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA")]),
          renkeu([p("Penata Layanan Operasional"), f("Administrator Kesehatan", "AHLI_PERTAMA")]),
        ]),
        bidang("YANKES", "Bidang Pelayanan dan Sumber Daya Kesehatan", [
          seksi("RUJUK", "Seksi Pelayanan Kesehatan Rujukan", [f("Administrator Kesehatan", "AHLI_MUDA")]),
          seksi("SDMK", "Seksi Sumber Daya Manusia Kesehatan", [p("Pengolah Data dan Informasi")]),
        ]),
        bidang("P2P", "Bidang Pencegahan dan Pengendalian Penyakit", [
          seksi("SURIM", "Seksi Surveilans dan Imunisasi", [f("Epidemiolog Kesehatan", "AHLI_MUDA"), f("Epidemiolog Kesehatan", "AHLI_PERTAMA")]),
          seksi("PPM", "Seksi Pencegahan dan Pengendalian Penyakit Menular", [f("Sanitarian", "TERAMPIL")]),
        ]),
        {
          kode: "PKMHU",
          nama: "UPT Puskesmas Helvetia Utara",
          jenis: "UPT",
          kepala: { nama: "Kepala UPT Puskesmas Helvetia Utara", jenis: "PENGAWAS" },
          staf: [
            f("Dokter", "AHLI_MADYA", 0),
            f("Dokter", "AHLI_MUDA", 2),
            f("Dokter", "AHLI_PERTAMA"),
            f("Perawat", "TERAMPIL", 2),
            f("Perawat", "PENYELIA"),
            f("Perawat", "AHLI_PERTAMA"),
            f("Bidan", "TERAMPIL", 2),
            f("Pranata Laboratorium Kesehatan", "TERAMPIL"),
            f("Apoteker", "AHLI_PERTAMA"),
            p("Pengadministrasi Perkantoran"),
          ],
        },
      ],
    },
    {
      kode: "DPUPR",
      nama: "Dinas Pekerjaan Umum dan Penataan Ruang",
      jenis: "PERANGKAT_DAERAH",
      domain: "pupr",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Pekerjaan Umum dan Penataan Ruang", [
          umpeg([p("Pengadministrasi Perkantoran"), f("Arsiparis", "TERAMPIL")]),
          renkeu([p("Penata Layanan Operasional")]),
        ]),
        bidang("BM", "Bidang Bina Marga", [
          seksi("BANG", "Seksi Pembangunan Jalan dan Jembatan", [f("Teknik Jalan dan Jembatan", "AHLI_PERTAMA"), f("Teknik Jalan dan Jembatan", "TERAMPIL")]),
          seksi("PELI", "Seksi Pemeliharaan Jalan dan Jembatan", [f("Teknik Jalan dan Jembatan", "TERAMPIL"), p("Operator Layanan Operasional")]),
        ]),
        bidang("SDA", "Bidang Sumber Daya Air", [
          seksi("IRDR", "Seksi Irigasi dan Drainase", [f("Teknik Pengairan", "AHLI_MUDA"), f("Teknik Pengairan", "AHLI_PERTAMA")]),
        ]),
        bidang("TR", "Bidang Penataan Ruang", [
          seksi("RENC", "Seksi Perencanaan Tata Ruang", [f("Penata Ruang", "AHLI_PERTAMA")]),
          seksi("DAL", "Seksi Pengendalian Pemanfaatan Ruang", [f("Penata Ruang", "AHLI_MUDA"), p("Penata Layanan Operasional")]),
        ]),
      ],
    },
    {
      kode: "DISDUKCAPIL",
      nama: "Dinas Kependudukan dan Pencatatan Sipil",
      jenis: "PERANGKAT_DAERAH",
      domain: "dukcapil",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Kependudukan dan Pencatatan Sipil", [
          umpeg([p("Pengadministrasi Perkantoran"), f("Arsiparis", "PEMULA")]),
          renkeu([p("Penata Layanan Operasional")]),
        ]),
        bidang("DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk", [
          seksi("IDENT", "Seksi Identitas Penduduk", [p("Operator Layanan Operasional", 2), f("Administrator Database Kependudukan", "AHLI_PERTAMA")]),
          seksi("PINDAH", "Seksi Pindah Datang Penduduk", [p("Penata Layanan Operasional"), p("Operator Layanan Operasional")]),
        ]),
        bidang(
          "CAPIL",
          "Bidang Pelayanan Pencatatan Sipil",
          [
            seksi("LAHIR", "Seksi Kelahiran dan Kematian", [p("Penata Layanan Operasional", 2)]),
            seksi("KAWIN", "Seksi Perkawinan dan Perceraian", [p("Penata Layanan Operasional")]),
          ],
          [p("Pengolah Data dan Informasi")],
          { kepalaKosong: true },
        ),
        bidang("PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan", [
          seksi("SIAK", "Seksi Sistem Informasi Administrasi Kependudukan", [f("Pranata Komputer", "TERAMPIL"), f("Administrator Database Kependudukan", "AHLI_MUDA")]),
        ]),
      ],
    },
    {
      kode: "BKPSDM",
      nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
      jenis: "PERANGKAT_DAERAH",
      domain: "bkpsdm",
      kepala: JPT,
      anak: [
        sekretariat("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", [
          umpeg([p("Pengadministrasi Perkantoran")]),
          renkeu([p("Penata Layanan Operasional")]),
        ]),
        bidang("PPI", "Bidang Pengadaan, Pemberhentian, dan Informasi Kepegawaian", [
          seksi("ADA", "Seksi Pengadaan dan Pemberhentian", [f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA"), f("Pranata Sumber Daya Manusia Aparatur", "TERAMPIL")]),
          seksi("DATA", "Seksi Data dan Informasi Kepegawaian", [f("Pranata Komputer", "AHLI_PERTAMA"), p("Pengolah Data dan Informasi")]),
        ]),
        bidang("MP", "Bidang Mutasi dan Promosi", [
          seksi("MUT", "Seksi Mutasi", [f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA"), f("Pranata Sumber Daya Manusia Aparatur", "TERAMPIL")]),
          seksi("PROM", "Seksi Promosi dan Kepangkatan", [f("Analis Sumber Daya Manusia Aparatur", "AHLI_MUDA")]),
        ]),
        bidang(
          "KOMPKIN",
          "Bidang Pengembangan Kompetensi dan Penilaian Kinerja",
          [
            seksi("KOMP", "Seksi Pengembangan Kompetensi", [f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA")]),
            seksi("PK", "Seksi Penilaian Kinerja dan Penghargaan", [f("Analis Sumber Daya Manusia Aparatur", "AHLI_MUDA"), f("Analis Sumber Daya Manusia Aparatur", "AHLI_PERTAMA")]),
          ],
          [f("Analis Sumber Daya Manusia Aparatur", "AHLI_MADYA")],
        ),
      ],
    },
    {
      kode: "BAPPEDA",
      nama: "Badan Perencanaan Pembangunan Daerah",
      jenis: "PERANGKAT_DAERAH",
      domain: "bappeda",
      kepala: JPT,
      anak: [
        sekretariat("Badan Perencanaan Pembangunan Daerah", [umpeg([p("Pengadministrasi Perkantoran")])], [f("Perencana", "AHLI_PERTAMA")]),
        bidang("PEM", "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", [], [f("Perencana", "AHLI_MADYA"), f("Perencana", "AHLI_MUDA", 2), f("Perencana", "AHLI_PERTAMA")]),
        bidang("EKO", "Bidang Perekonomian, Infrastruktur, dan Kewilayahan", [], [f("Perencana", "AHLI_MUDA"), f("Perencana", "AHLI_PERTAMA", 2)]),
        bidang("RIDA", "Bidang Riset dan Inovasi Daerah", [], [f("Analis Kebijakan", "AHLI_MUDA"), p("Pengolah Data dan Informasi")]),
      ],
    },
    {
      kode: "BPKAD",
      nama: "Badan Pengelolaan Keuangan dan Aset Daerah",
      jenis: "PERANGKAT_DAERAH",
      domain: "bpkad",
      kepala: JPT,
      anak: [
        sekretariat("Badan Pengelolaan Keuangan dan Aset Daerah", [
          umpeg([p("Pengadministrasi Perkantoran")]),
          renkeu([p("Penata Layanan Operasional")]),
        ]),
        bidang("ANG", "Bidang Anggaran", [
          seksi("SUSUN", "Seksi Penyusunan Anggaran", [f("Analis Keuangan Pusat dan Daerah", "AHLI_PERTAMA"), p("Pengolah Data dan Informasi")]),
          seksi("DAL", "Seksi Pengendalian Anggaran", [f("Analis Keuangan Pusat dan Daerah", "AHLI_MUDA")]),
        ]),
        bidang("BEND", "Bidang Perbendaharaan", [
          seksi("BLJ", "Seksi Belanja", [p("Penata Layanan Operasional", 2)]),
          seksi("KAS", "Seksi Kas Daerah", [p("Penata Layanan Operasional")]),
        ]),
        bidang("AKA", "Bidang Akuntansi dan Aset", [
          seksi("AKT", "Seksi Akuntansi dan Pelaporan", [f("Analis Keuangan Pusat dan Daerah", "AHLI_PERTAMA")]),
          seksi("BMD", "Seksi Pengelolaan Barang Milik Daerah", [f("Pengelola Pengadaan Barang/Jasa", "AHLI_PERTAMA"), p("Pengolah Data dan Informasi")]),
        ]),
      ],
    },
    {
      kode: "INSPEKTORAT",
      nama: "Inspektorat Daerah",
      jenis: "PERANGKAT_DAERAH",
      domain: "inspektorat",
      kepala: { nama: "Inspektur", jenis: "JPT" },
      anak: [
        sekretariat("Inspektorat Daerah", [subbag("ADUM", "Subbagian Administrasi dan Umum", [p("Pengadministrasi Perkantoran"), p("Penata Layanan Operasional")])]),
        {
          kode: "IRBAN1",
          nama: "Inspektorat Pembantu Wilayah I",
          jenis: "IRBAN",
          kepala: { nama: "Inspektur Pembantu Wilayah I", jenis: "ADMINISTRATOR" },
          staf: [f("Auditor", "AHLI_MADYA"), f("Auditor", "AHLI_MUDA", 2), f("Auditor", "AHLI_PERTAMA", 2), f("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "AHLI_PERTAMA")],
        },
        {
          kode: "IRBAN2",
          nama: "Inspektorat Pembantu Wilayah II",
          jenis: "IRBAN",
          kepala: { nama: "Inspektur Pembantu Wilayah II", jenis: "ADMINISTRATOR" },
          staf: [f("Auditor", "AHLI_MUDA"), f("Auditor", "AHLI_PERTAMA", 2), f("Auditor", "TERAMPIL")],
        },
      ],
    },
    {
      kode: "DISKOMINFO",
      nama: "Dinas Komunikasi dan Informatika",
      jenis: "PERANGKAT_DAERAH",
      domain: "kominfo",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Komunikasi dan Informatika", [
          umpeg([p("Pengadministrasi Perkantoran"), f("Arsiparis", "TERAMPIL")]),
          renkeu([p("Penata Layanan Operasional")]),
        ]),
        bidang("APTIKA", "Bidang Aplikasi Informatika", [
          seksi("PA", "Seksi Pengembangan Aplikasi", [
            p("Pengolah Data dan Informasi"),
            f("Pranata Komputer", "AHLI_PERTAMA", 3),
            f("Pranata Komputer", "TERAMPIL"),
            f("Pranata Komputer", "MAHIR"),
          ]),
          seksi("INFRA", "Seksi Infrastruktur dan Keamanan Informasi", [f("Pranata Komputer", "AHLI_PERTAMA"), f("Pranata Komputer", "TERAMPIL"), f("Sandiman", "AHLI_PERTAMA")]),
        ]),
        bidang("IKP", "Bidang Informasi dan Komunikasi Publik", [
          seksi("PIP", "Seksi Pengelolaan Informasi Publik", [f("Pranata Hubungan Masyarakat", "AHLI_PERTAMA"), p("Pengolah Data dan Informasi")]),
          seksi("MEDIA", "Seksi Kemitraan Media", [f("Pranata Hubungan Masyarakat", "TERAMPIL")], { kepalaKosong: true }),
        ]),
        bidang("STAT", "Bidang Statistik Sektoral", [seksi("STAT", "Seksi Pengelolaan Data Statistik", [f("Statistisi", "AHLI_PERTAMA")])], [f("Statistisi", "AHLI_MUDA")]),
      ],
    },
    {
      kode: "DINSOS",
      nama: "Dinas Sosial",
      jenis: "PERANGKAT_DAERAH",
      domain: "sosial",
      kepala: JPT,
      anak: [
        sekretariat("Dinas Sosial", [umpeg([p("Pengadministrasi Perkantoran")]), renkeu([p("Penata Layanan Operasional")])]),
        bidang("REHSOS", "Bidang Rehabilitasi Sosial", [
          seksi("ALU", "Seksi Rehabilitasi Sosial Anak dan Lanjut Usia", [f("Pekerja Sosial", "AHLI_PERTAMA"), f("Pekerja Sosial", "TERAMPIL")]),
          seksi("DIS", "Seksi Rehabilitasi Sosial Penyandang Disabilitas", [f("Pekerja Sosial", "AHLI_MUDA")]),
        ]),
        bidang("LINJAM", "Bidang Perlindungan dan Jaminan Sosial", [
          seksi("BENCANA", "Seksi Perlindungan Sosial Korban Bencana", [f("Penyuluh Sosial", "AHLI_PERTAMA"), p("Operator Layanan Operasional")]),
          seksi("JAMSOS", "Seksi Jaminan Sosial Keluarga", [p("Penata Layanan Operasional"), p("Pengolah Data dan Informasi")]),
        ]),
      ],
    },
    {
      kode: "SATPOLPP",
      nama: "Satuan Polisi Pamong Praja",
      jenis: "PERANGKAT_DAERAH",
      domain: "satpol",
      kepala: JPT,
      anak: [
        sekretariat("Satuan Polisi Pamong Praja", [umpeg([p("Pengadministrasi Perkantoran")])]),
        bidang("GAKDA", "Bidang Penegakan Peraturan Daerah", [
          seksi("LIDIK", "Seksi Penyelidikan dan Penyidikan", [f("Polisi Pamong Praja", "AHLI_PERTAMA"), f("Polisi Pamong Praja", "MAHIR")]),
        ]),
        bidang("TIBUM", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", [
          seksi("OPS", "Seksi Operasi dan Pengendalian", [f("Polisi Pamong Praja", "TERAMPIL", 3), f("Polisi Pamong Praja", "MAHIR")]),
          seksi("WAL", "Seksi Pengamanan dan Pengawalan", [f("Polisi Pamong Praja", "TERAMPIL", 2), f("Polisi Pamong Praja", "PENYELIA")]),
        ]),
      ],
    },
    {
      kode: "KEC.HT",
      nama: "Kecamatan Helvetia Tengah",
      jenis: "KECAMATAN",
      domain: "kecamatan",
      kepala: { nama: "Camat Helvetia Tengah", jenis: "ADMINISTRATOR", kelas: 12 },
      anak: [
        { kode: "SEKCAM", nama: "Sekretariat Kecamatan Helvetia Tengah", jenis: "SEKRETARIAT", kepala: { nama: "Sekretaris Kecamatan Helvetia Tengah", jenis: "ADMINISTRATOR", kelas: 10 }, staf: [p("Pengadministrasi Perkantoran"), p("Penata Layanan Operasional")] },
        seksi("PEM", "Seksi Pemerintahan", [p("Penata Layanan Operasional")]),
        seksi("YANUM", "Seksi Pelayanan Umum", [p("Operator Layanan Operasional"), p("Penata Layanan Operasional")]),
        seksi("TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", [f("Polisi Pamong Praja", "TERAMPIL")]),
        { kode: "SUKAMAJU", nama: "Kelurahan Sukamaju", jenis: "KELURAHAN", kepala: { nama: "Lurah Sukamaju", jenis: "PENGAWAS" }, staf: [p("Penata Layanan Operasional"), p("Operator Layanan Operasional")] },
      ],
    },
    {
      kode: "KEC.HB",
      nama: "Kecamatan Helvetia Barat",
      jenis: "KECAMATAN",
      domain: "kecamatan",
      kepala: { nama: "Camat Helvetia Barat", jenis: "ADMINISTRATOR", kelas: 12 },
      anak: [
        { kode: "SEKCAM", nama: "Sekretariat Kecamatan Helvetia Barat", jenis: "SEKRETARIAT", kepala: { nama: "Sekretaris Kecamatan Helvetia Barat", jenis: "ADMINISTRATOR", kelas: 10 }, staf: [p("Pengadministrasi Perkantoran")] },
        seksi("PEM", "Seksi Pemerintahan", [p("Penata Layanan Operasional")]),
        seksi("YANUM", "Seksi Pelayanan Umum", [p("Operator Layanan Operasional")]),
        { kode: "MEKARSARI", nama: "Kelurahan Mekarsari", jenis: "KELURAHAN", kepala: { nama: "Lurah Mekarsari", jenis: "PENGAWAS" }, staf: [p("Penata Layanan Operasional")] },
      ],
    },
  ],
};

/** Jabatan key of the Plt case and of the mover (source and destination). */
const PLT_JABATAN = "DISDUKCAPIL.CAPIL#kepala";
const PLT_PEMEGANG = "DISDUKCAPIL.CAPIL.LAHIR#kepala#0";
const PLH_JABATAN = "DINKES#kepala";
const PLH_PEMEGANG = "DINKES.SEKRET#kepala#0";
const PINDAH_DARI = "BAPPEDA.EKO#perencana-ahli-pertama#1";
const PINDAH_KE = "BAPPEDA.PEM#perencana-ahli-pertama";
const PERAN_ADMIN = ["BKPSDM.KOMPKIN.PK#analis-sumber-daya-manusia-aparatur-ahli-muda#0", "BKPSDM.PPI.DATA#pranata-komputer-ahli-pertama#0", "BKPSDM.KOMPKIN.PK#kepala#0"];
const PERAN_AUDITOR = ["INSPEKTORAT.IRBAN1#auditor-ahli-madya#0", "INSPEKTORAT.IRBAN1#kepala#0"];
/** Holders with a non-PNS status, by holder key. */
const STATUS_KHUSUS: Record<string, StatusPegawai> = {
  "DISKOMINFO.APTIKA.PA#pranata-komputer-ahli-pertama#1": "CPNS",
  "DISKOMINFO.APTIKA.PA#pranata-komputer-ahli-pertama#2": "PPPK",
  "BKPSDM.PPI.ADA#analis-sumber-daya-manusia-aparatur-ahli-pertama#0": "CPNS",
};

// ---------------------------------------------------------------- titles, grades, ages

const S1_DOMAIN: Record<Domain, { s1: string[]; s2: string[] }> = {
  pemda: { s1: ["S.H.", "S.Sos.", "S.IP."], s2: ["M.Si.", "M.H."] },
  setda: { s1: ["S.H.", "S.Sos.", "S.IP.", "S.AP."], s2: ["M.Si.", "M.H.", "M.AP."] },
  pendidikan: { s1: ["S.Pd."], s2: ["M.Pd.", "M.Si."] },
  kesehatan: { s1: ["S.KM."], s2: ["M.Kes."] },
  pupr: { s1: ["S.T."], s2: ["M.T."] },
  dukcapil: { s1: ["S.Sos.", "S.Kom.", "S.AP."], s2: ["M.Si.", "M.AP."] },
  bkpsdm: { s1: ["S.Psi.", "S.AP.", "S.Sos."], s2: ["M.M.", "M.Si."] },
  bappeda: { s1: ["S.E.", "S.T.", "S.P."], s2: ["M.E.", "M.T.", "M.Si."] },
  bpkad: { s1: ["S.E.", "S.Ak."], s2: ["M.Ak.", "M.M."] },
  inspektorat: { s1: ["S.E.", "S.Ak.", "S.H."], s2: ["M.Ak.", "M.H."] },
  kominfo: { s1: ["S.Kom.", "S.T.", "S.I.Kom."], s2: ["M.Kom.", "M.T."] },
  sosial: { s1: ["S.Sos."], s2: ["M.Si."] },
  satpol: { s1: ["S.H.", "S.Sos."], s2: ["M.H.", "M.Si."] },
  kecamatan: { s1: ["S.Sos.", "S.IP.", "S.STP."], s2: ["M.Si."] },
};

const AHLI = new Set<Jenjang>(["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"]);

/** Degrees of a functional position by its base name (terampil track, ahli track). */
const GELAR_FUNGSIONAL: [prefix: string, terampil: string[], ahli: string[]][] = [
  ["Guru", ["S.Pd."], ["S.Pd.", "S.Pd.", "S.Pd.I."]],
  ["Perawat", ["A.Md.Kep."], ["S.Kep., Ns."]],
  ["Bidan", ["A.Md.Keb."], ["S.Tr.Keb."]],
  ["Pranata Laboratorium Kesehatan", ["A.Md.AK."], ["S.Tr.AK."]],
  ["Apoteker", [], ["S.Farm., Apt."]],
  ["Epidemiolog Kesehatan", [], ["S.KM.", "S.KM., M.Epid."]],
  ["Administrator Kesehatan", [], ["S.KM."]],
  ["Sanitarian", ["A.Md.KL."], ["S.KM."]],
  ["Pranata Komputer", ["A.Md.Kom.", "A.Md."], ["S.Kom.", "S.T."]],
  ["Analis Sumber Daya Manusia Aparatur", [], ["S.Psi.", "S.AP.", "S.Sos."]],
  ["Pranata Sumber Daya Manusia Aparatur", ["A.Md."], ["S.AP."]],
  ["Perencana", [], ["S.E.", "S.T.", "S.P.", "S.Si."]],
  ["Auditor", ["A.Md.Ak."], ["S.E., Ak.", "S.Ak."]],
  ["Pengawas Penyelenggaraan", [], ["S.IP.", "S.STP."]],
  ["Analis Kebijakan", [], ["S.IP.", "S.Sos."]],
  ["Perancang Peraturan", [], ["S.H."]],
  ["Arsiparis", ["A.Md.", ""], ["S.Hum."]],
  ["Teknik Jalan dan Jembatan", ["A.Md.T."], ["S.T."]],
  ["Teknik Pengairan", ["A.Md.T."], ["S.T."]],
  ["Penata Ruang", [], ["S.T.", "S.PWK."]],
  ["Administrator Database Kependudukan", [], ["S.Kom."]],
  ["Analis Keuangan", [], ["S.E.", "S.Ak."]],
  ["Pengelola Pengadaan", [], ["S.E.", "S.T."]],
  ["Pekerja Sosial", ["A.Md."], ["S.Tr.Sos.", "S.Sos."]],
  ["Penyuluh Sosial", [], ["S.Sos."]],
  ["Polisi Pamong Praja", ["", "", "S.H."], ["S.H."]],
  ["Pranata Hubungan Masyarakat", ["A.Md."], ["S.I.Kom."]],
  ["Sandiman", ["A.Md."], ["S.Kom.", "S.Tr.Sdn."]],
  ["Statistisi", ["A.Md.Stat."], ["S.Stat.", "S.Si."]],
  ["Dokter", [], [""]],
];

const MUSLIM = new Set(["Jawa", "Sunda", "Minang", "Bugis-Makassar", "Aceh", "Banjar"]);

function gelarUntuk(rng: Rng, j: RosterJabatan, domain: Domain, jk: "L" | "P", daerah: string): { depan: string | null; belakang: string | null } {
  const { s1, s2 } = S1_DOMAIN[domain];
  let depan: string[] = [];
  let belakang: string[] = [];
  if (j.jenis === "FUNGSIONAL") {
    const entry = GELAR_FUNGSIONAL.find(([prefix]) => j.nama.startsWith(prefix));
    const ahli = j.jenjang !== null && AHLI.has(j.jenjang);
    const list = entry ? (ahli ? entry[2] : entry[1]) : ahli ? s1 : ["A.Md."];
    const g = list.length > 0 ? rng.pick(list) : "";
    if (g) belakang.push(g);
    if (j.nama.startsWith("Dokter")) depan.push("dr.");
    if (ahli && (j.jenjang === "AHLI_MADYA" || (j.jenjang === "AHLI_MUDA" && rng.chance(0.35))))
      belakang.push(rng.pick(j.nama.startsWith("Dokter") ? ["Sp.PD.", "M.Kes.", "Sp.A."] : j.nama.startsWith("Guru") ? ["M.Pd."] : s2));
  } else if (j.jenis === "PELAKSANA") {
    const r = rng.next();
    if (r < 0.3) belakang = [];
    else if (r < 0.5) belakang = ["A.Md."];
    else belakang = [rng.pick(s1)];
  } else {
    const camat = /^(Camat|Sekretaris Kecamatan|Lurah)/.test(j.nama);
    belakang.push(camat ? "S.STP." : rng.pick(s1));
    const masterChance = j.jenis === "JPT" ? 1 : j.jenis === "ADMINISTRATOR" ? 0.7 : 0.3;
    if (rng.chance(masterChance)) belakang.push(camat ? "M.Si." : rng.pick(s2));
    if (domain === "kesehatan" && j.jenis === "JPT") {
      depan.push("dr.");
      belakang = ["M.Kes."];
    } else if (domain === "pupr" && j.jenis !== "PENGAWAS" && rng.chance(0.4)) depan.push("Ir.");
    if (j.jenis === "JPT" && rng.chance(0.3)) depan = ["Dr.", ...depan.filter((d) => d !== "dr.")];
    if ((j.jenis === "JPT" || j.jenis === "ADMINISTRATOR") && MUSLIM.has(daerah) && rng.chance(0.2)) depan.push(jk === "L" ? "H." : "Hj.");
  }
  return { depan: depan.length ? depan.join(" ") : null, belakang: belakang.length ? belakang.join(", ") : null };
}

const GOL_PNS: Record<string, string[]> = {
  JPT: ["IV/c", "IV/c", "IV/d"],
  ADMINISTRATOR: ["IV/a", "IV/a", "IV/b"],
  PENGAWAS: ["III/c", "III/d", "III/d", "IV/a"],
  PEMULA: ["II/a", "II/b"],
  TERAMPIL: ["II/b", "II/c", "II/d"],
  MAHIR: ["III/a", "III/b"],
  PENYELIA: ["III/c", "III/d"],
  AHLI_PERTAMA: ["III/a", "III/b"],
  AHLI_MUDA: ["III/c", "III/d"],
  AHLI_MADYA: ["IV/a", "IV/b", "IV/c"],
  AHLI_UTAMA: ["IV/d", "IV/e"],
};
const GOL_PPPK: Record<string, string> = {
  PEMULA: "V",
  TERAMPIL: "VII",
  MAHIR: "VIII",
  PENYELIA: "IX",
  AHLI_PERTAMA: "IX",
  AHLI_MUDA: "X",
  AHLI_MADYA: "XI",
  AHLI_UTAMA: "XII",
};

function golonganUntuk(rng: Rng, j: RosterJabatan, status: StatusPegawai, gelarBelakang: string | null): string {
  const pendidikan = !gelarBelakang ? "SMA" : /A\.Md/.test(gelarBelakang) ? "D3" : "S1";
  if (status === "PPPK") {
    if (j.jenjang) return GOL_PPPK[j.jenjang]!;
    return pendidikan === "SMA" ? "V" : pendidikan === "D3" ? "VII" : "IX";
  }
  if (status === "CPNS") return j.jenjang && AHLI.has(j.jenjang) ? "III/a" : pendidikan === "S1" ? "III/a" : "II/c";
  if (j.jenis === "PELAKSANA")
    return rng.pick(pendidikan === "SMA" ? ["II/a", "II/b", "II/c", "II/d"] : pendidikan === "D3" ? ["II/c", "II/d", "III/a"] : ["III/a", "III/b", "III/b"]);
  return rng.pick(GOL_PNS[j.jenjang ?? j.jenis] ?? ["III/a"]);
}

/** Range of birth years by position kind (the roster describes 2026). */
const LAHIR: Record<string, [number, number]> = {
  JPT: [1966, 1975],
  ADMINISTRATOR: [1968, 1982],
  PENGAWAS: [1972, 1990],
  PELAKSANA: [1972, 1999],
  PEMULA: [1994, 2001],
  TERAMPIL: [1980, 1998],
  MAHIR: [1976, 1990],
  PENYELIA: [1968, 1982],
  AHLI_PERTAMA: [1986, 1998],
  AHLI_MUDA: [1978, 1990],
  AHLI_MADYA: [1966, 1980],
  AHLI_UTAMA: [1964, 1972],
};

const KELAS: Record<string, number> = {
  JPT: 14,
  ADMINISTRATOR: 12,
  PENGAWAS: 9,
  PEMULA: 5,
  TERAMPIL: 6,
  MAHIR: 7,
  PENYELIA: 8,
  AHLI_PERTAMA: 8,
  AHLI_MUDA: 9,
  AHLI_MADYA: 11,
  AHLI_UTAMA: 13,
};
const KELAS_PELAKSANA: Record<string, number> = {
  "Pengadministrasi Perkantoran": 5,
  "Operator Layanan Operasional": 5,
  "Pengolah Data dan Informasi": 6,
  "Pengelola Layanan Operasional": 6,
  "Penata Layanan Operasional": 7,
  "Penelaah Teknis Kebijakan": 7,
};

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const namaLengkapDari = (nama: string, depan: string | null, belakang: string | null) =>
  `${depan ? `${depan} ` : ""}${nama}${belakang ? `, ${belakang}` : ""}`;

// ---------------------------------------------------------------- build

export function buildHelvetiaRoster(opts: { today?: string } = {}): HelvetiaRoster {
  const today = opts.today ?? TANGGAL_ACUAN_BAKU;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today harus YYYY-MM-DD, bukan "${today}"`);
  const tahun = Number(today.slice(0, 4));
  const rng = new Rng("helvetia-roster-v1");

  const instansi = { id: helvetiaId("instansi", HELVETIA_KODE), kode: HELVETIA_KODE, nama: HELVETIA_NAMA };
  const unit: RosterUnit[] = [];
  const jabatan: RosterJabatan[] = [];
  /** Positions in order, with the number of definitive holders wanted. */
  const slots: { jabatan: RosterJabatan; jumlah: number; domain: Domain }[] = [];

  const walk = (spec: UnitSpec, parent: RosterUnit | null, kepalaAtas: RosterJabatan | null, domain: Domain, pdKode: string) => {
    const kode = parent && parent.level > 0 ? `${parent.kode}.${spec.kode}` : spec.kode;
    const id = helvetiaId("unit", kode);
    const u: RosterUnit = {
      id,
      kode,
      nama: spec.nama,
      jenis: spec.jenis,
      parentId: parent?.id ?? null,
      level: parent ? parent.level + 1 : 0,
      path: `${parent ? parent.path : "/"}${id}/`,
      perangkatDaerahKode: parent === null ? kode : parent.level === 0 ? kode : pdKode,
      domain: spec.domain ?? domain,
    };
    unit.push(u);
    const k = spec.kepala ?? { jenis: "PENGAWAS" as const };
    const kepala: RosterJabatan = {
      id: helvetiaId("jabatan", `${kode}#kepala`),
      key: `${kode}#kepala`,
      unitId: id,
      nama: k.nama ?? `Kepala ${spec.nama}`,
      jenis: k.jenis,
      jenjang: k.jenjang ?? null,
      kepalaUnit: true,
      atasanJabatanId: kepalaAtas?.id ?? null,
      kelasJabatan: k.kelas ?? KELAS[k.jenjang ?? k.jenis] ?? 9,
    };
    jabatan.push(kepala);
    slots.push({ jabatan: kepala, jumlah: spec.kepalaKosong ? 0 : 1, domain: u.domain });
    for (const s of spec.staf ?? []) {
      const key = `${kode}#${slug(s.nama)}`;
      const j: RosterJabatan = {
        id: helvetiaId("jabatan", key),
        key,
        unitId: id,
        nama: s.nama,
        jenis: s.jenis,
        jenjang: s.jenjang,
        kepalaUnit: false,
        atasanJabatanId: kepala.id,
        kelasJabatan: s.jenjang ? KELAS[s.jenjang]! : (KELAS_PELAKSANA[s.nama] ?? 6),
      };
      jabatan.push(j);
      slots.push({ jabatan: j, jumlah: s.jumlah, domain: u.domain });
    }
    for (const child of spec.anak ?? []) walk(child, u, kepala, u.domain, u.perangkatDaerahKode);
  };
  walk(ORGANISASI, null, null, "pemda", ORGANISASI.kode);

  // The mover's destination is a position of its own (Perencana Ahli Pertama in another bidang, already declared).
  const jabatanByKey = new Map(jabatan.map((j) => [j.key, j]));

  // ---- pegawai
  const pegawai: RosterPegawai[] = [];
  const penugasan: RosterPenugasan[] = [];
  const byHolderKey = new Map<string, RosterPegawai>();
  const usedNip = new Set<string>([NIP_CADANGAN, ...Object.values(TETAP).map((t) => t.nip)]);
  const usedEmail = new Set<string>();
  const persona: Partial<Record<PersonaKey, string>> = {};
  let skCounter = 100;

  const emailFor = (nama: string): string | null => {
    let local = emailLocal(nama);
    if (usedEmail.has(local)) {
      let n = 2;
      while (usedEmail.has(`${local}${n}`)) n++;
      local = `${local}${n}`;
    }
    usedEmail.add(local);
    return `${local}@${HELVETIA_DOMAIN_EMAIL}`;
  };

  for (const slot of slots) {
    const j = slot.jabatan;
    for (let i = 0; i < slot.jumlah; i++) {
      const holderKey = `${j.key}#${i}`;
      const tetap = TETAP[holderKey];
      const status: StatusPegawai = tetap ? (tetap.status ?? "PNS") : (STATUS_KHUSUS[holderKey] ?? (pppkChance(rng, j) ? "PPPK" : "PNS"));
      let nip: string;
      let nama: string;
      let gelarDepan: string | null;
      let gelarBelakang: string | null;
      let golongan: string;
      let jk: "L" | "P";
      if (tetap) {
        ({ nip, nama, gelarDepan, gelarBelakang, golongan } = tetap);
        jk = nip[14] === "1" ? "L" : "P";
        if (tetap.persona) persona[tetap.persona] = helvetiaId("pegawai", nip);
      } else {
        jk = rng.chance(j.nama.startsWith("Bidan") ? 1 : j.nama.startsWith("Perawat") || j.nama.startsWith("Guru") ? 0.7 : 0.45) ? "P" : "L";
        const n = namaAcak(rng, jk);
        nama = n.nama;
        const g = gelarUntuk(rng, j, slot.domain, jk, n.daerah);
        gelarDepan = g.depan;
        gelarBelakang = g.belakang;
        golongan = golonganUntuk(rng, j, status, gelarBelakang);
        nip = nipUntuk(rng, j, status, jk, usedNip);
      }
      usedNip.add(nip);
      const id = helvetiaId("pegawai", nip);
      const email = !tetap && rng.chance(0.03) ? null : emailFor(nama);
      const peg: RosterPegawai = {
        id,
        nip,
        nama,
        gelarDepan,
        gelarBelakang,
        namaLengkap: namaLengkapDari(nama, gelarDepan, gelarBelakang),
        status,
        golongan,
        jenisKelamin: jk,
        tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
        email,
        aktif: true,
      };
      pegawai.push(peg);
      byHolderKey.set(holderKey, peg);

      // definitive assignment from a past date (never before the TMT)
      const tmtY = Number(nip.slice(8, 12));
      const tmtM = status === "PPPK" ? 4 : Number(nip.slice(12, 14));
      const tmt = isoDate(tmtY, tmtM, 1);
      let mulai: string;
      if (status === "CPNS" || status === "PPPK") mulai = tmt;
      else {
        const y = j.kepalaUnit ? rng.int(2019, 2024) : rng.int(2016, 2024);
        const cand = isoDate(y, rng.pick([1, 1, 2, 3, 4, 6, 7, 9, 10]), rng.pick([2, 3, 5, 10, 15]));
        mulai = cand > tmt ? cand : tmt;
      }
      const skTahun = Number(mulai.slice(0, 4));
      penugasan.push({
        id: helvetiaId("penugasan", `${nip}:DEF`),
        key: `${nip}:DEF`,
        pegawaiId: id,
        jabatanId: j.id,
        jenis: "DEFINITIF",
        mulai,
        selesai: null,
        nomorSk: `800.1.3.3/${skCounter++}/BKPSDM/${skTahun}`,
      });
    }
  }

  // ---- special cases
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`Helvetia roster: ${what} tidak ditemukan`);
    return v;
  };

  // Plt: the vacant Kepala Bidang Pelayanan Pencatatan Sipil, filled by the Kepala Seksi Kelahiran dan Kematian.
  const pltPegawai = must(byHolderKey.get(PLT_PEMEGANG), PLT_PEMEGANG);
  const pltJabatan = must(jabatanByKey.get(PLT_JABATAN), PLT_JABATAN);
  const pltMulai = isoDate(tahun - 1, 10, 1);
  const plt: RosterPenugasan = {
    id: helvetiaId("penugasan", `${pltPegawai.nip}:PLT:${pltJabatan.key}`),
    key: `${pltPegawai.nip}:PLT`,
    pegawaiId: pltPegawai.id,
    jabatanId: pltJabatan.id,
    jenis: "PLT",
    mulai: pltMulai,
    selesai: null,
    nomorSk: `800.1.3.3/${skCounter++}/BKPSDM/${tahun - 1}`,
  };
  penugasan.push(plt);

  // Plh: the Sekretaris Dinas Kesehatan stands in for the Kepala Dinas for a week around today.
  const plhPegawai = must(byHolderKey.get(PLH_PEMEGANG), PLH_PEMEGANG);
  const plhJabatan = must(jabatanByKey.get(PLH_JABATAN), PLH_JABATAN);
  const plh: RosterPenugasan = {
    id: helvetiaId("penugasan", `${plhPegawai.nip}:PLH:${plhJabatan.key}`),
    key: `${plhPegawai.nip}:PLH`,
    pegawaiId: plhPegawai.id,
    jabatanId: plhJabatan.id,
    jenis: "PLH",
    mulai: addDaysIso(today, -2),
    selesai: addDaysIso(today, 5),
    nomorSk: `800.1.3.3/${skCounter++}/BKPSDM/${tahun}`,
  };
  penugasan.push(plh);

  // Mid-year move: a Perencana Ahli Pertama moves from the economy bidang to the government bidang.
  const pindahPegawai = must(byHolderKey.get(PINDAH_DARI), PINDAH_DARI);
  const tujuan = must(jabatanByKey.get(PINDAH_KE), PINDAH_KE);
  const bulanIni = Number(today.slice(5, 7));
  const tanggalPindah =
    today >= isoDate(tahun, 7, 1) ? isoDate(tahun, 7, 1) : bulanIni > 1 ? isoDate(tahun, bulanIni, 1) : isoDate(tahun, 1, 16);
  const lama = must(
    penugasan.find((x) => x.pegawaiId === pindahPegawai.id && x.jenis === "DEFINITIF"),
    "penugasan pindah",
  );
  if (lama.mulai >= tanggalPindah) lama.mulai = isoDate(tahun - 3, 1, 2);
  lama.selesai = addDaysIso(tanggalPindah, -1);
  penugasan.push({
    id: helvetiaId("penugasan", `${pindahPegawai.nip}:DEF2`),
    key: `${pindahPegawai.nip}:DEF2`,
    pegawaiId: pindahPegawai.id,
    jabatanId: tujuan.id,
    jenis: "DEFINITIF",
    mulai: tanggalPindah,
    selesai: null,
    nomorSk: `800.1.3.3/${skCounter++}/BKPSDM/${tahun}`,
  });

  const peran: RosterPeran[] = [
    ...PERAN_ADMIN.map((k) => ({ pegawaiId: must(byHolderKey.get(k), k).id, peran: "ADMIN_INSTANSI" as const })),
    ...PERAN_AUDITOR.map((k) => ({ pegawaiId: must(byHolderKey.get(k), k).id, peran: "AUDITOR" as const })),
  ];

  const held = new Set(penugasan.filter((x) => x.jenis === "DEFINITIF").map((x) => x.jabatanId));
  const jabatanKosong = jabatan.filter((j) => !held.has(j.id)).map((j) => j.id);

  for (const key of ["pegawai", "ppk", "kepala-dinas", "sekda", "admin", "auditor", "plt"] as const) must(persona[key], `persona ${key}`);

  return {
    instansi,
    unit,
    jabatan,
    pegawai,
    penugasan,
    peran,
    persona: persona as Record<PersonaKey, string>,
    kasus: { pltPenugasanId: plt.id, plhPenugasanId: plh.id, pindahPegawaiId: pindahPegawai.id, tanggalPindah, jabatanKosong },
  };
}

function pppkChance(rng: Rng, j: RosterJabatan): boolean {
  if (j.kepalaUnit) return false;
  const tinggi = /^(Guru|Perawat|Bidan|Pranata Laboratorium|Polisi Pamong Praja Terampil)/.test(j.nama);
  return rng.chance(tinggi ? 0.4 : j.jenis === "PELAKSANA" ? 0.15 : 0.08);
}

/** A fresh NIP for a position; sequence 001–499 (synthetic instansi use 500–999). */
function nipUntuk(rng: Rng, j: RosterJabatan, status: StatusPegawai, jk: "L" | "P", used: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    let lahirY: number;
    let tmt: { y: number; m: number };
    if (status === "CPNS") {
      lahirY = rng.int(1996, 2001);
      tmt = { y: 2025, m: 10 };
    } else if (status === "PPPK") {
      lahirY = rng.int(1980, 1997);
      tmt = { y: rng.int(2021, 2024), m: 21 };
    } else {
      const [a, b] = LAHIR[j.jenjang ?? j.jenis] ?? LAHIR.PELAKSANA!;
      lahirY = rng.int(a, b);
      const tmtY = Math.min(2024, Math.max(lahirY + 20, lahirY + rng.int(22, 29)));
      tmt = { y: tmtY, m: rng.pick(BULAN_TMT) };
    }
    const nip = susunNip({ lahir: tanggalAcak(rng, lahirY), tmt, jk, urut: rng.int(1, 499) });
    if (!used.has(nip)) return nip;
  }
  throw new Error("Tidak dapat membuat NIP unik");
}
