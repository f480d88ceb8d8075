import { expect } from "vitest";
import { ServiceError } from "@/lib/services/errors";

/** Asserts a ServiceError with this code (and, if given, these field errors). */
export async function ditolak(p: Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>): Promise<ServiceError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(ServiceError);
  const se = error as ServiceError;
  expect({ code: se.code, fieldErrors: se.fieldErrors }).toMatchObject({ code, ...(fieldErrors ? { fieldErrors } : {}) });
  return se;
}

/** Asserts the call is refused with this code (and field errors) and that `keadaan` (a fingerprint of the data it may touch) is unchanged. */
export async function ditolakTanpaPerubahan(
  keadaan: () => Promise<unknown>,
  call: () => Promise<unknown>,
  code: ServiceError["code"],
  fieldErrors?: Record<string, unknown>,
): Promise<ServiceError> {
  const sebelum = await keadaan();
  const e = await ditolak(call(), code, fieldErrors);
  expect(await keadaan()).toEqual(sebelum);
  return e;
}
