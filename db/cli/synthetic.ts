/**
 * Generates a large synthetic instansi for load tests.
 *
 *   DATABASE_URL=postgres://… npx tsx db/cli/synthetic.ts --pegawai 20000 [--kode SINTETIS-20000] [--today 2026-11-28]
 *   npx tsx db/cli/synthetic.ts --pegawai 2000 --embedded      (embedded PGlite at KINERJA_DATA_DIR)
 *
 * An existing instansi with the same kode is deleted and generated again. Prints the time of each phase.
 */
import { parseArgs } from "node:util";
import { configFromEnv, openDb } from "../client";
import { seedSynthetic } from "../seed/synthetic";
import { describeError, todayLocal } from "./util";

async function main() {
  const { values } = parseArgs({
    options: {
      pegawai: { type: "string" },
      kode: { type: "string" },
      today: { type: "string" },
      embedded: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const usage = "Pemakaian: tsx db/cli/synthetic.ts --pegawai <jumlah> [--kode SINTETIS-<jumlah>] [--today YYYY-MM-DD] [--embedded]";
  if (values.help) {
    console.log(usage);
    return;
  }
  const pegawai = Number(values.pegawai);
  if (!values.pegawai || !Number.isInteger(pegawai) || pegawai < 50) {
    console.error(`--pegawai harus bilangan bulat >= 50.\n${usage}`);
    process.exit(2);
  }
  if (!process.env.DATABASE_URL && !values.embedded) {
    console.error(
      "DATABASE_URL belum diisi. Data sintetis besar ditujukan untuk PostgreSQL: set DATABASE_URL=postgres://…, " +
        "atau tambahkan --embedded untuk memakai basis data tertanam (PGlite, hanya untuk ukuran kecil).",
    );
    process.exit(2);
  }
  const kode = values.kode ?? `SINTETIS-${pegawai}`;
  const today = values.today ?? process.env.KINERJA_TODAY ?? todayLocal();
  const config = configFromEnv();
  const start = performance.now();
  const handle = await openDb(config);
  console.log(`Data sintetis ${kode}: ${pegawai} pegawai, today ${today}, ${config.kind} (buka + migrasi ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  try {
    const r = await seedSynthetic(handle.db, { pegawai, kode, today, log: (line) => console.log(line) });
    const c = r.counts;
    console.log(
      `  ${"total".padEnd(34)} ${r.totalDetik.toFixed(1).padStart(6)} s\n` +
        `${r.diganti ? "Instansi lama diganti. " : ""}${c.unit} unit, ${c.jabatan} jabatan, ${c.pegawai} pegawai, ${c.skp} SKP, ${c.rhk} RHK, ` +
        `${c.iki} IKI, ${c.realisasi} realisasi, ${c.evaluasi} evaluasi (instansi ${r.instansiId})`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});
