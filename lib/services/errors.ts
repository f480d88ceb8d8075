/** Typed service errors; the UI maps each code to a message in the user's language. */
export type ServiceErrorCode = "TIDAK_DITEMUKAN" | "DITOLAK" | "INPUT_TIDAK_VALID" | "KONFLIK";

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string = code,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

/** Not allowed and not found look the same from outside: nothing about the resource leaks. */
export const notFound = (what = "data") => new ServiceError("TIDAK_DITEMUKAN", `${what} tidak ditemukan`);
export const forbidden = () => new ServiceError("TIDAK_DITEMUKAN", "data tidak ditemukan");

/** A refusal with its message key, on one field ("_" for none). */
export const ditolak = (kode: string, field = "_") => new ServiceError("DITOLAK", kode, { [field]: [kode] });
/** Input that passed its schema but not a rule that needs the data (the message key on that field). */
export const isianTidakValid = (kode: string, field: string) => new ServiceError("INPUT_TIDAK_VALID", kode, { [field]: [kode] });
