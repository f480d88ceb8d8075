/**
 * NIP (Nomor Induk Pegawai), 18 digits:
 *   YYYYMMDD birth date · YYYYMM TMT CPNS · 1 digit sex (1 male, 2 female) · 3 digits sequence.
 * For a PPPK (NI PPPK) digits 9–12 are still the year of appointment but digits 13–14 record the work
 * agreement, not a month: they are checked only as digits, and no TMT is returned.
 */
import type { StatusPegawai } from "./constants";
import { daysInMonth, formatIsoDate } from "./tanggal";

export type NipInfo = {
  nip: string;
  tanggalLahir: string;
  /** 'YYYY-MM'; null for PPPK. */
  tmt: string | null;
  jenisKelamin: "L" | "P";
  urutan: number;
};

export type NipErrorCode = "PANJANG" | "BUKAN_ANGKA" | "TANGGAL_LAHIR" | "TMT" | "JENIS_KELAMIN" | "URUTAN";

export type NipResult = { ok: true; value: NipInfo } | { ok: false; code: NipErrorCode; message: string };

const MIN_TAHUN = 1900;

export function parseNip(input: string, opts: { status?: StatusPegawai } = {}): NipResult {
  const fail = (code: NipErrorCode, message: string): NipResult => ({ ok: false, code, message });
  const nip = input.replace(/\s+/g, "");
  if (!/^\d*$/.test(nip)) return fail("BUKAN_ANGKA", "NIP hanya boleh berisi angka");
  if (nip.length !== 18) return fail("PANJANG", `NIP harus 18 digit (sekarang ${nip.length} digit)`);

  const num = (from: number, to: number) => Number(nip.slice(from, to));
  const [ly, lm, ld] = [num(0, 4), num(4, 6), num(6, 8)];
  if (ly < MIN_TAHUN || lm < 1 || lm > 12 || ld < 1 || ld > daysInMonth(ly, lm))
    return fail("TANGGAL_LAHIR", `Tanggal lahir pada NIP (digit 1–8: ${nip.slice(0, 8)}) bukan tanggal yang sah`);

  const [ty, tm] = [num(8, 12), num(12, 14)];
  const pppk = opts.status === "PPPK";
  if (pppk) {
    if (ty < ly) return fail("TMT", `Tahun pengangkatan pada NIP (${ty}) lebih awal dari tahun lahir (${ly})`);
  } else {
    if (ty < MIN_TAHUN || tm < 1 || tm > 12)
      return fail("TMT", `TMT CPNS pada NIP (digit 9–14: ${nip.slice(8, 14)}) bukan bulan yang sah`);
    if (ty * 12 + tm <= ly * 12 + lm)
      return fail("TMT", "TMT CPNS pada NIP harus setelah bulan kelahiran");
  }

  const sex = nip[14];
  if (sex !== "1" && sex !== "2")
    return fail("JENIS_KELAMIN", "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)");

  const urutan = num(15, 18);
  if (urutan < 1) return fail("URUTAN", "Nomor urut pada NIP (digit 16–18) harus 001–999");

  return {
    ok: true,
    value: {
      nip,
      tanggalLahir: formatIsoDate(ly, lm, ld),
      tmt: pppk ? null : `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}`,
      jenisKelamin: sex === "1" ? "L" : "P",
      urutan,
    },
  };
}

export function isNipValid(nip: string, opts: { status?: StatusPegawai } = {}): boolean {
  return parseNip(nip, opts).ok;
}

/** "198503122010011003" → "19850312 201001 1 003". Input that is not 18 digits is returned unchanged. */
export function formatNip(nip: string): string {
  const d = nip.replace(/\s+/g, "");
  return /^\d{18}$/.test(d) ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : nip;
}
