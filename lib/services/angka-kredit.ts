/**
 * Credit points of functional positions (spec §7) as HR reads them: the yearly list of a unit's
 * subtree (for its leaders, the admin and the auditor; also exported to Excel) and one pegawai's own
 * points over the years (on the profile page, for whoever may see that pegawai). The rows are those
 * written when an annual evaluation became FINAL (lib/services/evaluasi.ts catatAngkaKredit); the
 * coefficient and percentage shown are those of the rule set each row was computed under.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, type DbOrTx } from "@/db/client";
import type { Jenjang, Predikat } from "@/lib/domain/constants";
import type { RuleSet } from "@/lib/domain/rule-set";
import { can, hasPeran } from "@/lib/policy";
import { kosongJadiNull } from "@/lib/schemas/umum";
import { ruleSetRegulasi } from "./aturan";
import type { ServiceContext } from "./context";
import { forbidden, notFound } from "./errors";
import { faktaPegawai, unitDiminta, type UnitBaris } from "./hierarki";
import { unitPilihan, type UnitPilihan } from "./organisasi";
import { parse } from "./validasi";

export interface BarisAngkaKredit {
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string;
  jenjang: Jenjang;
  unitId: string;
  unit: string;
  predikat: Predikat;
  bulan: number;
  /** Annual coefficient of the jenjang under the row's rule set. */
  koefisien: number;
  /** Percentage of the coefficient for the predikat under the row's rule set (150 = 150 %). */
  persentase: number;
  nilai: number;
}

export interface AngkaKreditUnit {
  unit: { id: string; nama: string };
  /** The year shown; null when the subtree has no credit points at all. */
  tahun: number | null;
  /** Years with credit points in the subtree, newest first. */
  tahunTersedia: number[];
  baris: BarisAngkaKredit[];
  total: { baris: number; pegawai: number; nilai: number };
}

const filterSchema = z.object({
  unitId: z.preprocess(kosongJadiNull, z.uuid("ID_TIDAK_VALID").nullable()).optional(),
  tahun: z.preprocess(kosongJadiNull, z.coerce.number({ error: "TAHUN_TIDAK_VALID" }).int("TAHUN_TIDAK_VALID").min(2000, "TAHUN_TIDAK_VALID").max(2100, "TAHUN_TIDAK_VALID").nullable()).optional(),
});

/** The unit asked for, or the actor's default: the instansi's root for the admin and auditor, else the (highest) unit they head. */
async function unitSasaran(ctx: ServiceContext, unitId: string | null | undefined): Promise<UnitBaris> {
  const unit = await unitDiminta(ctx, unitId, { akar: hasPeran(ctx.actor, "ADMIN") || hasPeran(ctx.actor, "AUDITOR"), dipimpin: ctx.actor.unitDipimpin });
  if (!unit || !can(ctx.actor, { aksi: "angkaKredit.unit", unit: { id: unit.id, path: unit.path, instansiId: unit.instansi_id } })) throw forbidden();
  return unit;
}

/** Coefficient and percentage per regulasi, each rule set resolved once. */
function penjelas() {
  const cache = new Map<string, RuleSet>();
  return (r: { regulasi_id: string; kode: string; aturan: unknown; jenjang: Jenjang; predikat: Predikat }) => {
    let rs = cache.get(r.regulasi_id);
    if (!rs) cache.set(r.regulasi_id, (rs = ruleSetRegulasi(r)));
    return { koefisien: rs.koefisienTahunan[r.jenjang], persentase: rs.persentaseAngkaKredit[r.predikat] };
  };
}

/** Sum of two-decimal values without float drift. */
const jumlah = (nilai: readonly number[]) => nilai.reduce((s, n) => s + Math.round(n * 100), 0) / 100;

/** The rows behind a credit point: FINAL annual evaluation → SKP → its assignment's position and unit, and the period. */
const SUMBER = sql`angka_kredit ak
  join evaluasi e on e.id = ak.evaluasi_id and e.status = 'FINAL'
  join skp s on s.id = e.skp_id
  join periode p on p.id = s.periode_id
  join penugasan pn on pn.id = s.penugasan_id
  join jabatan j on j.id = pn.jabatan_id
  join unit_kerja u on u.id = j.unit_id`;

/**
 * The credit points of a unit's subtree for a year (periode.tahun; default the latest year with
 * points there), one row per final annual evaluation (a mid-year move gives a pegawai two rows),
 * with totals. The unit of a row is the unit of the SKP's assignment that year.
 */
export async function getAngkaKreditUnit(ctx: ServiceContext, input: { unitId?: unknown; tahun?: unknown } = {}): Promise<AngkaKreditUnit> {
  const filter = parse(filterSchema, input);
  const unit = await unitSasaran(ctx, filter.unitId);
  const subtree = `${unit.path}%`;
  const tahunRows = await queryRows<{ tahun: number }>(
    ctx.db,
    sql`select distinct p.tahun from ${SUMBER} where p.instansi_id = ${unit.instansi_id} and u.path like ${subtree} order by p.tahun desc`,
  );
  const tahunTersedia = tahunRows.map((r) => Number(r.tahun));
  const tahun = filter.tahun ?? tahunTersedia[0] ?? null;
  const rows =
    tahun === null
      ? []
      : await queryRows<{
          pegawai_id: string; nip: string; nama: string; jabatan: string; jenjang: Jenjang; unit_id: string; unit: string;
          predikat: Predikat; bulan: number; nilai: string; regulasi_id: string; kode: string; aturan: unknown;
        }>(
          ctx.db,
          sql`select ak.pegawai_id, pg.nip, pg.nama, j.nama as jabatan, ak.jenjang, u.id as unit_id, u.nama as unit,
                     ak.predikat, ak.bulan, ak.nilai::text as nilai, ak.regulasi_id, r.kode, r.aturan
                from ${SUMBER}
                join pegawai pg on pg.id = ak.pegawai_id
                join regulasi r on r.id = ak.regulasi_id
               where p.instansi_id = ${unit.instansi_id} and u.path like ${subtree} and p.tahun = ${tahun}
               order by u.nama, pg.nama, pg.nip, s.berlaku_mulai`,
        );
  const jelaskan = penjelas();
  const baris = rows.map((r): BarisAngkaKredit => ({
    pegawaiId: r.pegawai_id, nip: r.nip, nama: r.nama, jabatan: r.jabatan, jenjang: r.jenjang, unitId: r.unit_id, unit: r.unit,
    predikat: r.predikat, bulan: Number(r.bulan), ...jelaskan(r), nilai: Number(r.nilai),
  }));
  return {
    unit: { id: unit.id, nama: unit.nama },
    tahun,
    tahunTersedia,
    baris,
    total: { baris: baris.length, pegawai: new Set(baris.map((b) => b.pegawaiId)).size, nilai: jumlah(baris.map((b) => b.nilai)) },
  };
}

/** The units whose credit-point list the actor may open (the picker): all of the instansi for the admin and auditor, else the subtrees they head. */
export async function getUnitAngkaKredit(ctx: ServiceContext): Promise<UnitPilihan[]> {
  const semua = hasPeran(ctx.actor, "ADMIN") || hasPeran(ctx.actor, "AUDITOR");
  if (!semua && ctx.actor.unitDipimpin.length === 0) throw forbidden();
  return unitPilihan(ctx, semua ? "SEMUA" : ctx.actor.unitDipimpin);
}

export interface AngkaKreditPegawaiBaris {
  tahun: number;
  jabatan: string;
  jenjang: Jenjang;
  predikat: Predikat;
  bulan: number;
  nilai: number;
}

/** One pegawai's credit points over the years, for whoever may see that pegawai (the profile page's rule). */
export async function getAngkaKreditPegawai(ctx: ServiceContext, pegawaiId: string): Promise<{ baris: AngkaKreditPegawaiBaris[]; total: number }> {
  if (!z.uuid().safeParse(pegawaiId).success) throw notFound("pegawai");
  const fakta = await faktaPegawai(ctx.db, pegawaiId, ctx.today);
  if (!fakta || !can(ctx.actor, { aksi: "pegawai.lihat", pegawai: fakta })) throw notFound("pegawai");
  const rows = await bacaAngkaKreditPegawai(ctx.db, pegawaiId);
  return { baris: rows, total: jumlah(rows.map((r) => r.nilai)) };
}

async function bacaAngkaKreditPegawai(db: DbOrTx, pegawaiId: string): Promise<AngkaKreditPegawaiBaris[]> {
  const rows = await queryRows<{ tahun: number; jabatan: string; jenjang: Jenjang; predikat: Predikat; bulan: number; nilai: string }>(
    db,
    sql`select p.tahun, j.nama as jabatan, ak.jenjang, ak.predikat, ak.bulan, ak.nilai::text as nilai
          from ${SUMBER}
         where ak.pegawai_id = ${pegawaiId}
         order by p.tahun desc, s.berlaku_mulai desc`,
  );
  return rows.map((r) => ({ tahun: Number(r.tahun), jabatan: r.jabatan, jenjang: r.jenjang, predikat: r.predikat, bulan: Number(r.bulan), nilai: Number(r.nilai) }));
}
