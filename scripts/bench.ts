/**
 * `npm run bench` — seeds a 20,000-pegawai and a 100,000-pegawai synthetic instansi in PostgreSQL,
 * starts the production server, drives each dashboard with autocannon at 20 concurrent connections
 * and prints p50/p95 latency and requests/s per page, plus the server's peak memory (RSS of its
 * process tree).
 *
 *   npm run bench [-- --reuse] [-- --duration 15] [-- --only realisasi]
 *
 * BENCH_DATABASE_URL (default postgres://postgres@localhost:5432/kinerja_bench) is dropped and
 * recreated unless --reuse is given and both instansi already exist there.
 * Budgets: p95 < 150 ms per dashboard, < 300 ms for the 100,000-pegawai pimpinan summary, RSS < 500 MB;
 * SKP open and save p95 < 150 ms at 20 users, bulk approval of 50 SKPs < 1 s (scripts/bench-skp.ts);
 * recording a realisation ≥ 300/s with p95 < 200 ms at 50 connections, no errors, no lost write, beside
 * pgbench's ceiling for the same statements (scripts/bench-realisasi.ts); a PPK's evaluation pages with
 * 30 subordinates — the team list and one subordinate's evaluation — p95 < 200 ms at 20 users, and
 * saving a draft evaluation for information (scripts/bench-evaluasi.ts); the calibration page of a unit
 * (~125 and ~500 rated employees) opened by its leader, p95 < 200 ms at 20 users (scripts/bench-kalibrasi.ts);
 * the unit summary of the 100,000-pegawai instansi (whole, one perangkat daerah, one filter) p95 < 300 ms
 * at 20 callers in steady state, and uncached for information (scripts/bench-ringkasan.ts).
 *
 *   --only pages,skp,realisasi,evaluasi,kalibrasi,ringkasan   runs just those parts (default: all; only "pages" builds and starts the server)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { encode } from "next-auth/jwt";
import { openDb } from "../db/client";
import { seedSynthetic } from "../db/seed/synthetic";
import { benchEvaluasi } from "./bench-evaluasi";
import { benchKalibrasi } from "./bench-kalibrasi";
import { benchRealisasi } from "./bench-realisasi";
import { benchRingkasan } from "./bench-ringkasan";
import { benchSkp, percentile } from "./bench-skp";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    only: { type: "string", default: "pages,skp,realisasi,evaluasi,kalibrasi,ringkasan" },
  },
});
const PARTS = new Set(args.only.split(",").map((p) => p.trim()));
for (const p of PARTS) if (!["pages", "skp", "realisasi", "evaluasi", "kalibrasi", "ringkasan"].includes(p)) throw new Error(`--only: unknown part "${p}" (pages, skp, realisasi, evaluasi, kalibrasi, ringkasan)`);
const DB_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@localhost:5432/kinerja_bench";
const TODAY = process.env.KINERJA_TODAY ?? "2026-11-20";
const PORT = Number(args.port);
const SECRET = "bench-secret-not-for-production-0123456789";
const CONNECTIONS = 20;
const DURATION = Number(args.duration);
const SIZES = [
  { kode: "SINTETIS-20000", pegawai: 20_000 },
  { kode: "SINTETIS-100000", pegawai: 100_000 },
];

async function prepareDatabase() {
  const url = new URL(DB_URL);
  const name = url.pathname.slice(1);
  const admin = postgres({ host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username || "postgres"), database: "postgres", onnotice: () => {} });
  try {
    const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
    if (exists && args.reuse) {
      const db = postgres(DB_URL, { onnotice: () => {} });
      const have = await db`select kode from instansi where kode in ${db(SIZES.map((s) => s.kode))}`.catch(() => []);
      await db.end();
      if (have.length === SIZES.length) return false;
    }
    if (exists) await admin.unsafe(`drop database "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    return true;
  } finally {
    await admin.end();
  }
}

async function seed() {
  const handle = await openDb({ kind: "postgres", url: DB_URL });
  try {
    for (const s of SIZES) {
      const r = await seedSynthetic(handle.db, { pegawai: s.pegawai, kode: s.kode, today: TODAY, log: () => {} });
      console.log(`seeded ${s.kode}: ${r.counts.pegawai} pegawai, ${r.counts.skp} SKP, ${r.counts.realisasi} realisasi in ${r.totalDetik.toFixed(1)} s`);
    }
  } finally {
    await handle.close();
  }
}

interface Persona {
  label: string;
  pegawaiId: string;
  path: string;
  budgetMs: number;
}

/** Picks, in SQL, the people whose dashboards are the heaviest of their kind. */
async function personas(): Promise<Persona[]> {
  const sql = postgres(DB_URL, { onnotice: () => {} });
  const at = TODAY;
  const list: Persona[] = [];
  try {
    for (const s of SIZES) {
      const [inst] = await sql`select id from instansi where kode = ${s.kode}`;
      const instansiId = inst!.id as string;
      const active = sql`p.mulai <= ${at}::date and (p.selesai is null or p.selesai >= ${at}::date)`;
      const [root] = await sql`
        select p.pegawai_id from unit_kerja u join jabatan j on j.unit_id = u.id and j.kepala_unit
          join penugasan p on p.jabatan_id = j.id and ${active}
         where u.instansi_id = ${instansiId} and u.parent_id is null limit 1`;
      if (s.pegawai === 100_000) {
        list.push({ label: `pimpinan (whole instansi, ${s.pegawai})`, pegawaiId: root!.pegawai_id, path: "/dasbor/pimpinan", budgetMs: 300 });
        continue;
      }
      const [pd] = await sql`
        select p.pegawai_id from unit_kerja u join jabatan j on j.unit_id = u.id and j.kepala_unit
          join penugasan p on p.jabatan_id = j.id and ${active}
         where u.instansi_id = ${instansiId} and u.level = 1 order by u.kode limit 1`;
      const [ppk] = await sql`
        select p.pegawai_id, count(*) as n from jabatan atas join penugasan p on p.jabatan_id = atas.id and ${active}
          join jabatan j on j.atasan_jabatan_id = atas.id join penugasan b on b.jabatan_id = j.id
         where atas.instansi_id = ${instansiId} and atas.jenis = 'PENGAWAS'
         group by p.pegawai_id order by n desc limit 1`;
      const [pegawai] = await sql`
        select s.pegawai_id from skp s join periode pr on pr.id = s.periode_id
         where pr.instansi_id = ${instansiId} and s.status = 'DISETUJUI' and ${at}::date between pr.mulai and pr.selesai
         order by s.id limit 1`;
      // the synthetic instansi has no HR admin: grant one for the benchmark
      await sql`insert into peran_pegawai (pegawai_id, peran) values (${pegawai!.pegawai_id}, 'ADMIN_INSTANSI') on conflict do nothing`;
      list.push(
        { label: `pegawai (${s.pegawai})`, pegawaiId: pegawai!.pegawai_id, path: "/dasbor/pegawai", budgetMs: 150 },
        { label: `ppk (${s.pegawai}, ${ppk!.n} subordinates)`, pegawaiId: ppk!.pegawai_id, path: "/dasbor/ppk", budgetMs: 150 },
        { label: `pimpinan (perangkat daerah, ${s.pegawai})`, pegawaiId: pd!.pegawai_id, path: "/dasbor/pimpinan", budgetMs: 150 },
        { label: `pimpinan (whole instansi, ${s.pegawai})`, pegawaiId: root!.pegawai_id, path: "/dasbor/pimpinan", budgetMs: 150 },
        { label: `admin (${s.pegawai})`, pegawaiId: pegawai!.pegawai_id, path: "/dasbor/admin", budgetMs: 150 },
      );
    }
  } finally {
    await sql.end();
  }
  return list;
}

async function sessionCookie(pegawaiId: string): Promise<string> {
  const token = await encode({ token: { sub: pegawaiId, pegawaiId }, secret: SECRET, salt: "authjs.session-token", maxAge: 8 * 3600 });
  return `authjs.session-token=${token}`;
}

/** RSS of a process and all its descendants, in bytes. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* exited */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* exited */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("server exited");
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function drive(persona: Persona, cookie: string) {
  const url = `http://localhost:${PORT}${persona.path}`;
  // warm up: compile caches, connection pool
  for (let i = 0; i < 5; i++) {
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    if (res.status !== 200) throw new Error(`${persona.label}: ${url} answered ${res.status}`);
    await res.arrayBuffer();
  }
  const times: number[] = [];
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (statusCode !== 200) bad++;
    });
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: result.requests.average, requests: times.length, bad };
}

async function main() {
  console.log(`Kinerja benchmark — ${CONNECTIONS} connections, ${DURATION} s per page, database ${DB_URL}`);
  if (await prepareDatabase()) await seed();
  else console.log("reusing the seeded benchmark database");
  let over = 0;
  if (PARTS.has("pages")) over += await pages();
  if (PARTS.has("skp")) {
    console.log("\nSKP (service layer, PostgreSQL, 20,000-pegawai instansi)");
    for (const row of await benchSkp(DB_URL, TODAY, "SINTETIS-20000", CONNECTIONS, DURATION)) {
      if (row.endsWith("OVER")) over++;
      console.log(row);
    }
  }
  if (PARTS.has("realisasi")) {
    console.log("\nRealisation recording (service layer, PostgreSQL, 20,000-pegawai instansi, 50 connections, 15 s after 3 s warm-up)");
    const r = await benchRealisasi(DB_URL, TODAY, "SINTETIS-20000", { connections: 50, durationS: 15, warmupS: 3 });
    for (const row of r.rows) console.log(row);
    if (!r.ok) over++;
  }
  if (PARTS.has("evaluasi")) {
    console.log(`\nEvaluation pages (service layer, PostgreSQL, 20,000-pegawai instansi, ${CONNECTIONS} connections, ${DURATION} s each)`);
    const r = await benchEvaluasi(DB_URL, TODAY, "SINTETIS-20000", { connections: CONNECTIONS, durationS: DURATION });
    for (const row of r.rows) console.log(row);
    if (!r.ok) over++;
  }
  if (PARTS.has("kalibrasi")) {
    console.log(`\nCalibration page (service layer, PostgreSQL, 20,000-pegawai instansi, ${CONNECTIONS} connections, ${DURATION} s each)`);
    const r = await benchKalibrasi(DB_URL, TODAY, "SINTETIS-20000", { connections: CONNECTIONS, durationS: DURATION });
    for (const row of r.rows) console.log(row);
    if (!r.ok) over++;
  }
  if (PARTS.has("ringkasan")) {
    console.log(`\nUnit summary (service layer, PostgreSQL, 100,000-pegawai instansi, ${CONNECTIONS} callers, ${DURATION} s each)`);
    const r = await benchRingkasan(DB_URL, TODAY, "SINTETIS-100000", { connections: CONNECTIONS, durationS: DURATION });
    for (const row of r.rows) console.log(row);
    if (!r.ok) over++;
  }
  if (over > 0) process.exitCode = 1;
}

/** The dashboards through the production server; returns how many missed their budget. */
async function pages(): Promise<number> {
  const list = await personas();

  // always measure the current code
  const r = spawnSync("node_modules/.bin/next", ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("build failed");
  // started as `npm start` starts it (heap capped at 320 MB)
  const server = spawn(process.execPath, ["--max-old-space-size=320", "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: DB_URL, AUTH_SECRET: SECRET, KINERJA_TODAY: TODAY, KINERJA_DEMO_LOGIN: "0", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treeRss(server.pid!))), 200);
  try {
    await waitForServer(`http://localhost:${PORT}/masuk`, server);
    let over = 0;
    for (const p of list) {
      const r = await drive(p, await sessionCookie(p.pegawaiId));
      const ok = r.p95 < p.budgetMs && r.bad === 0;
      if (!ok) over++;
      console.log(
        `${p.label.padEnd(44)} ${p.path.padEnd(18)} p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  ${r.rps.toFixed(1).padStart(7)} req/s  ${String(r.requests).padStart(6)} req  ${r.bad ? `${r.bad} non-200  ` : ""}budget ${p.budgetMs} ms ${ok ? "ok" : "OVER"}`,
      );
    }
    const peakMb = peak / 1024 / 1024;
    console.log(`\nserver peak RSS ${peakMb.toFixed(0)} MB (budget 500 MB) ${peakMb < 500 ? "ok" : "OVER"}`);
    if (peakMb >= 500) over++;
    return over;
  } finally {
    clearInterval(poll);
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
