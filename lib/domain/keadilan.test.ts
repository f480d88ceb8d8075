import { describe, expect, it } from "vitest";
import { PREDIKAT, type Predikat } from "./constants";
import {
  AMBANG_INDEKS,
  analisisPenilai,
  disembunyikan,
  distribusi,
  hasilKelompok,
  indeksKelonggaran,
  kosong,
  labelIndeks,
  MINIMUM_KELOMPOK,
  simpanganBaku,
  SKOR_PREDIKAT,
  tanpa,
  totalPredikat,
  type AgregatKelompok,
  type AgregatPenilai,
} from "./keadilan";

const p = (x: Partial<Record<Predikat, number>>) => ({ ...kosong(), ...x });
const kelompok = (jumlahPegawai: number, x: Partial<Record<Predikat, number>>): AgregatKelompok => ({ jumlahPegawai, predikat: p(x) });
const penilai = (jumlahPegawai: number, x: Partial<Record<Predikat, number>>, lain: Partial<AgregatPenilai> = {}): AgregatPenilai => ({
  jumlahPegawai,
  predikat: p(x),
  saran: { dengan: 0, lebihTinggi: 0, lebihRendah: 0 },
  keberatan: { diserahkan: 0, diajukan: 0, dikabulkan: 0, ditolak: 0, terbuka: 0, dibatalkan: 0 },
  ketepatan: { jatuhTempo: 0, terlambat: 0, hariTerlambat: 0 },
  ...lain,
});

describe("skor predikat", () => {
  it("follows the credit-point percentages / 25 and orders the predikat as the regulation does", () => {
    expect(SKOR_PREDIKAT).toEqual({ SANGAT_BAIK: 6, BAIK: 4, BUTUH_PERBAIKAN: 3, KURANG: 2, SANGAT_KURANG: 1 });
    const skor = PREDIKAT.map((k) => SKOR_PREDIKAT[k]);
    expect([...skor].sort((a, b) => b - a)).toEqual(skor);
  });
});

describe("privacy minimum", () => {
  it("is a fixed 5: 4 people are hidden, 5 are shown", () => {
    expect(MINIMUM_KELOMPOK).toBe(5);
    expect(disembunyikan(0)).toBe(true);
    expect(disembunyikan(4)).toBe(true);
    expect(disembunyikan(5)).toBe(false);
    expect(disembunyikan(6)).toBe(false);
  });

  it("a rater with 4 rated people returns nothing at all, one with exactly 5 returns their numbers", () => {
    const instansi = kelompok(100, { BAIK: 100 });
    expect(analisisPenilai(penilai(4, { SANGAT_BAIK: 4 }), { unit: null, instansi })).toBeNull();
    const lima = analisisPenilai(penilai(5, { SANGAT_BAIK: 5 }), { unit: null, instansi });
    expect(lima?.jumlahPegawai).toBe(5);
    expect(lima?.distribusi.bagian.SANGAT_BAIK).toBe(1);
  });

  it("a comparison group under 5 gives no group result", () => {
    expect(hasilKelompok(kelompok(4, { BAIK: 4 }))).toBeNull();
    expect(hasilKelompok(kelompok(5, { BAIK: 3, SANGAT_BAIK: 2 }))).toEqual({
      jumlahPegawai: 5,
      distribusi: { total: 5, bagian: p({ BAIK: 0.6, SANGAT_BAIK: 0.4 }), rataRata: (3 * 4 + 2 * 6) / 5 },
    });
  });
});

describe("distribusi", () => {
  it("gives shares and the mean score", () => {
    const d = distribusi(p({ SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 1 }));
    expect(d.total).toBe(4);
    expect(d.bagian).toEqual(p({ SANGAT_BAIK: 0.25, BAIK: 0.5, BUTUH_PERBAIKAN: 0.25 }));
    expect(d.rataRata).toBe((6 + 8 + 3) / 4);
    expect(PREDIKAT.reduce((s, k) => s + d.bagian[k], 0)).toBeCloseTo(1, 12);
  });

  it("of nothing is all zero with no mean", () => {
    expect(distribusi(kosong())).toEqual({ total: 0, bagian: kosong(), rataRata: null });
    expect(simpanganBaku(kosong())).toBeNull();
  });

  it("counts every predikat", () => {
    expect(totalPredikat(p({ SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 3, KURANG: 4, SANGAT_KURANG: 5 }))).toBe(15);
  });

  it("standard deviation is zero for one predikat and exact for two", () => {
    expect(simpanganBaku(p({ BAIK: 7 }))).toBe(0);
    // half 6, half 4: mean 5, sd 1
    expect(simpanganBaku(p({ SANGAT_BAIK: 3, BAIK: 3 }))).toBe(1);
  });
});

describe("tanpa (leave-one-out)", () => {
  it("subtracts the rater's counts and people, never below zero", () => {
    expect(tanpa(kelompok(10, { BAIK: 8, SANGAT_BAIK: 2 }), kelompok(3, { SANGAT_BAIK: 3 }))).toEqual(kelompok(7, { BAIK: 8 }));
  });
});

describe("indeks kelonggaran", () => {
  // instansi: 40 people, 30 Baik, 5 Sangat Baik, 5 Butuh Perbaikan (rater included below)
  const instansi = kelompok(40, { BAIK: 30, SANGAT_BAIK: 5, BUTUH_PERBAIKAN: 5 });

  it("is positive and lunak for a rater who gives everyone Sangat Baik", () => {
    const r = kelompok(5, { SANGAT_BAIK: 5 });
    const i = indeksKelonggaran(r, instansi)!;
    // others: 35 people, 30 Baik, 5 Butuh Perbaikan: mean (120 + 15) / 35
    const lain = (30 * 4 + 5 * 3) / 35;
    expect(i.nilai).toBe(Math.round((6 - lain) * 100) / 100);
    expect(i.nilai).toBeGreaterThan(AMBANG_INDEKS);
    expect(i.label).toBe("lunak");
    expect(i.z).toBeGreaterThan(1.96);
  });

  it("is negative and ketat for a rater who gives everyone Butuh Perbaikan", () => {
    const r = kelompok(5, { BUTUH_PERBAIKAN: 5 });
    const i = indeksKelonggaran(r, instansi)!;
    const lain = (30 * 4 + 5 * 6) / 35;
    expect(i.nilai).toBe(Math.round((3 - lain) * 100) / 100);
    expect(i.label).toBe("ketat");
  });

  it("is zero and wajar for a rater like the rest", () => {
    const g = kelompok(50, { BAIK: 40, SANGAT_BAIK: 10 });
    const r = kelompok(5, { BAIK: 4, SANGAT_BAIK: 1 });
    const i = indeksKelonggaran(r, g)!;
    expect(i.nilai).toBe(0);
    expect(i.label).toBe("wajar");
  });

  it("a big difference that may be chance stays wajar (few people, wide spread)", () => {
    // others spread from Sangat Kurang to Sangat Baik: sd ≈ 1.9
    const g = kelompok(25, { SANGAT_BAIK: 8, BAIK: 4, BUTUH_PERBAIKAN: 4, KURANG: 4, SANGAT_KURANG: 5 });
    const r = kelompok(5, { SANGAT_BAIK: 2, BAIK: 3 });
    const i = indeksKelonggaran(r, g)!;
    expect(i.nilai).toBeGreaterThanOrEqual(AMBANG_INDEKS);
    expect(Math.abs(i.z!)).toBeLessThan(1.96);
    expect(i.label).toBe("wajar");
  });

  it("is null when the rater or the others are under the minimum", () => {
    expect(indeksKelonggaran(kelompok(4, { SANGAT_BAIK: 4 }), instansi)).toBeNull();
    // group of 9 minus rater of 5 leaves 4 people
    expect(indeksKelonggaran(kelompok(5, { SANGAT_BAIK: 5 }), kelompok(9, { SANGAT_BAIK: 5, BAIK: 4 }))).toBeNull();
    // exactly 5 others is enough
    expect(indeksKelonggaran(kelompok(5, { SANGAT_BAIK: 5 }), kelompok(10, { SANGAT_BAIK: 5, BAIK: 5 }))?.nilai).toBe(2);
  });

  it("with no spread among the others, any non-zero difference over the threshold counts", () => {
    const i = indeksKelonggaran(kelompok(5, { SANGAT_BAIK: 5 }), kelompok(10, { SANGAT_BAIK: 5, BAIK: 5 }))!;
    expect(i.z).toBeNull();
    expect(i.label).toBe("lunak");
  });

  it("is null when someone has people but no set evaluation", () => {
    expect(indeksKelonggaran(kelompok(5, {}), instansi)).toBeNull();
  });
});

describe("labelIndeks thresholds", () => {
  it("needs both the size and the significance", () => {
    expect(labelIndeks(0.5, 2)).toBe("lunak");
    expect(labelIndeks(0.49, 5)).toBe("wajar");
    expect(labelIndeks(0.8, 1.9)).toBe("wajar");
    expect(labelIndeks(-0.5, -1.96)).toBe("ketat");
    expect(labelIndeks(-0.5, -1.95)).toBe("wajar");
    expect(labelIndeks(0, null)).toBe("wajar");
    expect(labelIndeks(1, null)).toBe("lunak");
  });
});

describe("analisisPenilai", () => {
  const instansi = kelompok(60, { BAIK: 50, SANGAT_BAIK: 5, BUTUH_PERBAIKAN: 5 });
  const unit = kelompok(12, { BAIK: 7, SANGAT_BAIK: 5 });

  it("computes override share, objections and lateness", () => {
    const h = analisisPenilai(
      penilai(5, { SANGAT_BAIK: 5 }, {
        saran: { dengan: 4, lebihTinggi: 2, lebihRendah: 1 },
        keberatan: { diserahkan: 5, diajukan: 2, dikabulkan: 1, ditolak: 0, terbuka: 1, dibatalkan: 1 },
        ketepatan: { jatuhTempo: 5, terlambat: 2, hariTerlambat: 7 },
      }),
      { unit, instansi },
    )!;
    expect(h.saran).toEqual({ dengan: 4, lebihTinggi: 2, lebihRendah: 1, berbeda: 3, bagian: 0.75 });
    expect(h.keberatan.tingkat).toBe(0.4);
    expect(h.keberatan).toMatchObject({ dikabulkan: 1, ditolak: 0, terbuka: 1, dibatalkan: 1 });
    expect(h.ketepatan).toEqual({ jatuhTempo: 5, terlambat: 2, hariTerlambat: 7, bagian: 0.4, rataRataHari: 3.5 });
    // unit without the rater: 7 people, 7 Baik → +2
    expect(h.indeksUnit).toEqual({ nilai: 2, z: null, label: "lunak" });
    expect(h.indeksInstansi?.label).toBe("lunak");
  });

  it("leaves measures without a denominator empty instead of zero", () => {
    const h = analisisPenilai(penilai(5, { BAIK: 5 }), { unit: null, instansi })!;
    expect(h.saran.bagian).toBeNull();
    expect(h.keberatan.tingkat).toBeNull();
    expect(h.ketepatan.bagian).toBeNull();
    expect(h.ketepatan.rataRataHari).toBeNull();
    expect(h.indeksUnit).toBeNull();
  });

  it("gives a unit index only when the unit without the rater has 5 people", () => {
    const h = analisisPenilai(penilai(5, { BAIK: 5 }), { unit: kelompok(9, { BAIK: 9 }), instansi })!;
    expect(h.indeksUnit).toBeNull();
    expect(h.indeksInstansi).not.toBeNull();
  });
});
