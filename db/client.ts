/**
 * One schema, one query API, two drivers: PostgreSQL through postgres.js when DATABASE_URL is set,
 * otherwise an embedded PGlite database in a folder of the project (KINERJA_DATA_DIR, default .data/pglite).
 * Migrations are applied when the database is first opened.
 */
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
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
  /**
   * LISTEN on a channel: `pg_notify` calls reach `onPayload` once their transaction commits. On
   * PostgreSQL this is a dedicated connection (every app instance hears every instance); on the
   * embedded database it is PGlite's in-process channel. Resolves to the unsubscribe function.
   */
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
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
    const client = preparedStatements(postgres(config.url, { max: config.max ?? 10, onnotice: () => {}, connection: { jit: "off", plan_cache_mode: "force_custom_plan" } }));
    const db = drizzle(client, { schema });
    if (migrate) {
      const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
      await run(db, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    return {
      db: db as unknown as Db,
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
      listen: async (channel, onPayload) => {
        const { unlisten } = await client.listen(channel, onPayload);
        return unlisten;
      },
    };
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
      listen: async (channel, onPayload) => {
        const stop = await client.listen(channel, onPayload);
        return async () => {
          if (!client.closed) await stop();
        };
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

type PostgresSql = import("postgres").Sql;

/**
 * drizzle sends every query unnamed, so postgres.js describes it first: two round trips and two
 * socket writes per statement. The app's statements are a small fixed set, so they are prepared
 * (cached per connection, which postgres.js recycles every 30–60 minutes) — inside transactions
 * too. Measured at 20 users on the 20,000-pegawai data (`npm run bench`): SKP open p95 103 → 54 ms,
 * save 164 → 87 ms.
 */
function preparedStatements<T extends PostgresSql>(sql: T): T {
  const unsafe = sql.unsafe.bind(sql);
  Object.assign(sql, {
    unsafe: (query: string, args?: unknown[], options?: object) => unsafe(query, args as never, { ...options, prepare: true }),
  });
  // the transaction's (and a savepoint's) own sql object gets the same treatment
  for (const name of ["begin", "savepoint"] as const) {
    const open = (sql as unknown as Record<string, unknown>)[name];
    if (typeof open !== "function") continue;
    const bound = (open as (...args: unknown[]) => unknown).bind(sql);
    Object.assign(sql, {
      [name]: (...args: unknown[]) => {
        const fn = args.pop() as (tx: PostgresSql) => unknown;
        return bound(...args, (tx: PostgresSql) => fn(preparedStatements(tx)));
      },
    });
  }
  return sql;
}

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A numeric column's value as a number (both drivers return `numeric` as a string), or null. */
export function angkaAtauNull(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** `id1::uuid, id2::uuid, …` for an `in (…)` list; the list must not be empty. */
export const uuidList = (ids: readonly string[]): SQL => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
