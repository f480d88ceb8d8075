/**
 * Deadlines.
 *
 * Keberatan (PP 30/2019; configurable in the rule set): the employee may object within N days of
 * receiving the annual predikat. The day of receipt is not counted; the deadline is the N-th day
 * after it, inclusive.
 * - KALENDER: every day counts (received 2024-01-10, 14 days → last day 2024-01-24).
 * - KERJA: only working days count: Saturdays, Sundays and the dates in `hariLibur` are skipped.
 *
 * Penetapan SKP (spec §2, default): the SKP is set within one month of the start of the period or of
 * a new assignment. "One month" from a start date means up to the day before the same day of the next
 * month, capped at the end of that month: 1 January → 31 January (the period default),
 * 15 March → 14 April, 31 January → 28/29 February. Pass the later of the period start and the
 * assignment start.
 */
import type { RuleSet } from "./rule-set";
import { addDays, assertIsoDate, dayOfWeek, daysInMonth, formatIsoDate } from "./tanggal";

export function isHariKerja(date: string, hariLibur: readonly string[] = []): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !hariLibur.includes(date);
}

/** Last day on which an objection may be filed. */
export function batasKeberatan(
  tanggalDiterima: string,
  ruleSet: Pick<RuleSet, "keberatan">,
  hariLibur: readonly string[] = [],
): string {
  assertIsoDate(tanggalDiterima, "tanggalDiterima");
  for (const h of hariLibur) assertIsoDate(h, "hariLibur");
  const { hari, jenisHari } = ruleSet.keberatan;
  if (jenisHari === "KALENDER") return addDays(tanggalDiterima, hari);
  let date = tanggalDiterima;
  for (let counted = 0; counted < hari; ) {
    date = addDays(date, 1);
    if (isHariKerja(date, hariLibur)) counted++;
  }
  return date;
}

/** True from the day of receipt through the deadline, inclusive. */
export function masihBolehKeberatan(
  tanggalDiterima: string,
  hariIni: string,
  ruleSet: Pick<RuleSet, "keberatan">,
  hariLibur: readonly string[] = [],
): boolean {
  assertIsoDate(hariIni, "hariIni");
  return tanggalDiterima <= hariIni && hariIni <= batasKeberatan(tanggalDiterima, ruleSet, hariLibur);
}

/** Last day to set the SKP: one month after `mulai` (period start or new assignment start). */
export function batasPenetapanSkp(mulai: string): string {
  assertIsoDate(mulai, "mulai");
  const [y, m, d] = mulai.split("-").map(Number) as [number, number, number];
  if (d === 1) return formatIsoDate(y, m, daysInMonth(y, m));
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return formatIsoDate(ny, nm, Math.min(d - 1, daysInMonth(ny, nm)));
}
