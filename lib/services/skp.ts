/**
 * The SKP: creating it, saving the draft (optimistic locking), the workflow (submit, withdraw,
 * return with notes, approve — one or many —, open a new version), the PPK's expectations and
 * handing RHK down to subordinates (matriks peran hasil). Every mutation: validated input, a policy
 * check against the resource, one transaction with an audit row, notifications in the same
 * transaction.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, uuidList, type DbOrTx } from "@/db/client";
import { catatanSkp, ekspektasiPerilaku, iki, lampiranSkp, matriksPeran, rhk, skp } from "@/db/schema";
import { NILAI_BERAKHLAK, type AspekIki, type JenisJabatan, type NilaiBerakhlak, type Pendekatan, type Perspektif } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN, bentukUntuk, syaratPengajuan, type SkpDokumen, type SyaratPengajuan } from "@/lib/domain/skp";
import type { JenisNotifikasi } from "@/lib/domain/notifikasi";
import { EVENT_SKP, type EventSkp, type StatusSkp } from "@/lib/domain/workflow";
import { can, peranDiSkp, type PegawaiFacts, type SkpFacts } from "@/lib/policy";
import {
  ekspektasiSchema,
  idListSchema,
  pengembalianSchema,
  penyerahanRhkSchema,
  skpBaruSchema,
  skpDraftSchema,
  type SkpDraftForm,
  type SkpDraftInput,
} from "@/lib/schemas/skp";
import { catatAudit } from "./audit";
import { parse } from "./validasi";
import { kirimNotifikasi } from "./notifikasi";
import type { ServiceContext } from "./context";
import { ServiceError, forbidden } from "./errors";
import { atasanPenugasan, bawahanLangsungSql, faktaPegawai } from "./hierarki";
import { getPeriodeAktif } from "./periode";
import { invalidateRingkasan } from "./ringkasan-cache";
import { bekukanVersi, iso, muatDokumenSkp } from "./skp-dokumen";

// ---------------------------------------------------------------- helpers

/** Separators for comparing a row's values as one string (unit separator and record separator). */
const PEMISAH = "\u001f";
const PEMISAH_BARIS = "\u001e";


export type SkpRow = {
  id: string;
  periode_id: string;
  pegawai_id: string;
  penugasan_id: string;
  ppk_pegawai_id: string | null;
  atasan_ppk_pegawai_id: string | null;
  status: StatusSkp;
  versi: number;
  lock_version: number;
  bentuk: "JPT" | "NON_JPT";
  pendekatan: Pendekatan;
  instansi_id: string;
  unit_path: string;
  nama_pegawai: string;
  berlaku_mulai: string;
  berlaku_selesai: string;
};

/** The columns of an SkpRow, for a query over `skp s` joined with KOLOM_SKP_JOIN. */
export const KOLOM_SKP = sql`s.id, s.periode_id, s.pegawai_id, s.penugasan_id, s.ppk_pegawai_id, s.atasan_ppk_pegawai_id, s.status,
  s.versi, s.lock_version, s.bentuk, s.pendekatan, pg.instansi_id, u.path as unit_path, pg.nama as nama_pegawai,
  s.berlaku_mulai::text as berlaku_mulai, s.berlaku_selesai::text as berlaku_selesai`;
/** The owner and the unit of `skp s`, for KOLOM_SKP. */
export const KOLOM_SKP_JOIN = sql`join pegawai pg on pg.id = s.pegawai_id join penugasan pn on pn.id = s.penugasan_id
  join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id`;

/** The SKP rows with what the policy needs; `forUpdate` locks them for the transaction. */
export async function muatSkp(db: DbOrTx, ids: readonly string[], forUpdate = false): Promise<SkpRow[]> {
  if (ids.length === 0) return [];
  return queryRows<SkpRow>(
    db,
    sql`select ${KOLOM_SKP} from skp s ${KOLOM_SKP_JOIN}
         where s.id in (${uuidList(ids)}) ${forUpdate ? sql`for update of s` : sql``}`,
  );
}

export function fakta(row: SkpRow): SkpFacts {
  return {
    pemilik: {
      pegawaiId: row.pegawai_id,
      instansiId: row.instansi_id,
      unitPaths: [row.unit_path],
      ppkPegawaiId: row.ppk_pegawai_id,
      atasanPpkPegawaiId: row.atasan_ppk_pegawai_id,
    },
    ppkPegawaiId: row.ppk_pegawai_id,
    atasanPpkPegawaiId: row.atasan_ppk_pegawai_id,
    status: row.status,
  };
}

export const isUuid = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** One SKP the actor may see, else "not found" (whether it exists or not). */
export async function skpTerlihat(ctx: ServiceContext, db: DbOrTx, skpId: unknown, forUpdate = false): Promise<SkpRow> {
  if (!isUuid(skpId)) throw forbidden();
  const [row] = await muatSkp(db, [skpId], forUpdate);
  if (!row || !can(ctx.actor, { aksi: "skp.lihat", skp: fakta(row) })) throw forbidden();
  return row;
}

function selesaikanCache(ctx: ServiceContext) {
  invalidateRingkasan(ctx.db, `instansi:${ctx.actor.instansiId}`);
}

/** RHK the SKP's Utama RHK may support: those of the PPK's SKP(s) in the same period. */
async function rhkAtasanTersedia(db: DbOrTx, ppkPegawaiId: string | null, periodeId: string) {
  if (!ppkPegawaiId) return [];
  return queryRows<{ id: string; uraian: string; jenis: string; skp_status: StatusSkp }>(
    db,
    sql`select r.id, r.uraian, r.jenis, s.status as skp_status from rhk r join skp s on s.id = r.skp_id
         where s.pegawai_id = ${ppkPegawaiId} and s.periode_id = ${periodeId}
         order by s.berlaku_mulai desc, (r.jenis = 'TAMBAHAN'), r.urutan`,
  );
}

/** Tells the PPK (once, until read) that a subordinate is waiting for their RHK. */
async function mintaRhkAtasan(tx: DbOrTx, row: Pick<SkpRow, "id" | "ppk_pegawai_id" | "nama_pegawai">): Promise<void> {
  if (!row.ppk_pegawai_id) return;
  const tautan = `/skp/matriks`;
  const [ada] = await queryRows<{ id: string }>(
    tx,
    sql`select id from notifikasi where penerima_id = ${row.ppk_pegawai_id} and jenis = 'RHK_ATASAN_DIBUTUHKAN'
         and dibaca_at is null and isi like ${`%${row.id}%`} limit 1`,
  );
  if (ada) return;
  await kirimNotifikasi(tx, [{
    penerimaId: row.ppk_pegawai_id,
    jenis: "RHK_ATASAN_DIBUTUHKAN",
    judul: `${row.nama_pegawai} menunggu RHK Anda`,
    isi: `Bawahan Anda sedang menyusun SKP dan belum dapat mengaitkan RHK-nya karena RHK Anda belum ada. (SKP ${row.id})`,
    tautan,
  }]);
}

// ---------------------------------------------------------------- reading

export interface CatatanTampil {
  id: string;
  rhkId: string | null;
  ikiId: string | null;
  isi: string;
  penulis: string;
  selesai: boolean;
  createdAt: string;
}

export interface SkpHalaman {
  dokumen: SkpDokumen;
  lockVersion: number;
  periodeId: string;
  /** The actor's workflow roles on this SKP. */
  peran: ReturnType<typeof peranDiSkp>;
  bolehUbah: boolean;
  bolehEkspektasi: boolean;
  /** Workflow events the actor may fire now. */
  aksi: EventSkp[];
  syarat: SyaratPengajuan[];
  catatan: CatatanTampil[];
  versi: Array<{ nomor: number; disetujuiAt: string | null; disetujuiOleh: string | null }>;
  rhkAtasan: Array<{ id: string; uraian: string; jenis: string }>;
}

export async function getSkp(ctx: ServiceContext, skpId: unknown): Promise<SkpHalaman> {
  const row = await skpTerlihat(ctx, ctx.db, skpId);
  const f = fakta(row);
  const peran = peranDiSkp(ctx.actor, f);
  type Samping = {
    catatan: Array<{ id: string; rhk_id: string | null; iki_id: string | null; isi: string; penulis: string; selesai: boolean; created_at: string }>;
    versi: Array<{ nomor: number; disetujui_at: string | null; nama: string | null }>;
    rhk_atasan: Array<{ id: string; uraian: string; jenis: string }>;
  };
  // notes, versions and the PPK's RHK in one round trip
  const [[dokumen], [samping]] = await Promise.all([
    muatDokumenSkp(ctx.db, [row.id], ctx.today),
    queryRows<Samping>(
      ctx.db,
      sql`select
            coalesce((select json_agg(json_build_object('id', c.id, 'rhk_id', c.rhk_id, 'iki_id', c.iki_id, 'isi', c.isi, 'penulis', p.nama,
                                                        'selesai', c.selesai, 'created_at', c.created_at) order by c.created_at desc)
                        from catatan_skp c join pegawai p on p.id = c.penulis_id where c.skp_id = ${row.id}), '[]'::json) as catatan,
            coalesce((select json_agg(json_build_object('nomor', v.nomor, 'disetujui_at', v.disetujui_at, 'nama', p.nama) order by v.nomor desc)
                        from skp_versi v left join pegawai p on p.id = v.disetujui_oleh where v.skp_id = ${row.id}), '[]'::json) as versi,
            coalesce((select json_agg(json_build_object('id', r.id, 'uraian', r.uraian, 'jenis', r.jenis) order by s.berlaku_mulai desc, (r.jenis = 'TAMBAHAN'), r.urutan)
                        from rhk r join skp s on s.id = r.skp_id
                       where s.pegawai_id = ${row.ppk_pegawai_id} and s.periode_id = ${row.periode_id}), '[]'::json) as rhk_atasan`,
    ),
  ]);
  const { catatan, versi, rhk_atasan: rhkAtasan } = samping ?? { catatan: [], versi: [], rhk_atasan: [] };
  if (!dokumen) throw forbidden();
  const aksi = EVENT_SKP.filter((event) => can(ctx.actor, { aksi: "skp.transisi", skp: f, event }));
  return {
    dokumen,
    lockVersion: Number(row.lock_version),
    periodeId: row.periode_id,
    peran,
    bolehUbah: can(ctx.actor, { aksi: "skp.ubah", skp: f }),
    bolehEkspektasi: can(ctx.actor, { aksi: "skp.ekspektasi", skp: f }),
    aksi,
    syarat: syaratPengajuan(dokumen),
    catatan: catatan.map((c) => ({
      id: c.id, rhkId: c.rhk_id, ikiId: c.iki_id, isi: c.isi, penulis: c.penulis, selesai: c.selesai,
      createdAt: new Date(c.created_at).toISOString(),
    })),
    versi: versi.map((v) => ({
      nomor: Number(v.nomor),
      disetujuiAt: v.disetujui_at ? new Date(v.disetujui_at).toISOString() : null,
      disetujuiOleh: v.nama,
    })),
    rhkAtasan: rhkAtasan.map((r) => ({ id: r.id, uraian: r.uraian, jenis: r.jenis })),
  };
}

/** The document for the PDF and print views. */
export async function getDokumenSkp(ctx: ServiceContext, skpId: unknown): Promise<SkpDokumen> {
  const row = await skpTerlihat(ctx, ctx.db, skpId);
  const [dokumen] = await muatDokumenSkp(ctx.db, [row.id], ctx.today);
  if (!dokumen) throw forbidden();
  return dokumen;
}

/** A frozen version (nomor) or, with "kini", the current content. */
export async function getVersiSkp(ctx: ServiceContext, skpId: unknown, nomor: number | "kini"): Promise<SkpDokumen> {
  const row = await skpTerlihat(ctx, ctx.db, skpId);
  if (nomor === "kini") {
    const [dokumen] = await muatDokumenSkp(ctx.db, [row.id], ctx.today);
    if (!dokumen) throw forbidden();
    return dokumen;
  }
  const [v] = await queryRows<{ isi: SkpDokumen }>(ctx.db, sql`select isi from skp_versi where skp_id = ${row.id} and nomor = ${nomor}`);
  if (!v) throw new ServiceError("TIDAK_DITEMUKAN", "versi tidak ditemukan");
  return v.isi;
}

/** The draft form's values from the current rows. */
export function nilaiForm(dokumen: SkpDokumen, lockVersion: number): SkpDraftForm {
  return {
    lockVersion,
    pendekatan: dokumen.pendekatan,
    rhk: dokumen.rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      uraian: r.uraian,
      rhkAtasanId: r.rhkAtasanId ?? "",
      perspektif: r.perspektif ?? "",
      iki: r.iki.map((k) => ({
        id: k.id,
        aspek: k.aspek,
        indikator: k.indikator,
        targetMin: k.targetMin === null ? "" : String(k.targetMin),
        targetMax: k.targetMax === null ? "" : String(k.targetMax),
        satuan: k.satuan ?? "",
        targetKualitatif: k.targetKualitatif ?? "",
      })),
    })),
    lampiran: Object.fromEntries(BAGIAN_LAMPIRAN.map((b) => [b, dokumen.lampiran[b].map((uraian) => ({ uraian }))])) as SkpDraftForm["lampiran"],
  };
}

// ---------------------------------------------------------------- creating

export interface OpsiSkpBaru {
  periode: { id: string; nama: string } | null;
  /** Assignments without an SKP yet, each with how many RHK its PPK has handed down for it. */
  penugasan: Array<{ penugasanId: string; jabatan: string; unit: string; jenis: string; bentuk: "JPT" | "NON_JPT"; jumlahMatriks: number }>;
  adaSkpSebelumnya: boolean;
}

/** What the actor can create an SKP for in the active period: assignments without one yet. */
export async function getOpsiSkpBaru(ctx: ServiceContext): Promise<OpsiSkpBaru> {
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode || periode.status === "DITUTUP") return { periode: null, penugasan: [], adaSkpSebelumnya: false };
  // the actor's positions at `today` are already known (loadActor); most people have their SKP: one query
  const dipegang = ctx.actor.jabatan;
  const sudah = await queryRows<{ penugasan_id: string }>(ctx.db, sql`select penugasan_id from skp where pegawai_id = ${ctx.actor.pegawaiId} and periode_id = ${periode.id}`);
  if (dipegang.every((d) => sudah.some((s) => s.penugasan_id === d.penugasanId))) {
    return { periode: { id: periode.id, nama: periode.nama }, penugasan: [], adaSkpSebelumnya: false };
  }
  const [sebelumnya, jenis] = await Promise.all([
    queryRows<{ n: number }>(
      ctx.db,
      sql`select 1 as n from skp s join periode p on p.id = s.periode_id
           where s.pegawai_id = ${ctx.actor.pegawaiId} and p.tahun < ${periode.tahun} limit 1`,
    ),
    dipegang.length
      ? queryRows<{ id: string; jenis: JenisJabatan }>(ctx.db, sql`select id, jenis from jabatan where id in (${uuidList(dipegang.map((d) => d.jabatanId))})`)
      : Promise.resolve([]),
  ]);
  const ada = new Set(sudah.map((s) => s.penugasan_id));
  const jenisJabatan = new Map(jenis.map((j) => [j.id, j.jenis]));
  const tanpaSkp = dipegang.filter((d) => !ada.has(d.penugasanId));
  // what each assignment's own PPK handed down (after a move, the old PPK's RHK do not carry over)
  const jumlahMatriks = await Promise.all(
    tanpaSkp.map(async (d) => {
      const atasan = await atasanPenugasan(ctx.db, d.penugasanId, ctx.today);
      return atasan.ppkPegawaiId ? (await matriksUntuk(ctx.db, ctx.actor.pegawaiId, periode.id, atasan.ppkPegawaiId)).length : 0;
    }),
  );
  return {
    periode: { id: periode.id, nama: periode.nama },
    penugasan: tanpaSkp.map((d, i) => ({
      penugasanId: d.penugasanId, jabatan: d.jabatanNama, unit: d.unitNama, jenis: d.jenis,
      bentuk: bentukUntuk(jenisJabatan.get(d.jabatanId) ?? "PELAKSANA"), jumlahMatriks: jumlahMatriks[i] ?? 0,
    })),
    adaSkpSebelumnya: sebelumnya.length > 0,
  };
}

/** What was handed down to the pegawai in the period; with `dariPegawaiId`, only what that supervisor handed. */
function matriksUntuk(db: DbOrTx, pegawaiId: string, periodeId: string, dariPegawaiId?: string | null) {
  return queryRows<{ rhk_atasan_id: string; uraian_peran: string }>(
    db,
    sql`select m.rhk_atasan_id, m.uraian_peran from matriks_peran m join rhk r on r.id = m.rhk_atasan_id join skp s on s.id = r.skp_id
         where m.pegawai_id = ${pegawaiId} and s.periode_id = ${periodeId}
           ${dariPegawaiId === undefined ? sql`` : sql`and s.pegawai_id = ${dariPegawaiId}`} order by m.created_at`,
  );
}

/** The pegawai starts the SKP of one of their assignments: empty, from last period's, or from what was handed down. */
export async function buatSkp(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  const data = parse(skpBaruSchema, input);
  if (!can(ctx.actor, { aksi: "skp.buat", pemilikId: ctx.actor.pegawaiId })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode || periode.status === "DITUTUP") throw new ServiceError("DITOLAK", "tidak ada periode berjalan", { _: ["TANPA_PERIODE"] });
  const penugasan = ctx.actor.jabatan.find((d) => d.penugasanId === data.penugasanId);
  if (!penugasan) throw new ServiceError("INPUT_TIDAK_VALID", "penugasan tidak valid", { penugasanId: ["PILIHAN_TIDAK_VALID"] });

  const created = await ctx.db.transaction(async (tx) => {
    const [ada] = await queryRows<{ id: string }>(tx, sql`select id from skp where periode_id = ${periode.id} and penugasan_id = ${penugasan.penugasanId}`);
    if (ada) throw new ServiceError("KONFLIK", "SKP sudah ada", { penugasanId: ["SKP_SUDAH_ADA"] });
    const [pn] = await queryRows<{ mulai: string; selesai: string | null; jenis_jabatan: JenisJabatan }>(
      tx,
      sql`select p.mulai::text as mulai, p.selesai::text as selesai, j.jenis as jenis_jabatan
            from penugasan p join jabatan j on j.id = p.jabatan_id where p.id = ${penugasan.penugasanId}`,
    );
    if (!pn) throw forbidden();
    const atasan = await atasanPenugasan(tx, penugasan.penugasanId, ctx.today);
    const values = {
      periodeId: periode.id,
      pegawaiId: ctx.actor.pegawaiId,
      penugasanId: penugasan.penugasanId,
      ppkPegawaiId: atasan.ppkPegawaiId,
      atasanPpkPegawaiId: atasan.atasanPpkPegawaiId,
      pendekatan: data.pendekatan,
      bentuk: bentukUntuk(pn.jenis_jabatan),
      status: "DRAFT" as const,
      berlakuMulai: pn.mulai > periode.mulai ? pn.mulai : periode.mulai,
      berlakuSelesai: pn.selesai && pn.selesai < periode.selesai ? pn.selesai : periode.selesai,
    };
    const [baru] = await tx.insert(skp).values(values).returning({ id: skp.id });
    if (!baru) throw new Error("insert skp returned nothing");

    let rhkBaru: Array<typeof rhk.$inferInsert> = [];
    let ikiBaru: Array<typeof iki.$inferInsert> = [];
    let lampiranBaru: Array<typeof lampiranSkp.$inferInsert> = [];
    if (data.sumber === "SEBELUMNYA") {
      const [lalu] = await queryRows<{ id: string }>(
        tx,
        sql`select s.id from skp s join periode p on p.id = s.periode_id
             where s.pegawai_id = ${ctx.actor.pegawaiId} and p.tahun < ${periode.tahun}
             order by p.tahun desc, s.berlaku_mulai desc limit 1`,
      );
      if (!lalu) throw new ServiceError("INPUT_TIDAK_VALID", "tidak ada SKP sebelumnya", { sumber: ["TANPA_SKP_SEBELUMNYA"] });
      const [doc] = await muatDokumenSkp(tx, [lalu.id], ctx.today);
      for (const r of doc?.rhk ?? []) {
        const id = randomUUID();
        // last year's supervisor RHK do not carry over: the link is chosen again
        rhkBaru.push({ id, skpId: baru.id, jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, rhkAtasanId: null, perspektif: values.bentuk === "JPT" ? r.perspektif : null });
        ikiBaru = ikiBaru.concat(r.iki.map((k) => ({
          rhkId: id, urutan: k.urutan, aspek: k.aspek, indikator: k.indikator,
          targetMin: k.targetMin === null ? null : String(k.targetMin), targetMax: k.targetMax === null ? null : String(k.targetMax),
          satuan: k.satuan, targetKualitatif: k.targetKualitatif,
        })));
      }
      lampiranBaru = BAGIAN_LAMPIRAN.flatMap((bagian) => (doc?.lampiran[bagian] ?? []).map((uraian, i) => ({ skpId: baru.id, bagian, urutan: i + 1, uraian })));
    } else if (data.sumber === "MATRIKS") {
      // only what this assignment's PPK handed down (after a move, the old PPK's RHK no longer cascade)
      const matriks = await matriksUntuk(tx, ctx.actor.pegawaiId, periode.id, atasan.ppkPegawaiId);
      rhkBaru = matriks.map((m, i) => ({ id: randomUUID(), skpId: baru.id, jenis: "UTAMA" as const, urutan: i + 1, uraian: m.uraian_peran, rhkAtasanId: m.rhk_atasan_id }));
    }
    if (rhkBaru.length) await tx.insert(rhk).values(rhkBaru);
    if (ikiBaru.length) await tx.insert(iki).values(ikiBaru);
    if (lampiranBaru.length) await tx.insert(lampiranSkp).values(lampiranBaru);
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "SKP_DIBUAT", entitas: "skp", entitasId: baru.id,
      sesudah: { ...values, sumber: data.sumber, rhk: rhkBaru.length },
    });
    if ((await rhkAtasanTersedia(tx, atasan.ppkPegawaiId, periode.id)).length === 0 && values.bentuk === "NON_JPT") {
      await mintaRhkAtasan(tx, { id: baru.id, ppk_pegawai_id: atasan.ppkPegawaiId, nama_pegawai: ctx.actor.nama });
    }
    return baru;
  });
  selesaikanCache(ctx);
  return created;
}

// ---------------------------------------------------------------- saving the draft

export interface HasilSimpan {
  lockVersion: number;
  nilai: SkpDraftForm;
}

/**
 * Saves the owner's draft. RHK and IKI keep their ids (realisations and subordinates' cascade links
 * point at them); rows left out are removed unless realisations hang on them. A stale lockVersion
 * means someone saved in between: KONFLIK, nothing written. Only rows that changed are written, and
 * the form's next state is built from what was written (no reload): a save is a handful of statements.
 */
export async function simpanDraftSkp(ctx: ServiceContext, skpId: unknown, input: unknown): Promise<HasilSimpan> {
  const data: SkpDraftInput = parse(skpDraftSchema, input);
  const hasil = await ctx.db.transaction(async (tx) => {
    if (!isUuid(skpId)) throw forbidden();
    // The locking read, then — pipelined behind it on the transaction's connection — the current
    // rows (IKI under their RHK, whether realisations hang on them) and the lampiran. Nothing of them
    // is used unless the actor may edit; the lockVersion check below rejects a stale read.
    const terkunci = skpTerlihat(ctx, tx, skpId, true);
    const lamaQuery = queryRows<{
      jenis_baris: "RHK" | "IKI" | "LAMPIRAN"; id: string | null; rhk_id: string | null; rhk_atasan_id: string | null; ada_realisasi: boolean; nilai: string;
    }>(
      tx,
      sql`select 'RHK' as jenis_baris, r.id, null::uuid as rhk_id, r.rhk_atasan_id,
                 exists (select 1 from iki k join realisasi re on re.iki_id = k.id where k.rhk_id = r.id) as ada_realisasi,
                 concat_ws(${PEMISAH}, r.jenis, r.urutan, r.uraian, r.rhk_atasan_id, r.perspektif) as nilai
            from rhk r where r.skp_id = ${skpId}
          union all
          select 'IKI', k.id, k.rhk_id, null, exists (select 1 from realisasi re where re.iki_id = k.id),
                 concat_ws(${PEMISAH}, k.urutan, k.aspek, k.indikator, k.target_min::float8, k.target_max::float8, k.satuan, k.target_kualitatif)
            from iki k join rhk r on r.id = k.rhk_id where r.skp_id = ${skpId}
          union all
          select 'LAMPIRAN', null, null, null, false, coalesce(string_agg(concat_ws(${PEMISAH}, l.bagian, l.uraian), ${PEMISAH_BARIS} order by l.bagian, l.urutan), '')
            from lampiran_skp l where l.skp_id = ${skpId}`,
    );
    const [row, lama] = await Promise.all([terkunci, lamaQuery]);
    if (!can(ctx.actor, { aksi: "skp.ubah", skp: fakta(row) })) {
      throw new ServiceError("DITOLAK", "SKP tidak dapat diubah", { _: [row.pegawai_id === ctx.actor.pegawaiId ? "SKP_TERKUNCI" : "BUKAN_PEMILIK"] });
    }
    if (Number(row.lock_version) !== data.lockVersion) throw new ServiceError("KONFLIK", "SKP telah diubah", { _: ["KONFLIK_SIMPAN"] });
    const lamaRhk = lama.filter((l) => l.jenis_baris === "RHK");
    const lamaIki = lama.filter((l) => l.jenis_baris === "IKI");
    const lampiranLama = lama.find((l) => l.jenis_baris === "LAMPIRAN")?.nilai ?? "";
    const rhkLama = new Map(lamaRhk.map((r) => [r.id!, r]));
    const ikiLama = new Map(lamaIki.map((k) => [k.id!, k]));
    const fieldErrors: Record<string, string[]> = {};
    const salah = (path: string, kode: string) => (fieldErrors[path] ??= []).push(kode);

    const urutanPerJenis = { UTAMA: 0, TAMBAHAN: 0 };
    type RhkTulis = { id: string; baru: boolean; jenis: "UTAMA" | "TAMBAHAN"; urutan: number; uraian: string; rhkAtasanId: string | null; perspektif: Perspektif | null };
    type IkiTulis = { id: string; baru: boolean; rhkId: string; urutan: number; aspek: AspekIki; indikator: string; targetMin: number | null; targetMax: number | null; satuan: string | null; targetKualitatif: string | null };
    const rhkTulis: RhkTulis[] = [];
    const ikiTulis: IkiTulis[] = [];
    const dipakaiRhk = new Set<string>();
    const dipakaiIki = new Set<string>();
    const linkBaru: Array<{ path: string; id: string }> = [];
    const kuantitatif = data.pendekatan === "KUANTITATIF";
    data.rhk.forEach((r, i) => {
      if (r.id && (!rhkLama.has(r.id) || dipakaiRhk.has(r.id))) salah(`rhk.${i}.id`, "ID_TIDAK_VALID");
      const id = r.id && rhkLama.has(r.id) && !dipakaiRhk.has(r.id) ? r.id : randomUUID();
      dipakaiRhk.add(id);
      // a link kept as it was stays valid; a new one must be one of the PPK's RHK (checked below)
      if (r.rhkAtasanId && rhkLama.get(id)?.rhk_atasan_id !== r.rhkAtasanId) linkBaru.push({ path: `rhk.${i}.rhkAtasanId`, id: r.rhkAtasanId });
      urutanPerJenis[r.jenis] += 1;
      rhkTulis.push({
        id, baru: !rhkLama.has(id), jenis: r.jenis, urutan: urutanPerJenis[r.jenis], uraian: r.uraian,
        rhkAtasanId: r.rhkAtasanId, perspektif: row.bentuk === "JPT" ? r.perspektif : null,
      });
      r.iki.forEach((k, j) => {
        const lamaK = k.id ? ikiLama.get(k.id) : undefined;
        if (k.id && (!lamaK || dipakaiIki.has(k.id))) salah(`rhk.${i}.iki.${j}.id`, "ID_TIDAK_VALID");
        // an IKI keeps its id only within its own RHK
        if (lamaK && lamaK.rhk_id !== id) salah(`rhk.${i}.iki.${j}.id`, "ID_TIDAK_VALID");
        const ikiId = lamaK && !dipakaiIki.has(lamaK.id!) ? lamaK.id! : randomUUID();
        dipakaiIki.add(ikiId);
        ikiTulis.push({
          id: ikiId, baru: !lamaK, rhkId: id, urutan: j + 1, aspek: k.aspek, indikator: k.indikator,
          targetMin: kuantitatif ? k.targetMin : null,
          targetMax: kuantitatif ? k.targetMax : null,
          satuan: kuantitatif ? k.satuan : null,
          targetKualitatif: kuantitatif ? null : k.targetKualitatif,
        });
      });
    });
    const hapusRhk = lamaRhk.filter((r) => !dipakaiRhk.has(r.id!));
    const hapusIki = lamaIki.filter((k) => !dipakaiIki.has(k.id!) && dipakaiRhk.has(k.rhk_id!));
    if (hapusRhk.some((r) => r.ada_realisasi) || hapusIki.some((k) => k.ada_realisasi)) salah("_", "ADA_REALISASI");
    const perluOpsi = linkBaru.length > 0 || (row.bentuk === "NON_JPT" && rhkTulis.some((r) => r.jenis === "UTAMA" && !r.rhkAtasanId));
    const opsiAtasan = perluOpsi ? await rhkAtasanTersedia(tx, row.ppk_pegawai_id, row.periode_id) : [];
    const bolehAtasan = new Set(opsiAtasan.map((o) => o.id));
    for (const l of linkBaru) if (!bolehAtasan.has(l.id)) salah(l.path, "RHK_ATASAN_TIDAK_VALID");
    if (Object.keys(fieldErrors).length) throw new ServiceError("INPUT_TIDAK_VALID", "input tidak valid", fieldErrors);

    // write only what changed
    const teks = (v: number | null) => (v === null ? null : String(v));
    const rhkNilai = (r: RhkTulis) => [r.jenis, r.urutan, r.uraian, r.rhkAtasanId, r.perspektif].filter((v) => v !== null).join(PEMISAH);
    const ikiNilai = (k: IkiTulis) =>
      [k.urutan, k.aspek, k.indikator, k.targetMin, k.targetMax, k.satuan, k.targetKualitatif].filter((v) => v !== null).join(PEMISAH);
    const rhkUbah = rhkTulis.filter((r) => !r.baru && rhkLama.get(r.id)!.nilai !== rhkNilai(r));
    const ikiUbah = ikiTulis.filter((k) => !k.baru && ikiLama.get(k.id)!.nilai !== ikiNilai(k));
    const rhkSisip = rhkTulis.filter((r) => r.baru);
    const ikiSisip = ikiTulis.filter((k) => k.baru);
    const lampiran = BAGIAN_LAMPIRAN.flatMap((bagian) => data.lampiran[bagian].map((l, i) => ({ skpId: row.id, bagian, urutan: i + 1, uraian: l.uraian })));
    const lampiranBerubah = lampiran.map((l) => `${l.bagian}${PEMISAH}${l.uraian}`).join(PEMISAH_BARIS) !== lampiranLama;

    // The writes are sent one after another without waiting for each answer: the connection runs them
    // in order (RHK before their IKI), and the save costs one round trip instead of one per statement.
    // The row is locked and its lockVersion checked, so the version bump below cannot miss.
    const lockBaru = data.lockVersion + 1;
    const tulis: Array<PromiseLike<unknown>> = [];
    if (hapusIki.length) tulis.push(tx.delete(iki).where(inArray(iki.id, hapusIki.map((k) => k.id!))));
    if (hapusRhk.length) tulis.push(tx.delete(rhk).where(inArray(rhk.id, hapusRhk.map((r) => r.id!))));
    if (rhkUbah.length) {
      tulis.push(tx.execute(sql`update rhk set jenis = v.jenis::jenis_rhk, urutan = v.urutan::smallint, uraian = v.uraian,
              rhk_atasan_id = v.rhk_atasan_id::uuid, perspektif = v.perspektif::perspektif
         from (values ${sql.join(rhkUbah.map((r) => sql`(${r.id}::uuid, ${r.jenis}, ${r.urutan}::int, ${r.uraian}, ${r.rhkAtasanId}::text, ${r.perspektif}::text)`), sql`, `)})
              as v(id, jenis, urutan, uraian, rhk_atasan_id, perspektif)
        where rhk.id = v.id and rhk.skp_id = ${row.id}`));
    }
    if (rhkSisip.length) {
      tulis.push(tx.insert(rhk).values(rhkSisip.map((r) => ({ id: r.id, skpId: row.id, jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId, perspektif: r.perspektif }))));
    }
    if (ikiUbah.length) {
      tulis.push(tx.execute(sql`update iki set urutan = v.urutan::smallint, aspek = v.aspek::aspek_iki, indikator = v.indikator,
              target_min = v.target_min::numeric, target_max = v.target_max::numeric, satuan = v.satuan, target_kualitatif = v.target_kualitatif
         from (values ${sql.join(ikiUbah.map((k) => sql`(${k.id}::uuid, ${k.urutan}::int, ${k.aspek}, ${k.indikator}, ${teks(k.targetMin)}::text, ${teks(k.targetMax)}::text, ${k.satuan}::text, ${k.targetKualitatif}::text)`), sql`, `)})
              as v(id, urutan, aspek, indikator, target_min, target_max, satuan, target_kualitatif)
        where iki.id = v.id`));
    }
    if (ikiSisip.length) {
      tulis.push(tx.insert(iki).values(ikiSisip.map((k) => ({
        id: k.id, rhkId: k.rhkId, urutan: k.urutan, aspek: k.aspek, indikator: k.indikator,
        targetMin: teks(k.targetMin), targetMax: teks(k.targetMax), satuan: k.satuan, targetKualitatif: k.targetKualitatif,
      }))));
    }
    if (lampiranBerubah) {
      tulis.push(tx.delete(lampiranSkp).where(eq(lampiranSkp.skpId, row.id)));
      if (lampiran.length) tulis.push(tx.insert(lampiranSkp).values(lampiran));
    }
    tulis.push(
      tx.update(skp).set({ pendekatan: data.pendekatan, lockVersion: lockBaru, updatedAt: new Date() }).where(and(eq(skp.id, row.id), eq(skp.lockVersion, data.lockVersion))),
      catatAudit(tx, {
        aktorId: ctx.actor.pegawaiId, aksi: "SKP_DISIMPAN", entitas: "skp", entitasId: row.id,
        sebelum: { lockVersion: data.lockVersion, rhk: lamaRhk.length, iki: lamaIki.length },
        sesudah: {
          lockVersion: lockBaru, pendekatan: data.pendekatan,
          rhk: rhkTulis.map((r) => ({ id: r.id, jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId })),
          diubah: { rhk: rhkUbah.length + rhkSisip.length, iki: ikiUbah.length + ikiSisip.length, dihapus: hapusRhk.length + hapusIki.length, lampiran: lampiranBerubah },
        },
      }),
    );
    await Promise.all(tulis);
    if (row.bentuk === "NON_JPT" && opsiAtasan.length === 0 && rhkTulis.some((r) => r.jenis === "UTAMA" && !r.rhkAtasanId)) {
      await mintaRhkAtasan(tx, row);
    }
    const nilai: SkpDraftForm = {
      lockVersion: lockBaru,
      pendekatan: data.pendekatan,
      rhk: rhkTulis.map((r) => ({
        id: r.id, jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId ?? "", perspektif: r.perspektif ?? "",
        iki: ikiTulis.filter((k) => k.rhkId === r.id).map((k) => ({
          id: k.id, aspek: k.aspek, indikator: k.indikator, targetMin: teks(k.targetMin) ?? "", targetMax: teks(k.targetMax) ?? "",
          satuan: k.satuan ?? "", targetKualitatif: k.targetKualitatif ?? "",
        })),
      })),
      lampiran: Object.fromEntries(BAGIAN_LAMPIRAN.map((b) => [b, data.lampiran[b].map((l) => ({ uraian: l.uraian }))])) as SkpDraftForm["lampiran"],
    };
    return { lockVersion: lockBaru, nilai };
  });
  return hasil;
}

// ---------------------------------------------------------------- workflow

const JUDUL: Record<"AJUKAN" | "KEMBALIKAN" | "SETUJUI" | "UBAH", (nama: string) => { jenis: JenisNotifikasi; judul: string; isi: string }> = {
  AJUKAN: (nama) => ({ jenis: "SKP_DIAJUKAN", judul: `SKP ${nama} diajukan`, isi: `${nama} mengajukan SKP untuk Anda periksa dan setujui.` }),
  KEMBALIKAN: (nama) => ({ jenis: "SKP_DIKEMBALIKAN", judul: "SKP Anda dikembalikan untuk diperbaiki", isi: `${nama} memberi catatan pada SKP Anda. Perbaiki lalu ajukan kembali.` }),
  SETUJUI: (nama) => ({ jenis: "SKP_DISETUJUI", judul: "SKP Anda disetujui", isi: `${nama} menyetujui dan menetapkan SKP Anda.` }),
  UBAH: (nama) => ({ jenis: "SKP_VERSI_BARU", judul: "SKP dibuka untuk perubahan", isi: `${nama} membuka versi baru SKP. Versi yang disetujui tetap tersimpan.` }),
};

function bolehTransisi(ctx: ServiceContext, row: SkpRow, event: EventSkp): void {
  const f = fakta(row);
  if (can(ctx.actor, { aksi: "skp.transisi", skp: f, event })) return;
  const pihak = peranDiSkp(ctx.actor, f).length > 0;
  throw new ServiceError("DITOLAK", "transisi tidak diizinkan", { _: [pihak ? "TRANSISI_DITOLAK" : "BUKAN_PIHAK"] });
}

function cekLock(row: SkpRow, lockVersion: number | undefined) {
  if (lockVersion !== undefined && Number(row.lock_version) !== lockVersion) {
    throw new ServiceError("KONFLIK", "SKP telah diubah", { _: ["KONFLIK_SIMPAN"] });
  }
}

const lockOpsional = (v: unknown): number | undefined => {
  if (v === undefined || v === null || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new ServiceError("INPUT_TIDAK_VALID");
  return n;
};

/** The pegawai submits to the PPK; every Utama RHK must by now support one of the PPK's RHK. */
export async function ajukanSkp(ctx: ServiceContext, skpId: unknown, lockVersion?: unknown): Promise<void> {
  const lock = lockOpsional(lockVersion);
  await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, skpId, true);
    bolehTransisi(ctx, row, "AJUKAN");
    cekLock(row, lock);
    const atasan = await atasanPenugasan(tx, row.penugasan_id, ctx.today);
    if (!atasan.ppkPegawaiId) throw new ServiceError("DITOLAK", "tidak ada PPK", { _: ["TANPA_PPK"] });
    const [doc] = await muatDokumenSkp(tx, [row.id], ctx.today);
    const syarat = doc ? syaratPengajuan(doc) : [{ kode: "TANPA_RHK_UTAMA" as const }];
    const kode = syarat.map((s) => `SYARAT_${s.kode}`);
    // every cascade link must point at an RHK of the supervisor: the PPK the plan was drafted with or
    // the one it goes to now (an acting Plh/Plt receives plans cascaded from the post holder's RHK)
    const tertaut = (doc?.rhk ?? []).filter((r) => r.rhkAtasanId);
    if (tertaut.length) {
      const [dulu, kini] = await Promise.all([
        rhkAtasanTersedia(tx, row.ppk_pegawai_id, row.periode_id),
        atasan.ppkPegawaiId === row.ppk_pegawai_id ? Promise.resolve([]) : rhkAtasanTersedia(tx, atasan.ppkPegawaiId, row.periode_id),
      ]);
      const milikPpk = new Set([...dulu, ...kini].map((r) => r.id));
      if (tertaut.some((r) => !milikPpk.has(r.rhkAtasanId!))) kode.push("SYARAT_RHK_ATASAN_BUKAN_PPK");
    }
    if (kode.length) throw new ServiceError("INPUT_TIDAK_VALID", "SKP belum lengkap", { _: [...new Set(kode)] });
    const [after] = await tx
      .update(skp)
      .set({
        status: "DIAJUKAN", diajukanAt: new Date(), ppkPegawaiId: atasan.ppkPegawaiId, atasanPpkPegawaiId: atasan.atasanPpkPegawaiId,
        lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: new Date(),
      })
      .where(eq(skp.id, row.id))
      .returning({ lockVersion: skp.lockVersion });
    await tx.update(catatanSkp).set({ selesai: true }).where(and(eq(catatanSkp.skpId, row.id), eq(catatanSkp.selesai, false)));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "SKP_DIAJUKAN", entitas: "skp", entitasId: row.id,
      sebelum: { status: row.status, ppkPegawaiId: row.ppk_pegawai_id }, sesudah: { status: "DIAJUKAN", ppkPegawaiId: atasan.ppkPegawaiId, lockVersion: after?.lockVersion },
    });
    await kirimNotifikasi(tx, [{ penerimaId: atasan.ppkPegawaiId, ...JUDUL.AJUKAN(ctx.actor.nama), tautan: `/skp/${row.id}` }]);
  });
  selesaikanCache(ctx);
}

/** The pegawai takes a submitted SKP back to draft (before the PPK acts). */
export async function tarikSkp(ctx: ServiceContext, skpId: unknown): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, skpId, true);
    bolehTransisi(ctx, row, "TARIK");
    await tx.update(skp).set({ status: "DRAFT", diajukanAt: null, lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: new Date() }).where(eq(skp.id, row.id));
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "SKP_DITARIK", entitas: "skp", entitasId: row.id, sebelum: { status: row.status }, sesudah: { status: "DRAFT" } });
    if (row.ppk_pegawai_id) {
      await kirimNotifikasi(tx, [{
        penerimaId: row.ppk_pegawai_id, jenis: "SKP_DITARIK", judul: `${ctx.actor.nama} menarik pengajuan SKP`,
        isi: `${ctx.actor.nama} menarik kembali SKP yang diajukan untuk diperbaiki sebelum Anda periksa.`, tautan: `/skp/${row.id}`,
      }]);
    }
  });
  selesaikanCache(ctx);
}

/** The PPK returns the SKP for revision with notes, overall or on an RHK / IKI. */
export async function kembalikanSkp(ctx: ServiceContext, skpId: unknown, input: unknown): Promise<void> {
  const data = parse(pengembalianSchema, input);
  await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, skpId, true);
    bolehTransisi(ctx, row, "KEMBALIKAN");
    cekLock(row, data.lockVersion);
    const milik = await queryRows<{ rhk_id: string; iki_id: string | null }>(
      tx,
      sql`select r.id as rhk_id, k.id as iki_id from rhk r left join iki k on k.rhk_id = r.id where r.skp_id = ${row.id}`,
    );
    const rhkIds = new Set(milik.map((m) => m.rhk_id));
    const ikiKeRhk = new Map(milik.filter((m) => m.iki_id).map((m) => [m.iki_id!, m.rhk_id]));
    const catatan = data.catatan.map((c, i) => {
      if (c.rhkId && !rhkIds.has(c.rhkId)) throw new ServiceError("INPUT_TIDAK_VALID", "RHK bukan milik SKP ini", { [`catatan.${i}.rhkId`]: ["ID_TIDAK_VALID"] });
      if (c.ikiId && !ikiKeRhk.has(c.ikiId)) throw new ServiceError("INPUT_TIDAK_VALID", "IKI bukan milik SKP ini", { [`catatan.${i}.ikiId`]: ["ID_TIDAK_VALID"] });
      return { skpId: row.id, rhkId: c.ikiId ? ikiKeRhk.get(c.ikiId)! : c.rhkId, ikiId: c.ikiId, penulisId: ctx.actor.pegawaiId, isi: c.isi };
    });
    if (data.umum) catatan.unshift({ skpId: row.id, rhkId: null, ikiId: null, penulisId: ctx.actor.pegawaiId, isi: data.umum });
    await tx.insert(catatanSkp).values(catatan);
    await tx.update(skp).set({ status: "REVISI", lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: new Date() }).where(eq(skp.id, row.id));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "SKP_DIKEMBALIKAN", entitas: "skp", entitasId: row.id,
      sebelum: { status: row.status }, sesudah: { status: "REVISI", catatan: catatan.map((c) => ({ rhkId: c.rhkId, ikiId: c.ikiId, isi: c.isi })) },
    });
    await kirimNotifikasi(tx, [{ penerimaId: row.pegawai_id, ...JUDUL.KEMBALIKAN(ctx.actor.nama), tautan: `/skp/${row.id}` }]);
  });
  selesaikanCache(ctx);
}

/** The PPK approves (sets) one SKP. */
export async function setujuiSkp(ctx: ServiceContext, skpId: unknown, lockVersion?: unknown): Promise<void> {
  const lock = lockOpsional(lockVersion);
  await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, skpId, true);
    bolehTransisi(ctx, row, "SETUJUI");
    cekLock(row, lock);
    await setujuiDalam(ctx, tx, [row]);
  });
  selesaikanCache(ctx);
}

async function setujuiDalam(ctx: ServiceContext, tx: DbOrTx, rows: readonly SkpRow[]): Promise<void> {
  const now = new Date();
  const ids = rows.map((r) => r.id);
  await tx
    .update(skp)
    .set({ status: "DISETUJUI", disetujuiAt: now, lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: now })
    .where(inArray(skp.id, ids));
  await bekukanVersi(tx, rows.map((r) => ({ id: r.id, disetujuiOleh: ctx.actor.pegawaiId, disetujuiAt: now })), ctx.today);
  await catatAudit(tx, rows.map((r) => ({
    aktorId: ctx.actor.pegawaiId, aksi: "SKP_DISETUJUI", entitas: "skp", entitasId: r.id,
    sebelum: { status: r.status }, sesudah: { status: "DISETUJUI", versi: Number(r.versi) },
  })));
  await kirimNotifikasi(tx, rows.map((r) => ({ penerimaId: r.pegawai_id, ...JUDUL.SETUJUI(ctx.actor.nama), tautan: `/skp/${r.id}` })));
}

export interface HasilSetujuiBanyak {
  disetujui: string[];
  /** SKPs no longer waiting (withdrawn or already decided): left alone. */
  dilewati: Array<{ id: string; status: StatusSkp }>;
}

/**
 * Approves many SKPs from the queue in one transaction. Any SKP the actor is not the PPK of refuses
 * the whole request; SKPs no longer submitted are skipped and reported.
 */
export async function setujuiBanyakSkp(ctx: ServiceContext, skpIds: unknown): Promise<HasilSetujuiBanyak> {
  const ids = [...new Set(parse(idListSchema, skpIds))];
  const hasil = await ctx.db.transaction(async (tx) => {
    const rows = await muatSkp(tx, ids, true);
    if (rows.length !== ids.length) throw forbidden();
    const siap: SkpRow[] = [];
    const dilewati: HasilSetujuiBanyak["dilewati"] = [];
    for (const row of rows) {
      const f = fakta(row);
      if (!peranDiSkp(ctx.actor, f).includes("PPK")) throw forbidden();
      if (can(ctx.actor, { aksi: "skp.transisi", skp: f, event: "SETUJUI" })) siap.push(row);
      else dilewati.push({ id: row.id, status: row.status });
    }
    if (siap.length) await setujuiDalam(ctx, tx, siap);
    return { disetujui: siap.map((r) => r.id), dilewati };
  });
  selesaikanCache(ctx);
  return hasil;
}

/** Opens a new version of an approved SKP (owner or PPK); the approved one stays frozen in history. */
export async function bukaVersiBaruSkp(ctx: ServiceContext, skpId: unknown): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, skpId, true);
    bolehTransisi(ctx, row, "UBAH");
    const [ada] = await queryRows<{ n: number }>(tx, sql`select 1 as n from skp_versi where skp_id = ${row.id} and nomor = ${row.versi}`);
    if (!ada) {
      // an approved plan always has its frozen copy; make sure before opening the next
      await bekukanVersi(tx, [{ id: row.id, disetujuiOleh: row.ppk_pegawai_id, disetujuiAt: new Date() }], ctx.today);
    }
    await tx
      .update(skp)
      .set({ status: "DRAFT", versi: sql`${skp.versi} + 1`, disetujuiAt: null, diajukanAt: null, lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: new Date() })
      .where(eq(skp.id, row.id));
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "SKP_VERSI_BARU", entitas: "skp", entitasId: row.id,
      sebelum: { status: row.status, versi: Number(row.versi) }, sesudah: { status: "DRAFT", versi: Number(row.versi) + 1 },
    });
    const lain = row.pegawai_id === ctx.actor.pegawaiId ? row.ppk_pegawai_id : row.pegawai_id;
    if (lain) await kirimNotifikasi(tx, [{ penerimaId: lain, ...JUDUL.UBAH(ctx.actor.nama), tautan: `/skp/${row.id}` }]);
  });
  selesaikanCache(ctx);
}

// ---------------------------------------------------------------- the PPK's side

/** The PPK writes the ekspektasi khusus pimpinan for one SKP or for several subordinates at once. */
export async function tulisEkspektasi(ctx: ServiceContext, input: unknown): Promise<{ diperbarui: number }> {
  const data = parse(ekspektasiSchema, input);
  const ids = [...new Set(data.skpIds)];
  const nilai = NILAI_BERAKHLAK.filter((n) => !data.hanyaYangDiisi || data.ekspektasi[n].length > 0);
  if (nilai.length === 0) throw new ServiceError("INPUT_TIDAK_VALID", "tidak ada ekspektasi", { ekspektasi: ["EKSPEKTASI_KOSONG"] });
  return ctx.db.transaction(async (tx) => {
    const rows = await muatSkp(tx, ids, true);
    if (rows.length !== ids.length) throw forbidden();
    for (const row of rows) {
      const f = fakta(row);
      if (!can(ctx.actor, { aksi: "skp.lihat", skp: f })) throw forbidden();
      if (!can(ctx.actor, { aksi: "skp.ekspektasi", skp: f })) {
        throw new ServiceError("DITOLAK", "ekspektasi tidak dapat ditulis", { skpIds: [row.status === "DISETUJUI" ? "SKP_TERKUNCI" : "BUKAN_PPK"] });
      }
    }
    const values = rows.flatMap((row) => nilai.map((n: NilaiBerakhlak) => ({ skpId: row.id, nilai: n, ekspektasi: data.ekspektasi[n], ditulisOleh: ctx.actor.pegawaiId })));
    await tx
      .insert(ekspektasiPerilaku)
      .values(values)
      .onConflictDoUpdate({
        target: [ekspektasiPerilaku.skpId, ekspektasiPerilaku.nilai],
        set: { ekspektasi: sql`excluded.ekspektasi`, ditulisOleh: sql`excluded.ditulis_oleh`, updatedAt: new Date() },
      });
    await catatAudit(tx, rows.map((row) => ({
      aktorId: ctx.actor.pegawaiId, aksi: "SKP_EKSPEKTASI_DITULIS", entitas: "skp", entitasId: row.id,
      sesudah: Object.fromEntries(nilai.map((n) => [n, data.ekspektasi[n]])),
    })));
    return { diperbarui: rows.length };
  });
}

/**
 * Matriks peran hasil: the PPK hands one of their RHK (or a part of it) to several subordinates at
 * once. Each subordinate's draft gets it pre-filled as a Utama RHK supporting it; a subordinate
 * without an SKP yet gets it when they start one.
 */
export async function serahkanRhk(ctx: ServiceContext, input: unknown): Promise<{ ditambahkanKeDraft: number }> {
  const data = parse(penyerahanRhkSchema, input);
  const penerimaIds = [...new Set(data.penerima.map((p) => p.pegawaiId))];
  if (penerimaIds.length !== data.penerima.length) throw new ServiceError("INPUT_TIDAK_VALID", "penerima ganda", { penerima: ["PENERIMA_GANDA"] });
  const facts = await Promise.all(penerimaIds.map((id) => faktaPegawai(ctx.db, id, ctx.today)));
  const hasil = await ctx.db.transaction(async (tx) => {
    const [asal] = await queryRows<{ id: string; uraian: string; pegawai_id: string; periode_id: string; periode_status: string }>(
      tx,
      sql`select r.id, r.uraian, s.pegawai_id, s.periode_id, p.status as periode_status
            from rhk r join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id where r.id = ${data.rhkAtasanId}`,
    );
    if (!asal) throw forbidden();
    if (asal.periode_status === "DITUTUP" && asal.pegawai_id === ctx.actor.pegawaiId) {
      throw new ServiceError("DITOLAK", "periode sudah ditutup", { rhkAtasanId: ["PERIODE_DITUTUP"] });
    }
    for (const f of facts) {
      if (!f || !can(ctx.actor, { aksi: "rhk.serahkan", pemilikRhkId: asal.pegawai_id, penerima: f as PegawaiFacts })) {
        if (asal.pegawai_id !== ctx.actor.pegawaiId) throw forbidden();
        throw new ServiceError("DITOLAK", "bukan bawahan langsung", { penerima: ["BUKAN_BAWAHAN"] });
      }
    }
    await tx
      .insert(matriksPeran)
      .values(data.penerima.map((p) => ({ rhkAtasanId: asal.id, pegawaiId: p.pegawaiId, uraianPeran: p.uraianPeran, createdBy: ctx.actor.pegawaiId })))
      .onConflictDoUpdate({ target: [matriksPeran.rhkAtasanId, matriksPeran.pegawaiId], set: { uraianPeran: sql`excluded.uraian_peran` } });
    // drafts open for editing and set with the actor get the RHK now (unless they already support this RHK);
    // a recipient's plan for another assignment, under another PPK, is not the actor's to fill
    const draf = await queryRows<{ id: string; pegawai_id: string; urutan: number }>(
      tx,
      sql`select s.id, s.pegawai_id, coalesce((select max(r.urutan) from rhk r where r.skp_id = s.id and r.jenis = 'UTAMA'), 0)::int as urutan
            from skp s where s.pegawai_id in (${uuidList(penerimaIds)}) and s.periode_id = ${asal.periode_id}
             and s.status in ('DRAFT', 'REVISI') and s.ppk_pegawai_id = ${ctx.actor.pegawaiId}
             and not exists (select 1 from rhk r where r.skp_id = s.id and r.rhk_atasan_id = ${asal.id})
           for update of s`,
    );
    const uraian = new Map(data.penerima.map((p) => [p.pegawaiId, p.uraianPeran]));
    if (draf.length) {
      await tx.insert(rhk).values(draf.map((d) => ({ skpId: d.id, jenis: "UTAMA" as const, urutan: Number(d.urutan) + 1, uraian: uraian.get(d.pegawai_id)!, rhkAtasanId: asal.id })));
      await tx.update(skp).set({ lockVersion: sql`${skp.lockVersion} + 1`, updatedAt: new Date() }).where(inArray(skp.id, draf.map((d) => d.id)));
    }
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "RHK_DISERAHKAN", entitas: "rhk", entitasId: asal.id,
      sesudah: { penerima: data.penerima, keDraft: draf.map((d) => d.id) },
    });
    // the link: the draft that got the RHK, else the plan already set with the actor, else "start your SKP"
    const sudahAda = await queryRows<{ id: string; pegawai_id: string }>(
      tx,
      sql`select s.id, s.pegawai_id from skp s where s.pegawai_id in (${uuidList(penerimaIds)}) and s.periode_id = ${asal.periode_id}
             and s.ppk_pegawai_id = ${ctx.actor.pegawaiId} order by s.berlaku_mulai`,
    );
    const skpPenerima = new Map([...sudahAda, ...draf].map((d) => [d.pegawai_id, d.id]));
    await kirimNotifikasi(tx, penerimaIds.map((id) => ({
      penerimaId: id,
      jenis: "RHK_DISERAHKAN",
      judul: "RHK dari atasan untuk SKP Anda",
      isi: `${ctx.actor.nama} menyerahkan bagian RHK "${asal.uraian}" kepada Anda: ${uraian.get(id)}`,
      tautan: skpPenerima.has(id) ? `/skp/${skpPenerima.get(id)}` : "/skp/baru",
    })));
    return { ditambahkanKeDraft: draf.length };
  });
  selesaikanCache(ctx);
  return hasil;
}

export interface AntrianBaris {
  skpId: string;
  lockVersion: number;
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  diajukanAt: string | null;
  jumlahRhk: number;
  jumlahIki: number;
}

/** SKPs submitted to the actor as PPK, oldest first. */
export async function getAntrianSkp(ctx: ServiceContext): Promise<AntrianBaris[]> {
  if (!can(ctx.actor, { aksi: "bawahan.lihat" })) throw forbidden();
  const rows = await queryRows<{ id: string; lock_version: number; pegawai_id: string; nama: string; nip: string; jabatan: string; diajukan_at: unknown; jumlah_rhk: number; jumlah_iki: number }>(
    ctx.db,
    sql`select s.id, s.lock_version, s.pegawai_id, pg.nama, pg.nip, j.nama as jabatan, s.diajukan_at,
               (select count(*)::int from rhk r where r.skp_id = s.id) as jumlah_rhk,
               (select count(*)::int from rhk r join iki k on k.rhk_id = r.id where r.skp_id = s.id) as jumlah_iki
          from skp s join pegawai pg on pg.id = s.pegawai_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
         where s.ppk_pegawai_id = ${ctx.actor.pegawaiId} and s.status = 'DIAJUKAN'
         order by s.diajukan_at nulls first, pg.nama`,
  );
  return rows.map((r) => ({
    skpId: r.id, lockVersion: Number(r.lock_version), pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatan: r.jabatan,
    diajukanAt: iso(r.diajukan_at),
    jumlahRhk: Number(r.jumlah_rhk), jumlahIki: Number(r.jumlah_iki),
  }));
}

export interface TimSkp {
  periode: { id: string; nama: string } | null;
  /** The actor's own SKP(s) in the period with their RHK. */
  rhkSaya: Array<{
    id: string;
    uraian: string;
    jenis: string;
    /** Who carries which part: handed down (matriks) and/or linked from a subordinate's RHK. */
    pemegang: Array<{ pegawaiId: string; nama: string; uraianPeran: string | null; rhkBawahan: string | null }>;
  }>;
  bawahan: Array<{ pegawaiId: string; nama: string; nip: string; jabatan: string; skpId: string | null; status: StatusSkp | null }>;
}

/** The PPK's team for the active period: their own RHK, who carries which part, and each subordinate's SKP. */
export async function getTimSkp(ctx: ServiceContext): Promise<TimSkp> {
  if (!can(ctx.actor, { aksi: "bawahan.lihat" })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode) return { periode: null, rhkSaya: [], bawahan: [] };
  const jabatanIds = ctx.actor.jabatan.map((j) => j.jabatanId);
  const [rhkSaya, bawahan] = await Promise.all([
    queryRows<{ id: string; uraian: string; jenis: string }>(
      ctx.db,
      sql`select r.id, r.uraian, r.jenis from rhk r join skp s on s.id = r.skp_id
           where s.pegawai_id = ${ctx.actor.pegawaiId} and s.periode_id = ${periode.id}
           order by s.berlaku_mulai desc, (r.jenis = 'TAMBAHAN'), r.urutan`,
    ),
    queryRows<{ pegawai_id: string; nama: string; nip: string; jabatan: string; skp_id: string | null; status: StatusSkp | null }>(
      ctx.db,
      sql`with b as (${bawahanLangsungSql(jabatanIds, ctx.actor.pegawaiId, ctx.today)})
          select distinct on (pg.nama, b.pegawai_id) b.pegawai_id, pg.nama, pg.nip, j.nama as jabatan, s.id as skp_id, s.status
            from b join pegawai pg on pg.id = b.pegawai_id join jabatan j on j.id = b.jabatan_id
            left join skp s on s.penugasan_id = b.penugasan_id and s.periode_id = ${periode.id}
           order by pg.nama, b.pegawai_id`,
    ),
  ]);
  const rhkIds = rhkSaya.map((r) => r.id);
  const pemegang = rhkIds.length
    ? await queryRows<{ rhk_atasan_id: string; pegawai_id: string; nama: string; uraian_peran: string | null; rhk_bawahan: string | null }>(
        ctx.db,
        sql`select coalesce(m.rhk_atasan_id, r.rhk_atasan_id) as rhk_atasan_id, coalesce(m.pegawai_id, s.pegawai_id) as pegawai_id,
                   pg.nama, m.uraian_peran, r.uraian as rhk_bawahan
              from (select * from matriks_peran where rhk_atasan_id in (${uuidList(rhkIds)})) m
              full join (rhk r join skp s on s.id = r.skp_id and s.periode_id = ${periode.id})
                on r.rhk_atasan_id = m.rhk_atasan_id and s.pegawai_id = m.pegawai_id and r.rhk_atasan_id in (${uuidList(rhkIds)})
              join pegawai pg on pg.id = coalesce(m.pegawai_id, s.pegawai_id)
             where coalesce(m.rhk_atasan_id, r.rhk_atasan_id) in (${uuidList(rhkIds)})
             order by pg.nama`,
      )
    : [];
  const perRhk = new Map<string, TimSkp["rhkSaya"][number]["pemegang"]>();
  for (const p of pemegang) {
    const list = perRhk.get(p.rhk_atasan_id) ?? [];
    list.push({ pegawaiId: p.pegawai_id, nama: p.nama, uraianPeran: p.uraian_peran, rhkBawahan: p.rhk_bawahan });
    perRhk.set(p.rhk_atasan_id, list);
  }
  return {
    periode: { id: periode.id, nama: periode.nama },
    rhkSaya: rhkSaya.map((r) => ({ ...r, pemegang: perRhk.get(r.id) ?? [] })),
    bawahan: bawahan.map((b) => ({ pegawaiId: b.pegawai_id, nama: b.nama, nip: b.nip, jabatan: b.jabatan, skpId: b.skp_id, status: b.status })),
  };
}
