/**
 * Enumerations of the ASN performance-management domain (PermenPANRB 6/2022 and friends).
 * Each list is an `as const` array; its union type is derived from it so the two never drift.
 */

export const RATING = ["DI_ATAS", "SESUAI", "DI_BAWAH"] as const;
export type Rating = (typeof RATING)[number];

/** Predikat kinerja pegawai. `KURANG` is "Kurang/Misconduct". */
export const PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type Predikat = (typeof PREDIKAT)[number];

export const PREDIKAT_ORGANISASI = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

export const JENJANG = [
  "PEMULA",
  "TERAMPIL",
  "MAHIR",
  "PENYELIA",
  "AHLI_PERTAMA",
  "AHLI_MUDA",
  "AHLI_MADYA",
  "AHLI_UTAMA",
] as const;
export type Jenjang = (typeof JENJANG)[number];

export const JENIS_JABATAN = ["JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

export const STATUS_PEGAWAI = ["PNS", "PPPK", "CPNS"] as const;
export type StatusPegawai = (typeof STATUS_PEGAWAI)[number];

export const JENIS_PENUGASAN = ["DEFINITIF", "PLT", "PLH"] as const;
export type JenisPenugasan = (typeof JENIS_PENUGASAN)[number];

export const PENDEKATAN = ["KUANTITATIF", "KUALITATIF"] as const;
export type Pendekatan = (typeof PENDEKATAN)[number];

export const BENTUK_SKP = ["JPT", "NON_JPT"] as const;
export type BentukSkp = (typeof BENTUK_SKP)[number];

export const JENIS_RHK = ["UTAMA", "TAMBAHAN"] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];

export const ASPEK_IKI = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;
export type AspekIki = (typeof ASPEK_IKI)[number];

export const PERSPEKTIF = ["PENERIMA_LAYANAN", "PENGUATAN_INTERNAL", "PROSES_BISNIS", "ANGGARAN"] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];

export const NILAI_BERAKHLAK = [
  "BERORIENTASI_PELAYANAN",
  "AKUNTABEL",
  "KOMPETEN",
  "HARMONIS",
  "LOYAL",
  "ADAPTIF",
  "KOLABORATIF",
] as const;
export type NilaiBerakhlak = (typeof NILAI_BERAKHLAK)[number];

/** Core values BerAKHLAK with their official indicator wording (SE MenPANRB 20/2021). */
export const BERAKHLAK_INDIKATOR: Readonly<
  Record<NilaiBerakhlak, { readonly label: string; readonly indikator: readonly [string, string, string] }>
> = {
  BERORIENTASI_PELAYANAN: {
    label: "Berorientasi Pelayanan",
    indikator: [
      "Memahami dan memenuhi kebutuhan masyarakat",
      "Ramah, cekatan, solutif, dan dapat diandalkan",
      "Melakukan perbaikan tiada henti",
    ],
  },
  AKUNTABEL: {
    label: "Akuntabel",
    indikator: [
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
      "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "Tidak menyalahgunakan kewenangan jabatan",
    ],
  },
  KOMPETEN: {
    label: "Kompeten",
    indikator: [
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
      "Membantu orang lain belajar",
      "Melaksanakan tugas dengan kualitas terbaik",
    ],
  },
  HARMONIS: {
    label: "Harmonis",
    indikator: [
      "Menghargai setiap orang apa pun latar belakangnya",
      "Suka menolong orang lain",
      "Membangun lingkungan kerja yang kondusif",
    ],
  },
  LOYAL: {
    label: "Loyal",
    indikator: [
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
      "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
      "Menjaga rahasia jabatan dan negara",
    ],
  },
  ADAPTIF: {
    label: "Adaptif",
    indikator: [
      "Cepat menyesuaikan diri menghadapi perubahan",
      "Terus berinovasi dan mengembangkan kreativitas",
      "Bertindak proaktif",
    ],
  },
  KOLABORATIF: {
    label: "Kolaboratif",
    indikator: [
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
      "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
      "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    ],
  },
};

/** Golongan ruang PNS (also used by CPNS) with their pangkat. */
export const GOLONGAN_PNS = [
  { golongan: "I/a", pangkat: "Juru Muda" },
  { golongan: "I/b", pangkat: "Juru Muda Tingkat I" },
  { golongan: "I/c", pangkat: "Juru" },
  { golongan: "I/d", pangkat: "Juru Tingkat I" },
  { golongan: "II/a", pangkat: "Pengatur Muda" },
  { golongan: "II/b", pangkat: "Pengatur Muda Tingkat I" },
  { golongan: "II/c", pangkat: "Pengatur" },
  { golongan: "II/d", pangkat: "Pengatur Tingkat I" },
  { golongan: "III/a", pangkat: "Penata Muda" },
  { golongan: "III/b", pangkat: "Penata Muda Tingkat I" },
  { golongan: "III/c", pangkat: "Penata" },
  { golongan: "III/d", pangkat: "Penata Tingkat I" },
  { golongan: "IV/a", pangkat: "Pembina" },
  { golongan: "IV/b", pangkat: "Pembina Tingkat I" },
  { golongan: "IV/c", pangkat: "Pembina Utama Muda" },
  { golongan: "IV/d", pangkat: "Pembina Utama Madya" },
  { golongan: "IV/e", pangkat: "Pembina Utama" },
] as const;
export type GolonganPns = (typeof GOLONGAN_PNS)[number]["golongan"];

/** Golongan PPPK (no pangkat). */
export const GOLONGAN_PPPK = [
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
  "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
] as const;
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];
export type Golongan = GolonganPns | GolonganPppk;

/** Pangkat name of a PNS golongan ("III/a" → "Penata Muda"); null for PPPK or unknown golongan. */
export function pangkatOf(golongan: string): string | null {
  return GOLONGAN_PNS.find((g) => g.golongan === golongan)?.pangkat ?? null;
}

/** PNS and CPNS use golongan ruang I/a … IV/e; PPPK use I … XVII. */
export function isGolonganValid(status: StatusPegawai, golongan: string): boolean {
  return status === "PPPK"
    ? (GOLONGAN_PPPK as readonly string[]).includes(golongan)
    : GOLONGAN_PNS.some((g) => g.golongan === golongan);
}

export const LABEL_RATING: Readonly<Record<Rating, string>> = {
  DI_ATAS: "Di Atas Ekspektasi",
  SESUAI: "Sesuai Ekspektasi",
  DI_BAWAH: "Di Bawah Ekspektasi",
};

export const LABEL_PREDIKAT: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

export const LABEL_PREDIKAT_ORGANISASI: Readonly<Record<PredikatOrganisasi, string>> = {
  ISTIMEWA: "Istimewa",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

export const LABEL_JENJANG: Readonly<Record<Jenjang, string>> = {
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
};

export const LABEL_JENIS_JABATAN: Readonly<Record<JenisJabatan, string>> = {
  JPT: "Jabatan Pimpinan Tinggi",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  PELAKSANA: "Pelaksana",
  FUNGSIONAL: "Fungsional",
};

export const LABEL_JENIS_PENUGASAN: Readonly<Record<JenisPenugasan, string>> = {
  DEFINITIF: "Definitif",
  PLT: "Pelaksana Tugas (Plt)",
  PLH: "Pelaksana Harian (Plh)",
};

export const LABEL_PENDEKATAN: Readonly<Record<Pendekatan, string>> = {
  KUANTITATIF: "Kuantitatif",
  KUALITATIF: "Kualitatif",
};

export const LABEL_ASPEK_IKI: Readonly<Record<AspekIki, string>> = {
  KUANTITAS: "Kuantitas",
  KUALITAS: "Kualitas",
  WAKTU: "Waktu",
  BIAYA: "Biaya",
};

export const LABEL_PERSPEKTIF: Readonly<Record<Perspektif, string>> = {
  PENERIMA_LAYANAN: "Perspektif Penerima Layanan",
  PENGUATAN_INTERNAL: "Perspektif Penguatan Internal",
  PROSES_BISNIS: "Perspektif Proses Bisnis",
  ANGGARAN: "Perspektif Anggaran",
};
