/**
 * One schema, one query API, two drivers: PostgreSQL through postgres.js when DATABASE_URL is set,
 * otherwise an embedded PGlite database in a folder of the project (KINERJA_DATA_DIR, default .data/pglite).
 * Migrations are applied when the database is first opened.
 */
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import * as schema from "./schema";
import { lockDataFolder } from "./lock";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query API as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbConfig = { kind: "postgres"; url: string; max?: number } | { kind: "pglite"; dataDir: string | null };

export interface DbHandle {
  db: Db;
  kind: DbConfig["kind"];
  close: () => Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function configFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.KINERJA_DATA_DIR || path.join(process.cwd(), ".data", "pglite") };
}

/** Opens (and migrates) a database. `dataDir: null` gives a throw-away in-memory PGlite. */
export async function openDb(config: DbConfig, options: { migrate?: boolean } = {}): Promise<DbHandle> {
  const migrate = options.migrate ?? true;
  if (config.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // JIT compiles queries the planner overestimates (recursive hierarchy CTEs) at ~20 ms each:
    // a loss for short interactive queries, so it is off for the app's connections.
    const client = postgres(config.url, { max: config.max ?? 10, onnotice: () => {}, connection: { jit: "off" } });
    const db = drizzle(client, { schema });
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
      await run(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }

  const release = config.dataDir ? lockDataFolder(config.dataDir) : () => {};
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
    await client.waitReady;
    const db = drizzle(client, { schema });
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/pglite/migrator");
      await run(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    return {
      db: db as unknown as Db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
