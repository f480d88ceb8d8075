/**
 * The evaluation documents (spec §8) as data, and what they say, shared by the PDF
 * (evaluasi-pdf.tsx) and the HTML print view (components/evaluasi/evaluasi-dokumen.tsx) so the two
 * never drift:
 * - "Evaluasi kinerja pegawai" for a checkpoint (periodic) or the year: per RHK the target, the
 *   realisation based on evidence and the feedback, then the rating hasil kerja; per BerAKHLAK value
 *   the feedback, then the rating perilaku; the predikat.
 * - "Dokumen evaluasi kinerja pegawai" (annual only): pegawai, PPK and Atasan PPK, the organisation's
 *   result, the predikat, notes and recommendations, credit points for a functional position, and
 *   the signatures (the Atasan PPK's only where the pegawai objected).
 * Pure: no React, no database. Wording in Indonesian, as on the official forms.
 */
import {
  LABEL_JENJANG,
  LABEL_PREDIKAT,
  LABEL_PREDIKAT_ORGANISASI,
  LABEL_RATING,
  type AspekIki,
  type BentukSkp,
  type Jenjang,
  type JenisRhk,
  type NilaiBerakhlak,
  type Pendekatan,
  type Perspektif,
  type Predikat,
  type PredikatOrganisasi,
  type Rating,
} from "@/lib/domain/constants";
import type { KeadaanPredikat } from "@/lib/domain/evaluasi";
import type { OrangSkp } from "@/lib/domain/skp";
import type { StatusEvaluasi, StatusKeberatan } from "@/lib/domain/workflow";
import { tanggalPanjang, tempatDanTanggal } from "./skp-teks";

export interface IkiEvaluasiDokumen {
  id: string;
  aspek: AspekIki;
  indikator: string;
  /** As printed ("120–150 usulan", or the described criterion). */
  target: string;
  /** What was achieved, as printed: the value (and % of target) or the described result. */
  realisasi: string;
  /** The pegawai's description of a numeric realisation (empty when none or when it is the value itself). */
  uraian: string;
  /** Names of the evidence files and links. */
  bukti: string[];
}

export interface RhkEvaluasiDokumen {
  id: string;
  jenis: JenisRhk;
  urutan: number;
  uraian: string;
  perspektif: Perspektif | null;
  rhkAtasanUraian: string | null;
  /** The realisation summary kept when the evaluation was set, when it is not already shown per IKI. */
  ringkasan: string | null;
  /** The PPK's feedback on this RHK in the evaluation. */
  umpanBalik: string | null;
  iki: IkiEvaluasiDokumen[];
}

export interface PerilakuEvaluasiDokumen {
  nilai: NilaiBerakhlak;
  label: string;
  indikator: readonly string[];
  ekspektasi: string;
  umpanBalik: string | null;
}

export interface KeberatanDokumen {
  status: StatusKeberatan;
  alasan: string;
  predikatSebelum: Predikat;
  predikatBaru: Predikat | null;
  /** The Atasan PPK's decision and reasons. */
  keputusan: string | null;
  diajukanAt: string;
  diputusAt: string | null;
}

export interface EvaluasiDokumen {
  id: string;
  skpId: string;
  jenis: "PERIODIK" | "TAHUNAN";
  status: Exclude<StatusEvaluasi, "DRAFT">;
  keadaan: KeadaanPredikat;
  periode: { tahun: number; nama: string };
  /** The checkpoint judged; null for the annual evaluation. */
  checkpoint: { urutan: number; nama: string; mulai: string; selesai: string } | null;
  berlakuMulai: string;
  berlakuSelesai: string;
  pendekatan: Pendekatan;
  bentuk: BentukSkp;
  tempat: string;
  instansi: string;
  pegawai: OrangSkp;
  /** The PPK who set the evaluation. */
  ppk: OrangSkp | null;
  /** The Atasan PPK (the one who decided the objection, if there was one). */
  atasanPpk: OrangSkp | null;
  rhk: RhkEvaluasiDokumen[];
  perilaku: PerilakuEvaluasiDokumen[];
  ratingHasil: Rating | null;
  alasanRatingHasil: string | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  ditetapkanAt: string | null;
  batasKeberatan: string | null;
  finalAt: string | null;
  /** The organisation rating of the pegawai's unit (or the nearest unit above it that has one) for the period. */
  organisasi: { predikat: PredikatOrganisasi; unit: string; capaian: string | null } | null;
  /** The objection to this (annual) evaluation, if any (a withdrawn one is not counted). */
  keberatan: KeberatanDokumen | null;
  /** Credit points of a functional position (annual only): recorded once final, provisional before. */
  angkaKredit: { jenjang: Jenjang; bulan: number; nilai: number; final: boolean } | null;
  /** Development proposals made on this evaluation, as printed recommendations. */
  rekomendasi: string[];
}

// ---------------------------------------------------------------- titles and periods

const BENTUK_JUDUL: Readonly<Record<BentukSkp, string>> = {
  JPT: "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
  NON_JPT: "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
};

/** "EVALUASI KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUANTITATIF) BAGI PEJABAT ADMINISTRASI …". */
export function judulEvaluasi(doc: Pick<EvaluasiDokumen, "pendekatan" | "bentuk">): string {
  return `EVALUASI KINERJA PEGAWAI (PENDEKATAN HASIL KERJA ${doc.pendekatan}) BAGI ${BENTUK_JUDUL[doc.bentuk]}`;
}

export const JUDUL_DOKUMEN = "DOKUMEN EVALUASI KINERJA PEGAWAI";

/** "PERIODIK — OKTOBER 2026" or "AKHIR (TAHUNAN) 2026". */
export function labelPeriodeEvaluasi(doc: Pick<EvaluasiDokumen, "checkpoint" | "periode">): string {
  if (doc.checkpoint) {
    const nama = doc.checkpoint.nama.toUpperCase();
    return `PERIODIK — ${nama.includes(String(doc.periode.tahun)) ? nama : `${nama} ${doc.periode.tahun}`}`;
  }
  return `AKHIR (TAHUNAN) ${doc.periode.tahun}`;
}

/** The dates judged: the checkpoint within the SKP's validity, or the SKP's validity for the year. */
export function rentangPenilaian(doc: Pick<EvaluasiDokumen, "checkpoint" | "berlakuMulai" | "berlakuSelesai">): string {
  const mulai = doc.checkpoint && doc.checkpoint.mulai > doc.berlakuMulai ? doc.checkpoint.mulai : doc.berlakuMulai;
  const selesai = doc.checkpoint && doc.checkpoint.selesai < doc.berlakuSelesai ? doc.checkpoint.selesai : doc.berlakuSelesai;
  return `${tanggalPanjang(mulai)} s.d. ${tanggalPanjang(selesai)}`;
}

// ---------------------------------------------------------------- ratings and predikat

export const labelRating = (r: Rating | null) => (r ? LABEL_RATING[r].toUpperCase() : "—");
export const labelPredikat = (p: Predikat | null) => (p ? LABEL_PREDIKAT[p].toUpperCase() : "—");

/** "BAIK — Dinas Komunikasi dan Informatika", or "Belum ditetapkan". */
export function capaianOrganisasi(doc: Pick<EvaluasiDokumen, "organisasi">): string {
  return doc.organisasi ? `${LABEL_PREDIKAT_ORGANISASI[doc.organisasi.predikat].toUpperCase()} — ${doc.organisasi.unit}` : "Belum ditetapkan";
}

/**
 * What the reader must know about the predikat: decided on an objection (changed or upheld), still
 * under objection, or still within the objection window. Null when there is nothing to add.
 */
export function catatanPredikat(doc: Pick<EvaluasiDokumen, "jenis" | "status" | "keberatan" | "batasKeberatan" | "predikat">): string | null {
  const kb = doc.keberatan;
  if (kb) {
    const diputus = kb.diputusAt ? ` pada ${tanggalPanjang(kb.diputusAt)}` : "";
    if (kb.status === "DIKABULKAN" && kb.predikatBaru)
      return `Predikat kinerja diubah dari ${LABEL_PREDIKAT[kb.predikatSebelum]} menjadi ${LABEL_PREDIKAT[kb.predikatBaru]} berdasarkan keputusan Atasan Pejabat Penilai Kinerja atas keberatan pegawai${diputus}.${kb.keputusan ? ` Keputusan: ${kb.keputusan}` : ""}`;
    if (kb.status === "DITOLAK")
      return `Keberatan pegawai ditolak oleh Atasan Pejabat Penilai Kinerja${diputus}; predikat kinerja tetap ${LABEL_PREDIKAT[kb.predikatSebelum]}.${kb.keputusan ? ` Keputusan: ${kb.keputusan}` : ""}`;
    if (kb.status === "DIAJUKAN" || kb.status === "DIPERIKSA")
      return `Pegawai mengajukan keberatan pada ${tanggalPanjang(kb.diajukanAt)}; predikat kinerja belum final sampai Atasan Pejabat Penilai Kinerja memutuskan.`;
  }
  if (doc.jenis === "TAHUNAN" && doc.status === "DITETAPKAN")
    return `Predikat kinerja belum final: keberatan dapat diajukan${doc.batasKeberatan ? ` paling lambat ${tanggalPanjang(doc.batasKeberatan)}` : ""}.`;
  return null;
}

/** The Atasan PPK signs the annual document only where the pegawai objected. */
export const adaKeberatan = (doc: Pick<EvaluasiDokumen, "keberatan">) => doc.keberatan !== null;

/** "25,00 (Ahli Muda, 12 bulan, predikat Baik)"; "(sementara)" until the predikat is final. */
export function barisAngkaKredit(doc: Pick<EvaluasiDokumen, "angkaKredit" | "predikat">): string | null {
  const ak = doc.angkaKredit;
  if (!ak) return null;
  const nilai = ak.nilai.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const predikat = doc.predikat ? `, predikat ${LABEL_PREDIKAT[doc.predikat]}` : "";
  return `${nilai} (${LABEL_JENJANG[ak.jenjang]}, ${ak.bulan} bulan${predikat})${ak.final ? "" : " — sementara, menunggu predikat final"}`;
}

/** The notes and recommendations, one paragraph each; a dash when there are none. */
export function catatanRekomendasi(doc: Pick<EvaluasiDokumen, "catatan" | "rekomendasi">): string[] {
  const out = [doc.catatan?.trim() ?? "", ...doc.rekomendasi.map((r) => r.trim())].filter((x) => x !== "");
  return out.length ? out : ["—"];
}

/** "Kota Helvetia, 5 November 2026": the day the evaluation was set. */
export function tempatTanggalEvaluasi(doc: Pick<EvaluasiDokumen, "tempat" | "ditetapkanAt">): string {
  return tempatDanTanggal(doc.tempat, doc.ditetapkanAt);
}

/** The Atasan PPK's date: when the objection was decided (blank while it is open). */
export function tempatTanggalKeputusan(doc: Pick<EvaluasiDokumen, "tempat" | "keberatan">): string {
  return tempatDanTanggal(doc.tempat, doc.keberatan?.diputusAt ?? null);
}

/** The realisation cell's lines: the value, the description, then the evidence one per line. */
export function teksRealisasi(iki: Pick<IkiEvaluasiDokumen, "realisasi" | "uraian" | "bukti">): string[] {
  return [iki.realisasi || "—", ...(iki.uraian ? [iki.uraian] : []), ...(iki.bukti.length ? ["Bukti dukung:", ...iki.bukti.map((b) => `- ${b}`)] : [])];
}

/** "Evaluasi kinerja Oktober 2026" / "Evaluasi kinerja tahunan 2026", for footers and titles. */
export function namaEvaluasi(doc: Pick<EvaluasiDokumen, "checkpoint" | "periode">): string {
  if (!doc.checkpoint) return `Evaluasi kinerja tahunan ${doc.periode.tahun}`;
  const nama = doc.checkpoint.nama;
  return `Evaluasi kinerja ${nama.includes(String(doc.periode.tahun)) ? nama : `${nama} ${doc.periode.tahun}`}`;
}

/** File name of the PDF: "Evaluasi-2026-10-<NIP>.pdf" / "Evaluasi-2025-Tahunan-<NIP>.pdf". */
export function namaBerkasEvaluasi(doc: Pick<EvaluasiDokumen, "periode" | "checkpoint" | "pegawai">): string {
  const bagian = doc.checkpoint ? String(doc.checkpoint.urutan).padStart(2, "0") : "Tahunan";
  return `Evaluasi-${doc.periode.tahun}-${bagian}-${doc.pegawai.nip}.pdf`;
}
