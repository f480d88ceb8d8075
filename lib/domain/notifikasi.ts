/**
 * The kinds of notification the features raise. Each user can switch email off per kind (the in-app
 * notification always arrives); kinds not listed here fall under LAINNYA.
 */
export const JENIS_NOTIFIKASI = [
  "SKP_DIAJUKAN",
  "SKP_DITARIK",
  "SKP_DIKEMBALIKAN",
  "SKP_DISETUJUI",
  "SKP_VERSI_BARU",
  "RHK_ATASAN_DIBUTUHKAN",
  "RHK_DISERAHKAN",
  "TARGET_TERCAPAI",
  "UMPAN_BALIK",
  "UMPAN_BALIK_DIBALAS",
  "PENGINGAT_REALISASI",
  "EVALUASI_DITETAPKAN",
  "KEBERATAN",
  "DIALOG_KINERJA",
  "PENGEMBANGAN",
  "LAINNYA",
] as const;
export type JenisNotifikasi = (typeof JENIS_NOTIFIKASI)[number];
