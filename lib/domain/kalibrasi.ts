/**
 * Pure helpers of the calibration page (spec §5): the curve's rules in words, the order employees are
 * listed in, and whether a unit's distribution changed since its finalisation.
 */
import { LABEL_PREDIKAT, PREDIKAT, type Predikat, type PredikatOrganisasi } from "./constants";
import { kodeKurvaRule, type KurvaRule, type RuleSet } from "./rule-set";

const nama = (p: readonly Predikat[], sambung: string) => p.map((x) => LABEL_PREDIKAT[x]).join(sambung);

/** One curve rule in Indonesian words, e.g. "Sangat Baik paling banyak 70%". */
export function teksKurvaRule(rule: KurvaRule): string {
  switch (rule.kind) {
    case "MAX":
      return `${nama(rule.predikat, " + ")} paling banyak ${rule.persen}%`;
    case "MIN":
      return `${nama(rule.predikat, " + ")} paling sedikit ${rule.persen}%`;
    case "MIN_SATU":
      return `Paling sedikit 1 pegawai ${nama(rule.predikat, " atau ")}`;
    case "TIDAK_ADA":
      return `Tidak ada pegawai ${nama(rule.predikat, " atau ")}`;
  }
}

/** The rules of the curve for an organisation rating, with their stable codes, in the rule set's order. */
export function aturanKurvaTeks(organisasi: PredikatOrganisasi, ruleSet: RuleSet): Array<{ kode: string; teks: string }> {
  return ruleSet.kurva[organisasi].map((r) => ({ kode: kodeKurvaRule(organisasi, r), teks: teksKurvaRule(r) }));
}

/** Counts per predikat, every predikat present (0 when nobody has it). */
export function hitungPredikat(list: Iterable<Predikat>): Record<Predikat, number> {
  const out = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of list) out[p] += 1;
  return out;
}

// one collator: localeCompare with a locale builds a new one on every call (slow over hundreds of rows)
const urutanNama = new Intl.Collator("id");

/** Listing order: predikat from Sangat Baik to Sangat Kurang, then name (Indonesian collation). */
export function bandingkanBaris(a: { predikat: Predikat; nama: string }, b: { predikat: Predikat; nama: string }): number {
  return PREDIKAT.indexOf(a.predikat) - PREDIKAT.indexOf(b.predikat) || urutanNama.compare(a.nama, b.nama);
}

/** Whether the counts now differ from those recorded (a missing predikat in either counts as 0). */
export function jumlahBerbeda(sekarang: Partial<Record<Predikat, number>>, tercatat: Partial<Record<Predikat, number>>): boolean {
  return PREDIKAT.some((p) => (sekarang[p] ?? 0) !== (tercatat[p] ?? 0));
}
