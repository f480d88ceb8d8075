/**
 * Carrying out the SKP (spec §4): realisations per IKI per checkpoint, progress against the target,
 * who is behind, deadline reminders and the rules for evidence files. Pure: no framework, no database.
 *
 * A kuantitatif realisation is the cumulative achievement as of its checkpoint (for a rate such as
 * "%" or "indeks" it is the level reached), so the progress of an IKI is the value of the latest
 * checkpoint that has one. A range target (min–max) is reached at its minimum.
 */
import { addDays } from "./tanggal";

/** Satuan that measure a level (a rate, an index), not a count that grows through the year. */
export const SATUAN_TINGKAT: ReadonlySet<string> = new Set(["%", "persen", "nilai", "indeks", "level", "skor"]);

export const isSatuanTingkat = (satuan: string | null | undefined): boolean =>
  satuan !== null && satuan !== undefined && SATUAN_TINGKAT.has(satuan.trim().toLowerCase());

export interface TitikRealisasi {
  /** The checkpoint's order in the period (1 = January or Triwulan I). */
  urutan: number;
  nilai: number | null;
}

/** The IKI's achievement so far: the value of the latest checkpoint that has one, or null. */
export function capaianIki(titik: readonly TitikRealisasi[]): number | null {
  let best: TitikRealisasi | null = null;
  for (const t of titik) if (t.nilai !== null && Number.isFinite(t.nilai) && (!best || t.urutan > best.urutan)) best = t;
  return best ? best.nilai : null;
}

/** Replaces (or adds) one checkpoint's value in a series, as a realisation being recorded would. */
export function denganTitik(titik: readonly TitikRealisasi[], baru: TitikRealisasi): TitikRealisasi[] {
  return [...titik.filter((t) => t.urutan !== baru.urutan), baru].sort((a, b) => a.urutan - b.urutan);
}

/** Achievement as a whole percentage of the target (not capped: 120 means 20% over). */
export function persenCapaian(capaian: number | null, targetMin: number | null): number | null {
  if (capaian === null || targetMin === null || !(targetMin > 0)) return null;
  return Math.round((capaian / targetMin) * 100);
}

export function targetTercapai(capaian: number | null, targetMin: number | null): boolean {
  return capaian !== null && targetMin !== null && capaian >= targetMin;
}

/**
 * Whether recording `sesudah` brings the IKI to its target: reached now and not before. Fired once per
 * IKI and checkpoint (the service keys the notification), so editing the same value again is silent.
 */
export function baruMencapaiTarget(sebelum: number | null, sesudah: number | null, targetMin: number | null): boolean {
  return targetTercapai(sesudah, targetMin) && !targetTercapai(sebelum, targetMin);
}

/** Share of the SKP's time gone by on `tanggal`, 0..1 (both ends inclusive, by days). */
export function fraksiWaktu(mulai: string, selesai: string, tanggal: string): number {
  if (tanggal < mulai) return 0;
  if (tanggal >= selesai) return 1;
  const hari = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
  return (hari(mulai, tanggal) + 1) / (hari(mulai, selesai) + 1);
}

export type Kemajuan = "TERCAPAI" | "SESUAI_JADWAL" | "TERTINGGAL" | "BELUM_ADA" | "KUALITATIF";

/** How far below the expected share of the target still counts as on schedule (10 percentage points). */
export const TOLERANSI_JADWAL = 0.1;

/**
 * Where an IKI stands: reached; on schedule; behind (a count below the share of the target the time
 * gone by asks for, less the tolerance; a rate below its target less the tolerance); nothing recorded
 * yet; or kualitatif (judged by the PPK, not by numbers).
 */
export function kemajuanIki(input: { capaian: number | null; targetMin: number | null; satuan: string | null; fraksiWaktu: number }): Kemajuan {
  const { capaian, targetMin, satuan } = input;
  if (targetMin === null) return "KUALITATIF";
  if (capaian === null) return "BELUM_ADA";
  if (capaian >= targetMin) return "TERCAPAI";
  const diharapkan = isSatuanTingkat(satuan) ? 1 : input.fraksiWaktu;
  // the epsilon keeps an exact edge (0.8 − 0.1 is 0.7000000000000001 in floating point) on schedule
  return capaian / targetMin >= diharapkan - TOLERANSI_JADWAL - 1e-9 ? "SESUAI_JADWAL" : "TERTINGGAL";
}

export interface CheckpointWaktu {
  id: string;
  urutan: number;
  mulai: string;
  selesai: string;
}

/** The checkpoint `tanggal` falls in; before the first, the first; after the last, the last. */
export function checkpointPada<C extends CheckpointWaktu>(checkpoint: readonly C[], tanggal: string): C | null {
  const urut = [...checkpoint].sort((a, b) => a.urutan - b.urutan);
  return urut.find((c) => c.mulai <= tanggal && tanggal <= c.selesai) ?? (urut[0] && tanggal < urut[0].mulai ? urut[0] : urut.at(-1)) ?? null;
}

/** Reminders go out this many days before a checkpoint closes. */
export const HARI_PENGINGAT: readonly number[] = [7, 1];

/** Checkpoints closing exactly `hari` days after `tanggal`, for each reminder day. */
export function pengingatJatuhTempo<C extends CheckpointWaktu>(
  checkpoint: readonly C[],
  tanggal: string,
  hari: readonly number[] = HARI_PENGINGAT,
): Array<{ checkpoint: C; hari: number }> {
  const out: Array<{ checkpoint: C; hari: number }> = [];
  for (const h of hari) for (const c of checkpoint) if (addDays(tanggal, h) === c.selesai) out.push({ checkpoint: c, hari: h });
  return out;
}

// ---------------------------------------------------------------- evidence files

/** Largest evidence file accepted, in bytes (10 MiB). */
export const BATAS_UKURAN_BUKTI = 10 * 1024 * 1024;

/** Evidence file kinds accepted, by the MIME type sniffed from the content, with a short label. */
export const JENIS_BERKAS_BUKTI: Readonly<Record<string, string>> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/x-cfb": "Office 97–2003",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "application/vnd.oasis.opendocument.presentation": "ODP",
};

export const isJenisBerkasBukti = (mime: string): boolean => Object.hasOwn(JENIS_BERKAS_BUKTI, mime);

export type MasalahBerkas = "BERKAS_KOSONG" | "BERKAS_TERLALU_BESAR" | "BERKAS_JENIS_DITOLAK";

/** What is wrong with an uploaded file, judged by its size and its sniffed type (null when unknown). */
export function periksaBerkas(ukuran: number, mimeTerdeteksi: string | null): MasalahBerkas | null {
  if (ukuran <= 0) return "BERKAS_KOSONG";
  if (ukuran > BATAS_UKURAN_BUKTI) return "BERKAS_TERLALU_BESAR";
  if (!mimeTerdeteksi || !isJenisBerkasBukti(mimeTerdeteksi)) return "BERKAS_JENIS_DITOLAK";
  return null;
}
