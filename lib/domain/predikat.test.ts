import { describe, expect, it } from "vitest";
import type { Predikat, Rating } from "./constants";
import { predikatKinerja } from "./predikat";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";

// [hasil kerja, perilaku, predikat] — the spec's matrix, all 9 cells
const CELLS: [Rating, Rating, Predikat][] = [
  ["DI_ATAS", "DI_BAWAH", "KURANG"],
  ["DI_ATAS", "SESUAI", "BAIK"],
  ["DI_ATAS", "DI_ATAS", "SANGAT_BAIK"],
  ["SESUAI", "DI_BAWAH", "KURANG"],
  ["SESUAI", "SESUAI", "BAIK"],
  ["SESUAI", "DI_ATAS", "BAIK"],
  ["DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG"],
  ["DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN"],
  ["DI_BAWAH", "DI_ATAS", "BUTUH_PERBAIKAN"],
];

describe("predikatKinerja", () => {
  it.each(CELLS)("hasil %s, perilaku %s → %s", (hasil, perilaku, expected) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(expected);
    expect(predikatKinerja(hasil, perilaku, PERMENPANRB_6_2022)).toBe(expected);
  });
  it("follows the rule set given", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, { predikatMatrix: { SESUAI: { DI_ATAS: "SANGAT_BAIK" } } });
    expect(predikatKinerja("SESUAI", "DI_ATAS", rs)).toBe("SANGAT_BAIK");
    expect(predikatKinerja("SESUAI", "DI_ATAS")).toBe("BAIK");
  });
});
