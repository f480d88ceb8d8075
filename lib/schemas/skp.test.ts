import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ekspektasiSchema,
  idListSchema,
  pengembalianSchema,
  penyerahanRhkSchema,
  skpBaruSchema,
  skpDraftSchema,
  type SkpDraftForm,
} from "./skp";

const U1 = "3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b";
const U2 = "7a1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";
const U3 = "0e9d8c7b-6a5f-4e3d-a2c1-b0a9f8e7d6c5";

const kosongLampiran = () => ({ DUKUNGAN_SUMBER_DAYA: [], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] });

type IkiForm = SkpDraftForm["rhk"][number]["iki"][number];
type RhkForm = SkpDraftForm["rhk"][number];
const ikiForm = (over: Partial<IkiForm> = {}): IkiForm => ({
  id: "",
  aspek: "KUANTITAS",
  indikator: "Jumlah laporan",
  targetMin: "12",
  targetMax: "",
  satuan: "laporan",
  targetKualitatif: "",
  ...over,
});
const rhkForm = (over: Partial<RhkForm> = {}): RhkForm => ({
  id: "",
  jenis: "UTAMA",
  uraian: "Tersusunnya laporan",
  rhkAtasanId: "",
  perspektif: "",
  iki: [ikiForm()],
  ...over,
});
const draft = (over: Partial<SkpDraftForm> = {}): SkpDraftForm => ({
  lockVersion: 3,
  pendekatan: "KUANTITATIF",
  rhk: [rhkForm()],
  lampiran: kosongLampiran(),
  ...over,
});

/** Issues as [path joined with ".", message]. */
function masalah(r: z.ZodSafeParseResult<unknown>): Array<[string, string]> {
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("skpDraftSchema", () => {
  it("parses a valid kuantitatif draft and turns form strings into typed values", () => {
    const r = skpDraftSchema.safeParse(
      draft({
        rhk: [rhkForm({ id: U1, rhkAtasanId: U2, iki: [ikiForm({ id: U3, targetMin: "90", targetMax: "100", satuan: "%" })] })],
        lampiran: { DUKUNGAN_SUMBER_DAYA: [{ uraian: "  Laptop  " }], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] },
      }),
    );
    expect(masalah(r)).toEqual([]);
    expect(r.data).toEqual({
      lockVersion: 3,
      pendekatan: "KUANTITATIF",
      rhk: [{
        id: U1, jenis: "UTAMA", uraian: "Tersusunnya laporan", rhkAtasanId: U2, perspektif: null,
        iki: [{ id: U3, aspek: "KUANTITAS", indikator: "Jumlah laporan", targetMin: 90, targetMax: 100, satuan: "%", targetKualitatif: null }],
      }],
      lampiran: { DUKUNGAN_SUMBER_DAYA: [{ uraian: "Laptop" }], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] },
    });
  });

  it("accepts an empty draft and an RHK without IKI (submission checks those later)", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [] })))).toEqual([]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [] })] })))).toEqual([]);
  });

  it("reads '12,5' and '12.5' as 12.5, numbers as themselves, and trims", () => {
    for (const v of ["12,5", "12.5", " 12,5 ", 12.5]) {
      const r = skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: v as string })] })] }));
      expect(r.data?.rhk[0]!.iki[0]!.targetMin, String(v)).toBe(12.5);
    }
  });

  it("turns empty strings into null", () => {
    const r = skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMax: "", targetKualitatif: "" })] })] }));
    expect(r.data?.rhk[0]).toMatchObject({ id: null, rhkAtasanId: null, perspektif: null });
    expect(r.data?.rhk[0]!.iki[0]).toMatchObject({ id: null, targetMax: null, targetKualitatif: null });
  });

  it("coerces a string lockVersion and refuses a negative one", () => {
    expect(skpDraftSchema.safeParse(draft({ lockVersion: "4" as unknown as number })).data?.lockVersion).toBe(4);
    expect(skpDraftSchema.safeParse(draft({ lockVersion: -1 })).success).toBe(false);
  });

  it("asks a kuantitatif IKI for its target and unit, at the field's path", () => {
    const r = skpDraftSchema.safeParse(
      draft({ rhk: [rhkForm(), rhkForm({ iki: [ikiForm(), ikiForm({ targetMin: "", satuan: "" })] })] }),
    );
    expect(masalah(r)).toEqual([
      ["rhk.1.iki.1.targetMin", "TARGET_WAJIB"],
      ["rhk.1.iki.1.satuan", "SATUAN_WAJIB"],
    ]);
    expect(r.success ? [] : r.error.issues[0]!.path).toEqual(["rhk", 1, "iki", 1, "targetMin"]);
  });

  it("treats a blank unit as missing", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ satuan: "   " })] })] })))).toEqual([
      ["rhk.0.iki.0.satuan", "SATUAN_WAJIB"],
    ]);
  });

  it("refuses a reversed range and accepts an equal one", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "100", targetMax: "90" })] })] })))).toEqual([
      ["rhk.0.iki.0.targetMax", "RENTANG_TERBALIK"],
    ]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "90", targetMax: "90" })] })] })))).toEqual([]);
  });

  it("refuses text, negative and absurd numbers", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "dua belas" })] })] })))).toContainEqual([
      "rhk.0.iki.0.targetMin",
      "ANGKA_TIDAK_VALID",
    ]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "1.000,5" })] })] })))).toContainEqual([
      "rhk.0.iki.0.targetMin",
      "ANGKA_TIDAK_VALID",
    ]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "-5" })] })] })))).toEqual([
      ["rhk.0.iki.0.targetMin", "ANGKA_NEGATIF"],
    ]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ targetMin: "1000000000000" })] })] })))).toEqual([
      ["rhk.0.iki.0.targetMin", "ANGKA_TERLALU_BESAR"],
    ]);
  });

  it("asks a kualitatif IKI for a described target, not a number or unit", () => {
    const kosong = ikiForm({ targetMin: "", satuan: "", targetKualitatif: "" });
    expect(masalah(skpDraftSchema.safeParse(draft({ pendekatan: "KUALITATIF", rhk: [rhkForm({ iki: [kosong] })] })))).toEqual([
      ["rhk.0.iki.0.targetKualitatif", "TARGET_WAJIB"],
    ]);
    expect(masalah(skpDraftSchema.safeParse(draft({ pendekatan: "KUALITATIF", rhk: [rhkForm({ iki: [{ ...kosong, targetKualitatif: "   " }] })] })))).toEqual([
      ["rhk.0.iki.0.targetKualitatif", "TARGET_WAJIB"],
    ]);
    const ok = skpDraftSchema.safeParse(draft({ pendekatan: "KUALITATIF", rhk: [rhkForm({ iki: [{ ...kosong, targetKualitatif: " Sesuai SOP " }] })] }));
    expect(masalah(ok)).toEqual([]);
    expect(ok.data?.rhk[0]!.iki[0]!.targetKualitatif).toBe("Sesuai SOP");
    // a reversed numeric range left over from kuantitatif does not block a kualitatif draft
    expect(
      masalah(skpDraftSchema.safeParse(draft({ pendekatan: "KUALITATIF", rhk: [rhkForm({ iki: [ikiForm({ targetMin: "9", targetMax: "1", targetKualitatif: "x" })] })] }))),
    ).toEqual([]);
  });

  it("refuses a malformed id at its path", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ id: "rhk-1" })] })))).toEqual([["rhk.0.id", "ID_TIDAK_VALID"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ rhkAtasanId: "123" })] })))).toEqual([["rhk.0.rhkAtasanId", "ID_TIDAK_VALID"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ id: "x" })] })] })))).toEqual([["rhk.0.iki.0.id", "ID_TIDAK_VALID"]]);
  });

  it("requires the text fields and bounds the choices", () => {
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ uraian: "   " })] })))).toEqual([["rhk.0.uraian", "WAJIB_DIISI"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ indikator: "" })] })] })))).toEqual([["rhk.0.iki.0.indikator", "WAJIB_DIISI"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ jenis: "LAIN" as "UTAMA" })] })))).toEqual([["rhk.0.jenis", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ perspektif: "KEUANGAN" as "ANGGARAN" })] })))).toEqual([["rhk.0.perspektif", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ iki: [ikiForm({ aspek: "MUTU" as "KUALITAS" })] })] })))).toEqual([["rhk.0.iki.0.aspek", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ pendekatan: "CAMPURAN" as "KUALITATIF" })))).toContainEqual(["pendekatan", "PILIHAN_TIDAK_VALID"]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: [rhkForm({ uraian: "x".repeat(1001) })] })))).toEqual([["rhk.0.uraian", "TERLALU_PANJANG"]]);
    expect(masalah(skpDraftSchema.safeParse(draft({ rhk: Array.from({ length: 41 }, () => rhkForm()) })))).toEqual([["rhk", "TERLALU_BANYAK"]]);
    expect(
      masalah(skpDraftSchema.safeParse(draft({ lampiran: { ...kosongLampiran(), KONSEKUENSI: [{ uraian: " " }] } }))),
    ).toEqual([["lampiran.KONSEKUENSI.0.uraian", "WAJIB_DIISI"]]);
  });

  it("requires all three lampiran sections", () => {
    const r = skpDraftSchema.safeParse({ ...draft(), lampiran: { DUKUNGAN_SUMBER_DAYA: [], KONSEKUENSI: [] } });
    expect(r.success).toBe(false);
  });
});

describe("skpBaruSchema", () => {
  it("takes an assignment, a pendekatan and a source", () => {
    for (const sumber of ["KOSONG", "SEBELUMNYA", "MATRIKS"] as const)
      expect(skpBaruSchema.safeParse({ penugasanId: U1, pendekatan: "KUANTITATIF", sumber }).success).toBe(true);
    expect(masalah(skpBaruSchema.safeParse({ penugasanId: "abc", pendekatan: "KUANTITATIF", sumber: "KOSONG" }))).toEqual([["penugasanId", "PILIHAN_TIDAK_VALID"]]);
    expect(masalah(skpBaruSchema.safeParse({ penugasanId: U1, pendekatan: "KUANTITATIF", sumber: "TEMAN" }))).toEqual([["sumber", "PILIHAN_TIDAK_VALID"]]);
  });
});

describe("pengembalianSchema", () => {
  it("requires at least one non-empty note", () => {
    expect(masalah(pengembalianSchema.safeParse({ lockVersion: 1 }))).toEqual([["umum", "CATATAN_WAJIB"]]);
    expect(masalah(pengembalianSchema.safeParse({ lockVersion: 1, umum: "   ", catatan: [{ rhkId: U1, ikiId: "", isi: "  " }] }))).toEqual([
      ["umum", "CATATAN_WAJIB"],
    ]);
  });

  it("accepts an overall note alone", () => {
    const r = pengembalianSchema.safeParse({ lockVersion: "2", umum: " Perbaiki target " });
    expect(r.data).toEqual({ lockVersion: 2, umum: "Perbaiki target", catatan: [] });
  });

  it("accepts a note on an item alone, dropping the empty ones", () => {
    const r = pengembalianSchema.safeParse({
      lockVersion: 1,
      umum: "",
      catatan: [
        { rhkId: U1, ikiId: "", isi: "" },
        { rhkId: "", ikiId: U2, isi: " Target terlalu rendah " },
        { rhkId: U3, ikiId: null, isi: "   " },
      ],
    });
    expect(r.data).toEqual({ lockVersion: 1, umum: "", catatan: [{ rhkId: null, ikiId: U2, isi: "Target terlalu rendah" }] });
  });

  it("refuses malformed ids and over-long notes", () => {
    expect(masalah(pengembalianSchema.safeParse({ lockVersion: 1, catatan: [{ rhkId: "x", ikiId: null, isi: "a" }] }))).toEqual([
      ["catatan.0.rhkId", "ID_TIDAK_VALID"],
    ]);
    expect(masalah(pengembalianSchema.safeParse({ lockVersion: 1, umum: "x".repeat(2001) }))).toEqual([["umum", "TERLALU_PANJANG"]]);
  });
});

describe("ekspektasiSchema", () => {
  const semua = (isi = "") => ({
    BERORIENTASI_PELAYANAN: isi, AKUNTABEL: isi, KOMPETEN: isi, HARMONIS: isi, LOYAL: isi, ADAPTIF: isi, KOLABORATIF: isi,
  });
  it("takes one or more SKP ids and the seven texts, trimmed; hanyaYangDiisi defaults to true", () => {
    const r = ekspektasiSchema.safeParse({ skpIds: [U1, U2], ekspektasi: { ...semua(), AKUNTABEL: "  Jujur  " } });
    expect(r.data).toEqual({ skpIds: [U1, U2], ekspektasi: { ...semua(), AKUNTABEL: "Jujur" }, hanyaYangDiisi: true });
    expect(ekspektasiSchema.safeParse({ skpIds: [U1], ekspektasi: semua("x"), hanyaYangDiisi: false }).data?.hanyaYangDiisi).toBe(false);
  });
  it("requires at least one SKP, valid ids and every value", () => {
    expect(masalah(ekspektasiSchema.safeParse({ skpIds: [], ekspektasi: semua() }))).toEqual([["skpIds", "PILIH_PEGAWAI"]]);
    expect(masalah(ekspektasiSchema.safeParse({ skpIds: ["nope"], ekspektasi: semua() }))).toEqual([["skpIds.0", "ID_TIDAK_VALID"]]);
    const { LOYAL: _, ...tanpaLoyal } = semua();
    expect(masalah(ekspektasiSchema.safeParse({ skpIds: [U1], ekspektasi: tanpaLoyal })).map(([p]) => p)).toEqual(["ekspektasi.LOYAL"]);
    expect(masalah(ekspektasiSchema.safeParse({ skpIds: [U1], ekspektasi: { ...semua(), ADAPTIF: "x".repeat(2001) } }))).toEqual([
      ["ekspektasi.ADAPTIF", "TERLALU_PANJANG"],
    ]);
  });
});

describe("penyerahanRhkSchema", () => {
  it("takes one RHK and one or more recipients with their part", () => {
    const r = penyerahanRhkSchema.safeParse({ rhkAtasanId: U1, penerima: [{ pegawaiId: U2, uraianPeran: "  Menyusun bagian A " }] });
    expect(r.data).toEqual({ rhkAtasanId: U1, penerima: [{ pegawaiId: U2, uraianPeran: "Menyusun bagian A" }] });
  });
  it("refuses no recipients, a blank part and malformed ids", () => {
    expect(masalah(penyerahanRhkSchema.safeParse({ rhkAtasanId: U1, penerima: [] }))).toEqual([["penerima", "PILIH_PEGAWAI"]]);
    expect(masalah(penyerahanRhkSchema.safeParse({ rhkAtasanId: U1, penerima: [{ pegawaiId: U2, uraianPeran: " " }] }))).toEqual([
      ["penerima.0.uraianPeran", "WAJIB_DIISI"],
    ]);
    expect(masalah(penyerahanRhkSchema.safeParse({ rhkAtasanId: "x", penerima: [{ pegawaiId: "y", uraianPeran: "a" }] }))).toEqual([
      ["rhkAtasanId", "PILIHAN_TIDAK_VALID"],
      ["penerima.0.pegawaiId", "ID_TIDAK_VALID"],
    ]);
  });
});

describe("idListSchema", () => {
  it("takes 1 to 200 valid ids", () => {
    expect(idListSchema.safeParse([U1, U2]).success).toBe(true);
    expect(masalah(idListSchema.safeParse([]))).toEqual([["", "PILIH_SKP"]]);
    expect(masalah(idListSchema.safeParse(["a"]))).toEqual([["0", "ID_TIDAK_VALID"]]);
    expect(masalah(idListSchema.safeParse(Array.from({ length: 201 }, () => U1)))).toEqual([["", "TERLALU_BANYAK"]]);
  });
});
