/**
 * The performance dialogue's rules (spec §4), pure: who may change the record when, and its state.
 * The record is open until both sides confirm it; from then on it is read-only, except that an agreed
 * action can still be marked done (actions are followed up after the meeting).
 */

export type PeranDialog = "PEGAWAI" | "PPK";
export const HASIL_DIALOG = ["TERCAPAI", "TIDAK_TERCAPAI"] as const;
export type HasilDialog = (typeof HASIL_DIALOG)[number];

/** DIJADWALKAN: proposed, no outcome yet; TERCATAT: outcome recorded; MENUNGGU_KONFIRMASI: one side confirmed; TERKONFIRMASI: both (read-only). */
export const STATUS_DIALOG = ["DIJADWALKAN", "TERCATAT", "MENUNGGU_KONFIRMASI", "TERKONFIRMASI"] as const;
export type StatusDialog = (typeof STATUS_DIALOG)[number];

export interface KeadaanDialog {
  hasil: HasilDialog | null;
  dikonfirmasiPegawai: boolean;
  dikonfirmasiPpk: boolean;
  /** The SKP's period is closed. */
  periodeDitutup: boolean;
}

/** Most questions or actions one dialogue holds. */
export const BATAS_BARIS_DIALOG = 50;

export function terkunci(k: Pick<KeadaanDialog, "dikonfirmasiPegawai" | "dikonfirmasiPpk">): boolean {
  return k.dikonfirmasiPegawai && k.dikonfirmasiPpk;
}

export function statusDialog(k: KeadaanDialog): StatusDialog {
  if (terkunci(k)) return "TERKONFIRMASI";
  if (k.dikonfirmasiPegawai || k.dikonfirmasiPpk) return "MENUNGGU_KONFIRMASI";
  return k.hasil ? "TERCATAT" : "DIJADWALKAN";
}

/** Why the record's content (questions, answers, notes, outcome, actions) cannot change now, or null. */
export function masalahUbah(k: KeadaanDialog): string | null {
  if (terkunci(k)) return "DIALOG_TERKUNCI";
  if (k.periodeDitutup) return "DIALOG_PERIODE_DITUTUP";
  return null;
}

/** Why this side cannot confirm the record now, or null. The PPK confirms only a record with its outcome. */
export function masalahKonfirmasi(k: KeadaanDialog, peran: PeranDialog): string | null {
  const ubah = masalahUbah(k);
  if (ubah) return ubah;
  if (peran === "PEGAWAI" ? k.dikonfirmasiPegawai : k.dikonfirmasiPpk) return "SUDAH_DIKONFIRMASI";
  if (peran === "PPK" && !k.hasil) return "HASIL_BELUM_DIISI";
  return null;
}

/**
 * Why a meeting cannot be dated so, or null: it belongs between the start of the SKP and the annual
 * evaluation's due date (a follow-up in early January still concerns last year's plan).
 */
export function masalahTanggal(tanggal: string, rentang: { mulai: string; batas: string }): string | null {
  return tanggal < rentang.mulai || tanggal > rentang.batas ? "TANGGAL_DI_LUAR_SKP" : null;
}

/** An agreed action is overdue when open after its due date. */
export function terlambat(t: { batas: string; selesai: boolean }, today: string): boolean {
  return !t.selesai && t.batas < today;
}
