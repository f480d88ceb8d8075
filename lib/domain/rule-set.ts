/**
 * The dated rule set ("regulasi"). Every evaluation records the rule set it was judged under, so a
 * later regulation is added as a new entry with a later `berlakuMulai` instead of rewriting history.
 * An instance administrator may override the configurable values; overrides are stored as JSON and
 * merged onto a base with `mergeRuleSet`, which validates them.
 */
import {
  JENJANG,
  PREDIKAT,
  PREDIKAT_ORGANISASI,
  RATING,
  type Jenjang,
  type Predikat,
  type PredikatOrganisasi,
  type Rating,
} from "./constants";
import { isIsoDate } from "./tanggal";

/**
 * One rule of the distribution curve (kurva distribusi). Counts of the listed predikat are summed.
 * - MAX: their share is at most `persen` % of the unit's rated employees.
 * - MIN: their share is at least `persen` %.
 * - MIN_SATU: at least one employee has one of them (a headcount rule, not a percentage).
 * - TIDAK_ADA: nobody has any of them (absolute; binding whatever the unit size).
 */
export type KurvaRule =
  | { kind: "MAX" | "MIN"; predikat: Predikat[]; persen: number }
  | { kind: "MIN_SATU" | "TIDAK_ADA"; predikat: Predikat[] };
export type KurvaRuleKind = KurvaRule["kind"];
export const KURVA_RULE_KIND = ["MAX", "MIN", "MIN_SATU", "TIDAK_ADA"] as const satisfies readonly KurvaRuleKind[];

export const JENIS_HARI = ["KALENDER", "KERJA"] as const;
export type JenisHari = (typeof JENIS_HARI)[number];

/** WARN only, or refuse a predikat set against the curve unless a written justification is given. */
export const KEBIJAKAN_KURVA = ["PERINGATAN", "BLOKIR_KECUALI_JUSTIFIKASI"] as const;
export type KebijakanKurva = (typeof KEBIJAKAN_KURVA)[number];

/** Kinds of development proposal (usulan pengembangan). */
export const JENIS_USULAN = ["PROGRAM_KEPEMIMPINAN", "DIKLAT", "RENCANA_PENGEMBANGAN"] as const;
export type JenisUsulan = (typeof JENIS_USULAN)[number];

/**
 * One rule turning an annual predikat into a proposal the PPK may make: for these predikat, this kind.
 * A development plan (RENCANA_PENGEMBANGAN) carries the months until its review (`tinjauBulan`).
 */
export type AturanPengembangan =
  | { predikat: Predikat[]; usulan: "PROGRAM_KEPEMIMPINAN" | "DIKLAT" }
  | { predikat: Predikat[]; usulan: "RENCANA_PENGEMBANGAN"; tinjauBulan: number };

export type RuleSet = {
  kode: string;
  nama: string;
  /** ISO date from which this rule set applies. */
  berlakuMulai: string;
  /** predikatMatrix[ratingHasilKerja][ratingPerilaku] */
  predikatMatrix: Record<Rating, Record<Rating, Predikat>>;
  kurva: Record<PredikatOrganisasi, KurvaRule[]>;
  /** Units with fewer rated employees are "small": percentage rules there are advisory only. */
  kurvaMinimumPegawai: number;
  /** Percentage of the annual coefficient credited per predikat (integers). */
  persentaseAngkaKredit: Record<Predikat, number>;
  /** Annual credit-point coefficient per jenjang (at most two decimals). */
  koefisienTahunan: Record<Jenjang, number>;
  keberatan: { hari: number; jenisHari: JenisHari };
  kebijakanKurva: KebijakanKurva;
  /** Career development (spec §7): which annual results call for which proposal; yearly training hours target. */
  pengembangan: { aturan: AturanPengembangan[]; targetJamPelatihan: number };
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Defaults of PermenPANRB 6/2022, SE MenPANRB 3/2023, PermenPANRB 1/2023 and PP 30/2019. Frozen. */
export const PERMENPANRB_6_2022: RuleSet = deepFreeze<RuleSet>({
  kode: "PERMENPANRB_6_2022",
  nama: "Peraturan Menteri PANRB Nomor 6 Tahun 2022",
  berlakuMulai: "2022-01-01",
  predikatMatrix: {
    DI_ATAS: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
    SESUAI: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "BAIK" },
    DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
  },
  kurva: {
    ISTIMEWA: [{ kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 70 }],
    BAIK: [
      { kind: "MAX", predikat: ["BAIK"], persen: 70 },
      { kind: "MIN_SATU", predikat: ["BUTUH_PERBAIKAN", "KURANG"] },
    ],
    BUTUH_PERBAIKAN: [
      { kind: "MIN", predikat: ["BUTUH_PERBAIKAN"], persen: 60 },
      { kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 10 },
    ],
    KURANG: [
      { kind: "MIN", predikat: ["KURANG"], persen: 60 },
      { kind: "MIN", predikat: ["BUTUH_PERBAIKAN"], persen: 10 },
      { kind: "MAX", predikat: ["SANGAT_BAIK"], persen: 10 },
    ],
    SANGAT_KURANG: [
      { kind: "MIN", predikat: ["SANGAT_KURANG"], persen: 60 },
      { kind: "MIN", predikat: ["KURANG", "BUTUH_PERBAIKAN"], persen: 10 },
      { kind: "TIDAK_ADA", predikat: ["SANGAT_BAIK"] },
    ],
  },
  kurvaMinimumPegawai: 5,
  persentaseAngkaKredit: { SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 },
  koefisienTahunan: {
    PEMULA: 3.75,
    TERAMPIL: 5,
    MAHIR: 12.5,
    PENYELIA: 25,
    AHLI_PERTAMA: 12.5,
    AHLI_MUDA: 25,
    AHLI_MADYA: 37.5,
    AHLI_UTAMA: 50,
  },
  keberatan: { hari: 14, jenisHari: "KALENDER" },
  kebijakanKurva: "PERINGATAN",
  pengembangan: {
    aturan: [
      { predikat: ["SANGAT_BAIK"], usulan: "PROGRAM_KEPEMIMPINAN" },
      { predikat: ["SANGAT_BAIK", "BAIK"], usulan: "DIKLAT" },
      { predikat: ["BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"], usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 6 },
    ],
    targetJamPelatihan: 20,
  },
});

/** Known rule sets, oldest first. */
export const RULE_SETS: readonly RuleSet[] = Object.freeze([PERMENPANRB_6_2022]);

/** The rule set in force on `date`: the newest whose berlakuMulai <= date. */
export function ruleSetAt(ruleSets: readonly RuleSet[], date: string): RuleSet {
  let found: RuleSet | undefined;
  for (const rs of ruleSets) {
    if (rs.berlakuMulai <= date && (!found || rs.berlakuMulai > found.berlakuMulai)) found = rs;
  }
  if (!found) throw new Error(`Tidak ada aturan (regulasi) yang berlaku pada tanggal ${date}`);
  return found;
}

/** Stable code of a curve rule, e.g. 'BAIK_MAX_BAIK_70', 'SANGAT_KURANG_TIDAK_ADA_SANGAT_BAIK'. */
export function kodeKurvaRule(organisasi: PredikatOrganisasi, rule: KurvaRule): string {
  const base = `${organisasi}_${rule.kind}_${rule.predikat.join("_")}`;
  return rule.kind === "MAX" || rule.kind === "MIN" ? `${base}_${rule.persen}` : base;
}

// ---------------------------------------------------------------------------------------------
// Overrides

/** Shape of an administrator's override: every part optional; a kurva entry replaces that row. */
export type RuleSetOverride = {
  kode?: string;
  nama?: string;
  berlakuMulai?: string;
  predikatMatrix?: Partial<Record<Rating, Partial<Record<Rating, Predikat>>>>;
  kurva?: Partial<Record<PredikatOrganisasi, KurvaRule[]>>;
  kurvaMinimumPegawai?: number;
  persentaseAngkaKredit?: Partial<Record<Predikat, number>>;
  koefisienTahunan?: Partial<Record<Jenjang, number>>;
  keberatan?: Partial<RuleSet["keberatan"]>;
  kebijakanKurva?: KebijakanKurva;
  /** `aturan` replaces the whole list. */
  pengembangan?: { aturan?: AturanPengembangan[]; targetJamPelatihan?: number };
};

export class RuleSetError extends Error {
  constructor(readonly masalah: string[]) {
    super(`Aturan (regulasi) tidak sah: ${masalah.join("; ")}`);
    this.name = "RuleSetError";
  }
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const hasAtMostTwoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9;

/**
 * Merge a JSON override onto `base` and return a new rule set (the base is not touched).
 * Throws RuleSetError listing every problem: unknown keys, wrong types, values out of range.
 */
export function mergeRuleSet(base: RuleSet, override: unknown): RuleSet {
  const out: RuleSet = structuredClone(base);
  const err: string[] = [];
  if (!isRecord(override)) throw new RuleSetError(["override harus berupa objek"]);

  /** Validate a record whose keys must come from `keys`; call `each` for every valid entry. */
  const eachKey = <K extends string>(
    path: string,
    value: unknown,
    keys: readonly K[],
    each: (key: K, v: unknown, p: string) => void,
  ) => {
    if (!isRecord(value)) return void err.push(`${path}: harus berupa objek`);
    for (const [k, v] of Object.entries(value)) {
      if (!(keys as readonly string[]).includes(k)) err.push(`${path}.${k}: kunci tidak dikenal`);
      else each(k as K, v, `${path}.${k}`);
    }
  };
  const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): v is T =>
    typeof v === "string" && (allowed as readonly string[]).includes(v);

  eachKey("override", override, Object.keys(out) as (keyof RuleSet)[], (key, v, p) => {
    switch (key) {
      case "kode":
      case "nama":
        if (typeof v === "string" && v.trim() !== "") out[key] = v;
        else err.push(`${p}: harus teks tidak kosong`);
        break;
      case "berlakuMulai":
        if (typeof v === "string" && isIsoDate(v)) out.berlakuMulai = v;
        else err.push(`${p}: harus tanggal YYYY-MM-DD`);
        break;
      case "predikatMatrix":
        eachKey(p, v, RATING, (hasil, row, p2) =>
          eachKey(p2, row, RATING, (perilaku, cell, p3) => {
            if (oneOf(cell, PREDIKAT)) out.predikatMatrix[hasil][perilaku] = cell;
            else err.push(`${p3}: harus salah satu dari ${PREDIKAT.join(", ")}`);
          }),
        );
        break;
      case "kurva":
        eachKey(p, v, PREDIKAT_ORGANISASI, (org, rules, p2) => {
          if (!Array.isArray(rules)) return void err.push(`${p2}: harus berupa daftar`);
          const parsed = rules.map((r, i) => parseKurvaRule(r, `${p2}[${i}]`, err));
          if (parsed.every((r): r is KurvaRule => r !== null)) out.kurva[org] = parsed;
        });
        break;
      case "kurvaMinimumPegawai":
        if (isInt(v, 0)) out.kurvaMinimumPegawai = v;
        else err.push(`${p}: harus bilangan bulat >= 0`);
        break;
      case "persentaseAngkaKredit":
        eachKey(p, v, PREDIKAT, (pr, n, p2) => {
          if (isInt(n, 0, 1000)) out.persentaseAngkaKredit[pr] = n;
          else err.push(`${p2}: harus bilangan bulat 0–1000`);
        });
        break;
      case "koefisienTahunan":
        eachKey(p, v, JENJANG, (j, n, p2) => {
          if (typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 1000 && hasAtMostTwoDecimals(n))
            out.koefisienTahunan[j] = n;
          else err.push(`${p2}: harus angka 0–1000 dengan paling banyak dua desimal`);
        });
        break;
      case "keberatan":
        eachKey(p, v, ["hari", "jenisHari"] as const, (k, n, p2) => {
          if (k === "hari") {
            if (isInt(n, 1, 365)) out.keberatan.hari = n;
            else err.push(`${p2}: harus bilangan bulat 1–365`);
          } else if (oneOf(n, JENIS_HARI)) out.keberatan.jenisHari = n;
          else err.push(`${p2}: harus ${JENIS_HARI.join(" atau ")}`);
        });
        break;
      case "kebijakanKurva":
        if (oneOf(v, KEBIJAKAN_KURVA)) out.kebijakanKurva = v;
        else err.push(`${p}: harus ${KEBIJAKAN_KURVA.join(" atau ")}`);
        break;
      case "pengembangan":
        eachKey(p, v, ["aturan", "targetJamPelatihan"] as const, (k, n, p2) => {
          if (k === "targetJamPelatihan") {
            if (isInt(n, 0, 1000)) out.pengembangan.targetJamPelatihan = n;
            else err.push(`${p2}: harus bilangan bulat 0–1000`);
          } else if (!Array.isArray(n)) err.push(`${p2}: harus berupa daftar`);
          else {
            const parsed = n.map((r, i) => parseAturanPengembangan(r, `${p2}[${i}]`, err));
            if (parsed.every((r): r is AturanPengembangan => r !== null)) out.pengembangan.aturan = parsed;
          }
        });
        break;
    }
  });

  if (err.length > 0) throw new RuleSetError(err);
  return out;
}

function parseKurvaRule(r: unknown, path: string, err: string[]): KurvaRule | null {
  const before = err.length;
  if (!isRecord(r)) {
    err.push(`${path}: harus berupa objek`);
    return null;
  }
  const { kind, predikat, persen, ...rest } = r;
  for (const k of Object.keys(rest)) err.push(`${path}.${k}: kunci tidak dikenal`);
  if (!(KURVA_RULE_KIND as readonly unknown[]).includes(kind))
    err.push(`${path}.kind: harus salah satu dari ${KURVA_RULE_KIND.join(", ")}`);
  const list = Array.isArray(predikat) ? predikat : [];
  if (
    list.length === 0 ||
    !list.every((x) => (PREDIKAT as readonly unknown[]).includes(x)) ||
    new Set(list).size !== list.length
  )
    err.push(`${path}.predikat: harus daftar predikat yang tidak kosong dan tidak berulang`);
  const pakaiPersen = kind === "MAX" || kind === "MIN";
  if (pakaiPersen && !isInt(persen, 0, 100)) err.push(`${path}.persen: harus bilangan bulat 0–100`);
  if (!pakaiPersen && persen !== undefined) err.push(`${path}.persen: tidak dipakai untuk aturan ${String(kind)}`);
  if (err.length > before) return null;
  const p = list as Predikat[];
  return pakaiPersen
    ? { kind: kind as "MAX" | "MIN", predikat: p, persen: persen as number }
    : { kind: kind as "MIN_SATU" | "TIDAK_ADA", predikat: p };
}

function parseAturanPengembangan(r: unknown, path: string, err: string[]): AturanPengembangan | null {
  const before = err.length;
  if (!isRecord(r)) {
    err.push(`${path}: harus berupa objek`);
    return null;
  }
  const { predikat, usulan, tinjauBulan, ...rest } = r;
  for (const k of Object.keys(rest)) err.push(`${path}.${k}: kunci tidak dikenal`);
  if (!(JENIS_USULAN as readonly unknown[]).includes(usulan)) err.push(`${path}.usulan: harus salah satu dari ${JENIS_USULAN.join(", ")}`);
  const list = Array.isArray(predikat) ? predikat : [];
  if (list.length === 0 || !list.every((x) => (PREDIKAT as readonly unknown[]).includes(x)) || new Set(list).size !== list.length)
    err.push(`${path}.predikat: harus daftar predikat yang tidak kosong dan tidak berulang`);
  const rencana = usulan === "RENCANA_PENGEMBANGAN";
  if (rencana && !isInt(tinjauBulan, 1, 36)) err.push(`${path}.tinjauBulan: harus bilangan bulat 1–36`);
  if (!rencana && tinjauBulan !== undefined) err.push(`${path}.tinjauBulan: hanya untuk RENCANA_PENGEMBANGAN`);
  if (err.length > before) return null;
  const p = list as Predikat[];
  return rencana
    ? { predikat: p, usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: tinjauBulan as number }
    : { predikat: p, usulan: usulan as "PROGRAM_KEPEMIMPINAN" | "DIKLAT" };
}
