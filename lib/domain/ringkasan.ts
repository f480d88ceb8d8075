/**
 * Pure pieces of the unit summary (lib/services/ringkasan-unit.ts): the filters as they travel in a
 * URL, shares as whole percentages, the SKP deadline count, the state of the annual predikat.
 */
import { GOLONGAN_PNS, GOLONGAN_PPPK, JENIS_JABATAN, type JenisJabatan } from "./constants";
import type { KeadaanPredikat } from "./evaluasi";

export interface FilterRingkasan {
  jenisJabatan: JenisJabatan | null;
  golongan: string | null;
}

export const TANPA_FILTER: FilterRingkasan = { jenisJabatan: null, golongan: null };

/** Every golongan a pegawai can have (PNS/CPNS ruang first, then PPPK), for the filter's choices. */
export const SEMUA_GOLONGAN: readonly string[] = [...GOLONGAN_PNS.map((g) => g.golongan), ...GOLONGAN_PPPK];

export const isJenisJabatan = (v: unknown): v is JenisJabatan => typeof v === "string" && (JENIS_JABATAN as readonly string[]).includes(v);
export const isGolongan = (v: unknown): v is string => typeof v === "string" && SEMUA_GOLONGAN.includes(v);

/** The filters from a URL's parameters (`jenis`, `golongan`); anything unknown is dropped, never an error. */
export function filterDariParam(param: { jenis?: string | string[] | null; golongan?: string | string[] | null }): FilterRingkasan {
  const satu = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  const jenis = satu(param.jenis);
  const golongan = satu(param.golongan);
  return { jenisJabatan: isJenisJabatan(jenis) ? jenis : null, golongan: isGolongan(golongan) ? golongan : null };
}

/** The query string of a summary (unit and filters), for drill-down links and exports: "unit=…&jenis=…&golongan=…". */
export function paramRingkasan(unitId: string | null, filter: FilterRingkasan): string {
  const q = new URLSearchParams();
  if (unitId) q.set("unit", unitId);
  if (filter.jenisJabatan) q.set("jenis", filter.jenisJabatan);
  if (filter.golongan) q.set("golongan", filter.golongan);
  return q.toString();
}

/** A key part for caches: the filters in a fixed order. */
export const kunciFilter = (f: FilterRingkasan) => `${f.jenisJabatan ?? "*"}|${f.golongan ?? "*"}`;

/** `bagian` of `dari` as a whole percentage (half up); null when there is nothing to count. */
export function persen(bagian: number, dari: number): number | null {
  if (!(dari > 0)) return null;
  return Math.round((bagian * 100) / dari);
}

/**
 * How many pegawai had no approved SKP when the deadline for setting SKPs passed: zero while the
 * deadline is still ahead (today is the last day), otherwise everyone counted whose SKP is not approved.
 */
export function belumDisetujuiLewatBatas(input: { pegawai: number; disetujui: number; batas: string | null; today: string }): number {
  if (!input.batas || input.today <= input.batas) return 0;
  return Math.max(0, input.pegawai - input.disetujui);
}

export type KeadaanDinilai = Exclude<KeadaanPredikat, "BELUM_ADA">;
export const KEADAAN_DINILAI: readonly KeadaanDinilai[] = ["FINAL", "MASA_KEBERATAN", "DALAM_KEBERATAN"];
export const kosongKeadaan = (): Record<KeadaanDinilai, number> => ({ FINAL: 0, MASA_KEBERATAN: 0, DALAM_KEBERATAN: 0 });
