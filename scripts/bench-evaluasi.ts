/**
 * The appraisal budget, measured on the services the evaluation pages call (authorisation, every
 * query, the suggested rating; Next's rendering is measured separately by the page benchmark):
 * a PPK with 30 subordinates, 20 concurrent users, p95 < 200 ms for
 *  - the team list of the latest ended checkpoint (/evaluasi → getEvaluasiTim), and
 *  - one subordinate's evaluation page (/evaluasi/[skpId]?cp=… → getHalamanEvaluasi: targets,
 *    realisations, evidence, feedback, the draft's feedback per RHK and value, the team's neighbours),
 *    the workers rotating through the 30;
 * and, for information only, saving a draft evaluation (simpanEvaluasi without tetapkan), each worker
 * on its own subordinate.
 *
 * The team, prepared deterministically before measuring (one transaction):
 *  - the PPK: the first active Pengawas (by pegawai id) with an approved SKP in the period containing
 *    today and at most 30 subordinate assignments in the structure, so no more than 30 approved SKPs
 *    point at them naturally;
 *  - the 30: approved SKPs of the period covering the checkpoint, with a realisation in it and no
 *    evaluation of it set yet — those already pointing at the PPK first, then by md5(id) (away from the
 *    id order the SKP and realisation benchmarks take theirs in) — get `ppk_pegawai_id` = the PPK and
 *    `atasan_ppk_pegawai_id` = the PPK's own PPK. This stays: a rerun (--reuse) finds the same 30
 *    already pointing at the PPK and changes nothing.
 *  - the checkpoint: the latest that has ended by today (the team list's default; October at 2026-11-20).
 *  - the synthetic data has no evidence or feedback: each of the checkpoint's realisations of the 30
 *    gets two evidence links and each IKI one feedback from the PPK, plus two on work behaviour per SKP;
 *  - measured in order: the list and the pages with no evaluation yet (the PPK starting), then draft
 *    saves after a first draft of each (with feedback on every RHK and two values), then the list and
 *    the pages again with every evaluation drafted.
 * Afterwards the evidence, feedback, evaluations of that checkpoint and their audit rows are removed
 * again (also at the start, after an interrupted run), so the other benchmarks see the seeded data.
 */
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { openDb, type Db } from "../db/client";
import * as schema from "../db/schema";
import { loadActor, type ServiceContext } from "../lib/services/context";
import { getEvaluasiTim, getHalamanEvaluasi, simpanEvaluasi } from "../lib/services/evaluasi";
import { barisHasil, ukur, type Hasil } from "./bench-skp";

const TIM = 30;
const BUDGET_MS = 200;
/** Marks the evidence and feedback the benchmark adds, to remove them again. */
const PENANDA = "[uji beban evaluasi]";

export interface OpsiBenchEvaluasi {
  connections?: number;
  durationS?: number;
}

/** How many statements one call sends (a driver on one connection that counts what it is asked to run). */
async function hitungPernyataan(dbUrl: string, ctx: ServiceContext, kerja: (ctx: ServiceContext) => Promise<unknown>): Promise<number> {
  let n = 0;
  const client = postgres(dbUrl, { max: 1, onnotice: () => {}, debug: () => n++ });
  try {
    const db = drizzle(client, { schema }) as unknown as Db;
    await client`select 1`; // the connection's own start-up queries are not the call's
    n = 0;
    await kerja({ ...ctx, db });
    return n;
  } finally {
    await client.end();
  }
}

/** Removes what the benchmark adds for the team on the checkpoint (evaluations, evidence, feedback) and its audit rows. */
async function bersihkan(sql: postgres.Sql, s: { skpIds: string[]; checkpointId: string; ppkId: string; sejak: Date | null }) {
  if (s.skpIds.length === 0) return;
  await sql.begin(async (tx) => {
    const evIds = (await tx`select id from evaluasi where skp_id in ${tx(s.skpIds)} and checkpoint_id = ${s.checkpointId} and status = 'DRAFT'`).map((r) => r.id as string);
    if (evIds.length) {
      await tx`delete from audit_log where entitas = 'evaluasi' and entitas_id in ${tx(evIds)} and aktor_id = ${s.ppkId}`;
      await tx`delete from evaluasi where id in ${tx(evIds)}`;
    }
    await tx`delete from bukti_dukung b using realisasi re, iki i, rhk r
              where re.id = b.realisasi_id and i.id = re.iki_id and r.id = i.rhk_id and r.skp_id in ${tx(s.skpIds)} and b.nama like ${`%${PENANDA}`}`;
    await tx`delete from umpan_balik where skp_id in ${tx(s.skpIds)} and isi like ${`%${PENANDA}`}`;
  });
}

export async function benchEvaluasi(dbUrl: string, today: string, kode: string, opsi: OpsiBenchEvaluasi = {}): Promise<{ rows: string[]; ok: boolean }> {
  const connections = opsi.connections ?? 20;
  const durationS = opsi.durationS ?? 10;
  const sql = postgres(dbUrl, { onnotice: () => {} });
  const rows: string[] = [];
  let ok = true;
  let handle: Awaited<ReturnType<typeof openDb>> | null = null;
  let bersih: Parameters<typeof bersihkan>[1] | null = null;
  try {
    // ---- the period, the checkpoint, the PPK
    const [inst] = await sql`select id from instansi where kode = ${kode}`;
    if (!inst) throw new Error(`instansi ${kode} is not seeded`);
    const [periode] = await sql`select id from periode where instansi_id = ${inst.id} and ${today}::date between mulai and selesai`;
    if (!periode) throw new Error(`no period of ${kode} contains ${today}`);
    const [cp] = await sql`select id, urutan, nama, mulai::text as mulai, selesai::text as selesai from checkpoint
                            where periode_id = ${periode.id} and selesai <= ${today}::date order by urutan desc limit 1`;
    if (!cp) throw new Error(`no checkpoint of ${kode} has ended by ${today}`);
    const [ppk] = await sql`
      select p.pegawai_id, s.ppk_pegawai_id as atasan_id, pg.nama
        from jabatan atas join penugasan p on p.jabatan_id = atas.id and p.mulai <= ${today}::date and (p.selesai is null or p.selesai >= ${today}::date)
        join pegawai pg on pg.id = p.pegawai_id
        join skp s on s.pegawai_id = p.pegawai_id and s.periode_id = ${periode.id} and s.status = 'DISETUJUI'
       where atas.instansi_id = ${inst.id} and atas.jenis = 'PENGAWAS'
         and (select count(*) from jabatan j join penugasan b on b.jabatan_id = j.id and b.mulai <= ${today}::date and (b.selesai is null or b.selesai >= ${today}::date)
               where j.atasan_jabatan_id = atas.id) between 1 and ${TIM}
       order by p.pegawai_id limit 1`;
    if (!ppk) throw new Error(`no Pengawas of ${kode} with an approved SKP and at most ${TIM} subordinates`);
    const ppkId = ppk.pegawai_id as string;

    // ---- the 30
    const tim = (
      await sql`
        select s.id from skp s
         where s.periode_id = ${periode.id} and s.status = 'DISETUJUI' and s.pegawai_id <> ${ppkId}
           and s.berlaku_mulai <= ${cp.selesai}::date and s.berlaku_selesai >= ${cp.mulai}::date
           and not exists (select 1 from evaluasi e where e.skp_id = s.id and e.checkpoint_id = ${cp.id} and e.status <> 'DRAFT')
           and exists (select 1 from rhk r join iki i on i.rhk_id = r.id join realisasi re on re.iki_id = i.id and re.checkpoint_id = ${cp.id} where r.skp_id = s.id)
         order by (s.ppk_pegawai_id = ${ppkId}) desc, md5(s.id::text) limit ${TIM}`
    ).map((r) => r.id as string);
    if (tim.length < TIM) throw new Error(`only ${tim.length} approved SKPs of ${kode} can be evaluated for ${cp.nama}`);
    bersih = { skpIds: tim, checkpointId: cp.id as string, ppkId, sejak: null };
    await bersihkan(sql, bersih);
    let dipindah = 0;
    await sql.begin(async (tx) => {
      const r = await tx`update skp set ppk_pegawai_id = ${ppkId}, atasan_ppk_pegawai_id = ${ppk.atasan_id}
                          where id in ${tx(tim)} and (ppk_pegawai_id is distinct from ${ppkId} or atasan_ppk_pegawai_id is distinct from ${ppk.atasan_id})`;
      dipindah = r.count;
      // evidence: two links per realisation of the checkpoint; feedback: one per IKI, two on work behaviour
      await tx`insert into bukti_dukung (realisasi_id, jenis, nama, tautan, diunggah_oleh)
               select re.id, 'TAUTAN', 'Laporan kegiatan ' || g || ' ' || ${PENANDA}, 'https://dokumen.example.org/bukti/' || re.id || '/' || g, s.pegawai_id
                 from skp s join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id join realisasi re on re.iki_id = i.id and re.checkpoint_id = ${cp.id}
                 cross join generate_series(1, 2) g
                where s.id in ${tx(tim)}`;
      await tx`insert into umpan_balik (skp_id, checkpoint_id, iki_id, isi, penulis_id)
               select s.id, ${cp.id}, i.id, 'Capaian sudah sesuai rencana, pertahankan ketepatan waktu pelaporan ' || ${PENANDA}, ${ppkId}
                 from skp s join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id where s.id in ${tx(tim)}`;
      await tx`insert into umpan_balik (skp_id, checkpoint_id, nilai_perilaku, isi, penulis_id)
               select s.id, ${cp.id}, n::nilai_berakhlak, 'Sikap kerja baik dan responsif ' || ${PENANDA}, ${ppkId}
                 from skp s cross join unnest(array['BERORIENTASI_PELAYANAN', 'KOLABORATIF']) n where s.id in ${tx(tim)}`;
    });
    const [isi] = await sql`
      select count(distinct r.id)::int as rhk, count(distinct i.id)::int as iki,
             (select count(*)::int from realisasi re join iki i2 on i2.id = re.iki_id join rhk r2 on r2.id = i2.rhk_id where r2.skp_id in ${sql(tim)}) as realisasi,
             (select count(*)::int from bukti_dukung b join realisasi re on re.id = b.realisasi_id join iki i2 on i2.id = re.iki_id join rhk r2 on r2.id = i2.rhk_id where r2.skp_id in ${sql(tim)}) as bukti,
             (select count(*)::int from umpan_balik u where u.skp_id in ${sql(tim)}) as umpan_balik
        from rhk r join iki i on i.rhk_id = r.id where r.skp_id in ${sql(tim)}`;

    // ---- the PPK; each page opened once (the warm-up), no evaluation yet
    handle = await openDb({ kind: "postgres", url: dbUrl, max: connections });
    const db: Db = handle.db;
    const actor = await loadActor(db, ppkId, today);
    if (!actor?.peran.includes("PPK")) throw new Error(`bench PPK ${ppkId} is not active or not a PPK`);
    const ctx: ServiceContext = { db, actor, today };
    bersih.sejak = (await sql`select now() as t`)[0]!.t as Date;
    const urutan = cp.urutan as number;
    type Halaman = Awaited<ReturnType<typeof getHalamanEvaluasi>>;
    const draf = (skpId: string, halaman: Halaman, n: number) => ({
      skpId, checkpointId: cp.id, ratingHasil: halaman.saran.rating, ratingPerilaku: "SESUAI", catatan: `Catatan penilaian putaran ${n}`,
      umpanBalikRhk: Object.fromEntries(halaman.isi.rhk.map((r) => [r.id, `Hasil kerja ${r.jenis === "UTAMA" ? "utama" : "tambahan"} tercapai, putaran ${n}`])),
      umpanBalikPerilaku: { BERORIENTASI_PELAYANAN: `Pelayanan cepat dan ramah, putaran ${n}`, KOLABORATIF: `Aktif membantu rekan, putaran ${n}` },
    });
    const halamanAwal = new Map<string, Halaman>();
    for (const skpId of tim) {
      const h = await getHalamanEvaluasi(ctx, skpId, urutan);
      if (!h.bolehNilai || h.evaluasi) throw new Error(`the bench PPK cannot evaluate SKP ${skpId} afresh: ${h.masalahNilai ?? "an evaluation exists"}`);
      halamanAwal.set(skpId, h);
    }
    const daftar = await getEvaluasiTim(ctx);
    if (daftar.pilihan !== urutan) throw new Error(`the team list opens on checkpoint ${String(daftar.pilihan)}, not ${urutan}`);
    if (daftar.baris.length !== TIM) throw new Error(`the bench PPK's team list has ${daftar.baris.length} rows, not ${TIM}`);
    const pernyataan = [`list ${await hitungPernyataan(dbUrl, ctx, (c) => getEvaluasiTim(c))}`, `page ${await hitungPernyataan(dbUrl, ctx, (c) => getHalamanEvaluasi(c, tim[0]!, urutan))}`];

    const daftarTim = () =>
      ukur(connections, durationS, async () => {
        const d = await getEvaluasiTim(ctx);
        if (d.baris.length !== TIM) throw new Error(`team list has ${d.baris.length} rows`);
      });
    const bukaHalaman = () => ukur(connections, durationS, (w, n) => getHalamanEvaluasi(ctx, tim[(w + n) % TIM]!, urutan));
    const hasil: Array<[string, Hasil, number | null]> = [];
    hasil.push([`team list, ${TIM} subordinates, none evaluated`, await daftarTim(), BUDGET_MS]);
    hasil.push([`evaluation page, rotating ${TIM}, none evaluated`, await bukaHalaman(), BUDGET_MS]);

    // ---- a draft of each, then saving drafts (each worker on its own subordinate) and reading again
    for (const skpId of tim) await simpanEvaluasi(ctx, draf(skpId, halamanAwal.get(skpId)!, 0));
    const contoh = await getHalamanEvaluasi(ctx, tim[0]!, urutan);
    if (contoh.evaluasi?.status !== "DRAFT" || Object.keys(contoh.umpanBalikRhk).length === 0 || !contoh.berikutnya) throw new Error("the evaluation page does not show the draft");
    pernyataan.push(`page with a draft ${await hitungPernyataan(dbUrl, ctx, (c) => getHalamanEvaluasi(c, tim[0]!, urutan))}`);
    pernyataan.push(`draft save ${await hitungPernyataan(dbUrl, ctx, (c) => simpanEvaluasi(c, draf(tim[0]!, contoh, 0)))}`);
    hasil.push([`draft save, ${Math.min(connections, TIM)} subordinates`, await ukur(connections, durationS, (w, n) => simpanEvaluasi(ctx, draf(tim[w % TIM]!, halamanAwal.get(tim[w % TIM]!)!, n + 1))), null]);
    hasil.push([`team list, ${TIM} subordinates, all drafted`, await daftarTim(), BUDGET_MS]);
    hasil.push([`evaluation page, rotating ${TIM}, all drafted`, await bukaHalaman(), BUDGET_MS]);

    rows.push(
      `PPK ${ppk.nama as string} (${ppkId}), ${cp.nama as string}; team of ${TIM} approved SKPs (${dipindah} repointed now): ` +
        `${isi!.rhk} RHK, ${isi!.iki} IKI, ${isi!.realisasi} realisations, ${isi!.bukti} evidence links, ${isi!.umpan_balik} feedback in all`,
      `statements per call: ${pernyataan.join(", ")}`,
    );
    for (const [label, h, anggaran] of hasil) {
      const b = barisHasil(`${label} (${connections} users)`, h, anggaran);
      rows.push(...b.teks);
      if (!b.ok) ok = false;
    }
  } finally {
    if (handle) await handle.close();
    if (bersih) await bersihkan(sql, bersih).catch((error: unknown) => rows.push(`cleanup failed: ${String(error)}`));
    await sql.end();
  }
  rows.push(`evaluation pages ${ok ? "PASS" : "FAIL"} (p95 < ${BUDGET_MS} ms at ${connections} users, 0 errors)`);
  return { rows, ok };
}
