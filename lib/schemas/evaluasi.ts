import { z } from "zod";
import { NILAI_BERAKHLAK, RATING } from "@/lib/domain/constants";
import { idOpsional, kosongJadiNull, teks, urlHttp } from "./umum";

/** Messages are keys of "validasi" in lib/i18n/messages. */
const ratingOpsional = z.preprocess(kosongJadiNull, z.enum(RATING, { error: "PILIHAN_TIDAK_VALID" }).nullable());
const teksOpsional = (max: number) => z.preprocess(kosongJadiNull, teks(max).nullable());
const umpanBalik = z.string({ error: "WAJIB_DIISI" }).trim().max(2000, "TERLALU_PANJANG");
const centang = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());

/** The PPK's evaluation of one SKP for a checkpoint (checkpointId) or the year (checkpointId empty). */
export const evaluasiSchema = z.object({
  skpId: z.uuid("ID_TIDAK_VALID"),
  checkpointId: idOpsional,
  ratingHasil: ratingOpsional,
  alasanRatingHasil: teksOpsional(2000),
  ratingPerilaku: ratingOpsional,
  catatan: teksOpsional(4000),
  /** Feedback per RHK (by id) and per BerAKHLAK value; an empty text removes it. */
  umpanBalikRhk: z.record(z.uuid("ID_TIDAK_VALID"), umpanBalik).default({}),
  umpanBalikPerilaku: z.partialRecord(z.enum(NILAI_BERAKHLAK, { error: "PILIHAN_TIDAK_VALID" }), umpanBalik).default({}),
  /** Set and deliver it to the pegawai now (otherwise it stays a draft). */
  tetapkan: centang.default(false),
});
export type EvaluasiInput = z.input<typeof evaluasiSchema>;

export const idEvaluasiSchema = z.uuid("ID_TIDAK_VALID");
export const idEvaluasiListSchema = z.array(z.uuid("ID_TIDAK_VALID")).min(1, "PILIH_MINIMAL_SATU").max(200, "TERLALU_BANYAK");

const tautanOpsional = z.preprocess(kosongJadiNull, urlHttp.nullable());

export const keberatanSchema = z.object({
  evaluasiId: z.uuid("ID_TIDAK_VALID"),
  alasan: teks(4000),
  buktiTautan: tautanOpsional,
});

export const tanggapanKeberatanSchema = z.object({
  keberatanId: z.uuid("ID_TIDAK_VALID"),
  tanggapan: teks(4000),
});

/** The Atasan PPK's decision: reject, or change the ratings (at least one must differ) with a reason. */
export const keputusanKeberatanSchema = z
  .object({
    keberatanId: z.uuid("ID_TIDAK_VALID"),
    keputusan: z.enum(["TOLAK", "UBAH"], { error: "PILIHAN_TIDAK_VALID" }),
    alasan: teks(4000),
    ratingHasil: ratingOpsional,
    ratingPerilaku: ratingOpsional,
  })
  .superRefine((v, ctx) => {
    if (v.keputusan !== "UBAH") return;
    if (!v.ratingHasil) ctx.addIssue({ code: "custom", path: ["ratingHasil"], message: "WAJIB_DIISI" });
    if (!v.ratingPerilaku) ctx.addIssue({ code: "custom", path: ["ratingPerilaku"], message: "WAJIB_DIISI" });
  });
