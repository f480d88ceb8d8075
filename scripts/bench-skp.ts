/**
 * The SKP budgets, measured on the service layer the server actions call (authorisation, validation,
 * transaction, audit row included; Next's rendering is measured separately by the page benchmark):
 *  - opening a 15-RHK SKP and saving it: p95 < 150 ms each, 20 concurrent users each on their own SKP;
 *  - approving 50 submitted SKPs in one action: < 1 s.
 * The SKPs are rewritten on every run, so the measurement does not depend on an earlier one.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDb, type Db } from "../db/client";
import { loadActor, type ServiceContext } from "../lib/services/context";
import { getSkp, nilaiForm, setujuiBanyakSkp, simpanDraftSkp } from "../lib/services/skp";

const RHK = 15;
const IKI_PER_RHK = 2;
const BULK = 50;

/** The p-th percentile of sorted latencies (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Hasil {
  latensi: number[];
  gagal: number;
  contohGalat: Set<string>;
  perDetik: number;
}

/** Runs `kerja` in `connections` concurrent loops for `durationS` seconds; latencies sorted. */
export async function ukur(connections: number, durationS: number, kerja: (pekerja: number, n: number) => Promise<unknown>): Promise<Hasil> {
  const latensi: number[] = [];
  const contohGalat = new Set<string>();
  let gagal = 0;
  const t0 = performance.now();
  const sampai = t0 + durationS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      for (let n = 0; performance.now() < sampai; n++) {
        const mulai = performance.now();
        try {
          await kerja(w, n);
        } catch (error) {
          gagal++;
          if (contohGalat.size < 3) contohGalat.add(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        }
        latensi.push(performance.now() - mulai);
      }
    }),
  );
  const detik = (performance.now() - t0) / 1000;
  latensi.sort((a, b) => a - b);
  return { latensi, gagal, contohGalat, perDetik: latensi.length / detik };
}

/**
 * One result line (p50, p95, p99, rate, calls, errors, and the budget verdict or "(information)") and the
 * first errors; `ok` when there is no budget, or p95 is under it with no error.
 */
export function barisHasil(label: string, h: Hasil, anggaran: number | null, lebar = 60): { teks: string[]; ok: boolean } {
  const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
  const ok = anggaran === null || (percentile(h.latensi, 95) < anggaran && h.gagal === 0);
  return {
    ok,
    teks: [
      `${label.padEnd(lebar)} p50 ${ms(percentile(h.latensi, 50))}  p95 ${ms(percentile(h.latensi, 95))}  p99 ${ms(percentile(h.latensi, 99))}  ${h.perDetik.toFixed(1).padStart(7)}/s  ${String(h.latensi.length).padStart(6)} calls  ${h.gagal} errors  ${anggaran === null ? "(information)" : `budget ${anggaran} ms ${ok ? "ok" : "OVER"}`}`,
      ...[...h.contohGalat].map((g) => `  error: ${g}`),
    ],
  };
}

/** Rewrites the given SKPs as drafts with 15 RHK of 2 IKI each, linked to the PPK's first RHK. */
async function siapkanDraf(sql: postgres.Sql, skpIds: string[]) {
  await sql.begin(async (tx) => {
    await tx`delete from rhk where skp_id in ${tx(skpIds)}`;
    await tx`update skp set status = 'DRAFT', lock_version = 0, disetujui_at = null where id in ${tx(skpIds)}`;
    const rhk: Array<Record<string, unknown>> = [];
    const iki: Array<Record<string, unknown>> = [];
    for (const skpId of skpIds) {
      const [atasan] = await tx`select r.id from skp s join skp a on a.pegawai_id = s.ppk_pegawai_id and a.periode_id = s.periode_id
                                  join rhk r on r.skp_id = a.id where s.id = ${skpId} limit 1`;
      for (let i = 1; i <= RHK; i++) {
        const id = randomUUID();
        rhk.push({ id, skp_id: skpId, jenis: i <= 12 ? "UTAMA" : "TAMBAHAN", urutan: i <= 12 ? i : i - 12, uraian: `Hasil kerja uji beban nomor ${i} yang cukup panjang untuk menyerupai uraian sebenarnya`, rhk_atasan_id: i <= 12 ? (atasan?.id ?? null) : null });
        for (let j = 1; j <= IKI_PER_RHK; j++)
          iki.push({ rhk_id: id, urutan: j, aspek: j === 1 ? "KUANTITAS" : "WAKTU", indikator: `Jumlah keluaran ${i}.${j} yang diselesaikan tepat waktu`, target_min: String(10 * j), satuan: j === 1 ? "dokumen" : "bulan" });
      }
    }
    await tx`insert into rhk ${tx(rhk)}`;
    await tx`insert into iki ${tx(iki)}`;
  });
}

export async function benchSkp(dbUrl: string, today: string, kode: string, connections: number, durationS: number): Promise<string[]> {
  const sql = postgres(dbUrl, { onnotice: () => {} });
  const handle = await openDb({ kind: "postgres", url: dbUrl, max: connections });
  const db: Db = handle.db;
  const rows: string[] = [];
  try {
    const [inst] = await sql`select id from instansi where kode = ${kode}`;
    const periode = await sql`select id from periode where instansi_id = ${inst!.id} and ${today}::date between mulai and selesai`;
    // one SKP per simulated user, each with a PPK who has RHK of their own
    const users = await sql`
      select s.id, s.pegawai_id from skp s
       where s.periode_id = ${periode[0]!.id} and s.ppk_pegawai_id is not null
         and exists (select 1 from skp a join rhk r on r.skp_id = a.id where a.pegawai_id = s.ppk_pegawai_id and a.periode_id = s.periode_id)
       order by s.id limit ${connections}`;
    await siapkanDraf(sql, users.map((u) => u.id as string));

    const ctxs: Array<{ ctx: ServiceContext; skpId: string }> = [];
    for (const u of users) {
      const actor = await loadActor(db, u.pegawai_id as string, today);
      if (!actor) throw new Error(`bench user ${u.pegawai_id} is not active`);
      ctxs.push({ ctx: { db, actor, today }, skpId: u.id as string });
    }
    // warm up
    for (const { ctx, skpId } of ctxs.slice(0, 3)) await getSkp(ctx, skpId);

    const buka: number[] = [];
    const simpan: number[] = [];
    let gagal = 0;
    const until = Date.now() + durationS * 1000;
    await Promise.all(
      ctxs.map(async ({ ctx, skpId }) => {
        while (Date.now() < until) {
          const t0 = performance.now();
          const halaman = await getSkp(ctx, skpId);
          const t1 = performance.now();
          const nilai = nilaiForm(halaman.dokumen, halaman.lockVersion);
          nilai.rhk[0]!.uraian = `Hasil kerja uji beban diperbarui ${Math.random().toString(36).slice(2, 8)}`;
          try {
            await simpanDraftSkp(ctx, skpId, nilai);
          } catch {
            gagal++;
          }
          const t2 = performance.now();
          buka.push(t1 - t0);
          simpan.push(t2 - t1);
        }
      }),
    );
    buka.sort((a, b) => a - b);
    simpan.sort((a, b) => a - b);
    const rhkCount = (await getSkp(ctxs[0]!.ctx, ctxs[0]!.skpId)).dokumen.rhk.length;
    const okBuka = percentile(buka, 95) < 150;
    const okSimpan = percentile(simpan, 95) < 150 && gagal === 0;
    rows.push(
      `SKP open, ${rhkCount} RHK (${connections} users)        p50 ${percentile(buka, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(buka, 95).toFixed(0).padStart(5)} ms  ${String(buka.length).padStart(6)} opens  budget 150 ms ${okBuka ? "ok" : "OVER"}`,
      `SKP save, ${rhkCount} RHK (${connections} users)        p50 ${percentile(simpan, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(simpan, 95).toFixed(0).padStart(5)} ms  ${String(simpan.length).padStart(6)} saves  ${gagal ? `${gagal} failed  ` : ""}budget 150 ms ${okSimpan ? "ok" : "OVER"}`,
    );

    // bulk approval: 50 submitted SKPs of one PPK's team, approved in one call (three rounds)
    const [ppk] = await sql`select ppk_pegawai_id as id from skp where periode_id = ${periode[0]!.id} and ppk_pegawai_id is not null
                             group by ppk_pegawai_id order by count(*) desc limit 1`;
    const ppkActor = await loadActor(db, ppk!.id as string, today);
    if (!ppkActor) throw new Error("bench PPK is not active");
    const putaran: number[] = [];
    for (let round = 0; round < 3; round++) {
      const batch = await sql`select s.id from skp s where s.periode_id = ${periode[0]!.id} and s.pegawai_id <> ${ppk!.id}
                                order by s.id offset ${connections + round * BULK} limit ${BULK}`;
      const ids = batch.map((b) => b.id as string);
      await sql`delete from skp_versi where skp_id in ${sql(ids)}`;
      await sql`update skp set status = 'DIAJUKAN', ppk_pegawai_id = ${ppk!.id}, disetujui_at = null where id in ${sql(ids)}`;
      const t0 = performance.now();
      const hasil = await setujuiBanyakSkp({ db, actor: ppkActor, today }, ids);
      putaran.push(performance.now() - t0);
      if (hasil.disetujui.length !== BULK) throw new Error(`bulk approval approved ${hasil.disetujui.length} of ${BULK}`);
    }
    const terlama = Math.max(...putaran);
    rows.push(`SKP bulk approval of ${BULK} in one action        ${putaran.map((t) => `${t.toFixed(0)} ms`).join(", ")}  budget 1000 ms ${terlama < 1000 ? "ok" : "OVER"}`);
    return rows;
  } finally {
    await handle.close();
    await sql.end();
  }
}
