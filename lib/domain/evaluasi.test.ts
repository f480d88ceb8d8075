import { describe, expect, it } from "vitest";
import { PREDIKAT_ORGANISASI } from "./constants";
import { bulanBerlaku, keadaanPredikat, RATING_DARI_ORGANISASI, SARAN, saranRatingHasil, targetBerjalan } from "./evaluasi";

/** One IKI per percentage of a target of 100. */
const persen = (...p: Array<number | null>) => p.map((capaian) => ({ capaian, target: 100 }));

describe("saranRatingHasil", () => {
  it("suggests Di Atas from exactly 110 % when no IKI is under 100 %", () => {
    expect(saranRatingHasil(persen(110))).toEqual({ rating: "DI_ATAS", rataRata: 110, dinilai: 1, terendah: 110 });
    expect(saranRatingHasil(persen(100, 120))).toEqual({ rating: "DI_ATAS", rataRata: 110, dinilai: 2, terendah: 100 });
    expect(saranRatingHasil(persen(150, 150, 100))?.rating).toBe("DI_ATAS");
  });
  it("does not miss an exact 110 % that floating point computes as 110.00000000000001 or 109.999…", () => {
    expect(saranRatingHasil([{ capaian: 33, target: 30 }])?.rating).toBe("DI_ATAS");
    expect(saranRatingHasil([{ capaian: 1.1, target: 1 }])?.rating).toBe("DI_ATAS");
    expect(saranRatingHasil([{ capaian: 100, target: 100 }, { capaian: 120.00000000001, target: 100 }])?.rating).toBe("DI_ATAS");
    expect(saranRatingHasil([{ capaian: 100, target: 100 }, { capaian: 119.99999999999, target: 100 }])?.rating).toBe("DI_ATAS");
  });
  it("suggests Sesuai under 110 %, or at 110 % and more when one IKI is under 100 %", () => {
    expect(saranRatingHasil(persen(109.99))).toMatchObject({ rating: "SESUAI", rataRata: 110 });
    expect(saranRatingHasil(persen(99, 121))).toMatchObject({ rating: "SESUAI", rataRata: 110, terendah: 99 });
    expect(saranRatingHasil(persen(99.99, 150))?.rating).toBe("SESUAI");
    expect(saranRatingHasil(persen(100))?.rating).toBe("SESUAI");
  });
  it("keeps exactly 80 % as Sesuai and suggests Di Bawah from 79.99 %", () => {
    expect(saranRatingHasil(persen(80))).toMatchObject({ rating: "SESUAI", rataRata: 80 });
    expect(saranRatingHasil(persen(60, 100))).toMatchObject({ rating: "SESUAI", rataRata: 80 });
    expect(saranRatingHasil(persen(79.99))).toMatchObject({ rating: "DI_BAWAH", rataRata: 80 });
    expect(saranRatingHasil(persen(0, 159.98))?.rating).toBe("DI_BAWAH");
  });
  it("caps each IKI at 150 % so one runaway indicator cannot carry the others", () => {
    expect(SARAN.batasPersen).toBe(150);
    expect(saranRatingHasil(persen(1000))).toEqual({ rating: "DI_ATAS", rataRata: 150, dinilai: 1, terendah: 150 });
    // uncapped the mean would be 505 %; capped it is (150 + 10) / 2 = 80
    expect(saranRatingHasil(persen(1000, 10))).toEqual({ rating: "SESUAI", rataRata: 80, dinilai: 2, terendah: 10 });
    expect(saranRatingHasil(persen(1000, 0))).toMatchObject({ rating: "DI_BAWAH", rataRata: 75 });
  });
  it("counts a kuantitatif IKI without a value as 0 % once anything is recorded", () => {
    expect(saranRatingHasil(persen(100, null))).toEqual({ rating: "DI_BAWAH", rataRata: 50, dinilai: 2, terendah: 0 });
  });
  it("ignores kualitatif IKI (no target) and targets of zero", () => {
    expect(saranRatingHasil([{ capaian: null, target: null }, { capaian: 120, target: 100 }])).toEqual({ rating: "DI_ATAS", rataRata: 120, dinilai: 1, terendah: 120 });
    expect(saranRatingHasil([{ capaian: 5, target: 0 }, { capaian: 90, target: 100 }])).toMatchObject({ rating: "SESUAI", dinilai: 1 });
  });
  it("gives no suggestion for a kualitatif-only SKP, when nothing is recorded, or for no IKI", () => {
    expect(saranRatingHasil([{ capaian: null, target: null }, { capaian: null, target: null }])).toBeNull();
    expect(saranRatingHasil([{ capaian: 3, target: null }])).toBeNull();
    expect(saranRatingHasil(persen(null, null))).toBeNull();
    expect(saranRatingHasil([{ capaian: null, target: 12 }, { capaian: null, target: null }])).toBeNull();
    expect(saranRatingHasil([])).toBeNull();
  });
});

describe("targetBerjalan", () => {
  it("prorates a count by the share of time elapsed and keeps a rate's full target", () => {
    expect(targetBerjalan(120, 0.5, false)).toBe(60);
    expect(targetBerjalan(12, 10 / 12, false)).toBeCloseTo(10, 10);
    expect(targetBerjalan(95, 0.25, true)).toBe(95);
    expect(targetBerjalan(95, 0, true)).toBe(95);
  });
  it("clamps the share to 0–1 and has no target for a kualitatif IKI", () => {
    expect(targetBerjalan(100, 1.4, false)).toBe(100);
    expect(targetBerjalan(100, -0.2, false)).toBe(0);
    expect(targetBerjalan(null, 0.5, false)).toBeNull();
    expect(targetBerjalan(null, 0.5, true)).toBeNull();
  });
  it("gives a prorated target of 0 no weight in the suggestion (nothing was due yet)", () => {
    expect(saranRatingHasil([{ capaian: 5, target: targetBerjalan(100, 0, false) }])).toBeNull();
  });
});

describe("bulanBerlaku", () => {
  it("counts calendar months from the start month through the end month, both included", () => {
    expect(bulanBerlaku("2026-01-01", "2026-12-31")).toBe(12);
    expect(bulanBerlaku("2026-01-01", "2026-06-14")).toBe(6);
    expect(bulanBerlaku("2026-11-01", "2026-12-31")).toBe(2);
    expect(bulanBerlaku("2026-07-15", "2026-07-20")).toBe(1);
    expect(bulanBerlaku("2026-01-31", "2026-02-01")).toBe(2);
  });
  it("counts across a year end and clamps to 1–12", () => {
    expect(bulanBerlaku("2025-11-01", "2026-02-28")).toBe(4);
    expect(bulanBerlaku("2025-07-01", "2026-12-31")).toBe(12);
    expect(bulanBerlaku("2026-05-01", "2026-04-30")).toBe(1);
  });
});

describe("keadaanPredikat", () => {
  it("tells a draft, the objection window, an open objection and a final predikat apart", () => {
    expect(keadaanPredikat({ status: "DRAFT", jenis: "TAHUNAN" })).toBe("BELUM_ADA");
    expect(keadaanPredikat({ status: "DRAFT", jenis: "PERIODIK" })).toBe("BELUM_ADA");
    expect(keadaanPredikat({ status: "DITETAPKAN", jenis: "TAHUNAN" })).toBe("MASA_KEBERATAN");
    expect(keadaanPredikat({ status: "KEBERATAN", jenis: "TAHUNAN" })).toBe("DALAM_KEBERATAN");
    expect(keadaanPredikat({ status: "FINAL", jenis: "TAHUNAN" })).toBe("FINAL");
  });
  it("treats a delivered periodic evaluation as final (there is no objection to it)", () => {
    expect(keadaanPredikat({ status: "DITETAPKAN", jenis: "PERIODIK" })).toBe("FINAL");
    expect(keadaanPredikat({ status: "FINAL", jenis: "PERIODIK" })).toBe("FINAL");
  });
});

describe("RATING_DARI_ORGANISASI", () => {
  it("maps each organisation rating to the unit head's rating hasil kerja", () => {
    expect(RATING_DARI_ORGANISASI).toEqual({ ISTIMEWA: "DI_ATAS", BAIK: "SESUAI", BUTUH_PERBAIKAN: "DI_BAWAH", KURANG: "DI_BAWAH", SANGAT_KURANG: "DI_BAWAH" });
    expect(Object.keys(RATING_DARI_ORGANISASI).sort()).toEqual([...PREDIKAT_ORGANISASI].sort());
  });
});
