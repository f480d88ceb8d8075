import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkpoint, periode, regulasi } from "@/db/schema";
import { rencanaPeriode } from "@/lib/domain";
import { can } from "@/lib/policy";
import { periodeBaruSchema, type PeriodeBaruInput } from "@/lib/schemas/periode";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ServiceError, forbidden, notFound } from "./errors";
import { invalidateRingkasan, ringkasanCached } from "./ringkasan-cache";

export interface PeriodeRingkas {
  id: string;
  tahun: number;
  nama: string;
  mulai: string;
  selesai: string;
  status: string;
  jenisCheckpoint: string;
  batasPenetapanSkp: string;
  batasEvaluasiTahunan: string;
}

const kolomPeriode = {
  id: periode.id,
  tahun: periode.tahun,
  nama: periode.nama,
  mulai: periode.mulai,
  selesai: periode.selesai,
  status: periode.status,
  jenisCheckpoint: periode.jenisCheckpoint,
  batasPenetapanSkp: periode.batasPenetapanSkp,
  batasEvaluasiTahunan: periode.batasEvaluasiTahunan,
};

/** The period containing `today`, else the latest one (asked by every dashboard, so cached per instansi). */
export async function getPeriodeAktif(db: DbOrTx, instansiId: string, today: string): Promise<PeriodeRingkas | null> {
  return (await ringkasanCached(db, `instansi:${instansiId}:periode-aktif:${today}`, () => cariPeriodeAktif(db, instansiId, today))).value;
}

async function cariPeriodeAktif(db: DbOrTx, instansiId: string, today: string): Promise<PeriodeRingkas | null> {
  const [current] = await db
    .select(kolomPeriode)
    .from(periode)
    .where(and(eq(periode.instansiId, instansiId), lte(periode.mulai, today), gte(periode.selesai, today)))
    .limit(1);
  if (current) return current;
  const [latest] = await db.select(kolomPeriode).from(periode).where(eq(periode.instansiId, instansiId)).orderBy(desc(periode.tahun)).limit(1);
  return latest ?? null;
}

export async function listPeriode(ctx: ServiceContext): Promise<PeriodeRingkas[]> {
  if (!can(ctx.actor, { aksi: "organisasi.lihat", instansiId: ctx.actor.instansiId })) throw forbidden();
  return ctx.db.select(kolomPeriode).from(periode).where(eq(periode.instansiId, ctx.actor.instansiId)).orderBy(desc(periode.tahun));
}

export async function listCheckpoint(db: DbOrTx, periodeId: string) {
  return db
    .select({ id: checkpoint.id, urutan: checkpoint.urutan, nama: checkpoint.nama, mulai: checkpoint.mulai, selesai: checkpoint.selesai, batasEvaluasi: checkpoint.batasEvaluasi })
    .from(checkpoint)
    .where(eq(checkpoint.periodeId, periodeId))
    .orderBy(asc(checkpoint.urutan));
}

/** Admin opens a new annual period with its checkpoints under the rule set in force at its start. */
export async function buatPeriode(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const parsed = periodeBaruSchema.safeParse(input);
  if (!parsed.success) {
    throw new ServiceError("INPUT_TIDAK_VALID", "input tidak valid", parsed.error.flatten().fieldErrors as Record<string, string[]>);
  }
  const data: PeriodeBaruInput = parsed.data;
  const rencana = rencanaPeriode(data.tahun, data.jenisCheckpoint);
  const created = await ctx.db.transaction(async (tx) => {
    const [ada] = await tx
      .select({ id: periode.id })
      .from(periode)
      .where(and(eq(periode.instansiId, ctx.actor.instansiId), eq(periode.tahun, data.tahun)));
    if (ada) throw new ServiceError("KONFLIK", "periode sudah ada", { tahun: ["PERIODE_SUDAH_ADA"] });
    const [aturan] = await tx
      .select({ id: regulasi.id })
      .from(regulasi)
      .where(lte(regulasi.berlakuMulai, rencana.mulai))
      .orderBy(desc(regulasi.berlakuMulai))
      .limit(1);
    if (!aturan) throw new ServiceError("KONFLIK", "belum ada regulasi yang berlaku", { tahun: ["REGULASI_TIDAK_ADA"] });
    const values = {
      instansiId: ctx.actor.instansiId,
      tahun: rencana.tahun,
      nama: rencana.nama,
      mulai: rencana.mulai,
      selesai: rencana.selesai,
      jenisCheckpoint: data.jenisCheckpoint,
      batasPenetapanSkp: data.batasPenetapanSkp ?? rencana.batasPenetapanSkp,
      batasEvaluasiTahunan: data.batasEvaluasiTahunan ?? rencana.batasEvaluasiTahunan,
      regulasiId: aturan.id,
      status: "PERSIAPAN" as const,
    };
    const [baru] = await tx.insert(periode).values(values).returning({ id: periode.id });
    if (!baru) throw new Error("insert periode returned nothing");
    await tx.insert(checkpoint).values(rencana.checkpoint.map((c) => ({ ...c, periodeId: baru.id })));
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "PERIODE_DIBUAT", entitas: "periode", entitasId: baru.id, sesudah: { ...values, checkpoint: rencana.checkpoint.length } });
    return baru;
  });
  invalidateRingkasan(ctx.db, `instansi:${ctx.actor.instansiId}`);
  return created;
}

/**
 * Admin opens the appraisal season of a running period (BERJALAN → PENILAIAN): from then on PPKs may
 * set annual evaluations before the last checkpoint starts (lib/services/evaluasi.ts). Audited; once only.
 */
export async function bukaMasaPenilaian(ctx: ServiceContext, periodeId: unknown): Promise<void> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  if (typeof periodeId !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(periodeId)) throw notFound("periode");
  await ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .select({ id: periode.id, tahun: periode.tahun, status: periode.status })
      .from(periode)
      .where(and(eq(periode.id, periodeId), eq(periode.instansiId, ctx.actor.instansiId)))
      .for("update");
    if (!p) throw notFound("periode");
    if (p.status !== "BERJALAN") throw new ServiceError("KONFLIK", "periode tidak sedang berjalan", { _: ["PERIODE_BUKAN_BERJALAN"] });
    await tx.update(periode).set({ status: "PENILAIAN" }).where(eq(periode.id, p.id));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "MASA_PENILAIAN_DIBUKA", entitas: "periode", entitasId: p.id,
      sebelum: { status: p.status }, sesudah: { tahun: p.tahun, status: "PENILAIAN" },
    });
  });
  invalidateRingkasan(ctx.db, `instansi:${ctx.actor.instansiId}`);
}
