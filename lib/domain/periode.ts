/**
 * The annual period and its checkpoints (spec §2): 1 January – 31 December by default, monthly
 * checkpoints (quarterly allowed), SKP set by 31 January, annual evaluation due 10 January next year.
 * A checkpoint's evaluation is due on the 5th day after it ends.
 */
import { addDays, daysInMonth, formatIsoDate } from "./tanggal";

export const JENIS_CHECKPOINT = ["BULANAN", "TRIWULANAN"] as const;
export type JenisCheckpoint = (typeof JENIS_CHECKPOINT)[number];

export const NAMA_BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

export interface CheckpointRencana {
  urutan: number;
  nama: string;
  mulai: string;
  selesai: string;
  batasEvaluasi: string;
}

export interface PeriodeRencana {
  tahun: number;
  nama: string;
  mulai: string;
  selesai: string;
  batasPenetapanSkp: string;
  batasEvaluasiTahunan: string;
  checkpoint: CheckpointRencana[];
}

export const HARI_BATAS_EVALUASI_CHECKPOINT = 5;

export function rencanaPeriode(tahun: number, jenis: JenisCheckpoint = "BULANAN"): PeriodeRencana {
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) throw new RangeError(`tahun tidak valid: ${tahun}`);
  const step = jenis === "BULANAN" ? 1 : 3;
  const checkpoint: CheckpointRencana[] = [];
  for (let bulan = 1, urutan = 1; bulan <= 12; bulan += step, urutan++) {
    const akhir = bulan + step - 1;
    const selesai = formatIsoDate(tahun, akhir, daysInMonth(tahun, akhir));
    checkpoint.push({
      urutan,
      nama: jenis === "BULANAN" ? `${NAMA_BULAN[bulan - 1]} ${tahun}` : `Triwulan ${["I", "II", "III", "IV"][urutan - 1]} ${tahun}`,
      mulai: formatIsoDate(tahun, bulan, 1),
      selesai,
      batasEvaluasi: addDays(selesai, HARI_BATAS_EVALUASI_CHECKPOINT),
    });
  }
  return {
    tahun,
    nama: `Periode Kinerja ${tahun}`,
    mulai: formatIsoDate(tahun, 1, 1),
    selesai: formatIsoDate(tahun, 12, 31),
    batasPenetapanSkp: formatIsoDate(tahun, 1, 31),
    batasEvaluasiTahunan: formatIsoDate(tahun + 1, 1, 10),
    checkpoint,
  };
}
