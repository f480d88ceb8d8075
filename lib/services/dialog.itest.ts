/**
 * Dialog kinerja against a freshly seeded Pemerintah Kota Helvetia (today 2026-11-20): a meeting
 * proposed by either side, the pegawai's questions, the PPK's answers, clarifications, agreed actions
 * and outcome, the two confirmations (a change after one side confirmed clears it; confirmed by both,
 * the record is read-only), the open actions on both dashboards until marked done, notifications and
 * live events. Every refused call must leave the database as it was.
 *
 * Subjects: Siti Rahmawati (persona pegawai, approved 2026 SKP, PPK Yohanes; the seed gives her one
 * confirmed dialogue and one open one with an open action), a peer in Yohanes' team, a PPK of another
 * team, Siti's Atasan PPK, a submitted (not yet approved) SKP of Yohanes' team, and Siti's 2025 SKP
 * (closed period).
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { type ServiceContext } from "./context";
import type { ServiceError } from "./errors";
import {
  getDialog,
  getDialogSkp,
  hapusTindakan,
  ikutDialogSkp,
  jawabPertanyaan,
  konfirmasiDialog,
  simpanCatatanDialog,
  tambahTindakan,
  tandaiTindakanSelesai,
  tindakanTerbuka,
  tulisPertanyaan,
  usulkanDialog,
} from "./dialog";
import { SALURAN_LANGSUNG, bacaPeristiwa, type Peristiwa } from "./langsung";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";

const tunda = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function tunggu(cek: () => boolean, ms = 5000): Promise<void> {
  const akhir = Date.now() + ms;
  while (!cek()) {
    if (Date.now() > akhir) throw new Error("timed out waiting");
    await tunda(20);
  }
}

describe.each(testDatabases())("dialog kinerja services on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);

  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);

  /** Every row the dialogue services write, fingerprinted. */
  const keadaan = async () => {
    const [r] = await q(sql`select
      (select md5(coalesce(string_agg(concat_ws('|', id, skp_id, tanggal, topik, hasil, penjelasan_hasil, catatan_ppk, dibuat_oleh, dikonfirmasi_pegawai_at, dikonfirmasi_ppk_at, updated_at), ',' order by id), '')) from dialog_kinerja) as dialog_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, dialog_id, urutan, pertanyaan, jawaban, dijawab_at), ',' order by id), '')) from dialog_tanya_jawab) as tanya_jawab_h,
      (select md5(coalesce(string_agg(concat_ws('|', id, dialog_id, uraian, batas, selesai_at), ',' order by id), '')) from dialog_tindakan) as tindakan_h,
      (select count(*)::int from notifikasi) as notifikasi,
      (select count(*)::int from audit_log) as audit`);
    return r;
  };
  /** The call is refused with this code and changes nothing. */
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);
  const jejak = (dialogId: string) =>
    q<{ aksi: string; aktor_id: string; sebelum: Record<string, unknown> | null; sesudah: Record<string, unknown> | null }>(
      sql`select aksi, aktor_id, sebelum, sesudah from audit_log where entitas = 'dialog_kinerja' and entitas_id = ${dialogId} order by id`,
    );
  const notifikasiDialog = (penerimaId: string, dialogId: string) =>
    q<{ jenis: string; judul: string; isi: string; tautan: string }>(
      sql`select jenis, judul, isi, tautan from notifikasi where penerima_id = ${penerimaId} and tautan = ${`/dialog/${dialogId}`} order by created_at, id`,
    );
  const baris = async (dialogId: string) =>
    (await q<{ hasil: string | null; penjelasan_hasil: string | null; catatan_ppk: string | null; dibuat_oleh: string; peg: boolean; ppk: boolean }>(
      sql`select hasil, penjelasan_hasil, catatan_ppk, dibuat_oleh, dikonfirmasi_pegawai_at is not null as peg, dikonfirmasi_ppk_at is not null as ppk from dialog_kinerja where id = ${dialogId}`,
    ))[0]!;

  let siti: { skpId: string; pegawaiId: string; ppkId: string; atasanId: string; nama: string; ppkNama: string; skp2025: string };
  let rekan: { pegawaiId: string; skpId: string };
  let ppkLain: string;
  let belumDisetujui: { skpId: string; pegawaiId: string };
  /** The seed's dialogues of Siti: one confirmed by both, one open with an open action. */
  let seed: { terkonfirmasi: string; terbuka: string; tindakanTerbuka: string; tindakanSelesai: string };

  const sitiCtx = () => ctxOf(siti.pegawaiId);
  const ppkCtx = () => ctxOf(siti.ppkId);

  /** A new dialogue on Siti's SKP, proposed by the given side. */
  const usul = async (oleh: "PEGAWAI" | "PPK" = "PEGAWAI", tanggal = "2026-11-27", topik = "Capaian November dan rencana Desember") =>
    (await usulkanDialog(oleh === "PEGAWAI" ? await sitiCtx() : await ppkCtx(), { skpId: siti.skpId, tanggal, topik })).dialogId;
  /** A dialogue with one answered question, an outcome and one action, confirmed by both. */
  const dialogTerkunci = async () => {
    const id = await usul();
    const { pertanyaanId } = await tulisPertanyaan(await sitiCtx(), { dialogId: id, pertanyaan: "Apakah target laporan dapat dipercepat?" });
    const ppk = await ppkCtx();
    await jawabPertanyaan(ppk, { pertanyaanId, jawaban: "Bisa, mulai Desember." });
    await simpanCatatanDialog(ppk, { dialogId: id, catatanPpk: "Fokus pada ketepatan waktu.", hasil: "TERCAPAI", penjelasanHasil: "" });
    const { tindakanId } = await tambahTindakan(ppk, { dialogId: id, uraian: "Menyusun jadwal laporan Desember", batas: "2026-12-05" });
    await konfirmasiDialog(await sitiCtx(), { dialogId: id });
    await konfirmasiDialog(ppk, { dialogId: id });
    return { id, pertanyaanId, tindakanId };
  };

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    const [s] = await q<{ id: string; ppk_pegawai_id: string; atasan_ppk_pegawai_id: string; nama: string; ppk_nama: string }>(sql`select s.id, s.ppk_pegawai_id, s.atasan_ppk_pegawai_id, pg.nama, ppk.nama as ppk_nama
      from skp s join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id join pegawai ppk on ppk.id = s.ppk_pegawai_id
      where p.tahun = 2026 and s.pegawai_id = ${roster.persona.pegawai}`);
    const [s25] = await q<{ id: string }>(sql`select s.id from skp s join periode p on p.id = s.periode_id
      where p.tahun = 2025 and p.status = 'DITUTUP' and s.status = 'DISETUJUI' and s.pegawai_id = ${roster.persona.pegawai} limit 1`);
    siti = { skpId: s!.id, pegawaiId: roster.persona.pegawai, ppkId: s!.ppk_pegawai_id, atasanId: s!.atasan_ppk_pegawai_id, nama: s!.nama, ppkNama: s!.ppk_nama, skp2025: s25!.id };
    expect(siti.ppkId).toBe(roster.persona.ppk);

    const [r] = await q<{ id: string; pegawai_id: string }>(sql`select s.id, s.pegawai_id from skp s join periode p on p.id = s.periode_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and s.ppk_pegawai_id = ${siti.ppkId} and s.pegawai_id <> ${siti.pegawaiId} order by s.pegawai_id limit 1`);
    rekan = { skpId: r!.id, pegawaiId: r!.pegawai_id };
    const [l] = await q<{ ppk_pegawai_id: string }>(sql`select s.ppk_pegawai_id from skp s join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.ppk_pegawai_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and pg.aktif and s.ppk_pegawai_id not in (${siti.ppkId}, ${siti.atasanId}) order by s.ppk_pegawai_id limit 1`);
    ppkLain = l!.ppk_pegawai_id;
    const [b] = await q<{ id: string; pegawai_id: string }>(sql`select s.id, s.pegawai_id from skp s join periode p on p.id = s.periode_id
      where p.tahun = 2026 and s.status = 'DIAJUKAN' and s.ppk_pegawai_id = ${siti.ppkId} order by s.pegawai_id limit 1`);
    belumDisetujui = { skpId: b!.id, pegawaiId: b!.pegawai_id };

    const seeded = await q<{ id: string; hasil: string | null; tindakan_id: string; selesai: boolean }>(sql`select d.id, d.hasil, t.id as tindakan_id, t.selesai_at is not null as selesai
      from dialog_kinerja d join dialog_tindakan t on t.dialog_id = d.id where d.skp_id = ${siti.skpId} order by d.tanggal`);
    expect(seeded.map((x) => [x.hasil, x.selesai])).toEqual([["TERCAPAI", true], [null, false]]);
    seed = { terkonfirmasi: seeded[0]!.id, terbuka: seeded[1]!.id, tindakanSelesai: seeded[0]!.tindakan_id, tindakanTerbuka: seeded[1]!.tindakan_id };
  });
  afterAll(async () => {
    await h?.close();
  });

  // ------------------------------------------------------------------ the whole flow

  it("runs the whole dialogue: proposed by the pegawai, questions, answers, record, actions, two confirmations, then read-only", async () => {
    const pegawai = await sitiCtx();
    const ppk = await ppkCtx();

    // proposing
    const id = await usul("PEGAWAI", "2026-11-27", "  Capaian November dan rencana Desember  ");
    expect(await baris(id)).toMatchObject({ hasil: null, dibuat_oleh: siti.pegawaiId, peg: false, ppk: false });
    const daftar = await getDialogSkp(pegawai, siti.skpId);
    expect(daftar).toMatchObject({ peran: "PEGAWAI", masalahUsul: null, tanggalMin: "2026-01-01", tanggalMaks: "2027-01-10" });
    expect(daftar.dialog[0]).toEqual({ id, tanggal: "2026-11-27", topik: "Capaian November dan rencana Desember", hasil: null, status: "DIJADWALKAN", dibuatOleh: siti.nama, jumlahPertanyaan: 0, tindakanTerbuka: 0 });
    expect((await getDialogSkp(ppk, siti.skpId)).peran).toBe("PPK");
    expect(await notifikasiDialog(siti.ppkId, id)).toEqual([
      { jenis: "DIALOG_KINERJA", judul: `${siti.nama} mengusulkan dialog kinerja`, isi: "Dialog kinerja pada 27 November 2026. Agenda: Capaian November dan rencana Desember", tautan: `/dialog/${id}` },
    ]);
    expect(await notifikasiDialog(siti.pegawaiId, id)).toEqual([]);

    // what each side may do before the meeting
    expect((await getDialog(pegawai, id)).boleh).toEqual({ tanya: true, jawab: false, catat: false, tindakan: false, konfirmasi: true, tandaiSelesai: true });
    const awalPpk = await getDialog(ppk, id);
    expect(awalPpk.boleh).toEqual({ tanya: false, jawab: true, catat: true, tindakan: true, konfirmasi: false, tandaiSelesai: true });
    expect(awalPpk.masalahKonfirmasi).toBe("HASIL_BELUM_DIISI");

    // the pegawai's questions, numbered in order
    const q1 = (await tulisPertanyaan(pegawai, { dialogId: id, pertanyaan: "Apakah target rekaman data dapat dibagi per bulan?" })).pertanyaanId;
    const q2 = (await tulisPertanyaan(pegawai, { dialogId: id, pertanyaan: " Pelatihan apa yang disarankan? " })).pertanyaanId;
    expect((await getDialog(ppk, id)).pertanyaan.map((x) => [x.id, x.urutan, x.pertanyaan, x.jawaban])).toEqual([
      [q1, 1, "Apakah target rekaman data dapat dibagi per bulan?", null],
      [q2, 2, "Pelatihan apa yang disarankan?", null],
    ]);

    // the PPK's record: answers, clarifications, outcome, an action
    await jawabPertanyaan(ppk, { pertanyaanId: q1, jawaban: "Bisa, dicatat per checkpoint." });
    await simpanCatatanDialog(ppk, { dialogId: id, catatanPpk: "Realisasi Oktober tertinggal karena migrasi server.", hasil: "TIDAK_TERCAPAI", penjelasanHasil: "Target rekaman Oktober belum tercapai." });
    const { tindakanId } = await tambahTindakan(ppk, { dialogId: id, uraian: "Mengejar rekaman yang tertunda", batas: "2026-12-10" });
    expect(await baris(id)).toMatchObject({ hasil: "TIDAK_TERCAPAI", penjelasan_hasil: "Target rekaman Oktober belum tercapai.", catatan_ppk: "Realisasi Oktober tertinggal karena migrasi server." });

    // the pegawai confirms; a later change by the PPK clears that confirmation
    expect(await konfirmasiDialog(pegawai, { dialogId: id })).toEqual({ terkunci: false });
    expect((await getDialog(ppk, id)).status).toBe("MENUNGGU_KONFIRMASI");
    await jawabPertanyaan(ppk, { pertanyaanId: q2, jawaban: "Pelatihan keamanan informasi." });
    expect(await baris(id)).toMatchObject({ peg: false, ppk: false });
    const dibatalkan = (await jejak(id)).find((j) => j.aksi === "DIALOG_PERTANYAAN_DIJAWAB" && j.sesudah?.pertanyaanId === q2);
    expect(dibatalkan?.sesudah).toMatchObject({ jawaban: "Pelatihan keamanan informasi.", konfirmasiDibatalkan: ["PEGAWAI"] });

    // both confirm: read-only
    expect(await konfirmasiDialog(ppk, { dialogId: id })).toEqual({ terkunci: false });
    expect(await konfirmasiDialog(pegawai, { dialogId: id })).toEqual({ terkunci: true });
    const akhir = await getDialog(pegawai, id);
    expect(akhir).toMatchObject({ status: "TERKONFIRMASI", terkunci: true, hasil: "TIDAK_TERCAPAI", masalahKonfirmasi: "DIALOG_TERKUNCI" });
    expect(akhir.boleh).toEqual({ tanya: false, jawab: false, catat: false, tindakan: false, konfirmasi: false, tandaiSelesai: true });
    expect(akhir.dikonfirmasiPegawaiAt).toBeInstanceOf(Date);
    expect(akhir.dikonfirmasiPpkAt).toBeInstanceOf(Date);
    expect(akhir.pertanyaan.map((x) => x.jawaban)).toEqual(["Bisa, dicatat per checkpoint.", "Pelatihan keamanan informasi."]);
    expect(akhir.tindakan).toEqual([{ id: tindakanId, uraian: "Mengejar rekaman yang tertunda", batas: "2026-12-10", selesaiAt: null, terlambat: false }]);
    expect((await getDialog(ppk, id)).boleh).toEqual(akhir.boleh);

    // the audit trail, and the other side heard of each step
    expect((await jejak(id)).map((j) => [j.aksi, j.aktor_id])).toEqual([
      ["DIALOG_DIUSULKAN", siti.pegawaiId],
      ["DIALOG_PERTANYAAN_DITAMBAH", siti.pegawaiId],
      ["DIALOG_PERTANYAAN_DITAMBAH", siti.pegawaiId],
      ["DIALOG_PERTANYAAN_DIJAWAB", siti.ppkId],
      ["DIALOG_CATATAN_DISIMPAN", siti.ppkId],
      ["DIALOG_TINDAKAN_DITAMBAH", siti.ppkId],
      ["DIALOG_DIKONFIRMASI", siti.pegawaiId],
      ["DIALOG_PERTANYAAN_DIJAWAB", siti.ppkId],
      ["DIALOG_DIKONFIRMASI", siti.ppkId],
      ["DIALOG_DIKONFIRMASI", siti.pegawaiId],
    ]);
    expect((await notifikasiDialog(siti.ppkId, id)).map((n) => n.judul)).toEqual([
      `${siti.nama} mengusulkan dialog kinerja`,
      `${siti.nama} menulis pertanyaan untuk dialog kinerja`,
      `${siti.nama} menulis pertanyaan untuk dialog kinerja`,
      `${siti.nama} mengonfirmasi catatan dialog kinerja`,
      "Catatan dialog kinerja telah dikonfirmasi kedua pihak",
    ]);
    const keSiti = await notifikasiDialog(siti.pegawaiId, id);
    expect(keSiti.map((n) => n.judul)).toEqual([
      `${siti.ppkNama} menjawab pertanyaan Anda`,
      `${siti.ppkNama} mencatat hasil dialog kinerja`,
      "Tindak lanjut baru dari dialog kinerja",
      `${siti.ppkNama} menjawab pertanyaan Anda`,
      `${siti.ppkNama} mengonfirmasi catatan dialog kinerja`,
    ]);
    expect(keSiti.every((n) => n.jenis === "DIALOG_KINERJA" && n.tautan === `/dialog/${id}`)).toBe(true);
    expect(keSiti[2]!.isi).toBe("Mengejar rekaman yang tertunda — paling lambat 10 Desember 2026.");

    // the list shows it confirmed with its open action
    expect((await getDialogSkp(ppk, siti.skpId)).dialog.find((d) => d.id === id)).toMatchObject({ status: "TERKONFIRMASI", hasil: "TIDAK_TERCAPAI", jumlahPertanyaan: 2, tindakanTerbuka: 1 });
  });

  it("lets the PPK propose too (the pegawai hears of it) and record an outcome achieved without explanation", async () => {
    const id = await usul("PPK", "2026-11-23", "Persiapan evaluasi tahunan");
    expect((await baris(id)).dibuat_oleh).toBe(siti.ppkId);
    expect(await notifikasiDialog(siti.pegawaiId, id)).toEqual([
      { jenis: "DIALOG_KINERJA", judul: `${siti.ppkNama} mengusulkan dialog kinerja`, isi: "Dialog kinerja pada 23 November 2026. Agenda: Persiapan evaluasi tahunan", tautan: `/dialog/${id}` },
    ]);
    const ppk = await ppkCtx();
    await simpanCatatanDialog(ppk, { dialogId: id, hasil: "TERCAPAI" });
    expect(await baris(id)).toMatchObject({ hasil: "TERCAPAI", penjelasan_hasil: null, catatan_ppk: null });
    // the PPK may confirm first; the pegawai's later question clears it
    await konfirmasiDialog(ppk, { dialogId: id });
    await tulisPertanyaan(await sitiCtx(), { dialogId: id, pertanyaan: "Apakah bukti dukung Desember perlu diunggah sebelum evaluasi?" });
    expect(await baris(id)).toMatchObject({ peg: false, ppk: false });
    // a meeting on a date already past may be recorded afterwards
    const lalu = await usul("PPK", "2026-11-02", "Dialog awal November");
    expect((await getDialog(ppk, lalu)).tanggal).toBe("2026-11-02");
    // an empty answer clears one
    const { pertanyaanId } = await tulisPertanyaan(await sitiCtx(), { dialogId: lalu, pertanyaan: "Kapan evaluasi Oktober dibahas?" });
    await jawabPertanyaan(ppk, { pertanyaanId, jawaban: "Minggu depan" });
    await jawabPertanyaan(ppk, { pertanyaanId, jawaban: "  " });
    expect((await getDialog(ppk, lalu)).pertanyaan[0]).toMatchObject({ jawaban: null, dijawabAt: null });
  });

  // ------------------------------------------------------------------ refusals

  it("shows nothing to anyone but the two sides: a peer, another team's PPK, the Atasan PPK", async () => {
    const id = await usul();
    const { pertanyaanId } = await tulisPertanyaan(await sitiCtx(), { dialogId: id, pertanyaan: "Pertanyaan untuk PPK" });
    const { tindakanId } = await tambahTindakan(await ppkCtx(), { dialogId: id, uraian: "Tindak lanjut", batas: "2026-12-01" });
    for (const orang of [rekan.pegawaiId, ppkLain, siti.atasanId]) {
      const ctx = await ctxOf(orang);
      await tanpaPerubahan(() => getDialog(ctx, id), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => usulkanDialog(ctx, { skpId: siti.skpId, tanggal: "2026-11-27", topik: "Menyusup" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tulisPertanyaan(ctx, { dialogId: id, pertanyaan: "Menyusup" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => jawabPertanyaan(ctx, { pertanyaanId, jawaban: "Menyusup" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => simpanCatatanDialog(ctx, { dialogId: id, hasil: "TERCAPAI" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tambahTindakan(ctx, { dialogId: id, uraian: "Menyusup", batas: "2026-12-01" }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => hapusTindakan(ctx, { tindakanId }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => tandaiTindakanSelesai(ctx, { tindakanId }), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => konfirmasiDialog(ctx, { dialogId: id }), "TIDAK_DITEMUKAN");
      expect(await ikutDialogSkp(ctx, siti.skpId)).toBe(false);
      expect((await tindakanTerbuka(ctx)).map((t) => t.id)).not.toContain(tindakanId);
    }
    // the Atasan PPK and the peer can see the SKP itself, but not its dialogues
    await tanpaPerubahan(async () => getDialogSkp(await ctxOf(siti.atasanId), siti.skpId), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(async () => getDialogSkp(await ctxOf(rekan.pegawaiId), siti.skpId), "TIDAK_DITEMUKAN");
    expect(await ikutDialogSkp(await sitiCtx(), siti.skpId)).toBe(true);
    expect(await ikutDialogSkp(await ppkCtx(), siti.skpId)).toBe(true);
    expect(await ikutDialogSkp(await sitiCtx(), "bukan-id")).toBe(false);
    // unknown or malformed ids look the same
    const pegawai = await sitiCtx();
    await tanpaPerubahan(() => getDialog(pegawai, TIDAK_ADA), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => getDialog(pegawai, "bukan-id"), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => tulisPertanyaan(pegawai, { dialogId: TIDAK_ADA, pertanyaan: "x" }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => tandaiTindakanSelesai(pegawai, { tindakanId: TIDAK_ADA }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => usulkanDialog(pegawai, { skpId: TIDAK_ADA, tanggal: "2026-11-27", topik: "x" }), "TIDAK_DITEMUKAN");
  });

  it("keeps each side to its part: no answers, notes, outcome or actions from the pegawai, no questions from the PPK", async () => {
    const id = await usul();
    const pegawai = await sitiCtx();
    const ppk = await ppkCtx();
    const { pertanyaanId } = await tulisPertanyaan(pegawai, { dialogId: id, pertanyaan: "Bagaimana menilai kualitas laporan?" });
    const { tindakanId } = await tambahTindakan(ppk, { dialogId: id, uraian: "Membuat contoh laporan", batas: "2026-12-01" });
    const hanyaPpk = { _: ["HANYA_PPK_DIALOG"] };
    await tanpaPerubahan(() => jawabPertanyaan(pegawai, { pertanyaanId, jawaban: "Saya jawab sendiri" }), "DITOLAK", hanyaPpk);
    await tanpaPerubahan(() => simpanCatatanDialog(pegawai, { dialogId: id, catatanPpk: "Catatan saya", hasil: "TERCAPAI" }), "DITOLAK", hanyaPpk);
    await tanpaPerubahan(() => tambahTindakan(pegawai, { dialogId: id, uraian: "Libur", batas: "2026-12-01" }), "DITOLAK", hanyaPpk);
    await tanpaPerubahan(() => hapusTindakan(pegawai, { tindakanId }), "DITOLAK", hanyaPpk);
    await tanpaPerubahan(() => tulisPertanyaan(ppk, { dialogId: id, pertanyaan: "Pertanyaan dari PPK" }), "DITOLAK", { _: ["HANYA_PEGAWAI_DIALOG"] });
  });

  it("refuses the PPK's confirmation without an outcome, tidak tercapai without explanation, and confirming twice", async () => {
    const id = await usul();
    const pegawai = await sitiCtx();
    const ppk = await ppkCtx();
    await tanpaPerubahan(() => konfirmasiDialog(ppk, { dialogId: id }), "DITOLAK", { _: ["HASIL_BELUM_DIISI"] });
    await simpanCatatanDialog(ppk, { dialogId: id, catatanPpk: "Belum ada hasil" });
    await tanpaPerubahan(() => konfirmasiDialog(ppk, { dialogId: id }), "DITOLAK", { _: ["HASIL_BELUM_DIISI"] });
    await tanpaPerubahan(() => simpanCatatanDialog(ppk, { dialogId: id, hasil: "TIDAK_TERCAPAI", penjelasanHasil: "   " }), "INPUT_TIDAK_VALID", { penjelasanHasil: ["PENJELASAN_WAJIB"] });
    await tanpaPerubahan(() => simpanCatatanDialog(ppk, { dialogId: id, hasil: "SEBAGIAN" }), "INPUT_TIDAK_VALID", { hasil: ["PILIHAN_TIDAK_VALID"] });
    await konfirmasiDialog(pegawai, { dialogId: id });
    await tanpaPerubahan(() => konfirmasiDialog(pegawai, { dialogId: id }), "DITOLAK", { _: ["SUDAH_DIKONFIRMASI"] });
    await tanpaPerubahan(() => tambahTindakan(ppk, { dialogId: id, uraian: "Terlalu awal", batas: "2026-11-26" }), "INPUT_TIDAK_VALID", { batas: ["BATAS_SEBELUM_DIALOG"] });
    await tanpaPerubahan(() => tambahTindakan(ppk, { dialogId: id, uraian: "", batas: "2026-11-31" }), "INPUT_TIDAK_VALID", { uraian: ["WAJIB_DIISI"], batas: ["TANGGAL_TIDAK_VALID"] });
    await tanpaPerubahan(() => tulisPertanyaan(pegawai, { dialogId: id, pertanyaan: "  " }), "INPUT_TIDAK_VALID", { pertanyaan: ["WAJIB_DIISI"] });
    expect(await baris(id)).toMatchObject({ peg: true, ppk: false, hasil: null });
  });

  it("refuses every change of content once both confirmed — also on the seed's confirmed record — but still lets an action be marked done", async () => {
    const { id, pertanyaanId, tindakanId } = await dialogTerkunci();
    const pegawai = await sitiCtx();
    const ppk = await ppkCtx();
    const terkunci = { _: ["DIALOG_TERKUNCI"] };
    for (const dialogId of [id, seed.terkonfirmasi]) {
      await tanpaPerubahan(() => tulisPertanyaan(pegawai, { dialogId, pertanyaan: "Pertanyaan susulan" }), "DITOLAK", terkunci);
      await tanpaPerubahan(() => simpanCatatanDialog(ppk, { dialogId, catatanPpk: "Diubah", hasil: "TIDAK_TERCAPAI", penjelasanHasil: "Diubah" }), "DITOLAK", terkunci);
      await tanpaPerubahan(() => tambahTindakan(ppk, { dialogId, uraian: "Tambahan", batas: "2026-12-20" }), "DITOLAK", terkunci);
      await tanpaPerubahan(() => konfirmasiDialog(pegawai, { dialogId }), "DITOLAK", terkunci);
      await tanpaPerubahan(() => konfirmasiDialog(ppk, { dialogId }), "DITOLAK", terkunci);
    }
    await tanpaPerubahan(() => jawabPertanyaan(ppk, { pertanyaanId, jawaban: "Diubah" }), "DITOLAK", terkunci);
    await tanpaPerubahan(() => hapusTindakan(ppk, { tindakanId }), "DITOLAK", terkunci);
    // the pegawai marks the agreed action done after the record was confirmed; the PPK hears of it
    await tandaiTindakanSelesai(pegawai, { tindakanId });
    expect((await getDialog(ppk, id)).tindakan[0]!.selesaiAt).toBeInstanceOf(Date);
    expect((await notifikasiDialog(siti.ppkId, id)).at(-1)).toMatchObject({ judul: `${siti.nama} menandai tindak lanjut selesai`, isi: "Menyusun jadwal laporan Desember" });
    expect((await jejak(id)).at(-1)).toMatchObject({ aksi: "DIALOG_TINDAKAN_SELESAI", aktor_id: siti.pegawaiId });
    expect(await baris(id)).toMatchObject({ peg: true, ppk: true });
    await tanpaPerubahan(() => tandaiTindakanSelesai(ppk, { tindakanId }), "DITOLAK", { _: ["TINDAKAN_SUDAH_SELESAI"] });
    await tanpaPerubahan(() => tandaiTindakanSelesai(ppk, { tindakanId: seed.tindakanSelesai }), "DITOLAK", { _: ["TINDAKAN_SUDAH_SELESAI"] });
  });

  it("proposes only on an approved SKP of an open period, dated within the SKP", async () => {
    const ppk = await ppkCtx();
    const pemilik = await ctxOf(belumDisetujui.pegawaiId);
    for (const ctx of [ppk, pemilik])
      await tanpaPerubahan(() => usulkanDialog(ctx, { skpId: belumDisetujui.skpId, tanggal: "2026-11-27", topik: "Terlalu awal" }), "DITOLAK", { _: ["DIALOG_SKP_BELUM_DISETUJUI"] });
    expect((await getDialogSkp(pemilik, belumDisetujui.skpId)).masalahUsul).toBe("DIALOG_SKP_BELUM_DISETUJUI");

    const pegawai = await sitiCtx();
    await tanpaPerubahan(() => usulkanDialog(pegawai, { skpId: siti.skp2025, tanggal: "2025-11-27", topik: "Periode lalu" }), "DITOLAK", { _: ["DIALOG_PERIODE_DITUTUP"] });
    expect((await getDialogSkp(pegawai, siti.skp2025)).masalahUsul).toBe("DIALOG_PERIODE_DITUTUP");
    for (const tanggal of ["2025-12-31", "2027-01-11"])
      await tanpaPerubahan(() => usulkanDialog(pegawai, { skpId: siti.skpId, tanggal, topik: "Di luar SKP" }), "INPUT_TIDAK_VALID", { tanggal: ["TANGGAL_DI_LUAR_SKP"] });
    await tanpaPerubahan(() => usulkanDialog(pegawai, { skpId: siti.skpId, tanggal: "2026-02-30", topik: "" }), "INPUT_TIDAK_VALID", { tanggal: ["TANGGAL_TIDAK_VALID"], topik: ["WAJIB_DIISI"] });
    // the last day allowed is the annual evaluation's due date
    expect(await usulkanDialog(pegawai, { skpId: siti.skpId, tanggal: "2027-01-10", topik: "Tindak lanjut evaluasi tahunan" })).toHaveProperty("dialogId");
  });

  it("refuses changes to a dialogue of a closed period", async () => {
    // the 2025 period is closed; a dialogue recorded then (written straight into the table) stays as it was
    const [d] = await q<{ id: string }>(sql`insert into dialog_kinerja (skp_id, tanggal, topik, dibuat_oleh) values (${siti.skp2025}, '2025-11-10', 'Dialog 2025', ${siti.ppkId}) returning id`);
    const [t] = await q<{ id: string }>(sql`insert into dialog_tindakan (dialog_id, uraian, batas) values (${d!.id}, 'Tindak lanjut 2025', '2025-11-30') returning id`);
    const ditutup = { _: ["DIALOG_PERIODE_DITUTUP"] };
    await tanpaPerubahan(async () => tulisPertanyaan(await sitiCtx(), { dialogId: d!.id, pertanyaan: "x" }), "DITOLAK", ditutup);
    await tanpaPerubahan(async () => simpanCatatanDialog(await ppkCtx(), { dialogId: d!.id, hasil: "TERCAPAI" }), "DITOLAK", ditutup);
    await tanpaPerubahan(async () => konfirmasiDialog(await sitiCtx(), { dialogId: d!.id }), "DITOLAK", ditutup);
    const detail = await getDialog(await sitiCtx(), d!.id);
    expect(detail).toMatchObject({ periodeDitutup: true, boleh: { tanya: false, konfirmasi: false, tandaiSelesai: true } });
    expect(detail.tindakan[0]).toMatchObject({ terlambat: true });
    // its open action still shows, and can still be marked done
    expect((await tindakanTerbuka(await sitiCtx())).map((x) => x.id)).toContain(t!.id);
    await tandaiTindakanSelesai(await sitiCtx(), { tindakanId: t!.id });
    expect((await tindakanTerbuka(await sitiCtx())).map((x) => x.id)).not.toContain(t!.id);
  });

  // ------------------------------------------------------------------ dashboards

  it("lists open agreed actions on both dashboards until marked done", async () => {
    const pegawai = await sitiCtx();
    const ppk = await ppkCtx();
    // the seed's open dialogue has one open action
    const awal = await tindakanTerbuka(pegawai);
    expect(awal.find((t) => t.id === seed.tindakanTerbuka)).toMatchObject({ dialogId: seed.terbuka, sebagai: "PEGAWAI", dengan: siti.ppkNama, terlambat: false });
    expect(awal.map((t) => t.id)).not.toContain(seed.tindakanSelesai);
    expect((await tindakanTerbuka(ppk)).find((t) => t.id === seed.tindakanTerbuka)).toMatchObject({ sebagai: "PPK", dengan: siti.nama });

    // a new action in a dialogue held earlier, due before today: late
    const id = await usul("PPK", "2026-11-05", "Dialog awal November");
    const { tindakanId } = await tambahTindakan(ppk, { dialogId: id, uraian: "Melengkapi bukti dukung Oktober", batas: "2026-11-12" });
    const lihat = async (ctx: ServiceContext) => (await tindakanTerbuka(ctx)).find((t) => t.id === tindakanId);
    expect(await lihat(pegawai)).toEqual({ id: tindakanId, uraian: "Melengkapi bukti dukung Oktober", batas: "2026-11-12", terlambat: true, dialogId: id, tanggalDialog: "2026-11-05", sebagai: "PEGAWAI", dengan: siti.ppkNama });
    expect(await lihat(ppk)).toMatchObject({ sebagai: "PPK", dengan: siti.nama, terlambat: true });
    // soonest due first
    const batas = (await tindakanTerbuka(pegawai)).map((t) => t.batas);
    expect(batas).toEqual([...batas].sort());
    // nobody else sees it
    expect(await lihat(await ctxOf(rekan.pegawaiId))).toBeUndefined();
    expect(await lihat(await ctxOf(siti.atasanId))).toBeUndefined();

    // still listed while the record is unconfirmed, confirmed by one, by both; gone once done
    await simpanCatatanDialog(ppk, { dialogId: id, hasil: "TERCAPAI" });
    await konfirmasiDialog(ppk, { dialogId: id });
    await konfirmasiDialog(pegawai, { dialogId: id });
    expect(await lihat(pegawai)).toBeDefined();
    expect(await lihat(ppk)).toBeDefined();
    await tandaiTindakanSelesai(ppk, { tindakanId });
    expect(await lihat(pegawai)).toBeUndefined();
    expect(await lihat(ppk)).toBeUndefined();
    expect((await notifikasiDialog(siti.pegawaiId, id)).at(-1)).toMatchObject({ judul: `${siti.ppkNama} menandai tindak lanjut selesai` });

    // an action removed by the PPK before confirmation leaves the lists too
    const id2 = await usul();
    const kedua = await tambahTindakan(ppk, { dialogId: id2, uraian: "Salah ketik", batas: "2026-12-01" });
    expect((await tindakanTerbuka(pegawai)).map((t) => t.id)).toContain(kedua.tindakanId);
    await hapusTindakan(ppk, { tindakanId: kedua.tindakanId });
    expect((await tindakanTerbuka(pegawai)).map((t) => t.id)).not.toContain(kedua.tindakanId);
    expect((await jejak(id2)).at(-1)).toMatchObject({ aksi: "DIALOG_TINDAKAN_DIHAPUS", sebelum: { uraian: "Salah ketik", batas: "2026-12-01" } });
  });

  // ------------------------------------------------------------------ live events

  it("raises a live event to both sides on commit, and none from a refused call", async () => {
    const heard: Peristiwa[] = [];
    const stop = await h.listen(SALURAN_LANGSUNG, (payload) => {
      const p = bacaPeristiwa(payload);
      if (p?.jenis === "dialog" && p.data?.skpId === siti.skpId) heard.push(p);
    });
    try {
      const id = await usul();
      await tunggu(() => heard.length === 1);
      expect(new Set(heard[0]!.untuk)).toEqual(new Set([siti.pegawaiId, siti.ppkId]));
      expect(heard[0]!.data).toEqual({ dialogId: id, skpId: siti.skpId });
      await ditolak(tulisPertanyaan(await ppkCtx(), { dialogId: id, pertanyaan: "x" }), "DITOLAK");
      await ditolak(konfirmasiDialog(await ppkCtx(), { dialogId: id }), "DITOLAK");
      await tulisPertanyaan(await sitiCtx(), { dialogId: id, pertanyaan: "Pertanyaan" });
      await tunggu(() => heard.length === 2);
      await tunda(200);
      expect(heard).toHaveLength(2);
    } finally {
      await stop();
    }
  });
});
