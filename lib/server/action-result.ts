import "server-only";
import { ServiceError } from "@/lib/services/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a service call for a server action and turns failures into a small result the form can
 * show: service errors keep their code (a message key), anything else is logged and reported
 * generically, so no stack trace reaches a user.
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await fn();
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
    console.error("[action]", error);
    return { ok: false, error: "KESALAHAN_SISTEM" };
  }
}
