import { describe, expect, it } from "vitest";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";
import { batasKeberatan, batasPenetapanSkp, isHariKerja, masihBolehKeberatan } from "./tenggat";

const KALENDER = PERMENPANRB_6_2022;
const KERJA = mergeRuleSet(PERMENPANRB_6_2022, { keberatan: { jenisHari: "KERJA" } });

describe("batasKeberatan — calendar days", () => {
  it.each([
    ["2024-01-10", "2024-01-24"],
    ["2024-01-25", "2024-02-08"], // across month end
    ["2024-02-20", "2024-03-05"], // leap February
    ["2023-02-20", "2023-03-06"], // common February
    ["2024-12-25", "2025-01-08"], // across year end
  ])("received %s → last day %s", (diterima, batas) => {
    expect(batasKeberatan(diterima, KALENDER)).toBe(batas);
    expect(batasKeberatan(diterima, KALENDER, ["2024-01-15"])).toBe(batas); // holidays ignored
  });
  it("uses the configured number of days", () => {
    expect(batasKeberatan("2024-01-10", mergeRuleSet(KALENDER, { keberatan: { hari: 7 } }))).toBe("2024-01-17");
  });
});

describe("batasKeberatan — working days", () => {
  it.each([
    ["2024-01-10", [], "2024-01-30"], // Wednesday
    ["2024-01-12", [], "2024-02-01"], // Friday
    ["2024-01-13", [], "2024-02-01"], // received on a Saturday
    ["2024-01-10", ["2024-01-25"], "2024-01-31"], // one holiday
    ["2024-01-10", ["2024-01-13"], "2024-01-30"], // holiday on a Saturday changes nothing
    ["2024-01-10", ["2024-01-30", "2024-01-31"], "2024-02-01"], // holidays at the end
    ["2024-02-16", [], "2024-03-07"], // through 29 February
    ["2023-02-17", [], "2023-03-09"], // common February
    ["2024-12-20", ["2024-12-25", "2024-12-26", "2025-01-01"], "2025-01-14"], // across year end
  ] as [string, string[], string][])("received %s, holidays %j → %s", (diterima, libur, batas) => {
    expect(batasKeberatan(diterima, KERJA, libur)).toBe(batas);
  });
  it("isHariKerja", () => {
    expect(isHariKerja("2024-01-12")).toBe(true);
    expect(isHariKerja("2024-01-13")).toBe(false);
    expect(isHariKerja("2024-01-14")).toBe(false);
    expect(isHariKerja("2024-01-15", ["2024-01-15"])).toBe(false);
  });
});

describe("masihBolehKeberatan", () => {
  it("is open from receipt through the deadline", () => {
    expect(masihBolehKeberatan("2024-01-10", "2024-01-09", KALENDER)).toBe(false);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-10", KALENDER)).toBe(true);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-24", KALENDER)).toBe(true);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-25", KALENDER)).toBe(false);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-30", KERJA)).toBe(true);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-31", KERJA)).toBe(false);
    expect(masihBolehKeberatan("2024-01-10", "2024-01-31", KERJA, ["2024-01-25"])).toBe(true);
  });
  it("rejects invalid dates", () => {
    expect(() => batasKeberatan("2024-02-30", KALENDER)).toThrow(RangeError);
    expect(() => batasKeberatan("2024-02-01", KERJA, ["2024-13-01"])).toThrow(RangeError);
    expect(() => masihBolehKeberatan("2024-01-10", "10/01/2024", KALENDER)).toThrow(RangeError);
  });
});

describe("batasPenetapanSkp", () => {
  it.each([
    ["2024-01-01", "2024-01-31"], // period start → 31 January
    ["2025-01-01", "2025-01-31"],
    ["2024-03-15", "2024-04-14"],
    ["2024-02-01", "2024-02-29"],
    ["2023-02-01", "2023-02-28"],
    ["2024-01-31", "2024-02-29"],
    ["2023-01-31", "2023-02-28"],
    ["2023-01-30", "2023-02-28"],
    ["2024-01-30", "2024-02-29"],
    ["2024-02-29", "2024-03-28"],
    ["2024-03-31", "2024-04-30"],
    ["2024-12-01", "2024-12-31"],
    ["2024-12-15", "2025-01-14"],
  ])("%s → %s", (mulai, batas) => {
    expect(batasPenetapanSkp(mulai)).toBe(batas);
  });
  it("rejects invalid dates", () => {
    expect(() => batasPenetapanSkp("2024-02-30")).toThrow(RangeError);
  });
});
