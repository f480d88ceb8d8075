/**
 * The calibration budget, measured on the service the calibration page calls (getHalamanKalibrasi:
 * authorisation, the unit's counted annual evaluations, the curve, child units, names and the latest
 * calibration of the listed rows; Next's rendering is measured separately by the page benchmark):
 * the leader of a unit with 200 rated employees opening its page, 20 concurrent users, p95 < 200 ms; and,
 * for information, one user alone (the cost of one call, apart from queueing), and a whole dinas of the
 * previous period (~500 rated, the page's 500-row cap).
 *
 * The data. The synthetic instansi's current period has no annual evaluations, and no unit of its previous
 * period (all set and final) has ~200 rated: a bidang has ~125, a dinas ~500. So the benchmark sets 200:
 * the first dinas (by kode) gets, for 200 of its pegawai (their approved SKPs of the current period, one
 * per pegawai, by md5 of the SKP id, the dinas's head left out), an annual evaluation DITETAPKAN with a
 * fixed spread of predikat (20 % Sangat Baik, 70 % Baik, 10 % Butuh Perbaikan), marked in `catatan`.
 * The curve needs an organisation rating: when the unit has none for the period, one is written (by the
 * head of the parent unit), marked in `alasan`. Both are removed again afterwards (also at the start,
 * after an interrupted run).
 */
import postgres from "postgres";
import { openDb } from "../db/client";
import { loadActor } from "../lib/services/context";
import { getHalamanKalibrasi } from "../lib/services/kalibrasi";
import { barisHasil, ukur } from "./bench-skp";

const BUDGET_MS = 200;
/** Rated employees of the unit measured against the budget. */
const DINILAI = 200;
const PENANDA = "[uji beban kalibrasi]";

export interface OpsiBenchKalibrasi {
  connections?: number;
  durationS?: number;
}

export async function benchKalibrasi(dbUrl: string, today: string, kode: string, opsi: OpsiBenchKalibrasi = {}): Promise<{ rows: string[]; ok: boolean }> {
  const connections = opsi.connections ?? 20;
  const durationS = opsi.durationS ?? 10;
  const sql = postgres(dbUrl, { onnotice: () => {} });
  const rows: string[] = [];
  let ok = true;
  let handle: Awaited<ReturnType<typeof openDb>> | null = null;
  const bersihkan = async () => {
    await sql`delete from evaluasi where jenis = 'TAHUNAN' and catatan = ${PENANDA}`;
    await sql`delete from predikat_organisasi where alasan = ${PENANDA}`;
  };
  try {
    const [inst] = await sql`select id from instansi where kode = ${kode}`;
    if (!inst) throw new Error(`instansi ${kode} is not seeded`);
    const [sekarang] = await sql`select id, tahun, regulasi_id from periode where instansi_id = ${inst.id} and ${today}::date between mulai and selesai`;
    if (!sekarang) throw new Error(`no period of ${kode} contains ${today}`);
    // the previous period with set annual evaluations
    const [lalu] = await sql`select p.id, p.tahun from periode p where p.instansi_id = ${inst.id} and p.id <> ${sekarang.id}
      and exists (select 1 from skp s join evaluasi e on e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.status <> 'DRAFT' where s.periode_id = p.id)
      order by p.tahun desc limit 1`;
    await bersihkan();
    const [dinas] = await sql<Array<{ id: string; kode: string; path: string; parent_id: string }>>`
      select id, kode, path, parent_id from unit_kerja where instansi_id = ${inst.id} and level = 1 order by kode limit 1`;
    if (!dinas) throw new Error(`${kode} has no unit at level 1`);
    const dipilih = await sql`
      select x.id, x.ppk_pegawai_id from (
        select distinct on (s.pegawai_id) s.id, s.ppk_pegawai_id from skp s join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
          join unit_kerja u on u.id = j.unit_id
         where s.periode_id = ${sekarang.id} and s.status = 'DISETUJUI' and s.ppk_pegawai_id is not null and u.path like ${`${dinas.path}%`} and not (j.kepala_unit and j.unit_id = ${dinas.id})
         order by s.pegawai_id, s.berlaku_selesai desc) x
      order by md5(x.id::text) limit ${DINILAI}`;
    if (dipilih.length < DINILAI) throw new Error(`${dinas.kode} has only ${dipilih.length} approved SKPs in ${sekarang.tahun}`);
    const SEBARAN = [["DI_ATAS", "DI_ATAS", "SANGAT_BAIK"], ["DI_ATAS", "DI_ATAS", "SANGAT_BAIK"], ...Array(7).fill(["SESUAI", "SESUAI", "BAIK"]), ["DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN"]] as const;
    await sql`insert into evaluasi ${sql(
      dipilih.map((d, i) => {
        const [hasil, perilaku, predikat] = SEBARAN[i % SEBARAN.length]!;
        return {
          skp_id: d.id, jenis: "TAHUNAN", penilai_id: d.ppk_pegawai_id, regulasi_id: sekarang.regulasi_id, rating_hasil: hasil, rating_perilaku: perilaku,
          predikat, status: "DITETAPKAN", ditetapkan_at: new Date(), batas_keberatan: today, catatan: PENANDA,
        };
      }),
    )} on conflict do nothing`;

    const diukur: Array<{ label: string; unit: { id: string; kode: string; parent_id: string }; periodeId: string; anggaran: boolean }> = [
      { label: `dinas ${dinas.kode}, ${sekarang.tahun}`, unit: dinas, periodeId: sekarang.id as string, anggaran: true },
    ];
    if (lalu) diukur.push({ label: `dinas ${dinas.kode}, ${lalu.tahun}`, unit: dinas, periodeId: lalu.id as string, anggaran: false });

    handle = await openDb({ kind: "postgres", url: dbUrl, max: connections });
    const db = handle.db;
    for (const { label, unit, periodeId, anggaran } of diukur) {
      const kepala = async (unitId: string) =>
        (await sql`select p.pegawai_id from jabatan j join penugasan p on p.jabatan_id = j.id
                    where j.unit_id = ${unitId} and j.kepala_unit and p.mulai <= ${today}::date and (p.selesai is null or p.selesai >= ${today}::date)
                    order by (case p.jenis when 'DEFINITIF' then 0 else 1 end) limit 1`)[0]?.pegawai_id as string | undefined;
      const pimpinan = await kepala(unit.id as string);
      if (!pimpinan) throw new Error(`unit ${unit.kode} has no head at ${today}`);
      const [po] = await sql`select 1 from predikat_organisasi where unit_id = ${unit.id} and periode_id = ${periodeId}`;
      if (!po) {
        const atas = (await kepala(unit.parent_id as string)) ?? pimpinan;
        await sql`insert into predikat_organisasi (unit_id, periode_id, predikat, alasan, ditetapkan_oleh) values (${unit.id}, ${periodeId}, 'BAIK', ${PENANDA}, ${atas})`;
      }
      const actor = await loadActor(db, pimpinan, today);
      if (!actor) throw new Error(`the head of ${unit.kode} is not active`);
      const ctx = { db, actor, today };
      const contoh = await getHalamanKalibrasi(ctx, unit.id as string, periodeId);
      if (contoh.total === 0 || !contoh.kurva) throw new Error(`the calibration page of ${unit.kode} shows nobody or no curve`);
      const satu = await ukur(1, Math.min(3, durationS), () => getHalamanKalibrasi(ctx, unit.id as string, periodeId)); // warm-up, and one user alone
      rows.push(...barisHasil(`calibration page, ${label}, one user alone`, satu, null, 72).teks);
      const h = await ukur(connections, durationS, () => getHalamanKalibrasi(ctx, unit.id as string, periodeId));
      const b = barisHasil(`calibration page, ${label}, ${contoh.total} rated, ${contoh.pegawai.length} listed (${connections} users)`, h, anggaran ? BUDGET_MS : null, 72);
      if (!b.ok) ok = false;
      rows.push(...b.teks);
    }
    rows.push(`calibration page ${ok ? "PASS" : "FAIL"} (${DINILAI} rated: p95 < ${BUDGET_MS} ms at ${connections} users, 0 errors)`);
    return { rows, ok };
  } finally {
    await bersihkan().catch(() => {});
    await handle?.close();
    await sql.end();
  }
}
