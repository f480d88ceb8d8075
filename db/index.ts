import "server-only";
import { configFromEnv, openDb, type Db, type DbHandle } from "./client";

const globalForDb = globalThis as unknown as { kinerjaDb?: Promise<DbHandle> };

/**
 * The process-wide database, opened and migrated on first use. Cached on globalThis so dev reloads
 * reuse it (and the embedded folder's lock). Never opened during `next build`.
 */
export function getDbHandle(): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database is not available during next build");
  }
  globalForDb.kinerjaDb ??= openDb(configFromEnv()).catch((error: unknown) => {
    globalForDb.kinerjaDb = undefined;
    throw error;
  });
  return globalForDb.kinerjaDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
