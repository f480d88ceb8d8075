import { describe, expect, it } from "vitest";
import { angkaKredit } from "./angka-kredit";
import { JENJANG, PREDIKAT, type Jenjang, type Predikat } from "./constants";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";

// Full year: persen × koefisien, rounded half up to two decimals (columns in PREDIKAT order:
// Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%).
const TAHUNAN: Record<Jenjang, [number, number, number, number, number]> = {
  PEMULA: [5.63, 3.75, 2.81, 1.88, 0.94], // 5.625, 2.8125, 1.875, 0.9375
  TERAMPIL: [7.5, 5, 3.75, 2.5, 1.25],
  MAHIR: [18.75, 12.5, 9.38, 6.25, 3.13], // 9.375, 3.125
  PENYELIA: [37.5, 25, 18.75, 12.5, 6.25],
  AHLI_PERTAMA: [18.75, 12.5, 9.38, 6.25, 3.13],
  AHLI_MUDA: [37.5, 25, 18.75, 12.5, 6.25],
  AHLI_MADYA: [56.25, 37.5, 28.13, 18.75, 9.38], // 28.125, 9.375
  AHLI_UTAMA: [75, 50, 37.5, 25, 12.5],
};

describe("angkaKredit", () => {
  it("matches the spec examples", () => {
    expect(angkaKredit({ jenjang: "AHLI_PERTAMA", predikat: "SANGAT_BAIK", bulan: 12 })).toBe(18.75);
    expect(angkaKredit({ jenjang: "AHLI_PERTAMA", predikat: "BAIK", bulan: 2 })).toBe(2.08);
  });

  const fullYear = JENJANG.flatMap((j) => PREDIKAT.map((p, i) => [j, p, TAHUNAN[j][i]] as const));
  it.each(fullYear)("%s, %s, 12 months → %d", (jenjang, predikat, expected) => {
    expect(angkaKredit({ jenjang, predikat, bulan: 12 })).toBe(expected);
  });

  it.each<[Jenjang, Predikat, number, number]>([
    ["AHLI_PERTAMA", "SANGAT_BAIK", 6, 9.38], // 9.375
    ["AHLI_PERTAMA", "SANGAT_KURANG", 2, 0.52], // 0.5208
    ["PEMULA", "SANGAT_KURANG", 1, 0.08], // 0.078125
    ["PEMULA", "BAIK", 1, 0.31], // 0.3125
    ["TERAMPIL", "SANGAT_KURANG", 1, 0.1], // 0.10416
    ["TERAMPIL", "BAIK", 11, 4.58], // 4.5833
    ["MAHIR", "KURANG", 3, 1.56], // 1.5625
    ["AHLI_MUDA", "KURANG", 5, 5.21], // 5.2083
    ["AHLI_MADYA", "BUTUH_PERBAIKAN", 7, 16.41], // 16.40625
    ["AHLI_MADYA", "SANGAT_BAIK", 4, 18.75],
    ["AHLI_UTAMA", "SANGAT_BAIK", 1, 6.25],
    ["PENYELIA", "BUTUH_PERBAIKAN", 9, 14.06], // 14.0625
  ])("%s, %s, %i months → %d", (jenjang, predikat, bulan, expected) => {
    expect(angkaKredit({ jenjang, predikat, bulan })).toBe(expected);
  });

  it("rejects months outside 1..12 or fractional", () => {
    for (const bulan of [0, 13, -1, 1.5, Number.NaN])
      expect(() => angkaKredit({ jenjang: "MAHIR", predikat: "BAIK", bulan })).toThrow(RangeError);
  });

  it("uses the rule set's table", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, { koefisienTahunan: { AHLI_PERTAMA: 10.05 }, persentaseAngkaKredit: { BAIK: 110 } });
    expect(angkaKredit({ jenjang: "AHLI_PERTAMA", predikat: "BAIK", bulan: 12 }, rs)).toBe(11.06); // 11.055
    expect(angkaKredit({ jenjang: "AHLI_PERTAMA", predikat: "SANGAT_BAIK", bulan: 12 }, rs)).toBe(15.08); // 15.075
  });
});
