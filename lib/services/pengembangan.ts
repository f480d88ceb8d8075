/**
 * Career development (spec §7): strong performers are proposed for training and leadership
 * programmes, weak results lead to a development plan; every proposal keeps its reason and evidence.
 *
 * - The admin keeps the training catalogue (diklat) of the instansi (`instansi.kelola`).
 * - The pegawai's PPK proposes (`usulan.ajukan`), resting on the pegawai's latest annual evaluation
 *   with a predikat (set or final; one under objection waits): the kind must be one the rule set calls
 *   for at that predikat, a programme or training names a catalogue item of a fitting kind, a plan
 *   agrees at least one training and a review date. The evidence (predikat history, ratings, the PPK's
 *   notes and feedback) is collected here, as text and as JSON. One open proposal per pegawai, kind
 *   and period.
 * - Deciding (`usulan.putuskan`): a leader of a unit whose subtree holds the pegawai's unit, never the
 *   proposer nor the pegawai — a PPK heading the pegawai's seksi leaves it to the Kabid, Kadis or above.
 *   Approve, or decline with a reason; once.
 * - Completed trainings (`pelatihan.catat`: the pegawai or the admin) count hours toward the yearly
 *   target of the rule set; completing an approved proposal's training closes it (SELESAI).
 *
 * Every change: validated input, a policy check on the resource, one transaction with an audit row
 * and notifications. Refusals that would reveal someone else's data answer "not found".
 */
import { sql } from "drizzle-orm";
import { queryRows, uuidList, type DbOrTx } from "@/db/client";
import { diklat, regulasi, riwayatPelatihan, usulanDiklat, usulanPengembangan } from "@/db/schema";
import type { Predikat, Rating } from "@/lib/domain/constants";
import { LABEL_PREDIKAT } from "@/lib/domain/constants";
import {
  BARIS_TALENTA,
  KOLOM_TALENTA,
  kemajuanJam,
  ringkasBukti,
  saranPengembangan,
  selTalenta,
  tambahBulan,
  usulanDibolehkan,
  type BarisTalenta,
  type KemajuanJam,
  type KolomTalenta,
  type RiwayatPredikat,
  type SaranPengembangan,
} from "@/lib/domain/pengembangan";
import { mergeRuleSet, PERMENPANRB_6_2022, type JenisUsulan, type RuleSet } from "@/lib/domain/rule-set";
import { can, hasPeran, type PegawaiFacts } from "@/lib/policy";
import { diklatSchema, keputusanUsulanSchema, pelatihanSchema, targetJamSchema, usulanSchema, type JenisDiklat } from "@/lib/schemas/pengembangan";
import { ruleSetPeriode } from "./aturan";
import { catatAudit, type AuditEntry } from "./audit";
import type { ServiceContext } from "./context";
import { ditolak, forbidden, isianTidakValid } from "./errors";
import { aktifPada, bawahanLangsungSql, faktaPegawai, pimpinanRantaiUnit } from "./hierarki";
import { kirimNotifikasi, type NotifikasiBaru } from "./notifikasi";
import { getPeriodeAktif } from "./periode";
import { parse } from "./validasi";

export type StatusUsulan = "DIUSULKAN" | "DISETUJUI" | "DITOLAK" | "SELESAI";
const TERBUKA: readonly StatusUsulan[] = ["DIUSULKAN", "DISETUJUI"];
const isUuid = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const tautanUsulan = (id: string) => `/pengembangan/usulan/${id}`;

// ---------------------------------------------------------------- catalogue

export interface Diklat {
  id: string;
  kode: string;
  nama: string;
  jenis: JenisDiklat;
  penyelenggara: string | null;
  jam: number;
  aktif: boolean;
}

async function bacaDiklat(db: DbOrTx, instansiId: string, hanyaAktif: boolean): Promise<Diklat[]> {
  const rows = await queryRows<{ id: string; kode: string; nama: string; jenis: JenisDiklat; penyelenggara: string | null; jam: number; aktif: boolean }>(
    db,
    sql`select id, kode, nama, jenis, penyelenggara, jam, aktif from diklat
         where instansi_id = ${instansiId} ${hanyaAktif ? sql`and aktif` : sql``} order by jenis, nama`,
  );
  return rows.map((r) => ({ ...r, jam: Number(r.jam) }));
}

/** The catalogue: every item for the admin, the active ones for anyone else of the instansi. */
export async function daftarDiklat(ctx: ServiceContext): Promise<Diklat[]> {
  return bacaDiklat(ctx.db, ctx.actor.instansiId, !can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId }));
}

/** Adds or changes a catalogue item (admin). A code is unique within the instansi. */
export async function simpanDiklat(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const data = parse(diklatSchema, input);
  return ctx.db.transaction(async (tx) => {
    const [sama] = await queryRows<{ id: string }>(tx, sql`select id from diklat where instansi_id = ${ctx.actor.instansiId} and kode = ${data.kode}`);
    if (sama && sama.id !== data.id) throw isianTidakValid("KODE_SUDAH_ADA", "kode");
    const nilai = { kode: data.kode, nama: data.nama, jenis: data.jenis, penyelenggara: data.penyelenggara, jam: data.jam, aktif: data.aktif };
    if (data.id) {
      const [lama] = await queryRows<Record<string, unknown>>(
        tx,
        sql`select kode, nama, jenis, penyelenggara, jam, aktif from diklat where id = ${data.id} and instansi_id = ${ctx.actor.instansiId} for update`,
      );
      if (!lama) throw forbidden();
      await tx.update(diklat).set(nilai).where(sql`${diklat.id} = ${data.id}`);
      await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "UBAH", entitas: "diklat", entitasId: data.id, sebelum: lama, sesudah: nilai });
      return { id: data.id };
    }
    const [baru] = await tx.insert(diklat).values({ ...nilai, instansiId: ctx.actor.instansiId }).returning({ id: diklat.id });
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "BUAT", entitas: "diklat", entitasId: baru!.id, sesudah: nilai });
    return { id: baru!.id };
  });
}

/** The yearly training-hours target in force (the active period's rule set), for the admin's page. */
export async function getTargetJam(ctx: ServiceContext): Promise<number> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  return targetJam(ctx);
}

/** Sets the yearly training-hours target in the active period's rule set (admin; validated by mergeRuleSet, audited). */
export async function simpanTargetJam(ctx: ServiceContext, input: unknown): Promise<void> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const { targetJamPelatihan } = parse(targetJamSchema, input);
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode) throw ditolak("TANPA_PERIODE");
  await ctx.db.transaction(async (tx) => {
    const { regulasiId, ruleSet } = await ruleSetPeriode(tx, periode.id);
    const [row] = await tx.select({ aturan: regulasi.aturan }).from(regulasi).where(sql`${regulasi.id} = ${regulasiId}`).for("update");
    const lama = (typeof row?.aturan === "string" ? JSON.parse(row.aturan) : row?.aturan ?? {}) as Record<string, unknown>;
    const aturan = { ...lama, pengembangan: { ...((lama.pengembangan as Record<string, unknown>) ?? {}), targetJamPelatihan } };
    mergeRuleSet(ruleSet, aturan); // validates the whole override before it is stored
    await tx.update(regulasi).set({ aturan, updatedAt: new Date() }).where(sql`${regulasi.id} = ${regulasiId}`);
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "TARGET_JAM_PELATIHAN_DIUBAH", entitas: "regulasi", entitasId: regulasiId,
      sebelum: { targetJamPelatihan: ruleSet.pengembangan.targetJamPelatihan }, sesudah: { targetJamPelatihan },
    });
  });
}

// ---------------------------------------------------------------- the basis and its evidence

interface Basis {
  evaluasiId: string;
  status: "DITETAPKAN" | "KEBERATAN" | "FINAL";
  predikat: Predikat;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  catatan: string | null;
  skpId: string;
  periodeId: string;
  tahun: number;
}

/** The pegawai's latest annual evaluation with a predikat (set, under objection, or final), or null. */
async function basisTahunan(db: DbOrTx, pegawaiId: string): Promise<Basis | null> {
  const [r] = await queryRows<{
    id: string; status: Basis["status"]; predikat: Predikat; rating_hasil: Rating | null; rating_perilaku: Rating | null;
    catatan: string | null; skp_id: string; periode_id: string; tahun: number;
  }>(
    db,
    sql`select e.id, e.status, e.predikat, e.rating_hasil, e.rating_perilaku, e.catatan, e.skp_id, p.id as periode_id, p.tahun
          from evaluasi e join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id
         where s.pegawai_id = ${pegawaiId} and e.jenis = 'TAHUNAN' and e.predikat is not null
           and e.status in ('DITETAPKAN', 'KEBERATAN', 'FINAL')
         order by p.tahun desc, s.berlaku_mulai desc, e.ditetapkan_at desc nulls last limit 1`,
  );
  if (!r) return null;
  return {
    evaluasiId: r.id, status: r.status, predikat: r.predikat, ratingHasil: r.rating_hasil, ratingPerilaku: r.rating_perilaku,
    catatan: r.catatan, skpId: r.skp_id, periodeId: r.periode_id, tahun: Number(r.tahun),
  };
}

/** Annual predikat per year (the latest SKP of a year when there were two), newest first, for these pegawai. */
async function riwayatPredikat(db: DbOrTx, pegawaiIds: readonly string[], batasTahun = 5): Promise<Map<string, RiwayatPredikat[]>> {
  const out = new Map<string, RiwayatPredikat[]>();
  if (pegawaiIds.length === 0) return out;
  const rows = await queryRows<{ pegawai_id: string; tahun: number; predikat: Predikat; rating_hasil: Rating | null; rating_perilaku: Rating | null }>(
    db,
    sql`select pegawai_id, tahun, predikat, rating_hasil, rating_perilaku from (
          select s.pegawai_id, p.tahun, e.predikat, e.rating_hasil, e.rating_perilaku,
                 row_number() over (partition by s.pegawai_id, p.tahun order by s.berlaku_mulai desc, e.ditetapkan_at desc nulls last) as rn
            from evaluasi e join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id
           where s.pegawai_id in (${uuidList(pegawaiIds)}) and e.jenis = 'TAHUNAN' and e.predikat is not null
             and e.status in ('DITETAPKAN', 'KEBERATAN', 'FINAL')) x
         where rn = 1 order by pegawai_id, tahun desc`,
  );
  for (const r of rows) {
    const list = out.get(r.pegawai_id) ?? [];
    if (list.length < batasTahun) list.push({ tahun: Number(r.tahun), predikat: r.predikat, ratingHasil: r.rating_hasil, ratingPerilaku: r.rating_perilaku });
    out.set(r.pegawai_id, list);
  }
  return out;
}

export interface BuktiRinci {
  evaluasiId: string;
  tahun: number;
  predikat: Predikat;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  riwayat: RiwayatPredikat[];
  catatan: string[];
}

/** The evidence of a proposal: the last three years' predikat, the basis's ratings, the PPK's notes and feedback on that SKP. */
async function kumpulkanBukti(db: DbOrTx, pegawaiId: string, basis: Basis): Promise<{ bukti: string; rinci: BuktiRinci }> {
  const [riwayat, catatanRows] = await Promise.all([
    riwayatPredikat(db, [pegawaiId], 3),
    queryRows<{ teks: string }>(
      db,
      sql`select teks from (
            select er.umpan_balik as teks, 1 as urut, null::timestamptz as t from evaluasi_rincian er where er.evaluasi_id = ${basis.evaluasiId} and er.umpan_balik is not null
            union all
            select coalesce(nullif(trim(ub.isi), ''), ub.frasa_standar) as teks, 2 as urut, ub.created_at as t from umpan_balik ub where ub.skp_id = ${basis.skpId}
          ) x where teks is not null order by urut, t desc nulls last limit 8`,
    ),
  ]);
  const catatan = [basis.catatan, ...catatanRows.map((r) => r.teks)].filter((c): c is string => !!c && c.trim() !== "");
  const unik = [...new Set(catatan.map((c) => c.trim()))];
  const list = riwayat.get(pegawaiId) ?? [];
  return {
    bukti: ringkasBukti(list, unik),
    rinci: { evaluasiId: basis.evaluasiId, tahun: basis.tahun, predikat: basis.predikat, ratingHasil: basis.ratingHasil, ratingPerilaku: basis.ratingPerilaku, riwayat: list, catatan: unik },
  };
}

// ---------------------------------------------------------------- proposing

export interface FormUsulan {
  pegawai: { id: string; nama: string; nip: string; jabatan: string | null; unit: string | null };
  basis: { tahun: number; predikat: Predikat; status: Basis["status"] } | null;
  saran: SaranPengembangan[];
  /** Review date a plan gets by default. */
  tinjauBawaan: string | null;
  bukti: string | null;
  katalog: Diklat[];
  usulan: UsulanRingkas[];
}

async function infoPegawai(db: DbOrTx, pegawaiId: string, today: string) {
  const [r] = await queryRows<{ id: string; nama: string; nip: string; jabatan: string | null; unit: string | null }>(
    db,
    sql`select pg.id, pg.nama, pg.nip,
               (select j.nama from penugasan p join jabatan j on j.id = p.jabatan_id where p.pegawai_id = pg.id and ${aktifPada("p", today)}
                 order by (case p.jenis when 'DEFINITIF' then 0 else 1 end), p.mulai limit 1) as jabatan,
               (select u.nama from penugasan p join jabatan j on j.id = p.jabatan_id join unit_kerja u on u.id = j.unit_id
                 where p.pegawai_id = pg.id and ${aktifPada("p", today)} order by (case p.jenis when 'DEFINITIF' then 0 else 1 end), p.mulai limit 1) as unit
          from pegawai pg where pg.id = ${pegawaiId}`,
  );
  return r ?? null;
}

/** The facts of a pegawai the actor may propose for; anyone else is "not found". */
async function pegawaiUntukUsulan(ctx: ServiceContext, db: DbOrTx, pegawaiId: unknown): Promise<PegawaiFacts> {
  if (!isUuid(pegawaiId)) throw forbidden();
  const fakta = await faktaPegawai(db, pegawaiId, ctx.today);
  if (!fakta || !can(ctx.actor, { aksi: "usulan.ajukan", pegawai: fakta })) throw forbidden();
  return fakta;
}

/** What the PPK sees before proposing for a subordinate: the basis, the suggested kinds, the evidence, the catalogue. */
export async function getFormUsulan(ctx: ServiceContext, pegawaiId: unknown): Promise<FormUsulan> {
  const fakta = await pegawaiUntukUsulan(ctx, ctx.db, pegawaiId);
  const [info, basis, katalog, usulan] = await Promise.all([
    infoPegawai(ctx.db, fakta.pegawaiId, ctx.today),
    basisTahunan(ctx.db, fakta.pegawaiId),
    bacaDiklat(ctx.db, ctx.actor.instansiId, true),
    bacaUsulan(ctx.db, sql`u.pegawai_id = ${fakta.pegawaiId}`),
  ]);
  const ruleSet = await ruleSetKini(ctx.db, ctx);
  const saran = basis ? saranPengembangan(basis.predikat, ruleSet) : [];
  const rencana = saran.find((s) => s.usulan === "RENCANA_PENGEMBANGAN");
  return {
    pegawai: info!,
    basis: basis ? { tahun: basis.tahun, predikat: basis.predikat, status: basis.status } : null,
    saran,
    tinjauBawaan: rencana?.tinjauBulan ? tambahBulan(ctx.today, rencana.tinjauBulan) : null,
    bukti: basis ? (await kumpulkanBukti(ctx.db, fakta.pegawaiId, basis)).bukti : null,
    katalog,
    usulan,
  };
}

/**
 * The rule set in force today (the active period's): proposals follow today's rules, whichever year's
 * predikat they rest on.
 */
async function ruleSetKini(db: DbOrTx, ctx: ServiceContext): Promise<RuleSet> {
  const periode = await getPeriodeAktif(db, ctx.actor.instansiId, ctx.today);
  return periode ? (await ruleSetPeriode(db, periode.id)).ruleSet : PERMENPANRB_6_2022;
}

const cocokJenis = (usulan: JenisUsulan, jenis: JenisDiklat) => (usulan === "PROGRAM_KEPEMIMPINAN" ? jenis === "KEPEMIMPINAN" : jenis !== "KEPEMIMPINAN");

/** Heads of the units on the pegawai's unit chain below the root (Kasi, Kabid, Kadis), except those given. */
async function pemutus(db: DbOrTx, unitPaths: readonly string[], today: string, kecuali: readonly string[]): Promise<string[]> {
  return (await pimpinanRantaiUnit(db, unitPaths, today, { tanpaAkar: true })).filter((id) => !kecuali.includes(id));
}

const LABEL_JENIS: Record<JenisUsulan, string> = {
  PROGRAM_KEPEMIMPINAN: "program kepemimpinan",
  DIKLAT: "pelatihan",
  RENCANA_PENGEMBANGAN: "rencana pengembangan",
};

/** The PPK proposes development for a subordinate. */
export async function usulkanPengembangan(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  const data = parse(usulanSchema, input);
  return ctx.db.transaction(async (tx) => {
    const fakta = await pegawaiUntukUsulan(ctx, tx, data.pegawaiId);
    // one proposal at a time per pegawai: the row lock orders concurrent proposals
    await queryRows(tx, sql`select id from pegawai where id = ${fakta.pegawaiId} for update`);
    const basis = await basisTahunan(tx, fakta.pegawaiId);
    if (!basis) throw ditolak("TANPA_PREDIKAT_TAHUNAN");
    if (basis.status === "KEBERATAN") throw ditolak("PREDIKAT_DALAM_KEBERATAN");
    const ruleSet = await ruleSetKini(tx, ctx);
    if (!usulanDibolehkan(basis.predikat, data.jenis, ruleSet)) throw ditolak("JENIS_TIDAK_SESUAI_PREDIKAT", "jenis");

    const ids = [...new Set([...(data.diklatId ? [data.diklatId] : []), ...data.diklatIds])];
    const katalog = ids.length
      ? await queryRows<{ id: string; jenis: JenisDiklat; nama: string }>(
          tx,
          sql`select id, jenis, nama from diklat where id in (${uuidList(ids)}) and instansi_id = ${ctx.actor.instansiId} and aktif`,
        )
      : [];
    const dari = new Map(katalog.map((d) => [d.id, d]));
    if (data.jenis === "RENCANA_PENGEMBANGAN") {
      if (data.diklatIds.length === 0) throw isianTidakValid("RENCANA_TANPA_DIKLAT", "diklatIds");
    } else {
      if (!data.diklatId) throw isianTidakValid("DIKLAT_WAJIB", "diklatId");
      const d = dari.get(data.diklatId);
      if (!d || !cocokJenis(data.jenis, d.jenis)) throw isianTidakValid("DIKLAT_TIDAK_SESUAI", "diklatId");
    }
    if (data.diklatIds.some((id) => !dari.has(id))) throw isianTidakValid("DIKLAT_TIDAK_SESUAI", "diklatIds");

    let tanggalTinjau: string | null = null;
    if (data.jenis === "RENCANA_PENGEMBANGAN") {
      const aturan = saranPengembangan(basis.predikat, ruleSet).find((s) => s.usulan === "RENCANA_PENGEMBANGAN");
      tanggalTinjau = data.tanggalTinjau ?? tambahBulan(ctx.today, aturan?.tinjauBulan ?? 6);
      if (tanggalTinjau <= ctx.today) throw isianTidakValid("TINJAU_HARUS_MENDATANG", "tanggalTinjau");
    }

    const [terbuka] = await queryRows<{ id: string }>(
      tx,
      sql`select id from usulan_pengembangan where pegawai_id = ${fakta.pegawaiId} and periode_id = ${basis.periodeId}
            and jenis = ${data.jenis} and status in ('DIUSULKAN', 'DISETUJUI') limit 1`,
    );
    if (terbuka) throw ditolak("USULAN_SUDAH_ADA", "jenis");

    const { bukti, rinci } = await kumpulkanBukti(tx, fakta.pegawaiId, basis);
    const [baru] = await tx
      .insert(usulanPengembangan)
      .values({
        pegawaiId: fakta.pegawaiId,
        periodeId: basis.periodeId,
        evaluasiId: basis.evaluasiId,
        jenis: data.jenis,
        diklatId: data.jenis === "RENCANA_PENGEMBANGAN" ? null : data.diklatId!,
        alasan: data.alasan,
        bukti,
        buktiRinci: rinci,
        status: "DIUSULKAN",
        diusulkanOleh: ctx.actor.pegawaiId,
        tanggalTinjau,
      })
      .returning({ id: usulanPengembangan.id });
    const id = baru!.id;
    if (data.diklatIds.length) await tx.insert(usulanDiklat).values(data.diklatIds.map((diklatId) => ({ usulanId: id, diklatId })));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "USULKAN", entitas: "usulan_pengembangan", entitasId: id,
      sesudah: { pegawaiId: fakta.pegawaiId, jenis: data.jenis, diklatId: data.diklatId ?? null, diklatIds: data.diklatIds, evaluasiId: basis.evaluasiId, predikat: basis.predikat, tanggalTinjau, alasan: data.alasan },
    });
    const nama = data.diklatId ? dari.get(data.diklatId)!.nama : LABEL_JENIS[data.jenis];
    const [peg] = await queryRows<{ nama: string }>(tx, sql`select nama from pegawai where id = ${fakta.pegawaiId}`);
    const penerima = await pemutus(tx, fakta.unitPaths, ctx.today, [ctx.actor.pegawaiId, fakta.pegawaiId]);
    const notif: NotifikasiBaru[] = [
      { penerimaId: fakta.pegawaiId, jenis: "PENGEMBANGAN", judul: `Anda diusulkan untuk ${LABEL_JENIS[data.jenis]}`, isi: `${ctx.actor.nama} mengusulkan ${nama} berdasarkan predikat ${LABEL_PREDIKAT[basis.predikat]} ${basis.tahun}.`, tautan: tautanUsulan(id) },
      ...penerima.map((p) => ({ penerimaId: p, jenis: "PENGEMBANGAN" as const, judul: `Usulan ${LABEL_JENIS[data.jenis]} untuk ${peg!.nama} menunggu keputusan`, isi: `${ctx.actor.nama} mengusulkan ${nama}.`, tautan: tautanUsulan(id) })),
    ];
    await kirimNotifikasi(tx, notif);
    return { id };
  });
}

// ---------------------------------------------------------------- deciding

type UsulanBaris = {
  id: string;
  pegawai_id: string;
  jenis: JenisUsulan;
  status: StatusUsulan;
  diusulkan_oleh: string;
  diklat_id: string | null;
};

async function muatUsulan(db: DbOrTx, id: unknown, forUpdate: boolean): Promise<UsulanBaris | null> {
  if (!isUuid(id)) return null;
  const [r] = await queryRows<UsulanBaris>(
    db,
    sql`select id, pegawai_id, jenis, status, diusulkan_oleh, diklat_id from usulan_pengembangan where id = ${id} ${forUpdate ? sql`for update` : sql``}`,
  );
  return r ?? null;
}

/** A leader approves a proposal, or declines it with a reason. */
export async function putuskanUsulan(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(keputusanUsulanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const u = await muatUsulan(tx, data.usulanId, true);
    if (!u) throw forbidden();
    const fakta = await faktaPegawai(tx, u.pegawai_id, ctx.today);
    if (!fakta || !can(ctx.actor, { aksi: "usulan.lihat", pegawai: fakta, diusulkanOleh: u.diusulkan_oleh })) throw forbidden();
    if (!can(ctx.actor, { aksi: "usulan.putuskan", pegawai: fakta, diusulkanOleh: u.diusulkan_oleh })) throw ditolak("BUKAN_PEMUTUS");
    if (u.status !== "DIUSULKAN") throw ditolak("USULAN_SUDAH_DIPUTUS");
    const status: StatusUsulan = data.setuju ? "DISETUJUI" : "DITOLAK";
    const now = new Date();
    await tx
      .update(usulanPengembangan)
      .set({ status, diputusOleh: ctx.actor.pegawaiId, diputusAt: now, alasanKeputusan: data.alasan, updatedAt: now })
      .where(sql`${usulanPengembangan.id} = ${u.id}`);
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: data.setuju ? "SETUJUI" : "TOLAK", entitas: "usulan_pengembangan", entitasId: u.id,
      sebelum: { status: u.status }, sesudah: { status, alasanKeputusan: data.alasan },
    });
    const hasil = data.setuju ? "disetujui" : "ditolak";
    const isi = `${ctx.actor.nama}: ${data.alasan ?? "disetujui"}`;
    await kirimNotifikasi(tx, [
      { penerimaId: u.pegawai_id, jenis: "PENGEMBANGAN", judul: `Usulan ${LABEL_JENIS[u.jenis]} Anda ${hasil}`, isi, tautan: tautanUsulan(u.id) },
      { penerimaId: u.diusulkan_oleh, jenis: "PENGEMBANGAN", judul: `Usulan ${LABEL_JENIS[u.jenis]} yang Anda ajukan ${hasil}`, isi, tautan: tautanUsulan(u.id) },
    ]);
  });
}

// ---------------------------------------------------------------- completed trainings

/** Records a completed training; one for an approved proposal completes it (a plan once all its agreed trainings are done). */
export async function catatPelatihan(ctx: ServiceContext, input: unknown): Promise<{ id: string; usulanSelesai: boolean }> {
  const data = parse(pelatihanSchema, input);
  const pegawaiId = data.pegawaiId ?? ctx.actor.pegawaiId;
  return ctx.db.transaction(async (tx) => {
    const [peg] = await queryRows<{ id: string; instansi_id: string }>(tx, sql`select id, instansi_id from pegawai where id = ${pegawaiId}`);
    if (!peg || !can(ctx.actor, { aksi: "pelatihan.catat", pegawai: { pegawaiId: peg.id, instansiId: peg.instansi_id } })) throw forbidden();
    if (data.tanggalSelesai > ctx.today) throw isianTidakValid("TANGGAL_MENDATANG", "tanggalSelesai");

    let usulan: UsulanBaris | null = null;
    let diklatId = data.diklatId ?? null;
    if (data.usulanId) {
      usulan = await muatUsulan(tx, data.usulanId, true);
      if (!usulan || usulan.pegawai_id !== peg.id) throw forbidden();
      if (usulan.status !== "DISETUJUI") throw ditolak("USULAN_BELUM_DISETUJUI", "usulanId");
      const bagian = [
        ...(usulan.diklat_id ? [usulan.diklat_id] : []),
        ...(await queryRows<{ diklat_id: string }>(tx, sql`select diklat_id from usulan_diklat where usulan_id = ${usulan.id}`)).map((r) => r.diklat_id),
      ];
      diklatId ??= usulan.diklat_id ?? (bagian.length === 1 ? bagian[0]! : null);
      if (!diklatId || !bagian.includes(diklatId)) throw isianTidakValid("DIKLAT_BUKAN_BAGIAN_USULAN", "diklatId");
    }
    let nama = data.nama;
    if (diklatId) {
      const [d] = await queryRows<{ nama: string }>(tx, sql`select nama from diklat where id = ${diklatId} and instansi_id = ${peg.instansi_id}`);
      if (!d) throw isianTidakValid("DIKLAT_TIDAK_SESUAI", "diklatId");
      nama ??= d.nama;
    }
    const [baru] = await tx
      .insert(riwayatPelatihan)
      .values({ pegawaiId: peg.id, diklatId, usulanId: usulan?.id ?? null, nama: nama!, jam: String(data.jam), tanggalSelesai: data.tanggalSelesai, dicatatOleh: ctx.actor.pegawaiId })
      .returning({ id: riwayatPelatihan.id });
    const audit: AuditEntry[] = [{ aktorId: ctx.actor.pegawaiId, aksi: "CATAT", entitas: "riwayat_pelatihan", entitasId: baru!.id, sesudah: { pegawaiId: peg.id, diklatId, usulanId: usulan?.id ?? null, nama, jam: data.jam, tanggalSelesai: data.tanggalSelesai } }];
    let selesai = false;
    if (usulan) {
      const [sisa] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from (
              select diklat_id from usulan_diklat where usulan_id = ${usulan.id}
              union select diklat_id from usulan_pengembangan where id = ${usulan.id} and diklat_id is not null) d
             where not exists (select 1 from riwayat_pelatihan r where r.usulan_id = ${usulan.id} and r.diklat_id = d.diklat_id)`,
      );
      selesai = Number(sisa?.n ?? 0) === 0;
      if (selesai) {
        await tx.update(usulanPengembangan).set({ status: "SELESAI", updatedAt: new Date() }).where(sql`${usulanPengembangan.id} = ${usulan.id}`);
        audit.push({ aktorId: ctx.actor.pegawaiId, aksi: "SELESAI", entitas: "usulan_pengembangan", entitasId: usulan.id, sesudah: { status: "SELESAI" } });
        await kirimNotifikasi(tx, [
          { penerimaId: usulan.diusulkan_oleh, jenis: "PENGEMBANGAN", judul: `Usulan ${LABEL_JENIS[usulan.jenis]} telah selesai dilaksanakan`, isi: `${nama} selesai pada ${data.tanggalSelesai} (${data.jam} jam pelajaran).`, tautan: tautanUsulan(usulan.id) },
        ]);
      }
    }
    await catatAudit(tx, audit);
    return { id: baru!.id, usulanSelesai: selesai };
  });
}

// ---------------------------------------------------------------- reading

export interface UsulanRingkas {
  id: string;
  pegawaiId: string;
  pegawaiNama: string;
  pegawaiNip: string;
  jenis: JenisUsulan;
  status: StatusUsulan;
  diklatId: string | null;
  diklatNama: string | null;
  diklatJam: number | null;
  /** Trainings agreed in a plan or proposed beside a programme. */
  diklatTambahan: { id: string; nama: string; jam: number; selesai: boolean }[];
  alasan: string;
  bukti: string;
  predikat: Predikat | null;
  tahun: number | null;
  tanggalTinjau: string | null;
  diusulkanOleh: string;
  diusulkanOlehNama: string;
  diputusOlehNama: string | null;
  diputusAt: Date | null;
  alasanKeputusan: string | null;
  createdAt: Date;
}

async function bacaUsulan(db: DbOrTx, where: ReturnType<typeof sql>, batas = 100): Promise<UsulanRingkas[]> {
  const rows = await queryRows<{
    id: string; pegawai_id: string; pegawai_nama: string; pegawai_nip: string; jenis: JenisUsulan; status: StatusUsulan; diklat_id: string | null;
    diklat_nama: string | null; diklat_jam: number | null; alasan: string; bukti: string; predikat: Predikat | null; tahun: number | null; tanggal_tinjau: string | null;
    diusulkan_oleh: string; pengusul: string; pemutus: string | null; diputus_at: Date | string | null; alasan_keputusan: string | null; created_at: Date | string;
    tambahan: { id: string; nama: string; jam: number; selesai: boolean }[] | string | null;
  }>(
    db,
    sql`select u.id, u.pegawai_id, pg.nama as pegawai_nama, pg.nip as pegawai_nip, u.jenis, u.status, u.diklat_id, d.nama as diklat_nama, d.jam as diklat_jam,
               u.alasan, u.bukti, e.predikat, p.tahun, u.tanggal_tinjau::text as tanggal_tinjau, u.diusulkan_oleh,
               pu.nama as pengusul, pp.nama as pemutus, u.diputus_at, u.alasan_keputusan, u.created_at,
               (select json_agg(json_build_object('id', d2.id, 'nama', d2.nama, 'jam', d2.jam,
                        'selesai', exists (select 1 from riwayat_pelatihan r where r.usulan_id = u.id and r.diklat_id = d2.id)) order by d2.nama)
                  from usulan_diklat ud join diklat d2 on d2.id = ud.diklat_id where ud.usulan_id = u.id) as tambahan
          from usulan_pengembangan u
          join pegawai pg on pg.id = u.pegawai_id
          join periode p on p.id = u.periode_id
          join pegawai pu on pu.id = u.diusulkan_oleh
          left join pegawai pp on pp.id = u.diputus_oleh
          left join diklat d on d.id = u.diklat_id
          left join evaluasi e on e.id = u.evaluasi_id
         where ${where}
         order by (case u.status when 'DIUSULKAN' then 0 when 'DISETUJUI' then 1 else 2 end), u.created_at desc
         limit ${batas}`,
  );
  return rows.map((r) => ({
    id: r.id, pegawaiId: r.pegawai_id, pegawaiNama: r.pegawai_nama, pegawaiNip: r.pegawai_nip, jenis: r.jenis, status: r.status,
    diklatId: r.diklat_id, diklatNama: r.diklat_nama, diklatJam: r.diklat_jam === null ? null : Number(r.diklat_jam),
    diklatTambahan: (typeof r.tambahan === "string" ? (JSON.parse(r.tambahan) as UsulanRingkas["diklatTambahan"]) : r.tambahan ?? []).map((d) => ({ ...d, jam: Number(d.jam) })),
    alasan: r.alasan, bukti: r.bukti, predikat: r.predikat, tahun: r.tahun === null ? null : Number(r.tahun), tanggalTinjau: r.tanggal_tinjau,
    diusulkanOleh: r.diusulkan_oleh, diusulkanOlehNama: r.pengusul, diputusOlehNama: r.pemutus,
    diputusAt: r.diputus_at === null ? null : new Date(r.diputus_at), alasanKeputusan: r.alasan_keputusan, createdAt: new Date(r.created_at),
  }));
}

export interface DetailUsulan extends UsulanRingkas {
  buktiRinci: BuktiRinci | null;
  bolehPutuskan: boolean;
  bolehCatat: boolean;
}

/** One proposal, for whoever may see it (the pegawai, the proposer, their superiors and leaders, admin, auditor). */
export async function getUsulan(ctx: ServiceContext, id: unknown): Promise<DetailUsulan> {
  const u = await muatUsulan(ctx.db, id, false);
  if (!u) throw forbidden();
  const fakta = await faktaPegawai(ctx.db, u.pegawai_id, ctx.today);
  if (!fakta || !can(ctx.actor, { aksi: "usulan.lihat", pegawai: fakta, diusulkanOleh: u.diusulkan_oleh })) throw forbidden();
  const [[ringkas], [rinci]] = await Promise.all([
    bacaUsulan(ctx.db, sql`u.id = ${u.id}`, 1),
    queryRows<{ bukti_rinci: unknown }>(ctx.db, sql`select bukti_rinci from usulan_pengembangan where id = ${u.id}`),
  ]);
  const raw = rinci?.bukti_rinci;
  return {
    ...ringkas!,
    buktiRinci: (typeof raw === "string" ? JSON.parse(raw) : raw ?? null) as BuktiRinci | null,
    bolehPutuskan: u.status === "DIUSULKAN" && can(ctx.actor, { aksi: "usulan.putuskan", pegawai: fakta, diusulkanOleh: u.diusulkan_oleh }),
    bolehCatat: u.status === "DISETUJUI" && can(ctx.actor, { aksi: "pelatihan.catat", pegawai: fakta }),
  };
}

export interface Pelatihan {
  id: string;
  nama: string;
  jam: number;
  tanggalSelesai: string;
  usulanId: string | null;
}

export interface PengembanganPegawai {
  pegawai: { id: string; nama: string; nip: string };
  tahun: number;
  jam: KemajuanJam;
  usulan: UsulanRingkas[];
  pelatihan: Pelatihan[];
  katalog: Diklat[];
  bolehCatat: boolean;
}

/** A pegawai's development (default: one's own): proposals and plans, completed trainings, this year's hours against the target. */
export async function getPengembanganPegawai(ctx: ServiceContext, pegawaiId?: unknown): Promise<PengembanganPegawai> {
  const id = pegawaiId ?? ctx.actor.pegawaiId;
  if (!isUuid(id)) throw forbidden();
  const fakta = await faktaPegawai(ctx.db, id, ctx.today);
  if (!fakta || !can(ctx.actor, { aksi: "pegawai.lihat", pegawai: fakta })) throw forbidden();
  const tahun = Number(ctx.today.slice(0, 4));
  const [[peg], usulan, pelatihanRows, katalog, target] = await Promise.all([
    queryRows<{ id: string; nama: string; nip: string }>(ctx.db, sql`select id, nama, nip from pegawai where id = ${id}`),
    bacaUsulan(ctx.db, sql`u.pegawai_id = ${id}`),
    queryRows<{ id: string; nama: string; jam: string; tanggal_selesai: string; usulan_id: string | null }>(
      ctx.db,
      sql`select id, nama, jam::text as jam, tanggal_selesai::text as tanggal_selesai, usulan_id from riwayat_pelatihan
           where pegawai_id = ${id} order by tanggal_selesai desc, created_at desc limit 100`,
    ),
    bacaDiklat(ctx.db, fakta.instansiId, true),
    targetJam(ctx),
  ]);
  const pelatihan = pelatihanRows.map((r) => ({ id: r.id, nama: r.nama, jam: Number(r.jam), tanggalSelesai: r.tanggal_selesai, usulanId: r.usulan_id }));
  return {
    pegawai: peg!,
    tahun,
    jam: kemajuanJam(pelatihan.filter((p) => p.tanggalSelesai.startsWith(`${tahun}-`)).map((p) => p.jam), target),
    usulan,
    pelatihan,
    katalog,
    bolehCatat: can(ctx.actor, { aksi: "pelatihan.catat", pegawai: fakta }),
  };
}

/** The yearly training-hours target of the rule set in force. */
async function targetJam(ctx: ServiceContext): Promise<number> {
  return (await ruleSetKini(ctx.db, ctx)).pengembangan.targetJamPelatihan;
}

export interface AnggotaTim {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  predikat: Predikat | null;
  tahun: number | null;
  saran: JenisUsulan[];
  usulanTerbuka: number;
}

export interface BerandaPengembangan {
  /** Proposals awaiting the actor's decision. */
  menunggu: UsulanRingkas[];
  /** Proposals the actor decided (latest). */
  diputus: UsulanRingkas[];
  /** The actor's subordinates (as PPK) with their latest predikat and the kinds the rules suggest. */
  tim: AnggotaTim[];
  /** Proposals the actor made (latest). */
  diajukan: UsulanRingkas[];
}

/** Subtree condition: the pegawai of `alias` holds an active assignment in a unit the actor leads (or below). */
function dalamCakupan(ctx: ServiceContext, alias: string): ReturnType<typeof sql> {
  const paths = ctx.actor.unitDipimpin.map((u) => u.path);
  if (paths.length === 0) return sql`false`;
  return sql`exists (select 1 from penugasan pn join jabatan j on j.id = pn.jabatan_id join unit_kerja uk on uk.id = j.unit_id
                      where pn.pegawai_id = ${sql.raw(`${alias}.pegawai_id`)} and ${aktifPada("pn", ctx.today)}
                        and (${sql.join(paths.map((p) => sql`uk.path like ${`${p}%`}`), sql` or `)}))`;
}

/** The development page: decisions waiting (leaders), the team with suggestions and one's proposals (PPK). */
export async function getBerandaPengembangan(ctx: ServiceContext): Promise<BerandaPengembangan> {
  const me = ctx.actor.pegawaiId;
  const jabatanIds = ctx.actor.jabatan.map((j) => j.jabatanId);
  const [menungguRaw, diputus, diajukan, timRows] = await Promise.all([
    ctx.actor.unitDipimpin.length
      ? bacaUsulan(ctx.db, sql`u.status = 'DIUSULKAN' and u.diusulkan_oleh <> ${me} and u.pegawai_id <> ${me} and pg.instansi_id = ${ctx.actor.instansiId} and ${dalamCakupan(ctx, "u")}`)
      : Promise.resolve([]),
    bacaUsulan(ctx.db, sql`u.diputus_oleh = ${me}`, 20),
    bacaUsulan(ctx.db, sql`u.diusulkan_oleh = ${me}`, 30),
    hasPeran(ctx.actor, "PPK") && jabatanIds.length
      ? queryRows<{ pegawai_id: string; nama: string; nip: string; jabatan: string; terbuka: number }>(
          ctx.db,
          sql`with b as (${bawahanLangsungSql(jabatanIds, me, ctx.today)})
              select distinct on (pg.id) pg.id as pegawai_id, pg.nama, pg.nip, j.nama as jabatan,
                     (select count(*)::int from usulan_pengembangan u where u.pegawai_id = pg.id and u.status in ('DIUSULKAN', 'DISETUJUI')) as terbuka
                from b join pegawai pg on pg.id = b.pegawai_id join jabatan j on j.id = b.jabatan_id
               where pg.aktif order by pg.id, (case b.jenis when 'DEFINITIF' then 0 else 1 end)`,
        )
      : Promise.resolve([]),
  ]);
  // only the proposals this actor may decide (the policy has the last word, e.g. not about oneself)
  const boleh = await Promise.all(
    menungguRaw.map(async (u) => {
      const fakta = await faktaPegawai(ctx.db, u.pegawaiId, ctx.today);
      return !!fakta && can(ctx.actor, { aksi: "usulan.putuskan", pegawai: fakta, diusulkanOleh: u.diusulkanOleh });
    }),
  );
  const menunggu = menungguRaw.filter((_, i) => boleh[i]);
  const [riwayat, rs] = await Promise.all([riwayatPredikat(ctx.db, timRows.map((r) => r.pegawai_id), 1), ruleSetKini(ctx.db, ctx)]);
  const tim = timRows
    .map((r): AnggotaTim => {
      const terakhir = riwayat.get(r.pegawai_id)?.[0];
      return {
        pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatan: r.jabatan,
        predikat: terakhir?.predikat ?? null, tahun: terakhir?.tahun ?? null,
        saran: terakhir ? saranPengembangan(terakhir.predikat, rs).map((s) => s.usulan) : [],
        usulanTerbuka: Number(r.terbuka),
      };
    })
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  return { menunggu, diputus, tim, diajukan };
}

// ---------------------------------------------------------------- talent view

export interface Talenta {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string | null;
  unit: string | null;
  riwayat: { tahun: number; predikat: Predikat }[];
  baris: BarisTalenta;
  kolom: KolomTalenta;
  usulan: { id: string; jenis: JenisUsulan; status: StatusUsulan }[];
}

export interface PetaTalenta {
  unit: { id: string; nama: string };
  /** Counts per cell: jumlah[baris][kolom]. */
  jumlah: Record<BarisTalenta, Record<KolomTalenta, number>>;
  pegawai: Talenta[];
  /** Pegawai of the subtree without any annual predikat yet. */
  tanpaPredikat: number;
}

/** The talent grid of a unit's subtree (default: the highest unit the actor leads): latest predikat × trend, with open proposals. */
export async function getPetaTalenta(ctx: ServiceContext, input: { unitId?: unknown } = {}): Promise<PetaTalenta> {
  type UnitBaris = { id: string; nama: string; path: string; instansi_id: string };
  let unit: UnitBaris | undefined;
  const unitId = isUuid(input.unitId) ? input.unitId : [...ctx.actor.unitDipimpin].sort((a, b) => a.path.length - b.path.length)[0]?.id;
  if (unitId) [unit] = await queryRows<UnitBaris>(ctx.db, sql`select id, nama, path, instansi_id from unit_kerja where id = ${unitId}`);
  if (!unit || !can(ctx.actor, { aksi: "unit.ringkasan", unit: { id: unit.id, path: unit.path, instansiId: unit.instansi_id } })) throw forbidden();
  const pegRows = await queryRows<{ id: string; nama: string; nip: string; jabatan: string | null; unit: string | null }>(
    ctx.db,
    sql`select distinct on (pg.id) pg.id, pg.nama, pg.nip, j.nama as jabatan, uk.nama as unit
          from penugasan pn join jabatan j on j.id = pn.jabatan_id join unit_kerja uk on uk.id = j.unit_id join pegawai pg on pg.id = pn.pegawai_id
         where ${aktifPada("pn", ctx.today)} and uk.path like ${`${unit.path}%`} and pg.aktif and pg.id <> ${ctx.actor.pegawaiId}
         order by pg.id, (case pn.jenis when 'DEFINITIF' then 0 else 1 end), pn.mulai`,
  );
  const ids = pegRows.map((p) => p.id);
  const [riwayat, usulanRows] = await Promise.all([
    riwayatPredikat(ctx.db, ids, 2),
    ids.length
      ? queryRows<{ id: string; pegawai_id: string; jenis: JenisUsulan; status: StatusUsulan }>(
          ctx.db,
          sql`select id, pegawai_id, jenis, status from usulan_pengembangan where pegawai_id in (${uuidList(ids)}) and status in ('DIUSULKAN', 'DISETUJUI') order by created_at desc`,
        )
      : Promise.resolve([]),
  ]);
  const jumlah = Object.fromEntries(BARIS_TALENTA.map((b) => [b, Object.fromEntries(KOLOM_TALENTA.map((k) => [k, 0]))])) as PetaTalenta["jumlah"];
  const pegawai: Talenta[] = [];
  let tanpaPredikat = 0;
  for (const p of pegRows) {
    const r = riwayat.get(p.id) ?? [];
    const sel = selTalenta(r);
    if (!sel) {
      tanpaPredikat++;
      continue;
    }
    jumlah[sel.baris][sel.kolom]++;
    pegawai.push({
      pegawaiId: p.id, nama: p.nama, nip: p.nip, jabatan: p.jabatan, unit: p.unit,
      riwayat: r.map((x) => ({ tahun: x.tahun, predikat: x.predikat })), ...sel,
      usulan: usulanRows.filter((u) => u.pegawai_id === p.id).map((u) => ({ id: u.id, jenis: u.jenis, status: u.status })),
    });
  }
  pegawai.sort((a, b) => BARIS_TALENTA.indexOf(a.baris) - BARIS_TALENTA.indexOf(b.baris) || KOLOM_TALENTA.indexOf(b.kolom) - KOLOM_TALENTA.indexOf(a.kolom) || a.nama.localeCompare(b.nama, "id"));
  return { unit: { id: unit.id, nama: unit.nama }, jumlah, pegawai, tanpaPredikat };
}

export { TERBUKA as STATUS_USULAN_TERBUKA };
