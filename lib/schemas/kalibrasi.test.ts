import { describe, expect, it } from "vitest";
import { aturanKeberatanSchema } from "./aturan";
import { kalibrasiSchema, penetapanKurvaSchema, predikatOrganisasiSchema } from "./kalibrasi";

const ID = "11111111-1111-4111-8111-111111111111";
const ALASAN = "Capaian organisasi melampaui target.";
const pesan = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("predikatOrganisasiSchema", () => {
  it("trims the reason, needs 10 characters, takes an optional http(s) link", () => {
    expect(predikatOrganisasiSchema.parse({ unitId: ID, periodeId: ID, predikat: "BAIK", alasan: `  ${ALASAN} ` })).toEqual({
      unitId: ID, periodeId: ID, predikat: "BAIK", alasan: ALASAN, buktiTautan: null,
    });
    expect(predikatOrganisasiSchema.parse({ unitId: ID, periodeId: ID, predikat: "BAIK", alasan: ALASAN, buktiTautan: "" }).buktiTautan).toBeNull();
    expect(pesan(predikatOrganisasiSchema.safeParse({ unitId: ID, periodeId: ID, predikat: "BAIK", alasan: "  pendek   " }))).toEqual({ alasan: "ALASAN_TERLALU_PENDEK" });
    expect(pesan(predikatOrganisasiSchema.safeParse({ unitId: ID, periodeId: ID, predikat: "BAIK", alasan: "   " }))).toEqual({ alasan: "WAJIB_DIISI" });
    expect(pesan(predikatOrganisasiSchema.safeParse({ unitId: ID, periodeId: ID, predikat: "HEBAT", alasan: ALASAN, buktiTautan: "ftp://x" }))).toEqual({
      predikat: "PILIHAN_TIDAK_VALID", buktiTautan: "TAUTAN_TIDAK_VALID",
    });
  });
});

describe("kalibrasiSchema", () => {
  it("needs both ratings and a reason", () => {
    expect(kalibrasiSchema.parse({ evaluasiId: ID, ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS", alasan: ALASAN }).alasan).toBe(ALASAN);
    expect(pesan(kalibrasiSchema.safeParse({ evaluasiId: "x", ratingHasil: "", alasan: "" }))).toEqual({
      evaluasiId: "ID_TIDAK_VALID", ratingHasil: "PILIHAN_TIDAK_VALID", ratingPerilaku: "PILIHAN_TIDAK_VALID", alasan: "WAJIB_DIISI",
    });
  });
});

describe("penetapanKurvaSchema", () => {
  it("reads a blank justification as none and a short one as too short", () => {
    expect(penetapanKurvaSchema.parse({ unitId: ID, periodeId: ID }).justifikasi).toBeNull();
    expect(penetapanKurvaSchema.parse({ unitId: ID, periodeId: ID, justifikasi: "   " }).justifikasi).toBeNull();
    expect(penetapanKurvaSchema.parse({ unitId: ID, periodeId: ID, justifikasi: ` ${ALASAN} ` }).justifikasi).toBe(ALASAN);
    expect(pesan(penetapanKurvaSchema.safeParse({ unitId: ID, periodeId: ID, justifikasi: "singkat" }))).toEqual({ justifikasi: "ALASAN_TERLALU_PENDEK" });
  });
});

describe("aturanKeberatanSchema: the curve's settings", () => {
  const basis = { hari: 14, jenisHari: "KALENDER", hariLibur: [] };
  it("are optional, and validated when given (minimum 1–50, a known policy)", () => {
    expect(aturanKeberatanSchema.parse(basis)).toEqual(basis);
    expect(aturanKeberatanSchema.parse({ ...basis, kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: "7" })).toMatchObject({ kurvaMinimumPegawai: 7 });
    for (const n of [0, 51, 2.5]) expect(aturanKeberatanSchema.safeParse({ ...basis, kurvaMinimumPegawai: n }).success).toBe(false);
    expect(pesan(aturanKeberatanSchema.safeParse({ ...basis, kebijakanKurva: "DIAM", kurvaMinimumPegawai: 51 }))).toEqual({
      kebijakanKurva: "PILIHAN_TIDAK_VALID", kurvaMinimumPegawai: "MINIMUM_1_50",
    });
  });
});
