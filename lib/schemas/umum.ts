import { z } from "zod";

/** Building blocks shared by the forms' schemas; messages are keys of "validasi" in lib/i18n/messages. */

export const teks = (max: number) => z.string({ error: "WAJIB_DIISI" }).trim().min(1, "WAJIB_DIISI").max(max, "TERLALU_PANJANG");
export const kosongJadiNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/** An id the client got from the server, or nothing for a new row. */
export const idOpsional = z.preprocess(kosongJadiNull, z.uuid("ID_TIDAK_VALID").nullable());

/** A number typed into a text field: "12", "12,5" or "12.5"; empty means none. */
export const angkaOpsional = z.preprocess(
  (v) => {
    if (v === "" || v === null || v === undefined) return null;
    if (typeof v === "string") {
      const s = v.trim().replace(",", ".");
      return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
    }
    return v;
  },
  z.number({ error: "ANGKA_TIDAK_VALID" }).min(0, "ANGKA_NEGATIF").max(999_999_999_999, "ANGKA_TERLALU_BESAR").nullable(),
);


/** An http(s) link. */
export const urlHttp = z
  .string({ error: "WAJIB_DIISI" })
  .trim()
  .min(1, "WAJIB_DIISI")
  .max(2000, "TERLALU_PANJANG")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "TAUTAN_TIDAK_VALID");
