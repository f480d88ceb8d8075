/**
 * Fresh databases for integration tests: always a throw-away in-memory PGlite, and a freshly created
 * PostgreSQL database when TEST_DATABASE_URL or DATABASE_URL is set (created on that server, migrated,
 * and dropped again on close). Use with `describe.each(testDatabases())`.
 */
import crypto from "node:crypto";
import postgres from "postgres";
import { openDb, type DbHandle } from "./client";

export interface TestDatabase {
  name: "pglite" | "postgres";
  open(): Promise<DbHandle>;
}

export function testDatabases(env: Record<string, string | undefined> = process.env): TestDatabase[] {
  const list: TestDatabase[] = [{ name: "pglite", open: () => openDb({ kind: "pglite", dataDir: null }) }];
  const url = env.TEST_DATABASE_URL || env.DATABASE_URL;
  if (url) list.push({ name: "postgres", open: () => openFreshPostgres(url) });
  return list;
}

async function openFreshPostgres(serverUrl: string): Promise<DbHandle> {
  const name = `kinerja_test_${crypto.randomBytes(6).toString("hex")}`;
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const handle = await openDb({ kind: "postgres", url: url.toString(), max: 5 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  } catch (error) {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    throw error;
  }
}
