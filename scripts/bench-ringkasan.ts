/**
 * The unit summary budget, measured on the service the summary page and its exports call
 * (getRingkasanUnit: authorisation, the per-unit counts, the trends, the employees directly in the
 * unit; Next's rendering is measured by the page benchmark): the head of the 100,000-pegawai
 * instansi's root, 20 concurrent callers on one pooled connection, p95 < 300 ms for
 *  - the whole instansi (the root),
 *  - one perangkat daerah (the first level-1 unit by code),
 *  - the whole instansi filtered to one jenis jabatan (FUNGSIONAL),
 * each in steady state (the summaries' one-minute cache, as the page runs), after one warm-up call.
 * For information, the same calls with the cache bypassed on every call (every caller recounts: the
 * worst case, when the cache has just expired for everyone at once) — reported, not budgeted.
 */
import { openDb, type Db } from "../db/client";
import postgres from "postgres";
import { loadActor, type ServiceContext } from "../lib/services/context";
import { getRingkasanUnit, type MasukanRingkasan } from "../lib/services/ringkasan-unit";
import { invalidateRingkasan } from "../lib/services/ringkasan-cache";
import { barisHasil, ukur } from "./bench-skp";

const BUDGET_MS = 300;

export interface OpsiBenchRingkasan {
  connections?: number;
  durationS?: number;
  /** Seconds per uncached case (it is slow by nature; a few calls per caller are enough). */
  durationTanpaCacheS?: number;
}

export async function benchRingkasan(dbUrl: string, today: string, kode: string, opsi: OpsiBenchRingkasan = {}): Promise<{ rows: string[]; ok: boolean }> {
  const connections = opsi.connections ?? 20;
  const durationS = opsi.durationS ?? 10;
  const durationTanpaCacheS = opsi.durationTanpaCacheS ?? Math.max(5, durationS);
  const sql = postgres(dbUrl, { onnotice: () => {} });
  const rows: string[] = [];
  let ok = true;
  let handle: Awaited<ReturnType<typeof openDb>> | null = null;
  try {
    const active = sql`p.mulai <= ${today}::date and (p.selesai is null or p.selesai >= ${today}::date)`;
    const [root] = await sql`
      select p.pegawai_id, u.id as unit_id from instansi i join unit_kerja u on u.instansi_id = i.id and u.parent_id is null
        join jabatan j on j.unit_id = u.id and j.kepala_unit join penugasan p on p.jabatan_id = j.id and ${active}
       where i.kode = ${kode} limit 1`;
    if (!root) throw new Error(`instansi ${kode} is not seeded or its root has no head`);
    const [pd] = await sql`select id, nama from unit_kerja where parent_id = ${root.unit_id} order by kode limit 1`;
    handle = await openDb({ kind: "postgres", url: dbUrl, max: connections });
    const db: Db = handle.db;
    const actor = await loadActor(db, root.pegawai_id as string, today);
    if (!actor) throw new Error(`the head of ${kode} is not active`);
    const ctx: ServiceContext = { db, actor, today };

    const kasus: Array<{ label: string; input: MasukanRingkasan }> = [
      { label: "whole instansi", input: {} },
      { label: `one perangkat daerah (${pd!.nama as string})`, input: { unit: pd!.id as string } },
      { label: "whole instansi, FUNGSIONAL only", input: { jenisJabatan: "FUNGSIONAL" } },
    ];
    const contoh = await getRingkasanUnit(ctx, {});
    rows.push(`  ${kode}: ${contoh.total.pegawai} pegawai in the root's subtree, ${contoh.anak.length} child rows, ${contoh.tren.kini?.titik.length ?? 0} checkpoints`);
    for (const k of kasus) {
      await getRingkasanUnit(ctx, k.input); // warm-up: fills the cache as the first visitor would
      const h = await ukur(connections, durationS, () => getRingkasanUnit(ctx, k.input));
      const b = barisHasil(`${k.label}, cached (steady state)`, h, BUDGET_MS, 62);
      ok &&= b.ok;
      rows.push(...b.teks);
    }
    for (const k of kasus) {
      invalidateRingkasan(db);
      const h = await ukur(connections, durationTanpaCacheS, () => getRingkasanUnit(ctx, k.input, { tanpaCache: true }));
      rows.push(...barisHasil(`${k.label}, uncached (every call recounts)`, h, null, 62).teks);
    }
    rows.push(ok ? `unit summary PASS (cached p95 < ${BUDGET_MS} ms at ${connections} callers, 0 errors)` : `unit summary OVER budget`);
  } finally {
    await handle?.close();
    await sql.end();
  }
  return { rows, ok };
}
