import { z } from "zod";
import { NILAI_BERAKHLAK } from "@/lib/domain/constants";
import { angkaOpsional, kosongJadiNull, teks, urlHttp } from "./umum";

/**
 * The carrying-out forms (realisation, action plan, evidence link, feedback and its reply, the
 * standard phrases, email preferences). Shared by react-hook-form and the services.
 */

/** A realisation: a value for a kuantitatif IKI (required there, checked by the service), a description, its data source. */
export const realisasiSchema = z.object({
  ikiId: z.uuid("ID_TIDAK_VALID"),
  checkpointId: z.uuid("ID_TIDAK_VALID"),
  nilai: angkaOpsional,
  uraian: z.string().trim().max(4000, "TERLALU_PANJANG").default(""),
  sumberData: z.string().trim().max(500, "TERLALU_PANJANG").default(""),
});
export type RealisasiForm = z.input<typeof realisasiSchema>;
export type RealisasiInput = z.output<typeof realisasiSchema>;

export const rencanaAksiSchema = z.object({
  rhkId: z.uuid("ID_TIDAK_VALID"),
  checkpointId: z.uuid("ID_TIDAK_VALID"),
  /** Empty removes the plan. */
  uraian: z.string().trim().max(4000, "TERLALU_PANJANG"),
});
export type RencanaAksiForm = z.input<typeof rencanaAksiSchema>;

/** Evidence: the realisation it supports (by IKI and checkpoint), and a link or a file (the file travels separately). */
export const buktiSchema = z.object({
  ikiId: z.uuid("ID_TIDAK_VALID"),
  checkpointId: z.uuid("ID_TIDAK_VALID"),
  nama: z.preprocess(kosongJadiNull, z.string().trim().max(300, "TERLALU_PANJANG").nullable()).default(null),
  tautan: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : kosongJadiNull(v)), urlHttp.nullable()).default(null),
});
export type BuktiForm = z.input<typeof buktiSchema>;

/** Feedback from the PPK on one IKI or one behaviour value in a checkpoint: a standard phrase, free text, or both. */
export const umpanBalikSchema = z
  .object({
    skpId: z.uuid("ID_TIDAK_VALID"),
    checkpointId: z.uuid("ID_TIDAK_VALID"),
    ikiId: z.preprocess(kosongJadiNull, z.uuid("ID_TIDAK_VALID").nullable()).default(null),
    nilaiPerilaku: z.preprocess(kosongJadiNull, z.enum(NILAI_BERAKHLAK, { error: "PILIHAN_TIDAK_VALID" }).nullable()).default(null),
    frasaStandar: z.preprocess(kosongJadiNull, z.string().trim().max(300, "TERLALU_PANJANG").nullable()).default(null),
    isi: z.string().trim().max(4000, "TERLALU_PANJANG").default(""),
  })
  .refine((v) => (v.ikiId === null) !== (v.nilaiPerilaku === null), { path: ["ikiId"], message: "PILIHAN_TIDAK_VALID" })
  .refine((v) => v.frasaStandar !== null || v.isi.length > 0, { path: ["isi"], message: "UMPAN_BALIK_KOSONG" });
export type UmpanBalikForm = z.input<typeof umpanBalikSchema>;

export const balasanSchema = z.object({
  umpanBalikId: z.uuid("ID_TIDAK_VALID"),
  isi: teks(4000),
});
export type BalasanForm = z.input<typeof balasanSchema>;

export const frasaSchema = z.object({
  frasa: z
    .array(z.object({ teks: teks(300) }))
    .max(100, "TERLALU_BANYAK")
    .refine((l) => new Set(l.map((f) => f.teks.toLowerCase())).size === l.length, "FRASA_GANDA"),
});
export type FrasaForm = z.input<typeof frasaSchema>;

export const preferensiSurelSchema = z.record(z.string().max(64), z.boolean());
