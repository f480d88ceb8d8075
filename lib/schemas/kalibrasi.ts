import { z } from "zod";
import { PREDIKAT_ORGANISASI, RATING } from "@/lib/domain/constants";
import { kosongJadiNull, urlHttp } from "./umum";

/**
 * Organisation rating, calibration and the finalisation of a unit's curve (spec §5). Messages are keys
 * of "validasi" in lib/i18n/messages; the same schemas run in the lead's client forms and in the services.
 */

/** A written reason: trimmed, at least 10 characters (ALASAN_TERLALU_PENDEK), at most 4000. */
export const alasanPanjang = z
  .string({ error: "WAJIB_DIISI" })
  .trim()
  .min(1, { error: "WAJIB_DIISI", abort: true })
  .min(10, "ALASAN_TERLALU_PENDEK")
  .max(4000, "TERLALU_PANJANG");

const tautanOpsional = z.preprocess(kosongJadiNull, urlHttp.nullable()).default(null);

/** The leader above the unit sets its predikat kinerja organisasi for a period. */
export const predikatOrganisasiSchema = z.object({
  unitId: z.uuid("ID_TIDAK_VALID"),
  periodeId: z.uuid("ID_TIDAK_VALID"),
  predikat: z.enum(PREDIKAT_ORGANISASI, { error: "PILIHAN_TIDAK_VALID" }),
  alasan: alasanPanjang,
  buktiTautan: tautanOpsional,
});
export type PredikatOrganisasiForm = z.input<typeof predikatOrganisasiSchema>;

/** A leader of the pegawai's unit (or above) changes a set annual evaluation's ratings with a reason. */
export const kalibrasiSchema = z.object({
  evaluasiId: z.uuid("ID_TIDAK_VALID"),
  ratingHasil: z.enum(RATING, { error: "PILIHAN_TIDAK_VALID" }),
  ratingPerilaku: z.enum(RATING, { error: "PILIHAN_TIDAK_VALID" }),
  alasan: alasanPanjang,
});
export type KalibrasiForm = z.input<typeof kalibrasiSchema>;

/**
 * The leader finalises the unit's employee predikat (Penetapan predikat kinerja). The justification is
 * optional here; under the block policy the service requires it (DITOLAK JUSTIFIKASI_WAJIB) when the
 * curve has binding breaches. When given it must be at least 10 characters.
 */
export const penetapanKurvaSchema = z.object({
  unitId: z.uuid("ID_TIDAK_VALID"),
  periodeId: z.uuid("ID_TIDAK_VALID"),
  justifikasi: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), alasanPanjang.nullable()).default(null),
});
export type PenetapanKurvaForm = z.input<typeof penetapanKurvaSchema>;
