import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { auth } from "@/lib/auth";
import { today } from "@/lib/env";
import type { Peran } from "@/lib/policy";
import { loadActor, type ServiceContext } from "@/lib/services/context";

export const PERAN_COOKIE = "kinerja_peran";

/** The signed-in actor for this request (asked once per request), or null. */
export const getRequestContext = cache(async (): Promise<ServiceContext | null> => {
  const session = await auth();
  if (!session?.pegawaiId) return null;
  const db = await getDb();
  const date = today();
  const actor = await loadActor(db, session.pegawaiId, date);
  return actor ? { db, actor, today: date } : null;
});

/** For pages and actions: the context, or off to the sign-in page. */
export async function requireContext(): Promise<ServiceContext> {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/masuk");
  return ctx;
}

/**
 * The role the user is working in: their choice if they still hold it, else where their work is —
 * a head of a dinas or bidang lands on the unit summary, a head of a seksi on the PPK queue.
 */
export async function getPeranAktif(ctx: ServiceContext): Promise<Peran | null> {
  const chosen = (await cookies()).get(PERAN_COOKIE)?.value as Peran | undefined;
  if (chosen && ctx.actor.peran.includes(chosen)) return chosen;
  const urutan: Peran[] = ctx.actor.memimpinSubunit
    ? ["ADMIN", "AUDITOR", "PIMPINAN", "PPK", "ATASAN_PPK", "PEGAWAI"]
    : ["ADMIN", "AUDITOR", "PPK", "ATASAN_PPK", "PIMPINAN", "PEGAWAI"];
  return urutan.find((p) => ctx.actor.peran.includes(p)) ?? null;
}
