/**
 * Dialog kinerja (spec §4): a recorded one-to-one meeting between a pegawai and the PPK of an approved
 * SKP. Either side proposes it (date, agenda); the pegawai writes questions; the PPK records answers,
 * clarifications, agreed actions with due dates and the outcome (tercapai / tidak tercapai with an
 * explanation). Both confirm the record; once both have, it is read-only — any change before that
 * clears a confirmation already given. Agreed actions stay on both dashboards until marked done, which
 * either side may do at any time.
 *
 * Only the two sides see a dialogue (policy `dialog.ikut`); to anyone else it does not exist. Every
 * mutation: validated input, a policy check, one transaction (the dialogue row locked first) with an
 * audit row, a notification to the other side and a live event to both.
 */
import { asc, eq, sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@/db/client";
import { dialogKinerja, dialogTanyaJawab, dialogTindakan } from "@/db/schema";
import {
  BATAS_BARIS_DIALOG,
  masalahKonfirmasi,
  masalahTanggal,
  masalahUbah,
  statusDialog,
  terkunci,
  terlambat,
  type HasilDialog,
  type KeadaanDialog,
  type PeranDialog,
  type StatusDialog,
} from "@/lib/domain/dialog";
import { can } from "@/lib/policy";
import { catatanDialogSchema, idDialogSchema, idTindakanSchema, jawabanSchema, pertanyaanSchema, tindakanSchema, usulDialogSchema } from "@/lib/schemas/dialog";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ditolak, forbidden, isianTidakValid } from "./errors";
import { terbitkan } from "./langsung";
import { kirimNotifikasi } from "./notifikasi";
import { fakta, isUuid, muatSkp, skpTerlihat, type SkpRow } from "./skp";
import { tanggalPanjang } from "@/lib/documents/skp-teks";
import { parse } from "./validasi";


const waktu = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

// ---------------------------------------------------------------- loading

type DialogRow = {
  id: string;
  skp_id: string;
  tanggal: string;
  topik: string;
  hasil: HasilDialog | null;
  penjelasan_hasil: string | null;
  catatan_ppk: string | null;
  dibuat_oleh: string;
  dikonfirmasi_pegawai_at: Date | string | null;
  dikonfirmasi_ppk_at: Date | string | null;
  periode_ditutup: boolean;
};

interface Konteks {
  d: DialogRow;
  skp: SkpRow;
  peran: PeranDialog;
  keadaan: KeadaanDialog;
}

const keadaanDari = (d: DialogRow): KeadaanDialog => ({
  hasil: d.hasil,
  dikonfirmasiPegawai: d.dikonfirmasi_pegawai_at !== null,
  dikonfirmasiPpk: d.dikonfirmasi_ppk_at !== null,
  periodeDitutup: d.periode_ditutup,
});

/** The actor's side in the SKP's dialogues, or null when they are neither its owner nor its PPK. */
function peranDialog(ctx: ServiceContext, skp: SkpRow): PeranDialog | null {
  if (!can(ctx.actor, { aksi: "dialog.ikut", skp: fakta(skp) })) return null;
  return skp.pegawai_id === ctx.actor.pegawaiId ? "PEGAWAI" : "PPK";
}

/** One dialogue the actor takes part in (locked for the transaction when asked), else "not found". */
async function muatDialog(ctx: ServiceContext, db: DbOrTx, dialogId: unknown, forUpdate = false): Promise<Konteks> {
  if (!isUuid(dialogId)) throw forbidden();
  const [d] = await queryRows<DialogRow>(
    db,
    sql`select d.id, d.skp_id, d.tanggal::text as tanggal, d.topik, d.hasil, d.penjelasan_hasil, d.catatan_ppk, d.dibuat_oleh,
               d.dikonfirmasi_pegawai_at, d.dikonfirmasi_ppk_at,
               (select pr.status = 'DITUTUP' from skp s join periode pr on pr.id = s.periode_id where s.id = d.skp_id) as periode_ditutup
          from dialog_kinerja d where d.id = ${dialogId} ${forUpdate ? sql`for update of d` : sql``}`,
  );
  if (!d) throw forbidden();
  const [skp] = await muatSkp(db, [d.skp_id]);
  const peran = skp ? peranDialog(ctx, skp) : null;
  if (!skp || !peran) throw forbidden();
  return { d, skp, peran, keadaan: keadaanDari(d) };
}

/** The dialogue of a question or an action, locked, with the row's id checked to belong to it. */
async function dialogDari(ctx: ServiceContext, tx: DbOrTx, tabel: "dialog_tanya_jawab" | "dialog_tindakan", id: string): Promise<Konteks> {
  const [r] = await queryRows<{ dialog_id: string }>(tx, sql`select dialog_id from ${sql.identifier(tabel)} where id = ${id}`);
  if (!r) throw forbidden();
  return muatDialog(ctx, tx, r.dialog_id, true);
}

/** The record's content may change now (not confirmed by both, period open). */
function pastikanBolehUbah(k: Konteks): void {
  const masalah = masalahUbah(k.keadaan);
  if (masalah) throw ditolak(masalah);
}

/**
 * After a change of content: a confirmation already given no longer covers the record, so it goes.
 * Returns the sides whose confirmation was withdrawn (for the audit row).
 */
async function batalkanKonfirmasi(tx: DbOrTx, k: Konteks): Promise<PeranDialog[]> {
  const batal: PeranDialog[] = [];
  if (k.keadaan.dikonfirmasiPegawai) batal.push("PEGAWAI");
  if (k.keadaan.dikonfirmasiPpk) batal.push("PPK");
  await tx.update(dialogKinerja).set({ dikonfirmasiPegawaiAt: null, dikonfirmasiPpkAt: null, updatedAt: new Date() }).where(eq(dialogKinerja.id, k.d.id));
  return batal;
}

/** The other side hears of it (a notification), and both sides' open pages (a live event). */
async function kabari(tx: DbOrTx, ctx: ServiceContext, k: Pick<Konteks, "skp" | "peran"> & { dialogId: string }, judul: string, isi: string): Promise<void> {
  const lain = k.peran === "PEGAWAI" ? k.skp.ppk_pegawai_id : k.skp.pegawai_id;
  const keduanya = [k.skp.pegawai_id, k.skp.ppk_pegawai_id].filter((p): p is string => !!p);
  await Promise.all([
    lain ? kirimNotifikasi(tx, [{ penerimaId: lain, jenis: "DIALOG_KINERJA", judul, isi, tautan: `/dialog/${k.dialogId}` }]) : null,
    terbitkan(tx, { untuk: keduanya, jenis: "dialog", data: { dialogId: k.dialogId, skpId: k.skp.id } }),
  ]);
}

const ringkas = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// ---------------------------------------------------------------- proposing

/** The dates a meeting on this SKP may take, and why none can be proposed (or null). */
async function syaratUsul(db: DbOrTx, skp: SkpRow): Promise<{ mulai: string; batas: string; masalah: string | null }> {
  const [p] = await queryRows<{ batas: string; status: string }>(
    db,
    sql`select batas_evaluasi_tahunan::text as batas, status from periode where id = ${skp.periode_id}`,
  );
  const masalah = skp.status !== "DISETUJUI" ? "DIALOG_SKP_BELUM_DISETUJUI" : p?.status === "DITUTUP" ? "DIALOG_PERIODE_DITUTUP" : !skp.ppk_pegawai_id ? "TANPA_PPK" : null;
  return { mulai: skp.berlaku_mulai, batas: p?.batas ?? skp.berlaku_selesai, masalah };
}

/** Either side proposes a meeting on an approved SKP: its date and agenda. */
export async function usulkanDialog(ctx: ServiceContext, input: unknown): Promise<{ dialogId: string }> {
  const data = parse(usulDialogSchema, input);
  return ctx.db.transaction(async (tx) => {
    const skp = await skpTerlihat(ctx, tx, data.skpId, true);
    const peran = peranDialog(ctx, skp);
    if (!peran) throw forbidden();
    const syarat = await syaratUsul(tx, skp);
    if (syarat.masalah) throw ditolak(syarat.masalah);
    const salahTanggal = masalahTanggal(data.tanggal, syarat);
    if (salahTanggal) throw isianTidakValid(salahTanggal, "tanggal");
    const [ditutup] = await queryRows<{ id: string }>(
      tx,
      sql`select id from periode where instansi_id = ${skp.instansi_id} and status = 'DITUTUP' and ${data.tanggal}::date between mulai and selesai limit 1`,
    );
    if (ditutup) throw ditolak("DIALOG_PERIODE_DITUTUP", "tanggal");

    const [baru] = await tx
      .insert(dialogKinerja)
      .values({ skpId: skp.id, tanggal: data.tanggal, topik: data.topik, dibuatOleh: ctx.actor.pegawaiId })
      .returning({ id: dialogKinerja.id });
    const dialogId = baru!.id;
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_DIUSULKAN", entitas: "dialog_kinerja", entitasId: dialogId, sesudah: { skpId: skp.id, tanggal: data.tanggal, topik: data.topik } }),
      kabari(tx, ctx, { skp, peran, dialogId }, `${ctx.actor.nama} mengusulkan dialog kinerja`, `Dialog kinerja pada ${tanggalPanjang(data.tanggal)}. Agenda: ${ringkas(data.topik)}`),
    ]);
    return { dialogId };
  });
}

// ---------------------------------------------------------------- the pegawai's questions

/** The pegawai adds a question to raise, until the record is confirmed by both. */
export async function tulisPertanyaan(ctx: ServiceContext, input: unknown): Promise<{ pertanyaanId: string }> {
  const data = parse(pertanyaanSchema, input);
  return ctx.db.transaction(async (tx) => {
    const k = await muatDialog(ctx, tx, data.dialogId, true);
    if (k.peran !== "PEGAWAI") throw ditolak("HANYA_PEGAWAI_DIALOG");
    pastikanBolehUbah(k);
    const [{ n, maks }] = (await queryRows<{ n: number; maks: number }>(
      tx,
      sql`select count(*)::int as n, coalesce(max(urutan), 0)::int as maks from dialog_tanya_jawab where dialog_id = ${k.d.id}`,
    )) as [{ n: number; maks: number }];
    if (n >= BATAS_BARIS_DIALOG) throw isianTidakValid("TERLALU_BANYAK", "pertanyaan");
    const [baru] = await tx
      .insert(dialogTanyaJawab)
      .values({ dialogId: k.d.id, urutan: maks + 1, pertanyaan: data.pertanyaan })
      .returning({ id: dialogTanyaJawab.id });
    const batal = await batalkanKonfirmasi(tx, k);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_PERTANYAAN_DITAMBAH", entitas: "dialog_kinerja", entitasId: k.d.id, sesudah: { pertanyaanId: baru!.id, pertanyaan: data.pertanyaan, konfirmasiDibatalkan: batal } }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `${ctx.actor.nama} menulis pertanyaan untuk dialog kinerja`, ringkas(data.pertanyaan)),
    ]);
    return { pertanyaanId: baru!.id };
  });
}

// ---------------------------------------------------------------- the PPK's record

/** The PPK answers one question (an empty answer clears it), until the record is confirmed by both. */
export async function jawabPertanyaan(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(jawabanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const k = await dialogDari(ctx, tx, "dialog_tanya_jawab", data.pertanyaanId);
    if (k.peran !== "PPK") throw ditolak("HANYA_PPK_DIALOG");
    pastikanBolehUbah(k);
    const [lama] = await tx.select().from(dialogTanyaJawab).where(eq(dialogTanyaJawab.id, data.pertanyaanId));
    const jawaban = data.jawaban || null;
    await tx.update(dialogTanyaJawab).set({ jawaban, dijawabAt: jawaban ? new Date() : null }).where(eq(dialogTanyaJawab.id, data.pertanyaanId));
    const batal = await batalkanKonfirmasi(tx, k);
    await Promise.all([
      catatAudit(tx, {
        aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_PERTANYAAN_DIJAWAB", entitas: "dialog_kinerja", entitasId: k.d.id,
        sebelum: { pertanyaanId: lama!.id, jawaban: lama!.jawaban }, sesudah: { pertanyaanId: lama!.id, jawaban, konfirmasiDibatalkan: batal },
      }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `${ctx.actor.nama} menjawab pertanyaan Anda`, jawaban ? `"${ringkas(lama!.pertanyaan, 80)}": ${ringkas(jawaban)}` : `Jawaban atas "${ringkas(lama!.pertanyaan, 80)}" dihapus.`),
    ]);
  });
}

/** The PPK records clarifications and the outcome; tidak tercapai needs an explanation. */
export async function simpanCatatanDialog(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(catatanDialogSchema, input);
  await ctx.db.transaction(async (tx) => {
    const k = await muatDialog(ctx, tx, data.dialogId, true);
    if (k.peran !== "PPK") throw ditolak("HANYA_PPK_DIALOG");
    pastikanBolehUbah(k);
    await tx
      .update(dialogKinerja)
      .set({ catatanPpk: data.catatanPpk, hasil: data.hasil, penjelasanHasil: data.penjelasanHasil, updatedAt: new Date() })
      .where(eq(dialogKinerja.id, k.d.id));
    const batal = await batalkanKonfirmasi(tx, k);
    const hasilTeks = data.hasil === "TERCAPAI" ? "tercapai" : data.hasil === "TIDAK_TERCAPAI" ? "tidak tercapai" : "belum ditentukan";
    await Promise.all([
      catatAudit(tx, {
        aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_CATATAN_DISIMPAN", entitas: "dialog_kinerja", entitasId: k.d.id,
        sebelum: { catatanPpk: k.d.catatan_ppk, hasil: k.d.hasil, penjelasanHasil: k.d.penjelasan_hasil },
        sesudah: { catatanPpk: data.catatanPpk, hasil: data.hasil, penjelasanHasil: data.penjelasanHasil, konfirmasiDibatalkan: batal },
      }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `${ctx.actor.nama} mencatat hasil dialog kinerja`, `Hasil dialog ${tanggalPanjang(k.d.tanggal)}: ${hasilTeks}. Periksa catatannya lalu konfirmasi.`),
    ]);
  });
}

// ---------------------------------------------------------------- agreed actions

/** The PPK records an action agreed in the meeting, due on or after the meeting's date. */
export async function tambahTindakan(ctx: ServiceContext, input: unknown): Promise<{ tindakanId: string }> {
  const data = parse(tindakanSchema, input);
  return ctx.db.transaction(async (tx) => {
    const k = await muatDialog(ctx, tx, data.dialogId, true);
    if (k.peran !== "PPK") throw ditolak("HANYA_PPK_DIALOG");
    pastikanBolehUbah(k);
    if (data.batas < k.d.tanggal) throw isianTidakValid("BATAS_SEBELUM_DIALOG", "batas");
    const [{ n }] = (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from dialog_tindakan where dialog_id = ${k.d.id}`)) as [{ n: number }];
    if (n >= BATAS_BARIS_DIALOG) throw isianTidakValid("TERLALU_BANYAK", "uraian");
    const [baru] = await tx.insert(dialogTindakan).values({ dialogId: k.d.id, uraian: data.uraian, batas: data.batas }).returning({ id: dialogTindakan.id });
    const batal = await batalkanKonfirmasi(tx, k);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_TINDAKAN_DITAMBAH", entitas: "dialog_kinerja", entitasId: k.d.id, sesudah: { tindakanId: baru!.id, uraian: data.uraian, batas: data.batas, konfirmasiDibatalkan: batal } }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `Tindak lanjut baru dari dialog kinerja`, `${ringkas(data.uraian)} — paling lambat ${tanggalPanjang(data.batas)}.`),
    ]);
    return { tindakanId: baru!.id };
  });
}

/** The PPK removes an action recorded by mistake, until the record is confirmed by both. */
export async function hapusTindakan(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(idTindakanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const k = await dialogDari(ctx, tx, "dialog_tindakan", data.tindakanId);
    if (k.peran !== "PPK") throw ditolak("HANYA_PPK_DIALOG");
    pastikanBolehUbah(k);
    const [lama] = await tx.delete(dialogTindakan).where(eq(dialogTindakan.id, data.tindakanId)).returning();
    const batal = await batalkanKonfirmasi(tx, k);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_TINDAKAN_DIHAPUS", entitas: "dialog_kinerja", entitasId: k.d.id, sebelum: { tindakanId: lama!.id, uraian: lama!.uraian, batas: lama!.batas }, sesudah: { konfirmasiDibatalkan: batal } }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `Tindak lanjut dialog kinerja dihapus`, ringkas(lama!.uraian)),
    ]);
  });
}

/** Either side marks an agreed action done — also after the record is confirmed (actions are followed up later). */
export async function tandaiTindakanSelesai(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(idTindakanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const k = await dialogDari(ctx, tx, "dialog_tindakan", data.tindakanId);
    const [t] = await tx.select().from(dialogTindakan).where(eq(dialogTindakan.id, data.tindakanId));
    if (t!.selesaiAt) throw ditolak("TINDAKAN_SUDAH_SELESAI");
    await tx.update(dialogTindakan).set({ selesaiAt: new Date() }).where(eq(dialogTindakan.id, t!.id));
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_TINDAKAN_SELESAI", entitas: "dialog_kinerja", entitasId: k.d.id, sesudah: { tindakanId: t!.id, uraian: t!.uraian } }),
      kabari(tx, ctx, { ...k, dialogId: k.d.id }, `${ctx.actor.nama} menandai tindak lanjut selesai`, ringkas(t!.uraian)),
    ]);
  });
}

// ---------------------------------------------------------------- confirming

/** Each side confirms the record; the PPK only once the outcome is set. Confirmed by both, it is read-only. */
export async function konfirmasiDialog(ctx: ServiceContext, input: unknown): Promise<{ terkunci: boolean }> {
  const data = parse(idDialogSchema, input);
  return ctx.db.transaction(async (tx) => {
    const k = await muatDialog(ctx, tx, data.dialogId, true);
    const masalah = masalahKonfirmasi(k.keadaan, k.peran);
    if (masalah) throw ditolak(masalah);
    const kini = new Date();
    await tx
      .update(dialogKinerja)
      .set(k.peran === "PEGAWAI" ? { dikonfirmasiPegawaiAt: kini } : { dikonfirmasiPpkAt: kini })
      .where(eq(dialogKinerja.id, k.d.id));
    const sesudah = { ...k.keadaan, dikonfirmasiPegawai: k.keadaan.dikonfirmasiPegawai || k.peran === "PEGAWAI", dikonfirmasiPpk: k.keadaan.dikonfirmasiPpk || k.peran === "PPK" };
    const kunci = terkunci(sesudah);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "DIALOG_DIKONFIRMASI", entitas: "dialog_kinerja", entitasId: k.d.id, sesudah: { sebagai: k.peran, terkunci: kunci } }),
      kabari(
        tx, ctx, { ...k, dialogId: k.d.id },
        kunci ? `Catatan dialog kinerja telah dikonfirmasi kedua pihak` : `${ctx.actor.nama} mengonfirmasi catatan dialog kinerja`,
        kunci ? `Catatan dialog ${tanggalPanjang(k.d.tanggal)} kini final dan tidak dapat diubah.` : `Periksa catatan dialog ${tanggalPanjang(k.d.tanggal)} lalu konfirmasi.`,
      ),
    ]);
    return { terkunci: kunci };
  });
}

// ---------------------------------------------------------------- reading

export interface DialogRingkas {
  id: string;
  tanggal: string;
  topik: string;
  hasil: HasilDialog | null;
  status: StatusDialog;
  dibuatOleh: string;
  jumlahPertanyaan: number;
  tindakanTerbuka: number;
}

export interface DaftarDialogSkp {
  skp: { id: string; status: string; namaPegawai: string; ppkNama: string | null; periode: string };
  peran: PeranDialog;
  /** Why no meeting can be proposed now (a message key), or null when it can. */
  masalahUsul: string | null;
  /** The dates a meeting may take. */
  tanggalMin: string;
  tanggalMaks: string;
  dialog: DialogRingkas[];
}

/** The SKP's dialogues, newest first, for its owner and its PPK. */
export async function getDialogSkp(ctx: ServiceContext, skpId: unknown): Promise<DaftarDialogSkp> {
  const skp = await skpTerlihat(ctx, ctx.db, skpId);
  const peran = peranDialog(ctx, skp);
  if (!peran) throw forbidden();
  const [syarat, [info], rows] = await Promise.all([
    syaratUsul(ctx.db, skp),
    queryRows<{ ppk_nama: string | null; periode: string }>(
      ctx.db,
      sql`select ppk.nama as ppk_nama, pr.nama as periode from skp s join periode pr on pr.id = s.periode_id left join pegawai ppk on ppk.id = s.ppk_pegawai_id where s.id = ${skp.id}`,
    ),
    queryRows<DialogRow & { pembuat: string; jumlah_pertanyaan: number; tindakan_terbuka: number }>(
      ctx.db,
      sql`select d.id, d.skp_id, d.tanggal::text as tanggal, d.topik, d.hasil, d.penjelasan_hasil, d.catatan_ppk, d.dibuat_oleh,
                 d.dikonfirmasi_pegawai_at, d.dikonfirmasi_ppk_at, false as periode_ditutup, p.nama as pembuat,
                 (select count(*)::int from dialog_tanya_jawab q where q.dialog_id = d.id) as jumlah_pertanyaan,
                 (select count(*)::int from dialog_tindakan t where t.dialog_id = d.id and t.selesai_at is null) as tindakan_terbuka
            from dialog_kinerja d join pegawai p on p.id = d.dibuat_oleh
           where d.skp_id = ${skp.id} order by d.tanggal desc, d.created_at desc`,
    ),
  ]);
  return {
    skp: { id: skp.id, status: skp.status, namaPegawai: skp.nama_pegawai, ppkNama: info?.ppk_nama ?? null, periode: info?.periode ?? "" },
    peran,
    masalahUsul: syarat.masalah,
    tanggalMin: syarat.mulai,
    tanggalMaks: syarat.batas,
    dialog: rows.map((r) => ({
      id: r.id, tanggal: r.tanggal, topik: r.topik, hasil: r.hasil, status: statusDialog(keadaanDari(r)), dibuatOleh: r.pembuat,
      jumlahPertanyaan: Number(r.jumlah_pertanyaan), tindakanTerbuka: Number(r.tindakan_terbuka),
    })),
  };
}

export interface TindakanTampil {
  id: string;
  uraian: string;
  batas: string;
  selesaiAt: Date | null;
  terlambat: boolean;
}

export interface DialogDetail {
  id: string;
  skp: { id: string; namaPegawai: string; ppkNama: string | null };
  tanggal: string;
  topik: string;
  dibuatOleh: string;
  hasil: HasilDialog | null;
  penjelasanHasil: string | null;
  catatanPpk: string | null;
  dikonfirmasiPegawaiAt: Date | null;
  dikonfirmasiPpkAt: Date | null;
  status: StatusDialog;
  terkunci: boolean;
  periodeDitutup: boolean;
  pertanyaan: Array<{ id: string; urutan: number; pertanyaan: string; jawaban: string | null; dijawabAt: Date | null }>;
  tindakan: TindakanTampil[];
  peran: PeranDialog;
  /** What the actor may do on this record now. */
  boleh: { tanya: boolean; jawab: boolean; catat: boolean; tindakan: boolean; konfirmasi: boolean; tandaiSelesai: boolean };
  /** Why the actor cannot confirm now (a message key), or null. */
  masalahKonfirmasi: string | null;
}

/** One dialogue's record, with what the actor may do on it. */
export async function getDialog(ctx: ServiceContext, dialogId: unknown): Promise<DialogDetail> {
  const k = await muatDialog(ctx, ctx.db, dialogId);
  const [tj, tindakan, [info]] = await Promise.all([
    ctx.db.select().from(dialogTanyaJawab).where(eq(dialogTanyaJawab.dialogId, k.d.id)).orderBy(asc(dialogTanyaJawab.urutan)),
    ctx.db.select().from(dialogTindakan).where(eq(dialogTindakan.dialogId, k.d.id)).orderBy(asc(dialogTindakan.batas), asc(dialogTindakan.createdAt)),
    queryRows<{ ppk_nama: string | null; pembuat: string }>(
      ctx.db,
      sql`select (select nama from pegawai where id = ${k.skp.ppk_pegawai_id}) as ppk_nama, (select nama from pegawai where id = ${k.d.dibuat_oleh}) as pembuat`,
    ),
  ]);
  const bolehUbah = masalahUbah(k.keadaan) === null;
  const masalahKonf = masalahKonfirmasi(k.keadaan, k.peran);
  return {
    id: k.d.id,
    skp: { id: k.skp.id, namaPegawai: k.skp.nama_pegawai, ppkNama: info?.ppk_nama ?? null },
    tanggal: k.d.tanggal,
    topik: k.d.topik,
    dibuatOleh: info?.pembuat ?? "",
    hasil: k.d.hasil,
    penjelasanHasil: k.d.penjelasan_hasil,
    catatanPpk: k.d.catatan_ppk,
    dikonfirmasiPegawaiAt: waktu(k.d.dikonfirmasi_pegawai_at),
    dikonfirmasiPpkAt: waktu(k.d.dikonfirmasi_ppk_at),
    status: statusDialog(k.keadaan),
    terkunci: terkunci(k.keadaan),
    periodeDitutup: k.keadaan.periodeDitutup,
    pertanyaan: tj.map((q) => ({ id: q.id, urutan: q.urutan, pertanyaan: q.pertanyaan, jawaban: q.jawaban, dijawabAt: q.dijawabAt })),
    tindakan: tindakan.map((t) => ({ id: t.id, uraian: t.uraian, batas: t.batas, selesaiAt: t.selesaiAt, terlambat: terlambat({ batas: t.batas, selesai: t.selesaiAt !== null }, ctx.today) })),
    peran: k.peran,
    boleh: {
      tanya: bolehUbah && k.peran === "PEGAWAI",
      jawab: bolehUbah && k.peran === "PPK",
      catat: bolehUbah && k.peran === "PPK",
      tindakan: bolehUbah && k.peran === "PPK",
      konfirmasi: masalahKonf === null,
      tandaiSelesai: true,
    },
    masalahKonfirmasi: masalahKonf,
  };
}

export interface TindakanTerbuka {
  id: string;
  uraian: string;
  batas: string;
  terlambat: boolean;
  dialogId: string;
  tanggalDialog: string;
  /** The actor's side: the pegawai whose SKP it is, or that pegawai's PPK. */
  sebagai: PeranDialog;
  /** The other side's name. */
  dengan: string;
}

/** The open agreed actions of the actor's dialogues — as pegawai, and as PPK of others — soonest due first. */
export async function tindakanTerbuka(ctx: ServiceContext): Promise<TindakanTerbuka[]> {
  const saya = ctx.actor.pegawaiId;
  const rows = await queryRows<{ id: string; uraian: string; batas: string; dialog_id: string; tanggal: string; sebagai: PeranDialog; dengan: string | null }>(
    ctx.db,
    sql`select t.id, t.uraian, t.batas::text as batas, d.id as dialog_id, d.tanggal::text as tanggal,
               case when s.pegawai_id = ${saya} then 'PEGAWAI' else 'PPK' end as sebagai,
               case when s.pegawai_id = ${saya} then ppk.nama else pg.nama end as dengan
          from dialog_tindakan t join dialog_kinerja d on d.id = t.dialog_id join skp s on s.id = d.skp_id
          join pegawai pg on pg.id = s.pegawai_id left join pegawai ppk on ppk.id = s.ppk_pegawai_id
         where t.selesai_at is null and pg.instansi_id = ${ctx.actor.instansiId}
           and (s.pegawai_id = ${saya} or s.ppk_pegawai_id = ${saya})
         order by t.batas, t.created_at, t.id`,
  );
  return rows.map((r) => ({
    id: r.id, uraian: r.uraian, batas: r.batas, terlambat: terlambat({ batas: r.batas, selesai: false }, ctx.today),
    dialogId: r.dialog_id, tanggalDialog: r.tanggal, sebagai: r.sebagai, dengan: r.dengan ?? "—",
  }));
}

/** Whether the actor takes part in this SKP's dialogues (for a link to them); false for anything else. */
export async function ikutDialogSkp(ctx: ServiceContext, skpId: unknown): Promise<boolean> {
  if (!isUuid(skpId)) return false;
  const [skp] = await muatSkp(ctx.db, [skpId]);
  return !!skp && peranDialog(ctx, skp) !== null;
}
