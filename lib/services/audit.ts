import { auditLog } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export interface AuditEntry {
  aktorId: string | null;
  aksi: string;
  entitas: string;
  entitasId: string;
  sebelum?: unknown;
  sesudah?: unknown;
}

/** Writes the audit row; call it inside the same transaction as the change it records. */
export async function catatAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    aktorId: entry.aktorId,
    aksi: entry.aksi,
    entitas: entry.entitas,
    entitasId: entry.entitasId,
    sebelum: entry.sebelum === undefined ? null : toJson(entry.sebelum),
    sesudah: entry.sesudah === undefined ? null : toJson(entry.sesudah),
  });
}

/** Dates become ISO strings, so before/after read the same on both drivers. */
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
