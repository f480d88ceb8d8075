/**
 * Seeds the demo agency "Pemerintah Kota Helvetia" into the configured database.
 *
 *   npm run db:seed                       (DATABASE_URL → PostgreSQL, else embedded PGlite)
 *   KINERJA_TODAY=2026-03-15 npm run db:seed
 *
 * Migrations run when the database is opened. Safe to run again (idempotent).
 */
import { configFromEnv, openDb } from "../client";
import { seedHelvetia } from "../seed/helvetia";
import { describeError, todayLocal } from "./util";

async function main() {
  const today = process.env.KINERJA_TODAY || todayLocal();
  const config = configFromEnv();
  const started = performance.now();
  const handle = await openDb(config);
  try {
    const seeded = performance.now();
    const result = await seedHelvetia(handle.db, { today });
    const done = performance.now();
    console.log(
      `Seed Helvetia (${config.kind}, today ${today}): instansi ${result.instansiId}, ${result.pegawai} pegawai, ${result.skp} SKP — ` +
        `seed ${((done - seeded) / 1000).toFixed(1)} s, total ${((done - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});

