import type { Predikat, Rating } from "./constants";
import { PERMENPANRB_6_2022, type RuleSet } from "./rule-set";

/**
 * Predikat kinerja pegawai from the two ratings (PermenPANRB 6/2022):
 *
 * | Hasil kerja \ Perilaku | Di Bawah          | Sesuai          | Di Atas         |
 * |------------------------|-------------------|-----------------|-----------------|
 * | Di Atas                | Kurang/Misconduct | Baik            | Sangat Baik     |
 * | Sesuai                 | Kurang/Misconduct | Baik            | Baik            |
 * | Di Bawah               | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
 */
export function predikatKinerja(hasil: Rating, perilaku: Rating, ruleSet: RuleSet = PERMENPANRB_6_2022): Predikat {
  return ruleSet.predikatMatrix[hasil][perilaku];
}
