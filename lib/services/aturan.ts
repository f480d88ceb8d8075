/**
 * The rule set a period is judged under (its regulasi row: a known base rule set with the
 * administrator's overrides merged on) and the instansi's holiday list, plus the admin's editing of the
 * objection window (days, calendar or working days), holidays and the distribution curve's policy
 * (warn / block unless justified) and small-unit threshold. Every change is audited.
 */
import { asc, eq, sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@/db/client";
import { hariLibur, regulasi } from "@/db/schema";
import { JENIS_HARI, mergeRuleSet, RULE_SETS, type KebijakanKurva, type RuleSet } from "@/lib/domain/rule-set";
import { can } from "@/lib/policy";
import { aturanKeberatanSchema } from "@/lib/schemas/aturan";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { forbidden, notFound } from "./errors";
import { getPeriodeAktif } from "./periode";
import { parse } from "./validasi";

/** The rule set of a regulasi row: its base rule set with the stored overrides (JSON, or its text) merged on. */
export function ruleSetRegulasi(row: { kode: string; aturan: unknown }): RuleSet {
  const base = RULE_SETS.find((r) => r.kode === row.kode) ?? RULE_SETS[RULE_SETS.length - 1]!;
  const aturan = typeof row.aturan === "string" ? (JSON.parse(row.aturan) as unknown) : row.aturan;
  return mergeRuleSet(base, aturan ?? {});
}

/** The rule set of a period, with its regulasi id. */
export async function ruleSetPeriode(db: DbOrTx, periodeId: string): Promise<{ regulasiId: string; ruleSet: RuleSet }> {
  const [row] = await queryRows<{ id: string; kode: string; aturan: unknown }>(
    db,
    sql`select r.id, r.kode, r.aturan from periode p join regulasi r on r.id = p.regulasi_id where p.id = ${periodeId}`,
  );
  if (!row) throw notFound("periode");
  return { regulasiId: row.id, ruleSet: ruleSetRegulasi(row) };
}

export async function hariLiburInstansi(db: DbOrTx, instansiId: string): Promise<string[]> {
  const rows = await db.select({ tanggal: hariLibur.tanggal }).from(hariLibur).where(eq(hariLibur.instansiId, instansiId)).orderBy(asc(hariLibur.tanggal));
  return rows.map((r) => r.tanggal);
}

export interface AturanKeberatan {
  regulasi: { id: string; nama: string };
  hari: number;
  jenisHari: (typeof JENIS_HARI)[number];
  hariLibur: Array<{ tanggal: string; nama: string }>;
  /** The curve: warn only, or block a finalisation against it unless justified; units below the minimum are "small". */
  kebijakanKurva: KebijakanKurva;
  kurvaMinimumPegawai: number;
}

/** The admin's view: the current period's objection window and the holiday list. */
export async function getAturanKeberatan(ctx: ServiceContext): Promise<AturanKeberatan> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode) throw notFound("periode");
  const { regulasiId, ruleSet } = await ruleSetPeriode(ctx.db, periode.id);
  const libur = await ctx.db
    .select({ tanggal: hariLibur.tanggal, nama: hariLibur.nama })
    .from(hariLibur)
    .where(eq(hariLibur.instansiId, ctx.actor.instansiId))
    .orderBy(asc(hariLibur.tanggal));
  return {
    regulasi: { id: regulasiId, nama: ruleSet.nama }, hari: ruleSet.keberatan.hari, jenisHari: ruleSet.keberatan.jenisHari, hariLibur: libur,
    kebijakanKurva: ruleSet.kebijakanKurva, kurvaMinimumPegawai: ruleSet.kurvaMinimumPegawai,
  };
}

export { aturanKeberatanSchema };

/**
 * Changes the objection window of the current period's rule set and replaces the holiday list.
 * Deadlines already fixed on delivered evaluations stay as they were.
 */
export async function simpanAturanKeberatan(ctx: ServiceContext, input: unknown): Promise<void> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const data = parse(aturanKeberatanSchema, input);
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode) throw notFound("periode");
  await ctx.db.transaction(async (tx) => {
    const { regulasiId, ruleSet } = await ruleSetPeriode(tx, periode.id);
    const [row] = await tx.select({ aturan: regulasi.aturan }).from(regulasi).where(eq(regulasi.id, regulasiId)).for("update");
    const aturan: Record<string, unknown> = { ...((row?.aturan as Record<string, unknown>) ?? {}), keberatan: { hari: data.hari, jenisHari: data.jenisHari } };
    if (data.kebijakanKurva !== undefined) aturan.kebijakanKurva = data.kebijakanKurva;
    if (data.kurvaMinimumPegawai !== undefined) aturan.kurvaMinimumPegawai = data.kurvaMinimumPegawai;
    mergeRuleSet(ruleSet, aturan); // validates the whole override before it is stored
    const liburLama = await tx.select({ tanggal: hariLibur.tanggal, nama: hariLibur.nama }).from(hariLibur).where(eq(hariLibur.instansiId, ctx.actor.instansiId));
    await tx.update(regulasi).set({ aturan, updatedAt: new Date() }).where(eq(regulasi.id, regulasiId));
    await tx.delete(hariLibur).where(eq(hariLibur.instansiId, ctx.actor.instansiId));
    if (data.hariLibur.length) await tx.insert(hariLibur).values(data.hariLibur.map((h) => ({ instansiId: ctx.actor.instansiId, ...h })));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "ATURAN_KEBERATAN_DIUBAH", entitas: "regulasi", entitasId: regulasiId,
      sebelum: { keberatan: ruleSet.keberatan, hariLibur: liburLama, kebijakanKurva: ruleSet.kebijakanKurva, kurvaMinimumPegawai: ruleSet.kurvaMinimumPegawai },
      sesudah: { keberatan: aturan.keberatan, hariLibur: data.hariLibur, kebijakanKurva: data.kebijakanKurva ?? ruleSet.kebijakanKurva, kurvaMinimumPegawai: data.kurvaMinimumPegawai ?? ruleSet.kurvaMinimumPegawai },
    });
  });
}
