/**
 * Appraisal (spec §5–§7) against a freshly seeded Pemerintah Kota Helvetia: the PPK's periodic and
 * annual evaluations (draft, set and delivered, one by one or several at once), the suggested rating,
 * the unit head's rating that follows the organisation rating, the pegawai's acknowledgement, the
 * objection heard by the Atasan PPK within the rule set's window (calendar or working days with a
 * holiday list), the annual predikat becoming final and the credit points of functional positions.
 * Every refused call must leave the database as it was.
 *
 * Seeded once per database. The seed's "today" is 2026-11-20: October 2026 has ended, November is
 * running, December has not started, so the annual evaluation is not open yet (contexts with another
 * day are `{ ...ctx, today }`). Yohanes (persona ppk) appraises Siti Rahmawati and Hendrik Sondakh,
 * whose October evaluation is a seeded DRAFT. Each test picks its own subjects with SQL.
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { angkaKredit as hitungAngkaKredit } from "@/lib/domain/angka-kredit";
import type { Jenjang, Predikat, Rating } from "@/lib/domain/constants";
import { bulanBerlaku, saranRatingHasil, targetBerjalan } from "@/lib/domain/evaluasi";
import { fraksiWaktu, isSatuanTingkat } from "@/lib/domain/realisasi";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { hariLiburInstansi, ruleSetPeriode, simpanAturanKeberatan } from "./aturan";
import { loadActor, type ServiceContext } from "./context";
import { getDasborPpk } from "./dasbor";
import type { ServiceError } from "./errors";
import {
  ajukanKeberatan,
  finalkanEvaluasiLewatTenggat,
  getEvaluasiTim,
  getHalamanEvaluasi,
  putuskanKeberatan,
  simpanEvaluasi,
  tanggapiKeberatan,
  terimaEvaluasi,
  tetapkanBanyakEvaluasi,
} from "./evaluasi";

const TODAY = "2026-11-20";
/** A Saturday in December: the annual evaluation is open. */
const DES5 = "2026-12-05";
const roster = buildHelvetiaRoster();
const PERSONA_IDS = new Set(Object.values(roster.persona));
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";
const ALASAN = "Kualitas keluaran dinilai dari hasil reviu, bukan hanya jumlahnya.";

/** The PermenPANRB 6/2022 matrix as the spec writes it (rows: hasil kerja; columns: perilaku). */
const MATRIKS: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
  SESUAI: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "BAIK" },
  DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
};
const RATINGS: Rating[] = ["DI_ATAS", "SESUAI", "DI_BAWAH"];
const lain = (r: Rating | null): Rating => (r === "SESUAI" ? "DI_ATAS" : "SESUAI");

type Subjek = { skpId: string; pegawaiId: string; ppkId: string; atasanId: string; nama: string; unitId: string; jenis: string; jenjang: Jenjang | null; mulai: string; selesai: string };
type EvRow = {
  id: string; skp_id: string; jenis: string; checkpoint_id: string | null; penilai_id: string; status: string; rating_hasil: Rating | null; rating_hasil_saran: Rating | null;
  alasan_rating_hasil: string | null; rating_perilaku: Rating | null; predikat: Predikat | null; catatan: string | null; ditetapkan: boolean; diterima_at: Date | string | null;
  batas_keberatan: string | null; final: boolean;
};

describe.each(testDatabases())("evaluasi services on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const dipakai = new Set<string>();

  const ctxOf = async (pegawaiId: string, today = TODAY): Promise<ServiceContext> => {
    const actor = await loadActor(db(), pegawaiId, TODAY);
    if (!actor) throw new Error(`pegawai ${pegawaiId} is not active`);
    return { db: db(), actor, today };
  };
  const ctxPersona = (key: PersonaKey, today = TODAY) => ctxOf(roster.persona[key], today);

  /** Every row the appraisal services write, fingerprinted. */
  const keadaan = async () => {
    const [r] = await q(sql`select
      (select count(*)::int from evaluasi) as evaluasi,
      (select md5(coalesce(string_agg(concat_ws('|', id, status, rating_hasil, rating_hasil_saran, alasan_rating_hasil, rating_perilaku, predikat, catatan, ditetapkan_at,
          diterima_at, batas_keberatan, final_at, updated_at), ',' order by id), '')) from evaluasi) as evaluasi_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, evaluasi_id, rhk_id, nilai_perilaku, umpan_balik, realisasi_ringkas), ',' order by id), '')) from evaluasi_rincian) as rincian_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, status, tanggapan_ppk, keputusan, predikat_baru, rating_hasil_baru, rating_perilaku_baru, diputus_at), ',' order by id), '')) from keberatan) as keberatan_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, evaluasi_id, predikat, bulan, nilai), ',' order by id), '')) from angka_kredit) as angka_kredit_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, dibaca_at), ',' order by id), '')) from notifikasi) as notifikasi_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, aturan), ',' order by id), '')) from regulasi) as regulasi_h,
      (select md5(coalesce(string_agg(concat_ws('|', instansi_id, tanggal, nama), ',' order by instansi_id, tanggal), '')) from hari_libur) as libur_h,
      (select count(*)::int from audit_log) as audit`);
    return r;
  };
  /** The call is refused with this code and changes nothing. */
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);

  const evRow = async (id: string) =>
    (await q<EvRow>(sql`select id, skp_id, jenis, checkpoint_id, penilai_id, status, rating_hasil, rating_hasil_saran, alasan_rating_hasil, rating_perilaku, predikat, catatan,
        ditetapkan_at is not null as ditetapkan, diterima_at, batas_keberatan::text as batas_keberatan, final_at is not null as final from evaluasi where id = ${id}`))[0]!;
  const evDari = async (skpId: string, cpId: string | null) =>
    (await q<{ id: string }>(sql`select id from evaluasi where skp_id = ${skpId} and checkpoint_id is not distinct from ${cpId}::uuid`))[0]?.id ?? null;
  const rincian = (evaluasiId: string) =>
    q<{ rhk_id: string | null; nilai_perilaku: string | null; umpan_balik: string | null; realisasi_ringkas: string | null }>(
      sql`select rhk_id, nilai_perilaku, umpan_balik, realisasi_ringkas from evaluasi_rincian where evaluasi_id = ${evaluasiId} order by rhk_id nulls last, nilai_perilaku`,
    );
  const auditUntuk = (entitasId: string, aksi: string) =>
    q<{ aktor_id: string | null; sebelum: Record<string, unknown> | null; sesudah: Record<string, unknown> | null }>(
      sql`select aktor_id, sebelum, sesudah from audit_log where entitas_id = ${entitasId} and aksi = ${aksi} order by id`,
    );
  const notifikasiKunci = (kunci: string) =>
    q<{ penerima_id: string; jenis: string; judul: string; isi: string; tautan: string | null }>(sql`select penerima_id, jenis, judul, isi, tautan from notifikasi where kunci = ${kunci} order by created_at`);
  const notifikasiUntuk = (penerimaId: string, jenis: string) =>
    q<{ judul: string; isi: string; tautan: string | null }>(sql`select judul, isi, tautan from notifikasi where penerima_id = ${penerimaId} and jenis = ${jenis} order by created_at, id`);
  const keberatanRow = async (id: string) =>
    (await q<{ status: string; tanggapan_ppk: string | null; keputusan: string | null; predikat_sebelum: string; predikat_baru: string | null; rating_hasil_baru: string | null;
      rating_perilaku_baru: string | null; atasan_ppk_id: string; pemohon_id: string; batas_pengajuan: string; diputus_oleh: string | null; diputus: boolean }>(
      sql`select status, tanggapan_ppk, keputusan, predikat_sebelum, predikat_baru, rating_hasil_baru, rating_perilaku_baru, atasan_ppk_id, pemohon_id,
          batas_pengajuan::text as batas_pengajuan, diputus_oleh, diputus_at is not null as diputus from keberatan where id = ${id}`,
    ))[0]!;
  const angkaKreditRow = async (evaluasiId: string) =>
    (await q<{ pegawai_id: string; jenjang: Jenjang; predikat: Predikat; bulan: number; nilai: string }>(
      sql`select pegawai_id, jenjang, predikat, bulan, nilai::text as nilai from angka_kredit where evaluasi_id = ${evaluasiId}`,
    ))[0];

  /** Checkpoint ids of 2026 by their number, and one of 2025. */
  const cp: Record<number, string> = {};
  let cpOkt2025: string;
  let periode2026: string;
  let yohanes: string;
  let hendrik: Subjek;
  let siti: Subjek;
  /** Another PPK (of another perangkat daerah) and a plain pegawai who cannot see the subjects of other teams. */
  let ppkLain: string;

  const KOLOM_SUBJEK = sql`s.id as "skpId", s.pegawai_id as "pegawaiId", s.ppk_pegawai_id as "ppkId", s.atasan_ppk_pegawai_id as "atasanId", pg.nama, j.unit_id as "unitId",
    j.jenis, j.jenjang, s.berlaku_mulai::text as mulai, s.berlaku_selesai::text as selesai`;
  const DARI_SUBJEK = sql`from skp s join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id join pegawai ppk on ppk.id = s.ppk_pegawai_id
    join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id`;
  /** Fresh subjects: approved full-year 2026 SKPs without any evaluation, with a PPK and a different Atasan PPK; owners and PPKs not used elsewhere. */
  const ambil = async (n: number, syarat: SQL = sql``, ppkSama = false): Promise<Subjek[]> => {
    const rows = await q<Subjek>(sql`select ${KOLOM_SUBJEK} ${DARI_SUBJEK}
      where p.tahun = 2026 and s.status = 'DISETUJUI' and pg.aktif and ppk.aktif and s.atasan_ppk_pegawai_id is not null and s.atasan_ppk_pegawai_id <> s.ppk_pegawai_id
        and s.berlaku_mulai = '2026-01-01' and s.berlaku_selesai = '2026-12-31' and not exists (select 1 from evaluasi e where e.skp_id = s.id) ${syarat}
      order by s.ppk_pegawai_id, s.id`);
    const bebas = rows.filter((r) => !dipakai.has(r.skpId) && !dipakai.has(r.pegawaiId) && !PERSONA_IDS.has(r.pegawaiId) && !PERSONA_IDS.has(r.ppkId) && !PERSONA_IDS.has(r.atasanId));
    let out: Subjek[] = [];
    if (ppkSama) {
      const perPpk = new Map<string, Subjek[]>();
      for (const r of bebas) perPpk.set(r.ppkId, [...(perPpk.get(r.ppkId) ?? []), r]);
      out = ([...perPpk.values()].find((l) => l.length >= n) ?? []).slice(0, n);
    } else {
      for (const r of bebas) if (out.length < n && !out.some((o) => o.pegawaiId === r.pegawaiId || o.ppkId === r.pegawaiId || o.pegawaiId === r.ppkId)) out.push(r);
    }
    if (out.length < n) throw new Error(`only ${out.length} unused subjects, ${n} wanted`);
    for (const r of out) {
      dipakai.add(r.skpId);
      dipakai.add(r.pegawaiId);
    }
    return out;
  };
  const ambilSatu = async (syarat: SQL = sql``) => (await ambil(1, syarat))[0]!;

  /** The PPK sets an annual evaluation (on `today`) with these ratings; a reason is always given so any suggestion may differ. */
  const tetapkanTahunan = async (s: Subjek, hasil: Rating, perilaku: Rating, today = DES5) =>
    simpanEvaluasi(await ctxOf(s.ppkId, today), { skpId: s.skpId, ratingHasil: hasil, ratingPerilaku: perilaku, alasanRatingHasil: ALASAN, tetapkan: true });

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    for (const c of await q<{ id: string; urutan: number; tahun: number; periode_id: string }>(sql`select c.id, c.urutan, p.tahun, p.id as periode_id from checkpoint c join periode p on p.id = c.periode_id`)) {
      if (Number(c.tahun) === 2026) {
        cp[Number(c.urutan)] = c.id;
        periode2026 = c.periode_id;
      }
      if (Number(c.tahun) === 2025 && Number(c.urutan) === 10) cpOkt2025 = c.id;
    }
    yohanes = roster.persona.ppk;
    const tim = await q<Subjek>(sql`select ${KOLOM_SUBJEK} ${DARI_SUBJEK} where p.tahun = 2026 and s.status = 'DISETUJUI' and s.ppk_pegawai_id = ${yohanes} order by pg.nama`);
    expect(tim.map((t) => t.nama)).toEqual(["Hendrik Sondakh", "Siti Rahmawati"]);
    [hendrik, siti] = tim as [Subjek, Subjek];
    expect(siti.pegawaiId).toBe(roster.persona.pegawai);
    for (const s of tim) {
      dipakai.add(s.skpId);
      dipakai.add(s.pegawaiId);
    }
    // a PPK of another perangkat daerah than Hendrik's (the second segment of the unit path)
    const [pd] = await q<{ pd: string }>(sql`select split_part(u.path, '/', 3) as pd from unit_kerja u where u.id = ${hendrik.unitId}`);
    const [l] = await q<{ id: string }>(sql`select s.ppk_pegawai_id as id ${DARI_SUBJEK} join unit_kerja u on u.id = j.unit_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and ppk.aktif and u.path not like ${`%/${pd!.pd}/%`} and not (ppk.id = any(${`{${[...PERSONA_IDS].join(",")}}`}::uuid[]))
      order by s.ppk_pegawai_id limit 1`);
    ppkLain = l!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  // ------------------------------------------------------------------ the PPK's team and the page

  describe("the PPK's team list and the evaluation page", () => {
    it("lists Yohanes' approved subordinates for the latest ended checkpoint, a month chosen, or the year", async () => {
      const ctx = await ctxPersona("ppk");
      const tim = await getEvaluasiTim(ctx);
      expect(tim.periode).toMatchObject({ tahun: 2026 });
      expect(tim.checkpoint).toHaveLength(12);
      expect(tim.pilihan).toBe(10);
      expect(tim.tahunanDibuka).toBe(false);
      expect(tim.baris.map((b) => ({ nama: b.nama, status: b.status, keadaan: b.keadaan, siap: b.siapDitetapkan, predikat: b.predikat !== null }))).toEqual([
        { nama: "Hendrik Sondakh", status: "DRAFT", keadaan: "BELUM_ADA", siap: false, predikat: false },
        { nama: "Siti Rahmawati", status: "DITETAPKAN", keadaan: "FINAL", siap: false, predikat: true },
      ]);
      expect(tim.baris[0]).toMatchObject({ skpId: hendrik.skpId, pegawaiId: hendrik.pegawaiId, evaluasiId: await evDari(hendrik.skpId, cp[10]!) });

      const sep = await getEvaluasiTim(ctx, 9);
      expect(sep.pilihan).toBe(9);
      expect(sep.baris.map((b) => b.status)).toEqual(["DITETAPKAN", "DITETAPKAN"]);
      const nov = await getEvaluasiTim(ctx, 11);
      expect(nov.baris.map((b) => [b.status, b.evaluasiId, b.keadaan])).toEqual([["BELUM", null, "BELUM_ADA"], ["BELUM", null, "BELUM_ADA"]]);
      const tahun = await getEvaluasiTim(ctx, "tahunan");
      expect(tahun.pilihan).toBe("tahunan");
      expect(tahun.baris.map((b) => b.status)).toEqual(["BELUM", "BELUM"]);
      expect((await getEvaluasiTim({ ...ctx, today: DES5 }, "tahunan")).tahunanDibuka).toBe(true);
      // not a PPK: nothing to list
      await ditolak(getEvaluasiTim(await ctxOf(hendrik.pegawaiId)), "TIDAK_DITEMUKAN");
    });

    it("hides a draft from the pegawai and gives the PPK previous/next navigation", async () => {
      const ppk = await ctxPersona("ppk");
      const evId = await evDari(hendrik.skpId, cp[10]!);
      const halPpk = await getHalamanEvaluasi(ppk, hendrik.skpId, 10);
      expect(halPpk.evaluasi).toMatchObject({ id: evId, status: "DRAFT", keadaan: "BELUM_ADA", ratingHasil: null });
      expect(halPpk).toMatchObject({ bolehNilai: true, masalahNilai: null, bolehTetapkan: true, bolehTerima: false, sebelumnya: null, berikutnya: { skpId: siti.skpId, nama: "Siti Rahmawati" } });
      expect(halPpk.terpilih).toMatchObject({ id: cp[10], urutan: 10 });
      const halSiti = await getHalamanEvaluasi(ppk, siti.skpId, 10);
      expect(halSiti).toMatchObject({ sebelumnya: { skpId: hendrik.skpId, nama: "Hendrik Sondakh" }, berikutnya: null, bolehNilai: false, masalahNilai: "EVALUASI_SUDAH_DITETAPKAN" });
      expect((await getHalamanEvaluasi(ppk, hendrik.skpId, 11)).bolehTetapkan).toBe(false);
      expect((await getHalamanEvaluasi(ppk, hendrik.skpId, 12)).masalahNilai).toBe("CHECKPOINT_BELUM_MULAI");
      expect((await getHalamanEvaluasi(ppk, hendrik.skpId, "tahunan")).masalahNilai).toBe("EVALUASI_TAHUNAN_BELUM_DIBUKA");

      // the pegawai: the draft is not there; the delivered September one is
      const sendiri = await ctxOf(hendrik.pegawaiId);
      const halHendrik = await getHalamanEvaluasi(sendiri, hendrik.skpId, 10);
      expect(halHendrik).toMatchObject({ evaluasi: null, umpanBalikRhk: {}, bolehNilai: false, masalahNilai: null, bolehTerima: false, sebelumnya: null, berikutnya: null });
      expect((await getHalamanEvaluasi(sendiri, hendrik.skpId, 9)).evaluasi).toMatchObject({ status: "DITETAPKAN", keadaan: "FINAL" });
      // the Atasan PPK neither
      expect((await getHalamanEvaluasi(await ctxOf(hendrik.atasanId), hendrik.skpId, 10)).evaluasi).toBeNull();
      // others: not found; a checkpoint number the SKP does not have: not found
      await ditolak(getHalamanEvaluasi(await ctxPersona("pegawai"), hendrik.skpId, 10), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanEvaluasi(await ctxOf(ppkLain), hendrik.skpId, 10), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanEvaluasi(ppk, hendrik.skpId, 13), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanEvaluasi(ppk, TIDAK_ADA, 10), "TIDAK_DITEMUKAN");
    });
  });

  // ------------------------------------------------------------------ refusals of writing

  describe("who may rate, and when", () => {
    it("refuses a peer, a PPK of another team, the Atasan PPK, the pegawai themself and an unapproved SKP", async () => {
      const input = { skpId: hendrik.skpId, checkpointId: cp[10], ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN, tetapkan: true };
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxPersona("pegawai"), input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxOf(ppkLain), input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxOf(hendrik.atasanId), input), "DITOLAK", { _: ["HANYA_PPK_MENILAI"] });
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxOf(hendrik.pegawaiId), input), "DITOLAK", { _: ["HANYA_PPK_MENILAI"] });
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxOf(hendrik.pegawaiId), { ...input, tetapkan: false }), "DITOLAK", { _: ["HANYA_PPK_MENILAI"] });
      const [diajukan] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.status = 'DIAJUKAN' and s.ppk_pegawai_id = ${yohanes} order by s.id limit 1`);
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxPersona("ppk"), { ...input, skpId: diajukan!.id }), "DITOLAK", { _: ["SKP_BELUM_DISETUJUI"] });
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxPersona("ppk"), { ...input, skpId: TIDAK_ADA }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => simpanEvaluasi(await ctxPersona("ppk"), { ...input, skpId: "bukan-uuid" }), "INPUT_TIDAK_VALID", { skpId: ["ID_TIDAK_VALID"] });
    });

    it("refuses checkpoints that have not ended or started, the year before it opens, another period's checkpoint and a closed period", async () => {
      const ppk = await ctxPersona("ppk");
      const input = (over: Record<string, unknown>) => ({ skpId: hendrik.skpId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN, tetapkan: true, ...over });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: cp[11] })), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_BERAKHIR"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: cp[12] })), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_MULAI"] });
      // December is not open even for a draft
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: cp[12], tetapkan: false })), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_MULAI"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: null })), "DITOLAK", { _: ["EVALUASI_TAHUNAN_BELUM_DIBUKA"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: "", tetapkan: false })), "DITOLAK", { _: ["EVALUASI_TAHUNAN_BELUM_DIBUKA"] });
      await tanpaPerubahan(() => simpanEvaluasi({ ...ppk, today: "2026-11-30" }, input({ checkpointId: null })), "DITOLAK", { _: ["EVALUASI_TAHUNAN_BELUM_DIBUKA"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: cpOkt2025 })), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ checkpointId: TIDAK_ADA })), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      // last year's SKP (its period is closed), periodic or annual
      const [lalu] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id where p.tahun = 2025 and s.pegawai_id = ${hendrik.pegawaiId}`);
      expect((await q<{ status: string }>(sql`select p.status from skp s join periode p on p.id = s.periode_id where s.id = ${lalu!.id}`))[0]!.status).toBe("DITUTUP");
      await tanpaPerubahan(() => simpanEvaluasi(ppk, input({ skpId: lalu!.id, checkpointId: cpOkt2025 })), "DITOLAK", { _: ["PERIODE_KINERJA_DITUTUP"] });
      await tanpaPerubahan(() => simpanEvaluasi({ ...ppk, today: DES5 }, input({ skpId: lalu!.id, checkpointId: null, tetapkan: false })), "DITOLAK", { _: ["PERIODE_KINERJA_DITUTUP"] });
    });

    it("asks for both ratings to set, a reason to differ from the suggestion, and known RHK ids", async () => {
      const ppk = await ctxPersona("ppk");
      const base = { skpId: hendrik.skpId, checkpointId: cp[10], tetapkan: true };
      await tanpaPerubahan(() => simpanEvaluasi(ppk, base), "INPUT_TIDAK_VALID", { ratingHasil: ["RATING_WAJIB"], ratingPerilaku: ["RATING_WAJIB"] });
      const { saran } = await getHalamanEvaluasi(ppk, hendrik.skpId, 10);
      expect(saran.rating).not.toBeNull();
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, ratingHasil: saran.rating }), "INPUT_TIDAK_VALID", { ratingPerilaku: ["RATING_WAJIB"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, ratingPerilaku: "SESUAI" }), "INPUT_TIDAK_VALID", { ratingHasil: ["RATING_WAJIB"] });
      // a rating other than the suggestion without a reason: refused, for a draft too
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, ratingHasil: lain(saran.rating), ratingPerilaku: "SESUAI" }), "INPUT_TIDAK_VALID", { alasanRatingHasil: ["ALASAN_BEDA_SARAN"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, tetapkan: false, ratingHasil: lain(saran.rating), alasanRatingHasil: "" }), "INPUT_TIDAK_VALID", { alasanRatingHasil: ["ALASAN_BEDA_SARAN"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, tetapkan: false, ratingHasil: lain(saran.rating), alasanRatingHasil: "   " }), "INPUT_TIDAK_VALID", { alasanRatingHasil: ["WAJIB_DIISI"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, ratingHasil: "SANGAT", ratingPerilaku: "SESUAI" }), "INPUT_TIDAK_VALID", { ratingHasil: ["PILIHAN_TIDAK_VALID"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...base, tetapkan: false, umpanBalikRhk: { [TIDAK_ADA]: "Bagus" } }), "INPUT_TIDAK_VALID", { [`umpanBalikRhk.${TIDAK_ADA}`]: ["ID_TIDAK_VALID"] });
    });
  });

  // ------------------------------------------------------------------ Hendrik's October evaluation, end to end

  describe("a periodic evaluation from draft to acknowledgement", () => {
    it("saves the draft with feedback, sets and delivers it, then refuses any edit", async () => {
      const ppk = await ctxPersona("ppk");
      const evId = (await evDari(hendrik.skpId, cp[10]!))!;
      const hal = await getHalamanEvaluasi(ppk, hendrik.skpId, 10);
      const saran = hal.saran.rating!;
      const rhk = hal.isi.rhk.map((r) => r.id);
      expect(rhk.length).toBeGreaterThan(1);

      // a draft with a rating other than the suggestion (with a reason), feedback on one RHK and two values
      const draf = await simpanEvaluasi(ppk, {
        skpId: hendrik.skpId, checkpointId: cp[10], ratingHasil: lain(saran), alasanRatingHasil: ALASAN, ratingPerilaku: "SESUAI", catatan: "Catatan sementara",
        umpanBalikRhk: { [rhk[0]!]: "Laporan tepat waktu.", [rhk[1]!]: "" }, umpanBalikPerilaku: { KOLABORATIF: "Aktif membantu tim.", ADAPTIF: "  " },
      });
      expect(draf).toEqual({ evaluasiId: evId, status: "DRAFT", predikat: MATRIKS[lain(saran)].SESUAI });
      expect(await evRow(evId)).toMatchObject({
        status: "DRAFT", rating_hasil: lain(saran), rating_hasil_saran: saran, alasan_rating_hasil: ALASAN, rating_perilaku: "SESUAI", predikat: MATRIKS[lain(saran)].SESUAI,
        catatan: "Catatan sementara", penilai_id: yohanes, ditetapkan: false, batas_keberatan: null,
      });
      expect(await rincian(evId)).toEqual([
        { rhk_id: rhk[0], nilai_perilaku: null, umpan_balik: "Laporan tepat waktu.", realisasi_ringkas: null },
        { rhk_id: null, nilai_perilaku: "KOLABORATIF", umpan_balik: "Aktif membantu tim.", realisasi_ringkas: null },
      ]);
      const [disimpan] = await auditUntuk(evId, "EVALUASI_DISIMPAN");
      expect(disimpan).toMatchObject({ aktor_id: yohanes, sebelum: { status: "DRAFT", ratingHasil: null }, sesudah: { status: "DRAFT", saran, ratingHasil: lain(saran) } });
      expect(await notifikasiKunci(`evaluasi:${evId}`)).toEqual([]);
      // the pegawai still sees nothing; the PPK reads the draft back
      expect((await getHalamanEvaluasi(await ctxOf(hendrik.pegawaiId), hendrik.skpId, 10)).evaluasi).toBeNull();
      const balik = await getHalamanEvaluasi(ppk, hendrik.skpId, 10);
      expect(balik.umpanBalikRhk).toEqual({ [rhk[0]!]: "Laporan tepat waktu." });
      expect(balik.umpanBalikPerilaku).toEqual({ KOLABORATIF: "Aktif membantu tim." });
      expect(balik.evaluasi).toMatchObject({ ratingHasil: lain(saran), alasanRatingHasil: ALASAN, predikat: MATRIKS[lain(saran)].SESUAI, penilai: ppk.actor.nama });
      // the team list marks it complete
      expect((await getEvaluasiTim(ppk, 10)).baris[0]).toMatchObject({ status: "DRAFT", siapDitetapkan: true, predikat: MATRIKS[lain(saran)].SESUAI });

      // set: the suggested rating, so the reason is dropped; the whole feedback set replaced
      const hasil = await simpanEvaluasi(ppk, {
        skpId: hendrik.skpId, checkpointId: cp[10], ratingHasil: saran, alasanRatingHasil: "tidak dipakai", ratingPerilaku: "DI_ATAS", catatan: "Pertahankan kinerja.",
        umpanBalikRhk: { [rhk[1]!]: "Tingkatkan kualitas dokumentasi." }, umpanBalikPerilaku: { BERORIENTASI_PELAYANAN: "Responsif." }, tetapkan: "on",
      });
      expect(hasil).toEqual({ evaluasiId: evId, status: "DITETAPKAN", predikat: MATRIKS[saran].DI_ATAS });
      expect(await evRow(evId)).toMatchObject({
        status: "DITETAPKAN", rating_hasil: saran, rating_hasil_saran: saran, alasan_rating_hasil: null, rating_perilaku: "DI_ATAS", predikat: MATRIKS[saran].DI_ATAS,
        catatan: "Pertahankan kinerja.", ditetapkan: true, batas_keberatan: null, final: false, diterima_at: null,
      });
      const baris = await rincian(evId);
      // every RHK keeps a line of what was achieved; the feedback is the new set
      expect(baris.filter((b) => b.rhk_id).map((b) => b.rhk_id).sort()).toEqual([...rhk].sort());
      for (const b of baris.filter((x) => x.rhk_id)) {
        expect(b.realisasi_ringkas).toBeTruthy();
        expect(b.umpan_balik).toBe(b.rhk_id === rhk[1] ? "Tingkatkan kualitas dokumentasi." : null);
      }
      const ikiPertama = hal.isi.rhk[0]!.iki[0]!;
      expect(baris.find((b) => b.rhk_id === rhk[0])!.realisasi_ringkas).toContain(ikiPertama.indikator);
      expect(baris.filter((b) => b.nilai_perilaku)).toEqual([{ rhk_id: null, nilai_perilaku: "BERORIENTASI_PELAYANAN", umpan_balik: "Responsif.", realisasi_ringkas: null }]);
      expect(await notifikasiKunci(`evaluasi:${evId}`)).toEqual([
        {
          penerima_id: hendrik.pegawaiId, jenis: "EVALUASI_DITETAPKAN", judul: "Evaluasi kinerja Oktober 2026 telah ditetapkan",
          isi: expect.stringContaining(`${ppk.actor.nama} menetapkan predikat`), tautan: `/evaluasi/${hendrik.skpId}?cp=10`,
        },
      ]);
      expect((await notifikasiKunci(`evaluasi:${evId}`))[0]!.isi).not.toContain("Keberatan");
      const [ditetapkan] = await auditUntuk(evId, "EVALUASI_DITETAPKAN");
      expect(ditetapkan).toMatchObject({ aktor_id: yohanes, sebelum: { status: "DRAFT", ratingHasil: lain(saran) }, sesudah: { status: "DITETAPKAN", predikat: MATRIKS[saran].DI_ATAS } });

      // the PPK may no longer edit it, not even as a draft
      const ubah = { skpId: hendrik.skpId, checkpointId: cp[10], ratingHasil: saran, ratingPerilaku: "SESUAI" };
      await tanpaPerubahan(() => simpanEvaluasi(ppk, ubah), "DITOLAK", { _: ["EVALUASI_SUDAH_DITETAPKAN"] });
      await tanpaPerubahan(() => simpanEvaluasi(ppk, { ...ubah, tetapkan: true }), "DITOLAK", { _: ["EVALUASI_SUDAH_DITETAPKAN"] });
      const sebelum = await keadaan();
      expect(await tetapkanBanyakEvaluasi(ppk, [evId])).toEqual({ ditetapkan: [], dilewati: [{ evaluasiId: evId, nama: "Hendrik Sondakh", alasan: "EVALUASI_SUDAH_DITETAPKAN" }] });
      expect(await keadaan()).toEqual(sebelum);
      const halPpk = await getHalamanEvaluasi(ppk, hendrik.skpId, 10);
      expect(halPpk).toMatchObject({ bolehNilai: false, masalahNilai: "EVALUASI_SUDAH_DITETAPKAN", bolehTetapkan: false });
    });

    it("lets the pegawai acknowledge it once; nobody else may", async () => {
      const evId = (await evDari(hendrik.skpId, cp[10]!))!;
      const sendiri = await ctxOf(hendrik.pegawaiId);
      const hal = await getHalamanEvaluasi(sendiri, hendrik.skpId, 10);
      expect(hal.evaluasi).toMatchObject({ id: evId, status: "DITETAPKAN", keadaan: "FINAL", diterimaAt: null });
      expect(hal).toMatchObject({ bolehTerima: true, bolehKeberatan: false, bolehNilai: false });

      await tanpaPerubahan(async () => terimaEvaluasi(await ctxPersona("ppk"), evId), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => terimaEvaluasi(await ctxOf(hendrik.atasanId), evId), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => terimaEvaluasi(await ctxPersona("pegawai"), evId), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => terimaEvaluasi(sendiri, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => terimaEvaluasi(sendiri, "x"), "INPUT_TIDAK_VALID");

      await terimaEvaluasi(sendiri, evId);
      const r = await evRow(evId);
      expect(r.diterima_at).not.toBeNull();
      expect(r.status).toBe("DITETAPKAN");
      expect(await auditUntuk(evId, "EVALUASI_DITERIMA")).toEqual([{ aktor_id: hendrik.pegawaiId, sebelum: null, sesudah: null }]);
      // again: nothing changes (no second audit row, same timestamp)
      const sebelum = await keadaan();
      await terimaEvaluasi(sendiri, evId);
      expect(await keadaan()).toEqual(sebelum);
      expect(String((await evRow(evId)).diterima_at)).toBe(String(r.diterima_at));
      const hal2 = await getHalamanEvaluasi(sendiri, hendrik.skpId, 10);
      expect(hal2.bolehTerima).toBe(false);
      expect(hal2.evaluasi!.diterimaAt).toBeInstanceOf(Date);
      expect((await getEvaluasiTim(await ctxPersona("ppk"), 10)).baris[0]).toMatchObject({ diterima: true });

      // a draft cannot be acknowledged (it is not there for the pegawai): Hendrik's November draft
      const ppk = await ctxPersona("ppk");
      const nov = await simpanEvaluasi(ppk, { skpId: hendrik.skpId, checkpointId: cp[11] });
      expect(nov.status).toBe("DRAFT");
      await tanpaPerubahan(() => terimaEvaluasi(sendiri, nov.evaluasiId), "TIDAK_DITEMUKAN");
      // and a periodic evaluation is no ground for an objection
      await tanpaPerubahan(() => ajukanKeberatan({ ...sendiri, today: "2026-11-21" }, { evaluasiId: evId, alasan: "Tidak sesuai" }), "DITOLAK", { _: ["KEBERATAN_HANYA_TAHUNAN"] });
    });
  });

  // ------------------------------------------------------------------ the matrix

  describe("the predikat", () => {
    it("follows the PermenPANRB matrix for all nine combinations, set through the service", async () => {
      const subjek = await ambil(9);
      let i = 0;
      for (const hasil of RATINGS)
        for (const perilaku of RATINGS) {
          const s = subjek[i++]!;
          const ctx = await ctxOf(s.ppkId);
          const { saran } = await getHalamanEvaluasi(ctx, s.skpId, 10);
          const r = await simpanEvaluasi(ctx, { skpId: s.skpId, checkpointId: cp[10], ratingHasil: hasil, ratingPerilaku: perilaku, alasanRatingHasil: ALASAN, tetapkan: true });
          expect(r, `${hasil} × ${perilaku}`).toEqual({ evaluasiId: expect.any(String), status: "DITETAPKAN", predikat: MATRIKS[hasil][perilaku] });
          expect(await evRow(r.evaluasiId)).toMatchObject({
            skp_id: s.skpId, jenis: "PERIODIK", checkpoint_id: cp[10], penilai_id: s.ppkId, status: "DITETAPKAN", rating_hasil: hasil, rating_perilaku: perilaku,
            predikat: MATRIKS[hasil][perilaku], rating_hasil_saran: saran.rating, alasan_rating_hasil: saran.rating && saran.rating !== hasil ? ALASAN : null,
          });
          expect(await notifikasiKunci(`evaluasi:${r.evaluasiId}`)).toHaveLength(1);
        }
    });

    it("stores the predikat of a draft with both ratings, and none with one", async () => {
      const [s] = await ambil(1);
      const ctx = await ctxOf(s!.ppkId);
      const d = await simpanEvaluasi(ctx, { skpId: s!.skpId, checkpointId: cp[11], ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_BAWAH", alasanRatingHasil: ALASAN });
      expect(d).toMatchObject({ status: "DRAFT", predikat: "SANGAT_KURANG" });
      const e = await simpanEvaluasi(ctx, { skpId: s!.skpId, checkpointId: cp[11], ratingHasil: "DI_BAWAH", ratingPerilaku: "", alasanRatingHasil: ALASAN });
      expect(e).toEqual({ evaluasiId: d.evaluasiId, status: "DRAFT", predikat: null });
      expect(await evRow(d.evaluasiId)).toMatchObject({ rating_perilaku: null, predikat: null, status: "DRAFT" });
    });
  });

  // ------------------------------------------------------------------ several at once

  describe("setting several drafts at once", () => {
    it("sets the complete drafts, lists the others with the reason, and refuses another team's id", async () => {
      const [a, b, c] = await ambil(3, sql``, true);
      const ctx = await ctxOf(a!.ppkId);
      const hal = await getHalamanEvaluasi(ctx, a!.skpId, 10);
      const rhkA = hal.isi.rhk[0]!.id;
      const dA = await simpanEvaluasi(ctx, { skpId: a!.skpId, checkpointId: cp[10], ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS", alasanRatingHasil: ALASAN, umpanBalikRhk: { [rhkA]: "Baik sekali." } });
      const dB = await simpanEvaluasi(ctx, { skpId: b!.skpId, checkpointId: cp[10], ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", alasanRatingHasil: ALASAN });
      const dC = await simpanEvaluasi(ctx, { skpId: c!.skpId, checkpointId: cp[10], ratingHasil: "SESUAI", alasanRatingHasil: ALASAN });
      const dNov = await simpanEvaluasi(ctx, { skpId: a!.skpId, checkpointId: cp[11], ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN });
      expect([dA, dB, dC, dNov].map((d) => d.status)).toEqual(["DRAFT", "DRAFT", "DRAFT", "DRAFT"]);
      const tim = await getEvaluasiTim(ctx, 10);
      expect(tim.baris.filter((x) => [dA, dB, dC].some((d) => d.evaluasiId === x.evaluasiId)).map((x) => [x.evaluasiId, x.siapDitetapkan]).sort()).toEqual(
        [[dA.evaluasiId, true], [dB.evaluasiId, true], [dC.evaluasiId, false]].sort(),
      );

      // an id of another PPK's team among them (Hendrik's September evaluation), an unknown id: refused as a whole
      const hendrikSep = (await evDari(hendrik.skpId, cp[9]!))!;
      await tanpaPerubahan(() => tetapkanBanyakEvaluasi(ctx, [dA.evaluasiId, dB.evaluasiId, hendrikSep]), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanBanyakEvaluasi(ctx, [dA.evaluasiId, TIDAK_ADA]), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => tetapkanBanyakEvaluasi(await ctxOf(a!.pegawaiId), [dA.evaluasiId]), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tetapkanBanyakEvaluasi(ctx, []), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => tetapkanBanyakEvaluasi(ctx, ["x"]), "INPUT_TIDAK_VALID");

      const hasil = await tetapkanBanyakEvaluasi(ctx, [dA.evaluasiId, dB.evaluasiId, dC.evaluasiId, dNov.evaluasiId, dA.evaluasiId]);
      expect(hasil.ditetapkan).toEqual([dA.evaluasiId, dB.evaluasiId]);
      expect(hasil.dilewati).toEqual([
        { evaluasiId: dC.evaluasiId, nama: c!.nama, alasan: "RATING_WAJIB" },
        { evaluasiId: dNov.evaluasiId, nama: a!.nama, alasan: "CHECKPOINT_BELUM_BERAKHIR" },
      ]);
      expect(await evRow(dA.evaluasiId)).toMatchObject({ status: "DITETAPKAN", predikat: "BAIK", ditetapkan: true });
      expect(await evRow(dB.evaluasiId)).toMatchObject({ status: "DITETAPKAN", predikat: "SANGAT_BAIK", ditetapkan: true });
      expect(await evRow(dC.evaluasiId)).toMatchObject({ status: "DRAFT", ditetapkan: false });
      expect(await evRow(dNov.evaluasiId)).toMatchObject({ status: "DRAFT", ditetapkan: false });
      // the feedback written in the draft stays, next to what was achieved
      const rA = await rincian(dA.evaluasiId);
      expect(rA.find((r) => r.rhk_id === rhkA)).toMatchObject({ umpan_balik: "Baik sekali.", realisasi_ringkas: expect.any(String) });
      expect(rA.filter((r) => r.rhk_id)).toHaveLength(hal.isi.rhk.length);
      expect(rA.every((r) => !r.rhk_id || r.realisasi_ringkas)).toBe(true);
      for (const [d, s] of [[dA, a], [dB, b]] as const) {
        expect(await notifikasiKunci(`evaluasi:${d.evaluasiId}`)).toEqual([expect.objectContaining({ penerima_id: s!.pegawaiId, jenis: "EVALUASI_DITETAPKAN" })]);
        expect(await auditUntuk(d.evaluasiId, "EVALUASI_DITETAPKAN")).toEqual([{ aktor_id: a!.ppkId, sebelum: null, sesudah: { status: "DITETAPKAN", banyak: true } }]);
      }
      expect(await notifikasiKunci(`evaluasi:${dC.evaluasiId}`)).toEqual([]);
      // again: nothing left to set, each one says why
      const lagi = await tetapkanBanyakEvaluasi(ctx, [dA.evaluasiId, dC.evaluasiId]);
      expect(lagi).toEqual({ ditetapkan: [], dilewati: [{ evaluasiId: dA.evaluasiId, nama: a!.nama, alasan: "EVALUASI_SUDAH_DITETAPKAN" }, { evaluasiId: dC.evaluasiId, nama: c!.nama, alasan: "RATING_WAJIB" }] });
    });
  });

  // ------------------------------------------------------------------ the suggested rating

  describe("the suggested rating", () => {
    it("follows lib/domain/evaluasi for a known set of realisations, periodic and annual", async () => {
      const s = await ambilSatu(sql`and (select count(*) from rhk r join iki i on i.rhk_id = r.id where r.skp_id = s.id and i.target_min > 0) >= 2`);
      const ctx = await ctxOf(s.ppkId);
      const iki = await q<{ id: string; target_min: string; satuan: string | null }>(
        sql`select i.id, i.target_min::text as target_min, i.satuan from rhk r join iki i on i.rhk_id = r.id where r.skp_id = ${s.skpId} and i.target_min > 0 order by r.urutan, i.urutan`,
      );
      const kualitatif = await q<{ id: string }>(sql`select i.id from rhk r join iki i on i.rhk_id = r.id where r.skp_id = ${s.skpId} and i.target_min is null`);
      const catat = async (urutan: number, nilai: (target: number, i: number) => number | null) => {
        await db().execute(sql`delete from realisasi re using iki i, rhk r where re.iki_id = i.id and i.rhk_id = r.id and r.skp_id = ${s.skpId}`);
        for (const [n, k] of iki.entries()) {
          const v = nilai(Number(k.target_min), n);
          if (v !== null) await db().execute(sql`insert into realisasi (iki_id, checkpoint_id, nilai, uraian, dicatat_oleh) values (${k.id}, ${cp[urutan]}, ${v.toFixed(2)}, 'uji', ${s.pegawaiId})`);
        }
        for (const k of kualitatif) await db().execute(sql`insert into realisasi (iki_id, checkpoint_id, nilai, uraian, dicatat_oleh) values (${k.id}, ${cp[urutan]}, null, 'Selesai', ${s.pegawaiId})`);
      };
      const dariDb = async (urutan: number, tahunan: boolean) => {
        const rows = await q<{ nilai: string | null; target_min: string; satuan: string | null }>(
          sql`select re.nilai::text as nilai, i.target_min::text as target_min, i.satuan from rhk r join iki i on i.rhk_id = r.id
              left join realisasi re on re.iki_id = i.id and re.checkpoint_id = ${cp[urutan]} where r.skp_id = ${s.skpId} and i.target_min > 0`,
        );
        const fraksi = tahunan ? 1 : fraksiWaktu(s.mulai, s.selesai, "2026-10-31");
        return saranRatingHasil(rows.map((r) => ({ capaian: r.nilai === null ? null : Number(r.nilai), target: targetBerjalan(Number(r.target_min), fraksi, isSatuanTingkat(r.satuan)) })));
      };
      const tahunan = { ...ctx, today: DES5 };
      const saranTahunan = async () => (await getHalamanEvaluasi(tahunan, s.skpId, "tahunan")).saran;

      // nothing recorded: no suggestion (then any rating needs no reason)
      await catat(11, () => null);
      expect(await saranTahunan()).toEqual({ rating: null, dariOrganisasi: false, predikatOrganisasi: null, rataRata: null, dinilai: 0, terendah: null });
      // every IKI at 120 % of its target: above
      await catat(11, (t) => t * 1.2);
      expect(await saranTahunan()).toMatchObject({ rating: "DI_ATAS", rataRata: 120, dinilai: iki.length, terendah: 120 });
      // every IKI exactly at target: as expected
      await catat(11, (t) => t);
      expect(await saranTahunan()).toMatchObject({ rating: "SESUAI", rataRata: 100, terendah: 100 });
      // half the target everywhere: below
      await catat(11, (t) => t / 2);
      expect(await saranTahunan()).toMatchObject({ rating: "DI_BAWAH", rataRata: 50, terendah: 50 });
      // one IKI far over target is capped at 150 %, one IKI without a value counts 0
      await catat(11, (t, n) => (n === 0 ? t * 10 : n === 1 ? null : t * 1.2));
      const capped = await saranTahunan();
      const harap = await dariDb(11, true);
      expect(capped).toMatchObject({ rating: harap!.rating, rataRata: harap!.rataRata, dinilai: iki.length, terendah: 0 });
      expect(harap!.rataRata).toBe(Math.round((150 + 0 + 120 * (iki.length - 2)) / iki.length));

      // periodic (October): the target due by the end of October, the full target for a rate
      await catat(10, (t, n) => (n % 2 === 0 ? t * 0.9 : t * 0.7));
      const okt = (await getHalamanEvaluasi(ctx, s.skpId, 10)).saran;
      const harapOkt = await dariDb(10, false);
      expect(harapOkt).not.toBeNull();
      expect(okt).toMatchObject({ rating: harapOkt!.rating, rataRata: harapOkt!.rataRata, dinilai: harapOkt!.dinilai, terendah: harapOkt!.terendah, dariOrganisasi: false });

      // the suggestion is what is stored with the evaluation, and a rating other than it needs a reason
      const beda = lain(okt.rating);
      await tanpaPerubahan(() => simpanEvaluasi(ctx, { skpId: s.skpId, checkpointId: cp[10], ratingHasil: beda, ratingPerilaku: "SESUAI", tetapkan: true }), "INPUT_TIDAK_VALID", { alasanRatingHasil: ["ALASAN_BEDA_SARAN"] });
      const r = await simpanEvaluasi(ctx, { skpId: s.skpId, checkpointId: cp[10], ratingHasil: beda, ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN, tetapkan: true });
      expect(await evRow(r.evaluasiId)).toMatchObject({ status: "DITETAPKAN", rating_hasil: beda, rating_hasil_saran: okt.rating, alasan_rating_hasil: ALASAN });
      expect((await getHalamanEvaluasi(await ctxOf(s.pegawaiId), s.skpId, 10)).evaluasi).toMatchObject({ ratingHasil: beda, alasanRatingHasil: ALASAN });
    });

    it("makes a unit head's annual rating follow the unit's organisation rating once set", async () => {
      const s = await ambilSatu(sql`and j.kepala_unit`);
      const ctx = await ctxOf(s.ppkId, DES5);
      expect((await getHalamanEvaluasi(ctx, s.skpId, "tahunan")).saran.dariOrganisasi).toBe(false);
      await db().execute(sql`insert into predikat_organisasi (unit_id, periode_id, predikat, ditetapkan_oleh) values (${s.unitId}, ${periode2026}, 'ISTIMEWA', ${s.atasanId})`);
      const hal = await getHalamanEvaluasi(ctx, s.skpId, "tahunan");
      expect(hal.saran).toMatchObject({ rating: "DI_ATAS", dariOrganisasi: true, predikatOrganisasi: "ISTIMEWA" });
      // the periodic evaluations still suggest from the realisations
      expect((await getHalamanEvaluasi(ctx, s.skpId, 10)).saran.dariOrganisasi).toBe(false);
      // another rating is refused even with a reason, for a draft too
      for (const rating of ["SESUAI", "DI_BAWAH"] as const)
        await tanpaPerubahan(
          () => simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: rating, ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN, tetapkan: rating === "SESUAI" }),
          "INPUT_TIDAK_VALID",
          { ratingHasil: ["IKUT_PREDIKAT_ORGANISASI"] },
        );
      const r = await simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", tetapkan: true });
      expect(r).toMatchObject({ status: "DITETAPKAN", predikat: "BAIK" });
      expect(await evRow(r.evaluasiId)).toMatchObject({ jenis: "TAHUNAN", checkpoint_id: null, rating_hasil: "DI_ATAS", rating_hasil_saran: "DI_ATAS", alasan_rating_hasil: null, batas_keberatan: "2026-12-19" });
      // a plain pegawai of the same unit is not bound by it
      const [anggota] = await q<{ skp_id: string; ppk: string }>(sql`select s.id as skp_id, s.ppk_pegawai_id as ppk ${DARI_SUBJEK} where p.tahun = 2026 and s.status = 'DISETUJUI' and j.unit_id = ${s.unitId} and not j.kepala_unit and ppk.aktif limit 1`);
      if (anggota) expect((await getHalamanEvaluasi(await ctxOf(anggota.ppk, DES5), anggota.skp_id, "tahunan")).saran.dariOrganisasi).toBe(false);
    });
    it("does not let a bulk setting deliver a unit head's draft written before the organisation rating against it", async () => {
      const s = await ambilSatu(sql`and j.kepala_unit and not exists (select 1 from predikat_organisasi po where po.unit_id = j.unit_id and po.periode_id = s.periode_id)`);
      const ctx = await ctxOf(s.ppkId, DES5);
      const d = await simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN });
      expect(d).toMatchObject({ status: "DRAFT", predikat: "BAIK" });
      await db().execute(sql`insert into predikat_organisasi (unit_id, periode_id, predikat, ditetapkan_oleh) values (${s.unitId}, ${periode2026}, 'ISTIMEWA', ${s.atasanId})`);
      const sebelum = await keadaan();
      expect(await tetapkanBanyakEvaluasi(ctx, [d.evaluasiId])).toEqual({ ditetapkan: [], dilewati: [{ evaluasiId: d.evaluasiId, nama: s.nama, alasan: "IKUT_PREDIKAT_ORGANISASI" }] });
      expect(await keadaan()).toEqual(sebelum);
      // corrected to follow it, the draft is set
      await simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI" });
      expect(await tetapkanBanyakEvaluasi(ctx, [d.evaluasiId])).toEqual({ ditetapkan: [d.evaluasiId], dilewati: [] });
      expect(await evRow(d.evaluasiId)).toMatchObject({ status: "DITETAPKAN", rating_hasil: "DI_ATAS", rating_hasil_saran: "DI_ATAS", predikat: "BAIK" });
    });
  });

  // ------------------------------------------------------------------ the annual evaluation and the objection

  describe("the annual evaluation and the objection", () => {
    it("opens in December or when the period is in its appraisal season", async () => {
      const s = await ambilSatu();
      const ctx = await ctxOf(s.ppkId);
      await tanpaPerubahan(() => simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN }), "DITOLAK", { _: ["EVALUASI_TAHUNAN_BELUM_DIBUKA"] });
      await db().execute(sql`update periode set status = 'PENILAIAN' where id = ${periode2026}`);
      try {
        const d = await simpanEvaluasi(ctx, { skpId: s.skpId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN });
        expect(d).toMatchObject({ status: "DRAFT", predikat: "BAIK" });
        expect(await evRow(d.evaluasiId)).toMatchObject({ jenis: "TAHUNAN", checkpoint_id: null });
      } finally {
        await db().execute(sql`update periode set status = 'BERJALAN' where id = ${periode2026}`);
      }
      // from 1 December it is open anyway: the same draft is set
      const r = await simpanEvaluasi({ ...ctx, today: "2026-12-01" }, { skpId: s.skpId, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN, tetapkan: true });
      expect(r.status).toBe("DITETAPKAN");
      expect((await evRow(r.evaluasiId)).batas_keberatan).toBe("2026-12-15");
    });

    it("fixes the deadline at 14 calendar days; an objection on the last day is heard and rejected by the Atasan PPK", async () => {
      const s = await ambilSatu();
      const ppk = await ctxOf(s.ppkId, DES5);
      const r = await tetapkanTahunan(s, "SESUAI", "SESUAI");
      expect(r).toMatchObject({ status: "DITETAPKAN", predikat: "BAIK" });
      const evId = r.evaluasiId;
      expect(await evRow(evId)).toMatchObject({ status: "DITETAPKAN", batas_keberatan: "2026-12-19", final: false });
      expect(await notifikasiKunci(`evaluasi:${evId}`)).toEqual([
        expect.objectContaining({ penerima_id: s.pegawaiId, judul: "Evaluasi kinerja tahunan 2026 telah ditetapkan", isi: expect.stringContaining("paling lambat 2026-12-19"), tautan: `/evaluasi/${s.skpId}?tahunan=1` }),
      ]);
      const pegawai = await ctxOf(s.pegawaiId, "2026-12-19");
      const hal = await getHalamanEvaluasi(pegawai, s.skpId, "tahunan");
      expect(hal.evaluasi).toMatchObject({ status: "DITETAPKAN", keadaan: "MASA_KEBERATAN", batasKeberatan: "2026-12-19" });
      expect(hal).toMatchObject({ bolehKeberatan: true, bolehTerima: true, keberatan: null });
      expect((await getHalamanEvaluasi({ ...pegawai, today: "2026-12-20" }, s.skpId, "tahunan")).bolehKeberatan).toBe(false);
      // acknowledging does not waive the window
      await terimaEvaluasi(pegawai, evId);

      // others may not object
      const input = { evaluasiId: evId, alasan: "Capaian triwulan IV belum diperhitungkan.", buktiTautan: "https://arsip.helvetia.go.id/bukti/1" };
      await tanpaPerubahan(() => ajukanKeberatan(ppk, input), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => ajukanKeberatan(await ctxPersona("pegawai", "2026-12-19"), input), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => ajukanKeberatan(pegawai, { ...input, alasan: "  " }), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => ajukanKeberatan(pegawai, { ...input, buktiTautan: "javascript:alert(1)" }), "INPUT_TIDAK_VALID");

      // the last day: accepted
      const { keberatanId } = await ajukanKeberatan(pegawai, input);
      expect(await keberatanRow(keberatanId)).toMatchObject({
        status: "DIAJUKAN", pemohon_id: s.pegawaiId, atasan_ppk_id: s.atasanId, predikat_sebelum: "BAIK", batas_pengajuan: "2026-12-19", tanggapan_ppk: null, diputus: false,
      });
      expect(await evRow(evId)).toMatchObject({ status: "KEBERATAN", predikat: "BAIK", final: false });
      expect(await auditUntuk(keberatanId, "KEBERATAN_DIAJUKAN")).toEqual([{ aktor_id: s.pegawaiId, sebelum: null, sesudah: input }]);
      expect(await notifikasiUntuk(s.atasanId, "KEBERATAN")).toContainEqual({ judul: `${s.nama} mengajukan keberatan atas predikat kinerja`, isi: input.alasan, tautan: `/evaluasi/${s.skpId}?tahunan=1` });
      expect(await notifikasiUntuk(s.ppkId, "KEBERATAN")).toContainEqual({ judul: `${s.nama} mengajukan keberatan; Anda dapat memberi tanggapan`, isi: input.alasan, tautan: `/evaluasi/${s.skpId}?tahunan=1` });
      // the Atasan PPK's dashboard lists it
      expect((await getDasborPpk(await ctxOf(s.atasanId, "2026-12-19"))).keberatan.filter((k) => k.id === keberatanId)).toEqual([
        { id: keberatanId, skpId: s.skpId, pemohon: s.nama, alasan: input.alasan, batas: "2026-12-19", status: "DIAJUKAN" },
      ]);
      const halK = await getHalamanEvaluasi(pegawai, s.skpId, "tahunan");
      expect(halK.evaluasi!.keadaan).toBe("DALAM_KEBERATAN");
      expect(halK.keberatan).toMatchObject({ id: keberatanId, status: "DIAJUKAN", alasan: input.alasan, buktiTautan: input.buktiTautan, predikatSebelum: "BAIK" });
      expect(halK).toMatchObject({ bolehKeberatan: false, bolehTanggapi: false, bolehPutuskan: false });
      expect(await getHalamanEvaluasi({ ...ppk, today: "2026-12-19" }, s.skpId, "tahunan")).toMatchObject({ bolehTanggapi: true, bolehPutuskan: false });
      expect(await getHalamanEvaluasi(await ctxOf(s.atasanId, "2026-12-19"), s.skpId, "tahunan")).toMatchObject({ bolehTanggapi: false, bolehPutuskan: true });
      expect((await getEvaluasiTim({ ...ppk, today: "2026-12-19" }, "tahunan")).baris.find((b) => b.skpId === s.skpId)).toMatchObject({ status: "KEBERATAN", keadaan: "DALAM_KEBERATAN" });
      // once is enough while it is open
      await tanpaPerubahan(() => ajukanKeberatan(pegawai, input), "DITOLAK", { _: ["KEBERATAN_SUDAH_DIAJUKAN"] });

      // the PPK responds; the pegawai and the Atasan PPK may not respond for the PPK; a stranger sees nothing
      const tanggapan = { keberatanId, tanggapan: "Capaian triwulan IV sudah dihitung dari laporan Desember." };
      await tanpaPerubahan(() => tanggapiKeberatan(pegawai, tanggapan), "DITOLAK", { _: ["HANYA_PPK_MENANGGAPI"] });
      await tanpaPerubahan(async () => tanggapiKeberatan(await ctxOf(s.atasanId), tanggapan), "DITOLAK", { _: ["HANYA_PPK_MENANGGAPI"] });
      await tanpaPerubahan(async () => tanggapiKeberatan(await ctxPersona("pegawai"), tanggapan), "TIDAK_DITEMUKAN");
      await tanggapiKeberatan(ppk, tanggapan);
      expect(await keberatanRow(keberatanId)).toMatchObject({ status: "DIAJUKAN", tanggapan_ppk: tanggapan.tanggapan });
      expect(await auditUntuk(keberatanId, "KEBERATAN_DITANGGAPI")).toEqual([{ aktor_id: s.ppkId, sebelum: null, sesudah: { tanggapan: tanggapan.tanggapan } }]);
      expect((await notifikasiUntuk(s.atasanId, "KEBERATAN")).map((n) => n.judul)).toContain(`${ppk.actor.nama} menanggapi keberatan ${s.nama}`);

      // only the Atasan PPK decides: not the PPK, not the pegawai, not a stranger
      const tolak = { keberatanId, keputusan: "TOLAK", alasan: "Capaian sudah dinilai dengan benar." };
      await tanpaPerubahan(() => putuskanKeberatan(ppk, tolak), "DITOLAK", { _: ["HANYA_ATASAN_PPK"] });
      await tanpaPerubahan(() => putuskanKeberatan(pegawai, tolak), "DITOLAK", { _: ["HANYA_ATASAN_PPK"] });
      await tanpaPerubahan(async () => putuskanKeberatan(await ctxPersona("pegawai"), tolak), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => putuskanKeberatan(await ctxOf(s.atasanId), { ...tolak, keberatanId: TIDAK_ADA }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => putuskanKeberatan(await ctxOf(s.atasanId), { ...tolak, keputusan: "UBAH" }), "INPUT_TIDAK_VALID", { ratingHasil: ["WAJIB_DIISI"], ratingPerilaku: ["WAJIB_DIISI"] });
      await tanpaPerubahan(async () => putuskanKeberatan(await ctxOf(s.atasanId), { ...tolak, keputusan: "UBAH", ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" }), "INPUT_TIDAK_VALID", { ratingHasil: ["RATING_TIDAK_BERUBAH"] });

      const atasan = await ctxOf(s.atasanId, "2026-12-22");
      expect(await putuskanKeberatan(atasan, tolak)).toEqual({ predikat: "BAIK" });
      expect(await keberatanRow(keberatanId)).toMatchObject({ status: "DITOLAK", keputusan: tolak.alasan, diputus_oleh: s.atasanId, diputus: true, predikat_baru: null, rating_hasil_baru: null });
      expect(await evRow(evId)).toMatchObject({ status: "FINAL", final: true, predikat: "BAIK", rating_hasil: "SESUAI", rating_perilaku: "SESUAI" });
      expect((await auditUntuk(evId, "EVALUASI_FINAL"))[0]).toMatchObject({ aktor_id: s.atasanId, sesudah: { predikat: "BAIK", status: "FINAL" } });
      expect(await auditUntuk(keberatanId, "KEBERATAN_DIPUTUSKAN")).toHaveLength(1);
      for (const id of [s.pegawaiId, s.ppkId])
        expect((await notifikasiUntuk(id, "KEBERATAN")).map((n) => n.judul)).toContain("Keberatan ditolak: predikat tetap Baik");
      const halF = await getHalamanEvaluasi(pegawai, s.skpId, "tahunan");
      expect(halF.evaluasi!.keadaan).toBe("FINAL");
      expect(halF.keberatan).toMatchObject({ status: "DITOLAK", tanggapanPpk: tanggapan.tanggapan, keputusan: tolak.alasan, diputusAt: expect.any(Date) });
      expect(halF).toMatchObject({ bolehPutuskan: false, bolehTanggapi: false, bolehKeberatan: false });
      // decided is decided
      await tanpaPerubahan(() => putuskanKeberatan(atasan, tolak), "DITOLAK", { _: ["KEBERATAN_SUDAH_DIPUTUS"] });
      await tanpaPerubahan(() => putuskanKeberatan(atasan, { ...tolak, keputusan: "UBAH", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" }), "DITOLAK", { _: ["KEBERATAN_SUDAH_DIPUTUS"] });
      await tanpaPerubahan(() => tanggapiKeberatan(ppk, tanggapan), "DITOLAK", { _: ["KEBERATAN_SUDAH_DIPUTUS"] });
      await tanpaPerubahan(() => ajukanKeberatan(pegawai, input), "DITOLAK", { _: ["MASA_KEBERATAN_LEWAT"] });
      expect((await getDasborPpk(atasan)).keberatan.some((k) => k.id === keberatanId)).toBe(false);
    });

    it("refuses an objection one day late and before the evaluation is delivered", async () => {
      const s = await ambilSatu();
      const ppk = await ctxOf(s.ppkId, DES5);
      // a draft: not there for the pegawai
      const d = await simpanEvaluasi(ppk, { skpId: s.skpId, ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI", alasanRatingHasil: ALASAN });
      await tanpaPerubahan(async () => ajukanKeberatan(await ctxOf(s.pegawaiId, DES5), { evaluasiId: d.evaluasiId, alasan: "Belum adil." }), "TIDAK_DITEMUKAN");
      const r = await tetapkanTahunan(s, "DI_BAWAH", "SESUAI");
      expect(r).toMatchObject({ evaluasiId: d.evaluasiId, predikat: "BUTUH_PERBAIKAN" });
      await tanpaPerubahan(async () => ajukanKeberatan(await ctxOf(s.pegawaiId, "2026-12-20"), { evaluasiId: r.evaluasiId, alasan: "Belum adil." }), "DITOLAK", { _: ["MASA_KEBERATAN_LEWAT"] });
      expect(await evRow(r.evaluasiId)).toMatchObject({ status: "DITETAPKAN" });
    });

    it("refuses an objection when the SKP has no Atasan PPK to hear it", async () => {
      const [s] = await q<Subjek>(sql`select ${KOLOM_SUBJEK} ${DARI_SUBJEK} where p.tahun = 2026 and s.status = 'DISETUJUI' and pg.aktif and ppk.aktif
        and s.atasan_ppk_pegawai_id is null and not exists (select 1 from evaluasi e where e.skp_id = s.id and e.jenis = 'TAHUNAN') order by s.id limit 1`);
      expect(s).toBeDefined();
      dipakai.add(s!.skpId);
      const r = await tetapkanTahunan(s!, "SESUAI", "SESUAI");
      const pegawai = await ctxOf(s!.pegawaiId, "2026-12-10");
      expect((await getHalamanEvaluasi(pegawai, s!.skpId, "tahunan")).bolehKeberatan).toBe(false);
      await tanpaPerubahan(() => ajukanKeberatan(pegawai, { evaluasiId: r.evaluasiId, alasan: "Mohon ditinjau." }), "DITOLAK", { _: ["TANPA_ATASAN_PPK"] });
    });

    it("changes the ratings on an objection: the predikat follows the matrix, both are told, credit points follow", async () => {
      const s = await ambilSatu(sql`and j.jenis = 'FUNGSIONAL' and j.jenjang is not null`);
      const r = await tetapkanTahunan(s, "DI_BAWAH", "SESUAI");
      expect(r.predikat).toBe("BUTUH_PERBAIKAN");
      const pegawai = await ctxOf(s.pegawaiId, "2026-12-10");
      const { keberatanId } = await ajukanKeberatan(pegawai, { evaluasiId: r.evaluasiId, alasan: "Target utama tercapai penuh pada Desember." });
      const atasan = await ctxOf(s.atasanId, "2026-12-15");
      const ubah = { keberatanId, keputusan: "UBAH", alasan: "Bukti capaian Desember sah; hasil kerja sesuai ekspektasi.", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" };
      expect(await putuskanKeberatan(atasan, ubah)).toEqual({ predikat: MATRIKS.DI_ATAS.DI_ATAS });
      expect(await keberatanRow(keberatanId)).toMatchObject({
        status: "DIKABULKAN", predikat_sebelum: "BUTUH_PERBAIKAN", predikat_baru: "SANGAT_BAIK", rating_hasil_baru: "DI_ATAS", rating_perilaku_baru: "DI_ATAS", diputus_oleh: s.atasanId,
      });
      const ev = await evRow(r.evaluasiId);
      expect(ev).toMatchObject({ status: "FINAL", final: true, rating_hasil: "DI_ATAS", rating_perilaku: "DI_ATAS", predikat: "SANGAT_BAIK" });
      // the evaluation still satisfies "a rating other than the suggestion has a reason"
      if (ev.rating_hasil_saran && ev.rating_hasil_saran !== "DI_ATAS") expect(ev.alasan_rating_hasil).toBe(ubah.alasan);
      expect(await auditUntuk(r.evaluasiId, "EVALUASI_FINAL")).toEqual([
        {
          aktor_id: s.atasanId,
          sebelum: { ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI", predikat: "BUTUH_PERBAIKAN", status: "KEBERATAN" },
          sesudah: { ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", predikat: "SANGAT_BAIK", status: "FINAL" },
        },
      ]);
      for (const id of [s.pegawaiId, s.ppkId])
        expect((await notifikasiUntuk(id, "KEBERATAN")).map((n) => n.judul)).toContain("Keberatan dikabulkan: predikat menjadi Sangat Baik");
      // final: credit points for the new predikat over the SKP's months
      const { ruleSet } = await ruleSetPeriode(db(), periode2026);
      expect(await angkaKreditRow(r.evaluasiId)).toEqual({
        pegawai_id: s.pegawaiId, jenjang: s.jenjang, predikat: "SANGAT_BAIK", bulan: 12,
        nilai: hitungAngkaKredit({ predikat: "SANGAT_BAIK", jenjang: s.jenjang!, bulan: 12 }, ruleSet).toFixed(2),
      });
      const hal = await getHalamanEvaluasi(pegawai, s.skpId, "tahunan");
      expect(hal.angkaKredit).toEqual({ jenjang: s.jenjang, bulan: 12, nilai: hitungAngkaKredit({ predikat: "SANGAT_BAIK", jenjang: s.jenjang!, bulan: 12 }, ruleSet), final: true });
      expect(hal.keberatan).toMatchObject({ status: "DIKABULKAN", predikatBaru: "SANGAT_BAIK", ratingHasilBaru: "DI_ATAS", ratingPerilakuBaru: "DI_ATAS" });
    });

    it("counts working days, skipping weekends and the holidays the admin lists", async () => {
      const admin = await ctxPersona("admin");
      const s = await ambilSatu();
      // only the admin changes the rule
      await tanpaPerubahan(async () => simpanAturanKeberatan(await ctxOf(s.ppkId), { hari: 14, jenisHari: "KERJA", hariLibur: [] }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { hari: 0, jenisHari: "KERJA", hariLibur: [] }), "INPUT_TIDAK_VALID", { hari: ["HARI_1_365"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { hari: 14, jenisHari: "MINGGU", hariLibur: [] }), "INPUT_TIDAK_VALID", { jenisHari: ["PILIHAN_TIDAK_VALID"] });
      const libur = [{ tanggal: "2026-12-24", nama: "Cuti bersama Natal" }, { tanggal: "2026-12-25", nama: "Hari Raya Natal" }];
      await simpanAturanKeberatan(admin, { hari: 14, jenisHari: "KERJA", hariLibur: libur });
      try {
        expect(await hariLiburInstansi(db(), admin.actor.instansiId)).toEqual(["2026-12-24", "2026-12-25"]);
        expect((await ruleSetPeriode(db(), periode2026)).ruleSet.keberatan).toEqual({ hari: 14, jenisHari: "KERJA" });
        // delivered on Saturday 5 December: 7–11, 14–18, 21–23 December are 13 working days, then 24/25 (holidays) and the weekend, 28 is the 14th
        const r = await tetapkanTahunan(s, "SESUAI", "DI_ATAS");
        expect(await evRow(r.evaluasiId)).toMatchObject({ status: "DITETAPKAN", batas_keberatan: "2026-12-28" });
        const { keberatanId } = await ajukanKeberatan(await ctxOf(s.pegawaiId, "2026-12-28"), { evaluasiId: r.evaluasiId, alasan: "Perilaku kerja layak di atas ekspektasi." });
        expect(await keberatanRow(keberatanId)).toMatchObject({ status: "DIAJUKAN", batas_pengajuan: "2026-12-28" });
        expect((await auditUntuk((await ruleSetPeriode(db(), periode2026)).regulasiId, "ATURAN_KEBERATAN_DIUBAH")).at(-1)).toMatchObject({
          aktor_id: admin.actor.pegawaiId, sebelum: { keberatan: { hari: 14, jenisHari: "KALENDER" }, hariLibur: [] }, sesudah: { keberatan: { hari: 14, jenisHari: "KERJA" }, hariLibur: libur },
        });
        // deadlines already fixed stay when the rule changes back
        await simpanAturanKeberatan(admin, { hari: 14, jenisHari: "KALENDER", hariLibur: [] });
        expect(await evRow(r.evaluasiId)).toMatchObject({ batas_keberatan: "2026-12-28" });
      } finally {
        await simpanAturanKeberatan(admin, { hari: 14, jenisHari: "KALENDER", hariLibur: [] });
      }
      expect((await ruleSetPeriode(db(), periode2026)).ruleSet.keberatan).toEqual({ hari: 14, jenisHari: "KALENDER" });
    });
  });

  // ------------------------------------------------------------------ final and credit points

  describe("final after the window, and credit points", () => {
    it("finalises annual evaluations past their deadline and writes the credit points of functional positions", async () => {
      const { ruleSet } = await ruleSetPeriode(db(), periode2026);
      // Hendrik: Ahli Pertama, the full year, Sangat Baik → 18.75
      expect(hendrik).toMatchObject({ jenis: "FUNGSIONAL", jenjang: "AHLI_PERTAMA", mulai: "2026-01-01", selesai: "2026-12-31" });
      const hH = await tetapkanTahunan(hendrik, "DI_ATAS", "DI_ATAS");
      expect(hH).toMatchObject({ status: "DITETAPKAN", predikat: "SANGAT_BAIK" });
      // Ayu Maharani's first SKP of the year ends in June: her annual evaluation for it is open already
      const [ayu] = await q<Subjek>(sql`select ${KOLOM_SUBJEK} ${DARI_SUBJEK} where p.tahun = 2026 and s.status = 'DISETUJUI' and s.berlaku_selesai < '2026-12-31' and j.jenis = 'FUNGSIONAL' order by s.berlaku_mulai limit 1`);
      expect(ayu).toMatchObject({ jenjang: "AHLI_PERTAMA", mulai: "2026-01-01", selesai: "2026-06-30" });
      const hA = await tetapkanTahunan(ayu!, "SESUAI", "SESUAI", TODAY);
      expect(hA).toMatchObject({ status: "DITETAPKAN", predikat: "BAIK" });
      expect((await evRow(hA.evaluasiId)).batas_keberatan).toBe("2026-12-04");
      // an assignment that began in November: two months (set up by moving a fresh SKP's start)
      const baru = await ambilSatu(sql`and j.jenis = 'FUNGSIONAL' and j.jenjang = 'AHLI_PERTAMA'`);
      await db().execute(sql`update skp set berlaku_mulai = '2026-11-01' where id = ${baru.skpId}`);
      const hB = await tetapkanTahunan(baru, "SESUAI", "DI_ATAS");
      expect(hB.predikat).toBe("BAIK");
      // a non-functional position gets no credit points
      const struktural = await ambilSatu(sql`and j.jenis <> 'FUNGSIONAL'`);
      const hS = await tetapkanTahunan(struktural, "SESUAI", "SESUAI");
      // a periodic evaluation never becomes final through this
      const periodik = (await evDari(hendrik.skpId, cp[10]!))!;

      // on the last day of the window nothing of Hendrik's changes; Ayu's window closed on 4 December
      await finalkanEvaluasiLewatTenggat(db(), "2026-12-19");
      expect(await evRow(hH.evaluasiId)).toMatchObject({ status: "DITETAPKAN", final: false });
      expect(await evRow(hA.evaluasiId)).toMatchObject({ status: "FINAL", final: true });
      expect(await angkaKreditRow(hA.evaluasiId)).toEqual({ pegawai_id: ayu!.pegawaiId, jenjang: "AHLI_PERTAMA", predikat: "BAIK", bulan: 6, nilai: "6.25" });

      const sebelumAudit = (await auditUntuk(hH.evaluasiId, "EVALUASI_FINAL")).length;
      const n = await finalkanEvaluasiLewatTenggat(db(), "2026-12-20");
      expect(n).toBeGreaterThanOrEqual(3);
      for (const id of [hH.evaluasiId, hB.evaluasiId, hS.evaluasiId]) expect(await evRow(id)).toMatchObject({ status: "FINAL", final: true });
      expect(await evRow(periodik)).toMatchObject({ status: "DITETAPKAN", final: false });
      expect(await auditUntuk(hH.evaluasiId, "EVALUASI_FINAL")).toHaveLength(sebelumAudit + 1);
      expect((await auditUntuk(hH.evaluasiId, "EVALUASI_FINAL")).at(-1)).toEqual({ aktor_id: null, sebelum: null, sesudah: { status: "FINAL", sebab: "MASA_KEBERATAN_BERAKHIR" } });

      expect(await angkaKreditRow(hH.evaluasiId)).toEqual({ pegawai_id: hendrik.pegawaiId, jenjang: "AHLI_PERTAMA", predikat: "SANGAT_BAIK", bulan: 12, nilai: "18.75" });
      expect(await angkaKreditRow(hB.evaluasiId)).toEqual({ pegawai_id: baru.pegawaiId, jenjang: "AHLI_PERTAMA", predikat: "BAIK", bulan: 2, nilai: "2.08" });
      expect(await angkaKreditRow(hS.evaluasiId)).toBeUndefined();
      // the rows are the domain function for the SKP's months
      for (const [id, s] of [[hH.evaluasiId, hendrik], [hA.evaluasiId, ayu!], [hB.evaluasiId, { ...baru, mulai: "2026-11-01" }]] as const) {
        const row = (await angkaKreditRow(id))!;
        expect(row.bulan).toBe(bulanBerlaku(s.mulai, s.selesai));
        expect(row.nilai).toBe(hitungAngkaKredit({ predikat: row.predikat, jenjang: row.jenjang, bulan: row.bulan }, ruleSet).toFixed(2));
      }
      // the page shows them as final; nothing more to finalise
      expect((await getHalamanEvaluasi(await ctxOf(hendrik.pegawaiId, "2026-12-21"), hendrik.skpId, "tahunan")).angkaKredit).toEqual({ jenjang: "AHLI_PERTAMA", bulan: 12, nilai: 18.75, final: true });
      const sebelum = await keadaan();
      expect(await finalkanEvaluasiLewatTenggat(db(), "2026-12-21")).toBe(0);
      expect(await keadaan()).toEqual(sebelum);
      // an objection after the evaluation became final is refused
      await tanpaPerubahan(async () => ajukanKeberatan(await ctxOf(hendrik.pegawaiId, "2026-12-19"), { evaluasiId: hH.evaluasiId, alasan: "Terlambat." }), "DITOLAK", { _: ["MASA_KEBERATAN_LEWAT"] });
    });

    it("shows provisional credit points before final, and last year's rows match the domain function", async () => {
      const s = await ambilSatu(sql`and j.jenis = 'FUNGSIONAL' and j.jenjang = 'AHLI_PERTAMA'`);
      const r = await tetapkanTahunan(s, "DI_ATAS", "DI_ATAS");
      const hal = await getHalamanEvaluasi(await ctxOf(s.pegawaiId, DES5), s.skpId, "tahunan");
      expect(hal.angkaKredit).toEqual({ jenjang: "AHLI_PERTAMA", bulan: 12, nilai: 18.75, final: false });
      expect(await angkaKreditRow(r.evaluasiId)).toBeUndefined();
      // the spec's examples through the domain function with values read from the database
      const { ruleSet } = await ruleSetPeriode(db(), periode2026);
      expect(hitungAngkaKredit({ predikat: "SANGAT_BAIK", jenjang: s.jenjang!, bulan: bulanBerlaku(s.mulai, s.selesai) }, ruleSet)).toBe(18.75);
      expect(hitungAngkaKredit({ predikat: "BAIK", jenjang: s.jenjang!, bulan: bulanBerlaku("2026-11-01", s.selesai) }, ruleSet)).toBe(2.08);
      const lalu = await q<{ jenjang: Jenjang; predikat: Predikat; bulan: number; nilai: string; mulai: string; selesai: string; status: string }>(
        sql`select ak.jenjang, ak.predikat, ak.bulan, ak.nilai::text as nilai, s.berlaku_mulai::text as mulai, s.berlaku_selesai::text as selesai, e.status
            from angka_kredit ak join evaluasi e on e.id = ak.evaluasi_id join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id where p.tahun = 2025`,
      );
      expect(lalu.length).toBeGreaterThan(0);
      for (const a of lalu) {
        expect(a.status).toBe("FINAL");
        expect(a.nilai).toBe(hitungAngkaKredit({ predikat: a.predikat, jenjang: a.jenjang, bulan: a.bulan }).toFixed(2));
      }
    });
  });
});
