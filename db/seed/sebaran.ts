/**
 * Believable distributions of annual predikat that respect the kurva distribusi (SE MenPANRB 3/2023)
 * of the unit's organisation rating. Shared by the Helvetia and synthetic seeds.
 */
import type { Predikat, PredikatOrganisasi, Rating } from "../../lib/domain/constants";
import type { Rng } from "./util";

/** Headcount per predikat for a unit of n rated employees, within the curve of the organisation rating. */
export function distribusi(org: PredikatOrganisasi, n: number): Record<Predikat, number> {
  const d: Record<Predikat, number> = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
  if (org === "ISTIMEWA") {
    d.SANGAT_BAIK = Math.floor(n * 0.5);
    d.BUTUH_PERBAIKAN = n >= 10 ? 1 : 0;
  } else if (org === "BUTUH_PERBAIKAN") {
    d.BUTUH_PERBAIKAN = Math.ceil(n * 0.6);
  } else if (org === "KURANG") {
    d.KURANG = Math.ceil(n * 0.6);
    d.BUTUH_PERBAIKAN = Math.ceil(n * 0.1);
  } else if (org === "SANGAT_KURANG") {
    d.SANGAT_KURANG = Math.ceil(n * 0.6);
    d.BUTUH_PERBAIKAN = Math.ceil(n * 0.1);
  } else {
    d.BUTUH_PERBAIKAN = Math.max(1, Math.round(n * 0.08));
    d.KURANG = n >= 20 ? 1 : 0;
    d.SANGAT_BAIK = Math.round(n * 0.2);
    const maxBaik = Math.floor(n * 0.7);
    const baik = n - d.SANGAT_BAIK - d.BUTUH_PERBAIKAN - d.KURANG;
    if (baik > maxBaik) d.SANGAT_BAIK += baik - maxBaik;
  }
  d.BAIK = Math.max(0, n - d.SANGAT_BAIK - d.BUTUH_PERBAIKAN - d.KURANG - d.SANGAT_KURANG);
  return d;
}

/** The rating hasil kerja of a unit head follows the unit's organisation rating (spec §5). */
export function ratingHasilKepala(org: PredikatOrganisasi): Rating {
  return org === "ISTIMEWA" ? "DI_ATAS" : org === "BAIK" ? "SESUAI" : "DI_BAWAH";
}

/** A (hasil, perilaku) pair that gives predikat `p` under the PermenPANRB 6/2022 matrix. */
export function ratingUntuk(p: Predikat, rng: Rng): [Rating, Rating] {
  switch (p) {
    case "SANGAT_BAIK":
      return ["DI_ATAS", "DI_ATAS"];
    case "BAIK":
      return rng.weighted<[Rating, Rating]>([
        [["SESUAI", "SESUAI"], 70],
        [["DI_ATAS", "SESUAI"], 15],
        [["SESUAI", "DI_ATAS"], 15],
      ]);
    case "BUTUH_PERBAIKAN":
      return rng.chance(0.8) ? ["DI_BAWAH", "SESUAI"] : ["DI_BAWAH", "DI_ATAS"];
    case "KURANG":
      return rng.chance(0.8) ? ["SESUAI", "DI_BAWAH"] : ["DI_ATAS", "DI_BAWAH"];
    case "SANGAT_KURANG":
      return ["DI_BAWAH", "DI_BAWAH"];
  }
}

/** Predikat to hand out to the non-head members, rarest first, after the head took `predikatKepala`. */
export function antrianPredikat(org: PredikatOrganisasi, n: number, predikatKepala: Predikat | null): Predikat[] {
  const target = distribusi(org, n);
  if (predikatKepala) target[predikatKepala] = Math.max(0, target[predikatKepala] - 1);
  const out: Predikat[] = [];
  for (const p of ["SANGAT_BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG", "BAIK"] as const) for (let i = 0; i < target[p]; i++) out.push(p);
  return out;
}
