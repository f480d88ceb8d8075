import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  balasanSchema,
  buktiSchema,
  frasaSchema,
  preferensiSurelSchema,
  realisasiSchema,
  rencanaAksiSchema,
  umpanBalikSchema,
} from "./realisasi";

const U1 = "3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b";
const U2 = "7a1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";
const U3 = "0e9d8c7b-6a5f-4e3d-a2c1-b0a9f8e7d6c5";

/** Issues as [path joined with ".", message]. */
function masalah(r: z.ZodSafeParseResult<unknown>): Array<[string, string]> {
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("realisasiSchema", () => {
  const form = (over: Record<string, unknown> = {}) => ({ ikiId: U1, checkpointId: U2, nilai: "12", uraian: "", sumberData: "", ...over });

  it("reads a value typed with a decimal comma or point, a number, and trims the text", () => {
    for (const nilai of ["12,5", "12.5", " 12,5 ", 12.5]) expect(realisasiSchema.safeParse(form({ nilai })).data?.nilai, String(nilai)).toBe(12.5);
    const r = realisasiSchema.safeParse(form({ nilai: "980", uraian: "  Rekap SIAK  ", sumberData: " Aplikasi SIAK " }));
    expect(r.data).toEqual({ ikiId: U1, checkpointId: U2, nilai: 980, uraian: "Rekap SIAK", sumberData: "Aplikasi SIAK" });
  });
  it("keeps a zero and treats an empty field as no value (the service decides whether one is needed)", () => {
    expect(realisasiSchema.safeParse(form({ nilai: "0" })).data?.nilai).toBe(0);
    expect(realisasiSchema.safeParse(form({ nilai: "" })).data?.nilai).toBeNull();
    expect(realisasiSchema.safeParse(form({ nilai: undefined })).data?.nilai).toBeNull();
    expect(realisasiSchema.safeParse(form({ nilai: null })).data?.nilai).toBeNull();
  });
  it("defaults the description and data source to empty", () => {
    expect(realisasiSchema.safeParse({ ikiId: U1, checkpointId: U2, nilai: "3" }).data).toEqual({ ikiId: U1, checkpointId: U2, nilai: 3, uraian: "", sumberData: "" });
  });
  it("refuses words, thousands separators, exponents, negative and absurd values", () => {
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "dua belas" })))).toEqual([["nilai", "ANGKA_TIDAK_VALID"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "1.000,5" })))).toEqual([["nilai", "ANGKA_TIDAK_VALID"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "12,5,1" })))).toEqual([["nilai", "ANGKA_TIDAK_VALID"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "1e3" })))).toEqual([["nilai", "ANGKA_TIDAK_VALID"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "12 %" })))).toEqual([["nilai", "ANGKA_TIDAK_VALID"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "-1" })))).toEqual([["nilai", "ANGKA_NEGATIF"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: -0.5 })))).toEqual([["nilai", "ANGKA_NEGATIF"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "1000000000000" })))).toEqual([["nilai", "ANGKA_TERLALU_BESAR"]]);
    expect(masalah(realisasiSchema.safeParse(form({ nilai: "999999999999" })))).toEqual([]);
  });
  it("refuses ids that are not UUIDs and overly long text", () => {
    expect(masalah(realisasiSchema.safeParse(form({ ikiId: "iki-1", checkpointId: "" })))).toEqual([
      ["ikiId", "ID_TIDAK_VALID"],
      ["checkpointId", "ID_TIDAK_VALID"],
    ]);
    expect(masalah(realisasiSchema.safeParse(form({ uraian: "x".repeat(4001) })))).toEqual([["uraian", "TERLALU_PANJANG"]]);
    expect(masalah(realisasiSchema.safeParse(form({ uraian: "x".repeat(4000) })))).toEqual([]);
    expect(masalah(realisasiSchema.safeParse(form({ sumberData: "x".repeat(501) })))).toEqual([["sumberData", "TERLALU_PANJANG"]]);
  });
});

describe("rencanaAksiSchema", () => {
  it("takes a plan and trims it", () => {
    expect(rencanaAksiSchema.safeParse({ rhkId: U1, checkpointId: U2, uraian: "  Menyusun jadwal uji coba  " }).data?.uraian).toBe("Menyusun jadwal uji coba");
  });
  it("accepts an empty (or blank) plan, which removes it", () => {
    expect(rencanaAksiSchema.safeParse({ rhkId: U1, checkpointId: U2, uraian: "" }).data?.uraian).toBe("");
    expect(rencanaAksiSchema.safeParse({ rhkId: U1, checkpointId: U2, uraian: "   " }).data?.uraian).toBe("");
  });
  it("refuses a missing plan field, bad ids and overly long text", () => {
    expect(masalah(rencanaAksiSchema.safeParse({ rhkId: U1, checkpointId: U2 }))).toHaveLength(1);
    expect(masalah(rencanaAksiSchema.safeParse({ rhkId: "x", checkpointId: U2, uraian: "a" }))).toEqual([["rhkId", "ID_TIDAK_VALID"]]);
    expect(masalah(rencanaAksiSchema.safeParse({ rhkId: U1, checkpointId: U2, uraian: "a".repeat(4001) }))).toEqual([["uraian", "TERLALU_PANJANG"]]);
  });
});

describe("buktiSchema", () => {
  const form = (over: Record<string, unknown> = {}) => ({ ikiId: U1, checkpointId: U2, nama: "", tautan: "", ...over });

  it("accepts an http(s) link and trims it", () => {
    for (const tautan of ["https://drive.helvetia.go.id/kinerja/2026/laporan.pdf", "http://intranet.helvetia/rekap?bulan=11", "  https://x.id/a  "]) {
      const r = buktiSchema.safeParse(form({ tautan, nama: "Laporan November" }));
      expect(masalah(r), tautan).toEqual([]);
      expect(r.data?.tautan).toBe(tautan.trim());
    }
  });
  it("treats empty name and link as none (a file travels separately)", () => {
    expect(buktiSchema.safeParse(form()).data).toEqual({ ikiId: U1, checkpointId: U2, nama: null, tautan: null });
    expect(buktiSchema.safeParse({ ikiId: U1, checkpointId: U2 }).data).toEqual({ ikiId: U1, checkpointId: U2, nama: null, tautan: null });
  });
  it("refuses links that are not http(s) or not links at all", () => {
    for (const tautan of ["javascript:alert(1)", "ftp://files.helvetia.go.id/a.pdf", "file:///etc/passwd", "data:text/html,<b>x</b>", "drive.helvetia.go.id/a.pdf", "bukan tautan"])
      expect(masalah(buktiSchema.safeParse(form({ tautan }))), tautan).toEqual([["tautan", "TAUTAN_TIDAK_VALID"]]);
  });
  it("reads a blank link as no link (the service then asks for a link or a file) and refuses an overly long one", () => {
    const kosong = buktiSchema.safeParse(form({ tautan: "   " }));
    expect(kosong.success && kosong.data.tautan).toBeNull();
    expect(masalah(buktiSchema.safeParse(form({ tautan: `https://x.id/${"a".repeat(2000)}` })))).toEqual([["tautan", "TERLALU_PANJANG"]]);
    expect(masalah(buktiSchema.safeParse(form({ nama: "n".repeat(301) })))).toEqual([["nama", "TERLALU_PANJANG"]]);
  });
});

describe("umpanBalikSchema", () => {
  const form = (over: Record<string, unknown> = {}) => ({ skpId: U1, checkpointId: U2, ikiId: U3, nilaiPerilaku: "", frasaStandar: "", isi: "", ...over });

  it("takes a standard phrase alone, free text alone, or both", () => {
    expect(umpanBalikSchema.safeParse(form({ frasaStandar: "Kinerja sudah sesuai ekspektasi" })).data).toEqual({
      skpId: U1, checkpointId: U2, ikiId: U3, nilaiPerilaku: null, frasaStandar: "Kinerja sudah sesuai ekspektasi", isi: "",
    });
    expect(umpanBalikSchema.safeParse(form({ isi: "  Lengkapi rekap SIAK  " })).data).toMatchObject({ frasaStandar: null, isi: "Lengkapi rekap SIAK" });
    expect(masalah(umpanBalikSchema.safeParse(form({ frasaStandar: "Pertahankan", isi: "Bagus" })))).toEqual([]);
  });
  it("needs a phrase or some text (blank text does not count)", () => {
    expect(masalah(umpanBalikSchema.safeParse(form()))).toEqual([["isi", "UMPAN_BALIK_KOSONG"]]);
    expect(masalah(umpanBalikSchema.safeParse(form({ isi: "    " })))).toEqual([["isi", "UMPAN_BALIK_KOSONG"]]);
  });
  it("is about exactly one thing: an IKI or a behaviour value", () => {
    const perilaku = umpanBalikSchema.safeParse(form({ ikiId: "", nilaiPerilaku: "KOLABORATIF", isi: "Aktif berbagi" }));
    expect(masalah(perilaku)).toEqual([]);
    expect(perilaku.data).toMatchObject({ ikiId: null, nilaiPerilaku: "KOLABORATIF" });
    expect(masalah(umpanBalikSchema.safeParse(form({ ikiId: "", isi: "x" })))).toEqual([["ikiId", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(umpanBalikSchema.safeParse(form({ nilaiPerilaku: "AKUNTABEL", isi: "x" })))).toEqual([["ikiId", "PILIHAN_TIDAK_VALID"]]);
  });
  it("reports both problems at once", () => {
    expect(masalah(umpanBalikSchema.safeParse(form({ ikiId: "" })))).toEqual([
      ["ikiId", "PILIHAN_TIDAK_VALID"],
      ["isi", "UMPAN_BALIK_KOSONG"],
    ]);
  });
  it("refuses an unknown behaviour value and bad ids", () => {
    expect(masalah(umpanBalikSchema.safeParse(form({ ikiId: "", nilaiPerilaku: "JUJUR", isi: "x" })))).toEqual([["nilaiPerilaku", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(umpanBalikSchema.safeParse(form({ ikiId: "iki-1", isi: "x" })))).toEqual([["ikiId", "ID_TIDAK_VALID"]]);
    expect(masalah(umpanBalikSchema.safeParse(form({ skpId: "x", isi: "x" })))).toEqual([["skpId", "ID_TIDAK_VALID"]]);
  });
  it("bounds the lengths", () => {
    expect(masalah(umpanBalikSchema.safeParse(form({ isi: "x".repeat(4001) })))).toEqual([["isi", "TERLALU_PANJANG"]]);
    expect(masalah(umpanBalikSchema.safeParse(form({ frasaStandar: "x".repeat(301) })))).toEqual([["frasaStandar", "TERLALU_PANJANG"]]);
  });
});

describe("balasanSchema", () => {
  it("takes one reply, trimmed", () => {
    expect(balasanSchema.safeParse({ umpanBalikId: U1, isi: "  Terima kasih, Pak  " }).data).toEqual({ umpanBalikId: U1, isi: "Terima kasih, Pak" });
  });
  it("refuses an empty or blank reply, a missing one and an overly long one", () => {
    expect(masalah(balasanSchema.safeParse({ umpanBalikId: U1, isi: "" }))).toEqual([["isi", "WAJIB_DIISI"]]);
    expect(masalah(balasanSchema.safeParse({ umpanBalikId: U1, isi: "   " }))).toEqual([["isi", "WAJIB_DIISI"]]);
    expect(masalah(balasanSchema.safeParse({ umpanBalikId: U1 }))).toEqual([["isi", "WAJIB_DIISI"]]);
    expect(masalah(balasanSchema.safeParse({ umpanBalikId: U1, isi: "x".repeat(4001) }))).toEqual([["isi", "TERLALU_PANJANG"]]);
    expect(masalah(balasanSchema.safeParse({ umpanBalikId: "1", isi: "ok" }))).toEqual([["umpanBalikId", "ID_TIDAK_VALID"]]);
  });
});

describe("frasaSchema", () => {
  const daftar = (...teks: string[]) => ({ frasa: teks.map((t) => ({ teks: t })) });

  it("takes a list of phrases, trimmed, in order; an empty list too", () => {
    expect(frasaSchema.safeParse(daftar(" Pertahankan ", "Tingkatkan ketepatan waktu")).data).toEqual(daftar("Pertahankan", "Tingkatkan ketepatan waktu"));
    expect(masalah(frasaSchema.safeParse(daftar()))).toEqual([]);
  });
  it("refuses the same phrase twice, ignoring case and surrounding spaces", () => {
    expect(masalah(frasaSchema.safeParse(daftar("Pertahankan", "Tingkatkan", "pertahankan")))).toEqual([["frasa", "FRASA_GANDA"]]);
    expect(masalah(frasaSchema.safeParse(daftar("Pertahankan", "  PERTAHANKAN  ")))).toEqual([["frasa", "FRASA_GANDA"]]);
  });
  it("refuses a blank phrase, an overly long one and more than 100", () => {
    expect(masalah(frasaSchema.safeParse(daftar("Bagus", "  ")))).toEqual([["frasa.1.teks", "WAJIB_DIISI"]]);
    expect(masalah(frasaSchema.safeParse(daftar("x".repeat(301))))).toEqual([["frasa.0.teks", "TERLALU_PANJANG"]]);
    expect(masalah(frasaSchema.safeParse(daftar(...Array.from({ length: 100 }, (_, i) => `Frasa ${i}`))))).toEqual([]);
    expect(masalah(frasaSchema.safeParse(daftar(...Array.from({ length: 101 }, (_, i) => `Frasa ${i}`))))).toContainEqual(["frasa", "TERLALU_BANYAK"]);
  });
});

describe("preferensiSurelSchema", () => {
  it("takes email on/off per kind", () => {
    expect(preferensiSurelSchema.safeParse({ TARGET_TERCAPAI: false, UMPAN_BALIK: true }).data).toEqual({ TARGET_TERCAPAI: false, UMPAN_BALIK: true });
    expect(preferensiSurelSchema.safeParse({}).success).toBe(true);
  });
  it("refuses values that are not booleans, overly long kinds and non-objects", () => {
    expect(preferensiSurelSchema.safeParse({ TARGET_TERCAPAI: "false" }).success).toBe(false);
    expect(preferensiSurelSchema.safeParse({ TARGET_TERCAPAI: 0 }).success).toBe(false);
    expect(preferensiSurelSchema.safeParse({ ["X".repeat(65)]: true }).success).toBe(false);
    expect(preferensiSurelSchema.safeParse(null).success).toBe(false);
    expect(preferensiSurelSchema.safeParse("TARGET_TERCAPAI").success).toBe(false);
  });
});
