/**
 * The notification centre: every event a feature raises becomes a row here (in the transaction of
 * the change), is pushed live to the recipient's open pages, and — when SMTP is configured and the
 * recipient has not switched that kind off — queued for email (lib/services/surel.ts sends it).
 */
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { notifikasi, pegawai, preferensiSurel } from "@/db/schema";
import { JENIS_NOTIFIKASI, type JenisNotifikasi } from "@/lib/domain/notifikasi";
import { readEnv } from "@/lib/env";
import { can } from "@/lib/policy";
import { preferensiSurelSchema } from "@/lib/schemas/realisasi";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ServiceError, forbidden } from "./errors";
import { terbitkan } from "./langsung";

export interface NotifikasiBaru {
  penerimaId: string;
  jenis: JenisNotifikasi;
  judul: string;
  isi: string;
  tautan: string | null;
  /** When set, the notification reaches this recipient once, however often the event repeats. */
  kunci?: string;
}

/** Email goes out only from instances with SMTP configured; elsewhere nothing is queued. */
export const surelAktif = (): boolean => Boolean(readEnv().SMTP_URL);

/**
 * Writes notifications in the caller's transaction and raises the live event. Rows whose `kunci`
 * already reached that recipient are skipped. Returns the recipients actually notified.
 */
export async function kirimNotifikasi(tx: DbOrTx, rows: readonly NotifikasiBaru[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const surel = surelAktif();
  const baru = await tx
    .insert(notifikasi)
    .values(rows.map((r) => ({ ...r, kunci: r.kunci ?? null, surelMenunggu: surel })))
    .onConflictDoNothing({ target: [notifikasi.penerimaId, notifikasi.kunci] })
    .returning({ penerimaId: notifikasi.penerimaId, judul: notifikasi.judul });
  if (baru.length) await terbitkan(tx, { untuk: baru.map((b) => b.penerimaId), jenis: "notifikasi", data: baru.length === 1 ? { judul: baru[0]!.judul } : {} });
  return baru.map((b) => b.penerimaId);
}

const idSchema = z.uuid();

export interface NotifikasiTampil {
  id: string;
  jenis: string;
  judul: string;
  isi: string;
  tautan: string | null;
  dibacaAt: Date | null;
  createdAt: Date;
}

/** The actor's own notifications, newest first (only the unread ones if asked). */
export async function notifikasiSaya(ctx: ServiceContext, opsi: { batas?: number; hanyaBelumDibaca?: boolean } = {}): Promise<NotifikasiTampil[]> {
  const milik = eq(notifikasi.penerimaId, ctx.actor.pegawaiId);
  return ctx.db
    .select({ id: notifikasi.id, jenis: notifikasi.jenis, judul: notifikasi.judul, isi: notifikasi.isi, tautan: notifikasi.tautan, dibacaAt: notifikasi.dibacaAt, createdAt: notifikasi.createdAt })
    .from(notifikasi)
    .where(opsi.hanyaBelumDibaca ? and(milik, isNull(notifikasi.dibacaAt)) : milik)
    .orderBy(desc(notifikasi.createdAt))
    .limit(opsi.batas ?? 50);
}

/** The actor's own notifications, newest first, with the unread count. */
export async function daftarNotifikasi(ctx: ServiceContext, opsi: { batas?: number; hanyaBelumDibaca?: boolean } = {}) {
  const [items, [belum]] = await Promise.all([
    notifikasiSaya(ctx, opsi),
    ctx.db.select({ n: count() }).from(notifikasi).where(and(eq(notifikasi.penerimaId, ctx.actor.pegawaiId), isNull(notifikasi.dibacaAt))),
  ]);
  return { items, belumDibaca: Number(belum?.n ?? 0) };
}

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

/** Marks all of the actor's unread notifications read. */
export async function tandaiSemuaDibaca(ctx: ServiceContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(notifikasi)
      .set({ dibacaAt: new Date() })
      .where(and(eq(notifikasi.penerimaId, ctx.actor.pegawaiId), isNull(notifikasi.dibacaAt)))
      .returning({ id: notifikasi.id });
    if (rows.length)
      await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "NOTIFIKASI_SEMUA_DIBACA", entitas: "pegawai", entitasId: ctx.actor.pegawaiId, sesudah: { jumlah: rows.length } });
    return rows.length;
  });
}

/** Email on or off per kind for the actor (on unless switched off). */
export async function getPreferensiSurel(ctx: ServiceContext): Promise<Record<JenisNotifikasi, boolean>> {
  const rows = await ctx.db.select().from(preferensiSurel).where(eq(preferensiSurel.pegawaiId, ctx.actor.pegawaiId));
  const out = Object.fromEntries(JENIS_NOTIFIKASI.map((j) => [j, true])) as Record<JenisNotifikasi, boolean>;
  for (const r of rows) if (r.jenis in out) out[r.jenis as JenisNotifikasi] = r.aktif;
  return out;
}

/** The actor's email address on record (where their emails go), or null. */
export async function alamatSurelSaya(ctx: ServiceContext): Promise<string | null> {
  const [row] = await ctx.db.select({ email: pegawai.email }).from(pegawai).where(eq(pegawai.id, ctx.actor.pegawaiId));
  return row?.email ?? null;
}

export async function simpanPreferensiSurel(ctx: ServiceContext, input: unknown): Promise<void> {
  const parsed = preferensiSurelSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError("INPUT_TIDAK_VALID");
  const entri = Object.entries(parsed.data).filter(([j]) => (JENIS_NOTIFIKASI as readonly string[]).includes(j));
  if (entri.length === 0) throw new ServiceError("INPUT_TIDAK_VALID");
  await ctx.db.transaction(async (tx) => {
    const sebelum = await tx.select().from(preferensiSurel).where(and(eq(preferensiSurel.pegawaiId, ctx.actor.pegawaiId), inArray(preferensiSurel.jenis, entri.map(([j]) => j))));
    await tx
      .insert(preferensiSurel)
      .values(entri.map(([jenis, aktif]) => ({ pegawaiId: ctx.actor.pegawaiId, jenis, aktif })))
      .onConflictDoUpdate({ target: [preferensiSurel.pegawaiId, preferensiSurel.jenis], set: { aktif: sql`excluded.aktif`, updatedAt: new Date() } });
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "PREFERENSI_SUREL_DIUBAH", entitas: "pegawai", entitasId: ctx.actor.pegawaiId,
      sebelum: Object.fromEntries(sebelum.map((r) => [r.jenis, r.aktif])), sesudah: Object.fromEntries(entri),
    });
  });
}
