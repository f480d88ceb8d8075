/**
 * Career development (spec §7) as pure rules: which proposals an annual predikat calls for under the
 * rule set, the readable evidence summary kept with a proposal, the review date of a development plan,
 * the progress of training hours toward the yearly target, and where a pegawai sits in the talent grid.
 */
import { LABEL_PREDIKAT, PREDIKAT, type Predikat, type Rating } from "./constants";
import { PERMENPANRB_6_2022, type JenisUsulan, type RuleSet } from "./rule-set";
import { daysInMonth, formatIsoDate, isIsoDate } from "./tanggal";

export interface SaranPengembangan {
  usulan: JenisUsulan;
  /** Months until a development plan is reviewed (plans only). */
  tinjauBulan: number | null;
}

/** The proposal kinds an annual predikat calls for, in the rule set's order, each kind once. */
export function saranPengembangan(predikat: Predikat, ruleSet: RuleSet = PERMENPANRB_6_2022): SaranPengembangan[] {
  const out: SaranPengembangan[] = [];
  for (const a of ruleSet.pengembangan.aturan) {
    if (!a.predikat.includes(predikat) || out.some((s) => s.usulan === a.usulan)) continue;
    out.push({ usulan: a.usulan, tinjauBulan: a.usulan === "RENCANA_PENGEMBANGAN" ? a.tinjauBulan : null });
  }
  return out;
}

/** Is this kind of proposal allowed for this predikat? */
export function usulanDibolehkan(predikat: Predikat, usulan: JenisUsulan, ruleSet: RuleSet = PERMENPANRB_6_2022): boolean {
  return saranPengembangan(predikat, ruleSet).some((s) => s.usulan === usulan);
}

/** `tanggal` plus whole months, the day clamped to the month's end (2026-08-31 + 6 → 2027-02-28). */
export function tambahBulan(tanggal: string, bulan: number): string {
  if (!isIsoDate(tanggal)) throw new RangeError(`Bukan tanggal ISO: ${tanggal}`);
  const [y, m, d] = tanggal.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + bulan;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return formatIsoDate(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export interface RiwayatPredikat {
  tahun: number;
  predikat: Predikat;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
}

const LABEL_RATING: Readonly<Record<Rating, string>> = { DI_ATAS: "Di Atas Ekspektasi", SESUAI: "Sesuai Ekspektasi", DI_BAWAH: "Di Bawah Ekspektasi" };

/**
 * The readable evidence kept with a proposal: the predikat of the last years (newest first) with
 * their ratings, then the PPK's notes and feedback (blank ones left out, each once).
 */
export function ringkasBukti(riwayat: readonly RiwayatPredikat[], catatan: readonly string[] = []): string {
  const baris = [...riwayat]
    .sort((a, b) => b.tahun - a.tahun)
    .map((r) => {
      const rating = r.ratingHasil && r.ratingPerilaku
        ? ` (hasil kerja ${LABEL_RATING[r.ratingHasil]}, perilaku kerja ${LABEL_RATING[r.ratingPerilaku]})`
        : "";
      return `Predikat kinerja tahunan ${r.tahun}: ${LABEL_PREDIKAT[r.predikat]}${rating}.`;
    });
  if (baris.length === 0) baris.push("Belum ada predikat kinerja tahunan.");
  const unik = [...new Set(catatan.map((c) => c.trim()).filter((c) => c !== ""))];
  if (unik.length) baris.push(`Catatan dan umpan balik PPK: ${unik.map((c) => (/[.!?]$/.test(c) ? c : `${c}.`)).join(" ")}`);
  return baris.join("\n");
}

export interface KemajuanJam {
  total: number;
  target: number;
  /** 0–100, rounded down; 100 when the target is 0. */
  persen: number;
  sisa: number;
  tercapai: boolean;
}

/** Training hours of a year against the target; hours carry one decimal, summed without float drift. */
export function kemajuanJam(jam: readonly number[], target: number): KemajuanJam {
  const total = jam.reduce((s, j) => s + Math.round(j * 10), 0) / 10;
  const sisa = Math.max(0, Math.round((target - total) * 10) / 10);
  const persen = target <= 0 ? 100 : Math.min(100, Math.floor((total / target) * 100));
  return { total, target, persen, sisa, tercapai: total >= target };
}

/** Row of the talent grid: the latest predikat, grouped. */
export const BARIS_TALENTA = ["TINGGI", "SEDANG", "RENDAH"] as const;
export type BarisTalenta = (typeof BARIS_TALENTA)[number];
/** Column of the talent grid: the trend against the year before (STABIL also when there is none). */
export const KOLOM_TALENTA = ["TURUN", "STABIL", "NAIK"] as const;
export type KolomTalenta = (typeof KOLOM_TALENTA)[number];

/** Sangat Baik is high, Baik middle, Butuh Perbaikan and worse low. */
export function barisTalenta(predikat: Predikat): BarisTalenta {
  return predikat === "SANGAT_BAIK" ? "TINGGI" : predikat === "BAIK" ? "SEDANG" : "RENDAH";
}

/** Better (NAIK) or worse (TURUN) than the previous year's predikat; STABIL when equal or unknown. */
export function trenPredikat(terbaru: Predikat, sebelumnya: Predikat | null): KolomTalenta {
  if (!sebelumnya) return "STABIL";
  const d = PREDIKAT.indexOf(sebelumnya) - PREDIKAT.indexOf(terbaru);
  return d > 0 ? "NAIK" : d < 0 ? "TURUN" : "STABIL";
}

/** The cell of a pegawai with this predikat history (any order); null without any predikat. */
export function selTalenta(riwayat: readonly Pick<RiwayatPredikat, "tahun" | "predikat">[]): { baris: BarisTalenta; kolom: KolomTalenta } | null {
  const urut = [...riwayat].sort((a, b) => b.tahun - a.tahun);
  const [terbaru, sebelumnya] = urut;
  if (!terbaru) return null;
  return { baris: barisTalenta(terbaru.predikat), kolom: trenPredikat(terbaru.predikat, sebelumnya?.predikat ?? null) };
}
