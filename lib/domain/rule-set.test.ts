import { describe, expect, it } from "vitest";
import { PREDIKAT_ORGANISASI } from "./constants";
import {
  kodeKurvaRule,
  mergeRuleSet,
  PERMENPANRB_6_2022,
  RULE_SETS,
  RuleSetError,
  ruleSetAt,
  type RuleSet,
} from "./rule-set";

const LATER: RuleSet = { ...structuredClone(PERMENPANRB_6_2022), kode: "BARU_2026", berlakuMulai: "2026-01-01" };

describe("PERMENPANRB_6_2022", () => {
  it("carries the spec defaults", () => {
    expect(PERMENPANRB_6_2022.berlakuMulai).toBe("2022-01-01");
    expect(PERMENPANRB_6_2022.kurvaMinimumPegawai).toBe(5);
    expect(PERMENPANRB_6_2022.persentaseAngkaKredit).toEqual({
      SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25,
    });
    expect(Object.values(PERMENPANRB_6_2022.koefisienTahunan)).toEqual([3.75, 5, 12.5, 25, 12.5, 25, 37.5, 50]);
    expect(PERMENPANRB_6_2022.keberatan).toEqual({ hari: 14, jenisHari: "KALENDER" });
    expect(PERMENPANRB_6_2022.kebijakanKurva).toBe("PERINGATAN");
    expect(Object.keys(PERMENPANRB_6_2022.kurva)).toEqual([...PREDIKAT_ORGANISASI]);
  });
  it("is deeply frozen", () => {
    expect(() => {
      (PERMENPANRB_6_2022.koefisienTahunan as Record<string, number>).PEMULA = 1;
    }).toThrow(TypeError);
    expect(() => {
      PERMENPANRB_6_2022.kurva.ISTIMEWA.push({ kind: "TIDAK_ADA", predikat: ["BAIK"] });
    }).toThrow(TypeError);
    expect(RULE_SETS).toContain(PERMENPANRB_6_2022);
  });
  it("gives stable rule codes", () => {
    const codes = PREDIKAT_ORGANISASI.flatMap((o) => PERMENPANRB_6_2022.kurva[o].map((r) => kodeKurvaRule(o, r)));
    expect(codes).toEqual([
      "ISTIMEWA_MAX_SANGAT_BAIK_70",
      "BAIK_MAX_BAIK_70",
      "BAIK_MIN_SATU_BUTUH_PERBAIKAN_KURANG",
      "BUTUH_PERBAIKAN_MIN_BUTUH_PERBAIKAN_60",
      "BUTUH_PERBAIKAN_MAX_SANGAT_BAIK_10",
      "KURANG_MIN_KURANG_60",
      "KURANG_MIN_BUTUH_PERBAIKAN_10",
      "KURANG_MAX_SANGAT_BAIK_10",
      "SANGAT_KURANG_MIN_SANGAT_KURANG_60",
      "SANGAT_KURANG_MIN_KURANG_BUTUH_PERBAIKAN_10",
      "SANGAT_KURANG_TIDAK_ADA_SANGAT_BAIK",
    ]);
  });
});

describe("ruleSetAt", () => {
  const sets = [LATER, PERMENPANRB_6_2022]; // order does not matter
  it("picks the newest in force", () => {
    expect(ruleSetAt(sets, "2022-01-01").kode).toBe("PERMENPANRB_6_2022");
    expect(ruleSetAt(sets, "2025-12-31").kode).toBe("PERMENPANRB_6_2022");
    expect(ruleSetAt(sets, "2026-01-01").kode).toBe("BARU_2026");
    expect(ruleSetAt(sets, "2030-06-01").kode).toBe("BARU_2026");
    expect(ruleSetAt(RULE_SETS, "2024-05-05")).toBe(PERMENPANRB_6_2022);
  });
  it("throws before any rule set", () => {
    expect(() => ruleSetAt(sets, "2021-12-31")).toThrow(/2021-12-31/);
    expect(() => ruleSetAt([], "2024-01-01")).toThrow();
  });
});

describe("mergeRuleSet", () => {
  it("returns the base values for an empty override, as a copy", () => {
    const rs = mergeRuleSet(PERMENPANRB_6_2022, {});
    expect(rs).toEqual(PERMENPANRB_6_2022);
    expect(rs).not.toBe(PERMENPANRB_6_2022);
    rs.koefisienTahunan.PEMULA = 4; // the copy is mutable, the base untouched
    expect(PERMENPANRB_6_2022.koefisienTahunan.PEMULA).toBe(3.75);
  });

  it("merges configurable values", () => {
    const rs = mergeRuleSet(
      PERMENPANRB_6_2022,
      JSON.parse(
        JSON.stringify({
          kode: "INSTANSI_X",
          berlakuMulai: "2025-01-01",
          kurvaMinimumPegawai: 10,
          koefisienTahunan: { AHLI_UTAMA: 60.25 },
          persentaseAngkaKredit: { BAIK: 110 },
          keberatan: { jenisHari: "KERJA" },
          kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI",
          kurva: { ISTIMEWA: [{ kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 50 }] },
          predikatMatrix: { DI_BAWAH: { DI_ATAS: "BAIK" } },
        }),
      ),
    );
    expect(rs.kode).toBe("INSTANSI_X");
    expect(rs.berlakuMulai).toBe("2025-01-01");
    expect(rs.kurvaMinimumPegawai).toBe(10);
    expect(rs.koefisienTahunan.AHLI_UTAMA).toBe(60.25);
    expect(rs.koefisienTahunan.PEMULA).toBe(3.75);
    expect(rs.persentaseAngkaKredit).toMatchObject({ BAIK: 110, SANGAT_BAIK: 150 });
    expect(rs.keberatan).toEqual({ hari: 14, jenisHari: "KERJA" });
    expect(rs.kebijakanKurva).toBe("BLOKIR_KECUALI_JUSTIFIKASI");
    expect(rs.kurva.ISTIMEWA).toEqual([{ kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 50 }]);
    expect(rs.kurva.BAIK).toEqual(PERMENPANRB_6_2022.kurva.BAIK);
    expect(rs.predikatMatrix.DI_BAWAH).toEqual({ DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BAIK" });
  });

  it.each([
    ["not an object", [], /objek/],
    ["null", null, /objek/],
    ["unknown key", { foo: 1 }, /override\.foo: kunci tidak dikenal/],
    ["empty kode", { kode: " " }, /kode/],
    ["bad date", { berlakuMulai: "2023-02-30" }, /berlakuMulai/],
    ["bad matrix row", { predikatMatrix: { HEBAT: {} } }, /predikatMatrix\.HEBAT/],
    ["bad matrix cell", { predikatMatrix: { SESUAI: { SESUAI: "OK" } } }, /predikatMatrix\.SESUAI\.SESUAI/],
    ["kurva not a list", { kurva: { BAIK: {} } }, /kurva\.BAIK: harus berupa daftar/],
    ["kurva unknown org", { kurva: { LUAR_BIASA: [] } }, /kurva\.LUAR_BIASA/],
    ["kurva bad kind", { kurva: { BAIK: [{ kind: "ANTARA", predikat: ["BAIK"], persen: 5 }] } }, /kind/],
    ["kurva empty predikat", { kurva: { BAIK: [{ kind: "MAX", predikat: [], persen: 5 }] } }, /predikat/],
    ["kurva dup predikat", { kurva: { BAIK: [{ kind: "MAX", predikat: ["BAIK", "BAIK"], persen: 5 }] } }, /predikat/],
    ["kurva persen > 100", { kurva: { BAIK: [{ kind: "MIN", predikat: ["BAIK"], persen: 101 }] } }, /persen/],
    ["kurva persen fraction", { kurva: { BAIK: [{ kind: "MIN", predikat: ["BAIK"], persen: 12.5 }] } }, /persen/],
    ["kurva persen on MIN_SATU", { kurva: { BAIK: [{ kind: "MIN_SATU", predikat: ["BAIK"], persen: 1 }] } }, /persen/],
    ["kurva extra key", { kurva: { BAIK: [{ kind: "TIDAK_ADA", predikat: ["BAIK"], x: 1 }] } }, /\.x: kunci/],
    ["minimum negative", { kurvaMinimumPegawai: -1 }, /kurvaMinimumPegawai/],
    ["persentase fraction", { persentaseAngkaKredit: { BAIK: 99.5 } }, /persentaseAngkaKredit\.BAIK/],
    ["koefisien 3 decimals", { koefisienTahunan: { PEMULA: 3.755 } }, /koefisienTahunan\.PEMULA/],
    ["koefisien string", { koefisienTahunan: { PEMULA: "3.75" } }, /koefisienTahunan\.PEMULA/],
    ["keberatan hari 0", { keberatan: { hari: 0 } }, /keberatan\.hari/],
    ["keberatan jenis", { keberatan: { jenisHari: "LIBUR" } }, /keberatan\.jenisHari/],
    ["kebijakan", { kebijakanKurva: "DIAM" }, /kebijakanKurva/],
    ["pengembangan target fraction", { pengembangan: { targetJamPelatihan: 20.5 } }, /pengembangan\.targetJamPelatihan/],
    ["pengembangan unknown key", { pengembangan: { target: 20 } }, /pengembangan\.target: kunci/],
    ["pengembangan aturan not a list", { pengembangan: { aturan: {} } }, /pengembangan\.aturan: harus berupa daftar/],
    ["pengembangan unknown usulan", { pengembangan: { aturan: [{ predikat: ["BAIK"], usulan: "MAGANG" }] } }, /usulan/],
    ["pengembangan empty predikat", { pengembangan: { aturan: [{ predikat: [], usulan: "DIKLAT" }] } }, /predikat/],
    ["pengembangan plan without review", { pengembangan: { aturan: [{ predikat: ["KURANG"], usulan: "RENCANA_PENGEMBANGAN" }] } }, /tinjauBulan/],
    ["pengembangan review on a programme", { pengembangan: { aturan: [{ predikat: ["BAIK"], usulan: "DIKLAT", tinjauBulan: 3 }] } }, /tinjauBulan/],
  ])("rejects %s", (_name, override, message) => {
    expect(() => mergeRuleSet(PERMENPANRB_6_2022, override)).toThrow(RuleSetError);
    expect(() => mergeRuleSet(PERMENPANRB_6_2022, override)).toThrow(message);
  });

  it("carries the development defaults and merges development overrides", () => {
    expect(PERMENPANRB_6_2022.pengembangan.targetJamPelatihan).toBe(20);
    expect(PERMENPANRB_6_2022.pengembangan.aturan).toContainEqual({ predikat: ["SANGAT_BAIK"], usulan: "PROGRAM_KEPEMIMPINAN" });
    const rs = mergeRuleSet(PERMENPANRB_6_2022, {
      pengembangan: { targetJamPelatihan: 40, aturan: [{ predikat: ["KURANG", "SANGAT_KURANG"], usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 3 }] },
    });
    expect(rs.pengembangan).toEqual({ targetJamPelatihan: 40, aturan: [{ predikat: ["KURANG", "SANGAT_KURANG"], usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 3 }] });
    expect(mergeRuleSet(PERMENPANRB_6_2022, { pengembangan: { targetJamPelatihan: 32 } }).pengembangan.aturan).toEqual(PERMENPANRB_6_2022.pengembangan.aturan);
  });

  it("lists every problem at once", () => {
    try {
      mergeRuleSet(PERMENPANRB_6_2022, { kurvaMinimumPegawai: "5", kebijakanKurva: 1, foo: true });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleSetError);
      expect((e as RuleSetError).masalah).toHaveLength(3);
    }
  });
});
