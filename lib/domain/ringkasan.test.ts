import { describe, expect, it } from "vitest";
import { belumDisetujuiLewatBatas, filterDariParam, isGolongan, kunciFilter, paramRingkasan, persen, SEMUA_GOLONGAN, TANPA_FILTER } from "./ringkasan";

describe("filters in a URL", () => {
  it("keeps a known jenis jabatan and golongan, and drops anything else without an error", () => {
    expect(filterDariParam({ jenis: "FUNGSIONAL", golongan: "III/a" })).toEqual({ jenisJabatan: "FUNGSIONAL", golongan: "III/a" });
    expect(filterDariParam({ jenis: "MENTERI", golongan: "III/z" })).toEqual(TANPA_FILTER);
    expect(filterDariParam({ jenis: ["PELAKSANA", "JPT"], golongan: ["IX"] })).toEqual({ jenisJabatan: "PELAKSANA", golongan: "IX" });
    expect(filterDariParam({})).toEqual(TANPA_FILTER);
    expect(filterDariParam({ jenis: "", golongan: "" })).toEqual(TANPA_FILTER);
    // case matters: the values are codes
    expect(filterDariParam({ jenis: "fungsional", golongan: "iii/a" })).toEqual(TANPA_FILTER);
  });

  it("knows every PNS ruang and PPPK golongan, once each", () => {
    expect(SEMUA_GOLONGAN).toHaveLength(17 + 17);
    expect(new Set(SEMUA_GOLONGAN).size).toBe(SEMUA_GOLONGAN.length);
    for (const g of ["I/a", "IV/e", "I", "XVII"]) expect(isGolongan(g), g).toBe(true);
    for (const g of ["IV/f", "XVIII", "", "III/A"]) expect(isGolongan(g), g).toBe(false);
  });

  it("writes the unit and filters back as a query string that reads back the same", () => {
    const f = { jenisJabatan: "FUNGSIONAL" as const, golongan: "III/a" };
    const q = paramRingkasan("u-1", f);
    expect(q).toBe("unit=u-1&jenis=FUNGSIONAL&golongan=III%2Fa");
    const p = new URLSearchParams(q);
    expect(filterDariParam({ jenis: p.get("jenis"), golongan: p.get("golongan") })).toEqual(f);
    expect(paramRingkasan("u-1", TANPA_FILTER)).toBe("unit=u-1");
    expect(paramRingkasan(null, TANPA_FILTER)).toBe("");
  });

  it("gives different filters different cache keys", () => {
    expect(kunciFilter(TANPA_FILTER)).not.toBe(kunciFilter({ jenisJabatan: "JPT", golongan: null }));
    expect(kunciFilter({ jenisJabatan: null, golongan: "I" })).not.toBe(kunciFilter({ jenisJabatan: null, golongan: "II" }));
  });
});

describe("persen", () => {
  it("rounds half up to a whole percentage and has none of nothing", () => {
    expect(persen(1, 3)).toBe(33);
    expect(persen(2, 3)).toBe(67);
    expect(persen(1, 8)).toBe(13);
    expect(persen(0, 5)).toBe(0);
    expect(persen(5, 5)).toBe(100);
    expect(persen(0, 0)).toBeNull();
  });
});

describe("belumDisetujuiLewatBatas", () => {
  const base = { pegawai: 10, disetujui: 7, batas: "2026-01-31" };
  it("counts nobody while the deadline is today or ahead", () => {
    expect(belumDisetujuiLewatBatas({ ...base, today: "2026-01-30" })).toBe(0);
    expect(belumDisetujuiLewatBatas({ ...base, today: "2026-01-31" })).toBe(0);
  });
  it("counts everyone without an approved SKP from the day after", () => {
    expect(belumDisetujuiLewatBatas({ ...base, today: "2026-02-01" })).toBe(3);
    expect(belumDisetujuiLewatBatas({ ...base, disetujui: 10, today: "2026-11-20" })).toBe(0);
    expect(belumDisetujuiLewatBatas({ ...base, batas: null, today: "2026-11-20" })).toBe(0);
  });
});
