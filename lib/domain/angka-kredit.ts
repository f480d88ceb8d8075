import type { Jenjang, Predikat } from "./constants";
import { PERMENPANRB_6_2022, type RuleSet } from "./rule-set";

/**
 * Angka kredit of a functional position (PermenPANRB 1/2023, PerBKN 3/2023):
 *   bulan / 12 × persentase(predikat) / 100 × koefisien tahunan(jenjang),
 * rounded half up to two decimals. Computed in integer hundredths so no float artefact can flip a
 * rounding (e.g. Ahli Pertama, Baik, 2 months → 2.0833… → 2.08).
 */
export function angkaKredit(
  input: { predikat: Predikat; jenjang: Jenjang; bulan: number },
  ruleSet: RuleSet = PERMENPANRB_6_2022,
): number {
  const { predikat, jenjang, bulan } = input;
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12)
    throw new RangeError(`bulan harus bilangan bulat 1–12, bukan ${String(bulan)}`);
  const persen = ruleSet.persentaseAngkaKredit[predikat];
  const koefisien100 = Math.round(ruleSet.koefisienTahunan[jenjang] * 100);
  // value in hundredths = bulan × persen × koefisien100 / (12 × 100); round half up with integers
  const numerator = bulan * persen * koefisien100;
  const denominator = 1200;
  const hundredths = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return hundredths / 100;
}
