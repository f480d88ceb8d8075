/**
 * The realisation-recording budget, measured on the service the server action calls (validation,
 * authorisation, the locked IKI read, upsert, audit row and live event included; no file):
 * 50 pegawai recording concurrently on a pool of 50 connections sustain ≥ 300 realisations/s with
 * p95 < 200 ms, no errors, and every acknowledged write is in the database afterwards.
 *
 * Beside it, pgbench runs the very SQL statements catatRealisasi sends (captured from the driver at
 * run time) on the same IKI and checkpoints with 50 clients and the app's session settings: the
 * ceiling of this PostgreSQL and machine for that transaction, with no application in between (each
 * pgbench transaction also draws its keys with one primary-key select on a helper table).
 *
 * Each worker is one pegawai with an approved SKP writing to 2 kuantitatif IKI × 2 open checkpoints
 * (the running one, whose rows are removed first so they are inserted again, and the one before).
 * Afterwards the touched realisations are put back as seeded and the benchmark's audit rows,
 * notifications and helper table removed, so reruns and the other benchmarks see the seeded data.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { sql as drizzleSql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { openDb, queryRows, type Db } from "../db/client";
import * as schema from "../db/schema";
import { loadActor, type ServiceContext } from "../lib/services/context";
import { catatRealisasi } from "../lib/services/realisasi";
import { percentile } from "./bench-skp";

const IKI_PER_WORKER = 2;
const TARGET_PER_S = 300;
const TARGET_P95_MS = 200;

export interface OpsiBenchRealisasi {
  connections?: number;
  durationS?: number;
  warmupS?: number;
}

interface Pasangan {
  ikiId: string;
  checkpointId: string;
  targetMin: number;
}

interface Pekerja {
  ctx: ServiceContext;
  pegawaiId: string;
  pasangan: Pasangan[];
}

const kunci = (ikiId: string, checkpointId: string) => `${ikiId}|${checkpointId}`;
const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;

/** Runs the benchmark; `ok` is false when a target is missed. */
export async function benchRealisasi(dbUrl: string, today: string, kode: string, opsi: OpsiBenchRealisasi = {}): Promise<{ rows: string[]; ok: boolean }> {
  const connections = opsi.connections ?? 50;
  const durationS = opsi.durationS ?? 15;
  const warmupS = opsi.warmupS ?? 3;
  const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
  const rows: string[] = [];
  let ok = true;
  let handle: Awaited<ReturnType<typeof openDb>> | null = null;
  let snapshot: postgres.Row[] | null = null;
  let ikiIds: string[] = [];
  let pegawaiIds: string[] = [];
  let mulaiDb: Date | null = null;
  try {
    // ---- who writes where
    const [inst] = await sql`select id from instansi where kode = ${kode}`;
    if (!inst) throw new Error(`instansi ${kode} is not seeded`);
    const [periode] = await sql`select id from periode where instansi_id = ${inst.id} and ${today}::date between mulai and selesai`;
    if (!periode) throw new Error(`no period of ${kode} contains ${today}`);
    // the running checkpoint and the one before it, neither evaluated for the chosen SKPs
    const cps = await sql`select id, urutan, mulai::text as mulai, selesai::text as selesai from checkpoint
                           where periode_id = ${periode.id} and mulai <= ${today}::date order by urutan desc limit 2`;
    if (cps.length < 2) throw new Error(`fewer than two checkpoints of ${kode} have started by ${today}`);
    const [kini, lalu] = cps as unknown as Array<{ id: string; mulai: string; selesai: string }>;
    const kandidat = await sql`
      select s.pegawai_id, (array_agg(i.id::text order by i.id))[1:${IKI_PER_WORKER}] as iki,
             (array_agg(i.target_min::float8 order by i.id))[1:${IKI_PER_WORKER}] as target
        from skp s join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id and i.target_min is not null
       where s.periode_id = ${periode.id} and s.status = 'DISETUJUI'
         and s.berlaku_mulai <= ${lalu!.selesai}::date and s.berlaku_selesai >= ${kini!.mulai}::date
         and not exists (select 1 from evaluasi e where e.skp_id = s.id and e.checkpoint_id in (${kini!.id}, ${lalu!.id}) and e.status <> 'DRAFT')
       group by s.id, s.pegawai_id having count(*) >= ${IKI_PER_WORKER}
       order by s.id desc limit ${connections * 2}`;

    handle = await openDb({ kind: "postgres", url: dbUrl, max: connections });
    const db: Db = handle.db;
    const pekerja: Pekerja[] = [];
    for (const k of kandidat) {
      if (pekerja.length === connections) break;
      const actor = await loadActor(db, k.pegawai_id as string, today);
      if (!actor?.peran.includes("PEGAWAI")) continue;
      const iki = k.iki as string[];
      const target = k.target as number[];
      const pasangan = iki.flatMap((ikiId, j) => [kini!.id, lalu!.id].map((checkpointId) => ({ ikiId, checkpointId: checkpointId as string, targetMin: target[j]! })));
      pekerja.push({ ctx: { db, actor, today }, pegawaiId: actor.pegawaiId, pasangan });
    }
    if (pekerja.length < connections) throw new Error(`only ${pekerja.length} pegawai of ${kode} can record realisations on ${today}`);
    ikiIds = pekerja.flatMap((p) => p.pasangan.map((x) => x.ikiId)).filter((v, i, a) => a.indexOf(v) === i);
    pegawaiIds = pekerja.map((p) => p.pegawaiId);

    // ---- keep the seeded rows to put back; the running checkpoint's rows go, so they are inserted again
    snapshot = [...(await sql`select * from realisasi where iki_id in ${sql(ikiIds)}`)];
    await sql`delete from realisasi where iki_id in ${sql(ikiIds)} and checkpoint_id = ${kini!.id}`;
    mulaiDb = ((await sql`select now() as t`)[0]!.t as Date);

    // ---- the service, 50 workers each on its own pegawai
    const terakhir = new Map<string, { nilai: number; ok: boolean }>();
    const latensi: number[] = [];
    let diakui = 0;
    let diakuiUkur = 0;
    let gagal = 0;
    const contohGalat = new Set<string>();
    const t0 = performance.now();
    const mulaiUkur = t0 + warmupS * 1000;
    const selesaiUkur = mulaiUkur + durationS * 1000;
    let akhir = mulaiUkur;
    await Promise.all(
      pekerja.map(async (w, wi) => {
        for (let n = wi; performance.now() < selesaiUkur; n++) {
          const p = w.pasangan[n % w.pasangan.length]!;
          const nilai = Math.round(p.targetMin * (0.5 + Math.random()) * 100) / 100;
          const mulai = performance.now();
          let sukses = true;
          try {
            await catatRealisasi(w.ctx, { ikiId: p.ikiId, checkpointId: p.checkpointId, nilai, uraian: `Uji beban ${n}`, sumberData: "bench" });
            diakui++;
          } catch (error) {
            sukses = false;
            gagal++;
            if (contohGalat.size < 3) contohGalat.add(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
          }
          const selesai = performance.now();
          terakhir.set(kunci(p.ikiId, p.checkpointId), { nilai, ok: sukses });
          if (mulai >= mulaiUkur) {
            latensi.push(selesai - mulai);
            if (sukses) diakuiUkur++;
            akhir = Math.max(akhir, selesai);
          }
        }
      }),
    );
    // what the app's connections run with (db/client.ts), for pgbench's ceiling
    const [setelan] = await queryRows<{ jit: string; plan_cache_mode: string }>(db, drizzleSql`select current_setting('jit') as jit, current_setting('plan_cache_mode') as plan_cache_mode`);
    await handle.close();
    handle = null;
    latensi.sort((a, b) => a - b);
    const perDetik = diakuiUkur / ((akhir - mulaiUkur) / 1000);
    const p50 = percentile(latensi, 50);
    const p95 = percentile(latensi, 95);
    const p99 = percentile(latensi, 99);

    // ---- every acknowledged write is there
    const ada = new Map<string, number | null>();
    for (const r of await sql`select iki_id, checkpoint_id, nilai from realisasi where iki_id in ${sql(ikiIds)}`)
      ada.set(kunci(r.iki_id as string, r.checkpoint_id as string), r.nilai === null ? null : Number(r.nilai));
    let hilang = 0;
    let berbeda = 0;
    let diperiksa = 0;
    for (const [k, v] of terakhir) {
      if (!v.ok) continue; // the last call failed: either value may be there
      diperiksa++;
      if (!ada.has(k)) hilang++;
      else if (ada.get(k) !== v.nilai) berbeda++;
    }
    const [audit] = await sql`select count(*)::int as n, count(*) filter (where aksi = 'REALISASI_DICATAT')::int as baru
                                from audit_log where entitas = 'realisasi' and aktor_id in ${sql(pegawaiIds)} and waktu >= ${mulaiDb}`;
    const nAudit = audit!.n as number;

    const okLaju = perDetik >= TARGET_PER_S && p95 < TARGET_P95_MS && gagal === 0;
    const okData = hilang === 0 && berbeda === 0 && nAudit >= diakui;
    ok = okLaju && okData;
    rows.push(
      `record realisation, no file (${connections} users)   p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  ${perDetik.toFixed(0).padStart(5)}/s  ${String(latensi.length).padStart(6)} calls  ${gagal} errors  target ≥ ${TARGET_PER_S}/s, p95 < ${TARGET_P95_MS} ms ${okLaju ? "ok" : "OVER"}`,
      `  acknowledged ${diakui} (incl. ${warmupS} s warm-up; ${audit!.baru} inserts): last value of ${diperiksa} IKI×checkpoint checked, ${hilang} missing, ${berbeda} wrong; audit rows ${nAudit} ${okData ? "ok" : "OVER"}`,
      ...[...contohGalat].map((g) => `  error: ${g}`),
    );

    // ---- the ceiling: the same statements from pgbench
    rows.push(await pgbenchPlafon(dbUrl, await tangkapPernyataan(dbUrl, pekerja[0]!), pekerja, connections, durationS, sql, { jit: setelan!.jit, plan_cache_mode: setelan!.plan_cache_mode }));
  } finally {
    if (handle) await handle.close();
    await bersihkan(sql, { snapshot, ikiIds, pegawaiIds, mulaiDb }).catch((error: unknown) => rows.push(`cleanup failed: ${String(error)}`));
    await sql.end();
  }
  rows.push(`realisation recording ${ok ? "PASS" : "FAIL"} (≥ ${TARGET_PER_S}/s, p95 < ${TARGET_P95_MS} ms, 0 errors, 0 missing)`);
  return { rows, ok };
}

interface Tangkapan {
  statements: Array<{ text: string; params: unknown[] }>;
  realisasiId: string;
  pegawaiId: string;
  ikiId: string;
  checkpointId: string;
  nilai: string;
}

/**
 * One catatRealisasi call through a driver that reports every statement it sends: an update of the
 * earlier checkpoint's value of the first worker's first IKI, with a value (0) that cannot newly
 * reach the target — the common path, without a notification.
 */
async function tangkapPernyataan(dbUrl: string, w: Pekerja): Promise<Tangkapan> {
  const statements: Tangkapan["statements"] = [];
  const client = postgres(dbUrl, { max: 1, onnotice: () => {}, debug: (_c, text, params) => statements.push({ text, params }) });
  try {
    const db = drizzle(client, { schema }) as unknown as Db;
    const p = w.pasangan[1]!;
    const hasil = await catatRealisasi({ ...w.ctx, db }, { ikiId: p.ikiId, checkpointId: p.checkpointId, nilai: 0, uraian: "Uji beban", sumberData: "bench" });
    return { statements, realisasiId: hasil.realisasiId, pegawaiId: w.pegawaiId, ikiId: p.ikiId, checkpointId: p.checkpointId, nilai: "0" };
  } finally {
    await client.end();
  }
}

/**
 * The pgbench script for the captured transaction: each statement as sent, the values of this call
 * replaced by variables (the IKI, checkpoint and pegawai drawn per transaction from the client's own
 * rows of a helper table, the upsert's id kept for the audit row), the other values passed with -D.
 * The writes after the upsert go in one pipeline, as the service sends them.
 */
function skripPgbench(t: Tangkapan): { script: string; tetap: string[] } {
  const variabel = new Map<string, string>([[t.ikiId, ":iki"], [t.checkpointId, ":cp"], [t.pegawaiId, ":peg"], [t.realisasiId, ":id"], [t.nilai, ":nilai"]]);
  const tetap: string[] = [];
  // the transaction only (a fresh connection first asks for the array types)
  const begin = t.statements.findIndex((s) => /^begin\b/i.test(s.text.trim()));
  const commit = t.statements.findIndex((s) => /^commit\b/i.test(s.text.trim()));
  if (begin < 0 || commit < begin) throw new Error("catatRealisasi sent no begin … commit");
  const texts = t.statements.slice(begin, commit + 1).map((s) =>
    s.text
      .replace(/\s*\n\s*/g, " ")
      .trim()
      .replace(/\$(\d+)/g, (_m, n: string) => {
        const v = s.params[Number(n) - 1];
        if (v === null || v === undefined) return "NULL";
        const nama = variabel.get(String(v));
        if (nama) return nama;
        tetap.push(String(v));
        return `:t${tetap.length}`;
      }),
  );
  const upsert = texts.findIndex((x) => /^insert into realisasi\b/i.test(x));
  if (upsert < 0) throw new Error("catatRealisasi sent no insert into realisasi");
  const sebelum = texts.slice(0, upsert);
  const tulis = texts.slice(upsert + 1, -1);
  const lines = [
    `\\set k random(0, ${IKI_PER_WORKER * 2 - 1})`,
    "\\set nilai random(0, 3000)",
    "select iki, cp, peg from bench_realisasi_kunci where klien = :client_id and k = :k \\gset",
    ...sebelum.map((x) => `${x};`),
    `${texts[upsert]} \\gset`,
    ...(tulis.length > 1 ? ["\\startpipeline", ...tulis.map((x) => `${x};`), "\\endpipeline"] : tulis.map((x) => `${x};`)),
    `${texts.at(-1)};`,
  ];
  return { script: `${lines.join("\n")}\n`, tetap };
}

/**
 * Runs the captured transaction from pgbench, each client on the IKI and checkpoints of one worker,
 * with the session settings of the app's connections.
 */
async function pgbenchPlafon(
  dbUrl: string, t: Tangkapan, pekerja: Pekerja[], clients: number, durationS: number, sql: postgres.Sql, setelanApp: Record<string, string>,
): Promise<string> {
  const { script, tetap } = skripPgbench(t);
  await sql`drop table if exists bench_realisasi_kunci`;
  await sql`create table bench_realisasi_kunci (klien int, k int, iki uuid, cp uuid, peg uuid, primary key (klien, k))`;
  await sql`insert into bench_realisasi_kunci ${sql(pekerja.slice(0, clients).flatMap((w, klien) => w.pasangan.map((p, k) => ({ klien, k, iki: p.ikiId, cp: p.checkpointId, peg: w.pegawaiId }))))}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-pgbench-"));
  try {
    fs.writeFileSync(path.join(dir, "realisasi.sql"), script);
    const url = new URL(dbUrl);
    const env = { ...process.env, PGHOST: url.hostname, PGPORT: url.port || "5432", PGUSER: decodeURIComponent(url.username || "postgres"), PGDATABASE: url.pathname.slice(1) };
    if (url.password) Object.assign(env, { PGPASSWORD: decodeURIComponent(url.password) });
    const pgoptions = Object.entries(setelanApp).map(([k, v]) => `-c ${k}=${v}`).join(" ");
    const prefix = path.join(dir, "log");
    const args = ["-n", "-c", String(clients), "-j", "2", "-T", String(durationS), "-M", "prepared", "-l", "--log-prefix", prefix, "-f", path.join(dir, "realisasi.sql")];
    tetap.forEach((v, i) => args.push("-D", `t${i + 1}=${v}`));
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn("pgbench", args, { env: { ...env, PGOPTIONS: pgoptions } });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      child.on("error", (error) => resolve({ code: -1, out: `error: ${error.message}` }));
      child.on("close", (code) => resolve({ code, out }));
    });
    if (r.code !== 0) return `pgbench ceiling: pgbench failed: ${r.out.trim().split("\n").filter((l) => /error|abort/i.test(l)).slice(0, 3).join(" / ")}`;
    const tps = Number(/tps = ([\d.]+)/.exec(r.out)?.[1] ?? NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(r.out)?.[1] ?? 0);
    const lat: number[] = [];
    for (const f of fs.readdirSync(dir).filter((f) => f.startsWith("log")))
      for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
        const us = Number(line.split(" ")[2]);
        if (line && Number.isFinite(us)) lat.push(us / 1000);
      }
    lat.sort((a, b) => a - b);
    return `pgbench ceiling, same statements (${clients} clients)  p50 ${ms(percentile(lat, 50))}  p95 ${ms(percentile(lat, 95))}  p99 ${ms(percentile(lat, 99))}  ${tps.toFixed(0).padStart(5)}/s  ${String(lat.length).padStart(6)} txns  ${failed} failed  (${pgoptions.replaceAll("-c ", "") || "server defaults"})`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Puts the touched realisations back as seeded and removes what the benchmark wrote. */
async function bersihkan(sql: postgres.Sql, s: { snapshot: postgres.Row[] | null; ikiIds: string[]; pegawaiIds: string[]; mulaiDb: Date | null }) {
  await sql`drop table if exists bench_realisasi_kunci`;
  if (!s.snapshot || s.ikiIds.length === 0) return;
  await sql.begin(async (tx) => {
    await tx`delete from realisasi where iki_id in ${tx(s.ikiIds)}`;
    for (let i = 0; i < s.snapshot!.length; i += 1000) await tx`insert into realisasi ${tx(s.snapshot!.slice(i, i + 1000))}`;
    if (s.mulaiDb) {
      await tx`delete from audit_log where entitas = 'realisasi' and aktor_id in ${tx(s.pegawaiIds)} and waktu >= ${s.mulaiDb}`;
      await tx`delete from notifikasi where jenis = 'TARGET_TERCAPAI' and created_at >= ${s.mulaiDb} and split_part(kunci, ':', 2) in ${tx(s.ikiIds)}`;
    }
  });
}
