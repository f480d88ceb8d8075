import { describe, expect, it } from "vitest";
import { PREDIKAT_ORGANISASI, type Predikat, type PredikatOrganisasi } from "./constants";
import { checkKurva } from "./kurva";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";

const PERMENPANRB_60 = mergeRuleSet(PERMENPANRB_6_2022, {
  kurva: { ISTIMEWA: [{ kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 60 }] },
});

type Counts = Partial<Record<Predikat, number>>;
/** Codes of the breaches, suffixed with '?' when advisory. */
const breaches = (org: PredikatOrganisasi, counts: Counts) =>
  checkKurva(org, counts).breaches.map((b) => b.rule + (b.advisory ? "?" : ""));
const ok = (org: PredikatOrganisasi, counts: Counts) => checkKurva(org, counts).ok;

describe("checkKurva — Istimewa: Sangat Baik at most 70%", () => {
  it("exactly 70% is allowed, 80% is not", () => {
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 7, BAIK: 3 })).toEqual({ total: 10, ok: true, kecil: false, breaches: [] });
    const r = checkKurva("ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 });
    expect(r.ok).toBe(false);
    expect(r.breaches).toEqual([
      {
        rule: "ISTIMEWA_MAX_SANGAT_BAIK_70",
        kind: "MAX",
        predikat: ["SANGAT_BAIK"],
        persen: 70,
        count: 8,
        total: 10,
        actualPersen: 80,
        batas: 7,
        advisory: false,
        message: "Sangat Baik 8 dari 10 pegawai (80%), batas paling banyak 70% (7 pegawai)",
      },
    ]);
  });
  it("floors the allowed headcount", () => {
    expect(ok("ISTIMEWA", { SANGAT_BAIK: 3, BAIK: 2 })).toBe(true); // 60%
    const r = checkKurva("ISTIMEWA", { SANGAT_BAIK: 4, BAIK: 1 }); // 80%, 70% of 5 = 3.5 → 3
    expect(r.breaches[0]).toMatchObject({ batas: 3, actualPersen: 80, advisory: false });
    expect(ok("ISTIMEWA", { SANGAT_BAIK: 14, BAIK: 6 })).toBe(true); // 70% of 20
    expect(ok("ISTIMEWA", { SANGAT_BAIK: 15, BAIK: 5 })).toBe(false);
    expect(ok("ISTIMEWA", { SANGAT_BAIK: 4, BAIK: 3 })).toBe(true); // 57.1% of 7
    expect(ok("ISTIMEWA", { SANGAT_BAIK: 5, BAIK: 2 })).toBe(false); // 71.4% of 7
  });
  it("ignores other predikat", () => {
    expect(ok("ISTIMEWA", { SANGAT_KURANG: 10 })).toBe(true);
  });
});

describe("checkKurva — Baik: Baik at most 70%; at least one Butuh Perbaikan or Kurang", () => {
  it("passes at the edge", () => {
    expect(breaches("BAIK", { BAIK: 7, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(breaches("BAIK", { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 })).toEqual([]);
  });
  it("breaches Baik over 70%", () => {
    expect(breaches("BAIK", { BAIK: 8, SANGAT_BAIK: 1, KURANG: 1 })).toEqual(["BAIK_MAX_BAIK_70"]);
  });
  it("breaches when nobody is Butuh Perbaikan or Kurang (Sangat Kurang does not count)", () => {
    const r = checkKurva("BAIK", { BAIK: 7, SANGAT_BAIK: 2, SANGAT_KURANG: 1 });
    expect(r.ok).toBe(false);
    expect(r.breaches).toEqual([
      {
        rule: "BAIK_MIN_SATU_BUTUH_PERBAIKAN_KURANG",
        kind: "MIN_SATU",
        predikat: ["BUTUH_PERBAIKAN", "KURANG"],
        persen: null,
        count: 0,
        total: 10,
        actualPersen: 0,
        batas: 1,
        advisory: false,
        message: "Butuh Perbaikan atau Kurang/Misconduct 0 dari 10 pegawai (0%), harus ada paling sedikit 1 pegawai",
      },
    ]);
  });
  it("reports both breaches", () => {
    expect(breaches("BAIK", { BAIK: 10 })).toEqual(["BAIK_MAX_BAIK_70", "BAIK_MIN_SATU_BUTUH_PERBAIKAN_KURANG"]);
  });
});

describe("checkKurva — Butuh Perbaikan: Butuh Perbaikan at least 60%; Sangat Baik at most 10%", () => {
  it("exactly 60% and exactly 10% pass", () => {
    expect(breaches("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 })).toEqual([]);
    expect(breaches("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 3, BAIK: 2 })).toEqual([]); // 60% of 5
  });
  it("below 60% breaches with the ceiling headcount", () => {
    const r = checkKurva("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 5, BAIK: 5 });
    expect(r.breaches).toHaveLength(1);
    expect(r.breaches[0]).toMatchObject({
      rule: "BUTUH_PERBAIKAN_MIN_BUTUH_PERBAIKAN_60",
      kind: "MIN",
      batas: 6,
      actualPersen: 50,
      message: "Butuh Perbaikan 5 dari 10 pegawai (50%), batas paling sedikit 60% (6 pegawai)",
    });
    // 60% of 7 = 4.2 → 5 required
    expect(breaches("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 5, BAIK: 2 })).toEqual([]);
    const r7 = checkKurva("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 4, BAIK: 3 });
    expect(r7.breaches[0]).toMatchObject({ batas: 5, actualPersen: 57.1 });
    expect(r7.breaches[0]?.message).toContain("(57,1%)");
  });
  it("Sangat Baik over 10% breaches", () => {
    expect(breaches("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 2, BAIK: 2 })).toEqual([
      "BUTUH_PERBAIKAN_MAX_SANGAT_BAIK_10",
    ]);
    // 10% of 7 = 0.7 → nobody may be Sangat Baik
    const r = checkKurva("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1 });
    expect(r.breaches[0]).toMatchObject({ rule: "BUTUH_PERBAIKAN_MAX_SANGAT_BAIK_10", batas: 0, actualPersen: 14.3 });
  });
});

describe("checkKurva — Kurang: Kurang at least 60%; Butuh Perbaikan at least 10%; Sangat Baik at most 10%", () => {
  it("passes at every edge", () => {
    expect(breaches("KURANG", { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 })).toEqual([]);
    expect(breaches("KURANG", { KURANG: 12, BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 2, BAIK: 4 })).toEqual([]);
  });
  it("breaches each rule on the other side of its edge", () => {
    expect(breaches("KURANG", { KURANG: 5, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 3 })).toEqual([
      "KURANG_MIN_KURANG_60",
    ]);
    expect(breaches("KURANG", { KURANG: 7, SANGAT_BAIK: 1, BAIK: 2 })).toEqual(["KURANG_MIN_BUTUH_PERBAIKAN_10"]);
    expect(breaches("KURANG", { KURANG: 12, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2, BAIK: 5 })).toEqual([
      "KURANG_MIN_BUTUH_PERBAIKAN_10",
    ]);
    expect(breaches("KURANG", { KURANG: 12, BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 3, BAIK: 3 })).toEqual([
      "KURANG_MAX_SANGAT_BAIK_10",
    ]);
    expect(breaches("KURANG", { SANGAT_BAIK: 10 })).toEqual([
      "KURANG_MIN_KURANG_60",
      "KURANG_MIN_BUTUH_PERBAIKAN_10",
      "KURANG_MAX_SANGAT_BAIK_10",
    ]);
  });
  it("Butuh Perbaikan at least 10% rounds up (10% of 11 → 2)", () => {
    const r = checkKurva("KURANG", { KURANG: 9, BUTUH_PERBAIKAN: 1, BAIK: 1 });
    expect(r.breaches.map((b) => [b.rule, b.batas])).toEqual([["KURANG_MIN_BUTUH_PERBAIKAN_10", 2]]);
  });
});

describe("checkKurva — Sangat Kurang: Sangat Kurang at least 60%; Kurang + Butuh Perbaikan at least 10%; no Sangat Baik", () => {
  it("passes at the edge", () => {
    expect(breaches("SANGAT_KURANG", { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
    expect(breaches("SANGAT_KURANG", { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).toEqual([]);
  });
  it("breaches each rule", () => {
    expect(breaches("SANGAT_KURANG", { SANGAT_KURANG: 5, KURANG: 1, BAIK: 4 })).toEqual([
      "SANGAT_KURANG_MIN_SANGAT_KURANG_60",
    ]);
    const r = checkKurva("SANGAT_KURANG", { SANGAT_KURANG: 6, BAIK: 4 });
    expect(r.breaches).toHaveLength(1);
    expect(r.breaches[0]).toMatchObject({
      rule: "SANGAT_KURANG_MIN_KURANG_BUTUH_PERBAIKAN_10",
      predikat: ["KURANG", "BUTUH_PERBAIKAN"],
      batas: 1,
      message: "Kurang/Misconduct + Butuh Perbaikan 0 dari 10 pegawai (0%), batas paling sedikit 10% (1 pegawai)",
    });
    const sb = checkKurva("SANGAT_KURANG", { SANGAT_KURANG: 6, KURANG: 1, SANGAT_BAIK: 1, BAIK: 2 });
    expect(sb.ok).toBe(false);
    expect(sb.breaches).toEqual([
      {
        rule: "SANGAT_KURANG_TIDAK_ADA_SANGAT_BAIK",
        kind: "TIDAK_ADA",
        predikat: ["SANGAT_BAIK"],
        persen: null,
        count: 1,
        total: 10,
        actualPersen: 10,
        batas: 0,
        advisory: false,
        message: "Sangat Baik 1 dari 10 pegawai (10%), tidak boleh ada pegawai dengan predikat ini",
      },
    ]);
  });
});

describe("checkKurva — small units", () => {
  it.each([1, 2, 3, 4, 5])("Istimewa, unit of %i all Sangat Baik", (n) => {
    const r = checkKurva("ISTIMEWA", { SANGAT_BAIK: n });
    expect(r.kecil).toBe(n < 5);
    expect(r.ok).toBe(n < 5);
    expect(r.breaches).toHaveLength(1);
    expect(r.breaches[0]?.advisory).toBe(n < 5);
  });
  it.each([1, 2, 3, 4, 5])("Baik, unit of %i all Baik: both rules advisory below 5", (n) => {
    const r = checkKurva("BAIK", { BAIK: n });
    expect(r.ok).toBe(n < 5);
    expect(r.breaches.map((b) => b.advisory)).toEqual([n < 5, n < 5]);
  });
  it.each([1, 2, 3, 4, 5])("Sangat Kurang, unit of %i with one Sangat Baik: always binding", (n) => {
    const r = checkKurva("SANGAT_KURANG", { SANGAT_BAIK: 1, SANGAT_KURANG: n - 1 });
    expect(r.ok).toBe(false);
    const tidakAda = r.breaches.find((b) => b.kind === "TIDAK_ADA");
    expect(tidakAda?.advisory).toBe(false);
    expect(r.breaches.filter((b) => b.kind !== "TIDAK_ADA").every((b) => b.advisory === n < 5)).toBe(true);
  });
  it("advisory message mentions the minimum", () => {
    const r = checkKurva("BUTUH_PERBAIKAN", { BAIK: 1 });
    expect(r).toMatchObject({ total: 1, ok: true, kecil: true });
    expect(r.breaches[0]?.message).toBe(
      "Butuh Perbaikan 0 dari 1 pegawai (0%), batas paling sedikit 60% (1 pegawai) (sebagai saran: unit kurang dari 5 pegawai yang dinilai)",
    );
  });
  it("a small unit that meets the curve has no breaches", () => {
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 2, BAIK: 1 })).toEqual({
      total: 3, ok: true, kecil: true, breaches: [],
    });
  });
  it("rounds the displayed share to one decimal", () => {
    const r = checkKurva("ISTIMEWA", { SANGAT_BAIK: 3 });
    expect(r.breaches[0]?.actualPersen).toBe(100);
    expect(checkKurva("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 1, BAIK: 2 }).breaches[0]?.actualPersen).toBe(33.3);
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 2, BAIK: 1 }, PERMENPANRB_60).breaches[0]?.actualPersen).toBe(66.7);
  });
  it("follows the rule set's minimum", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, { kurvaMinimumPegawai: 0 });
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 1 }, rs)).toMatchObject({ ok: false, kecil: false });
    const rs10 = mergeRuleSet(PERMENPANRB_6_2022, { kurvaMinimumPegawai: 10 });
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 9 }, rs10)).toMatchObject({ ok: true, kecil: true });
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: 10 }, rs10)).toMatchObject({ ok: false, kecil: false });
  });
});

describe("checkKurva — input", () => {
  it.each(PREDIKAT_ORGANISASI)("total 0 under %s passes with no breaches", (org) => {
    expect(checkKurva(org, {})).toEqual({ total: 0, ok: true, kecil: true, breaches: [] });
    expect(checkKurva(org, { BAIK: 0, SANGAT_BAIK: 0 })).toMatchObject({ total: 0, ok: true, breaches: [] });
  });
  it("rejects negative, fractional, non-numeric counts and unknown predikat", () => {
    expect(() => checkKurva("BAIK", { BAIK: -1 })).toThrow(RangeError);
    expect(() => checkKurva("BAIK", { BAIK: 1.5 })).toThrow(RangeError);
    expect(() => checkKurva("BAIK", { BAIK: Number.NaN })).toThrow(RangeError);
    expect(() => checkKurva("BAIK", { BAIK: "3" as unknown as number })).toThrow(RangeError);
    expect(() => checkKurva("BAIK", { HEBAT: 1 } as Counts)).toThrow(/HEBAT/);
  });
  it("accepts undefined entries", () => {
    expect(checkKurva("ISTIMEWA", { SANGAT_BAIK: undefined, BAIK: 5 }).ok).toBe(true);
  });
});
