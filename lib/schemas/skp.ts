import { z } from "zod";
import { ASPEK_IKI, JENIS_RHK, NILAI_BERAKHLAK, PENDEKATAN, PERSPEKTIF } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN } from "@/lib/domain/skp";
import { angkaOpsional, idOpsional, kosongJadiNull, teks } from "./umum";

/**
 * The SKP forms. One schema per form, used by react-hook-form on the client and by the service on
 * the server; error messages are message keys (lib/i18n/messages, "validasi").
 */

export const ikiSchema = z.object({
  id: idOpsional,
  aspek: z.enum(ASPEK_IKI, { error: "PILIHAN_TIDAK_VALID" }),
  indikator: teks(1000),
  targetMin: angkaOpsional,
  targetMax: angkaOpsional,
  satuan: z.preprocess(kosongJadiNull, z.string().trim().max(60, "TERLALU_PANJANG").nullable()),
  targetKualitatif: z.preprocess(kosongJadiNull, z.string().trim().max(1000, "TERLALU_PANJANG").nullable()),
});

export const rhkSchema = z.object({
  id: idOpsional,
  jenis: z.enum(JENIS_RHK, { error: "PILIHAN_TIDAK_VALID" }),
  uraian: teks(1000),
  rhkAtasanId: idOpsional,
  perspektif: z.preprocess(kosongJadiNull, z.enum(PERSPEKTIF, { error: "PILIHAN_TIDAK_VALID" }).nullable()),
  iki: z.array(ikiSchema).max(20, "TERLALU_BANYAK"),
});

const barisLampiran = z.object({ uraian: teks(1000) });

export const skpDraftSchema = z
  .object({
    lockVersion: z.coerce.number({ error: "ID_TIDAK_VALID" }).int("ID_TIDAK_VALID").min(0, "ID_TIDAK_VALID"),
    pendekatan: z.enum(PENDEKATAN, { error: "PILIHAN_TIDAK_VALID" }),
    rhk: z.array(rhkSchema).max(40, "TERLALU_BANYAK"),
    lampiran: z.object(
      Object.fromEntries(BAGIAN_LAMPIRAN.map((b) => [b, z.array(barisLampiran).max(30, "TERLALU_BANYAK")])) as Record<
        (typeof BAGIAN_LAMPIRAN)[number],
        z.ZodArray<typeof barisLampiran>
      >,
    ),
  })
  .superRefine((v, ctx) => {
    v.rhk.forEach((r, i) => {
      r.iki.forEach((k, j) => {
        const path = ["rhk", i, "iki", j] as const;
        if (v.pendekatan === "KUANTITATIF") {
          if (k.targetMin === null) ctx.addIssue({ code: "custom", path: [...path, "targetMin"], message: "TARGET_WAJIB" });
          if (!k.satuan) ctx.addIssue({ code: "custom", path: [...path, "satuan"], message: "SATUAN_WAJIB" });
          if (k.targetMin !== null && k.targetMax !== null && k.targetMax < k.targetMin)
            ctx.addIssue({ code: "custom", path: [...path, "targetMax"], message: "RENTANG_TERBALIK" });
        } else if (!k.targetKualitatif) {
          ctx.addIssue({ code: "custom", path: [...path, "targetKualitatif"], message: "TARGET_WAJIB" });
        }
      });
    });
  });

export type SkpDraftForm = z.input<typeof skpDraftSchema>;
export type SkpDraftInput = z.output<typeof skpDraftSchema>;

export const SUMBER_SKP = ["KOSONG", "SEBELUMNYA", "MATRIKS"] as const;
export type SumberSkp = (typeof SUMBER_SKP)[number];

export const skpBaruSchema = z.object({
  penugasanId: z.uuid("PILIHAN_TIDAK_VALID"),
  pendekatan: z.enum(PENDEKATAN, { error: "PILIHAN_TIDAK_VALID" }),
  sumber: z.enum(SUMBER_SKP, { error: "PILIHAN_TIDAK_VALID" }),
});
export type SkpBaruInput = z.output<typeof skpBaruSchema>;

/** The PPK returns an SKP: at least one note, overall or on an RHK / IKI. */
export const pengembalianSchema = z
  .object({
    lockVersion: z.coerce.number({ error: "ID_TIDAK_VALID" }).int("ID_TIDAK_VALID").min(0, "ID_TIDAK_VALID"),
    umum: z.string().trim().max(2000, "TERLALU_PANJANG").default(""),
    catatan: z
      .array(
        z.object({
          rhkId: idOpsional,
          ikiId: idOpsional,
          isi: z.string().trim().max(2000, "TERLALU_PANJANG"),
        }),
      )
      .max(200, "TERLALU_BANYAK")
      .default([]),
  })
  .transform((v) => ({ ...v, catatan: v.catatan.filter((c) => c.isi.length > 0) }))
  .refine((v) => v.umum.length > 0 || v.catatan.length > 0, { path: ["umum"], message: "CATATAN_WAJIB" });
export type PengembalianForm = z.input<typeof pengembalianSchema>;

export const ekspektasiSchema = z.object({
  skpIds: z.array(z.uuid("ID_TIDAK_VALID")).min(1, "PILIH_PEGAWAI").max(200, "TERLALU_BANYAK"),
  ekspektasi: z.object(
    Object.fromEntries(NILAI_BERAKHLAK.map((n) => [n, z.string().trim().max(2000, "TERLALU_PANJANG")])) as Record<
      (typeof NILAI_BERAKHLAK)[number],
      z.ZodString
    >,
  ),
  /** Only overwrite values left non-empty (so a team-wide text can fill gaps without erasing). */
  hanyaYangDiisi: z.boolean().default(true),
});
export type EkspektasiForm = z.input<typeof ekspektasiSchema>;

export const penyerahanRhkSchema = z.object({
  rhkAtasanId: z.uuid("PILIHAN_TIDAK_VALID"),
  penerima: z
    .array(z.object({ pegawaiId: z.uuid("ID_TIDAK_VALID"), uraianPeran: teks(1000) }))
    .min(1, "PILIH_PEGAWAI")
    .max(100, "TERLALU_BANYAK"),
});
export type PenyerahanRhkForm = z.input<typeof penyerahanRhkSchema>;

export const idListSchema = z.array(z.uuid("ID_TIDAK_VALID")).min(1, "PILIH_SKP").max(200, "TERLALU_BANYAK");
