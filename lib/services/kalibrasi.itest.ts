/**
 * Organisation rating, the distribution curve and calibration (spec §5) against a freshly seeded
 * Pemerintah Kota Helvetia (today 2026-11-20). The seed's 2026 period has no annual evaluations, so each
 * test writes the distribution it needs straight into the database for Dinas Komunikasi dan Informatika
 * (headed by the kepala-dinas persona; the sekda leads the city above it): annual evaluations of chosen
 * predikat for the first N pegawai of the dinas (its head left out), then reads the calibration page
 * through the service. Every refused call must leave the database as it was.
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { PREDIKAT, type Predikat, type PredikatOrganisasi, type Rating } from "@/lib/domain/constants";
import { batasKeberatan } from "@/lib/domain/tenggat";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { getAturanKeberatan, hariLiburInstansi, ruleSetPeriode, simpanAturanKeberatan } from "./aturan";
import type { ServiceContext } from "./context";
import type { ServiceError } from "./errors";
import { pimpinanRantaiUnit } from "./hierarki";
import { getHalamanKalibrasi, getPenetapanDokumen, kalibrasiEvaluasi, tetapkanKurvaUnit, tetapkanPredikatOrganisasi } from "./kalibrasi";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";
const ALASAN = "Capaian kinerja organisasi tahun ini melampaui target renstra.";
const ALASAN_KALIBRASI = "Disesuaikan dengan kurva distribusi unit setelah rapat kalibrasi.";

/** A pair of ratings giving each predikat under PermenPANRB 6/2022 (hasil, perilaku). */
const RATING_UNTUK: Record<Predikat, [Rating, Rating]> = {
  SANGAT_BAIK: ["DI_ATAS", "DI_ATAS"],
  BAIK: ["SESUAI", "SESUAI"],
  BUTUH_PERBAIKAN: ["DI_BAWAH", "SESUAI"],
  KURANG: ["SESUAI", "DI_BAWAH"],
  SANGAT_KURANG: ["DI_BAWAH", "DI_BAWAH"],
};
const sebaran = (c: Partial<Record<Predikat, number>>): Predikat[] => PREDIKAT.flatMap((p) => Array<Predikat>(c[p] ?? 0).fill(p));

describe.each(testDatabases())("kalibrasi services on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const ctxOf = (pegawaiId: string, today = TODAY) => konteksPegawai(db(), pegawaiId, today);

  let sekda: ServiceContext;
  let kadis: ServiceContext;
  let ppk: ServiceContext;
  let pegawai: ServiceContext;
  let admin: ServiceContext;
  let auditor: ServiceContext;
  let plt: ServiceContext;
  /** The head of another dinas (Bappeda). */
  let kadisLain: ServiceContext;
  let dinas: { id: string; path: string };
  let periode2026: { id: string; regulasi_id: string };
  /** The dinas's 2026 SKPs (one per pegawai, its head left out), Siti's first, then by id. */
  let skpDinas: Array<{ skp_id: string; pegawai_id: string; ppk: string | null; unit_path: string; kepala_unit: boolean; unit_id: string }>;
  let skpKadis: string;

  /** Everything these services write, fingerprinted. */
  const keadaan = async () =>
    (
      await q(sql`select
        (select md5(coalesce(string_agg(concat_ws('|', id, status, rating_hasil, rating_perilaku, predikat, alasan_rating_hasil, diterima_at, batas_keberatan, updated_at), ',' order by id), '')) from evaluasi where jenis = 'TAHUNAN') as evaluasi_h,
        (select count(*)::int from kalibrasi_evaluasi) as kalibrasi,
        (select md5(coalesce(string_agg(concat_ws('|', id, predikat, alasan, bukti_tautan, ditetapkan_oleh, updated_at), ',' order by id), '')) from predikat_organisasi) as po_h,
        (select md5(coalesce(string_agg(concat_ws('|', id, justifikasi, jumlah::text, updated_at), ',' order by id), '')) from penetapan_kurva) as pk_h,
        (select md5(coalesce(string_agg(concat_ws('|', id, aturan::text), ',' order by id), '')) from regulasi) as regulasi_h,
        (select count(*)::int from audit_log) as audit,
        (select count(*)::int from notifikasi) as notifikasi`)
    )[0] as { audit: number; kalibrasi: number; notifikasi: number; [k: string]: unknown };
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);

  /** Replaces the dinas's 2026 annual evaluations: the first `list.length` SKPs get these predikat (status DITETAPKAN unless given). */
  const aturSebaran = async (list: Predikat[], status: "DITETAPKAN" | "KEBERATAN" | "FINAL" | "DRAFT" = "DITETAPKAN", mulai = 0) => {
    if (mulai === 0)
      await db().execute(sql`delete from evaluasi e using skp s where e.skp_id = s.id and e.jenis = 'TAHUNAN' and s.periode_id = ${periode2026.id}`);
    for (const [i, p] of list.entries()) {
      const s = skpDinas[mulai + i]!;
      const [hasil, perilaku] = RATING_UNTUK[p];
      await db().execute(sql`insert into evaluasi (skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_perilaku, predikat, status, ditetapkan_at, batas_keberatan)
        values (${s.skp_id}, 'TAHUNAN', ${s.ppk ?? kadis.actor.pegawaiId}, ${periode2026.regulasi_id}, ${hasil}, ${perilaku}, ${p}, ${status},
                ${status === "DRAFT" ? null : "2026-11-10T03:00:00Z"}::timestamptz, ${status === "DRAFT" ? null : "2026-11-24"})`);
    }
  };
  const evaluasiDari = async (skpId: string) =>
    (await q<{ id: string; status: string; rating_hasil: Rating; rating_perilaku: Rating; predikat: Predikat; alasan_rating_hasil: string | null; diterima_at: unknown; batas_keberatan: string }>(
      sql`select id, status, rating_hasil, rating_perilaku, predikat, alasan_rating_hasil, diterima_at, batas_keberatan::text as batas_keberatan from evaluasi where skp_id = ${skpId} and jenis = 'TAHUNAN'`,
    ))[0]!;
  const aturOrganisasi = (predikat: PredikatOrganisasi, unitId = dinas.id) =>
    tetapkanPredikatOrganisasi(sekda, { unitId, periodeId: periode2026.id, predikat, alasan: ALASAN });
  const aturKebijakan = async (kebijakanKurva: "PERINGATAN" | "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai = 5) => {
    const a = await getAturanKeberatan(admin);
    await simpanAturanKeberatan(admin, { hari: a.hari, jenisHari: a.jenisHari, hariLibur: a.hariLibur, kebijakanKurva, kurvaMinimumPegawai });
  };
  const halaman = (ctx = kadis) => getHalamanKalibrasi(ctx, dinas.id, periode2026.id);

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    [sekda, kadis, ppk, pegawai, admin, auditor, plt] = await Promise.all([
      ctxOf(roster.persona.sekda), ctxOf(roster.persona["kepala-dinas"]), ctxOf(roster.persona.ppk), ctxOf(roster.persona.pegawai),
      ctxOf(roster.persona.admin), ctxOf(roster.persona.auditor), ctxOf(roster.persona.plt),
    ]);
    dinas = kadis.actor.unitDipimpin[0]!;
    periode2026 = (await q<{ id: string; regulasi_id: string }>(sql`select id, regulasi_id from periode where tahun = 2026`))[0]!;
    const [lain] = await q<{ pegawai_id: string }>(
      sql`select p.pegawai_id from unit_kerja u join jabatan j on j.unit_id = u.id and j.kepala_unit join penugasan p on p.jabatan_id = j.id
           where u.kode = 'BAPPEDA' and p.selesai is null limit 1`,
    );
    kadisLain = await ctxOf(lain!.pegawai_id);
    skpDinas = await q(
      sql`select distinct on (s.pegawai_id) s.id as skp_id, s.pegawai_id, s.ppk_pegawai_id as ppk, u.path as unit_path, j.kepala_unit, j.unit_id
            from skp s join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
           where s.periode_id = ${periode2026.id} and u.path like ${`${dinas.path}%`} and not (j.kepala_unit and j.unit_id = ${dinas.id})
           order by s.pegawai_id, s.berlaku_selesai desc`,
    );
    skpDinas.sort((a, b) => Number(b.pegawai_id === pegawai.actor.pegawaiId) - Number(a.pegawai_id === pegawai.actor.pegawaiId) || a.skp_id.localeCompare(b.skp_id));
    [{ skp_id: skpKadis }] = (await q<{ skp_id: string }>(sql`select s.id as skp_id from skp s where s.pegawai_id = ${kadis.actor.pegawaiId} and s.periode_id = ${periode2026.id}`)) as [{ skp_id: string }];
    expect(skpDinas.length).toBeGreaterThanOrEqual(12);
    expect(new Set(skpDinas.map((s) => s.pegawai_id)).size).toBe(skpDinas.length);
    expect(skpDinas[0]!.pegawai_id).toBe(pegawai.actor.pegawaiId);
    expect(skpDinas[0]!.ppk).toBe(ppk.actor.pegawaiId);
  });
  afterAll(async () => {
    await h?.close();
  });

  describe("the organisation rating", () => {
    it("is set by the leader above (the sekda for a dinas), upserted, audited, told to the unit's head", async () => {
      const audit0 = (await keadaan())!.audit;
      await aturOrganisasi("BAIK");
      await tetapkanPredikatOrganisasi(sekda, { unitId: dinas.id, periodeId: periode2026.id, predikat: "ISTIMEWA", alasan: `  ${ALASAN}  `, buktiTautan: "https://helvetia.go.id/lkjip-2026.pdf" });
      const rows = await q<{ predikat: string; alasan: string; bukti_tautan: string; ditetapkan_oleh: string }>(
        sql`select predikat, alasan, bukti_tautan, ditetapkan_oleh from predikat_organisasi where unit_id = ${dinas.id} and periode_id = ${periode2026.id}`,
      );
      expect(rows).toEqual([{ predikat: "ISTIMEWA", alasan: ALASAN, bukti_tautan: "https://helvetia.go.id/lkjip-2026.pdf", ditetapkan_oleh: sekda.actor.pegawaiId }]);
      const audit = await q<{ aksi: string; sebelum: unknown; sesudah: { predikat: string } }>(
        sql`select aksi, sebelum, sesudah from audit_log where entitas = 'predikat_organisasi' order by id desc limit 2`,
      );
      expect(audit.map((a) => a.aksi)).toEqual(["PREDIKAT_ORGANISASI_DITETAPKAN", "PREDIKAT_ORGANISASI_DITETAPKAN"]);
      expect(JSON.stringify(audit[0]!.sebelum)).toContain("BAIK");
      expect(JSON.stringify(audit[0]!.sesudah)).toContain("ISTIMEWA");
      expect((await keadaan())!.audit).toBe(audit0 + 2);
      const notif = await q<{ judul: string }>(sql`select judul from notifikasi where penerima_id = ${kadis.actor.pegawaiId} and judul like 'Predikat kinerja organisasi%' order by created_at desc limit 1`);
      expect(notif[0]?.judul).toContain("Istimewa");
      const page = await halaman();
      expect(page.predikatOrganisasi).toMatchObject({ predikat: "ISTIMEWA", alasan: ALASAN, olehNama: sekda.actor.nama });
      expect(page.boleh.tetapkanOrganisasi).toBe(false);
      expect((await halaman(sekda)).boleh.tetapkanOrganisasi).toBe(true);
    });

    it("is refused for the unit's own head, the admin, a leader of another line, a pegawai — changing nothing", async () => {
      const input = { unitId: dinas.id, periodeId: periode2026.id, predikat: "KURANG", alasan: ALASAN };
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(kadis, input), "DITOLAK", { _: ["HANYA_PIMPINAN_DI_ATAS"] });
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(admin, input), "DITOLAK", { _: ["HANYA_PIMPINAN_DI_ATAS"] });
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(kadisLain, input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(plt, input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(pegawai, input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(ppk, input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(sekda, { ...input, unitId: TIDAK_ADA }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(sekda, { ...input, alasan: "terlalu" }), "INPUT_TIDAK_VALID", { alasan: ["ALASAN_TERLALU_PENDEK"] });
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(sekda, { ...input, buktiTautan: "javascript:alert(1)" }), "INPUT_TIDAK_VALID", { buktiTautan: ["TAUTAN_TIDAK_VALID"] });
      await tanpaPerubahan(() => tetapkanPredikatOrganisasi(sekda, { ...input, predikat: "LUAR_BIASA" }), "INPUT_TIDAK_VALID");
      // a leader of the unit above may set a sub-unit's rating: the kadis for one of the dinas's bidang
      const [bidang] = await q<{ id: string }>(sql`select id from unit_kerja where parent_id = ${dinas.id} order by kode limit 1`);
      await tetapkanPredikatOrganisasi(kadis, { ...input, unitId: bidang!.id });
      await db().execute(sql`delete from predikat_organisasi where unit_id = ${bidang!.id}`);
    });

    it("is refused in a closed period", async () => {
      await db().execute(sql`update periode set status = 'DITUTUP' where id = ${periode2026.id}`);
      try {
        await tanpaPerubahan(() => aturOrganisasi("BAIK"), "DITOLAK", { _: ["PERIODE_KALIBRASI_DITUTUP"] });
      } finally {
        await db().execute(sql`update periode set status = 'BERJALAN' where id = ${periode2026.id}`);
      }
    });
  });

  describe("the curve through the real data", () => {
    beforeEach(async () => {
      await aturKebijakan("PERINGATAN", 5);
    });

    const kasus: Array<{ org: PredikatOrganisasi; c: Partial<Record<Predikat, number>>; ok: boolean; rules?: string[]; pesan?: string }> = [
      { org: "ISTIMEWA", c: { SANGAT_BAIK: 7, BAIK: 3 }, ok: true },
      { org: "ISTIMEWA", c: { SANGAT_BAIK: 8, BAIK: 2 }, ok: false, rules: ["ISTIMEWA_MAX_SANGAT_BAIK_70"], pesan: "Sangat Baik 8 dari 10 pegawai (80%)" },
      { org: "BAIK", c: { BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 }, ok: true },
      { org: "BAIK", c: { BAIK: 7, KURANG: 1, SANGAT_BAIK: 2 }, ok: true },
      { org: "BAIK", c: { BAIK: 8, KURANG: 1, SANGAT_BAIK: 1 }, ok: false, rules: ["BAIK_MAX_BAIK_70"], pesan: "Baik 8 dari 10" },
      { org: "BAIK", c: { BAIK: 7, SANGAT_BAIK: 3 }, ok: false, rules: ["BAIK_MIN_SATU_BUTUH_PERBAIKAN_KURANG"] },
      { org: "BUTUH_PERBAIKAN", c: { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 }, ok: true },
      { org: "BUTUH_PERBAIKAN", c: { BUTUH_PERBAIKAN: 5, BAIK: 5 }, ok: false, rules: ["BUTUH_PERBAIKAN_MIN_BUTUH_PERBAIKAN_60"], pesan: "Butuh Perbaikan 5 dari 10" },
      { org: "BUTUH_PERBAIKAN", c: { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 2, BAIK: 2 }, ok: false, rules: ["BUTUH_PERBAIKAN_MAX_SANGAT_BAIK_10"], pesan: "Sangat Baik 2 dari 10" },
      { org: "KURANG", c: { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 }, ok: true },
      { org: "KURANG", c: { KURANG: 5, BUTUH_PERBAIKAN: 2, BAIK: 3 }, ok: false, rules: ["KURANG_MIN_KURANG_60"] },
      { org: "KURANG", c: { KURANG: 6, BAIK: 4 }, ok: false, rules: ["KURANG_MIN_BUTUH_PERBAIKAN_10"], pesan: "Butuh Perbaikan 0 dari 10" },
      { org: "SANGAT_KURANG", c: { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 }, ok: true },
      { org: "SANGAT_KURANG", c: { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 }, ok: false, rules: ["SANGAT_KURANG_TIDAK_ADA_SANGAT_BAIK"], pesan: "Sangat Baik 1 dari 10" },
      { org: "SANGAT_KURANG", c: { SANGAT_KURANG: 5, KURANG: 1, BAIK: 4 }, ok: false, rules: ["SANGAT_KURANG_MIN_SANGAT_KURANG_60"] },
    ];
    it.each(kasus)("$org with $c: ok $ok $rules", async ({ org, c, ok, rules, pesan }) => {
      await aturSebaran(sebaran(c));
      await aturOrganisasi(org);
      const page = await halaman();
      expect(page.total).toBe(10);
      expect(page.jumlah).toEqual({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, ...c });
      expect(page.kurva!.ok).toBe(ok);
      expect(page.kurva!.kecil).toBe(false);
      expect(page.kurva!.breaches.map((b) => b.rule)).toEqual(rules ?? []);
      expect(page.kurva!.breaches.every((b) => !b.advisory)).toBe(true);
      if (pesan) expect(page.kurva!.breaches[0]!.message).toContain(pesan);
      expect(page.aturanKurva.length).toBeGreaterThan(0);
      // every counted employee is listed, highest predikat first
      expect(page.pegawai).toHaveLength(10);
      expect(page.pegawai.map((p) => PREDIKAT.indexOf(p.predikat))).toEqual([...page.pegawai.map((p) => PREDIKAT.indexOf(p.predikat))].sort((a, b) => a - b));
      expect(page.pegawai[0]!.status).toBe("DITETAPKAN");
    });

    it("treats fewer than the minimum as a small unit (advice only), except 'no Sangat Baik' which still binds", async () => {
      await aturSebaran(sebaran({ SANGAT_BAIK: 4 }));
      await aturOrganisasi("ISTIMEWA");
      let page = await halaman();
      expect(page.total).toBe(4);
      expect(page.kurva).toMatchObject({ ok: true, kecil: true });
      expect(page.kurva!.breaches.map((b) => [b.rule, b.advisory])).toEqual([["ISTIMEWA_MAX_SANGAT_BAIK_70", true]]);
      await aturSebaran(sebaran({ SANGAT_KURANG: 3, SANGAT_BAIK: 1 }));
      await aturOrganisasi("SANGAT_KURANG");
      page = await halaman();
      expect(page.kurva).toMatchObject({ ok: false, kecil: true });
      expect(page.kurva!.breaches.map((b) => [b.rule, b.advisory])).toEqual([
        ["SANGAT_KURANG_MIN_KURANG_BUTUH_PERBAIKAN_10", true],
        ["SANGAT_KURANG_TIDAK_ADA_SANGAT_BAIK", false],
      ]);
      // the admin's threshold decides what is small: at 3 the same four people are judged by percentages
      await aturKebijakan("PERINGATAN", 3);
      page = await halaman();
      expect(page.ruleSet.kurvaMinimumPegawai).toBe(3);
      expect(page.kurva).toMatchObject({ ok: false, kecil: false });
      expect(page.kurva!.breaches.every((b) => !b.advisory)).toBe(true);
    });

    it("leaves the unit's head out, counts heads of units below, counts drafts apart and objections as they stand", async () => {
      await aturSebaran(sebaran({ BAIK: 5 }));
      await aturSebaran(["SANGAT_BAIK"], "KEBERATAN", 5);
      await aturSebaran(["BAIK", "BAIK"], "DRAFT", 6);
      await db().execute(sql`insert into evaluasi (skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_perilaku, predikat, status, ditetapkan_at, batas_keberatan)
        values (${skpKadis}, 'TAHUNAN', ${sekda.actor.pegawaiId}, ${periode2026.regulasi_id}, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', 'DITETAPKAN', now(), '2026-11-30')`);
      await aturOrganisasi("BAIK");
      const page = await halaman();
      expect(page.total).toBe(6);
      expect(page.belumDitetapkan).toBe(2);
      expect(page.jumlah).toMatchObject({ SANGAT_BAIK: 1, BAIK: 5 });
      expect(page.pegawai.some((p) => p.pegawaiId === kadis.actor.pegawaiId)).toBe(false);
      expect(page.pegawai.find((p) => p.predikat === "SANGAT_BAIK")!.status).toBe("KEBERATAN");
      // Yohanes heads a seksi below: counted, flagged
      const [ysSkp] = await q<{ skp_id: string }>(sql`select id as skp_id from skp where pegawai_id = ${ppk.actor.pegawaiId} and periode_id = ${periode2026.id}`);
      const idxYo = skpDinas.findIndex((s) => s.skp_id === ysSkp!.skp_id);
      if (idxYo >= 0 && idxYo < 6) expect(page.pegawai.find((p) => p.pegawaiId === ppk.actor.pegawaiId)!.kepalaUnitAnak).toBe(true);
      // the sekda's view: the dinas's page has the same counts; the city's page counts the dinas's head too
      expect((await halaman(sekda)).jumlah).toEqual(page.jumlah);
      const akar = await getHalamanKalibrasi(sekda, sekda.actor.unitDipimpin[0]!.id, periode2026.id);
      expect(akar.total).toBe(7);
      expect(akar.anak.find((a) => a.id === dinas.id)).toMatchObject({ dinilai: 6, predikatOrganisasi: "BAIK", ok: false });
      expect(akar.jejak).toEqual([]);
      expect(page.jejak.map((j) => j.id)).toEqual([]); // the kadis cannot open the city
      expect((await halaman(sekda)).jejak.map((j) => j.id)).toEqual([sekda.actor.unitDipimpin[0]!.id]);
    });

    it("counts a pegawai once, on the latest SKP of the period, in the unit of that SKP", async () => {
      await aturSebaran(sebaran({ SANGAT_BAIK: 1, BAIK: 5 })); // Siti first: Sangat Baik in the dinas
      const siti = skpDinas[0]!;
      const [lama] = await q<{ selesai: string }>(sql`select berlaku_selesai::text as selesai from skp where id = ${siti.skp_id}`);
      const [bappeda] = await q<{ unit_id: string; jabatan_id: string }>(
        sql`select u.id as unit_id, j.id as jabatan_id from unit_kerja b join unit_kerja u on u.path like b.path || '%' join jabatan j on j.unit_id = u.id and not j.kepala_unit
             where b.kode = 'BAPPEDA' order by u.path, j.id limit 1`,
      );
      // moved to Bappeda in October: a second SKP of the period, with its own annual evaluation
      const [pn] = await q<{ id: string }>(sql`insert into penugasan (pegawai_id, jabatan_id, jenis, mulai) values (${siti.pegawai_id}, ${bappeda!.jabatan_id}, 'DEFINITIF', '2026-10-01') returning id`);
      const [baru] = await q<{ id: string }>(
        sql`insert into skp (periode_id, pegawai_id, penugasan_id, ppk_pegawai_id, pendekatan, bentuk, status, berlaku_mulai, berlaku_selesai)
            values (${periode2026.id}, ${siti.pegawai_id}, ${pn!.id}, ${kadisLain.actor.pegawaiId}, 'KUANTITATIF', 'NON_JPT', 'DISETUJUI', '2026-10-01', '2026-12-31') returning id`,
      );
      await db().execute(sql`update skp set berlaku_selesai = '2026-09-30' where id = ${siti.skp_id}`);
      try {
        // the later SKP has no annual evaluation yet: the dinas still counts her earlier one
        expect((await halaman()).jumlah).toMatchObject({ SANGAT_BAIK: 1, BAIK: 5 });
        await db().execute(sql`insert into evaluasi (skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_perilaku, predikat, status, ditetapkan_at, batas_keberatan)
          values (${baru!.id}, 'TAHUNAN', ${kadisLain.actor.pegawaiId}, ${periode2026.regulasi_id}, 'DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN', 'DITETAPKAN', now(), '2026-11-30')`);
        const page = await halaman();
        expect(page.total).toBe(5);
        expect(page.jumlah).toMatchObject({ SANGAT_BAIK: 0, BAIK: 5 });
        expect(page.pegawai.some((p) => p.pegawaiId === siti.pegawai_id)).toBe(false);
        const bp = await getHalamanKalibrasi(kadisLain, kadisLain.actor.unitDipimpin[0]!.id, periode2026.id);
        expect(bp.pegawai.filter((p) => p.pegawaiId === siti.pegawai_id).map((p) => p.predikat)).toEqual(["BUTUH_PERBAIKAN"]);
      } finally {
        await db().execute(sql`delete from evaluasi where skp_id = ${baru!.id}`);
        await db().execute(sql`delete from skp where id = ${baru!.id}`);
        await db().execute(sql`delete from penugasan where id = ${pn!.id}`);
        await db().execute(sql`update skp set berlaku_selesai = ${lama!.selesai}::date where id = ${siti.skp_id}`);
      }
    });

    it("is shown to the unit's leaders, those above, the admin and auditor; not found for others", async () => {
      for (const c of [kadis, sekda, admin, auditor]) expect((await getHalamanKalibrasi(c, dinas.id)).unit.id).toBe(dinas.id);
      expect((await getHalamanKalibrasi(kadis, dinas.id)).periode.id).toBe(periode2026.id);
      for (const c of [ppk, pegawai, plt, kadisLain]) await ditolak(getHalamanKalibrasi(c, dinas.id), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanKalibrasi(kadis, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanKalibrasi(kadis, "bukan-uuid"), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanKalibrasi(kadis, dinas.id, TIDAK_ADA), "TIDAK_DITEMUKAN");
      const a = await getHalamanKalibrasi(admin, dinas.id);
      expect(a.boleh).toEqual({ tetapkanOrganisasi: false, kalibrasi: false, tetapkanKurva: false });
      expect(a.pegawai.every((p) => !p.bolehKalibrasi)).toBe(true);
    });
  });

  describe("finalising the unit's predikat", () => {
    const input = () => ({ unitId: dinas.id, periodeId: periode2026.id });
    const penetapan = () => q<{ justifikasi: string | null; kebijakan: string; jumlah: unknown; predikat_organisasi: string; ditetapkan_oleh: string }>(
      sql`select justifikasi, kebijakan, jumlah, predikat_organisasi, ditetapkan_oleh from penetapan_kurva where unit_id = ${dinas.id} and periode_id = ${periode2026.id}`,
    );

    it("needs the organisation rating and someone rated", async () => {
      await db().execute(sql`delete from predikat_organisasi where unit_id = ${dinas.id} and periode_id = ${periode2026.id}`);
      await aturSebaran(sebaran({ BAIK: 6 }));
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, input()), "DITOLAK", { _: ["PREDIKAT_ORGANISASI_BELUM_ADA"] });
      await ditolak(getPenetapanDokumen(kadis, dinas.id, periode2026.id), "DITOLAK", { _: ["PREDIKAT_ORGANISASI_BELUM_ADA"] });
      await aturOrganisasi("BAIK");
      await aturSebaran([]);
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, input()), "DITOLAK", { _: ["BELUM_ADA_PEGAWAI_DINILAI"] });
    });

    it("under the block policy refuses a breach without a justification (writing nothing) and accepts it with one", async () => {
      await aturKebijakan("BLOKIR_KECUALI_JUSTIFIKASI");
      await aturSebaran(sebaran({ SANGAT_BAIK: 8, BAIK: 2 }));
      await aturOrganisasi("ISTIMEWA");
      const page = await halaman();
      expect(page.ruleSet.kebijakanKurva).toBe("BLOKIR_KECUALI_JUSTIFIKASI");
      expect(page.boleh.tetapkanKurva).toBe(true);
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, input()), "DITOLAK", { justifikasi: ["JUSTIFIKASI_WAJIB"] });
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, { ...input(), justifikasi: "   " }), "DITOLAK", { justifikasi: ["JUSTIFIKASI_WAJIB"] });
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, { ...input(), justifikasi: "singkat" }), "INPUT_TIDAK_VALID", { justifikasi: ["ALASAN_TERLALU_PENDEK"] });
      expect(await penetapan()).toEqual([]);
      const audit0 = (await keadaan())!.audit;
      const J = "Unit menuntaskan seluruh program prioritas dengan capaian di atas target.";
      expect(await tetapkanKurvaUnit(kadis, { ...input(), justifikasi: J })).toEqual({ pelanggaran: 1 });
      const [pk] = await penetapan();
      expect(pk).toMatchObject({ justifikasi: J, kebijakan: "BLOKIR_KECUALI_JUSTIFIKASI", predikat_organisasi: "ISTIMEWA", ditetapkan_oleh: kadis.actor.pegawaiId });
      expect(typeof pk!.jumlah === "string" ? JSON.parse(pk!.jumlah) : pk!.jumlah).toMatchObject({ SANGAT_BAIK: 8, BAIK: 2 });
      expect((await keadaan())!.audit).toBe(audit0 + 1);
      const p2 = await halaman();
      expect(p2.penetapan).toMatchObject({ olehNama: kadis.actor.nama, justifikasi: J, pelanggaran: 1, berubahSejak: false });
      // a curve without binding breaches needs none, even under the block policy
      await aturSebaran(sebaran({ SANGAT_BAIK: 7, BAIK: 3 }));
      expect((await halaman()).penetapan!.berubahSejak).toBe(true);
      expect(await tetapkanKurvaUnit(sekda, input())).toEqual({ pelanggaran: 0 });
      expect((await penetapan())[0]).toMatchObject({ justifikasi: null, ditetapkan_oleh: sekda.actor.pegawaiId });
      // the PDF's data
      const dok = await getPenetapanDokumen(kadis, dinas.id, periode2026.id);
      expect(dok).toMatchObject({ total: 10, predikatOrganisasi: { predikat: "ISTIMEWA" }, penetapan: { nama: sekda.actor.nama, justifikasi: null, berubahSejak: false } });
      expect(dok.pegawai).toHaveLength(10);
      expect(dok.penetapan!.nip).toBe(sekda.actor.nip);
      expect(dok.pegawai.map((p) => p.predikat)).toEqual([...Array(7).fill("SANGAT_BAIK"), ...Array(3).fill("BAIK")]);
      // without a period: the active one
      expect((await getPenetapanDokumen(kadis, dinas.id)).periode.id).toBe(periode2026.id);
      await ditolak(getPenetapanDokumen(ppk, dinas.id, periode2026.id), "TIDAK_DITEMUKAN");
    });

    it("under the warn policy finalises a breach without a justification", async () => {
      await aturKebijakan("PERINGATAN");
      await aturSebaran(sebaran({ SANGAT_BAIK: 8, BAIK: 2 }));
      await aturOrganisasi("ISTIMEWA");
      expect(await tetapkanKurvaUnit(kadis, input())).toEqual({ pelanggaran: 1 });
      expect((await penetapan())[0]).toMatchObject({ justifikasi: null, kebijakan: "PERINGATAN" });
    });

    it("is refused for a leader below or of another line, the admin, a pegawai, and in a closed period", async () => {
      await aturSebaran(sebaran({ SANGAT_BAIK: 7, BAIK: 3 }));
      await tanpaPerubahan(() => tetapkanKurvaUnit(ppk, input()), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanKurvaUnit(kadisLain, input()), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanKurvaUnit(pegawai, input()), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanKurvaUnit(admin, input()), "DITOLAK", { _: ["HANYA_PIMPINAN_UNIT"] });
      await tanpaPerubahan(() => tetapkanKurvaUnit(auditor, input()), "DITOLAK", { _: ["HANYA_PIMPINAN_UNIT"] });
      await db().execute(sql`update periode set status = 'DITUTUP' where id = ${periode2026.id}`);
      try {
        await tanpaPerubahan(() => tetapkanKurvaUnit(kadis, input()), "DITOLAK", { _: ["PERIODE_KALIBRASI_DITUTUP"] });
        expect((await halaman()).boleh).toEqual({ tetapkanOrganisasi: false, kalibrasi: false, tetapkanKurva: false });
      } finally {
        await db().execute(sql`update periode set status = 'BERJALAN' where id = ${periode2026.id}`);
      }
    });
  });

  describe("the admin's curve settings", () => {
    it("are stored as overrides of the period's rule set, validated, audited", async () => {
      await aturKebijakan("BLOKIR_KECUALI_JUSTIFIKASI", 7);
      expect(await getAturanKeberatan(admin)).toMatchObject({ kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: 7 });
      const { ruleSet } = await ruleSetPeriode(db(), periode2026.id);
      expect(ruleSet).toMatchObject({ kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: 7 });
      const a = await getAturanKeberatan(admin);
      const basis = { hari: a.hari, jenisHari: a.jenisHari, hariLibur: a.hariLibur };
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...basis, kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: 0 }), "INPUT_TIDAK_VALID", { kurvaMinimumPegawai: ["MINIMUM_1_50"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...basis, kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: 51 }), "INPUT_TIDAK_VALID", { kurvaMinimumPegawai: ["MINIMUM_1_50"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...basis, kebijakanKurva: "DIAM", kurvaMinimumPegawai: 5 }), "INPUT_TIDAK_VALID", { kebijakanKurva: ["PILIHAN_TIDAK_VALID"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(kadis, { ...basis, kebijakanKurva: "PERINGATAN", kurvaMinimumPegawai: 5 }), "TIDAK_DITEMUKAN");
      // the objection settings alone leave the curve's as they are
      await simpanAturanKeberatan(admin, basis);
      expect(await getAturanKeberatan(admin)).toMatchObject({ kebijakanKurva: "BLOKIR_KECUALI_JUSTIFIKASI", kurvaMinimumPegawai: 7 });
      const [au] = await q<{ sesudah: unknown }>(sql`select sesudah from audit_log where aksi = 'ATURAN_KEBERATAN_DIUBAH' order by id desc limit 1`);
      expect(JSON.stringify(au!.sesudah)).toContain("BLOKIR_KECUALI_JUSTIFIKASI");
      await aturKebijakan("PERINGATAN", 5);
    });
  });

  describe("calibration", () => {
    let siti: { skp_id: string; pegawai_id: string };
    beforeEach(async () => {
      await aturKebijakan("PERINGATAN", 5);
      await aturSebaran(sebaran({ SANGAT_BAIK: 2, BAIK: 8 }));
      await aturOrganisasi("BAIK");
      siti = skpDinas[0]!; // Sangat Baik
    });
    const ubah = (ctx: ServiceContext, evaluasiId: string, over: Record<string, unknown> = {}) =>
      kalibrasiEvaluasi(ctx, { evaluasiId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasan: ALASAN_KALIBRASI, ...over });

    it("changes the predikat through KALIBRASI with a record, audit, notifications, and restarts the objection window", async () => {
      const ev = await evaluasiDari(siti.skp_id);
      expect(ev.predikat).toBe("SANGAT_BAIK");
      await db().execute(sql`update evaluasi set diterima_at = now(), rating_hasil_saran = 'DI_ATAS' where id = ${ev.id}`);
      const before = await halaman();
      expect(before.pegawai.find((p) => p.evaluasiId === ev.id)!.bolehKalibrasi).toBe(true);
      expect(before.kurva!.breaches.map((b) => b.rule)).toEqual(["BAIK_MAX_BAIK_70", "BAIK_MIN_SATU_BUTUH_PERBAIKAN_KURANG"]);
      const s0 = (await keadaan())!;
      const today = "2026-11-23";
      const kadisHariIni = await ctxOf(kadis.actor.pegawaiId, today);
      expect(await ubah(kadisHariIni, ev.id, { ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI" })).toEqual({ predikat: "BUTUH_PERBAIKAN" });
      const { ruleSet } = await ruleSetPeriode(db(), periode2026.id);
      const sesudah = await evaluasiDari(siti.skp_id);
      expect(sesudah).toMatchObject({
        status: "DITETAPKAN", rating_hasil: "DI_BAWAH", rating_perilaku: "SESUAI", predikat: "BUTUH_PERBAIKAN", alasan_rating_hasil: ALASAN_KALIBRASI,
        diterima_at: null, batas_keberatan: batasKeberatan(today, ruleSet, await hariLiburInstansi(db(), kadis.actor.instansiId)),
      });
      const [kal] = await q(sql`select oleh_id, alasan, rating_hasil_lama, rating_perilaku_lama, predikat_lama, rating_hasil_baru, rating_perilaku_baru, predikat_baru from kalibrasi_evaluasi where evaluasi_id = ${ev.id}`);
      expect(kal).toEqual({
        oleh_id: kadis.actor.pegawaiId, alasan: ALASAN_KALIBRASI, rating_hasil_lama: "DI_ATAS", rating_perilaku_lama: "DI_ATAS", predikat_lama: "SANGAT_BAIK",
        rating_hasil_baru: "DI_BAWAH", rating_perilaku_baru: "SESUAI", predikat_baru: "BUTUH_PERBAIKAN",
      });
      const [au] = await q<{ aktor_id: string; sebelum: { predikat: string }; sesudah: { predikat: string } }>(
        sql`select aktor_id, sebelum, sesudah from audit_log where aksi = 'EVALUASI_DIKALIBRASI' and entitas_id = ${ev.id}`,
      );
      expect(au).toMatchObject({ aktor_id: kadis.actor.pegawaiId, sebelum: { predikat: "SANGAT_BAIK" }, sesudah: { predikat: "BUTUH_PERBAIKAN" } });
      const notif = await q<{ penerima_id: string; judul: string }>(sql`select penerima_id, judul from notifikasi where judul like '%dikalibrasi%' order by penerima_id`);
      expect(new Set(notif.map((n) => n.penerima_id))).toEqual(new Set([siti.pegawai_id, ppk.actor.pegawaiId]));
      expect(notif.every((n) => n.judul.includes("Butuh Perbaikan"))).toBe(true);
      const s1 = (await keadaan())!;
      expect(s1.kalibrasi).toBe(s0.kalibrasi + 1);
      expect(s1.audit).toBe(s0.audit + 1);
      // the page now: BP 1, the Baik rule's "at least one" met; the row tells who calibrated
      const page = await halaman();
      expect(page.jumlah).toMatchObject({ SANGAT_BAIK: 1, BAIK: 8, BUTUH_PERBAIKAN: 1 });
      expect(page.kurva!.breaches.map((b) => b.rule)).toEqual(["BAIK_MAX_BAIK_70"]);
      expect(page.pegawai.find((p) => p.evaluasiId === ev.id)!.dikalibrasi).toMatchObject({ oleh: kadis.actor.nama, alasan: ALASAN_KALIBRASI, predikatLama: "SANGAT_BAIK" });
      // back to the suggested rating: the reason is no longer needed for the hasil
      await ubah(sekda, ev.id, { ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI" });
      expect(await evaluasiDari(siti.skp_id)).toMatchObject({ predikat: "BAIK", alasan_rating_hasil: null });
    });

    it("keeps the PPK's reason for a hasil that differs from the suggestion when only the behaviour is calibrated", async () => {
      const ev = await evaluasiDari(siti.skp_id);
      const PPK = "Capaian kuantitas tinggi, tetapi kualitas laporan triwulan masih perlu banyak perbaikan.";
      await db().execute(sql`update evaluasi set rating_hasil_saran = 'SESUAI', alasan_rating_hasil = ${PPK} where id = ${ev.id}`);
      await ubah(kadis, ev.id, { ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI" });
      expect(await evaluasiDari(siti.skp_id)).toMatchObject({ rating_hasil: "DI_ATAS", predikat: "BAIK", alasan_rating_hasil: PPK });
      // a changed hasil that still differs from the suggestion carries the calibration's reason
      await ubah(kadis, ev.id, { ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI" });
      expect(await evaluasiDari(siti.skp_id)).toMatchObject({ rating_hasil: "DI_BAWAH", alasan_rating_hasil: ALASAN_KALIBRASI });
    });

    it("is refused for an evaluation under objection, final or draft, one's own, another line, a PPK who is no leader, the same ratings, a closed period — changing nothing", async () => {
      const ev = await evaluasiDari(siti.skp_id);
      for (const [status, kode] of [["KEBERATAN", "EVALUASI_SEDANG_KEBERATAN"], ["FINAL", "EVALUASI_SUDAH_FINAL"], ["DRAFT", "EVALUASI_BELUM_DITETAPKAN"]] as const) {
        await db().execute(sql`update evaluasi set status = ${status} where id = ${ev.id}`);
        await tanpaPerubahan(() => ubah(kadis, ev.id), "DITOLAK", { _: [kode] });
        expect((await halaman()).pegawai.find((p) => p.evaluasiId === ev.id)?.bolehKalibrasi ?? false).toBe(false);
      }
      await db().execute(sql`update evaluasi set status = 'DITETAPKAN' where id = ${ev.id}`);
      // own evaluation: the kadis's own (rated by the sekda)
      await db().execute(sql`insert into evaluasi (skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_perilaku, predikat, status, ditetapkan_at, batas_keberatan)
        values (${skpKadis}, 'TAHUNAN', ${sekda.actor.pegawaiId}, ${periode2026.regulasi_id}, 'SESUAI', 'SESUAI', 'BAIK', 'DITETAPKAN', now(), '2026-11-30')`);
      const evKadis = await evaluasiDari(skpKadis);
      await tanpaPerubahan(() => ubah(kadis, evKadis.id, { ratingPerilaku: "DI_ATAS" }), "DITOLAK", { _: ["KALIBRASI_DIRI_SENDIRI"] });
      // leaders of another line cannot even see it
      await tanpaPerubahan(() => ubah(kadisLain, ev.id), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => ubah(plt, ev.id), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => ubah(admin, ev.id), "DITOLAK", { _: ["HANYA_PIMPINAN_UNIT"] });
      await tanpaPerubahan(() => ubah(kadis, TIDAK_ADA), "TIDAK_DITEMUKAN");
      // a PPK who leads no unit of the pegawai's line: a colleague made PPK of another's SKP
      const lain = skpDinas[1]!;
      const [rekan] = await q<{ pegawai_id: string }>(
        sql`select p.pegawai_id from penugasan p join jabatan j on j.id = p.jabatan_id where not j.kepala_unit and p.selesai is null
             and p.pegawai_id <> ${lain.pegawai_id} and j.unit_id = (select unit_id from jabatan where id = (select jabatan_id from penugasan where id = (select penugasan_id from skp where id = ${lain.skp_id}))) limit 1`,
      );
      if (rekan) {
        await db().execute(sql`update skp set ppk_pegawai_id = ${rekan.pegawai_id} where id = ${lain.skp_id}`);
        try {
          const ppkRekan = await ctxOf(rekan.pegawai_id);
          expect(ppkRekan.actor.unitDipimpin).toEqual([]);
          const evLain = await evaluasiDari(lain.skp_id);
          await tanpaPerubahan(() => ubah(ppkRekan, evLain.id, { ratingHasil: "DI_BAWAH" }), "DITOLAK", { _: ["HANYA_PIMPINAN_UNIT"] });
        } finally {
          await db().execute(sql`update skp set ppk_pegawai_id = ${lain.ppk} where id = ${lain.skp_id}`);
        }
      }
      // Siti's PPK leads her seksi: he may calibrate (he is a leader of her unit) — but not with the same ratings
      await tanpaPerubahan(() => ubah(ppk, ev.id, { ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" }), "INPUT_TIDAK_VALID", { ratingHasil: ["KALIBRASI_RATING_SAMA"] });
      await tanpaPerubahan(() => ubah(kadis, ev.id, { alasan: "pendek" }), "INPUT_TIDAK_VALID", { alasan: ["ALASAN_TERLALU_PENDEK"] });
      await tanpaPerubahan(() => ubah(kadis, ev.id, { ratingHasil: "LUAR_BIASA" }), "INPUT_TIDAK_VALID");
      await db().execute(sql`update periode set status = 'DITUTUP' where id = ${periode2026.id}`);
      try {
        await tanpaPerubahan(() => ubah(kadis, ev.id), "DITOLAK", { _: ["PERIODE_KALIBRASI_DITUTUP"] });
      } finally {
        await db().execute(sql`update periode set status = 'BERJALAN' where id = ${periode2026.id}`);
      }
      // a periodic evaluation is not calibrated
      const [periodik] = await q<{ id: string; skp_id: string }>(sql`select e.id, e.skp_id from evaluasi e join skp s on s.id = e.skp_id
        join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
        where e.jenis = 'PERIODIK' and e.status = 'DITETAPKAN' and u.path like ${`${dinas.path}%`} and s.pegawai_id <> ${kadis.actor.pegawaiId} limit 1`);
      if (periodik) await tanpaPerubahan(() => ubah(kadis, periodik.id), "DITOLAK", { _: ["KALIBRASI_HANYA_TAHUNAN"] });
    });

    it("keeps a unit head's rating hasil following the organisation rating", async () => {
      // Yohanes heads his seksi; his evaluation is set; the seksi's organisation rating is Baik → hasil Sesuai
      const [yo] = await q<{ skp_id: string; unit_id: string }>(
        sql`select s.id as skp_id, j.unit_id from skp s join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
             where s.pegawai_id = ${ppk.actor.pegawaiId} and s.periode_id = ${periode2026.id} and j.kepala_unit`,
      );
      await db().execute(sql`delete from evaluasi where skp_id = ${yo!.skp_id} and jenis = 'TAHUNAN'`);
      await db().execute(sql`insert into evaluasi (skp_id, jenis, penilai_id, regulasi_id, rating_hasil, rating_perilaku, predikat, status, ditetapkan_at, batas_keberatan)
        values (${yo!.skp_id}, 'TAHUNAN', ${kadis.actor.pegawaiId}, ${periode2026.regulasi_id}, 'SESUAI', 'SESUAI', 'BAIK', 'DITETAPKAN', now(), '2026-11-30')`);
      await tetapkanPredikatOrganisasi(kadis, { unitId: yo!.unit_id, periodeId: periode2026.id, predikat: "BAIK", alasan: ALASAN });
      const ev = await evaluasiDari(yo!.skp_id);
      await tanpaPerubahan(() => ubah(kadis, ev.id, { ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" }), "INPUT_TIDAK_VALID", { ratingHasil: ["IKUT_PREDIKAT_ORGANISASI"] });
      expect(await ubah(kadis, ev.id, { ratingHasil: "SESUAI", ratingPerilaku: "DI_BAWAH" })).toEqual({ predikat: "KURANG" });
      await db().execute(sql`delete from predikat_organisasi where unit_id = ${yo!.unit_id}`);
    });

    it("tells the whole chain of leaders above a pegawai's unit (live events of the calibration pages)", async () => {
      const chain = await pimpinanRantaiUnit(db(), siti ? skpDinas[0]!.unit_path : "", TODAY);
      expect(chain).toEqual(expect.arrayContaining([sekda.actor.pegawaiId, kadis.actor.pegawaiId, ppk.actor.pegawaiId]));
      expect(chain).not.toContain(pegawai.actor.pegawaiId);
      expect(chain).not.toContain(kadisLain.actor.pegawaiId);
    });
  });
});
