/**
 * Fresh, migrated databases for integration tests.
 *
 *   import { testDatabases } from "@/db/testing";
 *
 *   describe.each(testDatabases())("my feature ($name)", (tdb) => {
 *     let h: DbHandle;
 *     beforeAll(async () => { h = await tdb.open(); });
 *     afterAll(async () => { await h?.close(); });
 *     it("works", async () => { ... h.db ... });
 *   });
 *
 * Always an in-memory PGlite. When TEST_DATABASE_URL (or else DATABASE_URL) is set, also PostgreSQL:
 * `open()` creates a new database `kinerja_test_<random>` on that server (through an admin connection
 * to its `postgres` database), migrates it, and `close()` drops it again. The database named in the
 * URL itself is never touched.
 */
import { randomBytes } from "node:crypto";
import { openDb, type DbHandle } from "./client";

export type TestDatabase = { name: "pglite" | "postgres"; open(): Promise<DbHandle> };

/** The PostgreSQL server used by integration tests, if any. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || null;
}

/** The databases every integration test should run against: PGlite, plus PostgreSQL when configured. */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const list: TestDatabase[] = [{ name: "pglite", open: () => openDb({ kind: "pglite", dataDir: null }) }];
  const url = testDatabaseUrl(env);
  if (url) list.push({ name: "postgres", open: () => openFreshPostgres(url) });
  return list;
}

/** Creates, migrates and opens a throw-away database on the server of `serverUrl`; closing drops it. */
export async function openFreshPostgres(serverUrl: string): Promise<DbHandle> {
  const name = `kinerja_test_${randomBytes(6).toString("hex")}`;
  const { default: postgres } = await import("postgres");
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = "/postgres";
  const admin = async (statement: string) => {
    const client = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
    try {
      await client.unsafe(statement);
    } finally {
      await client.end({ timeout: 5 });
    }
  };
  const drop = () => admin(`drop database if exists "${name}" with (force)`);

  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let handle: DbHandle;
  try {
    handle = await openDb({ kind: "postgres", url: url.toString(), max: 4 });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...handle,
    close: async () => {
      try {
        await handle.close();
      } finally {
        await drop();
      }
    },
  };
}
