import { describe, expect, it } from "vitest";
import {
  BERAKHLAK_INDIKATOR,
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  isGolonganValid,
  JENJANG,
  LABEL_JENJANG,
  LABEL_PREDIKAT,
  LABEL_PREDIKAT_ORGANISASI,
  LABEL_RATING,
  NILAI_BERAKHLAK,
  pangkatOf,
  PREDIKAT,
} from "./constants";

describe("constants", () => {
  it("has every BerAKHLAK value with a label and three indicators", () => {
    expect(Object.keys(BERAKHLAK_INDIKATOR)).toEqual([...NILAI_BERAKHLAK]);
    for (const v of NILAI_BERAKHLAK) {
      expect(BERAKHLAK_INDIKATOR[v].label).not.toBe("");
      expect(BERAKHLAK_INDIKATOR[v].indikator).toHaveLength(3);
    }
    expect(BERAKHLAK_INDIKATOR.BERORIENTASI_PELAYANAN).toEqual({
      label: "Berorientasi Pelayanan",
      indikator: [
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
      ],
    });
    expect(BERAKHLAK_INDIKATOR.AKUNTABEL.indikator[2]).toBe("Tidak menyalahgunakan kewenangan jabatan");
  });

  it("lists 17 PNS golongan with pangkat and 17 PPPK golongan", () => {
    expect(GOLONGAN_PNS).toHaveLength(17);
    expect(new Set(GOLONGAN_PNS.map((g) => g.golongan)).size).toBe(17);
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK[0]).toBe("I");
    expect(GOLONGAN_PPPK[16]).toBe("XVII");
  });

  it("pangkatOf", () => {
    expect(pangkatOf("I/a")).toBe("Juru Muda");
    expect(pangkatOf("III/a")).toBe("Penata Muda");
    expect(pangkatOf("III/d")).toBe("Penata Tingkat I");
    expect(pangkatOf("IV/c")).toBe("Pembina Utama Muda");
    expect(pangkatOf("IV/e")).toBe("Pembina Utama");
    expect(pangkatOf("IX")).toBeNull();
    expect(pangkatOf("V/a")).toBeNull();
  });

  it("isGolonganValid by status", () => {
    expect(isGolonganValid("PNS", "III/b")).toBe(true);
    expect(isGolonganValid("CPNS", "II/a")).toBe(true);
    expect(isGolonganValid("PNS", "IX")).toBe(false);
    expect(isGolonganValid("PPPK", "IX")).toBe(true);
    expect(isGolonganValid("PPPK", "XVII")).toBe(true);
    expect(isGolonganValid("PPPK", "XVIII")).toBe(false);
    expect(isGolonganValid("PPPK", "III/a")).toBe(false);
    expect(isGolonganValid("PNS", "iii/a")).toBe(false);
  });

  it("labels", () => {
    expect(LABEL_PREDIKAT.KURANG).toBe("Kurang/Misconduct");
    expect(LABEL_RATING.DI_ATAS).toBe("Di Atas Ekspektasi");
    expect(LABEL_PREDIKAT_ORGANISASI.ISTIMEWA).toBe("Istimewa");
    expect(LABEL_JENJANG.AHLI_PERTAMA).toBe("Ahli Pertama");
    expect(Object.keys(LABEL_PREDIKAT)).toEqual([...PREDIKAT]);
    expect(Object.keys(LABEL_JENJANG)).toEqual([...JENJANG]);
  });
});
