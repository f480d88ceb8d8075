import { z } from "zod";
import { JENIS_HARI, KEBIJAKAN_KURVA } from "@/lib/domain/rule-set";
import { isIsoDate } from "@/lib/domain/tanggal";
import { teks } from "./umum";

/**
 * The objection window (days, calendar or working days), the instansi's holiday list and the curve's
 * policy and small-unit threshold, as the admin edits them. Messages are keys of "validasi"; the same schema runs in the form and in the service.
 * A date listed twice is marked on each repeat (hariLibur.<i>.tanggal) so the form can point at it.
 */
export const aturanKeberatanSchema = z.object({
  hari: z.coerce.number({ error: "ANGKA_TIDAK_VALID" }).int("ANGKA_TIDAK_VALID").min(1, "HARI_1_365").max(365, "HARI_1_365"),
  jenisHari: z.enum(JENIS_HARI, { error: "PILIHAN_TIDAK_VALID" }),
  /** The curve policy and the small-unit threshold (spec §5); left as they are when absent. */
  kebijakanKurva: z.enum(KEBIJAKAN_KURVA, { error: "PILIHAN_TIDAK_VALID" }).optional(),
  kurvaMinimumPegawai: z.coerce.number({ error: "ANGKA_TIDAK_VALID" }).int("ANGKA_TIDAK_VALID").min(1, "MINIMUM_1_50").max(50, "MINIMUM_1_50").optional(),
  hariLibur: z
    .array(z.object({ tanggal: z.string({ error: "TANGGAL_TIDAK_VALID" }).refine(isIsoDate, "TANGGAL_TIDAK_VALID"), nama: teks(200) }), { error: "INPUT_TIDAK_VALID" })
    .max(200, "TERLALU_BANYAK")
    .superRefine((list, ctx) => {
      const dilihat = new Set<string>();
      list.forEach((h, i) => {
        if (dilihat.has(h.tanggal)) ctx.addIssue({ code: "custom", path: [i, "tanggal"], message: "TANGGAL_GANDA" });
        dilihat.add(h.tanggal);
      });
    }),
});

export type AturanKeberatanForm = z.input<typeof aturanKeberatanSchema>;
export type AturanKeberatanInput = z.output<typeof aturanKeberatanSchema>;
