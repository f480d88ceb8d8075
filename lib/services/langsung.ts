/**
 * Live events, raised inside the transaction that causes them and delivered when it commits:
 * `pg_notify` on one channel. Every app instance LISTENs on it (lib/server/langsung.ts) and passes
 * each event to the browsers of the people it is for, so an event raised on one instance reaches a
 * browser connected to another. A rolled-back transaction raises nothing.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export const SALURAN_LANGSUNG = "kinerja_langsung";

export type JenisPeristiwa = "notifikasi" | "realisasi" | "umpan-balik" | "evaluasi" | "dialog";

export interface Peristiwa {
  /** The pegawai ids whose open pages should hear it. */
  untuk: string[];
  jenis: JenisPeristiwa;
  /** Small facts for the page (NOTIFY payloads are limited to 8000 bytes). */
  data?: Record<string, string | number | null>;
}

/** Recipients per NOTIFY, so the payload stays well under PostgreSQL's 8000-byte limit. */
const PER_PESAN = 100;

export async function terbitkan(tx: DbOrTx, peristiwa: Peristiwa | readonly Peristiwa[]): Promise<void> {
  const payloads: string[] = [];
  for (const p of Array.isArray(peristiwa) ? peristiwa : [peristiwa as Peristiwa]) {
    const untuk = [...new Set(p.untuk)];
    for (let i = 0; i < untuk.length; i += PER_PESAN)
      payloads.push(JSON.stringify({ untuk: untuk.slice(i, i + PER_PESAN), jenis: p.jenis, data: p.data ?? {} }));
  }
  for (const payload of payloads) await tx.execute(sql`select pg_notify(${SALURAN_LANGSUNG}, ${payload})`);
}

/** Parses a payload heard on the channel; null for anything malformed. */
export function bacaPeristiwa(payload: string): Peristiwa | null {
  try {
    const p = JSON.parse(payload) as Peristiwa;
    return Array.isArray(p.untuk) && typeof p.jenis === "string" ? p : null;
  } catch {
    return null;
  }
}
