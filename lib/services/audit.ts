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

/** Writes the audit row(s); call it inside the same transaction as the change it records. */
export async function catatAudit(tx: DbOrTx, entry: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const entries: readonly AuditEntry[] = Array.isArray(entry) ? entry : [entry as AuditEntry];
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      aktorId: e.aktorId,
      aksi: e.aksi,
      entitas: e.entitas,
      entitasId: e.entitasId,
      sebelum: e.sebelum === undefined ? null : toJson(e.sebelum),
      sesudah: e.sesudah === undefined ? null : toJson(e.sesudah),
    })),
  );
}

/** Dates become ISO strings, so before/after read the same on both drivers. */
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
