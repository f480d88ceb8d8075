import { describe, expect, it } from "vitest";
import { PREDIKAT } from "./constants";
import { barisTalenta, kemajuanJam, ringkasBukti, saranPengembangan, selTalenta, tambahBulan, trenPredikat, usulanDibolehkan } from "./pengembangan";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";

describe("saranPengembangan", () => {
  it("follows the default rules: strong → programme or training, Baik → training, weak → plan reviewed in 6 months", () => {
    expect(saranPengembangan("SANGAT_BAIK")).toEqual([
      { usulan: "PROGRAM_KEPEMIMPINAN", tinjauBulan: null },
      { usulan: "DIKLAT", tinjauBulan: null },
    ]);
    expect(saranPengembangan("BAIK")).toEqual([{ usulan: "DIKLAT", tinjauBulan: null }]);
    for (const p of ["BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const)
      expect(saranPengembangan(p)).toEqual([{ usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 6 }]);
  });

  it("allows exactly the suggested kinds", () => {
    expect(usulanDibolehkan("SANGAT_BAIK", "PROGRAM_KEPEMIMPINAN")).toBe(true);
    expect(usulanDibolehkan("BAIK", "PROGRAM_KEPEMIMPINAN")).toBe(false);
    expect(usulanDibolehkan("KURANG", "DIKLAT")).toBe(false);
    expect(usulanDibolehkan("SANGAT_BAIK", "RENCANA_PENGEMBANGAN")).toBe(false);
  });

  it("reads an instance's own rules, each kind once", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, {
      pengembangan: {
        aturan: [
          { predikat: ["BAIK"], usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 12 },
          { predikat: ["BAIK", "BUTUH_PERBAIKAN"], usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 3 },
        ],
      },
    });
    expect(saranPengembangan("BAIK", rs)).toEqual([{ usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 12 }]);
    expect(saranPengembangan("BUTUH_PERBAIKAN", rs)).toEqual([{ usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 3 }]);
    expect(saranPengembangan("SANGAT_BAIK", rs)).toEqual([]);
  });
});

describe("tambahBulan", () => {
  it("adds months, clamping the day", () => {
    expect(tambahBulan("2026-11-20", 6)).toBe("2027-05-20");
    expect(tambahBulan("2026-08-31", 6)).toBe("2027-02-28");
    expect(tambahBulan("2027-08-31", 6)).toBe("2028-02-29");
    expect(tambahBulan("2026-01-15", 12)).toBe("2027-01-15");
    expect(() => tambahBulan("2026-13-01", 1)).toThrow(RangeError);
  });
});

describe("ringkasBukti", () => {
  it("lists the predikat history newest first with ratings, then the PPK's notes once each", () => {
    expect(
      ringkasBukti(
        [
          { tahun: 2024, predikat: "BAIK", ratingHasil: null, ratingPerilaku: null },
          { tahun: 2025, predikat: "SANGAT_BAIK", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" },
        ],
        ["Pertahankan", "  ", "Pertahankan", "Memimpin migrasi layanan."],
      ),
    ).toBe(
      [
        "Predikat kinerja tahunan 2025: Sangat Baik (hasil kerja Di Atas Ekspektasi, perilaku kerja Di Atas Ekspektasi).",
        "Predikat kinerja tahunan 2024: Baik.",
        "Catatan dan umpan balik PPK: Pertahankan. Memimpin migrasi layanan.",
      ].join("\n"),
    );
  });
  it("says so when there is no predikat", () => {
    expect(ringkasBukti([])).toBe("Belum ada predikat kinerja tahunan.");
  });
});

describe("kemajuanJam", () => {
  it("sums hours with one decimal against the target", () => {
    expect(kemajuanJam([0.1, 0.2, 8], 20)).toEqual({ total: 8.3, target: 20, persen: 41, sisa: 11.7, tercapai: false });
    expect(kemajuanJam([12, 8], 20)).toEqual({ total: 20, target: 20, persen: 100, sisa: 0, tercapai: true });
    expect(kemajuanJam([30], 20)).toMatchObject({ persen: 100, sisa: 0, tercapai: true });
    expect(kemajuanJam([], 20)).toMatchObject({ total: 0, persen: 0, sisa: 20, tercapai: false });
    expect(kemajuanJam([], 0)).toMatchObject({ persen: 100, tercapai: true });
  });
});

describe("talent grid", () => {
  it("groups predikat into rows", () => {
    expect(PREDIKAT.map(barisTalenta)).toEqual(["TINGGI", "SEDANG", "RENDAH", "RENDAH", "RENDAH"]);
  });
  it("reads the trend against the previous year", () => {
    expect(trenPredikat("SANGAT_BAIK", "BAIK")).toBe("NAIK");
    expect(trenPredikat("BUTUH_PERBAIKAN", "BAIK")).toBe("TURUN");
    expect(trenPredikat("KURANG", "SANGAT_KURANG")).toBe("NAIK");
    expect(trenPredikat("BAIK", "BAIK")).toBe("STABIL");
    expect(trenPredikat("BAIK", null)).toBe("STABIL");
  });
  it("places a history (any order) by its two latest years", () => {
    expect(selTalenta([{ tahun: 2025, predikat: "BAIK" }, { tahun: 2024, predikat: "KURANG" }, { tahun: 2023, predikat: "SANGAT_BAIK" }])).toEqual({ baris: "SEDANG", kolom: "NAIK" });
    expect(selTalenta([{ tahun: 2025, predikat: "SANGAT_BAIK" }])).toEqual({ baris: "TINGGI", kolom: "STABIL" });
    expect(selTalenta([])).toBeNull();
  });
});
