/**
 * Small deterministic helpers shared by the seeds: a seeded PRNG, name-based UUIDs, sequential UUIDs
 * for bulk data, date helpers and a bulk-insert helper that works on both drivers.
 * Nothing here reads the clock or Math.random.
 */
import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";

// ---------------------------------------------------------------- PRNG

/** 32-bit FNV-1a hash of a string, used to seed the PRNG. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast, good-enough seeded PRNG. */
export class Rng {
  private state: number;
  constructor(seed: number | string) {
    this.state = (typeof seed === "string" ? hash32(seed) : seed) >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks by weight: `[[item, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------- UUIDs

function formatUuid(hex: string, version: string): string {
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A name-based (version 5 style, SHA-1) UUID: the same key always gives the same id. */
export function uuidFrom(namespace: string, key: string): string {
  return formatUuid(createHash("sha1").update(`${namespace}\u0000${key}`).digest("hex"), "5");
}

/**
 * Prefix of sequential UUIDs: 20 hex digits from a hash of `key`, with version 4 / variant bits set.
 * `seqUuid(prefix, n)` appends n as 12 hex digits, so ids grow with n and B-tree inserts stay at the
 * right edge of the index (fast for millions of rows), while distinct keys never share ids.
 */
export function seqPrefix(key: string): string {
  const id = formatUuid(createHash("sha1").update(`kinerja-seq\u0000${key}`).digest("hex"), "4");
  return id.slice(0, 24);
}

export function seqUuid(prefix: string, n: number): string {
  return prefix + n.toString(16).padStart(12, "0");
}

/** SQL expression for `seqUuid(prefix, n)` where n is an SQL bigint expression. */
export function seqUuidSql(prefix: string, n: SQL): SQL {
  return sql`(${prefix}::text || lpad(to_hex(${n}), 12, '0'))::uuid`;
}

/** SQL expression: the counter of a sequential uuid (inverse of seqUuidSql). */
export function seqCounterSql(id: SQL): SQL {
  return sql`(('x' || right(${id}::text, 12))::bit(48)::bigint)`;
}

// ---------------------------------------------------------------- dates

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A timestamp at `jam` o'clock WIB (UTC+7) on an ISO date. */
export function wib(date: string, jam = 9, menit = 0): Date {
  return new Date(`${date}T${String(jam).padStart(2, "0")}:${String(menit).padStart(2, "0")}:00+07:00`);
}

export const maxIso = (a: string, b: string) => (a > b ? a : b);
export const minIso = (a: string, b: string) => (a < b ? a : b);

// ---------------------------------------------------------------- bulk writes

/** Inserts rows in chunks with ON CONFLICT DO NOTHING (re-running a seed is harmless). */
export async function insertMany<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: readonly T["$inferInsert"][],
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await (db.insert(table).values(part as any) as any).onConflictDoNothing();
  }
}

/**
 * Rows as one JSON parameter, for `INSERT ... SELECT ... FROM json_to_recordset(<this>) AS x(...)`.
 * One text parameter binds the same way on postgres.js and PGlite (a JS array in drizzle's `sql`
 * template would be expanded into a parameter list instead).
 */
export function jsonParam(rows: readonly unknown[]): SQL {
  return sql`${JSON.stringify(rows)}::json`;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
