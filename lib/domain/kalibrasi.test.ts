import { describe, expect, it } from "vitest";
import { aturanKurvaTeks, bandingkanBaris, hitungPredikat, jumlahBerbeda, teksKurvaRule } from "./kalibrasi";
import { mergeRuleSet, PERMENPANRB_6_2022 } from "./rule-set";

describe("aturanKurvaTeks", () => {
  it("words every rule of the spec's curve with its code", () => {
    expect(aturanKurvaTeks("ISTIMEWA", PERMENPANRB_6_2022)).toEqual([{ kode: "ISTIMEWA_MAX_SANGAT_BAIK_70", teks: "Sangat Baik paling banyak 70%" }]);
    expect(aturanKurvaTeks("BAIK", PERMENPANRB_6_2022).map((a) => a.teks)).toEqual([
      "Baik paling banyak 70%",
      "Paling sedikit 1 pegawai Butuh Perbaikan atau Kurang/Misconduct",
    ]);
    expect(aturanKurvaTeks("SANGAT_KURANG", PERMENPANRB_6_2022).map((a) => a.teks)).toEqual([
      "Sangat Kurang paling sedikit 60%",
      "Kurang/Misconduct + Butuh Perbaikan paling sedikit 10%",
      "Tidak ada pegawai Sangat Baik",
    ]);
  });
  it("follows an administrator's override of the curve", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, { kurva: { ISTIMEWA: [{ kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 50 }] } });
    expect(aturanKurvaTeks("ISTIMEWA", rs)).toEqual([{ kode: "ISTIMEWA_MAX_SANGAT_BAIK_50", teks: "Sangat Baik paling banyak 50%" }]);
    expect(teksKurvaRule({ kind: "MIN", predikat: ["BUTUH_PERBAIKAN"], persen: 60 })).toBe("Butuh Perbaikan paling sedikit 60%");
  });
});

describe("hitungPredikat and jumlahBerbeda", () => {
  it("counts every predikat, zero included", () => {
    expect(hitungPredikat(["BAIK", "BAIK", "SANGAT_KURANG"])).toEqual({ SANGAT_BAIK: 0, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 1 });
  });
  it("treats a missing predikat as zero and sees any difference", () => {
    expect(jumlahBerbeda({ BAIK: 2, KURANG: 0 }, { BAIK: 2 })).toBe(false);
    expect(jumlahBerbeda({ BAIK: 2 }, { BAIK: 1, KURANG: 1 })).toBe(true);
  });
});

describe("bandingkanBaris", () => {
  it("orders by predikat from Sangat Baik down, then by name", () => {
    const rows = [
      { predikat: "BAIK" as const, nama: "Budi" },
      { predikat: "SANGAT_KURANG" as const, nama: "Ani" },
      { predikat: "BAIK" as const, nama: "Agus" },
      { predikat: "SANGAT_BAIK" as const, nama: "Zaki" },
    ];
    expect(rows.sort(bandingkanBaris).map((r) => r.nama)).toEqual(["Zaki", "Agus", "Budi", "Ani"]);
  });
});
