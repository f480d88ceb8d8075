import type { z } from "zod";
import { ServiceError } from "./errors";

/** A zod failure as INPUT_TIDAK_VALID with the message keys per field path ("rhk.0.uraian"). */
export function tidakValid(error: z.ZodError): ServiceError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new ServiceError("INPUT_TIDAK_VALID", "input tidak valid", fieldErrors);
}

/** The parsed input, or INPUT_TIDAK_VALID with field errors. */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw tidakValid(parsed.error);
  return parsed.data;
}
