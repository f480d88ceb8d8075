/**
 * The SKP services against a freshly seeded Pemerintah Kota Helvetia: creating a plan (empty, from
 * last period, from what the supervisor handed down, after a mid-year move), saving the draft with
 * optimistic locking, the workflow with notes, notifications and frozen versions, the PPK's
 * expectations and the matriks peran hasil. Every refused call must leave the database as it was.
 *
 * The suite seeds once; each test picks its own subjects (an SKP no other test touches) by querying
 * the database, so tests do not depend on each other's order.
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from "@/lib/domain/constants";
import { bandingkanSkp, formatTarget, type SkpDokumen } from "@/lib/domain/skp";
import type { SkpDraftForm } from "@/lib/schemas/skp";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak } from "@/lib/testing/ditolak";
import { loadActor, type ServiceContext } from "./context";
import { faktaPegawai } from "./hierarki";
import {
  ajukanSkp,
  bukaVersiBaruSkp,
  buatSkp,
  getAntrianSkp,
  getDokumenSkp,
  getOpsiSkpBaru,
  getSkp,
  getTimSkp,
  getVersiSkp,
  kembalikanSkp,
  nilaiForm,
  serahkanRhk,
  setujuiBanyakSkp,
  setujuiSkp,
  simpanDraftSkp,
  tarikSkp,
  tulisEkspektasi,
} from "./skp";
import { muatDokumenSkp } from "./skp-dokumen";

const TODAY = "2026-11-20";
const KEMARIN = "2026-11-19";
const roster = buildHelvetiaRoster();
const PERSONA_IDS = new Set(Object.values(roster.persona));

type StatusSkp = "DRAFT" | "DIAJUKAN" | "REVISI" | "DISETUJUI";
type Subjek = {
  id: string;
  pegawai_id: string;
  ppk_pegawai_id: string;
  atasan_ppk_pegawai_id: string | null;
  lock_version: number;
  status: StatusSkp;
  unit_path: string;
  nip: string;
};

const clone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Builds the suite's helpers over an open, seeded database. `dipakai` holds the SKPs (and people)
 * already given to a test.
 */
function alat(getHandle: () => DbHandle) {
  const db = () => getHandle().db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const dipakai = new Set<string>();

  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);
  const ctxPersona = (key: PersonaKey) => ctxOf(roster.persona[key]);

  const skpKolom = sql`s.id, s.pegawai_id, s.ppk_pegawai_id, s.atasan_ppk_pegawai_id, s.lock_version, s.status, u.path as unit_path, pg.nip
      from skp s join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id
      join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id`;

  /** Is the SKP's recorded PPK still the owner's PPK today (so the workflow sees the same people)? */
  const ppkTetap = async (s: Subjek) => {
    const f = await faktaPegawai(db(), s.pegawai_id, TODAY);
    const aktif = await q<{ n: number }>(sql`select count(*)::int as n from penugasan where pegawai_id = ${s.pegawai_id}
      and mulai <= ${TODAY}::date and (selesai is null or selesai >= ${TODAY}::date)`);
    return f?.ppkPegawaiId === s.ppk_pegawai_id && f.atasanPpkPegawaiId === s.atasan_ppk_pegawai_id && Number(aktif[0]!.n) === 1;
  };

  /** A 2026 kuantitatif SKP (non-JPT unless asked) in `status` that no other test uses, with a PPK who is still the owner's PPK. */
  const ambilSkp = async (
    status: StatusSkp,
    opsi: { ppk?: string; unitPath?: string; kecuali?: readonly string[]; bentuk?: "JPT" | "NON_JPT" } = {},
  ): Promise<Subjek> => {
    const rows = await q<Subjek>(sql`select ${skpKolom}
      where p.tahun = 2026 and s.status = ${status} and s.bentuk = ${opsi.bentuk ?? "NON_JPT"} and s.pendekatan = 'KUANTITATIF'
        and s.ppk_pegawai_id is not null
        ${opsi.ppk ? sql`and s.ppk_pegawai_id = ${opsi.ppk}` : sql``}
      order by pg.nip`);
    for (const s of rows) {
      if (dipakai.has(s.id) || dipakai.has(s.pegawai_id) || PERSONA_IDS.has(s.pegawai_id)) continue;
      if (opsi.kecuali?.includes(s.id)) continue;
      if (opsi.unitPath && !s.unit_path.startsWith(opsi.unitPath)) continue;
      if (!(await ppkTetap(s))) continue;
      dipakai.add(s.id);
      dipakai.add(s.pegawai_id);
      return { ...s, lock_version: Number(s.lock_version) };
    }
    throw new Error(`no unused ${status} SKP left`);
  };

  const skpMilik = async (pegawaiId: string): Promise<Subjek> => {
    const [s] = await q<Subjek>(sql`select ${skpKolom} where p.tahun = 2026 and s.pegawai_id = ${pegawaiId} order by s.berlaku_mulai desc`);
    if (!s) throw new Error(`no 2026 SKP for ${pegawaiId}`);
    return { ...s, lock_version: Number(s.lock_version) };
  };

  /** A colleague holding no role but PEGAWAI: one with the same PPK, else one of the same perangkat daerah. */
  const rekanDari = async (s: Subjek): Promise<ServiceContext> => {
    const pd = s.unit_path.split("/")[2]!;
    const rows = await q<{ pegawai_id: string }>(sql`select s.pegawai_id from skp s join periode p on p.id = s.periode_id
        join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
      where p.tahun = 2026 and s.pegawai_id <> ${s.pegawai_id} and (s.ppk_pegawai_id = ${s.ppk_pegawai_id} or u.path like ${`%/${pd}/%`})
      order by (s.ppk_pegawai_id = ${s.ppk_pegawai_id}) desc, s.pegawai_id limit 60`);
    for (const r of rows) {
      const ctx = await ctxOf(r.pegawai_id);
      if (ctx.actor.peran.join() === "PEGAWAI") return ctx;
    }
    throw new Error(`no peer for ${s.id}`);
  };

  /** A plain pegawai of another perangkat daerah (the second segment of the unit path). */
  const orangLuar = async (s: Subjek): Promise<ServiceContext> => {
    const pd = s.unit_path.split("/")[2]!;
    const rows = await q<{ pegawai_id: string; unit_path: string }>(sql`select s.pegawai_id, u.path as unit_path
      from skp s join periode p on p.id = s.periode_id join penugasan pn on pn.id = s.penugasan_id
      join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and u.path not like ${`%/${pd}/%`} order by s.pegawai_id limit 40`);
    for (const r of rows) {
      const ctx = await ctxOf(r.pegawai_id);
      if (ctx.actor.peran.join() === "PEGAWAI") return ctx;
    }
    throw new Error("no outsider");
  };

  /** Everything a refused call must not touch: the SKP's rows, and the global audit and notification counts. */
  const keadaan = async (skpId: string) => {
    const [[s], rhkRows, ikiRows, lampiran, catatan, ekspektasi, versi, jejak] = await Promise.all([
      q(sql`select status, versi, lock_version, ppk_pegawai_id, atasan_ppk_pegawai_id, pendekatan, diajukan_at, disetujui_at, updated_at
              from skp where id = ${skpId}`),
      q(sql`select id, jenis, urutan, uraian, rhk_atasan_id, perspektif from rhk where skp_id = ${skpId} order by id`),
      q(sql`select k.id, k.rhk_id, k.urutan, k.aspek, k.indikator, k.target_min, k.target_max, k.satuan, k.target_kualitatif
              from iki k join rhk r on r.id = k.rhk_id where r.skp_id = ${skpId} order by k.id`),
      q(sql`select bagian, urutan, uraian from lampiran_skp where skp_id = ${skpId} order by bagian, urutan`),
      q(sql`select id, rhk_id, iki_id, isi, selesai from catatan_skp where skp_id = ${skpId} order by id`),
      q(sql`select nilai, ekspektasi from ekspektasi_perilaku where skp_id = ${skpId} order by nilai`),
      q(sql`select nomor, disetujui_oleh from skp_versi where skp_id = ${skpId} order by nomor`),
      jejakGlobal(),
    ]);
    return clone({ s, rhkRows, ikiRows, lampiran, catatan, ekspektasi, versi, jejak });
  };
  const jejakGlobal = async () => {
    const [r] = await q<{ audit: number; notifikasi: number; skp: number; matriks: number }>(sql`select
      (select count(*)::int from audit_log) as audit, (select count(*)::int from notifikasi) as notifikasi,
      (select count(*)::int from skp) as skp, (select count(*)::int from matriks_peran) as matriks`);
    return r!;
  };

  const auditUntuk = (entitasId: string, aksi: string) =>
    q<{ aktor_id: string; aksi: string; sebelum: unknown; sesudah: unknown }>(
      sql`select aktor_id, aksi, sebelum, sesudah from audit_log where entitas_id = ${entitasId} and aksi = ${aksi} order by id`,
    );
  const notifikasiUntuk = (penerimaId: string, jenis: string) =>
    q<{ judul: string; isi: string; tautan: string | null; dibaca_at: unknown }>(
      sql`select judul, isi, tautan, dibaca_at from notifikasi where penerima_id = ${penerimaId} and jenis = ${jenis} order by created_at, id`,
    );
  const statusSkp = async (id: string) => (await q<{ status: StatusSkp }>(sql`select status from skp where id = ${id}`))[0]!.status;
  const dokumen = async (id: string) => (await muatDokumenSkp(db(), [id], TODAY))[0]!;

  /** The owner's current form values, ready to edit. */
  const formulir = async (s: Subjek) => {
    const h = await getSkp(await ctxOf(s.pegawai_id), s.id);
    return { halaman: h, form: clone(nilaiForm(h.dokumen, h.lockVersion)) as SkpDraftForm };
  };

  return { db, q, dipakai, ctxOf, ctxPersona, ambilSkp, skpMilik, rekanDari, orangLuar, keadaan, jejakGlobal, auditUntuk, notifikasiUntuk, statusSkp, dokumen, formulir };
}

type IkiForm = SkpDraftForm["rhk"][number]["iki"][number];
const ikiBaru = (over: Partial<IkiForm> = {}): IkiForm => ({
  id: "",
  aspek: "KUANTITAS",
  indikator: "Jumlah laporan yang diselesaikan",
  targetMin: "4",
  targetMax: "",
  satuan: "laporan",
  targetKualitatif: "",
  ...over,
});

describe.each(testDatabases())("SKP services on $name", (target) => {
  let handle: DbHandle;
  const t = alat(() => handle);
  const { q, ctxOf, ctxPersona, ambilSkp, skpMilik, rekanDari, orangLuar, keadaan, jejakGlobal, auditUntuk, notifikasiUntuk, statusSkp, dokumen, formulir } = t;
  /** The PPK with the most submitted plans: kept for bulk approval. */
  let kelompokBanyak: { ppk: string; ids: string[] };
  /** Yohanes' team: kept for the matriks peran hasil. */
  let timPpk: Subjek[];

  beforeAll(async () => {
    handle = await target.open();
    await seedHelvetia(handle.db, { today: TODAY });
    const [g] = await q<{ ppk: string; ids: string[] }>(sql`select s.ppk_pegawai_id as ppk, array_agg(s.id::text order by s.id) as ids
      from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.status = 'DIAJUKAN'
      group by s.ppk_pegawai_id order by count(*) desc, s.ppk_pegawai_id limit 1`);
    kelompokBanyak = g!;
    for (const id of kelompokBanyak.ids) t.dipakai.add(id);
    timPpk = await q<Subjek>(sql`select s.id, s.pegawai_id, s.ppk_pegawai_id, s.atasan_ppk_pegawai_id, s.lock_version, s.status, '' as unit_path, '' as nip
      from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.ppk_pegawai_id = ${roster.persona.ppk}`);
    for (const s of timPpk) {
      t.dipakai.add(s.id);
      t.dipakai.add(s.pegawai_id);
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  // ------------------------------------------------------------------ reading

  describe("reading", () => {
    it("shows the owner, the PPK, the unit's leader, admin and auditor the SKP, and nobody else", async () => {
      const siti = await skpMilik(roster.persona.pegawai);
      const pemilik = await getSkp(await ctxPersona("pegawai"), siti.id);
      expect(pemilik.dokumen).toMatchObject({ id: siti.id, status: "DISETUJUI", versi: 1, pegawai: { id: roster.persona.pegawai, nama: "Siti Rahmawati, S.Kom." } });
      expect(pemilik.dokumen.ppk).toMatchObject({ id: roster.persona.ppk, nama: "Yohanes Pattiasina, S.Kom., M.Kom." });
      expect(pemilik).toMatchObject({ peran: ["PEGAWAI"], bolehUbah: false, bolehEkspektasi: false, aksi: ["UBAH"], syarat: [] });
      expect(pemilik.versi.map((v) => v.nomor)).toEqual([1]);
      expect(pemilik.dokumen.perilaku).toHaveLength(7);
      expect(pemilik.dokumen.perilaku.every((p) => p.ekspektasi.length > 0)).toBe(true);
      // the Utama RHK name the PPK's RHK they support, which are offered as options
      const opsi = new Set(pemilik.rhkAtasan.map((r) => r.id));
      expect(opsi.size).toBeGreaterThan(0);
      for (const r of pemilik.dokumen.rhk.filter((x) => x.jenis === "UTAMA")) expect(opsi.has(r.rhkAtasanId!)).toBe(true);

      const ppk = await getSkp(await ctxPersona("ppk"), siti.id);
      expect(ppk).toMatchObject({ peran: ["PPK"], bolehUbah: false, bolehEkspektasi: false, aksi: ["UBAH"] });

      for (const key of ["kepala-dinas", "sekda", "admin", "auditor"] as const) {
        const h = await getSkp(await ctxPersona(key), siti.id);
        expect(h.aksi, key).toEqual([]);
        expect(h.bolehUbah, key).toBe(false);
        expect(h.dokumen.id).toBe(siti.id);
      }
      await ditolak(getSkp(await rekanDari(siti), siti.id), "TIDAK_DITEMUKAN");
      await ditolak(getSkp(await ctxPersona("plt"), siti.id), "TIDAK_DITEMUKAN");
      await ditolak(getSkp(await ctxPersona("pegawai"), "bukan-uuid"), "TIDAK_DITEMUKAN");
      await ditolak(getSkp(await ctxPersona("admin"), "00000000-0000-4000-8000-000000000000"), "TIDAK_DITEMUKAN");
    });

    it("lists exactly the workflow events each party may fire", async () => {
      const draf = await ambilSkp("DRAFT");
      const aju = await ambilSkp("DIAJUKAN");
      const revisi = await ambilSkp("REVISI");
      const aksi = async (pegawaiId: string, id: string) => (await getSkp(await ctxOf(pegawaiId), id)).aksi;

      expect(await aksi(draf.pegawai_id, draf.id)).toEqual(["AJUKAN"]);
      expect(await aksi(draf.ppk_pegawai_id, draf.id)).toEqual([]);
      expect(await aksi(revisi.pegawai_id, revisi.id)).toEqual(["AJUKAN"]);
      expect(await aksi(revisi.ppk_pegawai_id, revisi.id)).toEqual([]);
      expect(await aksi(aju.pegawai_id, aju.id)).toEqual(["TARIK"]);
      expect(await aksi(aju.ppk_pegawai_id, aju.id)).toEqual(["KEMBALIKAN", "SETUJUI"]);
      if (aju.atasan_ppk_pegawai_id) {
        const atasan = await getSkp(await ctxOf(aju.atasan_ppk_pegawai_id), aju.id);
        expect(atasan.peran).toEqual(["ATASAN_PPK"]);
        expect(atasan.aksi).toEqual([]);
      }
      const pemilikDraf = await getSkp(await ctxOf(draf.pegawai_id), draf.id);
      expect(pemilikDraf).toMatchObject({ bolehUbah: true, bolehEkspektasi: false });
      const ppkDraf = await getSkp(await ctxOf(draf.ppk_pegawai_id), draf.id);
      expect(ppkDraf).toMatchObject({ peran: ["PPK"], bolehUbah: false, bolehEkspektasi: true });
      // the returned plan shows the PPK's open notes
      const r = await getSkp(await ctxOf(revisi.pegawai_id), revisi.id);
      expect(r.catatan.length).toBeGreaterThan(0);
      expect(r.catatan.every((c) => !c.selesai && c.penulis.length > 0)).toBe(true);
    });

    it("gives the document and the frozen versions to those who may read, not to others", async () => {
      const s = await ambilSkp("DISETUJUI");
      const pemilik = await ctxOf(s.pegawai_id);
      const doc = await getDokumenSkp(pemilik, s.id);
      expect(doc).toEqual(await dokumen(s.id));
      expect(doc.tempat).toBe("Kota Helvetia");
      expect(doc.periode.tahun).toBe(2026);
      const v1 = await getVersiSkp(pemilik, s.id, 1);
      const [frozen] = await q<{ isi: SkpDokumen }>(sql`select isi from skp_versi where skp_id = ${s.id} and nomor = 1`);
      expect(v1).toEqual(frozen!.isi);
      expect(v1).toMatchObject({ id: s.id, versi: 1, status: "DISETUJUI" });
      expect(await getVersiSkp(await ctxOf(s.ppk_pegawai_id), s.id, "kini")).toEqual(doc);
      await ditolak(getVersiSkp(pemilik, s.id, 2), "TIDAK_DITEMUKAN");
      const rekan = await rekanDari(s);
      await ditolak(getDokumenSkp(rekan, s.id), "TIDAK_DITEMUKAN");
      await ditolak(getVersiSkp(rekan, s.id, 1), "TIDAK_DITEMUKAN");
      await ditolak(getVersiSkp(rekan, s.id, "kini"), "TIDAK_DITEMUKAN");
    });

    it("queues the submitted plans for their PPK only", async () => {
      const ppk = await ctxPersona("ppk");
      const antrian = await getAntrianSkp(ppk);
      const harap = await q<{ id: string }>(sql`select id from skp where ppk_pegawai_id = ${roster.persona.ppk} and status = 'DIAJUKAN'`);
      expect(harap.length).toBeGreaterThan(0);
      expect(antrian.map((a) => a.skpId).sort()).toEqual(harap.map((h) => h.id).sort());
      for (const a of antrian) {
        expect(a.jumlahRhk).toBeGreaterThan(0);
        expect(a.jumlahIki).toBeGreaterThanOrEqual(a.jumlahRhk);
        expect(a.diajukanAt).not.toBeNull();
      }
      await ditolak(getAntrianSkp(await ctxPersona("pegawai")), "TIDAK_DITEMUKAN");
    });
  });

  // ------------------------------------------------------------------ creating

  describe("buatSkp", () => {
    /** Pegawai without a 2026 SKP for their assignment, whose PPK has a 2026 SKP. */
    const tanpaSkp = async () => {
      const rows = await q<{ pegawai_id: string; penugasan_id: string }>(sql`select pn.pegawai_id, pn.id as penugasan_id from penugasan pn
        where pn.mulai <= ${TODAY}::date and (pn.selesai is null or pn.selesai >= ${TODAY}::date) and pn.jenis = 'DEFINITIF'
          and not exists (select 1 from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.penugasan_id = pn.id)
        order by pn.pegawai_id`);
      for (const r of rows) {
        if (t.dipakai.has(r.pegawai_id)) continue;
        const f = await faktaPegawai(t.db(), r.pegawai_id, TODAY);
        if (!f?.ppkPegawaiId) continue;
        const ppkRhk = await q<{ id: string }>(sql`select r.id from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
          where p.tahun = 2026 and s.pegawai_id = ${f.ppkPegawaiId} and r.jenis = 'UTAMA' order by r.urutan`);
        if (ppkRhk.length === 0) continue;
        t.dipakai.add(r.pegawai_id);
        return { ...r, ppk: f.ppkPegawaiId, atasanPpk: f.atasanPpkPegawaiId, ppkRhk: ppkRhk.map((x) => x.id) };
      }
      throw new Error("no pegawai without an SKP left");
    };

    it("creates an empty draft for the actor's own assignment, once", async () => {
      const o = await tanpaSkp();
      const ctx = await ctxOf(o.pegawai_id);
      const opsi = await getOpsiSkpBaru(ctx);
      expect(opsi.periode).toMatchObject({ nama: expect.stringContaining("2026") });
      expect(opsi.penugasan.map((p) => p.penugasanId)).toEqual([o.penugasan_id]);
      expect(opsi.adaSkpSebelumnya).toBe(true);
      const ppkNotif = (await notifikasiUntuk(o.ppk, "RHK_ATASAN_DIBUTUHKAN")).length;

      const { id } = await buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "KUANTITATIF", sumber: "KOSONG" });
      const [row] = await q(sql`select status, versi, lock_version, pegawai_id, penugasan_id, ppk_pegawai_id, atasan_ppk_pegawai_id, bentuk, pendekatan,
        berlaku_mulai::text as mulai, berlaku_selesai::text as selesai from skp where id = ${id}`);
      expect(row).toMatchObject({
        status: "DRAFT", versi: 1, lock_version: 0, pegawai_id: o.pegawai_id, penugasan_id: o.penugasan_id, ppk_pegawai_id: o.ppk,
        atasan_ppk_pegawai_id: o.atasanPpk, bentuk: "NON_JPT", pendekatan: "KUANTITATIF", mulai: "2026-01-01", selesai: "2026-12-31",
      });
      expect((await dokumen(id)).rhk).toEqual([]);
      const [audit] = await auditUntuk(id, "SKP_DIBUAT");
      expect(audit).toMatchObject({ aktor_id: o.pegawai_id, sebelum: null, sesudah: { sumber: "KOSONG", rhk: 0 } });
      // the PPK has RHK, so nobody is asked to write them
      expect(await notifikasiUntuk(o.ppk, "RHK_ATASAN_DIBUTUHKAN")).toHaveLength(ppkNotif);
      expect((await getOpsiSkpBaru(ctx)).penugasan).toEqual([]);

      const sebelum = await jejakGlobal();
      await ditolak(buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "KUALITATIF", sumber: "KOSONG" }), "KONFLIK", { penugasanId: ["SKP_SUDAH_ADA"] });
      expect(await jejakGlobal()).toEqual(sebelum);
    });

    it("refuses someone else's assignment and malformed input, creating nothing", async () => {
      const siti = await skpMilik(roster.persona.pegawai);
      const [pnSiti] = await q<{ penugasan_id: string }>(sql`select penugasan_id from skp where id = ${siti.id}`);
      const [lain] = await q<{ penugasan_id: string }>(sql`select penugasan_id from skp where pegawai_id = ${roster.persona.ppk} order by berlaku_mulai desc limit 1`);
      const o = { pegawai_id: roster.persona.pegawai, penugasan_id: pnSiti!.penugasan_id };
      const ctx = await ctxOf(o.pegawai_id);
      const sebelum = await jejakGlobal();
      // the actor's own assignment already has its SKP
      await ditolak(buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "KUANTITATIF", sumber: "KOSONG" }), "KONFLIK");
      await ditolak(buatSkp(ctx, { penugasanId: lain!.penugasan_id, pendekatan: "KUANTITATIF", sumber: "KOSONG" }), "INPUT_TIDAK_VALID", {
        penugasanId: ["PILIHAN_TIDAK_VALID"],
      });
      await ditolak(buatSkp(ctx, { penugasanId: "x", pendekatan: "KUANTITATIF", sumber: "KOSONG" }), "INPUT_TIDAK_VALID", { penugasanId: ["PILIHAN_TIDAK_VALID"] });
      await ditolak(buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "LAIN", sumber: "KOSONG" }), "INPUT_TIDAK_VALID");
      // an ended assignment of the actor is not offered either
      const [lama] = await q<{ id: string }>(sql`select id from penugasan where pegawai_id = ${o.pegawai_id} and selesai < ${TODAY}::date limit 1`);
      if (lama) await ditolak(buatSkp(ctx, { penugasanId: lama.id, pendekatan: "KUANTITATIF", sumber: "KOSONG" }), "INPUT_TIDAK_VALID");
      expect(await jejakGlobal()).toEqual(sebelum);
    });

    it("copies last period's RHK, IKI and lampiran without the cascade links", async () => {
      const o = await tanpaSkp();
      const ctx = await ctxOf(o.pegawai_id);
      const [lalu] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id
        where p.tahun = 2025 and s.pegawai_id = ${o.pegawai_id} order by s.berlaku_mulai desc limit 1`);
      const docLalu = await dokumen(lalu!.id);
      expect(docLalu.rhk.length).toBeGreaterThan(0);
      expect(docLalu.rhk.some((r) => r.rhkAtasanId)).toBe(true);

      const { id } = await buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "KUANTITATIF", sumber: "SEBELUMNYA" });
      const doc = await dokumen(id);
      const isi = (d: SkpDokumen) =>
        d.rhk.map((r) => ({ jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, iki: r.iki.map(({ id: _id, ...k }) => k) }));
      expect(isi(doc)).toEqual(isi(docLalu));
      expect(doc.rhk.every((r) => r.rhkAtasanId === null && r.rhkAtasanUraian === null)).toBe(true);
      expect(doc.lampiran).toEqual(docLalu.lampiran);
      expect(Object.values(doc.lampiran).flat().length).toBeGreaterThan(0);
      // new rows, not moved ones: last year's plan is untouched
      const lamaIds = new Set(docLalu.rhk.flatMap((r) => [r.id, ...r.iki.map((k) => k.id)]));
      expect(doc.rhk.flatMap((r) => [r.id, ...r.iki.map((k) => k.id)]).some((x) => lamaIds.has(x))).toBe(false);
      expect(await dokumen(lalu!.id)).toEqual(docLalu);
      expect((await auditUntuk(id, "SKP_DIBUAT"))[0]?.sesudah).toMatchObject({ sumber: "SEBELUMNYA", rhk: docLalu.rhk.length });
      // submission then asks for the links again
      const h = await getSkp(ctx, id);
      expect(h.syarat.filter((x) => x.kode === "RHK_TANPA_INTERVENSI").length).toBe(doc.rhk.filter((r) => r.jenis === "UTAMA").length);
    });

    it("pre-fills the draft from what the supervisor handed down (matriks peran hasil)", async () => {
      const o = await tanpaSkp();
      const ctx = await ctxOf(o.pegawai_id);
      const diserahkan = o.ppkRhk.slice(0, 2);
      for (const [i, rhkId] of diserahkan.entries()) {
        await t.db().execute(sql`insert into matriks_peran (rhk_atasan_id, pegawai_id, uraian_peran, created_by)
          values (${rhkId}, ${o.pegawai_id}, ${`Bagian ${i + 1} dari RHK atasan`}, ${o.ppk})`);
      }
      expect((await getOpsiSkpBaru(ctx)).penugasan.find((p) => p.penugasanId === o.penugasan_id)?.jumlahMatriks).toBe(diserahkan.length);

      const { id } = await buatSkp(ctx, { penugasanId: o.penugasan_id, pendekatan: "KUANTITATIF", sumber: "MATRIKS" });
      const doc = await dokumen(id);
      expect(doc.rhk.map((r) => ({ jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId, iki: r.iki }))).toEqual(
        diserahkan.map((rhkId, i) => ({ jenis: "UTAMA", uraian: `Bagian ${i + 1} dari RHK atasan`, rhkAtasanId: rhkId, iki: [] })),
      );
      expect(doc.rhk.every((r) => r.rhkAtasanUraian)).toBe(true);
      const h = await getSkp(ctx, id);
      expect(h.syarat).toEqual(doc.rhk.map((r) => ({ kode: "RHK_TANPA_IKI", rhkId: r.id })));
    });

    // several definitif holders of one staff post all hold it (hierarki.jabatanDipegang once kept only the latest)
    it("lets a pegawai who shares their staff position with colleagues start their SKP", async () => {
      const [o] = await q<{ pegawai_id: string; penugasan_id: string }>(sql`select pn.pegawai_id, pn.id as penugasan_id from penugasan pn
        where pn.mulai <= ${TODAY}::date and (pn.selesai is null or pn.selesai >= ${TODAY}::date) and pn.jenis = 'DEFINITIF'
          and not exists (select 1 from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.penugasan_id = pn.id)
          and exists (select 1 from penugasan x where x.jabatan_id = pn.jabatan_id and x.id <> pn.id and x.jenis = 'DEFINITIF'
                        and x.mulai <= ${TODAY}::date and (x.selesai is null or x.selesai >= ${TODAY}::date) and (x.mulai, x.id) > (pn.mulai, pn.id))
        order by pn.pegawai_id limit 1`);
      expect(o).toBeDefined();
      t.dipakai.add(o!.pegawai_id);
      const actor = await loadActor(t.db(), o!.pegawai_id, TODAY);
      expect(actor?.peran).toContain("PEGAWAI");
      expect((await faktaPegawai(t.db(), o!.pegawai_id, TODAY))?.ppkPegawaiId).toBeTruthy();
      const ctx = await ctxOf(o!.pegawai_id);
      expect((await getOpsiSkpBaru(ctx)).penugasan.map((p) => p.penugasanId)).toEqual([o!.penugasan_id]);
      await buatSkp(ctx, { penugasanId: o!.penugasan_id, pendekatan: "KUANTITATIF", sumber: "KOSONG" });
    });

    it("gives a pegawai who moved mid-year a second SKP with the new PPK, leaving the first as it was", async () => {
      const lama = await ambilSkp("DISETUJUI");
      // a staff position in another unit whose holder has another PPK
      const [tujuan] = await q<{ jabatan_id: string; ppk: string; atasan: string | null; unit_path: string }>(sql`select pn.jabatan_id, s.ppk_pegawai_id as ppk,
          s.atasan_ppk_pegawai_id as atasan, u.path as unit_path
        from skp s join periode p on p.id = s.periode_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
        join unit_kerja u on u.id = j.unit_id
        where p.tahun = 2026 and not j.kepala_unit and j.jenis in ('PELAKSANA', 'FUNGSIONAL') and s.ppk_pegawai_id is not null
          and s.ppk_pegawai_id <> ${lama.ppk_pegawai_id} and pn.jenis = 'DEFINITIF' and pn.selesai is null
          and s.pegawai_id <> ${lama.pegawai_id} and s.ppk_pegawai_id <> ${lama.pegawai_id}
          and exists (select 1 from skp k where k.pegawai_id = s.ppk_pegawai_id and k.periode_id = s.periode_id)
        order by pn.jabatan_id limit 1`);
      expect(tujuan).toBeDefined();
      const [pnLama] = await q<{ id: string }>(sql`select penugasan_id as id from skp where id = ${lama.id}`);
      const sebelum = await keadaan(lama.id);
      const [lamaRow] = await q(sql`select * from skp where id = ${lama.id}`);

      await t.db().execute(sql`update penugasan set selesai = ${KEMARIN}::date where id = ${pnLama!.id}`);
      const [baru] = await q<{ id: string }>(sql`insert into penugasan (pegawai_id, jabatan_id, jenis, mulai, nomor_sk)
        values (${lama.pegawai_id}, ${tujuan!.jabatan_id}, 'DEFINITIF', ${TODAY}::date, 'SK-MUTASI/2026') returning id`);

      const ctx = await ctxOf(lama.pegawai_id);
      const opsi = await getOpsiSkpBaru(ctx);
      expect(opsi.penugasan.map((p) => p.penugasanId)).toEqual([baru!.id]);
      const { id } = await buatSkp(ctx, { penugasanId: baru!.id, pendekatan: "KUANTITATIF", sumber: "KOSONG" });

      const skpTahunIni = await q<{ id: string; ppk_pegawai_id: string; atasan_ppk_pegawai_id: string | null; status: string; mulai: string; selesai: string }>(sql`select s.id, s.ppk_pegawai_id,
          s.atasan_ppk_pegawai_id, s.status, s.berlaku_mulai::text as mulai, s.berlaku_selesai::text as selesai
        from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.pegawai_id = ${lama.pegawai_id} order by s.berlaku_mulai`);
      expect(skpTahunIni.map((s) => s.id)).toEqual([lama.id, id]);
      expect(skpTahunIni[1]).toMatchObject({ ppk_pegawai_id: tujuan!.ppk, atasan_ppk_pegawai_id: tujuan!.atasan, status: "DRAFT", mulai: TODAY, selesai: "2026-12-31" });
      // the first plan, its rows and its version are as they were (only the audit/notification counters moved)
      const sesudah = await keadaan(lama.id);
      expect({ ...sesudah, jejak: null }).toEqual({ ...sebelum, jejak: null });
      expect(await q(sql`select * from skp where id = ${lama.id}`)).toEqual([lamaRow]);
      // the new plan is offered the new PPK's RHK, the old one keeps the old PPK
      const h = await getSkp(ctx, id);
      const rhkPpkBaru = await q<{ id: string }>(sql`select r.id from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.pegawai_id = ${tujuan!.ppk}`);
      expect(h.rhkAtasan.map((r) => r.id).sort()).toEqual(rhkPpkBaru.map((r) => r.id).sort());
      expect(h.dokumen.ppk?.id).toBe(tujuan!.ppk);
      expect((await getSkp(ctx, lama.id)).dokumen.ppk?.id).toBe(lama.ppk_pegawai_id);
      // the new PPK can read the new plan
      expect((await getSkp(await ctxOf(tujuan!.ppk), id)).peran).toEqual(["PPK"]);
    });
  });

  describe("a mid-year move with the old plan still open", () => {
    it("fills and feeds only the plan set with the PPK who handed the RHK down", async () => {
      const lama = await ambilSkp("DRAFT");
      const ppkLama = lama.ppk_pegawai_id;
      // before the move, the old PPK had handed one of their RHK down
      const [rhkPpkLama] = await q<{ id: string }>(sql`select r.id from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.pegawai_id = ${ppkLama} and r.jenis = 'UTAMA' order by r.urutan limit 1`);
      await t.db().execute(sql`insert into matriks_peran (rhk_atasan_id, pegawai_id, uraian_peran, created_by)
        values (${rhkPpkLama!.id}, ${lama.pegawai_id}, 'Bagian dari PPK lama', ${ppkLama}) on conflict do nothing`);
      const [tujuan] = await q<{ jabatan_id: string; ppk: string }>(sql`select pn.jabatan_id, s.ppk_pegawai_id as ppk
        from skp s join periode p on p.id = s.periode_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
        where p.tahun = 2026 and not j.kepala_unit and j.jenis in ('PELAKSANA', 'FUNGSIONAL') and s.ppk_pegawai_id not in (${ppkLama}, ${lama.pegawai_id})
          and pn.jenis = 'DEFINITIF' and pn.selesai is null and s.pegawai_id <> ${lama.pegawai_id}
          and exists (select 1 from skp k join rhk r on r.skp_id = k.id where k.pegawai_id = s.ppk_pegawai_id and k.periode_id = s.periode_id)
        order by pn.jabatan_id desc limit 1`);
      const [pnLama] = await q<{ id: string }>(sql`select penugasan_id as id from skp where id = ${lama.id}`);
      await t.db().execute(sql`update penugasan set selesai = ${KEMARIN}::date where id = ${pnLama!.id}`);
      const [baru] = await q<{ id: string }>(sql`insert into penugasan (pegawai_id, jabatan_id, jenis, mulai)
        values (${lama.pegawai_id}, ${tujuan!.jabatan_id}, 'DEFINITIF', ${TODAY}::date) returning id`);
      const ctx = await ctxOf(lama.pegawai_id);
      expect((await faktaPegawai(t.db(), lama.pegawai_id, TODAY))?.ppkPegawaiId).toBe(tujuan!.ppk);

      // what the old PPK handed down does not cascade into the plan set with the new PPK
      const { id } = await buatSkp(ctx, { penugasanId: baru!.id, pendekatan: "KUANTITATIF", sumber: "MATRIKS" });
      const docBaru = await dokumen(id);
      expect(docBaru.ppk?.id).toBe(tujuan!.ppk);
      expect(docBaru.rhk.map((r) => r.rhkAtasanId)).not.toContain(rhkPpkLama!.id);

      // what the new PPK hands down goes into the new plan only
      const sebelumLama = await keadaan(lama.id);
      const [rhkPpkBaru] = await q<{ id: string; uraian: string }>(sql`select r.id, r.uraian from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.pegawai_id = ${tujuan!.ppk} order by r.jenis, r.urutan limit 1`);
      const hasil = await serahkanRhk(await ctxOf(tujuan!.ppk), { rhkAtasanId: rhkPpkBaru!.id, penerima: [{ pegawaiId: lama.pegawai_id, uraianPeran: "Bagian dari PPK baru" }] });
      expect(hasil).toEqual({ ditambahkanKeDraft: 1 });
      expect((await dokumen(id)).rhk).toEqual([expect.objectContaining({ uraian: "Bagian dari PPK baru", rhkAtasanId: rhkPpkBaru!.id })]);
      const sesudahLama = await keadaan(lama.id);
      expect({ ...sesudahLama, jejak: null }).toEqual({ ...sebelumLama, jejak: null });
    });
  });

  // ------------------------------------------------------------------ saving the draft

  describe("simpanDraftSkp", () => {
    it("round-trips the form unchanged, keeping every RHK and IKI id", async () => {
      const s = await ambilSkp("DRAFT");
      const ctx = await ctxOf(s.pegawai_id);
      const { halaman, form } = await formulir(s);
      const docSebelum = halaman.dokumen;
      const hasil = await simpanDraftSkp(ctx, s.id, form);
      expect(hasil.lockVersion).toBe(halaman.lockVersion + 1);
      const docSesudah = await dokumen(s.id);
      // the same rows in the same order; the save numbers Utama and Tambahan RHK each from 1
      const tanpaUrutan = (d: SkpDokumen) => ({ ...d, rhk: d.rhk.map(({ urutan: _u, ...r }) => r) });
      expect(tanpaUrutan(docSesudah)).toEqual(tanpaUrutan(docSebelum));
      for (const jenis of ["UTAMA", "TAMBAHAN"] as const) {
        const urutan = docSesudah.rhk.filter((r) => r.jenis === jenis).map((r) => r.urutan);
        expect(urutan).toEqual(urutan.map((_, i) => i + 1));
      }
      expect(hasil.nilai).toEqual(nilaiForm(docSesudah, hasil.lockVersion));
      const [audit] = await auditUntuk(s.id, "SKP_DISIMPAN");
      expect(audit).toMatchObject({ aktor_id: s.pegawai_id, sebelum: { lockVersion: halaman.lockVersion }, sesudah: { lockVersion: hasil.lockVersion } });
      // and a second round trip changes nothing but the lock
      const kedua = await simpanDraftSkp(ctx, s.id, hasil.nilai);
      expect(await dokumen(s.id)).toEqual(docSesudah);
      expect(kedua.nilai).toEqual({ ...hasil.nilai, lockVersion: hasil.lockVersion + 1 });
    });

    it("saves edits, reordering, additions and removals", async () => {
      const s = await ambilSkp("DRAFT");
      const ctx = await ctxOf(s.pegawai_id);
      const { halaman, form } = await formulir(s);
      const utama = form.rhk.filter((r) => r.jenis === "UTAMA");
      expect(utama.length).toBeGreaterThanOrEqual(2);
      const [a, b] = utama as [SkpDraftForm["rhk"][number], SkpDraftForm["rhk"][number]];
      const tambahan = form.rhk.filter((r) => r.jenis === "TAMBAHAN");
      // a: new text, its first IKI a decimal range, a second IKI added; b moves before a and loses its IKI but one
      a.uraian = `${a.uraian} (diperbarui)`;
      a.iki[0] = { ...a.iki[0]!, targetMin: "12,5", targetMax: "15", satuan: "dokumen" };
      a.iki.push(ikiBaru({ aspek: "WAKTU", indikator: "Ketepatan waktu penyampaian", targetMin: "12", satuan: "bulan" }));
      b.iki.push(ikiBaru({ indikator: "IKI yang akan dihapus lagi" }));
      const buang = b.iki.splice(0, b.iki.length - 1);
      const baruRhk = { id: "", jenis: "TAMBAHAN" as const, uraian: "Terlaksananya tugas piket layanan", rhkAtasanId: "", perspektif: "", iki: [ikiBaru({ indikator: "Jumlah hari piket", targetMin: "24", satuan: "hari" })] };
      form.rhk = [b, a, ...utama.slice(2), ...tambahan, baruRhk];
      form.lampiran = { ...form.lampiran, DUKUNGAN_SUMBER_DAYA: [{ uraian: "Laptop dan akses VPN" }, { uraian: "Anggaran pelatihan" }], KONSEKUENSI: [{ uraian: "Teguran tertulis" }] };

      const hasil = await simpanDraftSkp(ctx, s.id, form);
      const doc = await dokumen(s.id);
      const docUtama = doc.rhk.filter((r) => r.jenis === "UTAMA");
      expect(docUtama.slice(0, 2).map((r) => r.id)).toEqual([b.id, a.id]);
      expect(docUtama.map((r) => r.urutan)).toEqual(docUtama.map((_, i) => i + 1));
      const docA = doc.rhk.find((r) => r.id === a.id)!;
      expect(docA.uraian).toMatch(/\(diperbarui\)$/);
      expect(docA.rhkAtasanId).toBe(halaman.dokumen.rhk.find((r) => r.id === a.id)!.rhkAtasanId);
      const ikiA = halaman.dokumen.rhk.find((r) => r.id === a.id)!.iki;
      expect(docA.iki.map((k) => [k.id, k.targetMin, k.targetMax, k.satuan])).toEqual([
        [ikiA[0]!.id, 12.5, 15, "dokumen"],
        ...ikiA.slice(1).map((k) => [k.id, k.targetMin, k.targetMax, k.satuan]),
        [expect.any(String), 12, null, "bulan"],
      ]);
      expect(docA.iki.at(-1)).toMatchObject({ aspek: "WAKTU", urutan: ikiA.length + 1, indikator: "Ketepatan waktu penyampaian" });
      expect(docA.iki.map((k) => k.urutan)).toEqual(docA.iki.map((_, i) => i + 1));
      const docB = doc.rhk.find((r) => r.id === b.id)!;
      expect(docB.iki.map((k) => k.indikator)).toEqual(["IKI yang akan dihapus lagi"]);
      const sisa = await q(sql`select id from iki where id in (${sql.join(buang.map((k) => sql`${k.id as string}::uuid`), sql`, `)})`);
      expect(sisa).toEqual([]);
      const docBaru = doc.rhk.filter((r) => r.jenis === "TAMBAHAN").at(-1)!;
      expect(docBaru).toMatchObject({ uraian: "Terlaksananya tugas piket layanan", rhkAtasanId: null, iki: [expect.objectContaining({ targetMin: 24, satuan: "hari" })] });
      expect(doc.lampiran).toEqual({ DUKUNGAN_SUMBER_DAYA: ["Laptop dan akses VPN", "Anggaran pelatihan"], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: ["Teguran tertulis"] });
      // what the form gets back is what a reload shows
      expect(hasil.nilai).toEqual(nilaiForm(doc, hasil.lockVersion));
      expect((await getSkp(ctx, s.id)).lockVersion).toBe(hasil.lockVersion);

      // removing an RHK removes its IKI; an RHK can be removed altogether
      const lagi = clone(hasil.nilai);
      lagi.rhk = lagi.rhk.filter((r) => r.id !== docBaru.id);
      await simpanDraftSkp(ctx, s.id, lagi);
      expect(await q(sql`select id from rhk where id = ${docBaru.id}`)).toEqual([]);
      expect(await q(sql`select id from iki where rhk_id = ${docBaru.id}`)).toEqual([]);
    });

    it("refuses a stale lockVersion and writes nothing: the first of two saves wins (on a returned SKP)", async () => {
      const s = await ambilSkp("REVISI");
      const ctx = await ctxOf(s.pegawai_id);
      const { form } = await formulir(s);
      const catatanTerbuka = (await keadaan(s.id)).catatan;
      expect(catatanTerbuka.length).toBeGreaterThan(0);
      const satu = clone(form);
      satu.rhk[0]!.uraian = "Versi dari tab pertama";
      satu.rhk[0]!.iki[0]!.targetMin = "20";
      const dua = clone(form);
      dua.rhk[0]!.uraian = "Versi dari tab kedua";
      dua.lampiran.KONSEKUENSI = [{ uraian: "Tidak boleh tersimpan" }];

      const pertama = await simpanDraftSkp(ctx, s.id, satu);
      expect(pertama.lockVersion).toBe(s.lock_version + 1);
      // a returned plan stays returned while its owner edits it, notes still open
      expect(await statusSkp(s.id)).toBe("REVISI");
      expect((await dokumen(s.id)).rhk[0]!.iki[0]!.targetMin).toBe(20);
      const sebelum = await keadaan(s.id);
      expect(sebelum.catatan).toEqual(catatanTerbuka);
      await ditolak(simpanDraftSkp(ctx, s.id, dua), "KONFLIK", { _: ["KONFLIK_SIMPAN"] });
      expect(await keadaan(s.id)).toEqual(sebelum);
      expect((await dokumen(s.id)).rhk.find((r) => r.id === form.rhk[0]!.id)?.uraian).toBe("Versi dari tab pertama");
      expect(await auditUntuk(s.id, "SKP_DISIMPAN")).toHaveLength(1);
    });

    it("lets only one of two simultaneous saves from the same version through", async () => {
      const s = await ambilSkp("REVISI");
      const ctx = await ctxOf(s.pegawai_id);
      const { form } = await formulir(s);
      const versi = ["A", "B"].map((x) => {
        const f = clone(form);
        f.rhk[0]!.uraian = `Serentak ${x}`;
        return f;
      });
      const hasil = await Promise.allSettled(versi.map((f) => simpanDraftSkp(ctx, s.id, f)));
      expect(hasil.filter((h) => h.status === "fulfilled")).toHaveLength(1);
      const gagal = hasil.find((h) => h.status === "rejected") as PromiseRejectedResult;
      expect(gagal.reason).toMatchObject({ code: "KONFLIK" });
      const menang = hasil.findIndex((h) => h.status === "fulfilled");
      expect((await dokumen(s.id)).rhk.find((r) => r.id === form.rhk[0]!.id)?.uraian).toBe(`Serentak ${"AB"[menang]}`);
      expect(await auditUntuk(s.id, "SKP_DISIMPAN")).toHaveLength(1);
    });

    it("refuses a cascade link outside the PPK's RHK, and ids of another SKP, writing nothing", async () => {
      const s = await ambilSkp("DRAFT");
      const lain = await ambilSkp("DISETUJUI");
      const ctx = await ctxOf(s.pegawai_id);
      const { form } = await formulir(s);
      const docLain = await dokumen(lain.id);
      const [rhkAsing] = await q<{ id: string }>(sql`select r.id from rhk r join skp k on k.id = r.skp_id
        where k.pegawai_id not in (${s.ppk_pegawai_id}, ${s.pegawai_id}) and r.jenis = 'UTAMA' limit 1`);
      const sebelum = await keadaan(s.id);

      const i = form.rhk.length - 1;
      const f1 = clone(form);
      f1.rhk[i]!.rhkAtasanId = rhkAsing!.id;
      await ditolak(simpanDraftSkp(ctx, s.id, f1), "INPUT_TIDAK_VALID", { [`rhk.${i}.rhkAtasanId`]: ["RHK_ATASAN_TIDAK_VALID"] });

      const f2 = clone(form);
      f2.rhk[0]!.id = docLain.rhk[0]!.id;
      await ditolak(simpanDraftSkp(ctx, s.id, f2), "INPUT_TIDAK_VALID", { "rhk.0.id": ["ID_TIDAK_VALID"] });

      const f3 = clone(form);
      f3.rhk[0]!.iki[0]!.id = docLain.rhk[0]!.iki[0]!.id;
      await ditolak(simpanDraftSkp(ctx, s.id, f3), "INPUT_TIDAK_VALID", { "rhk.0.iki.0.id": ["ID_TIDAK_VALID"] });

      // the same RHK twice
      const f4 = clone(form);
      f4.rhk.push(clone(f4.rhk[0]!));
      await ditolak(simpanDraftSkp(ctx, s.id, f4), "INPUT_TIDAK_VALID", { [`rhk.${f4.rhk.length - 1}.id`]: ["ID_TIDAK_VALID"] });

      // an IKI moved under another RHK of the same SKP
      if (form.rhk.length >= 2 && form.rhk[0]!.iki.length > 0) {
        const f5 = clone(form);
        f5.rhk[1]!.iki.push(f5.rhk[0]!.iki.shift()!);
        // reported on the moved IKI itself
        await ditolak(simpanDraftSkp(ctx, s.id, f5), "INPUT_TIDAK_VALID", { [`rhk.1.iki.${f5.rhk[1]!.iki.length - 1}.id`]: ["ID_TIDAK_VALID"] });
      }

      // schema errors come back per field
      const f6 = clone(form);
      f6.rhk[0]!.iki[0]!.targetMin = "";
      await ditolak(simpanDraftSkp(ctx, s.id, f6), "INPUT_TIDAK_VALID", { "rhk.0.iki.0.targetMin": ["TARGET_WAJIB"] });

      expect(await keadaan(s.id)).toEqual(sebelum);
      expect(await dokumen(lain.id)).toEqual(docLain);
    });

    it("lets nobody but the owner save: hidden from a peer and an outsider, refused to the PPK and admin", async () => {
      const s = await ambilSkp("DRAFT");
      const { form } = await formulir(s);
      form.rhk[0]!.uraian = "Perubahan oleh orang lain";
      const sebelum = await keadaan(s.id);
      await ditolak(simpanDraftSkp(await rekanDari(s), s.id, form), "TIDAK_DITEMUKAN");
      await ditolak(simpanDraftSkp(await orangLuar(s), s.id, form), "TIDAK_DITEMUKAN");
      await ditolak(simpanDraftSkp(await ctxOf(s.ppk_pegawai_id), s.id, form), "DITOLAK", { _: ["BUKAN_PEMILIK"] });
      await ditolak(simpanDraftSkp(await ctxPersona("admin"), s.id, form), "DITOLAK", { _: ["BUKAN_PEMILIK"] });
      if (s.atasan_ppk_pegawai_id) await ditolak(simpanDraftSkp(await ctxOf(s.atasan_ppk_pegawai_id), s.id, form), "DITOLAK");
      expect(await keadaan(s.id)).toEqual(sebelum);
    });

    it("switches a draft to kualitatif: described targets required, numbers dropped", async () => {
      const s = await ambilSkp("DRAFT");
      const ctx = await ctxOf(s.pegawai_id);
      const { halaman, form } = await formulir(s);
      const kualitatif = clone(form);
      kualitatif.pendekatan = "KUALITATIF";
      const sebelum = await keadaan(s.id);
      await ditolak(simpanDraftSkp(ctx, s.id, kualitatif), "INPUT_TIDAK_VALID", { "rhk.0.iki.0.targetKualitatif": ["TARGET_WAJIB"] });
      expect(await keadaan(s.id)).toEqual(sebelum);

      for (const r of kualitatif.rhk) for (const k of r.iki) k.targetKualitatif = `Sesuai standar: ${k.indikator as string}`;
      const hasil = await simpanDraftSkp(ctx, s.id, kualitatif);
      const doc = await dokumen(s.id);
      expect(doc.pendekatan).toBe("KUALITATIF");
      const semua = doc.rhk.flatMap((r) => r.iki);
      expect(semua.length).toBeGreaterThan(0);
      expect(semua.every((k) => k.targetMin === null && k.targetMax === null && k.satuan === null && k.targetKualitatif?.startsWith("Sesuai standar: "))).toBe(true);
      expect(hasil.nilai.pendekatan).toBe("KUALITATIF");
      expect((await getSkp(ctx, s.id)).syarat).toEqual([]);
      expect(bandingkanSkp(halaman.dokumen, doc)[0]).toEqual({ jenis: "PENDEKATAN_DIUBAH", sebelum: "KUANTITATIF", sesudah: "KUALITATIF" });
    });

    it("refuses to edit a submitted or approved SKP", async () => {
      for (const status of ["DIAJUKAN", "DISETUJUI"] as const) {
        const s = await ambilSkp(status);
        const { form } = await formulir(s);
        form.rhk[0]!.uraian = "Diubah setelah diajukan";
        const sebelum = await keadaan(s.id);
        await ditolak(simpanDraftSkp(await ctxOf(s.pegawai_id), s.id, form), "DITOLAK", { _: ["SKP_TERKUNCI"] });
        expect(await keadaan(s.id)).toEqual(sebelum);
      }
    });

  });

  // ------------------------------------------------------------------ workflow

  describe("ajukanSkp", () => {
    it("refuses a plan with an unlinked Utama RHK, then submits it to the PPK once linked", async () => {
      const s = await ambilSkp("DRAFT");
      const ctx = await ctxOf(s.pegawai_id);
      const { halaman, form } = await formulir(s);
      form.rhk.unshift({ id: "", jenis: "UTAMA", uraian: "Terkelolanya arsip digital seksi", rhkAtasanId: "", perspektif: "", iki: [ikiBaru()] });
      const tersimpan = await simpanDraftSkp(ctx, s.id, form);

      const sebelum = await keadaan(s.id);
      await ditolak(ajukanSkp(ctx, s.id), "INPUT_TIDAK_VALID", { _: ["SYARAT_RHK_TANPA_INTERVENSI"] });
      // nor may the PPK submit in the pegawai's place
      await ditolak(ajukanSkp(await ctxOf(s.ppk_pegawai_id), s.id), "DITOLAK", { _: ["TRANSISI_DITOLAK"] });
      await ditolak(ajukanSkp(await rekanDari(s), s.id), "TIDAK_DITEMUKAN");
      expect(await keadaan(s.id)).toEqual(sebelum);

      const f = clone(tersimpan.nilai);
      f.rhk[0]!.rhkAtasanId = halaman.rhkAtasan[0]!.id;
      const lagi = await simpanDraftSkp(ctx, s.id, f);
      await ditolak(ajukanSkp(ctx, s.id, lagi.lockVersion - 1), "KONFLIK");
      expect(await statusSkp(s.id)).toBe("DRAFT");

      const notifSebelum = (await notifikasiUntuk(s.ppk_pegawai_id, "SKP_DIAJUKAN")).length;
      await ajukanSkp(ctx, s.id, lagi.lockVersion);
      const [row] = await q<{ status: string; diajukan_at: unknown; lock_version: number; ppk_pegawai_id: string }>(
        sql`select status, diajukan_at, lock_version, ppk_pegawai_id from skp where id = ${s.id}`,
      );
      expect(row).toMatchObject({ status: "DIAJUKAN", lock_version: lagi.lockVersion + 1, ppk_pegawai_id: s.ppk_pegawai_id });
      expect(row!.diajukan_at).not.toBeNull();
      const notif = await notifikasiUntuk(s.ppk_pegawai_id, "SKP_DIAJUKAN");
      expect(notif).toHaveLength(notifSebelum + 1);
      expect(notif.at(-1)).toMatchObject({ tautan: `/skp/${s.id}`, dibaca_at: null });
      expect(await notifikasiUntuk(s.pegawai_id, "SKP_DIAJUKAN")).toEqual([]);
      const [audit] = await auditUntuk(s.id, "SKP_DIAJUKAN");
      expect(audit).toMatchObject({ aktor_id: s.pegawai_id, sebelum: { status: "DRAFT" }, sesudah: { status: "DIAJUKAN", ppkPegawaiId: s.ppk_pegawai_id } });
      expect((await getAntrianSkp(await ctxOf(s.ppk_pegawai_id))).map((a) => a.skpId)).toContain(s.id);
      // submitting twice is not a transition
      await ditolak(ajukanSkp(ctx, s.id), "DITOLAK");
    });
  });

  describe("ajukanSkp with a link kept from another supervisor", () => {
    it("refuses a plan whose cascade link points at an RHK that is not the PPK's", async () => {
      const s = await ambilSkp("DRAFT");
      const ctx = await ctxOf(s.pegawai_id);
      const { halaman } = await formulir(s);
      const tertaut = halaman.dokumen.rhk.find((r) => r.jenis === "UTAMA" && r.rhkAtasanId);
      expect(tertaut).toBeDefined();
      // as if the link had been chosen under an earlier PPK: an RHK of someone else's plan
      const [asing] = await q<{ id: string }>(sql`select r.id from rhk r join skp a on a.id = r.skp_id join periode p on p.id = a.periode_id
        where p.tahun = 2026 and a.pegawai_id <> ${s.ppk_pegawai_id} and a.pegawai_id <> ${s.pegawai_id} limit 1`);
      await q(sql`update rhk set rhk_atasan_id = ${asing!.id} where id = ${tertaut!.id}`);
      const sebelum = await keadaan(s.id);
      const e = await ditolak(ajukanSkp(ctx, s.id), "INPUT_TIDAK_VALID");
      expect(e.fieldErrors._).toContain("SYARAT_RHK_ATASAN_BUKAN_PPK");
      expect(await keadaan(s.id)).toEqual(sebelum);
    });
  });

  describe("ajukanSkp on the JPT form and without a PPK", () => {
    it("asks a JPT plan for a perspektif on every RHK, not for a cascade link", async () => {
      const s = await ambilSkp("DISETUJUI", { bentuk: "JPT" });
      const ctx = await ctxOf(s.pegawai_id);
      await bukaVersiBaruSkp(ctx, s.id);
      const { halaman, form } = await formulir(s);
      expect(halaman.dokumen.bentuk).toBe("JPT");
      expect(halaman.dokumen.rhk.every((r) => r.perspektif !== null)).toBe(true);
      // the round trip keeps the perspektif
      const simpan = await simpanDraftSkp(ctx, s.id, form);
      expect((await dokumen(s.id)).rhk.map((r) => r.perspektif)).toEqual(halaman.dokumen.rhk.map((r) => r.perspektif));

      const tanpa = clone(simpan.nilai);
      tanpa.rhk[0]!.perspektif = "";
      tanpa.rhk.push({ id: "", jenis: "UTAMA", uraian: "Meningkatnya indeks kepuasan layanan", rhkAtasanId: "", perspektif: "PENERIMA_LAYANAN", iki: [ikiBaru({ indikator: "Indeks kepuasan masyarakat", targetMin: "82,5", satuan: "indeks" })] });
      const lagi = await simpanDraftSkp(ctx, s.id, tanpa);
      await ditolak(ajukanSkp(ctx, s.id), "INPUT_TIDAK_VALID", { _: ["SYARAT_RHK_TANPA_PERSPEKTIF"] });
      expect(await statusSkp(s.id)).toBe("DRAFT");

      const lengkap = clone(lagi.nilai);
      lengkap.rhk[0]!.perspektif = "PROSES_BISNIS";
      await simpanDraftSkp(ctx, s.id, lengkap);
      await ajukanSkp(ctx, s.id);
      expect(await statusSkp(s.id)).toBe("DIAJUKAN");
      const doc = await dokumen(s.id);
      expect(doc.rhk.find((r) => r.uraian === "Meningkatnya indeks kepuasan layanan")).toMatchObject({ perspektif: "PENERIMA_LAYANAN", rhkAtasanId: null });
      expect((await notifikasiUntuk(s.ppk_pegawai_id, "SKP_DIAJUKAN")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
    });

    it("cannot submit a plan whose assignment has no PPK", async () => {
      const sekda = await ctxPersona("sekda");
      const s = await skpMilik(roster.persona.sekda);
      expect(s.ppk_pegawai_id).toBeNull();
      await bukaVersiBaruSkp(sekda, s.id);
      const sebelum = await keadaan(s.id);
      await ditolak(ajukanSkp(sekda, s.id), "DITOLAK", { _: ["TANPA_PPK"] });
      expect(await keadaan(s.id)).toEqual(sebelum);
    });
  });

  describe("tarikSkp", () => {
    it("lets the owner take a submitted plan back to draft, and nobody else", async () => {
      const s = await ambilSkp("DIAJUKAN");
      const sebelum = await keadaan(s.id);
      await ditolak(tarikSkp(await ctxOf(s.ppk_pegawai_id), s.id), "DITOLAK");
      await ditolak(tarikSkp(await rekanDari(s), s.id), "TIDAK_DITEMUKAN");
      expect(await keadaan(s.id)).toEqual(sebelum);

      await tarikSkp(await ctxOf(s.pegawai_id), s.id);
      const [row] = await q(sql`select status, diajukan_at, lock_version from skp where id = ${s.id}`);
      expect(row).toEqual({ status: "DRAFT", diajukan_at: null, lock_version: s.lock_version + 1 });
      expect(await auditUntuk(s.id, "SKP_DITARIK")).toEqual([
        expect.objectContaining({ aktor_id: s.pegawai_id, sebelum: { status: "DIAJUKAN" }, sesudah: { status: "DRAFT" } }),
      ]);
      expect((await getAntrianSkp(await ctxOf(s.ppk_pegawai_id))).map((a) => a.skpId)).not.toContain(s.id);
      await ditolak(tarikSkp(await ctxOf(s.pegawai_id), s.id), "DITOLAK");
      expect((await getSkp(await ctxOf(s.pegawai_id), s.id)).aksi).toEqual(["AJUKAN"]);
      // the PPK, who had it in the queue, is told
      expect((await notifikasiUntuk(s.ppk_pegawai_id, "SKP_DITARIK")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}`, dibaca_at: null });
    });
  });

  describe("kembalikanSkp", () => {
    it("returns a plan with notes on an IKI, tells the pegawai, and closes the notes on resubmission", async () => {
      const s = await ambilSkp("DIAJUKAN");
      const lain = await ambilSkp("DIAJUKAN");
      const ppk = await ctxOf(s.ppk_pegawai_id);
      const doc = await dokumen(s.id);
      const rhkX = doc.rhk[0]!;
      const ikiX = rhkX.iki[0]!;
      const ikiLain = (await dokumen(lain.id)).rhk[0]!.iki[0]!;
      const sebelum = await keadaan(s.id);

      await ditolak(kembalikanSkp(ppk, s.id, { lockVersion: s.lock_version, catatan: [{ rhkId: "", ikiId: ikiLain.id, isi: "Salah alamat" }] }), "INPUT_TIDAK_VALID", {
        "catatan.0.ikiId": ["ID_TIDAK_VALID"],
      });
      await ditolak(kembalikanSkp(ppk, s.id, { lockVersion: s.lock_version, catatan: [{ rhkId: (await dokumen(lain.id)).rhk[0]!.id, ikiId: "", isi: "Salah alamat" }] }), "INPUT_TIDAK_VALID", {
        "catatan.0.rhkId": ["ID_TIDAK_VALID"],
      });
      await ditolak(kembalikanSkp(ppk, s.id, { lockVersion: s.lock_version, umum: " ", catatan: [{ rhkId: rhkX.id, ikiId: "", isi: "" }] }), "INPUT_TIDAK_VALID", {
        umum: ["CATATAN_WAJIB"],
      });
      await ditolak(kembalikanSkp(ppk, s.id, { lockVersion: s.lock_version + 5, umum: "Perbaiki" }), "KONFLIK");
      await ditolak(kembalikanSkp(await ctxOf(s.pegawai_id), s.id, { lockVersion: s.lock_version, umum: "Saya kembalikan sendiri" }), "DITOLAK");
      await ditolak(kembalikanSkp(await ctxOf(lain.ppk_pegawai_id), s.id, { lockVersion: s.lock_version, umum: "Bukan bawahan saya" }), "TIDAK_DITEMUKAN");
      if (s.atasan_ppk_pegawai_id) await ditolak(kembalikanSkp(await ctxOf(s.atasan_ppk_pegawai_id), s.id, { lockVersion: s.lock_version, umum: "x" }), "DITOLAK");
      expect(await keadaan(s.id)).toEqual(sebelum);
      expect(await statusSkp(lain.id)).toBe("DIAJUKAN");

      await kembalikanSkp(ppk, s.id, {
        lockVersion: s.lock_version,
        umum: "Selaraskan target dengan RHK atasan.",
        catatan: [
          { rhkId: "", ikiId: ikiX.id, isi: "Target kuantitas terlalu rendah." },
          { rhkId: rhkX.id, ikiId: "", isi: "" },
        ],
      });
      expect(await statusSkp(s.id)).toBe("REVISI");
      const catatan = await q<{ rhk_id: string | null; iki_id: string | null; isi: string; penulis_id: string; selesai: boolean }>(
        sql`select rhk_id, iki_id, isi, penulis_id, selesai from catatan_skp where skp_id = ${s.id} order by iki_id nulls first`,
      );
      expect(catatan).toEqual([
        { rhk_id: null, iki_id: null, isi: "Selaraskan target dengan RHK atasan.", penulis_id: s.ppk_pegawai_id, selesai: false },
        { rhk_id: rhkX.id, iki_id: ikiX.id, isi: "Target kuantitas terlalu rendah.", penulis_id: s.ppk_pegawai_id, selesai: false },
      ]);
      expect((await notifikasiUntuk(s.pegawai_id, "SKP_DIKEMBALIKAN")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      expect(await auditUntuk(s.id, "SKP_DIKEMBALIKAN")).toEqual([
        expect.objectContaining({ aktor_id: s.ppk_pegawai_id, sebelum: { status: "DIAJUKAN" }, sesudah: expect.objectContaining({ status: "REVISI" }) }),
      ]);
      const h = await getSkp(await ctxOf(s.pegawai_id), s.id);
      expect(h.aksi).toEqual(["AJUKAN"]);
      expect(h.bolehUbah).toBe(true);
      expect(h.catatan.find((c) => c.ikiId === ikiX.id)).toMatchObject({ rhkId: rhkX.id, selesai: false });

      // returning it again is not possible until it is resubmitted
      await ditolak(kembalikanSkp(ppk, s.id, { lockVersion: h.lockVersion, umum: "Lagi" }), "DITOLAK");

      const form = clone(nilaiForm(h.dokumen, h.lockVersion));
      form.rhk[0]!.iki[0]!.targetMin = String((ikiX.targetMin ?? 1) * 2);
      await simpanDraftSkp(await ctxOf(s.pegawai_id), s.id, form);
      await ajukanSkp(await ctxOf(s.pegawai_id), s.id);
      expect(await statusSkp(s.id)).toBe("DIAJUKAN");
      expect((await q<{ selesai: boolean }>(sql`select selesai from catatan_skp where skp_id = ${s.id}`)).map((c) => c.selesai)).toEqual([true, true]);
    });
  });

  describe("setujuiSkp", () => {
    it("approves and freezes version 1, tells the pegawai; the Atasan PPK cannot, and twice is refused", async () => {
      const s = await ambilSkp("DIAJUKAN");
      const sebelum = await keadaan(s.id);
      if (s.atasan_ppk_pegawai_id) await ditolak(setujuiSkp(await ctxOf(s.atasan_ppk_pegawai_id), s.id), "DITOLAK", { _: ["TRANSISI_DITOLAK"] });
      await ditolak(setujuiSkp(await ctxOf(s.pegawai_id), s.id), "DITOLAK");
      await ditolak(setujuiSkp(await rekanDari(s), s.id), "TIDAK_DITEMUKAN");
      await ditolak(setujuiSkp(await ctxOf(s.ppk_pegawai_id), s.id, s.lock_version + 1), "KONFLIK");
      expect(await keadaan(s.id)).toEqual(sebelum);
      expect(sebelum.versi).toEqual([]);

      await setujuiSkp(await ctxOf(s.ppk_pegawai_id), s.id, s.lock_version);
      const [row] = await q<{ status: string; versi: number; disetujui_at: unknown }>(sql`select status, versi, disetujui_at from skp where id = ${s.id}`);
      expect(row).toMatchObject({ status: "DISETUJUI", versi: 1 });
      expect(row!.disetujui_at).not.toBeNull();
      const versi = await q<{ nomor: number; isi: SkpDokumen; disetujui_oleh: string; disetujui_at: unknown }>(
        sql`select nomor, isi, disetujui_oleh, disetujui_at from skp_versi where skp_id = ${s.id}`,
      );
      expect(versi).toHaveLength(1);
      expect(versi[0]).toMatchObject({ nomor: 1, disetujui_oleh: s.ppk_pegawai_id });
      expect(versi[0]!.isi).toEqual(clone(await dokumen(s.id)));
      expect(versi[0]!.isi).toMatchObject({ status: "DISETUJUI", versi: 1, disetujuiAt: expect.any(String) });
      expect((await notifikasiUntuk(s.pegawai_id, "SKP_DISETUJUI")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      expect(await auditUntuk(s.id, "SKP_DISETUJUI")).toEqual([
        expect.objectContaining({ aktor_id: s.ppk_pegawai_id, sebelum: { status: "DIAJUKAN" }, sesudah: { status: "DISETUJUI", versi: 1 } }),
      ]);

      const setelah = await keadaan(s.id);
      await ditolak(setujuiSkp(await ctxOf(s.ppk_pegawai_id), s.id), "DITOLAK", { _: ["TRANSISI_DITOLAK"] });
      expect(await keadaan(s.id)).toEqual(setelah);
      expect((await getSkp(await ctxOf(s.pegawai_id), s.id)).versi.map((v) => v.nomor)).toEqual([1]);
    });
  });

  describe("setujuiBanyakSkp", () => {
    it("approves several plans of one PPK at once, skips a withdrawn one, and refuses a list with someone else's subordinate", async () => {
      const { ppk: ppkId, ids } = kelompokBanyak;
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const ppk = await ctxOf(ppkId);
      const orangLain = await ambilSkp("DIAJUKAN");
      expect(orangLain.ppk_pegawai_id).not.toBe(ppkId);

      const sebelum = await Promise.all(ids.map((id) => keadaan(id)));
      await ditolak(setujuiBanyakSkp(ppk, [...ids, orangLain.id]), "TIDAK_DITEMUKAN");
      await ditolak(setujuiBanyakSkp(ppk, [...ids, "00000000-0000-4000-8000-000000000001"]), "TIDAK_DITEMUKAN");
      await ditolak(setujuiBanyakSkp(ppk, []), "INPUT_TIDAK_VALID");
      await ditolak(setujuiBanyakSkp(ppk, ["nope"]), "INPUT_TIDAK_VALID");
      await ditolak(setujuiBanyakSkp(await ctxOf(orangLain.pegawai_id), [orangLain.id]), "TIDAK_DITEMUKAN");
      expect(await Promise.all(ids.map((id) => keadaan(id)))).toEqual(sebelum);
      expect(await statusSkp(orangLain.id)).toBe("DIAJUKAN");

      const [ditarik, ...siap] = ids as [string, ...string[]];
      const [pemilikDitarik] = await q<{ pegawai_id: string }>(sql`select pegawai_id from skp where id = ${ditarik}`);
      await tarikSkp(await ctxOf(pemilikDitarik!.pegawai_id), ditarik);

      const hasil = await setujuiBanyakSkp(ppk, [...ids, siap[0]!]);
      expect(hasil.disetujui.sort()).toEqual([...siap].sort());
      expect(hasil.dilewati).toEqual([{ id: ditarik, status: "DRAFT" }]);
      for (const id of siap) {
        expect(await statusSkp(id)).toBe("DISETUJUI");
        const [v] = await q<{ nomor: number; isi: SkpDokumen }>(sql`select nomor, isi from skp_versi where skp_id = ${id}`);
        expect(v).toMatchObject({ nomor: 1, isi: { id, status: "DISETUJUI" } });
        const [owner] = await q<{ pegawai_id: string }>(sql`select pegawai_id from skp where id = ${id}`);
        expect((await notifikasiUntuk(owner!.pegawai_id, "SKP_DISETUJUI")).at(-1)).toMatchObject({ tautan: `/skp/${id}` });
        expect(await auditUntuk(id, "SKP_DISETUJUI")).toHaveLength(1);
      }
      expect(await statusSkp(ditarik)).toBe("DRAFT");
      expect(await auditUntuk(ditarik, "SKP_DISETUJUI")).toEqual([]);
      expect(await q(sql`select 1 from skp_versi where skp_id = ${ditarik}`)).toEqual([]);
    });
  });

  describe("bukaVersiBaruSkp", () => {
    it("reopens an approved plan as version 2, keeps version 1 readable, and freezes version 2 on approval", async () => {
      const s = await ambilSkp("DISETUJUI");
      const ctx = await ctxOf(s.pegawai_id);
      const ppk = await ctxOf(s.ppk_pegawai_id);
      const v1Sebelum = await getVersiSkp(ctx, s.id, 1);
      await ditolak(bukaVersiBaruSkp(await rekanDari(s), s.id), "TIDAK_DITEMUKAN");
      if (s.atasan_ppk_pegawai_id) await ditolak(bukaVersiBaruSkp(await ctxOf(s.atasan_ppk_pegawai_id), s.id), "DITOLAK");

      await bukaVersiBaruSkp(ctx, s.id);
      const [row] = await q(sql`select status, versi, disetujui_at, diajukan_at from skp where id = ${s.id}`);
      expect(row).toEqual({ status: "DRAFT", versi: 2, disetujui_at: null, diajukan_at: null });
      expect(await getVersiSkp(ctx, s.id, 1)).toEqual(v1Sebelum);
      expect((await q(sql`select nomor from skp_versi where skp_id = ${s.id}`)).length).toBe(1);
      expect((await notifikasiUntuk(s.ppk_pegawai_id, "SKP_VERSI_BARU")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      expect(await auditUntuk(s.id, "SKP_VERSI_BARU")).toEqual([
        expect.objectContaining({ aktor_id: s.pegawai_id, sebelum: { status: "DISETUJUI", versi: 1 }, sesudah: { status: "DRAFT", versi: 2 } }),
      ]);
      await ditolak(bukaVersiBaruSkp(ctx, s.id), "DITOLAK");

      // IKI with realisations cannot be removed, nor their RHK
      const { halaman, form } = await formulir(s);
      expect(halaman.dokumen.versi).toBe(2);
      const [denganRealisasi] = await q<{ iki_id: string; rhk_id: string }>(sql`select k.id as iki_id, k.rhk_id from iki k join rhk r on r.id = k.rhk_id
        where r.skp_id = ${s.id} and exists (select 1 from realisasi re where re.iki_id = k.id) order by r.urutan, k.urutan limit 1`);
      const sebelum = await keadaan(s.id);
      const tanpaIki = clone(form);
      for (const r of tanpaIki.rhk) r.iki = r.iki.filter((k) => k.id !== denganRealisasi!.iki_id);
      await ditolak(simpanDraftSkp(ctx, s.id, tanpaIki), "INPUT_TIDAK_VALID", { _: ["ADA_REALISASI"] });
      const tanpaRhk = clone(form);
      tanpaRhk.rhk = tanpaRhk.rhk.filter((r) => r.id !== denganRealisasi!.rhk_id);
      await ditolak(simpanDraftSkp(ctx, s.id, tanpaRhk), "INPUT_TIDAK_VALID", { _: ["ADA_REALISASI"] });
      expect(await keadaan(s.id)).toEqual(sebelum);

      // an edit shows up against version 1
      const ubah = clone(form);
      const rhk0 = ubah.rhk[0]!;
      rhk0.uraian = `${rhk0.uraian} dan terdokumentasi`;
      rhk0.iki[0]!.targetMin = String(Number(rhk0.iki[0]!.targetMin) + 2);
      rhk0.iki[0]!.targetMax = "";
      await simpanDraftSkp(ctx, s.id, ubah);
      const kini = await getVersiSkp(ctx, s.id, "kini");
      const beda = bandingkanSkp(await getVersiSkp(ctx, s.id, 1), kini);
      expect(beda).toEqual([
        { jenis: "RHK_DIUBAH", rhk: rhk0.uraian, kolom: "uraian", sebelum: v1Sebelum.rhk[0]!.uraian, sesudah: rhk0.uraian },
        expect.objectContaining({ jenis: "IKI_DIUBAH", rhk: rhk0.uraian, kolom: "target", sesudah: formatTarget(kini.rhk.find((r) => r.id === rhk0.id)!.iki[0]!) }),
      ]);

      await ajukanSkp(ctx, s.id);
      await setujuiSkp(ppk, s.id);
      const versi = await q<{ nomor: number; isi: SkpDokumen }>(sql`select nomor, isi from skp_versi where skp_id = ${s.id} order by nomor`);
      expect(versi.map((v) => v.nomor)).toEqual([1, 2]);
      expect(versi[0]!.isi).toEqual(v1Sebelum);
      expect(versi[1]!.isi).toEqual(clone(await dokumen(s.id)));
      expect(versi[1]!.isi).toMatchObject({ versi: 2, status: "DISETUJUI" });
      expect((await getSkp(ctx, s.id)).versi.map((v) => v.nomor)).toEqual([2, 1]);
    });

    it("lets the PPK reopen an approved plan too, telling the pegawai", async () => {
      const s = await ambilSkp("DISETUJUI");
      await bukaVersiBaruSkp(await ctxOf(s.ppk_pegawai_id), s.id);
      expect(await statusSkp(s.id)).toBe("DRAFT");
      expect((await notifikasiUntuk(s.pegawai_id, "SKP_VERSI_BARU")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      // the content is the pegawai's to change, not the PPK's
      const { form } = await formulir(s);
      await ditolak(simpanDraftSkp(await ctxOf(s.ppk_pegawai_id), s.id, form), "DITOLAK");
    });
  });

  // ------------------------------------------------------------------ the PPK's side

  describe("tulisEkspektasi", () => {
    const isi = (teks: Partial<Record<NilaiBerakhlak, string>>) => Object.fromEntries(NILAI_BERAKHLAK.map((n) => [n, teks[n] ?? ""])) as Record<NilaiBerakhlak, string>;
    const ekspektasi = async (skpId: string) =>
      Object.fromEntries((await q<{ nilai: string; ekspektasi: string }>(sql`select nilai, ekspektasi from ekspektasi_perilaku where skp_id = ${skpId}`)).map((e) => [e.nilai, e.ekspektasi]));

    it("writes the expectations of one SKP, and of several at once without erasing the rest", async () => {
      const a = await ambilSkp("DIAJUKAN");
      const ppk = await ctxOf(a.ppk_pegawai_id);
      const lengkap = isi(Object.fromEntries(NILAI_BERAKHLAK.map((n, i) => [n, `Ekspektasi ${i + 1}`])));
      expect(await tulisEkspektasi(ppk, { skpIds: [a.id], ekspektasi: lengkap, hanyaYangDiisi: false })).toEqual({ diperbarui: 1 });
      expect(await ekspektasi(a.id)).toEqual(lengkap);
      expect((await getSkp(ppk, a.id)).dokumen.perilaku.map((p) => p.ekspektasi)).toEqual(NILAI_BERAKHLAK.map((_, i) => `Ekspektasi ${i + 1}`));
      expect(await auditUntuk(a.id, "SKP_EKSPEKTASI_DITULIS")).toEqual([expect.objectContaining({ aktor_id: a.ppk_pegawai_id })]);

      // a second subordinate of the same PPK whose plan is not yet approved
      const [b] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.ppk_pegawai_id = ${a.ppk_pegawai_id} and s.id <> ${a.id} and s.status <> 'DISETUJUI' limit 1`);
      const ids = b ? [a.id, b.id] : [a.id];
      const bSebelum = b ? await ekspektasi(b.id) : {};
      const hasil = await tulisEkspektasi(ppk, { skpIds: ids, ekspektasi: isi({ AKUNTABEL: "Laporan tepat waktu setiap bulan" }) });
      expect(hasil).toEqual({ diperbarui: ids.length });
      expect(await ekspektasi(a.id)).toEqual({ ...lengkap, AKUNTABEL: "Laporan tepat waktu setiap bulan" });
      if (b) expect(await ekspektasi(b.id)).toEqual({ ...bSebelum, AKUNTABEL: "Laporan tepat waktu setiap bulan" });

      // hanyaYangDiisi: false writes the empty ones too
      await tulisEkspektasi(ppk, { skpIds: [a.id], ekspektasi: isi({ LOYAL: "Menjaga rahasia jabatan" }), hanyaYangDiisi: false });
      expect(await ekspektasi(a.id)).toEqual(isi({ LOYAL: "Menjaga rahasia jabatan" }));
    });

    it("refuses anyone but the SKP's PPK, and an approved SKP, writing nothing", async () => {
      const a = await ambilSkp("DIAJUKAN");
      const ppk = await ctxOf(a.ppk_pegawai_id);
      const [disetujui] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.ppk_pegawai_id = ${a.ppk_pegawai_id} and s.status = 'DISETUJUI' limit 1`);
      const teks = isi({ KOMPETEN: "Mengikuti pelatihan" });
      const sebelum = await keadaan(a.id);
      await ditolak(tulisEkspektasi(await ctxOf(a.pegawai_id), { skpIds: [a.id], ekspektasi: teks }), "DITOLAK", { skpIds: ["BUKAN_PPK"] });
      await ditolak(tulisEkspektasi(await rekanDari(a), { skpIds: [a.id], ekspektasi: teks }), "TIDAK_DITEMUKAN");
      await ditolak(tulisEkspektasi(await ctxPersona("admin"), { skpIds: [a.id], ekspektasi: teks }), "DITOLAK");
      if (a.atasan_ppk_pegawai_id) await ditolak(tulisEkspektasi(await ctxOf(a.atasan_ppk_pegawai_id), { skpIds: [a.id], ekspektasi: teks }), "DITOLAK");
      await ditolak(tulisEkspektasi(ppk, { skpIds: [a.id], ekspektasi: isi({}) }), "INPUT_TIDAK_VALID", { ekspektasi: ["EKSPEKTASI_KOSONG"] });
      if (disetujui) {
        const approved = await keadaan(disetujui.id);
        await ditolak(tulisEkspektasi(ppk, { skpIds: [a.id, disetujui.id], ekspektasi: teks }), "DITOLAK", { skpIds: ["SKP_TERKUNCI"] });
        expect(await keadaan(disetujui.id)).toEqual(approved);
      }
      expect(await keadaan(a.id)).toEqual(sebelum);
    });
  });

  describe("serahkanRhk and getTimSkp", () => {
    it("refuses to hand down an RHK of a closed period, writing nothing", async () => {
      const yohanes = await ctxPersona("ppk");
      const [lalu] = await q<{ id: string }>(sql`select r.id from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where s.pegawai_id = ${roster.persona.ppk} and p.tahun = 2025 limit 1`);
      expect(lalu).toBeDefined();
      const [n] = await q<{ n: number }>(sql`select count(*)::int as n from matriks_peran`);
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: lalu!.id, penerima: [{ pegawaiId: roster.persona.pegawai, uraianPeran: "Bagian tahun lalu" }] }), "DITOLAK", {
        rhkAtasanId: ["PERIODE_DITUTUP"],
      });
      expect((await q<{ n: number }>(sql`select count(*)::int as n from matriks_peran`))[0]).toEqual(n);
    });

    it("hands one RHK to three subordinates at once, pre-filling the open drafts, and shows who carries what", async () => {
      const yohanes = await ctxPersona("ppk");
      const timSebelum = await getTimSkp(yohanes);
      expect(timSebelum.periode?.nama).toContain("2026");
      const bebas = timSebelum.rhkSaya.find((r) => r.pemegang.length === 0);
      expect(bebas, "an RHK nobody carries").toBeDefined();
      const dipikul = timSebelum.rhkSaya.find((r) => r.pemegang.length > 0)!;
      expect(dipikul.pemegang.map((p) => p.pegawaiId)).toContain(roster.persona.pegawai);
      expect(timSebelum.bawahan.map((b) => b.pegawaiId).sort()).toEqual([...new Set(timPpk.map((s) => s.pegawai_id))].sort());
      expect(timSebelum.bawahan.find((b) => b.pegawaiId === roster.persona.pegawai)).toMatchObject({ status: "DISETUJUI" });

      const draf = timPpk.find((s) => s.status === "DRAFT")!;
      const revisi = timPpk.find((s) => s.status === "REVISI")!;
      const disetujui = await skpMilik(roster.persona.pegawai);
      const penerima = [draf, revisi, disetujui];
      const before = new Map(await Promise.all(penerima.map(async (s) => [s.id, await keadaan(s.id)] as const)));

      // refused: someone not directly below, someone else's RHK, the same person twice; nothing written
      const jejak = await jejakGlobal();
      const skpYohanes = await skpMilik(roster.persona.ppk);
      const [rhkAtasan] = await q<{ id: string }>(sql`select r.id from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.pegawai_id = ${skpYohanes.ppk_pegawai_id} limit 1`);
      expect(rhkAtasan).toBeDefined();
      const [rhkBawahan] = await q<{ id: string }>(sql`select id from rhk where skp_id = ${disetujui.id} limit 1`);
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: bebas!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }, { pegawaiId: roster.persona["kepala-dinas"], uraianPeran: "b" }] }), "DITOLAK", {
        penerima: ["BUKAN_BAWAHAN"],
      });
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: bebas!.id, penerima: [{ pegawaiId: roster.persona.plt, uraianPeran: "a" }] }), "DITOLAK");
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: rhkAtasan!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }] }), "TIDAK_DITEMUKAN");
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: rhkBawahan!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }] }), "TIDAK_DITEMUKAN");
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: "00000000-0000-4000-8000-000000000002", penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }] }), "TIDAK_DITEMUKAN");
      await ditolak(serahkanRhk(yohanes, { rhkAtasanId: bebas!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }, { pegawaiId: draf.pegawai_id, uraianPeran: "b" }] }), "INPUT_TIDAK_VALID", {
        penerima: ["PENERIMA_GANDA"],
      });
      // a subordinate cannot hand their PPK's RHK further down in the PPK's name
      await ditolak(serahkanRhk(await ctxPersona("pegawai"), { rhkAtasanId: bebas!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "a" }] }), "TIDAK_DITEMUKAN");
      expect(await jejakGlobal()).toEqual(jejak);
      for (const s of penerima) expect(await keadaan(s.id)).toEqual({ ...before.get(s.id)!, jejak });

      const uraian = (s: Subjek) => `Bagian ${s.status.toLowerCase()} dari ${bebas!.uraian}`;
      const hasil = await serahkanRhk(yohanes, { rhkAtasanId: bebas!.id, penerima: penerima.map((s) => ({ pegawaiId: s.pegawai_id, uraianPeran: uraian(s) })) });
      expect(hasil).toEqual({ ditambahkanKeDraft: 2 });
      const matriks = await q<{ pegawai_id: string; uraian_peran: string; created_by: string }>(
        sql`select pegawai_id, uraian_peran, created_by from matriks_peran where rhk_atasan_id = ${bebas!.id} order by pegawai_id`,
      );
      expect(matriks).toEqual(
        penerima.map((s) => ({ pegawai_id: s.pegawai_id, uraian_peran: uraian(s), created_by: roster.persona.ppk })).sort((x, y) => x.pegawai_id.localeCompare(y.pegawai_id)),
      );
      for (const s of [draf, revisi]) {
        const doc = await dokumen(s.id);
        const baru = doc.rhk.filter((r) => r.rhkAtasanId === bebas!.id);
        expect(baru).toEqual([expect.objectContaining({ jenis: "UTAMA", uraian: uraian(s), rhkAtasanUraian: bebas!.uraian, iki: [] })]);
        const utama = doc.rhk.filter((r) => r.jenis === "UTAMA");
        expect(utama.at(-1)!.id).toBe(baru[0]!.id);
        const [row] = await q<{ lock_version: number; status: string }>(sql`select lock_version, status from skp where id = ${s.id}`);
        expect(row).toEqual({ lock_version: Number(before.get(s.id)!.s!.lock_version) + 1, status: s.status });
        expect((await notifikasiUntuk(s.pegawai_id, "RHK_DISERAHKAN")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      }
      expect(await keadaan(disetujui.id)).toMatchObject({ s: before.get(disetujui.id)!.s, rhkRows: before.get(disetujui.id)!.rhkRows });
      // someone whose plan is already submitted or approved is pointed at that plan, not at "new SKP"
      expect((await notifikasiUntuk(disetujui.pegawai_id, "RHK_DISERAHKAN")).at(-1)).toMatchObject({ tautan: `/skp/${disetujui.id}` });
      expect(await auditUntuk(bebas!.id, "RHK_DISERAHKAN")).toEqual([expect.objectContaining({ aktor_id: roster.persona.ppk })]);

      const tim = await getTimSkp(yohanes);
      const pemegang = tim.rhkSaya.find((r) => r.id === bebas!.id)!.pemegang;
      expect(pemegang.map((p) => p.pegawaiId).sort()).toEqual(penerima.map((s) => s.pegawai_id).sort());
      for (const s of penerima) {
        expect(pemegang.find((p) => p.pegawaiId === s.pegawai_id)).toMatchObject({
          uraianPeran: uraian(s),
          rhkBawahan: s === disetujui ? null : uraian(s),
        });
      }
      // handing it again changes the part, not the drafts
      const lagi = await serahkanRhk(yohanes, { rhkAtasanId: bebas!.id, penerima: [{ pegawaiId: draf.pegawai_id, uraianPeran: "Bagian yang diperbarui" }] });
      expect(lagi).toEqual({ ditambahkanKeDraft: 0 });
      expect((await dokumen(draf.id)).rhk.filter((r) => r.rhkAtasanId === bebas!.id)).toHaveLength(1);
      expect(await q(sql`select uraian_peran from matriks_peran where rhk_atasan_id = ${bebas!.id} and pegawai_id = ${draf.pegawai_id}`)).toEqual([
        { uraian_peran: "Bagian yang diperbarui" },
      ]);
      await ditolak(getTimSkp(await ctxPersona("pegawai")), "TIDAK_DITEMUKAN");
    });
  });

  // last: it changes who holds a PPK's position
  describe("an acting (Plh) PPK", () => {
    it("receives the submission and may return or approve it with the PPK's rights", async () => {
      const s = await ambilSkp("DIAJUKAN");
      await tarikSkp(await ctxOf(s.pegawai_id), s.id);
      const [jabPpk] = await q<{ jabatan_id: string }>(sql`select p.jabatan_id from penugasan p join jabatan j on j.id = p.jabatan_id
        where p.pegawai_id = ${s.ppk_pegawai_id} and p.jenis = 'DEFINITIF' and p.selesai is null and j.kepala_unit limit 1`);
      const plh = await orangLuar(s);
      // open-ended: the approval is stamped with the real clock, which may be later than TODAY
      await t.db().execute(sql`insert into penugasan (pegawai_id, jabatan_id, jenis, mulai)
        values (${plh.actor.pegawaiId}, ${jabPpk!.jabatan_id}, 'PLH', ${KEMARIN}::date)`);
      expect((await faktaPegawai(t.db(), s.pegawai_id, TODAY))?.ppkPegawaiId).toBe(plh.actor.pegawaiId);

      await ajukanSkp(await ctxOf(s.pegawai_id), s.id);
      const [row] = await q<{ ppk_pegawai_id: string; status: string }>(sql`select ppk_pegawai_id, status from skp where id = ${s.id}`);
      expect(row).toEqual({ ppk_pegawai_id: plh.actor.pegawaiId, status: "DIAJUKAN" });
      expect((await notifikasiUntuk(plh.actor.pegawaiId, "SKP_DIAJUKAN")).at(-1)).toMatchObject({ tautan: `/skp/${s.id}` });
      const acting = await ctxOf(plh.actor.pegawaiId);
      expect(acting.actor.peran).toContain("PPK");
      expect((await getSkp(acting, s.id)).aksi).toEqual(["KEMBALIKAN", "SETUJUI"]);
      expect((await getAntrianSkp(acting)).map((a) => a.skpId)).toContain(s.id);
      // the definitive holder, away, is no longer this SKP's PPK
      await ditolak(setujuiSkp(await ctxOf(s.ppk_pegawai_id), s.id), "TIDAK_DITEMUKAN");
      await setujuiSkp(acting, s.id);
      expect(await statusSkp(s.id)).toBe("DISETUJUI");
      const [v] = await q<{ disetujui_oleh: string; isi: SkpDokumen }>(sql`select disetujui_oleh, isi from skp_versi where skp_id = ${s.id}`);
      expect(v!.disetujui_oleh).toBe(plh.actor.pegawaiId);
      expect(v!.isi.ppk).toMatchObject({ id: plh.actor.pegawaiId, jabatan: expect.stringMatching(/^Plh\. /) });
    });

    it("signs the frozen copy with the acting title of the approval day in WIB, also early in the morning", async () => {
      const BESOK = "2026-11-21";
      const s = await ambilSkp("DIAJUKAN");
      const [jabPpk] = await q<{ jabatan_id: string; nama: string }>(sql`select p.jabatan_id, j.nama from penugasan p join jabatan j on j.id = p.jabatan_id
        where p.pegawai_id = ${s.ppk_pegawai_id} and p.jenis = 'DEFINITIF' and p.selesai is null and j.kepala_unit limit 1`);
      const plh = await orangLuar(s);
      t.dipakai.add(plh.actor.pegawaiId);
      // a Plh who stands in from tomorrow, for one day
      await t.db().execute(sql`insert into penugasan (pegawai_id, jabatan_id, jenis, mulai, selesai)
        values (${plh.actor.pegawaiId}, ${jabPpk!.jabatan_id}, 'PLH', ${BESOK}::date, ${BESOK}::date)`);
      const pada = async (pegawaiId: string): Promise<ServiceContext> => ({ db: t.db(), actor: (await loadActor(t.db(), pegawaiId, BESOK))!, today: BESOK });
      await tarikSkp(await pada(s.pegawai_id), s.id);
      await ajukanSkp(await pada(s.pegawai_id), s.id);
      const acting = await pada(plh.actor.pegawaiId);
      // 06:30 WIB on BESOK is still the day before in UTC
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-20T23:30:00Z") });
      try {
        await setujuiSkp(acting, s.id);
      } finally {
        vi.useRealTimers();
      }
      const [v] = await q<{ isi: SkpDokumen }>(sql`select isi from skp_versi where skp_id = ${s.id}`);
      expect(v!.isi.disetujuiAt).toBe("2026-11-20T23:30:00.000Z");
      expect(v!.isi.ppk).toMatchObject({ id: plh.actor.pegawaiId, jabatan: `Plh. ${jabPpk!.nama}` });
      expect((await getDokumenSkp(acting, s.id)).ppk?.jabatan).toBe(`Plh. ${jabPpk!.nama}`);
    });
  });
});

// ---------------------------------------------------------------------- a PPK without RHK

describe.each(testDatabases())("SKP services when the PPK has no RHK yet, on $name", (target) => {
  let handle: DbHandle;
  const t = alat(() => handle);

  beforeAll(async () => {
    handle = await target.open();
    await seedHelvetia(handle.db, { today: TODAY });
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** Pegawai without a 2026 SKP who can start one (they hold their position and have a PPK). */
  const tanpaSkp = async () => {
    const rows = await t.q<{ pegawai_id: string; penugasan_id: string }>(sql`select pn.pegawai_id, pn.id as penugasan_id from penugasan pn
      where pn.mulai <= ${TODAY}::date and (pn.selesai is null or pn.selesai >= ${TODAY}::date) and pn.jenis = 'DEFINITIF'
        and not exists (select 1 from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.penugasan_id = pn.id)
      order by pn.pegawai_id`);
    const out: Array<{ pegawai_id: string; penugasan_id: string; ppk: string }> = [];
    for (const r of rows) {
      const f = await faktaPegawai(t.db(), r.pegawai_id, TODAY);
      if (f?.ppkPegawaiId) out.push({ ...r, ppk: f.ppkPegawaiId });
    }
    return out;
  };

  it("asks the PPK (once, until read) for their RHK when a subordinate starts a plan, and blocks submission meanwhile", async () => {
    const [o] = await tanpaSkp();
    const ppkId = o!.ppk;
    await t.db().execute(sql`delete from rhk where skp_id in (select s.id from skp s join periode p on p.id = s.periode_id
      where p.tahun = 2026 and s.pegawai_id = ${ppkId})`);
    expect(await t.notifikasiUntuk(ppkId, "RHK_ATASAN_DIBUTUHKAN")).toEqual([]);

    const ctx = await t.ctxOf(o!.pegawai_id);
    const { id } = await buatSkp(ctx, { penugasanId: o!.penugasan_id, pendekatan: "KUANTITATIF", sumber: "KOSONG" });
    const notif = await t.notifikasiUntuk(ppkId, "RHK_ATASAN_DIBUTUHKAN");
    expect(notif).toHaveLength(1);
    expect(notif[0]).toMatchObject({ tautan: "/skp/matriks", dibaca_at: null });
    expect(notif[0]!.isi).toContain(id);
    expect(notif[0]!.judul).toContain(ctx.actor.nama);

    const h = await getSkp(ctx, id);
    expect(h.rhkAtasan).toEqual([]);
    const form = clone(nilaiForm(h.dokumen, h.lockVersion));
    form.rhk = [{ id: "", jenis: "UTAMA", uraian: "Terselesaikannya layanan administrasi", rhkAtasanId: "", perspektif: "", iki: [ikiBaru()] }];
    await simpanDraftSkp(ctx, id, form);
    expect(await t.notifikasiUntuk(ppkId, "RHK_ATASAN_DIBUTUHKAN")).toHaveLength(1);
    await ditolak(ajukanSkp(ctx, id), "INPUT_TIDAK_VALID", { _: ["SYARAT_RHK_TANPA_INTERVENSI"] });
    expect(await t.statusSkp(id)).toBe("DRAFT");

    // once the PPK has read it, a later save asks again
    await t.db().execute(sql`update notifikasi set dibaca_at = now() where penerima_id = ${ppkId} and jenis = 'RHK_ATASAN_DIBUTUHKAN'`);
    const h2 = await getSkp(ctx, id);
    await simpanDraftSkp(ctx, id, nilaiForm(h2.dokumen, h2.lockVersion));
    expect(await t.notifikasiUntuk(ppkId, "RHK_ATASAN_DIBUTUHKAN")).toHaveLength(2);
  });

  it("hands an RHK to a subordinate who has no SKP yet, who then starts from it", async () => {
    const kandidat = await tanpaSkp();
    let o: (typeof kandidat)[number] | undefined;
    let rhkPpk: { id: string; uraian: string } | undefined;
    for (const k of kandidat.slice(1, -1)) {
      [rhkPpk] = await t.q<{ id: string; uraian: string }>(sql`select r.id, r.uraian from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
        where p.tahun = 2026 and s.pegawai_id = ${k.ppk} and r.jenis = 'UTAMA' order by r.urutan limit 1`);
      if (rhkPpk) {
        o = k;
        break;
      }
    }
    expect(o && rhkPpk).toBeTruthy();
    const hasil = await serahkanRhk(await t.ctxOf(o!.ppk), { rhkAtasanId: rhkPpk!.id, penerima: [{ pegawaiId: o!.pegawai_id, uraianPeran: "Menyiapkan bahan layanan" }] });
    expect(hasil).toEqual({ ditambahkanKeDraft: 0 });
    expect((await t.notifikasiUntuk(o!.pegawai_id, "RHK_DISERAHKAN")).at(-1)).toMatchObject({ tautan: "/skp/baru" });
    const ctx = await t.ctxOf(o!.pegawai_id);
    expect((await getOpsiSkpBaru(ctx)).penugasan.find((p) => p.penugasanId === o!.penugasan_id)?.jumlahMatriks).toBe(1);
    const { id } = await buatSkp(ctx, { penugasanId: o!.penugasan_id, pendekatan: "KUALITATIF", sumber: "MATRIKS" });
    expect((await t.dokumen(id)).rhk).toEqual([
      expect.objectContaining({ jenis: "UTAMA", uraian: "Menyiapkan bahan layanan", rhkAtasanId: rhkPpk!.id, rhkAtasanUraian: rhkPpk!.uraian }),
    ]);
    expect((await t.dokumen(id)).pendekatan).toBe("KUALITATIF");
  });

  it("refuses to start from last period's plan when there is none, creating nothing", async () => {
    const o = (await tanpaSkp()).at(-1);
    await t.db().execute(sql`delete from skp where pegawai_id = ${o!.pegawai_id}`);
    const ctx = await t.ctxOf(o!.pegawai_id);
    expect((await getOpsiSkpBaru(ctx)).adaSkpSebelumnya).toBe(false);
    const sebelum = await t.jejakGlobal();
    await ditolak(buatSkp(ctx, { penugasanId: o!.penugasan_id, pendekatan: "KUANTITATIF", sumber: "SEBELUMNYA" }), "INPUT_TIDAK_VALID", { sumber: ["TANPA_SKP_SEBELUMNYA"] });
    expect(await t.jejakGlobal()).toEqual(sebelum);
    expect(await t.q(sql`select id from skp where pegawai_id = ${o!.pegawai_id}`)).toEqual([]);
  });
});
