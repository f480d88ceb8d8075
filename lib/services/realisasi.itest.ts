/**
 * Carrying out an approved SKP against a freshly seeded Pemerintah Kota Helvetia: realisations with
 * evidence files on disk and links, the target-reached notification (once per IKI and checkpoint),
 * live events, action plans, the PPK's feedback and the one reply, the standard phrases, the pages,
 * the deadline reminders and the notification centre. Every refused call must leave the database
 * (and the evidence folder) as it was.
 *
 * Seeded once per database. The seed's "today" is 2026-11-20: November 2026 is the running checkpoint,
 * December has not started, and Diskominfo/BKPSDM plans have DITETAPKAN periodic evaluations for
 * September and October (Siti Rahmawati's included). Each test picks its own subjects.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { BATAS_UKURAN_BUKTI } from "@/lib/domain/realisasi";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { type ServiceContext } from "./context";
import type { ServiceError } from "./errors";
import { SALURAN_LANGSUNG, bacaPeristiwa, terbitkan, type Peristiwa } from "./langsung";
import { daftarNotifikasi, getPreferensiSurel, simpanPreferensiSurel, tandaiNotifikasiDibaca, tandaiSemuaDibaca } from "./notifikasi";
import { penyimpananDisk, type PenyimpananBerkas } from "./penyimpanan";
import {
  balasUmpanBalik,
  beriUmpanBalik,
  catatRealisasi,
  getFrasaUmpanBalik,
  getHalamanRealisasi,
  getProgresTim,
  hapusBukti,
  kirimPengingatTenggat,
  simpanFrasaUmpanBalik,
  simpanRencanaAksi,
  tambahBukti,
  unduhBukti,
} from "./realisasi";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const PERSONA_IDS = new Set(Object.values(roster.persona));
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";

const enc = (s: string) => new TextEncoder().encode(s);
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** A small but real PDF (the content decides the type, never the name). */
function pdf(label: string): Uint8Array {
  return enc(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n` +
      `% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}
/** A PDF header padded to exactly `ukuran` bytes. */
function pdfBerukuran(ukuran: number): Uint8Array {
  const b = new Uint8Array(ukuran).fill(0x20);
  b.set(enc("%PDF-1.4\n"));
  return b;
}
/** A Windows executable's header (MZ … PE). */
function exe(): Uint8Array {
  const b = new Uint8Array(1024);
  b.set(enc("MZ"));
  b[0x3c] = 0x80;
  b.set(enc("PE\0\0"), 0x80);
  return b;
}

/** Files under the evidence folder, relative, sorted. */
async function daftarBerkas(folder: string): Promise<string[]> {
  const out: string[] = [];
  const jalan = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await jalan(p);
      else out.push(path.relative(folder, p));
    }
  };
  await jalan(folder);
  return out.sort();
}

const tunda = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function tunggu(cek: () => boolean, ms = 5000): Promise<void> {
  const akhir = Date.now() + ms;
  while (!cek()) {
    if (Date.now() > akhir) throw new Error("timed out waiting");
    await tunda(20);
  }
}

type IkiSubjek = { iki_id: string; rhk_id: string; target_min: string | null; satuan: string | null; skp_id: string; pegawai_id: string; ppk_pegawai_id: string; atasan_ppk_pegawai_id: string | null; nama: string };

describe.each(testDatabases())("realisasi services on $name", (tdb) => {
  let h: DbHandle;
  let folder: string;
  let store: PenyimpananBerkas;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const dipakai = new Set<string>();

  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);
  const ctxPersona = (key: PersonaKey) => ctxOf(roster.persona[key]);

  /** Every row the carrying-out services write, fingerprinted, and the files on disk. */
  const keadaan = async () => {
    const [r] = await q(sql`select
      (select count(*)::int from realisasi) as realisasi,
      (select md5(coalesce(string_agg(concat_ws('|', id, nilai, uraian, sumber_data, dicatat_oleh, updated_at), ',' order by id), '')) from realisasi) as realisasi_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, realisasi_id, jenis, nama, tautan, lokasi_berkas, sha256), ',' order by id), '')) from bukti_dukung) as bukti_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, rhk_id, checkpoint_id, uraian, updated_at), ',' order by id), '')) from rencana_aksi) as rencana_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, frasa_standar, isi, balasan, dibalas_at), ',' order by id), '')) from umpan_balik) as umpan_balik_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, dibaca_at, surel_menunggu), ',' order by id), '')) from notifikasi) as notifikasi_h,
      (select md5(coalesce(string_agg(concat_ws('|', instansi_id, urutan, teks), ',' order by instansi_id, urutan), '')) from frasa_umpan_balik) as frasa_h,
      (select md5(coalesce(string_agg(concat_ws('|', pegawai_id, jenis, aktif), ',' order by pegawai_id, jenis), '')) from preferensi_surel) as preferensi_h,
      (select count(*)::int from audit_log) as audit`);
    return { ...r, berkas: await daftarBerkas(folder) };
  };
  /** The call is refused with this code and changes nothing. */
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);

  /** A call that succeeds with `hasil` and changes nothing. */
  const tanpaPerubahanNilai = async (call: () => Promise<unknown>, hasil: unknown) => {
    const sebelum = await keadaan();
    expect(await call()).toEqual(hasil);
    expect(await keadaan()).toEqual(sebelum);
  };

  const auditUntuk = (entitasId: string, aksi: string) =>
    q<{ aktor_id: string; sebelum: Record<string, unknown> | null; sesudah: Record<string, unknown> | null }>(
      sql`select aktor_id, sebelum, sesudah from audit_log where entitas_id = ${entitasId} and aksi = ${aksi} order by id`,
    );
  const notifikasiKunci = (kunci: string) =>
    q<{ penerima_id: string; jenis: string; judul: string; isi: string; tautan: string | null }>(sql`select penerima_id, jenis, judul, isi, tautan from notifikasi where kunci = ${kunci} order by created_at`);
  const notifikasiUntuk = (penerimaId: string, jenis: string) =>
    q<{ id: string; judul: string; isi: string; tautan: string | null; kunci: string | null }>(
      sql`select id, judul, isi, tautan, kunci from notifikasi where penerima_id = ${penerimaId} and jenis = ${jenis} order by created_at, id`,
    );
  const realisasiRow = async (ikiId: string, cpId: string) =>
    (await q<{ id: string; nilai: string | null; uraian: string; sumber_data: string; dicatat_oleh: string }>(
      sql`select id, nilai::text as nilai, uraian, sumber_data, dicatat_oleh from realisasi where iki_id = ${ikiId} and checkpoint_id = ${cpId}`,
    ))[0];

  const nilaiSeed = async (ikiId: string, urutan: number) => (await realisasiRow(ikiId, cp[urutan]!))!.nilai!;

  /** Checkpoint ids of 2026 by their number, and November 2025. */
  const cp: Record<number, string> = {};
  let cpNov2025: string;
  /** Siti Rahmawati (persona pegawai): an approved 2026 SKP, PPK Yohanes, September and October evaluated. */
  let siti: { skpId: string; pegawaiId: string; ppkId: string; atasanId: string; unitPath: string; rhk: string[]; iki: Record<"rekaman" | "persen" | "laporan" | "bulan", string> };
  /** Another of Yohanes' subordinates with an approved SKP (a plain pegawai). */
  let rekan: { skpId: string; pegawaiId: string; ikiId: string };
  /** One of Yohanes' subordinates whose SKP is still submitted. */
  let belumDisetujui: { skpId: string; pegawaiId: string; ikiId: string; rhkId: string };

  /** Kuantitatif count IKI of approved plans without any evaluation, below target in October and November. */
  const ikiDiBawahTarget = async (): Promise<IkiSubjek[]> =>
    q<IkiSubjek>(sql`select i.id as iki_id, i.rhk_id, i.target_min::text as target_min, i.satuan, s.id as skp_id, s.pegawai_id, s.ppk_pegawai_id,
        s.atasan_ppk_pegawai_id, pg.nama
      from iki i join rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and s.ppk_pegawai_id is not null and pg.aktif
        and s.berlaku_mulai <= '2026-10-01' and s.berlaku_selesai >= '2026-11-30'
        and i.target_min >= 10 and i.satuan not in ('%', 'persen', 'nilai', 'indeks', 'level', 'skor', 'bulan')
        and not exists (select 1 from evaluasi e where e.skp_id = s.id)
        and (select re.nilai from realisasi re where re.iki_id = i.id and re.checkpoint_id = ${cp[10]}) < i.target_min - 1
        and (select re.nilai from realisasi re where re.iki_id = i.id and re.checkpoint_id = ${cp[11]}) < i.target_min - 1
      order by i.id`);
  /** A fresh subject: one IKI per SKP, SKPs and owners not used by another test. */
  const ambilIki = async (): Promise<IkiSubjek> => {
    for (const r of await ikiDiBawahTarget()) {
      if (dipakai.has(r.skp_id) || dipakai.has(r.pegawai_id) || PERSONA_IDS.has(r.pegawai_id) || PERSONA_IDS.has(r.ppk_pegawai_id)) continue;
      dipakai.add(r.skp_id);
      dipakai.add(r.pegawai_id);
      return r;
    }
    throw new Error("no unused subject left");
  };

  /** A plain pegawai of another perangkat daerah than Siti's. */
  const orangLuar = async (): Promise<ServiceContext> => {
    const pd = siti.unitPath.split("/")[2]!;
    const rows = await q<{ pegawai_id: string }>(sql`select s.pegawai_id from skp s join periode p on p.id = s.periode_id
        join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and u.path not like ${`%/${pd}/%`} order by s.pegawai_id limit 40`);
    for (const r of rows) {
      if (dipakai.has(r.pegawai_id)) continue;
      const ctx = await ctxOf(r.pegawai_id);
      if (ctx.actor.peran.join() === "PEGAWAI") return ctx;
    }
    throw new Error("no outsider");
  };

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "kinerja-bukti-"));
    store = penyimpananDisk(folder);

    for (const c of await q<{ id: string; urutan: number; tahun: number }>(sql`select c.id, c.urutan, p.tahun from checkpoint c join periode p on p.id = c.periode_id`)) {
      if (Number(c.tahun) === 2026) cp[Number(c.urutan)] = c.id;
      if (Number(c.tahun) === 2025 && Number(c.urutan) === 11) cpNov2025 = c.id;
    }
    const [s] = await q<{ id: string; ppk_pegawai_id: string; atasan_ppk_pegawai_id: string; unit_path: string }>(sql`select s.id, s.ppk_pegawai_id, s.atasan_ppk_pegawai_id, u.path as unit_path
      from skp s join periode p on p.id = s.periode_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
      where p.tahun = 2026 and s.pegawai_id = ${roster.persona.pegawai}`);
    const ikiRows = await q<{ id: string; rhk_id: string; satuan: string }>(sql`select i.id, i.rhk_id, i.satuan from iki i join rhk r on r.id = i.rhk_id where r.skp_id = ${s!.id} order by r.urutan, i.urutan`);
    const bySatuan = (satuan: string) => ikiRows.find((i) => i.satuan === satuan)!.id;
    siti = {
      skpId: s!.id, pegawaiId: roster.persona.pegawai, ppkId: s!.ppk_pegawai_id, atasanId: s!.atasan_ppk_pegawai_id, unitPath: s!.unit_path,
      rhk: [...new Set(ikiRows.map((i) => i.rhk_id))],
      iki: { rekaman: bySatuan("rekaman"), persen: bySatuan("%"), laporan: bySatuan("laporan"), bulan: bySatuan("bulan") },
    };
    expect(siti.ppkId).toBe(roster.persona.ppk);
    const [r] = await q<{ skp_id: string; pegawai_id: string; iki_id: string }>(sql`select s.id as skp_id, s.pegawai_id, i.id as iki_id
      from skp s join periode p on p.id = s.periode_id join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and s.ppk_pegawai_id = ${roster.persona.ppk} and s.pegawai_id <> ${siti.pegawaiId} and i.target_min is not null
      order by s.pegawai_id, r.urutan, i.urutan limit 1`);
    rekan = { skpId: r!.skp_id, pegawaiId: r!.pegawai_id, ikiId: r!.iki_id };
    const [b] = await q<{ skp_id: string; pegawai_id: string; iki_id: string; rhk_id: string }>(sql`select s.id as skp_id, s.pegawai_id, i.id as iki_id, r.id as rhk_id
      from skp s join periode p on p.id = s.periode_id join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id
      where p.tahun = 2026 and s.status = 'DIAJUKAN' and s.ppk_pegawai_id = ${roster.persona.ppk} order by s.pegawai_id, r.urutan, i.urutan limit 1`);
    belumDisetujui = { skpId: b!.skp_id, pegawaiId: b!.pegawai_id, ikiId: b!.iki_id, rhkId: b!.rhk_id };
    for (const id of [siti.skpId, siti.pegawaiId, rekan.skpId, rekan.pegawaiId, belumDisetujui.skpId, belumDisetujui.pegawaiId]) dipakai.add(id);
  });
  afterAll(async () => {
    await h?.close();
    if (folder) await fs.rm(folder, { recursive: true, force: true });
  });

  // ------------------------------------------------------------------ realisations

  describe("recording a realisation", () => {
    it("records a value typed with a decimal comma, then corrects it; the audit keeps what it was", async () => {
      const ctx = await ctxPersona("pegawai");
      const ikiId = siti.iki.laporan;
      // start from an empty November for this IKI
      await db().execute(sql`delete from realisasi where iki_id = ${ikiId} and checkpoint_id = ${cp[11]}`);

      const hasil = await catatRealisasi(ctx, { ikiId, checkpointId: cp[11], nilai: "10,5", uraian: " Rekap laporan November ", sumberData: "Arsip seksi" }, null, store);
      expect(hasil).toMatchObject({ capaian: 10.5, persen: 88, targetTercapai: false });
      const row = await realisasiRow(ikiId, cp[11]!);
      expect(row).toEqual({ id: hasil.realisasiId, nilai: "10.50", uraian: "Rekap laporan November", sumber_data: "Arsip seksi", dicatat_oleh: siti.pegawaiId });
      const [dicatat] = await auditUntuk(hasil.realisasiId, "REALISASI_DICATAT");
      expect(dicatat).toMatchObject({ aktor_id: siti.pegawaiId, sebelum: null, sesudah: { ikiId, checkpointId: cp[11], nilai: 10.5, berkas: null } });

      const ubah = await catatRealisasi(ctx, { ikiId, checkpointId: cp[11], nilai: "11", uraian: "Rekap laporan November (revisi)", sumberData: "Arsip seksi" }, null, store);
      expect(ubah).toMatchObject({ realisasiId: hasil.realisasiId, capaian: 11, persen: 92, targetTercapai: false });
      expect((await realisasiRow(ikiId, cp[11]!))!.nilai).toBe("11.00");
      expect(await q(sql`select id from realisasi where iki_id = ${ikiId} and checkpoint_id = ${cp[11]}`)).toHaveLength(1);
      const [diubah] = await auditUntuk(hasil.realisasiId, "REALISASI_DIUBAH");
      expect(diubah).toMatchObject({ sebelum: { nilai: 10.5, uraian: "Rekap laporan November" }, sesudah: { nilai: 11, uraian: "Rekap laporan November (revisi)" } });

      // the page shows it
      const hal = await getHalamanRealisasi(ctx, siti.skpId);
      const iki = hal.rhk.flatMap((r) => r.iki).find((k) => k.id === ikiId)!;
      expect(iki).toMatchObject({ capaian: 11, persen: 92, realisasi: { id: hasil.realisasiId, nilai: 11, uraian: "Rekap laporan November (revisi)", sumberData: "Arsip seksi" } });
      expect(iki.seri.find((x) => x.urutan === 11)!.nilai).toBe(11);
    });

    it("asks a kuantitatif IKI for a value and a kualitatif IKI for a description", async () => {
      const ctx = await ctxPersona("pegawai");
      await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: siti.iki.rekaman, checkpointId: cp[11], nilai: "", uraian: "Hanya uraian" }, null, store), "INPUT_TIDAK_VALID", { nilai: ["NILAI_WAJIB"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: siti.iki.rekaman, checkpointId: cp[11], nilai: "sembilan ratus" }, null, store), "INPUT_TIDAK_VALID", { nilai: ["ANGKA_TIDAK_VALID"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: siti.iki.rekaman, checkpointId: cp[11], nilai: "-3" }, null, store), "INPUT_TIDAK_VALID", { nilai: ["ANGKA_NEGATIF"] });

      const [k] = await q<{ iki_id: string; pegawai_id: string; skp_id: string }>(sql`select i.id as iki_id, s.pegawai_id, s.id as skp_id from iki i join rhk r on r.id = i.rhk_id
          join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id
        where p.tahun = 2026 and s.status = 'DISETUJUI' and i.target_min is null and pg.aktif
          and s.berlaku_mulai <= '2026-11-01' and s.berlaku_selesai >= '2026-11-30'
          and not exists (select 1 from evaluasi e where e.skp_id = s.id) order by i.id limit 1`);
      dipakai.add(k!.pegawai_id);
      dipakai.add(k!.skp_id);
      const pemilik = await ctxOf(k!.pegawai_id);
      await tanpaPerubahan(() => catatRealisasi(pemilik, { ikiId: k!.iki_id, checkpointId: cp[11], nilai: "5", uraian: "   " }, null, store), "INPUT_TIDAK_VALID", { uraian: ["URAIAN_WAJIB"] });
      const hasil = await catatRealisasi(pemilik, { ikiId: k!.iki_id, checkpointId: cp[11], nilai: "5", uraian: "Pedoman layanan disusun dan disosialisasikan" }, null, store);
      // a kualitatif IKI has no numbers: a value sent along is not stored, and nothing is "reached"
      expect(hasil).toMatchObject({ capaian: null, persen: null, targetTercapai: false });
      expect(await realisasiRow(k!.iki_id, cp[11]!)).toMatchObject({ nilai: null, uraian: "Pedoman layanan disusun dan disosialisasikan" });
    });

    it("refuses someone else's IKI, the PPK recording for a subordinate, an unapproved SKP and checkpoints that are not open", async () => {
      const ctx = await ctxPersona("pegawai");
      const input = (over: Record<string, unknown> = {}) => ({ ikiId: siti.iki.rekaman, checkpointId: cp[11], nilai: "900", uraian: "x", ...over });
      // another pegawai's IKI, an unknown IKI, an outsider: "not found"
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ ikiId: rekan.ikiId }), null, store), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ ikiId: TIDAK_ADA }), null, store), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => catatRealisasi(await orangLuar(), input(), null, store), "TIDAK_DITEMUKAN");
      // the PPK and the Atasan PPK see the SKP but may not record for its owner, with a file neither
      await tanpaPerubahan(async () => catatRealisasi(await ctxPersona("ppk"), input(), { nama: "bukti.pdf", isi: pdf("ppk") }, store), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => catatRealisasi(await ctxOf(siti.atasanId), input(), null, store), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      // the owner of a submitted (not yet approved) plan
      await tanpaPerubahan(
        async () => catatRealisasi(await ctxOf(belumDisetujui.pegawaiId), input({ ikiId: belumDisetujui.ikiId }), null, store),
        "DITOLAK",
        { _: ["SKP_BELUM_DISETUJUI"] },
      );
      // checkpoints: another period, an unknown one, not started yet, already evaluated
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ checkpointId: cpNov2025 }), null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ checkpointId: TIDAK_ADA }), null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ checkpointId: cp[12] }), { nama: "bukti.pdf", isi: pdf("desember") }, store), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_MULAI"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ checkpointId: cp[9] }), null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, input({ checkpointId: cp[10] }), null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      // an earlier month that was not evaluated stays open
      await expect(catatRealisasi(ctx, input({ checkpointId: cp[8], nilai: await nilaiSeed(siti.iki.rekaman, 8) }), null, store)).resolves.toMatchObject({ targetTercapai: false });
    });


    it("refuses a checkpoint outside the validity of a mid-year SKP", async () => {
      const rows = await q<{ id: string; pegawai_id: string; iki_id: string; berlaku_mulai: string; berlaku_selesai: string }>(sql`select s.id, s.pegawai_id, i.id as iki_id,
          s.berlaku_mulai::text as berlaku_mulai, s.berlaku_selesai::text as berlaku_selesai
        from skp s join periode p on p.id = s.periode_id join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id join pegawai pg on pg.id = s.pegawai_id
        where p.tahun = 2026 and s.status = 'DISETUJUI' and pg.aktif and (s.berlaku_mulai > '2026-01-01' or s.berlaku_selesai < '2026-12-31')
          and i.target_min is not null order by s.berlaku_mulai, i.id`);
      expect(rows.length).toBeGreaterThan(0);
      for (const s of rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i)) {
        const ctx = await ctxOf(s.pegawai_id);
        const luar = s.berlaku_selesai < "2026-11-01" ? cp[11] : cp[1];
        await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: s.iki_id, checkpointId: luar, nilai: "1" }, null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      }
    });

    it("refuses last year's closed period: no realisation, evidence, action plan or feedback there any more", async () => {
      const [lalu] = await q<{ skp_id: string; pegawai_id: string; ppk_pegawai_id: string; iki_id: string; rhk_id: string }>(sql`select s.id as skp_id, s.pegawai_id,
          s.ppk_pegawai_id, i.id as iki_id, r.id as rhk_id
        from skp s join periode p on p.id = s.periode_id join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id
        where p.tahun = 2025 and p.status = 'DITUTUP' and s.status = 'DISETUJUI' and s.pegawai_id = ${siti.pegawaiId} and i.target_min is not null
        order by r.urutan, i.urutan limit 1`);
      expect(lalu).toBeDefined();
      const ctx = await ctxPersona("pegawai");
      const ditutup = { checkpointId: ["PERIODE_KINERJA_DITUTUP"] };
      await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: lalu!.iki_id, checkpointId: cpNov2025, nilai: "1" }, null, store), "DITOLAK", ditutup);
      await tanpaPerubahan(() => tambahBukti(ctx, { ikiId: lalu!.iki_id, checkpointId: cpNov2025, tautan: "https://drive.helvetia.go.id/a.pdf" }, null, store), "DITOLAK", ditutup);
      await tanpaPerubahan(() => simpanRencanaAksi(ctx, { rhkId: lalu!.rhk_id, checkpointId: cpNov2025, uraian: "terlambat" }), "DITOLAK", ditutup);
      if (lalu!.ppk_pegawai_id)
        await tanpaPerubahan(
          async () => beriUmpanBalik(await ctxOf(lalu!.ppk_pegawai_id), { skpId: lalu!.skp_id, checkpointId: cpNov2025, ikiId: lalu!.iki_id, isi: "terlambat" }),
          "DITOLAK",
        );
      const halaman = await getHalamanRealisasi(ctx, lalu!.skp_id, 11);
      expect(halaman.terpilih.ditutup).toBe(true);
      expect({ catat: halaman.bolehCatat, rencana: halaman.bolehRencana }).toEqual({ catat: false, rencana: false });
    });
  });

  // ------------------------------------------------------------------ evidence

  describe("evidence", () => {
    it("stores an uploaded PDF on disk with its checksum; the owner and the PPK download the same bytes, a peer and an outsider do not", async () => {
      const ctx = await ctxPersona("pegawai");
      const isi = pdf("rekap rekaman November");
      const sebelum = await daftarBerkas(folder);
      const hasil = await catatRealisasi(ctx, { ikiId: siti.iki.rekaman, checkpointId: cp[11], nilai: "905", uraian: "Rekap SIAK", sumberData: "SIAK" }, { nama: "rekap-november.pdf", isi }, store);
      const [b] = await q<{ id: string; jenis: string; nama: string; lokasi_berkas: string; ukuran: number; mime: string; sha256: string; diunggah_oleh: string }>(
        sql`select id, jenis, nama, lokasi_berkas, ukuran, mime, sha256, diunggah_oleh from bukti_dukung where realisasi_id = ${hasil.realisasiId} and jenis = 'BERKAS'`,
      );
      expect(b).toMatchObject({ jenis: "BERKAS", nama: "rekap-november.pdf", ukuran: isi.byteLength, mime: "application/pdf", sha256: sha256(isi), diunggah_oleh: siti.pegawaiId });
      // exactly one new file, holding exactly the bytes uploaded
      const sesudah = await daftarBerkas(folder);
      expect(sesudah.filter((f) => !sebelum.includes(f))).toEqual([b!.lokasi_berkas]);
      const diDisk = await fs.readFile(path.join(folder, b!.lokasi_berkas));
      expect(sha256(diDisk)).toBe(sha256(isi));
      const [audit] = await auditUntuk(hasil.realisasiId, "REALISASI_DIUBAH");
      expect(audit!.sesudah).toMatchObject({ berkas: sha256(isi) });

      // a second file through tambahBukti, with its own name
      const isi2 = pdf("lampiran");
      const { buktiId } = await tambahBukti(ctx, { ikiId: siti.iki.rekaman, checkpointId: cp[11], nama: "Lampiran rekap" }, { nama: "scan.pdf", isi: isi2 }, store);
      expect((await q(sql`select nama, sha256 from bukti_dukung where id = ${buktiId}`))[0]).toEqual({ nama: "Lampiran rekap", sha256: sha256(isi2) });
      expect(await auditUntuk(buktiId, "BUKTI_DITAMBAH")).toHaveLength(1);

      for (const siapa of [ctx, await ctxPersona("ppk"), await ctxOf(siti.atasanId), await ctxPersona("kepala-dinas")]) {
        const unduh = await unduhBukti(siapa, b!.id, store);
        expect(unduh.nama, siapa.actor.nama).toBe("rekap-november.pdf");
        expect(unduh.mime).toBe("application/pdf");
        expect(Buffer.compare(unduh.isi, Buffer.from(isi))).toBe(0);
      }
      expect(sha256((await unduhBukti(await ctxPersona("ppk"), buktiId, store)).isi)).toBe(sha256(isi2));
      const peer = await ctxOf(rekan.pegawaiId);
      expect(peer.actor.peran).toEqual(["PEGAWAI"]);
      await ditolak(unduhBukti(peer, b!.id, store), "TIDAK_DITEMUKAN");
      await ditolak(unduhBukti(await orangLuar(), b!.id, store), "TIDAK_DITEMUKAN");
      await ditolak(unduhBukti(await ctxPersona("plt"), b!.id, store), "TIDAK_DITEMUKAN");
      await ditolak(unduhBukti(ctx, TIDAK_ADA, store), "TIDAK_DITEMUKAN");
      await ditolak(unduhBukti(ctx, "../../etc/passwd", store), "TIDAK_DITEMUKAN");
      // a link has nothing to download
      const [tautan] = await q<{ id: string }>(sql`select b.id from bukti_dukung b join realisasi re on re.id = b.realisasi_id where re.iki_id = ${siti.iki.rekaman} and b.jenis = 'TAUTAN' limit 1`);
      await ditolak(unduhBukti(ctx, tautan!.id, store), "TIDAK_DITEMUKAN");
    });

    it("refuses an oversized, an empty or a disguised file and leaves no file behind", async () => {
      const ctx = await ctxPersona("pegawai");
      const rekam = (berkas: { nama: string; isi: Uint8Array }) => () =>
        catatRealisasi(ctx, { ikiId: siti.iki.persen, checkpointId: cp[11], nilai: "94", uraian: "x" }, berkas, store);
      const tambah = (berkas: { nama: string; isi: Uint8Array }) => () => tambahBukti(ctx, { ikiId: siti.iki.persen, checkpointId: cp[11] }, berkas, store);
      const besar = pdfBerukuran(BATAS_UKURAN_BUKTI + 1);
      const teks = enc("Laporan bulanan: 95% hasil kerja lengkap dan akurat.\n".repeat(20));
      for (const jalur of [rekam, tambah]) {
        await tanpaPerubahan(jalur({ nama: "laporan.pdf", isi: besar }), "INPUT_TIDAK_VALID", { berkas: ["BERKAS_TERLALU_BESAR"] });
        await tanpaPerubahan(jalur({ nama: "laporan.pdf", isi: exe() }), "INPUT_TIDAK_VALID", { berkas: ["BERKAS_JENIS_DITOLAK"] });
        await tanpaPerubahan(jalur({ nama: "laporan.pdf", isi: teks }), "INPUT_TIDAK_VALID", { berkas: ["BERKAS_JENIS_DITOLAK"] });
        await tanpaPerubahan(jalur({ nama: "laporan.pdf", isi: new Uint8Array(0) }), "INPUT_TIDAK_VALID", { berkas: ["BERKAS_KOSONG"] });
      }
      // exactly at the limit is fine
      const pas = pdfBerukuran(BATAS_UKURAN_BUKTI);
      const { buktiId } = await tambahBukti(ctx, { ikiId: siti.iki.persen, checkpointId: cp[11] }, { nama: "pas.pdf", isi: pas }, store);
      const [b] = await q<{ ukuran: number; lokasi_berkas: string }>(sql`select ukuran, lokasi_berkas from bukti_dukung where id = ${buktiId}`);
      expect(b!.ukuran).toBe(BATAS_UKURAN_BUKTI);
      expect((await fs.stat(path.join(folder, b!.lokasi_berkas))).size).toBe(BATAS_UKURAN_BUKTI);
    });

    it("adds a link, and lets the owner remove evidence until the checkpoint is evaluated", async () => {
      const ctx = await ctxPersona("pegawai");
      const base = { ikiId: siti.iki.bulan, checkpointId: cp[11] };
      const tautan = "https://drive.helvetia.go.id/kinerja/2026/rekap-november.pdf";
      const { buktiId: link } = await tambahBukti(ctx, { ...base, tautan }, null, store);
      expect((await q(sql`select jenis, nama, tautan, lokasi_berkas from bukti_dukung where id = ${link}`))[0]).toEqual({ jenis: "TAUTAN", nama: tautan, tautan, lokasi_berkas: null });
      const { buktiId: link2 } = await tambahBukti(ctx, { ...base, nama: "Notulen rapat", tautan: "http://intranet.helvetia/notulen/11" }, null, store);
      expect((await q(sql`select nama from bukti_dukung where id = ${link2}`))[0]).toEqual({ nama: "Notulen rapat" });

      await tanpaPerubahan(() => tambahBukti(ctx, base, null, store), "INPUT_TIDAK_VALID", { tautan: ["BUKTI_KOSONG"] });
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, tautan }, { nama: "a.pdf", isi: pdf("dua") }, store), "INPUT_TIDAK_VALID", { tautan: ["BUKTI_SATU_SAJA"] });
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, tautan: "javascript:alert(1)" }, null, store), "INPUT_TIDAK_VALID", { tautan: ["TAUTAN_TIDAK_VALID"] });
      await tanpaPerubahan(async () => tambahBukti(await ctxPersona("ppk"), { ...base, tautan }, null, store), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, checkpointId: cp[10], tautan }, null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, checkpointId: cp[12], tautan }, null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_MULAI"] });

      // evidence needs a realisation first
      await db().execute(sql`delete from realisasi where iki_id = ${siti.iki.bulan} and checkpoint_id = ${cp[7]}`);
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, checkpointId: cp[7] }, { nama: "a.pdf", isi: pdf("juli") }, store), "DITOLAK", { _: ["BELUM_ADA_REALISASI"] });
      await tanpaPerubahan(() => tambahBukti(ctx, { ...base, checkpointId: cp[7], tautan }, null, store), "DITOLAK", { _: ["BELUM_ADA_REALISASI"] });

      // removing: the PPK may not, a peer does not even see it, the owner may
      await tanpaPerubahan(async () => hapusBukti(await ctxPersona("ppk"), link, store), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => hapusBukti(await ctxOf(rekan.pegawaiId), link, store), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => hapusBukti(ctx, TIDAK_ADA, store), "TIDAK_DITEMUKAN");
      await hapusBukti(ctx, link, store);
      expect(await q(sql`select id from bukti_dukung where id = ${link}`)).toEqual([]);
      expect(await auditUntuk(link, "BUKTI_DIHAPUS")).toEqual([expect.objectContaining({ aktor_id: siti.pegawaiId, sebelum: expect.objectContaining({ jenis: "TAUTAN", tautan }) })]);

      // removing a file removes it from disk too
      const isi = pdf("hapus saya");
      const { buktiId: berkas } = await tambahBukti(ctx, base, { nama: "hapus.pdf", isi }, store);
      const [{ lokasi_berkas }] = (await q<{ lokasi_berkas: string }>(sql`select lokasi_berkas from bukti_dukung where id = ${berkas}`)) as [{ lokasi_berkas: string }];
      expect(await daftarBerkas(folder)).toContain(lokasi_berkas);
      await hapusBukti(ctx, berkas, store);
      expect(await daftarBerkas(folder)).not.toContain(lokasi_berkas);

      // the seed's link on Siti's October realisation: October is evaluated
      const [oktober] = await q<{ id: string }>(sql`select b.id from bukti_dukung b join realisasi re on re.id = b.realisasi_id
        where re.iki_id = ${siti.iki.bulan} and re.checkpoint_id = ${cp[10]} limit 1`);
      await tanpaPerubahan(() => hapusBukti(ctx, oktober!.id, store), "DITOLAK", { _: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
    });

    it("counts only a decided evaluation: a draft one leaves the checkpoint open, deciding it closes it", async () => {
      // Hendrik's (Yohanes' other subordinate) October evaluation is still a draft in the seed
      const [e] = await q<{ id: string; skp_id: string; pegawai_id: string }>(sql`select e.id, e.skp_id, s.pegawai_id from evaluasi e join skp s on s.id = e.skp_id
        where e.status = 'DRAFT' and e.checkpoint_id = ${cp[10]} and s.ppk_pegawai_id = ${roster.persona.ppk} limit 1`);
      expect(e).toBeDefined();
      const [iki] = await q<{ id: string }>(sql`select i.id from iki i join rhk r on r.id = i.rhk_id where r.skp_id = ${e!.skp_id} order by r.urutan, i.urutan limit 1`);
      const ctx = await ctxOf(e!.pegawai_id);
      const { buktiId } = await tambahBukti(ctx, { ikiId: iki!.id, checkpointId: cp[10], tautan: "https://drive.helvetia.go.id/oktober.pdf" }, null, store);
      await db().execute(sql`update evaluasi set status = 'DITETAPKAN', rating_hasil = 'SESUAI', rating_perilaku = 'SESUAI', predikat = 'BAIK', ditetapkan_at = now() where id = ${e!.id}`);
      await tanpaPerubahan(() => hapusBukti(ctx, buktiId, store), "DITOLAK", { _: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      await tanpaPerubahan(() => catatRealisasi(ctx, { ikiId: iki!.id, checkpointId: cp[10], nilai: "1", uraian: "x" }, null, store), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      const hal = await getHalamanRealisasi(ctx, e!.skp_id, 10);
      expect(hal).toMatchObject({ terpilih: { urutan: 10, dievaluasi: true }, bolehCatat: false, bolehRencana: false });
    });
  });

  // ------------------------------------------------------------------ target reached

  describe("target reached", () => {
    it("tells the PPK once per IKI and checkpoint, however often the value is saved, lowered and raised again", async () => {
      const s = await ambilIki();
      const target = Number(s.target_min);
      const ctx = await ctxOf(s.pegawai_id);
      const kunci = `target:${s.iki_id}:${cp[11]}`;
      const catat = (nilai: number, urutan = 11) => catatRealisasi(ctx, { ikiId: s.iki_id, checkpointId: cp[urutan], nilai: String(nilai), uraian: "Capaian kumulatif" }, null, store);

      expect(await catat(target)).toMatchObject({ capaian: target, persen: 100, targetTercapai: true });
      const [n] = await notifikasiKunci(kunci);
      expect(n).toMatchObject({ penerima_id: s.ppk_pegawai_id, jenis: "TARGET_TERCAPAI", tautan: `/skp/${s.skp_id}/realisasi?cp=11#iki-${s.iki_id}` });
      expect(n!.judul).toContain(s.nama);
      expect(n!.isi).toContain("November 2026");
      expect(await notifikasiKunci(kunci)).toHaveLength(1);

      expect(await catat(target)).toMatchObject({ targetTercapai: false });
      expect(await catat(target + 3)).toMatchObject({ targetTercapai: false, persen: Math.round(((target + 3) / target) * 100) });
      expect(await catat(target - 1)).toMatchObject({ targetTercapai: false });
      await catat(target + 1); // back over the target: the PPK already knows
      expect(await notifikasiKunci(kunci)).toHaveLength(1);
      // an earlier month at the target does not change where the IKI stands (November is the latest)
      expect(await catat(target + 10, 10)).toMatchObject({ capaian: target + 1, targetTercapai: false });
      expect(await notifikasiKunci(`target:${s.iki_id}:${cp[10]}`)).toEqual([]);
      // only the PPK hears it, not the Atasan PPK or the owner
      expect((await q(sql`select penerima_id from notifikasi where jenis = 'TARGET_TERCAPAI' and kunci like ${`target:${s.iki_id}:%`}`)).map((r) => r.penerima_id)).toEqual([s.ppk_pegawai_id]);
    });

    it("fires again for a later checkpoint only if the IKI was below target before it", async () => {
      const s = await ambilIki();
      const target = Number(s.target_min);
      const ctx = await ctxOf(s.pegawai_id);
      const catat = (nilai: number, urutan: number) => catatRealisasi(ctx, { ikiId: s.iki_id, checkpointId: cp[urutan], nilai: String(nilai), uraian: "Capaian kumulatif" }, null, store);
      const semua = () => q<{ kunci: string }>(sql`select kunci from notifikasi where jenis = 'TARGET_TERCAPAI' and kunci like ${`target:${s.iki_id}:%`} order by created_at`);
      // November not recorded yet: October is where the IKI stands
      await db().execute(sql`delete from realisasi where iki_id = ${s.iki_id} and checkpoint_id = ${cp[11]}`);

      expect(await catat(target, 10)).toMatchObject({ targetTercapai: true });
      expect((await semua()).map((r) => r.kunci)).toEqual([`target:${s.iki_id}:${cp[10]}`]);
      // November continues above the target: it was reached already, nothing new
      expect(await catat(target + 2, 11)).toMatchObject({ targetTercapai: false });
      expect(await semua()).toHaveLength(1);
      // November corrected below, then reaching it again in November: that is news for November
      expect(await catat(target - 2, 11)).toMatchObject({ targetTercapai: false });
      expect(await catat(target, 11)).toMatchObject({ targetTercapai: true });
      expect((await semua()).map((r) => r.kunci)).toEqual([`target:${s.iki_id}:${cp[10]}`, `target:${s.iki_id}:${cp[11]}`]);
    });

    it("judges a value with more decimals than are kept as it is stored (11,999 is kept as 12,00: the target of 12 is reached)", async () => {
      const s = await ambilIki();
      const target = Number(s.target_min);
      const hasil = await catatRealisasi(await ctxOf(s.pegawai_id), { ikiId: s.iki_id, checkpointId: cp[11], nilai: String(target - 0.001).replace(".", ","), uraian: "x" }, null, store);
      expect(Number((await realisasiRow(s.iki_id, cp[11]!))!.nilai)).toBe(target);
      expect(hasil).toMatchObject({ capaian: target, persen: 100, targetTercapai: true });
      expect(await notifikasiKunci(`target:${s.iki_id}:${cp[11]}`)).toHaveLength(1);
      const [audit] = (await auditUntuk(hasil.realisasiId, "REALISASI_DIUBAH")).slice(-1);
      expect(audit!.sesudah).toMatchObject({ nilai: target });
    });

    it("judges simultaneous recordings of one IKI one after the other: one first record, the others corrections, one notification", async () => {
      const s = await ambilIki();
      const target = Number(s.target_min);
      const ctx = await ctxOf(s.pegawai_id);
      await db().execute(sql`delete from realisasi where iki_id = ${s.iki_id} and checkpoint_id = ${cp[11]}`);
      const nilai = [target, target + 1, target + 2];
      const hasil = await Promise.all(nilai.map((v) => catatRealisasi(ctx, { ikiId: s.iki_id, checkpointId: cp[11], nilai: String(v), uraian: `nilai ${v}` }, null, store)));
      const id = hasil[0]!.realisasiId;
      expect(hasil.every((r) => r.realisasiId === id)).toBe(true);
      expect(hasil.filter((r) => r.targetTercapai)).toHaveLength(1);
      expect(await notifikasiKunci(`target:${s.iki_id}:${cp[11]}`)).toHaveLength(1);
      // the audit tells the story in order: each correction starts from the value before it
      const jejak = await q<{ aksi: string; sebelum: { nilai: number } | null; sesudah: { nilai: number } }>(
        sql`select aksi, sebelum, sesudah from audit_log where entitas = 'realisasi' and entitas_id = ${id} order by id`,
      );
      expect(jejak.map((j) => j.aksi)).toEqual(["REALISASI_DICATAT", "REALISASI_DIUBAH", "REALISASI_DIUBAH"]);
      expect(jejak[1]!.sebelum!.nilai).toBe(jejak[0]!.sesudah.nilai);
      expect(jejak[2]!.sebelum!.nilai).toBe(jejak[1]!.sesudah.nilai);
      expect(Number((await realisasiRow(s.iki_id, cp[11]!))!.nilai)).toBe(jejak[2]!.sesudah.nilai);
    });
  });

  // ------------------------------------------------------------------ live events

  describe("live events", () => {
    it("reach the PPK and the Atasan PPK after the realisation is committed, and never from a refused or rolled-back call", async () => {
      const heard: Array<{ p: Peristiwa; nilai: string | null }> = [];
      const ikiId = siti.iki.bulan;
      const stop = await h.listen(SALURAN_LANGSUNG, (payload) => {
        const p = bacaPeristiwa(payload);
        if (!p || p.jenis !== "realisasi" || p.data?.skpId !== siti.skpId) return;
        // what another connection sees the moment the event arrives
        void q<{ nilai: string | null }>(sql`select nilai::text as nilai from realisasi where iki_id = ${ikiId} and checkpoint_id = ${cp[11]}`).then((r) => heard.push({ p, nilai: r[0]?.nilai ?? null }));
      });
      try {
        const ctx = await ctxPersona("pegawai");
        await catatRealisasi(ctx, { ikiId, checkpointId: cp[11], nilai: "10", uraian: "Tepat waktu" }, null, store);
        await tunggu(() => heard.length === 1);
        expect(heard[0]!.nilai).toBe("10.00");
        expect(new Set(heard[0]!.p.untuk)).toEqual(new Set([siti.ppkId, siti.atasanId]));
        expect(heard[0]!.p.data).toEqual({ pegawaiId: siti.pegawaiId, skpId: siti.skpId });

        // refused calls raise nothing
        await ditolak(catatRealisasi(await ctxPersona("ppk"), { ikiId, checkpointId: cp[11], nilai: "11" }, null, store), "DITOLAK");
        await ditolak(catatRealisasi(ctx, { ikiId, checkpointId: cp[10], nilai: "11" }, null, store), "DITOLAK");
        // a transaction that fails after the write (the file's record cannot be stored) raises nothing, keeps nothing
        const kacau: PenyimpananBerkas = { ...store, simpan: async (isi) => ({ ...(await store.simpan(isi)), sha256: "x".repeat(65) }) };
        const sebelum = await keadaan();
        await expect(catatRealisasi(ctx, { ikiId, checkpointId: cp[11], nilai: "11", uraian: "x" }, { nama: "a.pdf", isi: pdf("gagal") }, kacau)).rejects.toThrow();
        expect(await keadaan()).toEqual(sebelum);
        await tunda(300);
        expect(heard).toHaveLength(1);
      } finally {
        await stop();
      }
    });

    it("are delivered on commit only (the channel itself)", async () => {
      const heard: string[] = [];
      const stop = await h.listen(SALURAN_LANGSUNG, (payload) => {
        const p = bacaPeristiwa(payload);
        if (p?.data?.uji) heard.push(String(p.data.uji));
      });
      try {
        await db()
          .transaction(async (tx) => {
            await terbitkan(tx, { untuk: [siti.pegawaiId], jenis: "notifikasi", data: { uji: "batal" } });
            throw new Error("rollback");
          })
          .catch(() => {});
        await db().transaction(async (tx) => {
          await terbitkan(tx, { untuk: [siti.pegawaiId], jenis: "notifikasi", data: { uji: "jadi" } });
          // a second, larger event for many people is split, and arrives too
          await terbitkan(tx, { untuk: Array.from({ length: 150 }, (_, i) => `p-${i}`), jenis: "notifikasi", data: { uji: "banyak" } });
        });
        await tunggu(() => heard.length >= 3);
        await tunda(200);
        expect(heard.sort()).toEqual(["banyak", "banyak", "jadi"]);
      } finally {
        await stop();
      }
    });
  });

  // ------------------------------------------------------------------ action plans

  describe("action plans", () => {
    it("lets the owner write, replace and clear a plan, also ahead of time, but not in an evaluated checkpoint", async () => {
      const ctx = await ctxPersona("pegawai");
      const rhkId = siti.rhk[0]!;
      const rencana = async (urutan: number) => (await getHalamanRealisasi(ctx, siti.skpId, urutan)).rhk.find((r) => r.id === rhkId)!.rencanaAksi;
      const baris = (urutan: number) => q(sql`select uraian from rencana_aksi where rhk_id = ${rhkId} and checkpoint_id = ${cp[urutan]}`);

      await simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[11], uraian: "  Menyusun jadwal uji coba integrasi  " });
      expect(await rencana(11)).toBe("Menyusun jadwal uji coba integrasi");
      await simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[11], uraian: "Uji coba integrasi bersama Disdukcapil" });
      expect(await baris(11)).toEqual([{ uraian: "Uji coba integrasi bersama Disdukcapil" }]);
      const audit = await auditUntuk(rhkId, "RENCANA_AKSI_DISIMPAN");
      expect(audit.at(-1)).toMatchObject({ aktor_id: siti.pegawaiId, sebelum: { uraian: "Menyusun jadwal uji coba integrasi" }, sesudah: { checkpointId: cp[11], uraian: "Uji coba integrasi bersama Disdukcapil" } });

      await simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[11], uraian: "   " });
      expect(await baris(11)).toEqual([]);
      expect(await rencana(11)).toBeNull();

      // December has not started, but may be planned
      await simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[12], uraian: "Menyusun laporan akhir tahun" });
      expect(await rencana(12)).toBe("Menyusun laporan akhir tahun");

      await tanpaPerubahan(() => simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[10], uraian: "Terlambat" }), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      await tanpaPerubahan(() => simpanRencanaAksi(ctx, { rhkId, checkpointId: cpNov2025, uraian: "Tahun lalu" }), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      await tanpaPerubahan(async () => simpanRencanaAksi(await ctxPersona("ppk"), { rhkId, checkpointId: cp[11], uraian: "Dari PPK" }), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => simpanRencanaAksi(await ctxOf(rekan.pegawaiId), { rhkId, checkpointId: cp[11], uraian: "Rekan" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => simpanRencanaAksi(ctx, { rhkId: TIDAK_ADA, checkpointId: cp[11], uraian: "?" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(
        async () => simpanRencanaAksi(await ctxOf(belumDisetujui.pegawaiId), { rhkId: belumDisetujui.rhkId, checkpointId: cp[11], uraian: "Belum disetujui" }),
        "DITOLAK",
        { _: ["SKP_BELUM_DISETUJUI"] },
      );
      await tanpaPerubahan(() => simpanRencanaAksi(ctx, { rhkId, checkpointId: cp[11], uraian: "x".repeat(4001) }), "INPUT_TIDAK_VALID", { uraian: ["TERLALU_PANJANG"] });
    });
  });

  // ------------------------------------------------------------------ feedback

  describe("feedback", () => {
    it("lets the PPK give feedback with a standard phrase or free text, on an IKI or a behaviour value; the pegawai is told live", async () => {
      const ppk = await ctxPersona("ppk");
      const frasa = await getFrasaUmpanBalik(ppk);
      expect(frasa.length).toBeGreaterThan(1);
      const heard: Peristiwa[] = [];
      const stop = await h.listen(SALURAN_LANGSUNG, (payload) => {
        const p = bacaPeristiwa(payload);
        if (p?.jenis === "umpan-balik" && p.data?.skpId === siti.skpId) heard.push(p);
      });
      try {
        const { umpanBalikId } = await beriUmpanBalik(ppk, { skpId: siti.skpId, checkpointId: cp[11], ikiId: siti.iki.rekaman, frasaStandar: frasa[1], isi: "Rekap SIAK sudah rapi." });
        expect((await q(sql`select iki_id, nilai_perilaku, frasa_standar, isi, penulis_id, balasan from umpan_balik where id = ${umpanBalikId}`))[0]).toEqual({
          iki_id: siti.iki.rekaman, nilai_perilaku: null, frasa_standar: frasa[1], isi: "Rekap SIAK sudah rapi.", penulis_id: siti.ppkId, balasan: null,
        });
        const n = (await notifikasiUntuk(siti.pegawaiId, "UMPAN_BALIK")).find((x) => x.isi.includes("Rekap SIAK sudah rapi."));
        expect(n).toMatchObject({ judul: "Umpan balik baru untuk November 2026", tautan: `/skp/${siti.skpId}/realisasi?cp=11#iki-${siti.iki.rekaman}` });
        expect(n!.isi).toContain(frasa[1]);
        expect(n!.isi).toContain("Rekap SIAK sudah rapi.");
        expect(await auditUntuk(umpanBalikId, "UMPAN_BALIK_DIBERIKAN")).toHaveLength(1);
        await tunggu(() => heard.length === 1);
        expect(heard[0]!.untuk).toEqual([siti.pegawaiId]);

        const { umpanBalikId: perilaku } = await beriUmpanBalik(ppk, { skpId: siti.skpId, checkpointId: cp[11], nilaiPerilaku: "KOLABORATIF", isi: "Aktif membantu rekan satu seksi." });
        expect((await q(sql`select iki_id, nilai_perilaku, frasa_standar from umpan_balik where id = ${perilaku}`))[0]).toEqual({ iki_id: null, nilai_perilaku: "KOLABORATIF", frasa_standar: null });

        // the owner's page shows both, where they belong
        const hal = await getHalamanRealisasi(await ctxPersona("pegawai"), siti.skpId);
        expect(hal.rhk.flatMap((r) => r.iki).find((k) => k.id === siti.iki.rekaman)!.umpanBalik.map((u) => u.id)).toContain(umpanBalikId);
        expect(hal.perilaku.find((p) => p.nilai === "KOLABORATIF")!.umpanBalik.map((u) => u.id)).toEqual([perilaku]);
      } finally {
        await stop();
      }
    });

    it("refuses an unknown phrase, the wrong people, unapproved plans and closed checkpoints", async () => {
      const ppk = await ctxPersona("ppk");
      const input = (over: Record<string, unknown> = {}) => ({ skpId: siti.skpId, checkpointId: cp[11], ikiId: siti.iki.persen, frasaStandar: "", isi: "Pertahankan.", ...over });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ frasaStandar: "Frasa karangan sendiri" })), "INPUT_TIDAK_VALID", { frasaStandar: ["FRASA_TIDAK_DIKENAL"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ isi: "  " })), "INPUT_TIDAK_VALID", { isi: ["UMPAN_BALIK_KOSONG"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ nilaiPerilaku: "AKUNTABEL" })), "INPUT_TIDAK_VALID", { ikiId: ["PILIHAN_TIDAK_VALID"] });
      // an IKI of another SKP
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ ikiId: rekan.ikiId })), "INPUT_TIDAK_VALID", { ikiId: ["ID_TIDAK_VALID"] });
      // another team's PPK does not see the SKP; the Atasan PPK, the leader and the owner see it but do not give feedback
      await tanpaPerubahan(async () => beriUmpanBalik(await ctxPersona("plt"), input()), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(async () => beriUmpanBalik(await ctxOf(siti.atasanId), input()), "DITOLAK", { _: ["HANYA_PPK"] });
      await tanpaPerubahan(async () => beriUmpanBalik(await ctxPersona("kepala-dinas"), input()), "DITOLAK", { _: ["HANYA_PPK"] });
      await tanpaPerubahan(async () => beriUmpanBalik(await ctxPersona("pegawai"), input()), "DITOLAK", { _: ["HANYA_PPK"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ skpId: belumDisetujui.skpId, ikiId: belumDisetujui.ikiId })), "DITOLAK", { _: ["SKP_BELUM_DISETUJUI"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ checkpointId: cp[9] })), "DITOLAK", { checkpointId: ["CHECKPOINT_SUDAH_DIEVALUASI"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ checkpointId: cp[12] })), "DITOLAK", { checkpointId: ["CHECKPOINT_BELUM_MULAI"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ checkpointId: cpNov2025 })), "DITOLAK", { checkpointId: ["CHECKPOINT_TIDAK_BERLAKU"] });
      await tanpaPerubahan(() => beriUmpanBalik(ppk, input({ skpId: TIDAK_ADA })), "TIDAK_DITEMUKAN");
    });

    it("lets the owner reply once; the PPK cannot reply", async () => {
      const ppk = await ctxPersona("ppk");
      const pegawai = await ctxPersona("pegawai");
      const beri = async () => (await beriUmpanBalik(ppk, { skpId: siti.skpId, checkpointId: cp[11], ikiId: siti.iki.laporan, isi: "Laporan November ditunggu." })).umpanBalikId;
      const id = await beri();
      await tanpaPerubahan(() => balasUmpanBalik(ppk, { umpanBalikId: id, isi: "Membalas sendiri" }), "DITOLAK", { _: ["HANYA_PEMILIK"] });
      await tanpaPerubahan(async () => balasUmpanBalik(await ctxOf(rekan.pegawaiId), { umpanBalikId: id, isi: "Rekan" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => balasUmpanBalik(pegawai, { umpanBalikId: id, isi: "   " }), "INPUT_TIDAK_VALID", { isi: ["WAJIB_DIISI"] });
      await tanpaPerubahan(() => balasUmpanBalik(pegawai, { umpanBalikId: TIDAK_ADA, isi: "Siap" }), "TIDAK_DITEMUKAN");

      await balasUmpanBalik(pegawai, { umpanBalikId: id, isi: " Siap, Pak. Akan saya lengkapi. " });
      const [row] = await q<{ balasan: string; dibalas_at: unknown }>(sql`select balasan, dibalas_at from umpan_balik where id = ${id}`);
      expect(row!.balasan).toBe("Siap, Pak. Akan saya lengkapi.");
      expect(row!.dibalas_at).not.toBeNull();
      const n = (await notifikasiUntuk(siti.ppkId, "UMPAN_BALIK_DIBALAS")).find((x) => x.isi === "Siap, Pak. Akan saya lengkapi.");
      expect(n).toMatchObject({ judul: "Siti Rahmawati membalas umpan balik Anda", isi: "Siap, Pak. Akan saya lengkapi.", tautan: `/skp/${siti.skpId}/realisasi?cp=11#iki-${siti.iki.laporan}` });
      expect(await auditUntuk(id, "UMPAN_BALIK_DIBALAS")).toHaveLength(1);

      await tanpaPerubahan(() => balasUmpanBalik(pegawai, { umpanBalikId: id, isi: "Balasan kedua" }), "DITOLAK", { isi: ["SUDAH_DIBALAS"] });
      const hal = await getHalamanRealisasi(pegawai, siti.skpId);
      expect(hal.rhk.flatMap((r) => r.iki).find((k) => k.id === siti.iki.laporan)!.umpanBalik.find((u) => u.id === id)).toMatchObject({ balasan: "Siap, Pak. Akan saya lengkapi.", penulis: "Yohanes Pattiasina" });
    });

    it("lets the admin keep the list of standard phrases; nobody else", async () => {
      const admin = await ctxPersona("admin");
      const ppk = await ctxPersona("ppk");
      const asli = await getFrasaUmpanBalik(admin);
      const dibuang = asli[1]!;
      const baru = [asli[0]!, "Segera unggah bukti dukung bulan ini", ...asli.slice(2)];
      try {
        await tanpaPerubahan(() => simpanFrasaUmpanBalik(ppk, { frasa: baru.map((teks) => ({ teks })) }), "TIDAK_DITEMUKAN");
        await tanpaPerubahan(async () => simpanFrasaUmpanBalik(await ctxPersona("pegawai"), { frasa: [] }), "TIDAK_DITEMUKAN");
        await tanpaPerubahan(() => simpanFrasaUmpanBalik(admin, { frasa: [{ teks: "Bagus" }, { teks: " bagus " }] }), "INPUT_TIDAK_VALID", { frasa: ["FRASA_GANDA"] });

        await simpanFrasaUmpanBalik(admin, { frasa: baru.map((teks) => ({ teks })) });
        expect(await getFrasaUmpanBalik(ppk)).toEqual(baru);
        const [audit] = (await auditUntuk(admin.actor.instansiId, "FRASA_UMPAN_BALIK_DIUBAH")).slice(-1);
        expect(audit).toMatchObject({ aktor_id: admin.actor.pegawaiId, sebelum: asli, sesudah: baru });
        // the PPK now picks from the new list; feedback already given keeps its phrase
        const lama = await q<{ id: string }>(sql`select id from umpan_balik where frasa_standar = ${dibuang}`);
        await beriUmpanBalik(ppk, { skpId: siti.skpId, checkpointId: cp[11], ikiId: siti.iki.persen, frasaStandar: "Segera unggah bukti dukung bulan ini" });
        await tanpaPerubahan(() => beriUmpanBalik(ppk, { skpId: siti.skpId, checkpointId: cp[11], ikiId: siti.iki.persen, frasaStandar: dibuang }), "INPUT_TIDAK_VALID", { frasaStandar: ["FRASA_TIDAK_DIKENAL"] });
        expect(await q(sql`select id from umpan_balik where frasa_standar = ${dibuang}`)).toEqual(lama);
        // the PPK's page offers the list; the owner's does not
        expect((await getHalamanRealisasi(ppk, siti.skpId)).frasa).toEqual(baru);
        expect((await getHalamanRealisasi(await ctxPersona("pegawai"), siti.skpId)).frasa).toEqual([]);
      } finally {
        await simpanFrasaUmpanBalik(admin, { frasa: asli.map((teks) => ({ teks })) });
      }
      expect(await getFrasaUmpanBalik(ppk)).toEqual(asli);
    });
  });

  // ------------------------------------------------------------------ pages

  describe("pages", () => {
    it("shows the realisation page to the owner and the PPK with what each may do, and to nobody outside", async () => {
      const pegawai = await ctxPersona("pegawai");
      const hal = await getHalamanRealisasi(pegawai, siti.skpId);
      expect(hal.skp).toMatchObject({ id: siti.skpId, status: "DISETUJUI", pegawaiId: siti.pegawaiId, namaPegawai: "Siti Rahmawati", ppkNama: "Yohanes Pattiasina" });
      expect(hal.terpilih).toMatchObject({ id: cp[11], urutan: 11, nama: "November 2026", dievaluasi: false, sudahMulai: true });
      expect(hal.checkpoint.map((c) => c.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(hal.checkpoint.filter((c) => c.dievaluasi).map((c) => c.urutan)).toEqual([9, 10]);
      expect(hal).toMatchObject({ bolehCatat: true, bolehRencana: true, bolehUmpanBalik: false, bolehBalas: true, frasa: [] });
      const ikiDb = await q<{ id: string }>(sql`select i.id from iki i join rhk r on r.id = i.rhk_id where r.skp_id = ${siti.skpId}`);
      expect(hal.rhk.flatMap((r) => r.iki.map((k) => k.id)).sort()).toEqual(ikiDb.map((k) => k.id).sort());
      for (const k of hal.rhk.flatMap((r) => r.iki)) {
        expect(k.seri).toHaveLength(12);
        expect(k.kualitatif).toBe(false);
        expect(["TERCAPAI", "SESUAI_JADWAL", "TERTINGGAL", "BELUM_ADA"]).toContain(k.kemajuan);
      }
      expect(hal.perilaku.map((p) => p.nilai)).toHaveLength(7);

      expect(await getHalamanRealisasi(pegawai, siti.skpId, 10)).toMatchObject({ terpilih: { urutan: 10, dievaluasi: true }, bolehCatat: false, bolehRencana: false });
      expect(await getHalamanRealisasi(pegawai, siti.skpId, 12)).toMatchObject({ terpilih: { urutan: 12, sudahMulai: false }, bolehCatat: false, bolehRencana: true });
      // a number that does not exist falls back to the running checkpoint
      expect((await getHalamanRealisasi(pegawai, siti.skpId, 99)).terpilih.urutan).toBe(11);

      const ppk = await ctxPersona("ppk");
      const halPpk = await getHalamanRealisasi(ppk, siti.skpId);
      expect(halPpk).toMatchObject({ bolehCatat: false, bolehRencana: false, bolehUmpanBalik: true, bolehBalas: false });
      expect(halPpk.frasa).toEqual(await getFrasaUmpanBalik(ppk));
      expect(await getHalamanRealisasi(ppk, siti.skpId, 10)).toMatchObject({ bolehUmpanBalik: false, frasa: [] });
      expect(await getHalamanRealisasi(ppk, siti.skpId, 12)).toMatchObject({ bolehUmpanBalik: false });
      expect(await getHalamanRealisasi(await ctxPersona("kepala-dinas"), siti.skpId)).toMatchObject({ bolehCatat: false, bolehUmpanBalik: false, bolehBalas: false });

      await ditolak(getHalamanRealisasi(await ctxOf(rekan.pegawaiId), siti.skpId), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanRealisasi(await orangLuar(), siti.skpId), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanRealisasi(await ctxPersona("plt"), siti.skpId), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanRealisasi(pegawai, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await ditolak(getHalamanRealisasi(pegawai, "bukan-uuid"), "TIDAK_DITEMUKAN");
    });

    it("shows a PPK the progress of their own direct subordinates only", async () => {
      const ppk = await ctxPersona("ppk");
      const tim = await getProgresTim(ppk);
      const harap = await q<{ id: string; pegawai_id: string; iki: number }>(sql`select s.id, s.pegawai_id,
          (select count(*)::int from iki i join rhk r on r.id = i.rhk_id where r.skp_id = s.id) as iki
        from skp s join periode p on p.id = s.periode_id where p.tahun = 2026 and s.status = 'DISETUJUI' and s.ppk_pegawai_id = ${roster.persona.ppk}`);
      expect(harap.length).toBeGreaterThan(1);
      expect(tim.checkpointKini).toBe("November 2026");
      expect(tim.bawahan.map((b) => b.skpId).sort()).toEqual(harap.map((s) => s.id).sort());
      for (const b of tim.bawahan) {
        const s = harap.find((x) => x.id === b.skpId)!;
        expect(b.pegawaiId).toBe(s.pegawai_id);
        expect(b.jumlahIki).toBe(Number(s.iki));
        expect(b.tercapai + b.tertinggal + b.belumAda).toBeLessThanOrEqual(b.jumlahIki);
      }
      const sitiRow = tim.bawahan.find((b) => b.pegawaiId === siti.pegawaiId)!;
      expect(sitiRow).toMatchObject({ nama: "Siti Rahmawati", sudahCatatKini: true });
      expect(tim.bawahan.some((b) => b.pegawaiId === belumDisetujui.pegawaiId)).toBe(false);
      expect(tim.aktivitas.length).toBeGreaterThan(0);
      expect(tim.aktivitas.every((a) => harap.some((s) => s.id === a.skpId))).toBe(true);

      // one level up: the Kabid sees Yohanes (his direct subordinate), not Yohanes' staff
      const kabid = await getProgresTim(await ctxOf(siti.atasanId));
      expect(kabid.bawahan.some((b) => b.pegawaiId === roster.persona.ppk)).toBe(true);
      expect(kabid.bawahan.some((b) => b.pegawaiId === siti.pegawaiId)).toBe(false);
      // a plain pegawai has no team
      await ditolak(getProgresTim(await ctxPersona("pegawai")), "TIDAK_DITEMUKAN");
    });
  });

  // ------------------------------------------------------------------ reminders

  describe("deadline reminders", () => {
    it("reminds 7 days and 1 day before a checkpoint closes only those with IKI missing a realisation, once", async () => {
      // one approved plan with an IKI left empty for November; another complete one
      const kosong = await ambilIki();
      const lengkap = await ambilIki();
      await db().execute(sql`delete from realisasi where iki_id = ${kosong.iki_id} and checkpoint_id = ${cp[11]}`);
      const belumLengkap = async () =>
        (await q<{ pegawai_id: string }>(sql`select distinct s.pegawai_id from skp s join periode p on p.id = s.periode_id and p.status = 'BERJALAN'
            join pegawai pg on pg.id = s.pegawai_id and pg.aktif
          where s.status = 'DISETUJUI' and s.berlaku_mulai <= '2026-11-30' and s.berlaku_selesai >= '2026-11-01'
            and exists (select 1 from rhk r join iki i on i.rhk_id = r.id where r.skp_id = s.id
                        and not exists (select 1 from realisasi re where re.iki_id = i.id and re.checkpoint_id = ${cp[11]}))`)).map((r) => r.pegawai_id).sort();
      const harap = await belumLengkap();
      expect(harap).toContain(kosong.pegawai_id);
      expect(harap).not.toContain(lengkap.pegawai_id);
      const penerima = async (hari: number) =>
        (await q<{ penerima_id: string }>(sql`select penerima_id from notifikasi where jenis = 'PENGINGAT_REALISASI' and kunci = ${`pengingat:${cp[11]}:${hari}`}`)).map((r) => r.penerima_id).sort();

      expect(await kirimPengingatTenggat(db(), "2026-11-25")).toBe(0);
      expect(await kirimPengingatTenggat(db(), "2026-11-23")).toBe(harap.length);
      expect(await penerima(7)).toEqual(harap);
      const [n] = (await notifikasiUntuk(kosong.pegawai_id, "PENGINGAT_REALISASI")).filter((x) => x.kunci === `pengingat:${cp[11]}:7`);
      expect(n).toMatchObject({ judul: "Isi realisasi November 2026: 7 hari lagi ditutup", tautan: `/skp/${kosong.skp_id}/realisasi?cp=11` });
      expect(n!.isi).toContain("2026-11-30");
      // the same day again: nothing new
      expect(await kirimPengingatTenggat(db(), "2026-11-23")).toBe(0);
      expect(await penerima(7)).toEqual(harap);

      // the day before: again, once — to those still missing one, not to who recorded it in between
      await catatRealisasi(await ctxOf(kosong.pegawai_id), { ikiId: kosong.iki_id, checkpointId: cp[11], nilai: "1", uraian: "Susulan" }, null, store);
      await db().execute(sql`delete from realisasi where iki_id = ${lengkap.iki_id} and checkpoint_id = ${cp[11]}`);
      const sisa = await belumLengkap();
      expect(sisa).not.toContain(kosong.pegawai_id);
      expect(sisa).toContain(lengkap.pegawai_id);
      expect(await kirimPengingatTenggat(db(), "2026-11-29")).toBe(sisa.length);
      expect(await penerima(1)).toEqual(sisa);
      const [besok] = (await notifikasiUntuk(lengkap.pegawai_id, "PENGINGAT_REALISASI")).filter((x) => x.kunci === `pengingat:${cp[11]}:1`);
      expect(besok!.judul).toBe("Isi realisasi November 2026: besok ditutup");
      expect(await kirimPengingatTenggat(db(), "2026-11-29")).toBe(0);
      expect(await penerima(1)).toEqual(sisa);
      // nobody with an unapproved plan is reminded
      expect(await penerima(7)).not.toContain(belumDisetujui.pegawaiId);
    });
  });

  // ------------------------------------------------------------------ notification centre

  describe("notification centre", () => {
    it("lists one's own notifications with the unread count, marks them read, and hides everyone else's", async () => {
      const ppk = await ctxPersona("ppk");
      const belum = async () => Number((await q<{ n: number }>(sql`select count(*)::int as n from notifikasi where penerima_id = ${siti.ppkId} and dibaca_at is null`))[0]!.n);
      const jumlahBelum = await belum();
      expect(jumlahBelum).toBeGreaterThan(1);
      const daftar = await daftarNotifikasi(ppk);
      expect(daftar.belumDibaca).toBe(jumlahBelum);
      expect(daftar.items.length).toBeGreaterThan(0);
      const waktu = daftar.items.map((i) => new Date(i.createdAt).getTime());
      expect(waktu).toEqual([...waktu].sort((a, b) => b - a));
      const milik = await q<{ id: string }>(sql`select id from notifikasi where penerima_id = ${siti.ppkId}`);
      expect(daftar.items.every((i) => milik.some((m) => m.id === i.id))).toBe(true);
      expect((await daftarNotifikasi(ppk, { hanyaBelumDibaca: true, batas: 2 })).items.every((i) => i.dibacaAt === null)).toBe(true);

      const satu = daftar.items.find((i) => i.dibacaAt === null)!;
      await tanpaPerubahan(async () => tandaiNotifikasiDibaca(await ctxPersona("pegawai"), satu.id), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tandaiNotifikasiDibaca(ppk, "bukan-uuid"), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => tandaiNotifikasiDibaca(ppk, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await tandaiNotifikasiDibaca(ppk, satu.id);
      expect((await daftarNotifikasi(ppk)).belumDibaca).toBe(jumlahBelum - 1);
      expect(await auditUntuk(satu.id, "NOTIFIKASI_DIBACA")).toHaveLength(1);
      await tandaiNotifikasiDibaca(ppk, satu.id); // already read: nothing more
      expect(await auditUntuk(satu.id, "NOTIFIKASI_DIBACA")).toHaveLength(1);

      const lainBelum = await q<{ n: number }>(sql`select count(*)::int as n from notifikasi where penerima_id <> ${siti.ppkId} and dibaca_at is null`);
      expect(await tandaiSemuaDibaca(ppk)).toBe(jumlahBelum - 1);
      expect((await daftarNotifikasi(ppk)).belumDibaca).toBe(0);
      expect(await q(sql`select count(*)::int as n from notifikasi where penerima_id <> ${siti.ppkId} and dibaca_at is null`)).toEqual(lainBelum);
      await tanpaPerubahanNilai(() => tandaiSemuaDibaca(ppk), 0);
    });


    it("keeps email preferences per kind: on unless switched off; unknown kinds ignored, invalid input refused", async () => {
      const ctx = await ctxOf(rekan.pegawaiId);
      const awal = await getPreferensiSurel(ctx);
      expect(Object.values(awal).every(Boolean)).toBe(true);
      expect(awal.TARGET_TERCAPAI).toBe(true);

      await simpanPreferensiSurel(ctx, { TARGET_TERCAPAI: false, UMPAN_BALIK: true, JENIS_KARANGAN: false });
      expect(await getPreferensiSurel(ctx)).toEqual({ ...awal, TARGET_TERCAPAI: false });
      expect(await q(sql`select jenis, aktif from preferensi_surel where pegawai_id = ${rekan.pegawaiId} order by jenis`)).toEqual([
        { jenis: "TARGET_TERCAPAI", aktif: false },
        { jenis: "UMPAN_BALIK", aktif: true },
      ]);
      expect((await auditUntuk(rekan.pegawaiId, "PREFERENSI_SUREL_DIUBAH")).at(-1)).toMatchObject({ sesudah: { TARGET_TERCAPAI: false, UMPAN_BALIK: true } });
      // nobody else's preferences changed
      expect(Object.values(await getPreferensiSurel(await ctxPersona("pegawai"))).every(Boolean)).toBe(true);

      await tanpaPerubahan(() => simpanPreferensiSurel(ctx, { TARGET_TERCAPAI: "tidak" }), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => simpanPreferensiSurel(ctx, { JENIS_KARANGAN: false }), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => simpanPreferensiSurel(ctx, {}), "INPUT_TIDAK_VALID");
      await tanpaPerubahan(() => simpanPreferensiSurel(ctx, "TARGET_TERCAPAI"), "INPUT_TIDAK_VALID");

      await simpanPreferensiSurel(ctx, { TARGET_TERCAPAI: true });
      expect((await getPreferensiSurel(ctx)).TARGET_TERCAPAI).toBe(true);
    });
  });
});
