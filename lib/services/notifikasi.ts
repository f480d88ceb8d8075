import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifikasi } from "@/db/schema";
import { can } from "@/lib/policy";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ServiceError, forbidden } from "./errors";

const idSchema = z.uuid();

/** Marks one of the actor's own notifications read. Someone else's notification is "not found". */
export async function tandaiNotifikasiDibaca(ctx: ServiceContext, id: unknown): Promise<void> {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw new ServiceError("INPUT_TIDAK_VALID");
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(notifikasi).where(eq(notifikasi.id, parsed.data)).for("update");
    if (!row || !can(ctx.actor, { aksi: "notifikasi.ubah", penerimaId: row.penerimaId })) throw forbidden();
    if (row.dibacaAt) return;
    const [after] = await tx
      .update(notifikasi)
      .set({ dibacaAt: new Date() })
      .where(and(eq(notifikasi.id, row.id), eq(notifikasi.penerimaId, ctx.actor.pegawaiId), isNull(notifikasi.dibacaAt)))
      .returning();
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "NOTIFIKASI_DIBACA", entitas: "notifikasi", entitasId: row.id, sebelum: { dibacaAt: null }, sesudah: { dibacaAt: after?.dibacaAt } });
  });
}
