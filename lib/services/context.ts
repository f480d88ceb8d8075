import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pegawai, peranPegawai, unitKerja } from "@/db/schema";
import type { Actor, Peran } from "@/lib/policy";
import { cakupanAtasan, jabatanDipegang, type JabatanDipegang } from "./hierarki";

export interface ActorProfile extends Actor {
  nama: string;
  nip: string;
  jabatan: JabatanDipegang[];
  /** Heads a unit that has units below it (a dinas or bidang rather than a seksi). */
  memimpinSubunit: boolean;
}

/** Who is asking, with every role they hold at `today`. */
export interface ServiceContext {
  db: Db;
  actor: ActorProfile;
  today: string;
}

/** Loads an active pegawai as an actor, deriving PPK / Atasan PPK / Pimpinan from the hierarchy. Null if not active. */
export async function loadActor(db: Db, pegawaiId: string, today: string): Promise<ActorProfile | null> {
  const [[row], jabatan] = await Promise.all([
    db
      .select({
        id: pegawai.id,
        nama: pegawai.nama,
        nip: pegawai.nip,
        instansiId: pegawai.instansiId,
        grants: sql<string[]>`coalesce((select array_agg(pp.peran::text) from ${peranPegawai} pp where pp.pegawai_id = ${pegawai.id}), '{}')`,
      })
      .from(pegawai)
      .where(and(eq(pegawai.id, pegawaiId), eq(pegawai.aktif, true))),
    jabatanDipegang(db, pegawaiId, today),
  ]);
  if (!row) return null;
  const grants = row.grants;
  const unitDipimpin = jabatan.filter((j) => j.kepalaUnit).map((j) => ({ id: j.unitId, path: j.unitPath }));
  const [cakupan, subunit] = await Promise.all([
    cakupanAtasan(db, jabatan.map((j) => j.jabatanId), pegawaiId, today),
    unitDipimpin.length
      ? db.select({ id: unitKerja.id }).from(unitKerja).where(inArray(unitKerja.parentId, unitDipimpin.map((u) => u.id))).limit(1)
      : Promise.resolve([]),
  ]);
  const peran: Peran[] = [];
  if (jabatan.length > 0) peran.push("PEGAWAI");
  if (cakupan.ppk) peran.push("PPK");
  if (cakupan.atasanPpk) peran.push("ATASAN_PPK");
  if (unitDipimpin.length > 0) peran.push("PIMPINAN");
  if (grants.includes("ADMIN_INSTANSI")) peran.push("ADMIN");
  if (grants.includes("AUDITOR")) peran.push("AUDITOR");
  return {
    pegawaiId: row.id,
    instansiId: row.instansiId,
    nama: row.nama,
    nip: row.nip,
    peran,
    unitDipimpin,
    jabatan,
    memimpinSubunit: subunit.length > 0,
  };
}

export async function findActivePegawaiByNip(db: Db, nip: string): Promise<{ id: string; nama: string; email: string | null } | null> {
  const [row] = await db
    .select({ id: pegawai.id, nama: pegawai.nama, email: pegawai.email })
    .from(pegawai)
    .where(and(eq(pegawai.nip, nip), eq(pegawai.aktif, true)));
  return row ?? null;
}
