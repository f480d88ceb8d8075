import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { masalahKonfirmasi, masalahTanggal, masalahUbah, statusDialog, terkunci, terlambat, type KeadaanDialog } from "@/lib/domain/dialog";
import { catatanDialogSchema, idDialogSchema, idTindakanSchema, jawabanSchema, pertanyaanSchema, tanggalSchema, tindakanSchema, usulDialogSchema } from "./dialog";

const U1 = "3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b";
const U2 = "7a1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e";

/** Issues as [path joined with ".", message]. */
function masalah(r: z.ZodSafeParseResult<unknown>): Array<[string, string]> {
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("tanggalSchema", () => {
  it("takes real calendar dates only", () => {
    expect(tanggalSchema.safeParse(" 2026-11-20 ").data).toBe("2026-11-20");
    expect(tanggalSchema.safeParse("2028-02-29").success).toBe(true);
    for (const v of ["2026-02-30", "2027-02-29", "2026-13-01", "20-11-2026", "2026-11-20T10:00"]) expect(masalah(tanggalSchema.safeParse(v)), v).toEqual([["", "TANGGAL_TIDAK_VALID"]]);
    expect(masalah(tanggalSchema.safeParse(""))).toEqual([["", "WAJIB_DIISI"]]);
    expect(masalah(tanggalSchema.safeParse(undefined))).toEqual([["", "WAJIB_DIISI"]]);
  });
});

describe("usulDialogSchema", () => {
  it("needs an SKP, a date and an agenda, trimmed", () => {
    expect(usulDialogSchema.safeParse({ skpId: U1, tanggal: "2026-11-25", topik: "  Capaian triwulan IV  " }).data).toEqual({ skpId: U1, tanggal: "2026-11-25", topik: "Capaian triwulan IV" });
    expect(masalah(usulDialogSchema.safeParse({ skpId: "x", tanggal: "", topik: "   " }))).toEqual([
      ["skpId", "ID_TIDAK_VALID"],
      ["tanggal", "WAJIB_DIISI"],
      ["topik", "WAJIB_DIISI"],
    ]);
    expect(masalah(usulDialogSchema.safeParse({ skpId: U1, tanggal: "2026-11-25", topik: "a".repeat(2001) }))).toEqual([["topik", "TERLALU_PANJANG"]]);
  });
});

describe("pertanyaanSchema and jawabanSchema", () => {
  it("a question is required; an answer may be empty (it clears the answer)", () => {
    expect(pertanyaanSchema.safeParse({ dialogId: U1, pertanyaan: " Bagaimana target IKI 2? " }).data).toEqual({ dialogId: U1, pertanyaan: "Bagaimana target IKI 2?" });
    expect(masalah(pertanyaanSchema.safeParse({ dialogId: U1, pertanyaan: "" }))).toEqual([["pertanyaan", "WAJIB_DIISI"]]);
    expect(jawabanSchema.safeParse({ pertanyaanId: U2, jawaban: "  " }).data).toEqual({ pertanyaanId: U2, jawaban: "" });
    expect(jawabanSchema.safeParse({ pertanyaanId: U2 }).data).toEqual({ pertanyaanId: U2, jawaban: "" });
    expect(masalah(jawabanSchema.safeParse({ pertanyaanId: U2, jawaban: "a".repeat(4001) }))).toEqual([["jawaban", "TERLALU_PANJANG"]]);
  });
});

describe("catatanDialogSchema", () => {
  it("keeps clarifications and an outcome; empty fields are none", () => {
    expect(catatanDialogSchema.safeParse({ dialogId: U1, catatanPpk: "  Fokus pada kualitas  ", hasil: "TERCAPAI", penjelasanHasil: "" }).data).toEqual({
      dialogId: U1, catatanPpk: "Fokus pada kualitas", hasil: "TERCAPAI", penjelasanHasil: null,
    });
    expect(catatanDialogSchema.safeParse({ dialogId: U1, catatanPpk: "   ", hasil: "" }).data).toEqual({ dialogId: U1, catatanPpk: null, hasil: null, penjelasanHasil: null });
  });
  it("tidak tercapai needs an explanation; an unknown outcome is refused", () => {
    expect(masalah(catatanDialogSchema.safeParse({ dialogId: U1, hasil: "TIDAK_TERCAPAI", penjelasanHasil: "  " }))).toEqual([["penjelasanHasil", "PENJELASAN_WAJIB"]]);
    expect(catatanDialogSchema.safeParse({ dialogId: U1, hasil: "TIDAK_TERCAPAI", penjelasanHasil: "Data belum lengkap" }).data?.penjelasanHasil).toBe("Data belum lengkap");
    expect(masalah(catatanDialogSchema.safeParse({ dialogId: U1, hasil: "SEBAGIAN" }))).toEqual([["hasil", "PILIHAN_TIDAK_VALID"]]);
  });
});

describe("tindakanSchema and ids", () => {
  it("an action needs a description and a real due date", () => {
    expect(tindakanSchema.safeParse({ dialogId: U1, uraian: " Susun SOP ", batas: "2026-12-15" }).data).toEqual({ dialogId: U1, uraian: "Susun SOP", batas: "2026-12-15" });
    expect(masalah(tindakanSchema.safeParse({ dialogId: U1, uraian: "", batas: "2026-12-32" }))).toEqual([
      ["uraian", "WAJIB_DIISI"],
      ["batas", "TANGGAL_TIDAK_VALID"],
    ]);
    expect(masalah(idTindakanSchema.safeParse({ tindakanId: "1" }))).toEqual([["tindakanId", "ID_TIDAK_VALID"]]);
    expect(masalah(idDialogSchema.safeParse({}))).toEqual([["dialogId", "ID_TIDAK_VALID"]]);
  });
});

describe("the dialogue's rules (lib/domain/dialog)", () => {
  const k = (over: Partial<KeadaanDialog> = {}): KeadaanDialog => ({ hasil: null, dikonfirmasiPegawai: false, dikonfirmasiPpk: false, periodeDitutup: false, ...over });

  it("status follows the outcome and the confirmations", () => {
    expect(statusDialog(k())).toBe("DIJADWALKAN");
    expect(statusDialog(k({ hasil: "TERCAPAI" }))).toBe("TERCATAT");
    expect(statusDialog(k({ dikonfirmasiPegawai: true }))).toBe("MENUNGGU_KONFIRMASI");
    expect(statusDialog(k({ hasil: "TIDAK_TERCAPAI", dikonfirmasiPpk: true }))).toBe("MENUNGGU_KONFIRMASI");
    expect(statusDialog(k({ hasil: "TERCAPAI", dikonfirmasiPegawai: true, dikonfirmasiPpk: true }))).toBe("TERKONFIRMASI");
    expect(terkunci(k({ dikonfirmasiPegawai: true }))).toBe(false);
    expect(terkunci(k({ dikonfirmasiPegawai: true, dikonfirmasiPpk: true }))).toBe(true);
  });
  it("the content changes until both confirmed and while the period is open", () => {
    expect(masalahUbah(k())).toBeNull();
    expect(masalahUbah(k({ dikonfirmasiPpk: true, hasil: "TERCAPAI" }))).toBeNull();
    expect(masalahUbah(k({ dikonfirmasiPegawai: true, dikonfirmasiPpk: true }))).toBe("DIALOG_TERKUNCI");
    expect(masalahUbah(k({ periodeDitutup: true }))).toBe("DIALOG_PERIODE_DITUTUP");
  });
  it("the PPK confirms only with an outcome; nobody confirms twice", () => {
    expect(masalahKonfirmasi(k(), "PEGAWAI")).toBeNull();
    expect(masalahKonfirmasi(k(), "PPK")).toBe("HASIL_BELUM_DIISI");
    expect(masalahKonfirmasi(k({ hasil: "TERCAPAI" }), "PPK")).toBeNull();
    expect(masalahKonfirmasi(k({ dikonfirmasiPegawai: true }), "PEGAWAI")).toBe("SUDAH_DIKONFIRMASI");
    expect(masalahKonfirmasi(k({ hasil: "TERCAPAI", dikonfirmasiPpk: true }), "PPK")).toBe("SUDAH_DIKONFIRMASI");
    expect(masalahKonfirmasi(k({ hasil: "TERCAPAI", dikonfirmasiPpk: true, dikonfirmasiPegawai: true }), "PEGAWAI")).toBe("DIALOG_TERKUNCI");
    expect(masalahKonfirmasi(k({ hasil: "TERCAPAI", periodeDitutup: true }), "PPK")).toBe("DIALOG_PERIODE_DITUTUP");
  });
  it("a meeting is dated within the SKP up to the annual evaluation's due date; actions are late after their due date", () => {
    const r = { mulai: "2026-01-01", batas: "2027-01-10" };
    expect(masalahTanggal("2026-01-01", r)).toBeNull();
    expect(masalahTanggal("2027-01-10", r)).toBeNull();
    expect(masalahTanggal("2025-12-31", r)).toBe("TANGGAL_DI_LUAR_SKP");
    expect(masalahTanggal("2027-01-11", r)).toBe("TANGGAL_DI_LUAR_SKP");
    expect(terlambat({ batas: "2026-11-19", selesai: false }, "2026-11-20")).toBe(true);
    expect(terlambat({ batas: "2026-11-20", selesai: false }, "2026-11-20")).toBe(false);
    expect(terlambat({ batas: "2026-11-19", selesai: true }, "2026-11-20")).toBe(false);
  });
});
