import { z } from "zod";
import { HASIL_DIALOG } from "@/lib/domain/dialog";
import { isIsoDate } from "@/lib/domain/tanggal";
import { kosongJadiNull, teks } from "./umum";

/**
 * The performance dialogue's forms (spec §4): proposing a meeting, the pegawai's questions, the PPK's
 * answers, clarifications and outcome, the agreed actions, the confirmations. Shared by react-hook-form
 * and lib/services/dialog.ts; messages are keys of "validasi".
 */

/** A calendar date "YYYY-MM-DD" that exists. */
export const tanggalSchema = z
  .string({ error: "WAJIB_DIISI" })
  .trim()
  .min(1, { error: "WAJIB_DIISI", abort: true })
  .refine((v) => isIsoDate(v), "TANGGAL_TIDAK_VALID");

const idDialog = z.uuid("ID_TIDAK_VALID");

/** Either side proposes a meeting for an approved SKP: its date and agenda. */
export const usulDialogSchema = z.object({
  skpId: z.uuid("ID_TIDAK_VALID"),
  tanggal: tanggalSchema,
  topik: teks(2000),
});
export type UsulDialogForm = z.input<typeof usulDialogSchema>;

/** A question the pegawai wants to raise. */
export const pertanyaanSchema = z.object({
  dialogId: idDialog,
  pertanyaan: teks(2000),
});
export type PertanyaanForm = z.input<typeof pertanyaanSchema>;

/** The PPK's answer to one question (empty clears it). */
export const jawabanSchema = z.object({
  pertanyaanId: z.uuid("ID_TIDAK_VALID"),
  jawaban: z.string().trim().max(4000, "TERLALU_PANJANG").default(""),
});
export type JawabanForm = z.input<typeof jawabanSchema>;

/**
 * The PPK's record of the meeting: clarifications, and the outcome (tercapai / tidak tercapai), which
 * may wait until the meeting took place. Tidak tercapai needs an explanation.
 */
export const catatanDialogSchema = z
  .object({
    dialogId: idDialog,
    catatanPpk: z.preprocess(kosongJadiNull, z.string().trim().max(8000, "TERLALU_PANJANG").nullable()).default(null),
    hasil: z.preprocess(kosongJadiNull, z.enum(HASIL_DIALOG, { error: "PILIHAN_TIDAK_VALID" }).nullable()).default(null),
    penjelasanHasil: z.preprocess(kosongJadiNull, z.string().trim().max(4000, "TERLALU_PANJANG").nullable()).default(null),
  })
  .transform((v) => ({ ...v, catatanPpk: v.catatanPpk || null, penjelasanHasil: v.penjelasanHasil || null }))
  .superRefine((v, ctx) => {
    if (v.hasil === "TIDAK_TERCAPAI" && !v.penjelasanHasil) ctx.addIssue({ code: "custom", path: ["penjelasanHasil"], message: "PENJELASAN_WAJIB" });
  });
export type CatatanDialogForm = z.input<typeof catatanDialogSchema>;

/** An action agreed in the meeting, with its due date. */
export const tindakanSchema = z.object({
  dialogId: idDialog,
  uraian: teks(2000),
  batas: tanggalSchema,
});
export type TindakanForm = z.input<typeof tindakanSchema>;

export const idTindakanSchema = z.object({ tindakanId: z.uuid("ID_TIDAK_VALID") });
export const idDialogSchema = z.object({ dialogId: idDialog });
