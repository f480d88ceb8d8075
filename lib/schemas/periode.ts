import { z } from "zod";
import { JENIS_CHECKPOINT } from "@/lib/domain/periode";

/**
 * A new annual period. Error messages are message keys (see lib/i18n/messages, "validasi"),
 * so the same schema speaks the user's language on the client and the server.
 */
const tanggal = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "TANGGAL_TIDAK_VALID")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const periodeBaruSchema = z
  .object({
    tahun: z.coerce.number({ error: "TAHUN_TIDAK_VALID" }).int("TAHUN_TIDAK_VALID").min(2000, "TAHUN_TIDAK_VALID").max(2100, "TAHUN_TIDAK_VALID"),
    jenisCheckpoint: z.enum(JENIS_CHECKPOINT, { error: "PILIHAN_TIDAK_VALID" }),
    batasPenetapanSkp: tanggal,
    batasEvaluasiTahunan: tanggal,
  })
  .superRefine((v, ctx) => {
    if (v.batasPenetapanSkp && !v.batasPenetapanSkp.startsWith(String(v.tahun))) {
      ctx.addIssue({ code: "custom", path: ["batasPenetapanSkp"], message: "BATAS_SKP_DI_LUAR_TAHUN" });
    }
    if (v.batasEvaluasiTahunan && v.batasEvaluasiTahunan <= `${v.tahun}-12-31`) {
      ctx.addIssue({ code: "custom", path: ["batasEvaluasiTahunan"], message: "BATAS_EVALUASI_SEBELUM_AKHIR" });
    }
  });

export type PeriodeBaruInput = z.output<typeof periodeBaruSchema>;
export type PeriodeBaruForm = z.input<typeof periodeBaruSchema>;
