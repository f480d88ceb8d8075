/**
 * Appraisal (spec §5–§7): the PPK's periodic and annual evaluations, set and delivered one by one or
 * several at once; the pegawai's acknowledgement; the objection to an annual evaluation within the rule
 * set's window, heard and decided by the Atasan PPK; credit points when an annual predikat becomes final.
 * Every mutation: validated input, a policy check against the SKP, one transaction (the SKP row locked
 * first, as every other write on an SKP does) with an audit row and the notifications.
 */
import { eq, sql } from "drizzle-orm";
import { angkaAtauNull, queryRows, uuidList, type DbOrTx } from "@/db/client";
import { angkaKredit, evaluasi, evaluasiRincian, keberatan } from "@/db/schema";
import { angkaKredit as hitungAngkaKredit } from "@/lib/domain/angka-kredit";
import { LABEL_PREDIKAT, NILAI_BERAKHLAK, type Jenjang, type NilaiBerakhlak, type Predikat, type Rating } from "@/lib/domain/constants";
import { bulanBerlaku, keadaanPredikat, RATING_DARI_ORGANISASI, saranRatingHasil, targetBerjalan, type KeadaanPredikat, type SaranRating } from "@/lib/domain/evaluasi";
import { predikatKinerja } from "@/lib/domain/predikat";
import { isSatuanTingkat } from "@/lib/domain/realisasi";
import type { RuleSet } from "@/lib/domain/rule-set";
import { formatNilai } from "@/lib/domain/skp";
import { batasKeberatan } from "@/lib/domain/tenggat";
import type { StatusEvaluasi, StatusKeberatan } from "@/lib/domain/workflow";
import { can } from "@/lib/policy";
import { evaluasiSchema, idEvaluasiListSchema, idEvaluasiSchema, keberatanSchema, keputusanKeberatanSchema, tanggapanKeberatanSchema } from "@/lib/schemas/evaluasi";
import { catatAudit } from "./audit";
import { hariLiburInstansi, ruleSetPeriode } from "./aturan";
import type { ServiceContext } from "./context";
import { ServiceError, ditolak, forbidden, isianTidakValid } from "./errors";
import { terbitkan } from "./langsung";
import { kirimNotifikasi } from "./notifikasi";
import { pimpinanRantaiUnit } from "./hierarki";
import { getPeriodeAktif } from "./periode";
import { checkpointSkp, isiSkp, type CheckpointRow, type IsiSkp } from "./realisasi";
import { fakta, isUuid, muatSkp, skpTerlihat, type SkpRow } from "./skp";
import { parse } from "./validasi";


// ---------------------------------------------------------------- loading

type EvaluasiRow = {
  id: string;
  skp_id: string;
  jenis: "PERIODIK" | "TAHUNAN";
  checkpoint_id: string | null;
  penilai_id: string;
  regulasi_id: string;
  rating_hasil: Rating | null;
  rating_hasil_saran: Rating | null;
  alasan_rating_hasil: string | null;
  rating_perilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  status: StatusEvaluasi;
  ditetapkan_at: Date | string | null;
  diterima_at: Date | string | null;
  batas_keberatan: string | null;
  final_at: Date | string | null;
};

const KOLOM_EVALUASI = sql`e.id, e.skp_id, e.jenis, e.checkpoint_id, e.penilai_id, e.regulasi_id, e.rating_hasil, e.rating_hasil_saran,
  e.alasan_rating_hasil, e.rating_perilaku, e.predikat, e.catatan, e.status, e.ditetapkan_at, e.diterima_at,
  e.batas_keberatan::text as batas_keberatan, e.final_at`;

interface Konteks {
  row: SkpRow;
  cps: CheckpointRow[];
  /** The checkpoint judged, null for the annual evaluation. */
  cp: CheckpointRow | null;
  periodeStatus: string;
  ruleSet: RuleSet;
  regulasiId: string;
  ev: EvaluasiRow | null;
  /** The owner heads a unit; its organisation rating for the period, if set. */
  kepalaUnit: boolean;
  predikatOrganisasi: keyof typeof RATING_DARI_ORGANISASI | null;
}

/**
 * The SKP's evaluation context for a checkpoint id (or null for the year); `cpTidakBerlaku` when the id is not one of the SKP's checkpoints.
 * `cpsDimuat`: the SKP's checkpoints when the caller has just loaded them (checkpointSkp), to spare the round trip.
 */
async function muatKonteks(db: DbOrTx, row: SkpRow, checkpointId: string | null, cpsDimuat?: CheckpointRow[]): Promise<Konteks & { cpTidakBerlaku: boolean }> {
  const [cps, [info], { ruleSet, regulasiId }] = await Promise.all([
    cpsDimuat ?? checkpointSkp(db, row),
    queryRows<{ periode_status: string; kepala_unit: boolean; predikat_organisasi: Konteks["predikatOrganisasi"] }>(
      db,
      sql`select pr.status as periode_status, j.kepala_unit, po.predikat as predikat_organisasi
            from skp s join periode pr on pr.id = s.periode_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
            left join predikat_organisasi po on po.unit_id = j.unit_id and po.periode_id = s.periode_id
           where s.id = ${row.id}`,
    ),
    ruleSetPeriode(db, row.periode_id),
  ]);
  const cp = checkpointId ? (cps.find((c) => c.id === checkpointId) ?? null) : null;
  const [ev] = await queryRows<EvaluasiRow>(
    db,
    sql`select ${KOLOM_EVALUASI} from evaluasi e
         where e.skp_id = ${row.id} and e.jenis = ${cp ? "PERIODIK" : "TAHUNAN"} and e.checkpoint_id is not distinct from ${cp?.id ?? null}::uuid`,
  );
  return {
    row, cps, cp, ev: ev ?? null, ruleSet, regulasiId,
    periodeStatus: info!.periode_status, kepalaUnit: info!.kepala_unit, predikatOrganisasi: info!.predikat_organisasi,
    cpTidakBerlaku: checkpointId !== null && cp === null,
  };
}

/**
 * The annual evaluation opens in the SKP's last checkpoint (December, or the month an assignment ends)
 * or when the admin opens the period's appraisal season (status PENILAIAN).
 */
function tahunanDibuka(k: { cps: ReadonlyArray<{ mulai: string }>; periodeStatus: string }, today: string): boolean {
  const terakhir = k.cps[k.cps.length - 1];
  return k.periodeStatus === "PENILAIAN" || (terakhir !== undefined && terakhir.mulai <= today);
}

/** Why the PPK cannot write this evaluation now, or null. */
function masalahPenilaian(k: Konteks & { cpTidakBerlaku: boolean }, today: string, tetapkan: boolean): string | null {
  if (k.periodeStatus === "DITUTUP") return "PERIODE_KINERJA_DITUTUP";
  if (k.cpTidakBerlaku) return "CHECKPOINT_TIDAK_BERLAKU";
  if (k.ev && k.ev.status !== "DRAFT") return "EVALUASI_SUDAH_DITETAPKAN";
  if (k.cp) {
    if (k.cp.mulai > today) return "CHECKPOINT_BELUM_MULAI";
    if (tetapkan && k.cp.selesai >= today) return "CHECKPOINT_BELUM_BERAKHIR";
  } else if (!tahunanDibuka(k, today)) return "EVALUASI_TAHUNAN_BELUM_DIBUKA";
  return null;
}

/** The rating hasil kerja a unit head's annual evaluation must have once the unit's organisation rating is set, else null. */
export function ratingDariOrganisasi(k: Pick<Konteks, "cp" | "kepalaUnit" | "predikatOrganisasi">): Rating | null {
  return !k.cp && k.kepalaUnit && k.predikatOrganisasi ? RATING_DARI_ORGANISASI[k.predikatOrganisasi] : null;
}

/** The suggestion: from the organisation rating for a unit head's annual evaluation once set, else from realisation against target. */
function saranUntuk(k: Konteks, isi: IsiSkp): { rating: Rating | null; dariOrganisasi: boolean; hitung: SaranRating | null } {
  const wajib = ratingDariOrganisasi(k);
  if (wajib) return { rating: wajib, dariOrganisasi: true, hitung: null };
  const hitung = saranRatingHasil(
    isi.rhk.flatMap((r) => r.iki).map((i) => ({ capaian: i.capaian, target: targetBerjalan(i.targetMin, k.cp ? i.fraksiWaktu : 1, isSatuanTingkat(i.satuan)) })),
  );
  return { rating: hitung?.rating ?? null, dariOrganisasi: false, hitung };
}

/** A line per RHK of what was achieved when the evaluation was set, kept with it for the documents. */
function ringkasRealisasi(r: IsiSkp["rhk"][number]): string {
  return r.iki
    .map((i) => {
      if (i.kualitatif) return `${i.indikator}: ${i.realisasi?.uraian || "belum ada realisasi"}`;
      const nilai = i.capaian === null ? "belum ada realisasi" : `${formatNilai(i.capaian, i.satuan)}${i.persen !== null ? ` (${i.persen}%)` : ""}`;
      return `${i.indikator}: ${nilai}`;
    })
    .join("; ");
}

/** Credit points for a functional position once an annual predikat is final (replaced if an objection changed it). */
async function catatAngkaKredit(tx: DbOrTx, evaluasiId: string): Promise<void> {
  const [r] = await queryRows<{ pegawai_id: string; regulasi_id: string; predikat: Predikat; jenjang: Jenjang | null; jenis_jabatan: string; berlaku_mulai: string; berlaku_selesai: string; periode_id: string }>(
    tx,
    sql`select s.pegawai_id, e.regulasi_id, e.predikat, j.jenjang, j.jenis as jenis_jabatan, s.berlaku_mulai::text as berlaku_mulai,
               s.berlaku_selesai::text as berlaku_selesai, s.periode_id
          from evaluasi e join skp s on s.id = e.skp_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
         where e.id = ${evaluasiId} and e.jenis = 'TAHUNAN' and e.predikat is not null`,
  );
  if (!r || r.jenis_jabatan !== "FUNGSIONAL" || !r.jenjang) return;
  const { ruleSet } = await ruleSetPeriode(tx, r.periode_id);
  const bulan = bulanBerlaku(r.berlaku_mulai, r.berlaku_selesai);
  const nilai = hitungAngkaKredit({ predikat: r.predikat, jenjang: r.jenjang, bulan }, ruleSet).toFixed(2);
  await tx
    .insert(angkaKredit)
    .values({ pegawaiId: r.pegawai_id, evaluasiId, regulasiId: r.regulasi_id, jenjang: r.jenjang, predikat: r.predikat, bulan, nilai })
    .onConflictDoUpdate({ target: angkaKredit.evaluasiId, set: { predikat: r.predikat, bulan, nilai } });
}

const tautanEvaluasi = (skpId: string, cpUrutan: number | null) => `/evaluasi/${skpId}?${cpUrutan === null ? "tahunan=1" : `cp=${cpUrutan}`}`;
const namaEvaluasi = (cp: { nama: string } | null, tahun?: number) => (cp ? `Evaluasi kinerja ${cp.nama}` : `Evaluasi kinerja tahunan${tahun ? ` ${tahun}` : ""}`);

// ---------------------------------------------------------------- the PPK writes and sets

export interface HasilEvaluasi {
  evaluasiId: string;
  status: StatusEvaluasi;
  predikat: Predikat | null;
}

/** Writes the evaluation as a draft, or sets and delivers it (`tetapkan`). */
export async function simpanEvaluasi(ctx: ServiceContext, input: unknown): Promise<HasilEvaluasi> {
  const data = parse(evaluasiSchema, input);
  return ctx.db.transaction(async (tx) => {
    const row = await skpTerlihat(ctx, tx, data.skpId, true);
    if (!can(ctx.actor, { aksi: "evaluasi.nilai", skp: fakta(row) }))
      throw ditolak(row.ppk_pegawai_id === ctx.actor.pegawaiId ? "SKP_BELUM_DISETUJUI" : "HANYA_PPK_MENILAI");
    const k = await muatKonteks(tx, row, data.checkpointId);
    const masalah = masalahPenilaian(k, ctx.today, data.tetapkan);
    if (masalah) throw ditolak(masalah, masalah.startsWith("CHECKPOINT") ? "checkpointId" : "_");
    const isi = await isiSkp(tx, row, k.cps, k.cp, ctx.today);
    const saran = saranUntuk(k, isi);
    if (saran.dariOrganisasi && data.ratingHasil && data.ratingHasil !== saran.rating) throw isianTidakValid("IKUT_PREDIKAT_ORGANISASI", "ratingHasil");
    if (data.ratingHasil && saran.rating && data.ratingHasil !== saran.rating && !data.alasanRatingHasil) throw isianTidakValid("ALASAN_BEDA_SARAN", "alasanRatingHasil");
    if (data.tetapkan) {
      const kurang: Record<string, string[]> = {};
      if (!data.ratingHasil) kurang.ratingHasil = ["RATING_WAJIB"];
      if (!data.ratingPerilaku) kurang.ratingPerilaku = ["RATING_WAJIB"];
      if (Object.keys(kurang).length) throw new ServiceError("INPUT_TIDAK_VALID", "RATING_WAJIB", kurang);
    }
    const rhkIds = new Set(isi.rhk.map((r) => r.id));
    for (const id of Object.keys(data.umpanBalikRhk)) if (!rhkIds.has(id)) throw isianTidakValid("ID_TIDAK_VALID", `umpanBalikRhk.${id}`);

    const predikat = data.ratingHasil && data.ratingPerilaku ? predikatKinerja(data.ratingHasil, data.ratingPerilaku, k.ruleSet) : null;
    const nilai = {
      penilaiId: ctx.actor.pegawaiId, regulasiId: k.regulasiId,
      ratingHasil: data.ratingHasil, ratingHasilSaran: saran.rating,
      alasanRatingHasil: data.ratingHasil && data.ratingHasil !== saran.rating ? data.alasanRatingHasil : null,
      ratingPerilaku: data.ratingPerilaku, predikat, catatan: data.catatan, updatedAt: new Date(),
    };
    let evaluasiId: string;
    if (k.ev) {
      evaluasiId = k.ev.id;
      await tx.update(evaluasi).set(nilai).where(eq(evaluasi.id, evaluasiId));
    } else {
      const [baru] = await tx.insert(evaluasi).values({ skpId: row.id, jenis: k.cp ? "PERIODIK" : "TAHUNAN", checkpointId: k.cp?.id ?? null, ...nilai }).returning({ id: evaluasi.id });
      evaluasiId = baru!.id;
    }
    // the feedback per RHK and per value is the whole set each time: replaced; an empty text is none.
    // When set, each RHK also keeps a line of what was achieved, for the documents.
    await tx.delete(evaluasiRincian).where(eq(evaluasiRincian.evaluasiId, evaluasiId));
    const tulis = [
      ...isi.rhk.map((r) => ({ evaluasiId, rhkId: r.id, nilaiPerilaku: null, umpanBalik: data.umpanBalikRhk[r.id] || null, realisasiRingkas: data.tetapkan ? ringkasRealisasi(r) : null })),
      ...NILAI_BERAKHLAK.map((n) => ({ evaluasiId, rhkId: null, nilaiPerilaku: n, umpanBalik: data.umpanBalikPerilaku[n] || null, realisasiRingkas: null })),
    ].filter((x) => x.umpanBalik !== null || x.realisasiRingkas !== null);
    if (tulis.length) await tx.insert(evaluasiRincian).values(tulis);

    let status: StatusEvaluasi = "DRAFT";
    if (data.tetapkan) status = await tetapkanDalam(ctx, tx, row, k, evaluasiId, predikat!);
    await catatAudit(tx, {
      aktorId: ctx.actor.pegawaiId, aksi: data.tetapkan ? "EVALUASI_DITETAPKAN" : "EVALUASI_DISIMPAN", entitas: "evaluasi", entitasId: evaluasiId,
      sebelum: k.ev ? { ratingHasil: k.ev.rating_hasil, ratingPerilaku: k.ev.rating_perilaku, predikat: k.ev.predikat, status: k.ev.status } : undefined,
      sesudah: { ...data, saran: saran.rating, predikat, status },
    });
    // a set annual evaluation changes the unit's distribution: the calibration pages of the leaders above hear it
    const pimpinan = data.tetapkan && !k.cp ? await pimpinanRantaiUnit(tx, row.unit_path, ctx.today) : [];
    await terbitkan(tx, { untuk: [row.pegawai_id, ctx.actor.pegawaiId, ...pimpinan], jenis: "evaluasi", data: { skpId: row.id } });
    return { evaluasiId, status, predikat };
  });
}

/** The last day to object to an annual predikat delivered on `today`, under the rule set and the instansi's holidays (also after a calibration). */
export async function batasKeberatanDari(tx: DbOrTx, today: string, ruleSet: RuleSet, instansiId: string): Promise<string> {
  return batasKeberatan(today, ruleSet, await hariLiburInstansi(tx, instansiId));
}

/** Sets a complete draft and delivers it: fixes the objection deadline of an annual one and tells the pegawai. */
async function tetapkanDalam(ctx: ServiceContext, tx: DbOrTx, row: SkpRow, k: Konteks, evaluasiId: string, predikat: Predikat): Promise<StatusEvaluasi> {
  const batas = k.cp ? null : await batasKeberatanDari(tx, ctx.today, k.ruleSet, row.instansi_id);
  await tx.update(evaluasi).set({ status: "DITETAPKAN", ditetapkanAt: new Date(), batasKeberatan: batas }).where(eq(evaluasi.id, evaluasiId));
  const [pr] = await queryRows<{ tahun: number }>(tx, sql`select tahun from periode where id = ${row.periode_id}`);
  await kirimNotifikasi(tx, [{
    penerimaId: row.pegawai_id, jenis: "EVALUASI_DITETAPKAN", kunci: `evaluasi:${evaluasiId}`,
    judul: `${namaEvaluasi(k.cp, pr?.tahun)} telah ditetapkan`,
    isi: `${ctx.actor.nama} menetapkan predikat ${LABEL_PREDIKAT[predikat]}.${batas ? ` Keberatan dapat diajukan paling lambat ${batas}.` : ""}`,
    tautan: tautanEvaluasi(row.id, k.cp?.urutan ?? null),
  }]);
  return "DITETAPKAN";
}

export interface HasilTetapkanBanyak {
  ditetapkan: string[];
  dilewati: Array<{ evaluasiId: string; nama: string; alasan: string }>;
}

/** Sets and delivers several complete drafts at once; the others are listed with the reason. */
export async function tetapkanBanyakEvaluasi(ctx: ServiceContext, input: unknown): Promise<HasilTetapkanBanyak> {
  const ids = [...new Set(parse(idEvaluasiListSchema, input))];
  return ctx.db.transaction(async (tx) => {
    const evs = await queryRows<{ id: string; skp_id: string; checkpoint_id: string | null }>(tx, sql`select id, skp_id, checkpoint_id from evaluasi where id in (${uuidList(ids)})`);
    // lock the SKPs in one order, as every other write on an SKP does first
    const rows = await muatSkp(tx, [...new Set(evs.map((e) => e.skp_id))].sort(), true);
    const bySkp = new Map(rows.map((r) => [r.id, r]));
    const hasil: HasilTetapkanBanyak = { ditetapkan: [], dilewati: [] };
    for (const id of ids) {
      const e = evs.find((x) => x.id === id);
      const row = e && bySkp.get(e.skp_id);
      if (!row || !can(ctx.actor, { aksi: "evaluasi.nilai", skp: fakta(row) })) throw forbidden();
      const k = await muatKonteks(tx, row, e.checkpoint_id);
      const ev = k.ev!;
      const wajib = ratingDariOrganisasi(k);
      const masalah = masalahPenilaian(k, ctx.today, true) ?? (!ev.rating_hasil || !ev.rating_perilaku ? "RATING_WAJIB" : null) ??
        (wajib && ev.rating_hasil !== wajib ? "IKUT_PREDIKAT_ORGANISASI" : null);
      if (masalah) {
        hasil.dilewati.push({ evaluasiId: id, nama: row.nama_pegawai, alasan: masalah });
        continue;
      }
      const isi = await isiSkp(tx, row, k.cps, k.cp, ctx.today);
      if (isi.rhk.length)
        await tx
          .insert(evaluasiRincian)
          .values(isi.rhk.map((r) => ({ evaluasiId: id, rhkId: r.id, realisasiRingkas: ringkasRealisasi(r) })))
          .onConflictDoUpdate({ target: [evaluasiRincian.evaluasiId, evaluasiRincian.rhkId, evaluasiRincian.nilaiPerilaku], set: { realisasiRingkas: sql`excluded.realisasi_ringkas` } });
      await tetapkanDalam(ctx, tx, row, k, id, ev.predikat!);
      hasil.ditetapkan.push(id);
    }
    if (hasil.ditetapkan.length)
      await catatAudit(tx, hasil.ditetapkan.map((id) => ({ aktorId: ctx.actor.pegawaiId, aksi: "EVALUASI_DITETAPKAN", entitas: "evaluasi", entitasId: id, sesudah: { status: "DITETAPKAN", banyak: true } })));
    const tahunan = rows.filter((r) => hasil.ditetapkan.some((id) => evs.find((x) => x.id === id && x.skp_id === r.id && x.checkpoint_id === null)));
    const pimpinan = tahunan.length ? await pimpinanRantaiUnit(tx, tahunan.map((r) => r.unit_path), ctx.today) : [];
    await terbitkan(tx, { untuk: [ctx.actor.pegawaiId, ...rows.map((r) => r.pegawai_id), ...pimpinan], jenis: "evaluasi", data: {} });
    return hasil;
  });
}

// ---------------------------------------------------------------- the pegawai

async function evaluasiTerkunci(ctx: ServiceContext, tx: DbOrTx, evaluasiId: unknown): Promise<{ row: SkpRow; ev: EvaluasiRow }> {
  if (!isUuid(evaluasiId)) throw forbidden();
  const [e] = await queryRows<{ skp_id: string }>(tx, sql`select skp_id from evaluasi where id = ${evaluasiId}`);
  if (!e) throw forbidden();
  const row = await skpTerlihat(ctx, tx, e.skp_id, true);
  const [ev] = await queryRows<EvaluasiRow>(tx, sql`select ${KOLOM_EVALUASI} from evaluasi e where e.id = ${evaluasiId} for update`);
  return { row, ev: ev! };
}

/** The pegawai acknowledges having received a delivered evaluation (it does not waive the objection window). */
export async function terimaEvaluasi(ctx: ServiceContext, evaluasiId: unknown): Promise<void> {
  parse(idEvaluasiSchema, evaluasiId);
  await ctx.db.transaction(async (tx) => {
    const { row, ev } = await evaluasiTerkunci(ctx, tx, evaluasiId);
    if (!can(ctx.actor, { aksi: "evaluasi.terima", skp: fakta(row) })) throw ditolak("HANYA_PEMILIK");
    if (ev.status === "DRAFT") throw forbidden(); // a draft is the PPK's own
    if (ev.diterima_at) return;
    await tx.update(evaluasi).set({ diterimaAt: new Date() }).where(eq(evaluasi.id, ev.id));
    await catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "EVALUASI_DITERIMA", entitas: "evaluasi", entitasId: ev.id });
    await terbitkan(tx, { untuk: [ev.penilai_id], jenis: "evaluasi", data: { skpId: row.id } });
  });
}

/** The pegawai objects to a delivered annual evaluation, within the window fixed at delivery, to the Atasan PPK. */
export async function ajukanKeberatan(ctx: ServiceContext, input: unknown): Promise<{ keberatanId: string }> {
  const data = parse(keberatanSchema, input);
  return ctx.db.transaction(async (tx) => {
    const { row, ev } = await evaluasiTerkunci(ctx, tx, data.evaluasiId);
    if (!can(ctx.actor, { aksi: "keberatan.ajukan", skp: fakta(row) })) throw ditolak("HANYA_PEMILIK");
    if (ev.status === "DRAFT") throw forbidden();
    if (ev.jenis !== "TAHUNAN") throw ditolak("KEBERATAN_HANYA_TAHUNAN");
    if (ev.status === "KEBERATAN") throw ditolak("KEBERATAN_SUDAH_DIAJUKAN");
    if (ev.status !== "DITETAPKAN" || !ev.batas_keberatan || ctx.today > ev.batas_keberatan) throw ditolak("MASA_KEBERATAN_LEWAT");
    // an Atasan PPK who is also the PPK could never decide (the policy keeps the two apart)
    if (!row.atasan_ppk_pegawai_id || row.atasan_ppk_pegawai_id === row.ppk_pegawai_id) throw ditolak("TANPA_ATASAN_PPK");
    const [kb] = await tx
      .insert(keberatan)
      .values({
        evaluasiId: ev.id, pemohonId: ctx.actor.pegawaiId, atasanPpkId: row.atasan_ppk_pegawai_id, alasan: data.alasan, buktiTautan: data.buktiTautan,
        batasPengajuan: ev.batas_keberatan, predikatSebelum: ev.predikat!,
      })
      .returning({ id: keberatan.id });
    await tx.update(evaluasi).set({ status: "KEBERATAN", updatedAt: new Date() }).where(eq(evaluasi.id, ev.id));
    const tautan = tautanEvaluasi(row.id, null);
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "KEBERATAN_DIAJUKAN", entitas: "keberatan", entitasId: kb!.id, sesudah: data }),
      kirimNotifikasi(tx, [
        { penerimaId: row.atasan_ppk_pegawai_id, jenis: "KEBERATAN", judul: `${row.nama_pegawai} mengajukan keberatan atas predikat kinerja`, isi: data.alasan, tautan },
        { penerimaId: ev.penilai_id, jenis: "KEBERATAN", judul: `${row.nama_pegawai} mengajukan keberatan; Anda dapat memberi tanggapan`, isi: data.alasan, tautan },
      ]),
      terbitkan(tx, { untuk: [row.atasan_ppk_pegawai_id, ev.penilai_id, row.pegawai_id], jenis: "evaluasi", data: { skpId: row.id } }),
    ]);
    return { keberatanId: kb!.id };
  });
}

type KeberatanRow = { id: string; evaluasi_id: string; status: StatusKeberatan; atasan_ppk_id: string; skp_id: string };

async function keberatanTerkunci(ctx: ServiceContext, tx: DbOrTx, keberatanId: string): Promise<{ kb: KeberatanRow; row: SkpRow; ev: EvaluasiRow }> {
  const [k0] = await queryRows<{ skp_id: string }>(tx, sql`select e.skp_id from keberatan k join evaluasi e on e.id = k.evaluasi_id where k.id = ${keberatanId}`);
  if (!k0) throw forbidden();
  const row = await skpTerlihat(ctx, tx, k0.skp_id, true);
  const [kb] = await queryRows<KeberatanRow>(
    tx,
    sql`select k.id, k.evaluasi_id, k.status, k.atasan_ppk_id, e.skp_id from keberatan k join evaluasi e on e.id = k.evaluasi_id where k.id = ${keberatanId} for update of k`,
  );
  const [ev] = await queryRows<EvaluasiRow>(tx, sql`select ${KOLOM_EVALUASI} from evaluasi e where e.id = ${kb!.evaluasi_id} for update`);
  return { kb: kb!, row, ev: ev! };
}

const TERBUKA: readonly StatusKeberatan[] = ["DIAJUKAN", "DIPERIKSA"];

/** The PPK's response to an objection, for the Atasan PPK to weigh. */
export async function tanggapiKeberatan(ctx: ServiceContext, input: unknown): Promise<void> {
  const data = parse(tanggapanKeberatanSchema, input);
  await ctx.db.transaction(async (tx) => {
    const { kb, row } = await keberatanTerkunci(ctx, tx, data.keberatanId);
    if (!can(ctx.actor, { aksi: "keberatan.tanggapi", skp: fakta(row) })) throw ditolak("HANYA_PPK_MENANGGAPI");
    if (!TERBUKA.includes(kb.status)) throw ditolak("KEBERATAN_SUDAH_DIPUTUS");
    await tx.update(keberatan).set({ tanggapanPpk: data.tanggapan, ditanggapiAt: new Date() }).where(eq(keberatan.id, kb.id));
    await Promise.all([
      catatAudit(tx, { aktorId: ctx.actor.pegawaiId, aksi: "KEBERATAN_DITANGGAPI", entitas: "keberatan", entitasId: kb.id, sesudah: { tanggapan: data.tanggapan } }),
      kirimNotifikasi(tx, [{ penerimaId: kb.atasan_ppk_id, jenis: "KEBERATAN", judul: `${ctx.actor.nama} menanggapi keberatan ${row.nama_pegawai}`, isi: data.tanggapan, tautan: tautanEvaluasi(row.id, null) }]),
      terbitkan(tx, { untuk: [kb.atasan_ppk_id, row.pegawai_id], jenis: "evaluasi", data: { skpId: row.id } }),
    ]);
  });
}

/** The Atasan PPK decides: reject, or change the ratings (the predikat follows the matrix). Final, recorded and told to both. */
export async function putuskanKeberatan(ctx: ServiceContext, input: unknown): Promise<{ predikat: Predikat }> {
  const data = parse(keputusanKeberatanSchema, input);
  return ctx.db.transaction(async (tx) => {
    const { kb, row, ev } = await keberatanTerkunci(ctx, tx, data.keberatanId);
    if (!can(ctx.actor, { aksi: "keberatan.putuskan", skp: fakta(row) }) || kb.atasan_ppk_id !== ctx.actor.pegawaiId) throw ditolak("HANYA_ATASAN_PPK");
    if (!TERBUKA.includes(kb.status)) throw ditolak("KEBERATAN_SUDAH_DIPUTUS");
    const { ruleSet } = await ruleSetPeriode(tx, row.periode_id);
    let predikat = ev.predikat!;
    if (data.keputusan === "UBAH") {
      if (data.ratingHasil === ev.rating_hasil && data.ratingPerilaku === ev.rating_perilaku) throw isianTidakValid("RATING_TIDAK_BERUBAH", "ratingHasil");
      predikat = predikatKinerja(data.ratingHasil!, data.ratingPerilaku!, ruleSet);
      await tx
        .update(evaluasi)
        .set({ ratingHasil: data.ratingHasil, ratingPerilaku: data.ratingPerilaku, predikat, alasanRatingHasil: ev.rating_hasil_saran && data.ratingHasil !== ev.rating_hasil_saran ? data.alasan : null })
        .where(eq(evaluasi.id, ev.id));
    }
    const now = new Date();
    await tx
      .update(keberatan)
      .set({
        status: data.keputusan === "UBAH" ? "DIKABULKAN" : "DITOLAK", keputusan: data.alasan, diputusAt: now, diputusOleh: ctx.actor.pegawaiId,
        ratingHasilBaru: data.keputusan === "UBAH" ? data.ratingHasil : null, ratingPerilakuBaru: data.keputusan === "UBAH" ? data.ratingPerilaku : null,
        predikatBaru: data.keputusan === "UBAH" ? predikat : null,
      })
      .where(eq(keberatan.id, kb.id));
    await tx.update(evaluasi).set({ status: "FINAL", finalAt: now, updatedAt: now }).where(eq(evaluasi.id, ev.id));
    await catatAngkaKredit(tx, ev.id);
    const judul = data.keputusan === "UBAH" ? `Keberatan dikabulkan: predikat menjadi ${LABEL_PREDIKAT[predikat]}` : `Keberatan ditolak: predikat tetap ${LABEL_PREDIKAT[predikat]}`;
    await Promise.all([
      catatAudit(tx, [
        { aktorId: ctx.actor.pegawaiId, aksi: "KEBERATAN_DIPUTUSKAN", entitas: "keberatan", entitasId: kb.id, sesudah: data },
        {
          aktorId: ctx.actor.pegawaiId, aksi: "EVALUASI_FINAL", entitas: "evaluasi", entitasId: ev.id,
          sebelum: { ratingHasil: ev.rating_hasil, ratingPerilaku: ev.rating_perilaku, predikat: ev.predikat, status: ev.status },
          sesudah: { ratingHasil: data.ratingHasil ?? ev.rating_hasil, ratingPerilaku: data.ratingPerilaku ?? ev.rating_perilaku, predikat, status: "FINAL" },
        },
      ]),
      kirimNotifikasi(tx, [row.pegawai_id, ev.penilai_id].map((penerimaId) => ({ penerimaId, jenis: "KEBERATAN" as const, judul, isi: data.alasan, tautan: tautanEvaluasi(row.id, null) }))),
      terbitkan(tx, { untuk: [row.pegawai_id, ev.penilai_id, ctx.actor.pegawaiId, ...(await pimpinanRantaiUnit(tx, row.unit_path, ctx.today))], jenis: "evaluasi", data: { skpId: row.id } }),
    ]);
    return { predikat };
  });
}

/** Annual evaluations whose objection window closed without an objection become final (run by the background job). */
export async function finalkanEvaluasiLewatTenggat(db: DbOrTx, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`update evaluasi set status = 'FINAL', final_at = now(), updated_at = now()
           where jenis = 'TAHUNAN' and status = 'DITETAPKAN' and batas_keberatan < ${today}::date returning id`,
    );
    for (const r of rows) await catatAngkaKredit(tx, r.id);
    if (rows.length) {
      await catatAudit(tx, rows.map((r) => ({ aktorId: null, aksi: "EVALUASI_FINAL", entitas: "evaluasi", entitasId: r.id, sesudah: { status: "FINAL", sebab: "MASA_KEBERATAN_BERAKHIR" } })));
      const unit = await queryRows<{ path: string; pegawai_id: string }>(
        tx,
        sql`select distinct u.path, s.pegawai_id from evaluasi e join skp s on s.id = e.skp_id join penugasan pn on pn.id = s.penugasan_id
              join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
             where e.id = any(string_to_array(${rows.map((r) => r.id).join(",")}, ',')::uuid[])`,
      );
      const pimpinan = await pimpinanRantaiUnit(tx, [...new Set(unit.map((u) => u.path))], today);
      await terbitkan(tx, { untuk: [...unit.map((u) => u.pegawai_id), ...pimpinan], jenis: "evaluasi", data: {} });
    }
    return rows.length;
  });
}

// ---------------------------------------------------------------- reading: the PPK's team

export interface BarisEvaluasiTim {
  skpId: string;
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  evaluasiId: string | null;
  status: StatusEvaluasi | "BELUM";
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  keadaan: KeadaanPredikat;
  diterima: boolean;
  /** Complete (both ratings) and still a draft: can be set in the bulk action. */
  siapDitetapkan: boolean;
}

export interface EvaluasiTim {
  periode: { id: string; tahun: number; nama: string } | null;
  checkpoint: Array<{ id: string; urutan: number; nama: string; mulai: string; selesai: string }>;
  /** The checkpoint shown (its number), or "tahunan". */
  pilihan: number | "tahunan";
  tahunanDibuka: boolean;
  baris: BarisEvaluasiTim[];
}

/** The evaluations of the SKPs the actor appraises (approved, this period) for one checkpoint or the year, in name order. */
export async function getEvaluasiTim(ctx: ServiceContext, pilihan?: number | "tahunan"): Promise<EvaluasiTim> {
  if (!can(ctx.actor, { aksi: "bawahan.lihat" })) throw forbidden();
  const periode = await getPeriodeAktif(ctx.db, ctx.actor.instansiId, ctx.today);
  if (!periode) return { periode: null, checkpoint: [], pilihan: "tahunan", tahunanDibuka: false, baris: [] };
  const cps = await queryRows<{ id: string; urutan: number; nama: string; mulai: string; selesai: string }>(
    ctx.db,
    sql`select id, urutan, nama, mulai::text as mulai, selesai::text as selesai from checkpoint where periode_id = ${periode.id} order by urutan`,
  );
  // default: the latest checkpoint that has ended (from the day after its last day, as on the PPK dashboard), else the first
  const selesai = cps.filter((c) => c.selesai < ctx.today);
  const p = pilihan === "tahunan" ? "tahunan" : (cps.find((c) => c.urutan === pilihan) ?? selesai[selesai.length - 1] ?? cps[0])?.urutan ?? "tahunan";
  const cp = p === "tahunan" ? null : cps.find((c) => c.urutan === p)!;
  const rows = await queryRows<{ skp_id: string; pegawai_id: string; nama: string; nip: string; jabatan: string; evaluasi_id: string | null; status: StatusEvaluasi | null; rating_hasil: Rating | null; rating_perilaku: Rating | null; predikat: Predikat | null; diterima: boolean }>(
    ctx.db,
    sql`select s.id as skp_id, pg.id as pegawai_id, pg.nama, pg.nip, j.nama as jabatan, e.id as evaluasi_id, e.status, e.rating_hasil, e.rating_perilaku, e.predikat,
               e.diterima_at is not null as diterima
          from skp s join pegawai pg on pg.id = s.pegawai_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
          left join evaluasi e on e.skp_id = s.id and e.jenis = ${cp ? "PERIODIK" : "TAHUNAN"} and e.checkpoint_id is not distinct from ${cp?.id ?? null}::uuid
         where s.ppk_pegawai_id = ${ctx.actor.pegawaiId} and s.periode_id = ${periode.id} and s.status = 'DISETUJUI'
           ${cp ? sql`and s.berlaku_mulai <= ${cp.selesai}::date and s.berlaku_selesai >= ${cp.mulai}::date` : sql``}
         order by pg.nama, s.berlaku_mulai`,
  );
  return {
    periode: { id: periode.id, tahun: periode.tahun, nama: periode.nama },
    checkpoint: cps,
    pilihan: p,
    // the period's own last checkpoint: SKPs ending earlier open on their own pages
    tahunanDibuka: tahunanDibuka({ cps, periodeStatus: periode.status }, ctx.today),
    baris: rows.map((r) => ({
      skpId: r.skp_id, pegawaiId: r.pegawai_id, nama: r.nama, nip: r.nip, jabatan: r.jabatan, evaluasiId: r.evaluasi_id,
      status: r.status ?? "BELUM", ratingHasil: r.rating_hasil, ratingPerilaku: r.rating_perilaku, predikat: r.predikat,
      keadaan: r.status ? keadaanPredikat({ status: r.status, jenis: cp ? "PERIODIK" : "TAHUNAN" }) : "BELUM_ADA",
      diterima: r.diterima, siapDitetapkan: r.status === "DRAFT" && r.rating_hasil !== null && r.rating_perilaku !== null,
    })),
  };
}

// ---------------------------------------------------------------- reading: one evaluation

export interface KeberatanTampil {
  id: string;
  status: StatusKeberatan;
  alasan: string;
  buktiTautan: string | null;
  tanggapanPpk: string | null;
  keputusan: string | null;
  predikatSebelum: Predikat;
  predikatBaru: Predikat | null;
  ratingHasilBaru: Rating | null;
  ratingPerilakuBaru: Rating | null;
  atasanPpk: string;
  diajukanAt: Date;
  diputusAt: Date | null;
}

export interface HalamanEvaluasi {
  skp: { id: string; pegawaiId: string; namaPegawai: string; nip: string; jabatan: string; unit: string; ppkNama: string | null; atasanPpkNama: string | null; tahun: number; berlakuMulai: string; berlakuSelesai: string };
  checkpoint: Array<{ id: string; urutan: number; nama: string; mulai: string; selesai: string }>;
  /** The checkpoint judged, null for the annual evaluation. */
  terpilih: { id: string; urutan: number; nama: string; mulai: string; selesai: string } | null;
  evaluasi: {
    id: string; status: StatusEvaluasi; ratingHasil: Rating | null; alasanRatingHasil: string | null; ratingPerilaku: Rating | null; predikat: Predikat | null;
    catatan: string | null; ditetapkanAt: Date | null; diterimaAt: Date | null; batasKeberatan: string | null; finalAt: Date | null; keadaan: KeadaanPredikat; penilai: string;
  } | null;
  umpanBalikRhk: Record<string, string>;
  umpanBalikPerilaku: Partial<Record<NilaiBerakhlak, string>>;
  saran: { rating: Rating | null; dariOrganisasi: boolean; predikatOrganisasi: string | null; rataRata: number | null; dinilai: number; terendah: number | null };
  isi: IsiSkp;
  keberatan: KeberatanTampil | null;
  angkaKredit: { jenjang: Jenjang; bulan: number; nilai: number; final: boolean } | null;
  /** The PPK may write; why not when the PPK may not (null when allowed or not the PPK). */
  bolehNilai: boolean;
  masalahNilai: string | null;
  bolehTetapkan: boolean;
  bolehTerima: boolean;
  bolehKeberatan: boolean;
  bolehTanggapi: boolean;
  bolehPutuskan: boolean;
  /** The previous and next SKP in the PPK's team list (same checkpoint or year), for evaluating one after another. */
  sebelumnya: { skpId: string; nama: string } | null;
  berikutnya: { skpId: string; nama: string } | null;
  /** The next one in the list (wrapping round) whose evaluation is not set yet. */
  berikutnyaBelum: { skpId: string; nama: string } | null;
}

/** One SKP's evaluation for a checkpoint (by number) or the year, for whoever may see the SKP; what each side may do. */
export async function getHalamanEvaluasi(ctx: ServiceContext, skpId: unknown, pilihan: number | "tahunan"): Promise<HalamanEvaluasi> {
  const row = await skpTerlihat(ctx, ctx.db, skpId);
  const cps0 = await checkpointSkp(ctx.db, row);
  const cp = pilihan === "tahunan" ? null : cps0.find((c) => c.urutan === pilihan);
  if (cp === undefined) throw forbidden();
  const k = await muatKonteks(ctx.db, row, cp?.id ?? null, cps0);
  const f = fakta(row);
  const ev = k.ev;
  const sendiri = row.pegawai_id === ctx.actor.pegawaiId;
  // a draft is the PPK's working copy: the pegawai and others see nothing of it
  const evTerlihat = ev && (ev.status !== "DRAFT" || can(ctx.actor, { aksi: "evaluasi.nilai", skp: f }) || row.ppk_pegawai_id === ctx.actor.pegawaiId) ? ev : null;
  const [[info], isi, rincian, [kb], [ak], tim] = await Promise.all([
    queryRows<{ nip: string; jabatan: string; unit: string; ppk_nama: string | null; atasan_nama: string | null; tahun: number; penilai: string | null; jenjang: Jenjang | null; jenis_jabatan: string }>(
      ctx.db,
      // the three names as scalar subqueries, not left joins: PostgreSQL took 2–20 ms to plan the nine joined relations, on every call
      sql`select pg.nip, j.nama as jabatan, u.nama as unit, pr.tahun, j.jenjang, j.jenis as jenis_jabatan,
                 (select p.nama from pegawai p where p.id = s.ppk_pegawai_id) as ppk_nama,
                 (select p.nama from pegawai p where p.id = s.atasan_ppk_pegawai_id) as atasan_nama,
                 (select p.nama from pegawai p where p.id = ${evTerlihat?.penilai_id ?? null}::uuid) as penilai
            from skp s join pegawai pg on pg.id = s.pegawai_id join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
            join unit_kerja u on u.id = j.unit_id join periode pr on pr.id = s.periode_id
           where s.id = ${row.id}`,
    ),
    isiSkp(ctx.db, row, k.cps, k.cp, ctx.today),
    evTerlihat
      ? queryRows<{ rhk_id: string | null; nilai_perilaku: NilaiBerakhlak | null; umpan_balik: string | null }>(ctx.db, sql`select rhk_id, nilai_perilaku, umpan_balik from evaluasi_rincian where evaluasi_id = ${evTerlihat.id}`)
      : Promise.resolve([]),
    evTerlihat && !k.cp
      ? queryRows<{ id: string; status: StatusKeberatan; alasan: string; bukti_tautan: string | null; tanggapan_ppk: string | null; keputusan: string | null; predikat_sebelum: Predikat; predikat_baru: Predikat | null; rating_hasil_baru: Rating | null; rating_perilaku_baru: Rating | null; atasan: string; created_at: Date | string; diputus_at: Date | string | null }>(
          ctx.db,
          sql`select k.id, k.status, k.alasan, k.bukti_tautan, k.tanggapan_ppk, k.keputusan, k.predikat_sebelum, k.predikat_baru, k.rating_hasil_baru, k.rating_perilaku_baru,
                     p.nama as atasan, k.created_at, k.diputus_at
                from keberatan k join pegawai p on p.id = k.atasan_ppk_id where k.evaluasi_id = ${evTerlihat.id} and k.status <> 'DIBATALKAN' order by k.created_at desc limit 1`,
        )
      : Promise.resolve([]),
    evTerlihat && !k.cp
      ? queryRows<{ jenjang: Jenjang; bulan: number; nilai: string }>(ctx.db, sql`select jenjang, bulan, nilai from angka_kredit where evaluasi_id = ${evTerlihat.id}`)
      : Promise.resolve([]),
    row.ppk_pegawai_id === ctx.actor.pegawaiId
      ? queryRows<{ skp_id: string; nama: string; ditetapkan: boolean }>(
          ctx.db,
          sql`select s.id as skp_id, pg.nama,
                     exists (select 1 from evaluasi e where e.skp_id = s.id and e.jenis = ${cp ? "PERIODIK" : "TAHUNAN"}
                               and e.checkpoint_id is not distinct from ${cp?.id ?? null}::uuid and e.status <> 'DRAFT') as ditetapkan
                from skp s join pegawai pg on pg.id = s.pegawai_id
               where s.ppk_pegawai_id = ${ctx.actor.pegawaiId} and s.periode_id = ${row.periode_id} and s.status = 'DISETUJUI'
                 ${cp ? sql`and s.berlaku_mulai <= ${cp.selesai}::date and s.berlaku_selesai >= ${cp.mulai}::date` : sql``}
               order by pg.nama, s.berlaku_mulai`,
        )
      : Promise.resolve([]),
  ]);
  const saran = saranUntuk(k, isi);
  const masalahNilai = row.ppk_pegawai_id === ctx.actor.pegawaiId ? (can(ctx.actor, { aksi: "evaluasi.nilai", skp: f }) ? masalahPenilaian(k, ctx.today, false) : "SKP_BELUM_DISETUJUI") : null;
  const bolehNilai = can(ctx.actor, { aksi: "evaluasi.nilai", skp: f }) && masalahNilai === null;
  const idx = tim.findIndex((t) => t.skp_id === row.id);
  const tanggal = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
  const keberatanTerbuka = kb && TERBUKA.includes(kb.status);
  // credit points: recorded once final; before that, what the predikat would give (shown as provisional)
  let angka: HalamanEvaluasi["angkaKredit"] = null;
  if (ak) angka = { jenjang: ak.jenjang, bulan: ak.bulan, nilai: angkaAtauNull(ak.nilai)!, final: true };
  else if (!k.cp && evTerlihat?.predikat && info!.jenis_jabatan === "FUNGSIONAL" && info!.jenjang) {
    const bulan = bulanBerlaku(row.berlaku_mulai, row.berlaku_selesai);
    angka = { jenjang: info!.jenjang, bulan, nilai: hitungAngkaKredit({ predikat: evTerlihat.predikat, jenjang: info!.jenjang, bulan }, k.ruleSet), final: false };
  }
  return {
    skp: {
      id: row.id, pegawaiId: row.pegawai_id, namaPegawai: row.nama_pegawai, nip: info!.nip, jabatan: info!.jabatan, unit: info!.unit, ppkNama: info!.ppk_nama,
      atasanPpkNama: info!.atasan_nama, tahun: info!.tahun, berlakuMulai: row.berlaku_mulai, berlakuSelesai: row.berlaku_selesai,
    },
    checkpoint: k.cps.map((c) => ({ id: c.id, urutan: c.urutan, nama: c.nama, mulai: c.mulai, selesai: c.selesai })),
    terpilih: k.cp ? { id: k.cp.id, urutan: k.cp.urutan, nama: k.cp.nama, mulai: k.cp.mulai, selesai: k.cp.selesai } : null,
    evaluasi: evTerlihat
      ? {
          id: evTerlihat.id, status: evTerlihat.status, ratingHasil: evTerlihat.rating_hasil, alasanRatingHasil: evTerlihat.alasan_rating_hasil, ratingPerilaku: evTerlihat.rating_perilaku,
          predikat: evTerlihat.predikat, catatan: evTerlihat.catatan, ditetapkanAt: tanggal(evTerlihat.ditetapkan_at), diterimaAt: tanggal(evTerlihat.diterima_at),
          batasKeberatan: evTerlihat.batas_keberatan, finalAt: tanggal(evTerlihat.final_at), keadaan: keadaanPredikat({ status: evTerlihat.status, jenis: evTerlihat.jenis }), penilai: info!.penilai ?? "",
        }
      : null,
    umpanBalikRhk: Object.fromEntries(rincian.filter((r) => r.rhk_id && r.umpan_balik).map((r) => [r.rhk_id!, r.umpan_balik!])),
    umpanBalikPerilaku: Object.fromEntries(rincian.filter((r) => r.nilai_perilaku && r.umpan_balik).map((r) => [r.nilai_perilaku!, r.umpan_balik!])),
    saran: {
      rating: saran.rating, dariOrganisasi: saran.dariOrganisasi, predikatOrganisasi: saran.dariOrganisasi ? k.predikatOrganisasi : null,
      rataRata: saran.hitung?.rataRata ?? null, dinilai: saran.hitung?.dinilai ?? 0, terendah: saran.hitung?.terendah ?? null,
    },
    isi,
    keberatan: kb
      ? {
          id: kb.id, status: kb.status, alasan: kb.alasan, buktiTautan: kb.bukti_tautan, tanggapanPpk: kb.tanggapan_ppk, keputusan: kb.keputusan,
          predikatSebelum: kb.predikat_sebelum, predikatBaru: kb.predikat_baru, ratingHasilBaru: kb.rating_hasil_baru, ratingPerilakuBaru: kb.rating_perilaku_baru,
          atasanPpk: kb.atasan, diajukanAt: tanggal(kb.created_at)!, diputusAt: tanggal(kb.diputus_at),
        }
      : null,
    angkaKredit: angka,
    bolehNilai,
    masalahNilai,
    bolehTetapkan: bolehNilai && (!k.cp || k.cp.selesai < ctx.today),
    bolehTerima: sendiri && !!evTerlihat && evTerlihat.status !== "DRAFT" && !evTerlihat.diterima_at,
    bolehKeberatan: sendiri && !!evTerlihat && !k.cp && evTerlihat.status === "DITETAPKAN" && !!evTerlihat.batas_keberatan && ctx.today <= evTerlihat.batas_keberatan && !!row.atasan_ppk_pegawai_id && row.atasan_ppk_pegawai_id !== row.ppk_pegawai_id,
    bolehTanggapi: !!keberatanTerbuka && can(ctx.actor, { aksi: "keberatan.tanggapi", skp: f }),
    bolehPutuskan: !!keberatanTerbuka && can(ctx.actor, { aksi: "keberatan.putuskan", skp: f }),
    sebelumnya: idx > 0 ? { skpId: tim[idx - 1]!.skp_id, nama: tim[idx - 1]!.nama } : null,
    berikutnya: idx >= 0 && idx < tim.length - 1 ? { skpId: tim[idx + 1]!.skp_id, nama: tim[idx + 1]!.nama } : null,
    berikutnyaBelum: (() => {
      const b = idx < 0 ? undefined : [...tim.slice(idx + 1), ...tim.slice(0, idx)].find((x) => !x.ditetapkan);
      return b ? { skpId: b.skp_id, nama: b.nama } : null;
    })(),
  };
}

export interface EvaluasiSayaBaris {
  skpId: string;
  jenis: "PERIODIK" | "TAHUNAN";
  /** The checkpoint's number and name, null for the annual one. */
  checkpoint: { urutan: number; nama: string } | null;
  tahun: number;
  predikat: Predikat | null;
  keadaan: KeadaanPredikat;
  diterima: boolean;
  batasKeberatan: string | null;
}

/** The actor's own delivered evaluations, newest first (this period's and last year's annual). */
export async function evaluasiSaya(ctx: ServiceContext, batas = 6): Promise<EvaluasiSayaBaris[]> {
  const rows = await queryRows<{ skp_id: string; jenis: "PERIODIK" | "TAHUNAN"; urutan: number | null; nama: string | null; tahun: number; predikat: Predikat | null; status: StatusEvaluasi; diterima: boolean; batas_keberatan: string | null }>(
    ctx.db,
    sql`select e.skp_id, e.jenis, c.urutan, c.nama, pr.tahun, e.predikat, e.status, e.diterima_at is not null as diterima, e.batas_keberatan::text as batas_keberatan
          from evaluasi e join skp s on s.id = e.skp_id join periode pr on pr.id = s.periode_id left join checkpoint c on c.id = e.checkpoint_id
         where s.pegawai_id = ${ctx.actor.pegawaiId} and e.status <> 'DRAFT'
         order by e.ditetapkan_at desc nulls last limit ${batas}`,
  );
  return rows.map((r) => ({
    skpId: r.skp_id, jenis: r.jenis, checkpoint: r.urutan === null ? null : { urutan: r.urutan, nama: r.nama! }, tahun: r.tahun, predikat: r.predikat,
    keadaan: keadaanPredikat({ status: r.status, jenis: r.jenis }), diterima: r.diterima, batasKeberatan: r.batas_keberatan,
  }));
}
