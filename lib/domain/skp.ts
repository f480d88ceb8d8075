/**
 * The SKP as one document: the shape every reader shares (the page, the print view, the PDF and
 * the frozen copy in skp_versi), what must hold before it can be submitted, and what changed
 * between two versions. Pure: no database, no framework.
 */
import {
  BERAKHLAK_INDIKATOR,
  NILAI_BERAKHLAK,
  type AspekIki,
  type BentukSkp,
  type JenisJabatan,
  type JenisRhk,
  type NilaiBerakhlak,
  type Pendekatan,
  type Perspektif,
} from "./constants";
import type { StatusSkp } from "./workflow";

export const BAGIAN_LAMPIRAN = ["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"] as const;
export type BagianLampiran = (typeof BAGIAN_LAMPIRAN)[number];

export const LABEL_BAGIAN_LAMPIRAN: Readonly<Record<BagianLampiran, string>> = {
  DUKUNGAN_SUMBER_DAYA: "Dukungan Sumber Daya",
  SKEMA_PERTANGGUNGJAWABAN: "Skema Pertanggungjawaban",
  KONSEKUENSI: "Konsekuensi",
};

/** A signatory block: name, NIP, pangkat/golongan, jabatan and unit. */
export interface OrangSkp {
  id: string;
  /** Name with academic titles, as printed. */
  nama: string;
  nip: string;
  pangkat: string | null;
  golongan: string;
  jabatan: string;
  unit: string;
}

export interface IkiDokumen {
  id: string;
  urutan: number;
  aspek: AspekIki;
  indikator: string;
  targetMin: number | null;
  targetMax: number | null;
  satuan: string | null;
  targetKualitatif: string | null;
}

export interface RhkDokumen {
  id: string;
  jenis: JenisRhk;
  urutan: number;
  uraian: string;
  perspektif: Perspektif | null;
  rhkAtasanId: string | null;
  /** The supervisor's RHK this one supports, as text (null when not linked). */
  rhkAtasanUraian: string | null;
  iki: IkiDokumen[];
}

export interface PerilakuDokumen {
  nilai: NilaiBerakhlak;
  label: string;
  indikator: readonly string[];
  ekspektasi: string;
}

export interface SkpDokumen {
  id: string;
  periode: { tahun: number; nama: string };
  status: StatusSkp;
  /** Version number: 1 for the first plan, +1 for each change after approval. */
  versi: number;
  pendekatan: Pendekatan;
  bentuk: BentukSkp;
  berlakuMulai: string;
  berlakuSelesai: string;
  disetujuiAt: string | null;
  /** Where the document is signed (the instansi's city), e.g. "Kota Helvetia". */
  tempat: string;
  instansi: string;
  pegawai: OrangSkp;
  ppk: OrangSkp | null;
  rhk: RhkDokumen[];
  perilaku: PerilakuDokumen[];
  lampiran: Record<BagianLampiran, string[]>;
}

/** "SKP pendekatan kuantitatif — bentuk JPT" etc., as the document title. */
export function judulSkp(pendekatan: Pendekatan, bentuk: BentukSkp): string {
  const p = pendekatan === "KUANTITATIF" ? "KUANTITATIF" : "KUALITATIF";
  const b = bentuk === "JPT" ? "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" : "PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";
  return `SASARAN KINERJA PEGAWAI (PENDEKATAN HASIL KERJA ${p}) BAGI ${b}`;
}

/** The form follows the jabatan: JPT holders use the JPT form with perspektif. */
export function bentukUntuk(jenisJabatan: JenisJabatan): BentukSkp {
  return jenisJabatan === "JPT" ? "JPT" : "NON_JPT";
}

/** Indonesian notation for integers and decimals alike: "1.500", "12,5" (mixing "1500" and "1.500,5" in one range misreads). */
const angka = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });

/** A value with its unit as printed: "1.960 rekaman", "84,66 %"; "—" when there is none. */
export function formatNilai(nilai: number | null, satuan: string | null): string {
  return nilai === null ? "—" : `${angka(nilai)} ${satuan ?? ""}`.trim();
}

/** The target as printed: "12 dokumen", "90–100 %", or the described criterion. */
export function formatTarget(iki: Pick<IkiDokumen, "targetMin" | "targetMax" | "satuan" | "targetKualitatif">): string {
  if (iki.targetMin === null) return iki.targetKualitatif ?? "";
  const range = iki.targetMax !== null && iki.targetMax !== iki.targetMin ? `${angka(iki.targetMin)}–${angka(iki.targetMax)}` : angka(iki.targetMin);
  return `${range} ${iki.satuan ?? ""}`.trim();
}

/** The seven values with their official indicators and the given expectations. */
export function perilakuDenganEkspektasi(ekspektasi: Partial<Record<NilaiBerakhlak, string>>): PerilakuDokumen[] {
  return NILAI_BERAKHLAK.map((nilai) => ({
    nilai,
    label: BERAKHLAK_INDIKATOR[nilai].label,
    indikator: BERAKHLAK_INDIKATOR[nilai].indikator,
    ekspektasi: ekspektasi[nilai] ?? "",
  }));
}

// ---------------------------------------------------------------- submission rules

export type SyaratPengajuan =
  | { kode: "TANPA_RHK_UTAMA" }
  | { kode: "RHK_TANPA_IKI"; rhkId: string }
  | { kode: "RHK_TANPA_INTERVENSI"; rhkId: string }
  | { kode: "RHK_TANPA_PERSPEKTIF"; rhkId: string }
  | { kode: "IKI_TANPA_TARGET"; ikiId: string };

export interface SkpUntukDiperiksa {
  bentuk: BentukSkp;
  pendekatan: Pendekatan;
  rhk: ReadonlyArray<{
    id: string;
    jenis: JenisRhk;
    rhkAtasanId: string | null;
    perspektif: Perspektif | null;
    iki: ReadonlyArray<{ id: string; targetMin: number | null; targetKualitatif: string | null }>;
  }>;
}

/**
 * What still stands between a draft and submission. Drafting accepts an open cascade link (the
 * supervisor may not have written their RHK yet); submission does not.
 */
export function syaratPengajuan(skp: SkpUntukDiperiksa): SyaratPengajuan[] {
  const out: SyaratPengajuan[] = [];
  if (!skp.rhk.some((r) => r.jenis === "UTAMA")) out.push({ kode: "TANPA_RHK_UTAMA" });
  for (const r of skp.rhk) {
    if (r.iki.length === 0) out.push({ kode: "RHK_TANPA_IKI", rhkId: r.id });
    if (r.jenis === "UTAMA" && skp.bentuk === "NON_JPT" && !r.rhkAtasanId) out.push({ kode: "RHK_TANPA_INTERVENSI", rhkId: r.id });
    if (skp.bentuk === "JPT" && !r.perspektif) out.push({ kode: "RHK_TANPA_PERSPEKTIF", rhkId: r.id });
    for (const k of r.iki) {
      const ada = skp.pendekatan === "KUANTITATIF" ? k.targetMin !== null : Boolean(k.targetKualitatif?.trim());
      if (!ada) out.push({ kode: "IKI_TANPA_TARGET", ikiId: k.id });
    }
  }
  return out;
}

// ---------------------------------------------------------------- differences between versions

export type PerubahanSkp =
  | { jenis: "RHK_DITAMBAH"; rhk: string }
  | { jenis: "RHK_DIHAPUS"; rhk: string }
  | { jenis: "RHK_DIUBAH"; rhk: string; kolom: "uraian" | "jenis" | "perspektif" | "rhkAtasan"; sebelum: string; sesudah: string }
  | { jenis: "IKI_DITAMBAH"; rhk: string; iki: string }
  | { jenis: "IKI_DIHAPUS"; rhk: string; iki: string }
  | { jenis: "IKI_DIUBAH"; rhk: string; iki: string; kolom: "indikator" | "aspek" | "target"; sebelum: string; sesudah: string }
  | { jenis: "EKSPEKTASI_DIUBAH"; nilai: NilaiBerakhlak; sebelum: string; sesudah: string }
  | { jenis: "LAMPIRAN_DIUBAH"; bagian: BagianLampiran; sebelum: string; sesudah: string }
  | { jenis: "PENDEKATAN_DIUBAH"; sebelum: string; sesudah: string };

type Bandingan = Pick<SkpDokumen, "pendekatan" | "rhk" | "perilaku" | "lampiran">;

/**
 * What changed from `lama` to `baru`. RHK and IKI are matched by id (ids survive a new version),
 * so an edited RHK reads as edited, not as removed and added.
 */
export function bandingkanSkp(lama: Bandingan, baru: Bandingan): PerubahanSkp[] {
  const out: PerubahanSkp[] = [];
  if (lama.pendekatan !== baru.pendekatan) out.push({ jenis: "PENDEKATAN_DIUBAH", sebelum: lama.pendekatan, sesudah: baru.pendekatan });
  const lamaRhk = new Map(lama.rhk.map((r) => [r.id, r]));
  const baruIds = new Set(baru.rhk.map((r) => r.id));
  for (const r of baru.rhk) {
    const l = lamaRhk.get(r.id);
    if (!l) {
      out.push({ jenis: "RHK_DITAMBAH", rhk: r.uraian });
      continue;
    }
    const ubah = (kolom: "uraian" | "jenis" | "perspektif" | "rhkAtasan", a: string | null, b: string | null) => {
      if ((a ?? "") !== (b ?? "")) out.push({ jenis: "RHK_DIUBAH", rhk: r.uraian, kolom, sebelum: a ?? "", sesudah: b ?? "" });
    };
    ubah("uraian", l.uraian, r.uraian);
    ubah("jenis", l.jenis, r.jenis);
    ubah("perspektif", l.perspektif, r.perspektif);
    ubah("rhkAtasan", l.rhkAtasanUraian, r.rhkAtasanUraian);
    const lamaIki = new Map(l.iki.map((k) => [k.id, k]));
    const baruIki = new Set(r.iki.map((k) => k.id));
    for (const k of r.iki) {
      const lk = lamaIki.get(k.id);
      if (!lk) {
        out.push({ jenis: "IKI_DITAMBAH", rhk: r.uraian, iki: k.indikator });
        continue;
      }
      const ubahIki = (kolom: "indikator" | "aspek" | "target", a: string, b: string) => {
        if (a !== b) out.push({ jenis: "IKI_DIUBAH", rhk: r.uraian, iki: k.indikator, kolom, sebelum: a, sesudah: b });
      };
      ubahIki("indikator", lk.indikator, k.indikator);
      ubahIki("aspek", lk.aspek, k.aspek);
      ubahIki("target", formatTarget(lk), formatTarget(k));
    }
    for (const lk of l.iki) if (!baruIki.has(lk.id)) out.push({ jenis: "IKI_DIHAPUS", rhk: r.uraian, iki: lk.indikator });
  }
  for (const l of lama.rhk) if (!baruIds.has(l.id)) out.push({ jenis: "RHK_DIHAPUS", rhk: l.uraian });
  const lamaEksp = new Map(lama.perilaku.map((p) => [p.nilai, p.ekspektasi]));
  for (const p of baru.perilaku) {
    const sebelum = lamaEksp.get(p.nilai) ?? "";
    if (sebelum !== p.ekspektasi) out.push({ jenis: "EKSPEKTASI_DIUBAH", nilai: p.nilai, sebelum, sesudah: p.ekspektasi });
  }
  for (const bagian of BAGIAN_LAMPIRAN) {
    const a = (lama.lampiran[bagian] ?? []).join("\n");
    const b = (baru.lampiran[bagian] ?? []).join("\n");
    if (a !== b) out.push({ jenis: "LAMPIRAN_DIUBAH", bagian, sebelum: a, sesudah: b });
  }
  return out;
}
