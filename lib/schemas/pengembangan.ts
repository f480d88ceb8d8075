import { z } from "zod";
import { isIsoDate } from "@/lib/domain/tanggal";
import { JENIS_USULAN } from "@/lib/domain/rule-set";
import { idOpsional, kosongJadiNull, teks } from "./umum";

/** Career development forms. Messages are keys of "validasi" (or "pengembangan.galat") in lib/i18n/messages. */

export const JENIS_DIKLAT = ["PELATIHAN_TEKNIS", "PELATIHAN_FUNGSIONAL", "KEPEMIMPINAN", "SERTIFIKASI"] as const;
export type JenisDiklat = (typeof JENIS_DIKLAT)[number];

const centang = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());
const teksOpsional = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : kosongJadiNull(v)), teks(max).nullable());
const tanggal = z.string({ error: "TANGGAL_TIDAK_VALID" }).refine(isIsoDate, "TANGGAL_TIDAK_VALID");
const angka = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v);

/** A catalogue item (new when `id` is empty). */
export const diklatSchema = z.object({
  id: idOpsional.optional(),
  kode: z.string({ error: "WAJIB_DIISI" }).trim().toUpperCase().min(1, "WAJIB_DIISI").max(32, "TERLALU_PANJANG").regex(/^[A-Z0-9_-]+$/, "KODE_TIDAK_VALID"),
  nama: teks(200),
  jenis: z.enum(JENIS_DIKLAT, { error: "PILIHAN_TIDAK_VALID" }),
  penyelenggara: teksOpsional(200),
  jam: z.preprocess(angka, z.number({ error: "ANGKA_TIDAK_VALID" }).int("JAM_BULAT").min(0, "ANGKA_NEGATIF").max(1000, "ANGKA_TERLALU_BESAR")),
  aktif: centang.default(true),
});
export type DiklatInput = z.input<typeof diklatSchema>;

/** The PPK's proposal for a subordinate, resting on the pegawai's latest annual predikat. */
export const usulanSchema = z.object({
  pegawaiId: z.uuid("ID_TIDAK_VALID"),
  jenis: z.enum(JENIS_USULAN, { error: "PILIHAN_TIDAK_VALID" }),
  /** The programme or training proposed (DIKLAT, PROGRAM_KEPEMIMPINAN). */
  diklatId: idOpsional.optional(),
  /** The trainings agreed in a development plan. */
  diklatIds: z.array(z.uuid("ID_TIDAK_VALID")).max(10, "TERLALU_BANYAK").default([]),
  alasan: teks(2000),
  /** A development plan's review date (default: the rule set's months from today). */
  tanggalTinjau: z.preprocess(kosongJadiNull, tanggal.nullable()).optional(),
});
export type UsulanInput = z.input<typeof usulanSchema>;

/** A leader's decision: approve, or decline with a reason. */
export const keputusanUsulanSchema = z
  .object({
    usulanId: z.uuid("ID_TIDAK_VALID"),
    setuju: centang,
    alasan: teksOpsional(2000),
  })
  .refine((v) => v.setuju || v.alasan !== null, { message: "ALASAN_TOLAK_WAJIB", path: ["alasan"] });
export type KeputusanUsulanInput = z.input<typeof keputusanUsulanSchema>;

/** A completed training: from the catalogue (its name), or named freely; an approved proposal's training completes it. */
export const pelatihanSchema = z
  .object({
    /** Whose training (default: oneself). */
    pegawaiId: idOpsional.optional(),
    usulanId: idOpsional.optional(),
    diklatId: idOpsional.optional(),
    nama: teksOpsional(200),
    jam: z.preprocess(
      angka,
      z.number({ error: "ANGKA_TIDAK_VALID" }).gt(0, "JAM_POSITIF").max(1000, "ANGKA_TERLALU_BESAR").refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, "JAM_SATU_DESIMAL"),
    ),
    tanggalSelesai: tanggal,
  })
  .refine((v) => v.diklatId || v.usulanId || v.nama, { message: "NAMA_PELATIHAN_WAJIB", path: ["nama"] });
export type PelatihanInput = z.input<typeof pelatihanSchema>;

/** The yearly training-hours target (whole hours). */
export const targetJamSchema = z.object({
  targetJamPelatihan: z.preprocess(angka, z.number({ error: "ANGKA_TIDAK_VALID" }).int("JAM_BULAT").min(0, "ANGKA_NEGATIF").max(1000, "ANGKA_TERLALU_BESAR")),
});
