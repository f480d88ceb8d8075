/**
 * Keadilan penilaian (fairness of raters): how one rater's (penilai, the PPK who set the
 * evaluation) ratings compare with their unit's and the instansi's. Pure: the service aggregates
 * with SQL per rater and per comparison group, and passes the counts here.
 *
 * Measures
 * - Distribusi: the share of each predikat among the rater's set evaluations (counts / total).
 * - Indeks kelonggaran (leniency index): each predikat has a fixed score on the scale of the credit-point
 *   percentages (spec §7: Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang/Misconduct 50 %,
 *   Sangat Kurang 25 %) divided by 25, so SKOR_PREDIKAT = 6 / 4 / 3 / 2 / 1. The index is the mean
 *   score of the rater's evaluations minus the mean score of the comparison group WITHOUT the rater's
 *   own evaluations (leave-one-out, so a rater who rates half the group is not compared with themself).
 *   Positive = lenient (gives higher predikat than the others), negative = strict. One point is
 *   roughly "one predikat step" (Baik → Sangat Baik is two points, as it is worth 50 % more credit).
 *   Label: `lunak` when index ≥ +AMBANG_INDEKS, `ketat` when ≤ −AMBANG_INDEKS, provided the difference
 *   is also unlikely to be chance: |z| ≥ AMBANG_Z, where z = index / (sd of the comparison group /
 *   √(rated people of the rater)). Otherwise `wajar`. The rated-people count (not the evaluations)
 *   is the sample size, because twelve monthly evaluations of one person are not twelve opinions.
 * - Saran (override share): among evaluations with a product suggestion (rating_hasil_saran), the share
 *   whose rating hasil kerja as the rater set it differs, split into higher and lower than suggested.
 * - Keberatan (objection rate): annual evaluations with an objection (any but withdrawn) / annual
 *   evaluations delivered; with the outcomes granted / rejected / still open (and withdrawn, counted apart).
 * - Keterlambatan (lateness): among evaluations due (set, or still a draft past the deadline), the share
 *   set after the deadline or not yet set past it, and the mean days late of those late ones.
 *
 * Privacy (issue #6): any group — a rater's rated people, a unit, the instansi — with fewer than
 * MINIMUM_KELOMPOK (a fixed 5) distinct rated people is suppressed: its numbers are not returned
 * at all, only counted. The constant is deliberately NOT the rule set's kurvaMinimumPegawai: that
 * one decides when the curve binds and may be configured lower; privacy must not follow it.
 * A leave-one-out comparison group that falls under the minimum gives no index either.
 */
import { PREDIKAT, type Predikat } from "./constants";

/** Groups with fewer distinct rated people than this are never shown (fixed; see the module doc). */
export const MINIMUM_KELOMPOK = 5;
/** |index| from which a rater may be labelled lenient or strict (score points). */
export const AMBANG_INDEKS = 0.5;
/** |z| from which the difference is taken as not chance (two-sided 5 %). */
export const AMBANG_Z = 1.96;

/** Score of each predikat: the credit-point percentage / 25. */
export const SKOR_PREDIKAT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 6,
  BAIK: 4,
  BUTUH_PERBAIKAN: 3,
  KURANG: 2,
  SANGAT_KURANG: 1,
};

export type JumlahPredikat = Readonly<Record<Predikat, number>>;

export interface AgregatKelompok {
  /** Distinct rated people in the group. */
  jumlahPegawai: number;
  /** Set evaluations per predikat (as the rater set it). */
  predikat: JumlahPredikat;
}

export interface AgregatPenilai extends AgregatKelompok {
  /** Evaluations with a suggestion, and how many the rater set higher or lower than it. */
  saran: { dengan: number; lebihTinggi: number; lebihRendah: number };
  /** Annual only; all zero for periodic evaluations. */
  keberatan: { diserahkan: number; diajukan: number; dikabulkan: number; ditolak: number; terbuka: number; dibatalkan: number };
  /** Evaluations due, the late ones, and the sum of their days late. */
  ketepatan: { jatuhTempo: number; terlambat: number; hariTerlambat: number };
}

export type LabelIndeks = "lunak" | "wajar" | "ketat";

export interface Distribusi {
  total: number;
  /** Share 0..1 per predikat (all 0 when total is 0). */
  bagian: Record<Predikat, number>;
  /** Mean score on SKOR_PREDIKAT; null when total is 0. */
  rataRata: number | null;
}

export interface Indeks {
  /** Rater mean − comparison mean (leave-one-out), rounded to two decimals. */
  nilai: number;
  /** Rounded to two decimals; null when the comparison group has no spread. */
  z: number | null;
  label: LabelIndeks;
}

export interface HasilKelompok {
  jumlahPegawai: number;
  distribusi: Distribusi;
}

export interface HasilPenilai {
  jumlahPegawai: number;
  distribusi: Distribusi;
  /** Against the unit (null when the unit or the unit without this rater is under the minimum). */
  indeksUnit: Indeks | null;
  /** Against the instansi (null likewise). */
  indeksInstansi: Indeks | null;
  saran: { dengan: number; berbeda: number; bagian: number | null; lebihTinggi: number; lebihRendah: number };
  keberatan: { diserahkan: number; diajukan: number; tingkat: number | null; dikabulkan: number; ditolak: number; terbuka: number; dibatalkan: number };
  ketepatan: { jatuhTempo: number; terlambat: number; hariTerlambat: number; bagian: number | null; rataRataHari: number | null };
}

const bulat = (n: number, d = 2) => {
  const f = 10 ** d;
  return Math.round(n * f) / f;
};

export const totalPredikat = (p: JumlahPredikat) => PREDIKAT.reduce((s, k) => s + p[k], 0);

export function kosong(): Record<Predikat, number> {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
}

/** True when a group is too small to be shown (privacy). */
export function disembunyikan(jumlahPegawai: number): boolean {
  return jumlahPegawai < MINIMUM_KELOMPOK;
}

export function distribusi(p: JumlahPredikat): Distribusi {
  const total = totalPredikat(p);
  const bagian = kosong();
  if (total === 0) return { total, bagian, rataRata: null };
  let jumlahSkor = 0;
  for (const k of PREDIKAT) {
    bagian[k] = p[k] / total;
    jumlahSkor += p[k] * SKOR_PREDIKAT[k];
  }
  return { total, bagian, rataRata: jumlahSkor / total };
}

/** The group's counts without the rater's (never below zero). */
export function tanpa(kelompok: AgregatKelompok, penilai: AgregatKelompok): AgregatKelompok {
  const predikat = kosong();
  for (const k of PREDIKAT) predikat[k] = Math.max(0, kelompok.predikat[k] - penilai.predikat[k]);
  return { jumlahPegawai: Math.max(0, kelompok.jumlahPegawai - penilai.jumlahPegawai), predikat };
}

/** Population standard deviation of the scores of a group's evaluations; null when empty. */
export function simpanganBaku(p: JumlahPredikat): number | null {
  const d = distribusi(p);
  if (d.rataRata === null) return null;
  let v = 0;
  for (const k of PREDIKAT) v += p[k] * (SKOR_PREDIKAT[k] - d.rataRata) ** 2;
  return Math.sqrt(v / d.total);
}

export function labelIndeks(nilai: number, z: number | null): LabelIndeks {
  const nyata = z === null ? nilai !== 0 : Math.abs(z) >= AMBANG_Z;
  if (nilai >= AMBANG_INDEKS && nyata) return "lunak";
  if (nilai <= -AMBANG_INDEKS && nyata) return "ketat";
  return "wajar";
}

/**
 * The leniency index of a rater against a comparison group that contains the rater's evaluations
 * (they are taken out first). Null when the rater or the rest of the group is under the minimum or has
 * no set evaluation.
 */
export function indeksKelonggaran(penilai: AgregatKelompok, kelompok: AgregatKelompok): Indeks | null {
  if (disembunyikan(penilai.jumlahPegawai)) return null;
  const lain = tanpa(kelompok, penilai);
  if (disembunyikan(lain.jumlahPegawai)) return null;
  const a = distribusi(penilai.predikat).rataRata;
  const b = distribusi(lain.predikat).rataRata;
  if (a === null || b === null) return null;
  const selisih = a - b;
  const sd = simpanganBaku(lain.predikat)!;
  const z = sd === 0 ? null : selisih / (sd / Math.sqrt(penilai.jumlahPegawai));
  return { nilai: bulat(selisih), z: z === null ? null : bulat(z), label: labelIndeks(bulat(selisih), z) };
}

/** Everything shown of one rater; null when the rater's group is under the minimum (nothing of it leaves). */
export function analisisPenilai(
  penilai: AgregatPenilai,
  pembanding: { unit: AgregatKelompok | null; instansi: AgregatKelompok },
): HasilPenilai | null {
  if (disembunyikan(penilai.jumlahPegawai)) return null;
  const { saran, keberatan: kb, ketepatan: kt } = penilai;
  const berbeda = saran.lebihTinggi + saran.lebihRendah;
  return {
    jumlahPegawai: penilai.jumlahPegawai,
    distribusi: distribusi(penilai.predikat),
    indeksUnit: pembanding.unit ? indeksKelonggaran(penilai, pembanding.unit) : null,
    indeksInstansi: indeksKelonggaran(penilai, pembanding.instansi),
    saran: { ...saran, berbeda, bagian: saran.dengan === 0 ? null : berbeda / saran.dengan },
    keberatan: { ...kb, tingkat: kb.diserahkan === 0 ? null : kb.diajukan / kb.diserahkan },
    ketepatan: {
      ...kt,
      bagian: kt.jatuhTempo === 0 ? null : kt.terlambat / kt.jatuhTempo,
      rataRataHari: kt.terlambat === 0 ? null : bulat(kt.hariTerlambat / kt.terlambat, 1),
    },
  };
}

/** A comparison group as shown: null when under the minimum. */
export function hasilKelompok(kelompok: AgregatKelompok): HasilKelompok | null {
  if (disembunyikan(kelompok.jumlahPegawai)) return null;
  return { jumlahPegawai: kelompok.jumlahPegawai, distribusi: distribusi(kelompok.predikat) };
}
