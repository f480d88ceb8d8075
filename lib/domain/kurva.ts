/**
 * Kurva distribusi (SE MenPANRB 3/2023): the organisation rating bounds the share of each employee
 * predikat among the unit's rated employees.
 *
 * Rounding policy
 * - Shares are compared with integer arithmetic, never floating point:
 *   "at most p %" holds when 100 × count ≤ p × total; "at least p %" holds when 100 × count ≥ p × total.
 *   So exactly 70 % Sangat Baik under Istimewa is allowed, and exactly 60 % satisfies "at least 60 %".
 * - Expressed as headcounts: "at most p %" allows floor(p × total / 100) employees, "at least p %"
 *   requires ceil(p × total / 100) employees (e.g. 10 % of 7 people requires 1, allows 0).
 * - The percentage shown in messages is rounded to one decimal for display only.
 *
 * Small units
 * - A unit with fewer rated employees than `kurvaMinimumPegawai` (default 5, i.e. 1–4 people) is
 *   "kecil": the percentage rules and the "at least one" rule are still checked and reported, but only
 *   as advice (advisory: true) and do not make the check fail.
 * - The absolute rule "no Sangat Baik" (organisation Sangat Kurang) stays binding at any size.
 * - A unit with nobody rated (total 0) passes with no breaches.
 */
import { LABEL_PREDIKAT, PREDIKAT, type Predikat, type PredikatOrganisasi } from "./constants";
import { kodeKurvaRule, PERMENPANRB_6_2022, type KurvaRuleKind, type RuleSet } from "./rule-set";

export type Breach = {
  /** Stable code of the rule, e.g. 'BAIK_MAX_BAIK_70'. */
  rule: string;
  kind: KurvaRuleKind;
  predikat: Predikat[];
  /** The limit in percent; null for the headcount rules MIN_SATU and TIDAK_ADA. */
  persen: number | null;
  count: number;
  total: number;
  /** count / total in percent, rounded to one decimal (display only). */
  actualPersen: number;
  /** MAX/TIDAK_ADA: allowed maximum headcount; MIN/MIN_SATU: required minimum headcount. */
  batas: number;
  /** True when the unit is too small for this rule to bind. */
  advisory: boolean;
  message: string;
};

export type KurvaResult = { total: number; ok: boolean; kecil: boolean; breaches: Breach[] };

const fmtPersen = (n: number) => String(n).replace(".", ",");

export function checkKurva(
  predikatOrganisasi: PredikatOrganisasi,
  counts: Partial<Record<Predikat, number>>,
  ruleSet: RuleSet = PERMENPANRB_6_2022,
): KurvaResult {
  for (const [k, v] of Object.entries(counts)) {
    if (!(PREDIKAT as readonly string[]).includes(k)) throw new RangeError(`Predikat tidak dikenal: ${k}`);
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0))
      throw new RangeError(`Jumlah pegawai untuk ${k} harus bilangan bulat >= 0, bukan ${String(v)}`);
  }
  const total = PREDIKAT.reduce((s, p) => s + (counts[p] ?? 0), 0);
  const kecil = total < ruleSet.kurvaMinimumPegawai;
  if (total === 0) return { total, ok: true, kecil, breaches: [] };

  const breaches: Breach[] = [];
  for (const rule of ruleSet.kurva[predikatOrganisasi]) {
    const count = rule.predikat.reduce((s, p) => s + (counts[p] ?? 0), 0);
    const persen = rule.kind === "MAX" || rule.kind === "MIN" ? rule.persen : null;
    let batas: number;
    let breached: boolean;
    let syarat: string;
    switch (rule.kind) {
      case "MAX":
        breached = 100 * count > rule.persen * total;
        batas = Math.floor((rule.persen * total) / 100);
        syarat = `batas paling banyak ${rule.persen}% (${batas} pegawai)`;
        break;
      case "MIN":
        breached = 100 * count < rule.persen * total;
        batas = Math.ceil((rule.persen * total) / 100);
        syarat = `batas paling sedikit ${rule.persen}% (${batas} pegawai)`;
        break;
      case "MIN_SATU":
        breached = count < 1;
        batas = 1;
        syarat = "harus ada paling sedikit 1 pegawai";
        break;
      case "TIDAK_ADA":
        breached = count > 0;
        batas = 0;
        syarat = "tidak boleh ada pegawai dengan predikat ini";
        break;
    }
    if (!breached) continue;
    const advisory = kecil && rule.kind !== "TIDAK_ADA";
    const actualPersen = Math.round((count * 1000) / total) / 10;
    const nama = rule.predikat.map((p) => LABEL_PREDIKAT[p]).join(rule.kind === "MIN_SATU" ? " atau " : " + ");
    const saran = advisory
      ? ` (sebagai saran: unit kurang dari ${ruleSet.kurvaMinimumPegawai} pegawai yang dinilai)`
      : "";
    breaches.push({
      rule: kodeKurvaRule(predikatOrganisasi, rule),
      kind: rule.kind,
      predikat: [...rule.predikat],
      persen,
      count,
      total,
      actualPersen,
      batas,
      advisory,
      message: `${nama} ${count} dari ${total} pegawai (${fmtPersen(actualPersen)}%), ${syarat}${saran}`,
    });
  }
  return { total, ok: breaches.every((b) => b.advisory), kecil, breaches };
}
