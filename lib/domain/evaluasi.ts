/**
 * Appraisal rules (spec §5–§7) that the service layer and the pages share. Pure.
 *
 * Suggested rating hasil kerja (the PPK decides; a PPK who differs writes a reason). Shown on the page:
 * - Each kuantitatif IKI scores its capaian against its target as a percentage, capped at
 *   SARAN.batasPersen so one runaway indicator cannot carry the others. In a periodic evaluation the
 *   target is the share of the year's target due by the checkpoint (a rate or level such as % keeps its
 *   full target); in the annual evaluation it is the whole target.
 * - Di Atas Ekspektasi: the mean is at least SARAN.diAtas % and no IKI is under 100 %.
 * - Di Bawah Ekspektasi: the mean is under SARAN.diBawah %.
 * - Otherwise Sesuai Ekspektasi.
 * - No suggestion when no kuantitatif IKI has a value to judge (kualitatif SKP, nothing recorded):
 *   then the PPK's rating needs no reason.
 *
 * Head of a unit: the rating hasil kerja follows the unit's organisation rating once it is set
 * (PermenPANRB 6/2022): Istimewa → Di Atas, Baik → Sesuai, Butuh Perbaikan / Kurang / Sangat Kurang → Di Bawah.
 */
import type { PredikatOrganisasi, Rating } from "./constants";

export const SARAN = { batasPersen: 150, diAtas: 110, diBawah: 80 } as const;

export interface IkiUntukSaran {
  capaian: number | null;
  /** The target due at the point judged (already prorated for a checkpoint), null for kualitatif. */
  target: number | null;
}

export interface SaranRating {
  rating: Rating;
  /** Mean percentage over the IKI judged (rounded), and how many were judged. */
  rataRata: number;
  dinilai: number;
  terendah: number;
}

export function saranRatingHasil(iki: readonly IkiUntukSaran[]): SaranRating | null {
  const persen: number[] = [];
  for (const i of iki) {
    if (i.target === null || !(i.target > 0)) continue;
    const p = i.capaian === null ? 0 : Math.min(SARAN.batasPersen, (i.capaian / i.target) * 100);
    persen.push(p);
  }
  // nothing recorded at all is no basis for a suggestion
  if (persen.length === 0 || iki.every((i) => i.capaian === null)) return null;
  const rata = persen.reduce((a, b) => a + b, 0) / persen.length;
  const terendah = Math.min(...persen);
  // compare in hundredths so 109.999999 from floating point does not miss an exact 110
  const r = Math.round(rata * 100) / 100;
  const rating: Rating = r >= SARAN.diAtas && terendah >= 100 - 1e-9 ? "DI_ATAS" : r < SARAN.diBawah ? "DI_BAWAH" : "SESUAI";
  return { rating, rataRata: Math.round(rata), dinilai: persen.length, terendah: Math.round(terendah) };
}

/** The target due by a checkpoint: the year's target times the share of the SKP's time elapsed, or the full target for a rate/level. */
export function targetBerjalan(targetMin: number | null, fraksi: number, tingkat: boolean): number | null {
  if (targetMin === null) return null;
  return tingkat ? targetMin : targetMin * Math.max(0, Math.min(1, fraksi));
}

export const RATING_DARI_ORGANISASI: Readonly<Record<PredikatOrganisasi, Rating>> = {
  ISTIMEWA: "DI_ATAS",
  BAIK: "SESUAI",
  BUTUH_PERBAIKAN: "DI_BAWAH",
  KURANG: "DI_BAWAH",
  SANGAT_KURANG: "DI_BAWAH",
};

/**
 * Months of an SKP's validity for credit points (part of a year = months/12): calendar months from
 * the month it starts through the month it ends, both counted. 1 Jan–31 Dec → 12; 1 Jan–14 Jun → 6.
 */
export function bulanBerlaku(mulai: string, selesai: string): number {
  const [y1, m1] = mulai.split("-").map(Number) as [number, number];
  const [y2, m2] = selesai.split("-").map(Number) as [number, number];
  const n = (y2 - y1) * 12 + (m2 - m1) + 1;
  return Math.max(1, Math.min(12, n));
}

/** What a pegawai's annual predikat is, for display everywhere: final, still within the objection window, or under objection. */
export type KeadaanPredikat = "BELUM_ADA" | "MASA_KEBERATAN" | "DALAM_KEBERATAN" | "FINAL";

export function keadaanPredikat(input: { status: string; jenis: "PERIODIK" | "TAHUNAN" }): KeadaanPredikat {
  if (input.status === "DRAFT") return "BELUM_ADA";
  if (input.status === "KEBERATAN") return "DALAM_KEBERATAN";
  if (input.jenis === "TAHUNAN" && input.status === "DITETAPKAN") return "MASA_KEBERATAN";
  return "FINAL";
}
