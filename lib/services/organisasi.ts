import { asc, eq, sql } from "drizzle-orm";
import { queryRows, uuidList } from "@/db/client";
import { unitKerja } from "@/db/schema";
import { can, type UnitRef } from "@/lib/policy";
import type { ServiceContext } from "./context";
import { forbidden, notFound } from "./errors";
import { aktifPada, faktaPegawai, pemegangEfektif } from "./hierarki";
import { getPeriodeAktif } from "./periode";
import { ringkasanSkpPegawai } from "./dasbor";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UnitNode {
  id: string;
  nama: string;
  jenis: string;
  level: number;
  parentId: string | null;
  pegawai: number;
}

/** The whole unit tree of the actor's instansi with headcounts (read-only org browser). */
export async function getPohonUnit(ctx: ServiceContext): Promise<UnitNode[]> {
  if (!can(ctx.actor, { aksi: "organisasi.lihat", instansiId: ctx.actor.instansiId })) throw forbidden();
  const rows = await queryRows<{ id: string; nama: string; jenis: string; level: number; parent_id: string | null; pegawai: number }>(
    ctx.db,
    sql`select u.id, u.nama, u.jenis, u.level, u.parent_id,
               (select count(*)::int from jabatan j join penugasan p on p.jabatan_id = j.id
                 where j.unit_id = u.id and p.jenis = 'DEFINITIF' and ${aktifPada("p", ctx.today)}) as pegawai
          from unit_kerja u where u.instansi_id = ${ctx.actor.instansiId}
         order by u.path`,
  );
  return rows.map((r) => ({ id: r.id, nama: r.nama, jenis: r.jenis, level: Number(r.level), parentId: r.parent_id, pegawai: Number(r.pegawai) }));
}

export interface UnitPilihan {
  id: string;
  nama: string;
  level: number;
}

/**
 * Units for a picker: the whole instansi ("SEMUA"), or the subtrees of the given units — depth-first
 * with siblings by name, so an indented list reads like the tree. The caller decides the scope.
 */
export async function unitPilihan(ctx: ServiceContext, cakupan: "SEMUA" | readonly Pick<UnitRef, "path">[]): Promise<UnitPilihan[]> {
  if (cakupan !== "SEMUA" && cakupan.length === 0) return [];
  const rows = await queryRows<{ id: string; nama: string; level: number; path: string }>(
    ctx.db,
    cakupan === "SEMUA"
      ? sql`select id, nama, level, path from unit_kerja where instansi_id = ${ctx.actor.instansiId} order by path`
      : sql`select id, nama, level, path from unit_kerja
             where instansi_id = ${ctx.actor.instansiId} and (${sql.join(cakupan.map((u) => sql`path like ${`${u.path}%`}`), sql` or `)})
             order by path`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const kunci = new Map(rows.map((r) => [r.id, r.path.split("/").filter(Boolean).map((id) => byId.get(id)?.nama ?? "")]));
  return [...rows]
    .sort((a, b) => {
      const ka = kunci.get(a.id)!;
      const kb = kunci.get(b.id)!;
      for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
        const c = ka[i]!.localeCompare(kb[i]!, "id");
        if (c !== 0) return c;
      }
      return ka.length - kb.length || a.path.localeCompare(b.path);
    })
    .map((r) => ({ id: r.id, nama: r.nama, level: Number(r.level) }));
}

/** One unit: its positions, who holds them at the date (Plt/Plh marked), and each holder's supervisor position. */
export async function getDetailUnit(ctx: ServiceContext, unitId: string) {
  if (!UUID.test(unitId)) throw notFound("unit");
  const [unit] = await ctx.db
    .select({ id: unitKerja.id, nama: unitKerja.nama, jenis: unitKerja.jenis, parentId: unitKerja.parentId, instansiId: unitKerja.instansiId, path: unitKerja.path })
    .from(unitKerja)
    .where(eq(unitKerja.id, unitId));
  if (!unit || !can(ctx.actor, { aksi: "organisasi.lihat", instansiId: unit.instansiId })) throw notFound("unit");
  const [anak, jabatan, jejak] = await Promise.all([
    ctx.db.select({ id: unitKerja.id, nama: unitKerja.nama, jenis: unitKerja.jenis }).from(unitKerja).where(eq(unitKerja.parentId, unit.id)).orderBy(asc(unitKerja.nama)),
    queryRows<{
      jabatan_id: string; jabatan: string; jenis_jabatan: string; jenjang: string | null; kepala_unit: boolean; atasan_jabatan: string | null;
      pegawai_id: string | null; nama: string | null; nip: string | null; golongan: string | null; jenis_penugasan: string | null;
    }>(
      ctx.db,
      sql`select j.id as jabatan_id, j.nama as jabatan, j.jenis as jenis_jabatan, j.jenjang, j.kepala_unit, a.nama as atasan_jabatan,
                 pg.id as pegawai_id, pg.nama, pg.nip, pg.golongan, p.jenis as jenis_penugasan
            from jabatan j left join jabatan a on a.id = j.atasan_jabatan_id
            left join penugasan p on p.jabatan_id = j.id and ${aktifPada("p", ctx.today)}
            left join pegawai pg on pg.id = p.pegawai_id
           where j.unit_id = ${unit.id}
           order by j.kepala_unit desc, j.jenis, j.nama, pg.nama`,
    ),
    queryRows<{ id: string; nama: string }>(ctx.db, sql`select id, nama from unit_kerja where ${unit.path} like path || '%' and id <> ${unit.id} order by level`),
  ]);
  return {
    unit: { id: unit.id, nama: unit.nama, jenis: unit.jenis, parentId: unit.parentId },
    jejak,
    anak,
    jabatan: jabatan.map((j) => ({
      jabatanId: j.jabatan_id, jabatan: j.jabatan, jenisJabatan: j.jenis_jabatan, jenjang: j.jenjang, kepalaUnit: j.kepala_unit,
      atasanJabatan: j.atasan_jabatan, pegawaiId: j.pegawai_id, nama: j.nama, nip: j.nip, golongan: j.golongan, jenisPenugasan: j.jenis_penugasan,
    })),
  };
}

/** A pegawai's page: identity, positions, PPK and Atasan PPK at the date, and their SKP in the active period. */
export async function getProfilPegawai(ctx: ServiceContext, pegawaiId: string) {
  if (!UUID.test(pegawaiId)) throw notFound("pegawai");
  const fakta = await faktaPegawai(ctx.db, pegawaiId, ctx.today);
  if (!fakta || !can(ctx.actor, { aksi: "pegawai.lihat", pegawai: fakta })) throw notFound("pegawai");
  const [identitas] = await queryRows<{ nama: string; nip: string; status: string; golongan: string; email: string | null }>(
    ctx.db,
    sql`select nama, nip, status, golongan, email from pegawai where id = ${pegawaiId}`,
  );
  const penugasan = await queryRows<{ jabatan: string; unit: string; unit_id: string; jenis: string; mulai: string; selesai: string | null; efektif: boolean }>(
    ctx.db,
    sql`select j.nama as jabatan, u.nama as unit, u.id as unit_id, p.jenis, p.mulai::text as mulai, p.selesai::text as selesai,
               (${aktifPada("p", ctx.today)} and ${pemegangEfektif("p", ctx.today)}) as efektif
          from penugasan p join jabatan j on j.id = p.jabatan_id join unit_kerja u on u.id = j.unit_id
         where p.pegawai_id = ${pegawaiId} order by p.mulai desc`,
  );
  const ids = [fakta.ppkPegawaiId, fakta.atasanPpkPegawaiId].filter((x): x is string => Boolean(x));
  const atasan = ids.length
    ? await queryRows<{ id: string; nama: string; nip: string }>(ctx.db, sql`select id, nama, nip from pegawai where id in (${uuidList(ids)})`)
    : [];
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  const ringkasan = periode ? await ringkasanSkpPegawai(ctx, pegawaiId, periode.id) : { skp: [], indikator: [] };
  return {
    pegawai: { id: pegawaiId, ...identitas! },
    penugasan,
    ppk: atasan.find((a) => a.id === fakta.ppkPegawaiId) ?? null,
    atasanPpk: atasan.find((a) => a.id === fakta.atasanPpkPegawaiId) ?? null,
    periode,
    ...ringkasan,
  };
}
