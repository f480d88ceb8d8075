/**
 * What the printed SKP says, shared by the PDF (skp-pdf.tsx) and the HTML view
 * (components/skp-dokumen.tsx) so the two never drift: dates in Indonesian long form, the
 * identity rows, and the RHK grouped as "A. Utama" / "B. Tambahan". Pure: no React, no database.
 */
import type { JenisRhk } from "@/lib/domain/constants";
import { formatNip } from "@/lib/domain/nip";
import type { OrangSkp, RhkDokumen, SkpDokumen } from "@/lib/domain/skp";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** Offset of WIB (UTC+7), used when a timestamp rather than a calendar date is printed. */
const WIB_MS = 7 * 60 * 60 * 1000;

/**
 * "2026-01-01" → "1 Januari 2026". A full timestamp ("2026-01-15T03:00:00.000Z", as
 * `disetujuiAt` comes from a timestamptz column) is printed as its calendar date in WIB.
 * Anything unreadable is returned unchanged rather than printed as "NaN".
 */
export function tanggalPanjang(iso: string): string {
  const hanyaTanggal = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const t = hanyaTanggal ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso) + WIB_MS;
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "1 Januari 2026 s.d. 31 Desember 2026". */
export function periodeBerlaku(doc: Pick<SkpDokumen, "berlakuMulai" | "berlakuSelesai">): string {
  return `${tanggalPanjang(doc.berlakuMulai)} s.d. ${tanggalPanjang(doc.berlakuSelesai)}`;
}

/** "Penata Muda (III/a)", or just the golongan when there is no pangkat (PPPK). */
export function pangkatGolongan(o: Pick<OrangSkp, "pangkat" | "golongan">): string {
  return o.pangkat ? `${o.pangkat} (${o.golongan})` : o.golongan;
}

/** The five numbered identity rows; every value "—" when there is no person (no PPK yet). */
export function barisIdentitas(o: OrangSkp | null): ReadonlyArray<readonly [label: string, nilai: string]> {
  return [
    ["NAMA", o ? o.nama : "—"],
    ["NIP", o ? formatNip(o.nip) : "—"],
    ["PANGKAT/GOL. RUANG", o ? pangkatGolongan(o) : "—"],
    ["JABATAN", o ? o.jabatan : "—"],
    ["UNIT KERJA", o ? o.unit : "—"],
  ];
}

export interface KelompokRhk<R = RhkDokumen> {
  jenis: JenisRhk;
  judul: string;
  /** In document order (by `urutan`); numbered 1..n within the group when printed. */
  rhk: R[];
}

/** "A. Utama" then "B. Tambahan", each in `urutan` order (either may be empty): of an SKP or an evaluation. */
export function kelompokRhk<R extends Pick<RhkDokumen, "jenis" | "urutan">>(rhk: readonly R[]): KelompokRhk<R>[] {
  const dari = (jenis: JenisRhk) => rhk.filter((r) => r.jenis === jenis).sort((a, b) => a.urutan - b.urutan);
  return [
    { jenis: "UTAMA", judul: "A. Utama", rhk: dari("UTAMA") },
    { jenis: "TAMBAHAN", judul: "B. Tambahan", rhk: dari("TAMBAHAN") },
  ];
}

/** The IKI of one RHK in `urutan` order. */
export function ikiUrut(rhk: RhkDokumen): RhkDokumen["iki"] {
  return [...rhk.iki].sort((a, b) => a.urutan - b.urutan);
}

export const TANDA_KONSEP = "KONSEP — belum disetujui";

/** "Kota Helvetia, 15 Januari 2026", or a blank line for the date to fill in by hand. */
export function tempatDanTanggal(tempat: string, iso: string | null): string {
  return `${tempat}, ${iso ? tanggalPanjang(iso) : ".................."}`;
}

/** The PPK's place and date: the day of approval, blank before. */
export function tempatTanggal(doc: Pick<SkpDokumen, "tempat" | "disetujuiAt">): string {
  return tempatDanTanggal(doc.tempat, doc.disetujuiAt);
}
