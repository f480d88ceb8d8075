/**
 * Carrying out an approved SKP (spec §4): realisations per IKI per checkpoint with evidence (files or
 * links), action plans per RHK, the PPK's continuous feedback and the pegawai's one reply. Every
 * mutation: validated input, a policy check against the SKP, one transaction with an audit row; the
 * PPK hears about it live, and once per IKI and checkpoint when a realisation brings it to target.
 */
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { angkaAtauNull, queryRows, type DbOrTx } from "@/db/client";
import { buktiDukung, frasaUmpanBalik, rencanaAksi, umpanBalik } from "@/db/schema";
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from "@/lib/domain/constants";
import {
  baruMencapaiTarget,
  capaianIki,
  checkpointPada,
  denganTitik,
  isJenisBerkasBukti,
  kemajuanIki,
  fraksiWaktu,
  HARI_PENGINGAT,
  pengingatJatuhTempo,
  periksaBerkas,
  persenCapaian,
  type Kemajuan,
  type TitikRealisasi,
} from "@/lib/domain/realisasi";
import { formatNilai, formatTarget } from "@/lib/domain/skp";
import { addDays } from "@/lib/domain/tanggal";
import { can } from "@/lib/policy";
import { balasanSchema, buktiSchema, frasaSchema, realisasiSchema, rencanaAksiSchema, umpanBalikSchema } from "@/lib/schemas/realisasi";
import { catatAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ServiceError, ditolak, forbidden } from "./errors";
import { bawahanLangsungSql } from "./hierarki";
import { terbitkan } from "./langsung";
import { kirimNotifikasi } from "./notifikasi";
import { penyimpananBawaan, type PenyimpananBerkas } from "./penyimpanan";
import { getPeriodeAktif } from "./periode";
import { fakta, isUuid, KOLOM_SKP, KOLOM_SKP_JOIN, muatSkp, skpTerlihat, type SkpRow } from "./skp";
import { parse } from "./validasi";

export interface BerkasUnggahan {
  nama: string;
  isi: Uint8Array;
}


// ---------------------------------------------------------------- loading

export type CheckpointRow = { id: string; urutan: number; nama: string; mulai: string; selesai: string; batas_evaluasi: string; dievaluasi: boolean; ditutup: boolean };

/** The SKP's checkpoints: those of its period that overlap its validity, with whether each is evaluated. */
export async function checkpointSkp(db: DbOrTx, row: Pick<SkpRow, "id" | "periode_id" | "berlaku_mulai" | "berlaku_selesai">): Promise<CheckpointRow[]> {
  return queryRows<CheckpointRow>(
    db,
    sql`select c.id, c.urutan, c.nama, c.mulai::text as mulai, c.selesai::text as selesai, c.batas_evaluasi::text as batas_evaluasi,
               exists (select 1 from evaluasi e where e.skp_id = ${row.id} and e.checkpoint_id = c.id and e.status <> 'DRAFT') as dievaluasi,
               (select pr.status = 'DITUTUP' from periode pr where pr.id = c.periode_id) as ditutup
          from checkpoint c
         where c.periode_id = ${row.periode_id} and c.selesai >= ${row.berlaku_mulai}::date and c.mulai <= ${row.berlaku_selesai}::date
         order by c.urutan`,
  );
}

/** Why a checkpoint cannot take realisations (or evidence, action plans, feedback) now, or null. */
function masalahCheckpoint(cp: Pick<CheckpointRow, "mulai" | "dievaluasi" | "ditutup"> | undefined, today: string, bolehMendatang = false): string | null {
  if (!cp) return "CHECKPOINT_TIDAK_BERLAKU";
  if (cp.ditutup) return "PERIODE_KINERJA_DITUTUP";
  if (cp.dievaluasi) return "CHECKPOINT_SUDAH_DIEVALUASI";
  if (!bolehMendatang && cp.mulai > today) return "CHECKPOINT_BELUM_MULAI";
  return null;
}

type IkiKonteks = SkpRow & {
  iki_id: string;
  rhk_id: string;
  indikator: string;
  target_min: string | null;
  target_max: string | null;
  satuan: string | null;
  target_kualitatif: string | null;
  cp_id: string | null;
  cp_nama: string | null;
  cp_urutan: number | null;
  cp_mulai: string | null;
  dievaluasi: boolean;
  ditutup: boolean;
  seri: Array<{ id: string; urutan: number; nilai: number | string | null; uraian: string; sumber: string; cp: string }>;
};

/**
 * One IKI with its SKP (what the policy needs), the requested checkpoint (only if it belongs to the
 * SKP's period and validity) and the IKI's realisations so far, read after locking the SKP.
 */
async function muatIki(db: DbOrTx, ikiId: string, checkpointId: string): Promise<IkiKonteks | null> {
  // Lock first, then read (a statement that waits for a lock still sees the rows as they were before
  // the wait). The lock is on the SKP — the same row, taken first, as a draft save or a reopening
  // takes — so a realisation cannot land on a plan being reopened, and one pegawai's recordings of
  // an IKI are judged one after the other.
  await db.execute(sql`select s.id from iki i join rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id where i.id = ${ikiId} for no key update of s`);
  const [row] = await queryRows<IkiKonteks>(
    db,
    sql`select ${KOLOM_SKP},
               i.id as iki_id, i.rhk_id, i.indikator, i.target_min, i.target_max, i.satuan, i.target_kualitatif,
               c.id as cp_id, c.nama as cp_nama, c.urutan as cp_urutan, c.mulai::text as cp_mulai,
               exists (select 1 from evaluasi e where e.skp_id = s.id and e.checkpoint_id = c.id and e.status <> 'DRAFT') as dievaluasi,
               (select pr.status = 'DITUTUP' from periode pr where pr.id = s.periode_id) as ditutup,
               coalesce((select json_agg(json_build_object('id', re.id, 'urutan', c2.urutan, 'nilai', re.nilai, 'uraian', re.uraian,
                                                           'sumber', re.sumber_data, 'cp', re.checkpoint_id))
                           from realisasi re join checkpoint c2 on c2.id = re.checkpoint_id where re.iki_id = i.id), '[]'::json) as seri
          from iki i join rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id ${KOLOM_SKP_JOIN}
          left join checkpoint c on c.id = ${checkpointId} and c.periode_id = s.periode_id
                                and c.selesai >= s.berlaku_mulai and c.mulai <= s.berlaku_selesai
         where i.id = ${ikiId}`,
  );
  if (!row) return null;
  if (typeof row.seri === "string") row.seri = JSON.parse(row.seri);
  return row;
}

/** The IKI for a write by its owner: visible, approved, a checkpoint open for it. */
async function ikiUntukDicatat(ctx: ServiceContext, tx: DbOrTx, ikiId: string, checkpointId: string): Promise<IkiKonteks & { cp_id: string; cp_urutan: number }> {
  const row = await muatIki(tx, ikiId, checkpointId);
  if (!row || !can(ctx.actor, { aksi: "skp.lihat", skp: fakta(row) })) throw forbidden();
  if (!can(ctx.actor, { aksi: "realisasi.catat", skp: fakta(row) }))
    throw ditolak(row.pegawai_id === ctx.actor.pegawaiId ? "SKP_BELUM_DISETUJUI" : "HANYA_PEMILIK");
  const masalah = masalahCheckpoint(row.cp_id ? { mulai: row.cp_mulai!, dievaluasi: row.dievaluasi, ditutup: row.ditutup } : undefined, ctx.today);
  if (masalah) throw ditolak(masalah, "checkpointId");
  return row as IkiKonteks & { cp_id: string; cp_urutan: number };
}

const titik = (seri: IkiKonteks["seri"]): TitikRealisasi[] => seri.map((s) => ({ urutan: s.urutan, nilai: angkaAtauNull(s.nilai) }));

// ---------------------------------------------------------------- evidence files

/** Sniffs the file's type from its content (never from its name) and checks size and kind. */
async function periksaUnggahan(berkas: BerkasUnggahan): Promise<{ mime: string; nama: string }> {
  const jenis = berkas.isi.byteLength > 0 ? await fileTypeFromBuffer(berkas.isi) : undefined;
  const masalah = periksaBerkas(berkas.isi.byteLength, jenis?.mime ?? null);
  if (masalah) throw new ServiceError("INPUT_TIDAK_VALID", masalah, { berkas: [masalah] });
  const nama = berkas.nama.replace(/[\\/\u0000-\u001f]/g, "_").trim().slice(0, 200) || `bukti.${jenis!.ext}`;
  return { mime: jenis!.mime, nama };
}

/** Stores the file, runs `fn` with it, and removes the file again if `fn` fails. */
async function denganBerkas<T>(
  penyimpanan: PenyimpananBerkas,
  berkas: BerkasUnggahan | null,
  fn: (simpanan: { kunci: string; sha256: string; ukuran: number; mime: string; nama: string } | null) => Promise<T>,
): Promise<T> {
  if (!berkas) return fn(null);
  const periksa = await periksaUnggahan(berkas);
  const simpanan = await penyimpanan.simpan(berkas.isi);
  try {
    return await fn({ ...simpanan, ...periksa });
  } catch (error) {
    await penyimpanan.hapus(simpanan.kunci).catch(() => {});
    throw error;
  }
}

// ---------------------------------------------------------------- realisations

export interface HasilRealisasi {
  realisasiId: string;
  capaian: number | null;
  persen: number | null;
  /** This realisation brought the IKI to its target (the PPK hears of it once per IKI and checkpoint). */
  targetTercapai: boolean;
}

/**
 * The owner records (or corrects) the realisation of one IKI in one checkpoint, optionally with one
 * evidence file. Kuantitatif IKI need a value; kualitatif ones a description.
 */
export async function catatRealisasi(
  ctx: ServiceContext,
  input: unknown,
  berkas: BerkasUnggahan | null = null,
  penyimpanan: PenyimpananBerkas = penyimpananBawaan(),
): Promise<HasilRealisasi> {
  const data = parse(realisasiSchema, input);
  return denganBerkas(penyimpanan, berkas, (simpanan) =>
    ctx.db.transaction(async (tx) => {
      // Every statement below finds its rows by key, so a cached generic plan is as good as the custom
      // plan the app's connections otherwise make per execution (db/client.ts) — and planning the
      // IKI's eight-table read costs more than running it. At 50 users (`npm run bench`): 250–445 →
      // 960–1,150 realisations/s, p95 180–340 → 63–83 ms. SET LOCAL ends with the transaction.
      await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
      const row = await ikiUntukDicatat(ctx, tx, data.ikiId, data.checkpointId);
      const targetMin = angkaAtauNull(row.target_min);
      const kuantitatif = targetMin !== null;
      if (kuantitatif && data.nilai === null) throw new ServiceError("INPUT_TIDAK_VALID", "NILAI_WAJIB", { nilai: ["NILAI_WAJIB"] });
      if (!kuantitatif && data.uraian.length === 0) throw new ServiceError("INPUT_TIDAK_VALID", "URAIAN_WAJIB", { uraian: ["URAIAN_WAJIB"] });
      const nilai = kuantitatif && data.nilai !== null ? Math.round(data.nilai * 100) / 100 : null; // as numeric(14,2) stores it
      const lama = row.seri.find((s) => s.cp === row.cp_id) ?? null;

      const [tersimpan] = await queryRows<{ id: string }>(
        tx,
        sql`insert into realisasi (iki_id, checkpoint_id, nilai, uraian, sumber_data, dicatat_oleh)
            values (${row.iki_id}, ${row.cp_id}, ${nilai === null ? null : String(nilai)}, ${data.uraian}, ${data.sumberData}, ${ctx.actor.pegawaiId})
            on conflict (iki_id, checkpoint_id) do update
               set nilai = excluded.nilai, uraian = excluded.uraian, sumber_data = excluded.sumber_data,
                   dicatat_oleh = excluded.dicatat_oleh, updated_at = now()
            returning id`,
      );
      const realisasiId = tersimpan!.id;

      const sebelum = capaianIki(titik(row.seri));
      const sesudah = capaianIki(denganTitik(titik(row.seri), { urutan: row.cp_urutan, nilai }));
      const tercapai = baruMencapaiTarget(sebelum, sesudah, targetMin);
      const penerima = [row.ppk_pegawai_id, row.atasan_ppk_pegawai_id].filter((p): p is string => !!p);

      // independent writes, pipelined on one connection
      await Promise.all([
        simpanan
          ? tx.insert(buktiDukung).values({
              realisasiId, jenis: "BERKAS", nama: simpanan.nama, lokasiBerkas: simpanan.kunci, ukuran: simpanan.ukuran,
              mime: simpanan.mime, sha256: simpanan.sha256, diunggahOleh: ctx.actor.pegawaiId,
            })
          : null,
        catatAudit(tx, {
          aktorId: ctx.actor.pegawaiId, aksi: lama ? "REALISASI_DIUBAH" : "REALISASI_DICATAT", entitas: "realisasi", entitasId: realisasiId,
          sebelum: lama ? { nilai: angkaAtauNull(lama.nilai), uraian: lama.uraian, sumberData: lama.sumber } : undefined,
          sesudah: { ikiId: row.iki_id, checkpointId: row.cp_id, nilai, uraian: data.uraian, sumberData: data.sumberData, berkas: simpanan?.sha256 ?? null },
        }),
        tercapai && row.ppk_pegawai_id
          ? kirimNotifikasi(tx, [{
              penerimaId: row.ppk_pegawai_id,
              jenis: "TARGET_TERCAPAI",
              judul: `${row.nama_pegawai} mencapai target`,
              isi: `${row.nama_pegawai} mencapai target IKI "${row.indikator}" (${formatTarget({ targetMin, targetMax: angkaAtauNull(row.target_max), satuan: row.satuan, targetKualitatif: null })}) pada ${row.cp_nama}: realisasi ${formatNilai(sesudah, row.satuan)}.`,
              tautan: `/skp/${row.id}/realisasi?cp=${row.cp_urutan}#iki-${row.iki_id}`,
              kunci: `target:${row.iki_id}:${row.cp_id}`,
            }])
          : null,
        penerima.length ? terbitkan(tx, { untuk: penerima, jenis: "realisasi", data: { pegawaiId: row.pegawai_id, skpId: row.id } }) : null,
      ]);
      return { realisasiId, capaian: sesudah, persen: persenCapaian(sesudah, targetMin), targetTercapai: tercapai };
    }),
  );
}

/** Adds evidence to a recorded realisation: one file, or a link. */
export async function tambahBukti(
  ctx: ServiceContext,
  input: unknown,
  berkas: BerkasUnggahan | null = null,
  penyimpanan: PenyimpananBerkas = penyimpananBawaan(),
): Promise<{ buktiId: string }> {
  const data = parse(buktiSchema, input);
  if (!berkas && !data.tautan) throw new ServiceError("INPUT_TIDAK_VALID", "BUKTI_KOSONG", { tautan: ["BUKTI_KOSONG"] });
  if (berkas && data.tautan) throw new ServiceError("INPUT_TIDAK_VALID", "BUKTI_SATU_SAJA", { tautan: ["BUKTI_SATU_SAJA"] });
  return denganBerkas(penyimpanan, berkas, (simpanan) =>
    ctx.db.transaction(async (tx) => {
      const row = await ikiUntukDicatat(ctx, tx, data.ikiId, data.checkpointId);
      const realisasi = row.seri.find((s) => s.cp === row.cp_id);
      if (!realisasi) throw ditolak("BELUM_ADA_REALISASI");
      const [bukti] = await tx
        .insert(buktiDukung)
        .values(
          simpanan
            ? { realisasiId: realisasi.id, jenis: "BERKAS", nama: data.nama ?? simpanan.nama, lokasiBerkas: simpanan.kunci, ukuran: simpanan.ukuran, mime: simpanan.mime, sha256: simpanan.sha256, diunggahOleh: ctx.actor.pegawaiId }
            : { realisasiId: realisasi.id, jenis: "TAUTAN", nama: data.nama ?? data.tautan!, tautan: data.tautan, diunggahOleh: ctx.actor.pegawaiId },
        )
        .returning({ id: buktiDukung.id });
      await catatAudit(tx, {
        aktorId: ctx.actor.pegawaiId, aksi: "BUKTI_DITAMBAH", entitas: "bukti_dukung", entitasId: bukti!.id,
        sesudah: { realisasiId: realisasi.id, jenis: simpanan ? "BERKAS" : "TAUTAN", nama: data.nama ?? simpanan?.nama ?? data.tautan, sha256: simpanan?.sha256 ?? null, tautan: data.tautan },
      });
      return { buktiId: bukti!.id };
    }),
  );
}

type BuktiKonteks = SkpRow & { bukti_id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; lokasi_berkas: string | null; mime: string | null; sha256: string | null; tautan: string | null; dievaluasi: boolean; ditutup: boolean; checkpoint_id: string };

async function muatBukti(ctx: ServiceContext, db: DbOrTx, buktiId: unknown, forUpdate = false): Promise<BuktiKonteks> {
  if (!isUuid(buktiId)) throw forbidden();
  const [b] = await queryRows<{ skp_id: string; bukti_id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; lokasi_berkas: string | null; mime: string | null; sha256: string | null; tautan: string | null; dievaluasi: boolean; ditutup: boolean; checkpoint_id: string }>(
    db,
    sql`select r.skp_id, b.id as bukti_id, b.jenis, b.nama, b.lokasi_berkas, b.mime, b.sha256, b.tautan, re.checkpoint_id,
               exists (select 1 from evaluasi e where e.skp_id = r.skp_id and e.checkpoint_id = re.checkpoint_id and e.status <> 'DRAFT') as dievaluasi,
               (select pr.status = 'DITUTUP' from checkpoint c join periode pr on pr.id = c.periode_id where c.id = re.checkpoint_id) as ditutup
          from bukti_dukung b join realisasi re on re.id = b.realisasi_id join iki i on i.id = re.iki_id join rhk r on r.id = i.rhk_id
          join skp s on s.id = r.skp_id
         where b.id = ${buktiId} ${forUpdate ? sql`for no key update of s` : sql``}`,
  );
  if (!b) throw forbidden();
  const [skpRow] = await muatSkp(db, [b.skp_id]);
  if (!skpRow || !can(ctx.actor, { aksi: "skp.lihat", skp: fakta(skpRow) })) throw forbidden();
  return { ...skpRow, ...b };
}

/** The owner removes evidence, until the checkpoint is evaluated. The file goes once the row is gone. */
export async function hapusBukti(ctx: ServiceContext, buktiId: unknown, penyimpanan: PenyimpananBerkas = penyimpananBawaan()): Promise<void> {
  const lokasi = await ctx.db.transaction(async (tx) => {
    const b = await muatBukti(ctx, tx, buktiId, true);
    if (!can(ctx.actor, { aksi: "realisasi.catat", skp: fakta(b) })) throw ditolak("HANYA_PEMILIK");
    const masalah = masalahCheckpoint({ mulai: "", dievaluasi: b.dievaluasi, ditutup: b.ditutup }, ctx.today, true);
    if (masalah) throw ditolak(masalah);
    await tx.delete(buktiDukung).where(eq(buktiDukung.id, b.bukti_id));
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "BUKTI_DIHAPUS", entitas: "bukti_dukung", entitasId: b.bukti_id, sebelum: { jenis: b.jenis, nama: b.nama, sha256: b.sha256, tautan: b.tautan } });
    return b.lokasi_berkas;
  });
  if (lokasi) await penyimpanan.hapus(lokasi).catch((e: unknown) => console.error("[bukti] berkas tidak terhapus", lokasi, e));
}

/** An evidence file for download, for anyone who may see the SKP. */
export async function unduhBukti(ctx: ServiceContext, buktiId: unknown, penyimpanan: PenyimpananBerkas = penyimpananBawaan()): Promise<{ nama: string; mime: string; isi: Buffer }> {
  const b = await muatBukti(ctx, ctx.db, buktiId);
  if (b.jenis !== "BERKAS" || !b.lokasi_berkas) throw forbidden();
  return { nama: b.nama, mime: b.mime && isJenisBerkasBukti(b.mime) ? b.mime : "application/octet-stream", isi: await penyimpanan.baca(b.lokasi_berkas) };
}

// ---------------------------------------------------------------- action plans

/** The owner writes (or clears) the action plan of one RHK for one checkpoint, also ahead of time. */
export async function simpanRencanaAksi(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(rencanaAksiSchema, input);
  await ctx.db.transaction(async (tx) => {
    const [r] = await queryRows<{ skp_id: string }>(tx, sql`select r.skp_id from rhk r join skp s on s.id = r.skp_id where r.id = ${data.rhkId} for no key update of s`);
    if (!r) throw forbidden();
    const row = await skpTerlihat(ctx, tx, r.skp_id);
    if (!can(ctx.actor, { aksi: "realisasi.catat", skp: fakta(row) })) throw ditolak(row.pegawai_id === ctx.actor.pegawaiId ? "SKP_BELUM_DISETUJUI" : "HANYA_PEMILIK");
    const cps = await checkpointSkp(tx, row);
    const masalah = masalahCheckpoint(cps.find((c) => c.id === data.checkpointId), ctx.today, true);
    if (masalah) throw ditolak(masalah, "checkpointId");
    const [lama] = await tx.select().from(rencanaAksi).where(and(eq(rencanaAksi.rhkId, data.rhkId), eq(rencanaAksi.checkpointId, data.checkpointId)));
    if (data.uraian.length === 0) {
      if (lama) await tx.delete(rencanaAksi).where(eq(rencanaAksi.id, lama.id));
    } else {
      await tx
        .insert(rencanaAksi)
        .values({ rhkId: data.rhkId, checkpointId: data.checkpointId, uraian: data.uraian })
        .onConflictDoUpdate({ target: [rencanaAksi.rhkId, rencanaAksi.checkpointId], set: { uraian: data.uraian, updatedAt: new Date() } });
    }
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: "RENCANA_AKSI_DISIMPAN", entitas: "rhk", entitasId: data.rhkId,
      sebelum: lama ? { checkpointId: lama.checkpointId, uraian: lama.uraian } : undefined, sesudah: { checkpointId: data.checkpointId, uraian: data.uraian },
    });
  });
}

// ---------------------------------------------------------------- feedback

/** The PPK's feedback on one IKI or one behaviour value in a checkpoint. The pegawai hears it live. */
export async function beriUmpanBalik(ctx: ServiceContext, input: unknown): Promise<{ umpanBalikId: string }> {
  const data = parse(umpanBalikSchema, input);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, data.skpId, true);
    if (!can(ctx.actor, { aksi: "umpanBalik.beri", skp: fakta(row) }))
      throw ditolak(row.ppk_pegawai_id === ctx.actor.pegawaiId ? "SKP_BELUM_DISETUJUI" : "HANYA_PPK");
    const cps = await checkpointSkp(tx, row);
    const cp = cps.find((c) => c.id === data.checkpointId);
    const masalah = masalahCheckpoint(cp, ctx.today);
    if (masalah) throw ditolak(masalah, "checkpointId");
    let sasaran: string;
    if (data.ikiId) {
      const [k] = await queryRows<{ indikator: string }>(tx, sql`select i.indikator from iki i join rhk r on r.id = i.rhk_id where i.id = ${data.ikiId} and r.skp_id = ${row.id}`);
      if (!k) throw new ServiceError("INPUT_TIDAK_VALID", "ID_TIDAK_VALID", { ikiId: ["ID_TIDAK_VALID"] });
      sasaran = `IKI "${k.indikator}"`;
    } else sasaran = `perilaku ${data.nilaiPerilaku}`;
    if (data.frasaStandar) {
      const [f] = await tx.select({ id: frasaUmpanBalik.id }).from(frasaUmpanBalik).where(and(eq(frasaUmpanBalik.instansiId, row.instansi_id), eq(frasaUmpanBalik.teks, data.frasaStandar)));
      if (!f) throw new ServiceError("INPUT_TIDAK_VALID", "FRASA_TIDAK_DIKENAL", { frasaStandar: ["FRASA_TIDAK_DIKENAL"] });
    }
    const [ub] = await tx
      .insert(umpanBalik)
      .values({ skpId: row.id, checkpointId: cp!.id, ikiId: data.ikiId, nilaiPerilaku: data.nilaiPerilaku as NilaiBerakhlak | null, frasaStandar: data.frasaStandar, isi: data.isi, penulisId: ctx.actor.pegawaiId })
      .returning({ id: umpanBalik.id });
    const tautan = `/skp/${row.id}/realisasi?cp=${cp!.urutan}#${data.ikiId ? `iki-${data.ikiId}` : `perilaku-${data.nilaiPerilaku}`}`;
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "UMPAN_BALIK_DIBERIKAN", entitas: "umpan_balik", entitasId: ub!.id, sesudah: data }),
      kirimNotifikasi(tx, [{
        penerimaId: row.pegawai_id, jenis: "UMPAN_BALIK", judul: `Umpan balik baru untuk ${cp!.nama}`,
        isi: `${ctx.actor.nama} memberi umpan balik atas ${sasaran}: ${[data.frasaStandar, data.isi].filter(Boolean).join(" — ")}`, tautan,
      }]),
      terbitkan(tx, { untuk: [row.pegawai_id], jenis: "umpan-balik", data: { skpId: row.id } }),
    ]);
    return ub!.id;
  });
  return { umpanBalikId: id };
}

/** The pegawai replies once to a piece of feedback. */
export async function balasUmpanBalik(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(balasanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const [ub] = await tx.select().from(umpanBalik).where(eq(umpanBalik.id, data.umpanBalikId)).for("update");
    if (!ub) throw forbidden();
    const row = await skpTerlihat(ctx, tx, ub.skpId);
    if (!can(ctx.actor, { aksi: "umpanBalik.balas", skp: fakta(row) })) throw ditolak("HANYA_PEMILIK");
    if (ub.balasan !== null) throw ditolak("SUDAH_DIBALAS", "isi");
    await tx.update(umpanBalik).set({ balasan: data.isi, dibalasAt: new Date() }).where(and(eq(umpanBalik.id, ub.id), isNull(umpanBalik.balasan)));
    const [cp] = await queryRows<{ urutan: number }>(tx, sql`select urutan from checkpoint where id = ${ub.checkpointId}`);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "UMPAN_BALIK_DIBALAS", entitas: "umpan_balik", entitasId: ub.id, sesudah: { balasan: data.isi } }),
      kirimNotifikasi(tx, [{
        penerimaId: ub.penulisId, jenis: "UMPAN_BALIK_DIBALAS", judul: `${ctx.actor.nama} membalas umpan balik Anda`, isi: data.isi,
        tautan: `/skp/${row.id}/realisasi?cp=${cp?.urutan ?? ""}#${ub.ikiId ? `iki-${ub.ikiId}` : `perilaku-${ub.nilaiPerilaku}`}`,
      }]),
      terbitkan(tx, { untuk: [ub.penulisId], jenis: "umpan-balik", data: { skpId: row.id } }),
    ]);
  });
}

// ---------------------------------------------------------------- standard phrases (admin)

export async function getFrasaUmpanBalik(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.db.select({ teks: frasaUmpanBalik.teks }).from(frasaUmpanBalik).where(eq(frasaUmpanBalik.instansiId, ctx.actor.instansiId)).orderBy(frasaUmpanBalik.urutan);
  return rows.map((r) => r.teks);
}

/** The list for the admin's editing page (only the admin of the instansi). */
export async function getFrasaKelola(ctx: ServiceContext): Promise<string[]> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  return getFrasaUmpanBalik(ctx);
}

/** The admin replaces the instansi's list of standard phrases (feedback already given keeps its text). */
export async function simpanFrasaUmpanBalik(ctx: ServiceContext, input: unknown): Promise<void> {
  if (!can(ctx.actor, { aksi: "instansi.kelola", instansiId: ctx.actor.instansiId })) throw forbidden();
  const data = parse(frasaSchema, input);
  await ctx.db.transaction(async (tx) => {
    const lama = await tx.select({ teks: frasaUmpanBalik.teks }).from(frasaUmpanBalik).where(eq(frasaUmpanBalik.instansiId, ctx.actor.instansiId)).orderBy(frasaUmpanBalik.urutan);
    await tx.delete(frasaUmpanBalik).where(eq(frasaUmpanBalik.instansiId, ctx.actor.instansiId));
    if (data.frasa.length) await tx.insert(frasaUmpanBalik).values(data.frasa.map((f, i) => ({ instansiId: ctx.actor.instansiId, urutan: i + 1, teks: f.teks })));
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "FRASA_UMPAN_BALIK_DIUBAH", entitas: "instansi", entitasId: ctx.actor.instansiId, sebelum: lama.map((l) => l.teks), sesudah: data.frasa.map((f) => f.teks) });
  });
}

// ---------------------------------------------------------------- reading: the realisation page

export interface BuktiTampil {
  id: string;
  jenis: "BERKAS" | "TAUTAN";
  nama: string;
  tautan: string | null;
  ukuran: number | null;
  mime: string | null;
}

export interface UmpanBalikTampil {
  id: string;
  frasaStandar: string | null;
  isi: string;
  penulis: string;
  createdAt: Date;
  balasan: string | null;
  dibalasAt: Date | null;
  /** The checkpoint it was given in (shown where feedback of several checkpoints is listed). */
  checkpoint: string;
}

export interface IkiRealisasi {
  id: string;
  aspek: string;
  indikator: string;
  target: string;
  targetMin: number | null;
  satuan: string | null;
  kualitatif: boolean;
  /** Value per checkpoint (null where none), for the chart. */
  seri: Array<{ urutan: number; nama: string; nilai: number | null }>;
  capaian: number | null;
  persen: number | null;
  /** Share of the SKP's time elapsed at the point judged (for the target due by then). */
  fraksiWaktu: number;
  kemajuan: Kemajuan;
  realisasi: { id: string; nilai: number | null; uraian: string; sumberData: string; updatedAt: Date } | null;
  bukti: BuktiTampil[];
  umpanBalik: UmpanBalikTampil[];
}

export interface HalamanRealisasi {
  skp: { id: string; status: string; pegawaiId: string; namaPegawai: string; nip: string; jabatan: string; ppkNama: string | null; berlakuMulai: string; berlakuSelesai: string };
  checkpoint: Array<{ id: string; urutan: number; nama: string; mulai: string; selesai: string; dievaluasi: boolean }>;
  terpilih: { id: string; urutan: number; nama: string; mulai: string; selesai: string; batasEvaluasi: string; dievaluasi: boolean; ditutup: boolean; sudahMulai: boolean };
  rhk: Array<{ id: string; jenis: string; uraian: string; rencanaAksi: string | null; iki: IkiRealisasi[] }>;
  perilaku: Array<{ nilai: NilaiBerakhlak; umpanBalik: UmpanBalikTampil[] }>;
  /** The owner may record in this checkpoint. */
  bolehCatat: boolean;
  /** The owner may write action plans for this checkpoint. */
  bolehRencana: boolean;
  bolehUmpanBalik: boolean;
  bolehBalas: boolean;
  frasa: string[];
}

export interface IsiSkp {
  rhk: Array<{ id: string; jenis: string; uraian: string; rencanaAksi: string | null; iki: IkiRealisasi[] }>;
  perilaku: Array<{ nilai: NilaiBerakhlak; umpanBalik: UmpanBalikTampil[] }>;
}

/**
 * The SKP's RHK and IKI with targets, realisations, evidence and feedback, side by side: for one
 * checkpoint (its realisation, evidence, feedback and action plan), or with `cp` null for the whole year
 * (the latest realisation, all evidence, all feedback labelled with its checkpoint). Shared by the
 * realisation page and the evaluation page.
 */
export async function isiSkp(db: DbOrTx, row: Pick<SkpRow, "id" | "berlaku_mulai" | "berlaku_selesai">, cps: readonly CheckpointRow[], cp: CheckpointRow | null, today: string): Promise<IsiSkp> {
  const diCp = (kolom: SQL) => (cp ? sql`and ${kolom} = ${cp.id}` : sql``);
  const [ikiRows, realRows, buktiRows, ubRows, rencanaRows] = await Promise.all([
    queryRows<{ rhk_id: string; jenis: string; rhk: string; iki_id: string; aspek: string; indikator: string; target_min: string | null; target_max: string | null; satuan: string | null; target_kualitatif: string | null }>(
      db,
      sql`select r.id as rhk_id, r.jenis, r.uraian as rhk, i.id as iki_id, i.aspek, i.indikator, i.target_min, i.target_max, i.satuan, i.target_kualitatif
            from rhk r join iki i on i.rhk_id = r.id where r.skp_id = ${row.id} order by r.jenis, r.urutan, i.urutan`,
    ),
    queryRows<{ id: string; iki_id: string; checkpoint_id: string; nilai: string | null; uraian: string; sumber_data: string; updated_at: Date | string }>(
      db,
      sql`select re.id, re.iki_id, re.checkpoint_id, re.nilai, re.uraian, re.sumber_data, re.updated_at
            from realisasi re join iki i on i.id = re.iki_id join rhk r on r.id = i.rhk_id where r.skp_id = ${row.id}`,
    ),
    queryRows<{ id: string; iki_id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; tautan: string | null; ukuran: number | null; mime: string | null }>(
      db,
      sql`select b.id, re.iki_id, b.jenis, b.nama, b.tautan, b.ukuran, b.mime from bukti_dukung b join realisasi re on re.id = b.realisasi_id
            join iki i on i.id = re.iki_id join rhk r on r.id = i.rhk_id where r.skp_id = ${row.id} ${diCp(sql`re.checkpoint_id`)} order by b.created_at`,
    ),
    queryRows<{ id: string; iki_id: string | null; nilai_perilaku: NilaiBerakhlak | null; checkpoint_id: string; frasa_standar: string | null; isi: string; penulis: string; created_at: Date | string; balasan: string | null; dibalas_at: Date | string | null }>(
      db,
      sql`select u.id, u.iki_id, u.nilai_perilaku, u.checkpoint_id, u.frasa_standar, u.isi, p.nama as penulis, u.created_at, u.balasan, u.dibalas_at
            from umpan_balik u join pegawai p on p.id = u.penulis_id where u.skp_id = ${row.id} ${diCp(sql`u.checkpoint_id`)} order by u.created_at`,
    ),
    cp
      ? queryRows<{ rhk_id: string; uraian: string }>(
          db,
          sql`select ra.rhk_id, ra.uraian from rencana_aksi ra join rhk r on r.id = ra.rhk_id where r.skp_id = ${row.id} and ra.checkpoint_id = ${cp.id}`,
        )
      : Promise.resolve([]),
  ]);

  const tanggal = (v: Date | string) => (v instanceof Date ? v : new Date(v));
  const urutanCp = new Map(cps.map((c) => [c.id, c]));
  const ubTampil = (u: (typeof ubRows)[number]): UmpanBalikTampil => ({
    id: u.id, frasaStandar: u.frasa_standar, isi: u.isi, penulis: u.penulis, createdAt: tanggal(u.created_at), balasan: u.balasan, dibalasAt: u.dibalas_at ? tanggal(u.dibalas_at) : null,
    checkpoint: urutanCp.get(u.checkpoint_id)?.nama ?? "",
  });
  // progress as of the checkpoint judged (its end), or today for the running year
  const fraksi = fraksiWaktu(row.berlaku_mulai, row.berlaku_selesai, cp && cp.selesai < today ? cp.selesai : today);
  const rhkMap = new Map<string, IsiSkp["rhk"][number]>();
  for (const k of ikiRows) {
    let r = rhkMap.get(k.rhk_id);
    if (!r) rhkMap.set(k.rhk_id, (r = { id: k.rhk_id, jenis: k.jenis, uraian: k.rhk, rencanaAksi: rencanaRows.find((x) => x.rhk_id === k.rhk_id)?.uraian ?? null, iki: [] }));
    const targetMin = angkaAtauNull(k.target_min);
    const milik = realRows.filter((x) => x.iki_id === k.iki_id && (!cp || (urutanCp.get(x.checkpoint_id)?.urutan ?? 0) <= cp.urutan));
    const seri = cps.map((c) => ({ urutan: c.urutan, nama: c.nama, nilai: angkaAtauNull(realRows.find((x) => x.iki_id === k.iki_id && x.checkpoint_id === c.id)?.nilai ?? null) }));
    const capaian = capaianIki(milik.map((x) => ({ urutan: urutanCp.get(x.checkpoint_id)?.urutan ?? 0, nilai: angkaAtauNull(x.nilai) })));
    const ini = cp ? milik.find((x) => x.checkpoint_id === cp.id) : milik.reduce<(typeof milik)[number] | undefined>((a, x) => (!a || (urutanCp.get(x.checkpoint_id)?.urutan ?? 0) > (urutanCp.get(a.checkpoint_id)?.urutan ?? 0) ? x : a), undefined);
    r.iki.push({
      id: k.iki_id, aspek: k.aspek, indikator: k.indikator, satuan: k.satuan, targetMin, kualitatif: targetMin === null,
      target: formatTarget({ targetMin, targetMax: angkaAtauNull(k.target_max), satuan: k.satuan, targetKualitatif: k.target_kualitatif }),
      seri, capaian, persen: persenCapaian(capaian, targetMin), fraksiWaktu: fraksi,
      kemajuan: kemajuanIki({ capaian, targetMin, satuan: k.satuan, fraksiWaktu: fraksi }),
      realisasi: ini ? { id: ini.id, nilai: angkaAtauNull(ini.nilai), uraian: ini.uraian, sumberData: ini.sumber_data, updatedAt: tanggal(ini.updated_at) } : null,
      bukti: buktiRows.filter((b) => b.iki_id === k.iki_id).map(({ iki_id: _, ...b }) => b),
      umpanBalik: ubRows.filter((u) => u.iki_id === k.iki_id).map(ubTampil),
    });
  }
  return {
    rhk: [...rhkMap.values()],
    perilaku: NILAI_BERAKHLAK.map((nilai) => ({ nilai, umpanBalik: ubRows.filter((u) => u.nilai_perilaku === nilai).map(ubTampil) })),
  };
}

/** The realisation page of one SKP for one checkpoint (by its number; default: the one running today). */
export async function getHalamanRealisasi(ctx: ServiceContext, skpId: unknown, urutan?: number): Promise<HalamanRealisasi> {
  const row = await skpTerlihat(ctx, ctx.db, skpId);
  const [info] = await queryRows<{ nip: string; jabatan: string; ppk_nama: string | null }>(
    ctx.db,
    sql`select pg.nip, j.nama as jabatan, ppk.nama as ppk_nama from skp s join pegawai pg on pg.id = s.pegawai_id
          join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id left join pegawai ppk on ppk.id = s.ppk_pegawai_id
         where s.id = ${row.id}`,
  );
  const cps = await checkpointSkp(ctx.db, row);
  if (cps.length === 0) throw forbidden();
  const kini = checkpointPada(cps, ctx.today)!;
  const cp = (urutan !== undefined && cps.find((c) => c.urutan === urutan)) || kini;

  const { rhk, perilaku } = await isiSkp(ctx.db, row, cps, cp, ctx.today);
  const f = fakta(row);
  const terbuka = masalahCheckpoint(cp, ctx.today) === null;
  const bolehUmpanBalik = can(ctx.actor, { aksi: "umpanBalik.beri", skp: f }) && terbuka;
  return {
    skp: { id: row.id, status: row.status, pegawaiId: row.pegawai_id, namaPegawai: row.nama_pegawai, nip: info!.nip, jabatan: info!.jabatan, ppkNama: info!.ppk_nama, berlakuMulai: row.berlaku_mulai, berlakuSelesai: row.berlaku_selesai },
    checkpoint: cps.map((c) => ({ id: c.id, urutan: c.urutan, nama: c.nama, mulai: c.mulai, selesai: c.selesai, dievaluasi: c.dievaluasi })),
    terpilih: { id: cp.id, urutan: cp.urutan, nama: cp.nama, mulai: cp.mulai, selesai: cp.selesai, batasEvaluasi: cp.batas_evaluasi, dievaluasi: cp.dievaluasi, ditutup: cp.ditutup, sudahMulai: cp.mulai <= ctx.today },
    rhk,
    perilaku,
    bolehCatat: can(ctx.actor, { aksi: "realisasi.catat", skp: f }) && terbuka,
    bolehRencana: can(ctx.actor, { aksi: "realisasi.catat", skp: f }) && masalahCheckpoint(cp, ctx.today, true) === null,
    bolehUmpanBalik,
    bolehBalas: can(ctx.actor, { aksi: "umpanBalik.balas", skp: f }),
    frasa: bolehUmpanBalik ? await getFrasaUmpanBalik(ctx) : [],
  };
}

// ---------------------------------------------------------------- the PPK's live view of the team

export interface ProgresBawahan {
  pegawaiId: string;
  nama: string;
  skpId: string;
  jumlahIki: number;
  tercapai: number;
  tertinggal: number;
  belumAda: number;
  /** Mean achievement of the kuantitatif IKI, each capped at 100%. */
  rataPersen: number | null;
  /** Recorded something in the current checkpoint. */
  sudahCatatKini: boolean;
  terakhirDicatat: Date | null;
}

export interface AktivitasRealisasi {
  skpId: string;
  nama: string;
  indikator: string;
  nilai: number | null;
  satuan: string | null;
  checkpoint: string;
  urutan: number;
  waktu: Date;
}

/** Progress of the actor's direct subordinates with an approved SKP, and their latest realisations (the latest per IKI). */
export async function getProgresTim(ctx: ServiceContext): Promise<{ checkpointKini: string | null; bawahan: ProgresBawahan[]; aktivitas: AktivitasRealisasi[] }> {
  if (!can(ctx.actor, { aksi: "bawahan.lihat" })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  const jabatanIds = ctx.actor.jabatan.map((j) => j.jabatanId);
  if (!periode || jabatanIds.length === 0) return { checkpointKini: null, bawahan: [], aktivitas: [] };
  // one statement: per IKI its achievement, whether it has a realisation in the running checkpoint,
  // and its latest realisation (the activity list is the latest eight of those)
  const rows = await queryRows<{
    pegawai_id: string; nama: string; skp_id: string; berlaku_mulai: string; berlaku_selesai: string; iki_id: string; indikator: string;
    target_min: string | null; satuan: string | null; capaian: string | null; kini: boolean; cp_kini: string | null;
    terakhir: Date | string | null; terakhir_nilai: string | null; terakhir_cp: string | null; terakhir_urutan: number | null;
  }>(
    ctx.db,
    sql`with b as (${bawahanLangsungSql(jabatanIds, ctx.actor.pegawaiId, ctx.today)}),
             cp as (select id, nama from checkpoint where periode_id = ${periode.id} and mulai <= ${ctx.today}::date and selesai >= ${ctx.today}::date)
        select s.pegawai_id, pg.nama, s.id as skp_id, s.berlaku_mulai::text as berlaku_mulai, s.berlaku_selesai::text as berlaku_selesai,
               i.id as iki_id, i.indikator, i.target_min, i.satuan, (select nama from cp limit 1) as cp_kini,
               (select re.nilai from realisasi re join checkpoint c on c.id = re.checkpoint_id
                 where re.iki_id = i.id and re.nilai is not null order by c.urutan desc limit 1) as capaian,
               exists (select 1 from realisasi re where re.iki_id = i.id and re.checkpoint_id in (select id from cp)) as kini,
               t.updated_at as terakhir, t.nilai as terakhir_nilai, t.nama as terakhir_cp, t.urutan as terakhir_urutan
          from b join pegawai pg on pg.id = b.pegawai_id
          join skp s on s.pegawai_id = b.pegawai_id and s.periode_id = ${periode.id} and s.status = 'DISETUJUI' and s.ppk_pegawai_id = ${ctx.actor.pegawaiId}
          join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id
          left join lateral (select re.updated_at, re.nilai, c.nama, c.urutan from realisasi re join checkpoint c on c.id = re.checkpoint_id
                              where re.iki_id = i.id order by re.updated_at desc limit 1) t on true
         order by pg.nama`,
  );
  const map = new Map<string, ProgresBawahan & { persen: number[] }>();
  for (const r of rows) {
    let p = map.get(r.skp_id);
    if (!p) map.set(r.skp_id, (p = { pegawaiId: r.pegawai_id, nama: r.nama, skpId: r.skp_id, jumlahIki: 0, tercapai: 0, tertinggal: 0, belumAda: 0, rataPersen: null, sudahCatatKini: false, terakhirDicatat: null, persen: [] }));
    const targetMin = angkaAtauNull(r.target_min);
    const capaian = angkaAtauNull(r.capaian);
    const k = kemajuanIki({ capaian, targetMin, satuan: r.satuan, fraksiWaktu: fraksiWaktu(r.berlaku_mulai, r.berlaku_selesai, ctx.today) });
    p.jumlahIki++;
    if (k === "TERCAPAI") p.tercapai++;
    if (k === "TERTINGGAL") p.tertinggal++;
    if (k === "BELUM_ADA") p.belumAda++;
    const persen = persenCapaian(capaian ?? (targetMin !== null ? 0 : null), targetMin);
    if (persen !== null) p.persen.push(Math.min(100, persen));
    if (r.kini) p.sudahCatatKini = true;
    const t = r.terakhir ? new Date(r.terakhir) : null;
    if (t && (!p.terakhirDicatat || t > p.terakhirDicatat)) p.terakhirDicatat = t;
  }
  const bawahan = [...map.values()].map(({ persen, ...p }) => ({ ...p, rataPersen: persen.length ? Math.round(persen.reduce((a, b) => a + b, 0) / persen.length) : null }));
  const aktivitas: AktivitasRealisasi[] = rows
    .filter((r) => r.terakhir)
    .map((r) => ({ skpId: r.skp_id, nama: r.nama, indikator: r.indikator, nilai: angkaAtauNull(r.terakhir_nilai), satuan: r.satuan, checkpoint: r.terakhir_cp!, urutan: Number(r.terakhir_urutan), waktu: new Date(r.terakhir!) }))
    .sort((a, b) => b.waktu.getTime() - a.waktu.getTime())
    .slice(0, 8);
  const [cpKini] = rows.length
    ? [rows[0]!.cp_kini]
    : (await queryRows<{ nama: string }>(ctx.db, sql`select nama from checkpoint where periode_id = ${periode.id} and mulai <= ${ctx.today}::date and selesai >= ${ctx.today}::date`)).map((c) => c.nama);
  return { checkpointKini: cpKini ?? null, bawahan, aktivitas };
}

// ---------------------------------------------------------------- deadline reminders

/**
 * Reminds owners of approved SKPs who have not recorded every IKI in a checkpoint closing in 7 or 1
 * days (HARI_PENGINGAT). Keyed per person, checkpoint and day, so running it again the same day is
 * silent. Runs as the system (no actor); returns how many were reminded.
 */
export async function kirimPengingatTenggat(db: DbOrTx, tanggal: string): Promise<number> {
  const terdekat = Math.max(...HARI_PENGINGAT);
  const checkpoint = await queryRows<{ id: string; urutan: number; nama: string; mulai: string; selesai: string }>(
    db,
    sql`select c.id, c.urutan, c.nama, c.mulai::text as mulai, c.selesai::text as selesai
          from checkpoint c join periode pr on pr.id = c.periode_id and pr.status = 'BERJALAN'
         where c.selesai > ${tanggal}::date and c.selesai <= ${addDays(tanggal, terdekat)}::date`,
  );
  let total = 0;
  for (const { checkpoint: c, hari } of pengingatJatuhTempo(checkpoint, tanggal)) {
    const penerima = await queryRows<{ pegawai_id: string; skp_id: string }>(
      db,
      sql`select distinct on (s.pegawai_id) s.pegawai_id, s.id as skp_id
            from checkpoint c join skp s on s.periode_id = c.periode_id and s.status = 'DISETUJUI' and s.berlaku_mulai <= c.selesai and s.berlaku_selesai >= c.mulai
            join pegawai pg on pg.id = s.pegawai_id and pg.aktif
           where c.id = ${c.id}
             and exists (select 1 from rhk r join iki i on i.rhk_id = r.id where r.skp_id = s.id
                          and not exists (select 1 from realisasi re where re.iki_id = i.id and re.checkpoint_id = c.id))
           order by s.pegawai_id, s.berlaku_mulai desc`,
    );
    for (let i = 0; i < penerima.length; i += 1000) {
      const terkirim = await kirimNotifikasi(
        db,
        penerima.slice(i, i + 1000).map((p) => ({
          penerimaId: p.pegawai_id,
          jenis: "PENGINGAT_REALISASI" as const,
          judul: `Isi realisasi ${c.nama}: ${hari === 1 ? "besok" : `${hari} hari lagi`} ditutup`,
          isi: `Checkpoint ${c.nama} berakhir ${c.selesai}. Sebagian IKI Anda belum memiliki realisasi; catat realisasi dan unggah bukti dukung sebelum dievaluasi.`,
          tautan: `/skp/${p.skp_id}/realisasi?cp=${c.urutan}`,
          kunci: `pengingat:${c.id}:${hari}`,
        })),
      );
      total += terkirim.length;
    }
  }
  return total;
}

