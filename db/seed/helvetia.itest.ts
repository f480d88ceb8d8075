import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db, type DbHandle } from "../client";
import { testDatabases } from "../testing";
import { JENIS_JABATAN, type Predikat, type PredikatOrganisasi, type Rating, type StatusPegawai } from "../../lib/domain/constants";
import { checkKurva } from "../../lib/domain/kurva";
import { parseNip } from "../../lib/domain/nip";
import { predikatKinerja } from "../../lib/domain/predikat";
import { buildHelvetiaRoster, DEMO_PERSONAS, HELVETIA_KODE } from "./helvetia-roster";
import { seedHelvetia } from "./helvetia";
import { NIP_CADANGAN } from "./nama";

const TODAY = "2026-11-28";
const TAHUN = 2026;

const TABLES = [
  "instansi", "unit_kerja", "jabatan", "pegawai", "penugasan", "peran_pegawai", "regulasi", "periode", "checkpoint",
  "skp", "skp_versi", "rhk", "iki", "matriks_peran", "ekspektasi_perilaku", "lampiran_skp", "catatan_skp", "rencana_aksi",
  "realisasi", "bukti_dukung", "umpan_balik", "dialog_kinerja", "dialog_tanya_jawab", "evaluasi", "evaluasi_rincian",
  "predikat_organisasi", "keberatan", "angka_kredit", "diklat", "usulan_pengembangan", "notifikasi", "audit_log",
];

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${t}`));
    out[t] = row!.n;
  }
  return out;
}

describe("buildHelvetiaRoster (pure)", () => {
  it("is deterministic and consistent with DEMO_PERSONAS", () => {
    const a = buildHelvetiaRoster({ today: TODAY });
    expect(buildHelvetiaRoster({ today: TODAY })).toEqual(a);
    // identities do not depend on `today`
    expect(buildHelvetiaRoster().pegawai).toEqual(a.pegawai);
    for (const p of DEMO_PERSONAS) {
      const peg = a.pegawai.find((x) => x.nip === p.nip);
      expect(peg, p.key).toBeDefined();
      expect(peg!.nama).toBe(p.nama);
      expect(peg!.namaLengkap).toBe(p.namaLengkap);
      expect(a.persona[p.key]).toBe(peg!.id);
    }
    expect(new Set(a.pegawai.map((p) => p.email).filter(Boolean)).size).toBe(a.pegawai.filter((p) => p.email).length);
  });
});

describe.each(testDatabases())("seedHelvetia ($name)", (tdb) => {
  let h: DbHandle;
  let db: Db;
  let first: Awaited<ReturnType<typeof seedHelvetia>>;
  beforeAll(async () => {
    h = await tdb.open();
    db = h.db;
  });
  afterAll(async () => {
    await h?.close();
  });

  it("seeds, and a second run changes nothing", async () => {
    const started = performance.now();
    first = await seedHelvetia(db, { today: TODAY });
    const seconds = (performance.now() - started) / 1000;
    const counts = await tableCounts(db);
    const again = await seedHelvetia(db, { today: TODAY });
    expect(again).toEqual(first);
    expect(await tableCounts(db)).toEqual(counts);
    expect(first.pegawai).toBeGreaterThanOrEqual(280);
    expect(first.pegawai).toBeLessThanOrEqual(340);
    expect(counts.instansi).toBe(1);
    expect(counts.regulasi).toBe(1);
    expect(counts.periode).toBe(2);
    expect(counts.checkpoint).toBe(24);
    expect(counts.realisasi).toBeGreaterThan(5000);
    for (const t of ["bukti_dukung", "umpan_balik", "dialog_kinerja", "dialog_tanya_jawab", "matriks_peran", "catatan_skp", "usulan_pengembangan", "notifikasi", "audit_log", "keberatan", "angka_kredit", "skp_versi"])
      expect(counts[t], t).toBeGreaterThan(0);
    expect(counts.diklat).toBeGreaterThanOrEqual(8);
    console.log(`seedHelvetia on ${tdb.name}: ${seconds.toFixed(1)} s`, JSON.stringify(counts));
  }, 180_000); // heavy; the machine running the tests may be busy

  it("gives every pegawai a valid, unique NIP and a definitive assignment", async () => {
    const rows = await queryRows<{ nip: string; status: StatusPegawai; jenis_kelamin: string; tanggal_lahir: string; definitif: number }>(
      db,
      sql`select p.nip, p.status, p.jenis_kelamin, p.tanggal_lahir::text,
                 (select count(*)::int from penugasan g where g.pegawai_id = p.id and g.jenis = 'DEFINITIF') as definitif
          from pegawai p join instansi i on i.id = p.instansi_id where i.kode = ${HELVETIA_KODE}`,
    );
    expect(new Set(rows.map((r) => r.nip)).size).toBe(rows.length);
    expect(rows.map((r) => r.nip)).not.toContain(NIP_CADANGAN);
    for (const r of rows) {
      const parsed = parseNip(r.nip, { status: r.status });
      expect(parsed.ok, r.nip).toBe(true);
      if (parsed.ok) {
        expect(parsed.value.jenisKelamin).toBe(r.jenis_kelamin);
        expect(parsed.value.tanggalLahir).toBe(r.tanggal_lahir);
      }
      expect(r.definitif, r.nip).toBeGreaterThanOrEqual(1);
    }
    const status = new Set(rows.map((r) => r.status));
    expect([...status].sort()).toEqual(["CPNS", "PNS", "PPPK"]);
  });

  it("builds a coherent organisation: every kind of position, one head per unit, an atasan for all but the top", async () => {
    const jenis = await queryRows<{ jenis: string }>(db, sql`select distinct jenis::text from jabatan`);
    expect(jenis.map((r) => r.jenis).sort()).toEqual([...JENIS_JABATAN].sort());
    const tanpaAtasan = await queryRows<{ nama: string; level: number }>(
      db,
      sql`select j.nama, u.level from jabatan j join unit_kerja u on u.id = j.unit_id where j.atasan_jabatan_id is null`,
    );
    expect(tanpaAtasan).toEqual([{ nama: "Sekretaris Daerah", level: 0 }]);
    const kepala = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from unit_kerja u where (select count(*) from jabatan j where j.unit_id = u.id and j.kepala_unit) <> 1`);
    expect(kepala[0]!.n).toBe(0);
    // a unit head reports to the head of the parent unit; staff to their own unit's head
    const salah = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from jabatan j join unit_kerja u on u.id = j.unit_id join jabatan a on a.id = j.atasan_jabatan_id
          where a.kepala_unit is not true or (j.kepala_unit and a.unit_id is distinct from u.parent_id) or (not j.kepala_unit and a.unit_id <> j.unit_id)`,
    );
    expect(salah[0]!.n).toBe(0);
    const peran = await queryRows<{ peran: string; n: number }>(db, sql`select peran::text, count(*)::int as n from peran_pegawai group by 1`);
    expect(peran.find((r) => r.peran === "ADMIN_INSTANSI")!.n).toBeGreaterThanOrEqual(2);
    expect(peran.find((r) => r.peran === "AUDITOR")!.n).toBeGreaterThanOrEqual(1);
    const kosong = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jabatan j where not exists (select 1 from penugasan g where g.jabatan_id = j.id and g.jenis = 'DEFINITIF')`);
    expect(kosong[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it("has a Plt, a Plh covering today, and a mid-year move with two SKPs", async () => {
    const acting = await queryRows<{ jenis: string; mulai: string; selesai: string | null; kepala_unit: boolean }>(
      db,
      sql`select g.jenis::text, g.mulai::text, g.selesai::text, j.kepala_unit from penugasan g join jabatan j on j.id = g.jabatan_id where g.jenis <> 'DEFINITIF'`,
    );
    const plt = acting.filter((a) => a.jenis === "PLT");
    const plh = acting.filter((a) => a.jenis === "PLH");
    expect(plt.length).toBeGreaterThanOrEqual(1);
    expect(plh.length).toBeGreaterThanOrEqual(1);
    expect(plt.every((a) => a.kepala_unit)).toBe(true);
    expect(plh.some((a) => a.mulai <= TODAY && a.selesai !== null && a.selesai >= TODAY)).toBe(true);
    const pindah = await queryRows<{ pegawai_id: string; penugasan: number; skp: number; akhir: string; awal: string }>(
      db,
      sql`select g.pegawai_id, count(*)::int as penugasan,
                 (select count(*)::int from skp s join periode p on p.id = s.periode_id where s.pegawai_id = g.pegawai_id and p.tahun = ${TAHUN}) as skp,
                 min(g.selesai)::text as akhir, max(g.mulai)::text as awal
          from penugasan g where g.jenis = 'DEFINITIF' group by g.pegawai_id having count(*) > 1`,
    );
    expect(pindah).toHaveLength(1);
    expect(pindah[0]!.skp).toBe(2);
    expect(pindah[0]!.akhir).toBe(`${TAHUN}-06-30`);
    expect(pindah[0]!.awal).toBe(`${TAHUN}-07-01`);
  });

  it("has plans in mixed states with cascading RHK", async () => {
    const status = await queryRows<{ status: string; n: number }>(
      db,
      sql`select s.status::text, count(*)::int as n from skp s join periode p on p.id = s.periode_id where p.tahun = ${TAHUN} group by 1`,
    );
    expect(status.length).toBeGreaterThanOrEqual(4);
    expect(status.find((s) => s.status === "DISETUJUI")!.n).toBeGreaterThan(status.reduce((a, s) => a + s.n, 0) / 2);
    const tanpaSkp = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pegawai p where not exists (select 1 from skp s join periode r on r.id = s.periode_id where s.pegawai_id = p.id and r.tahun = ${TAHUN})`,
    );
    expect(tanpaSkp[0]!.n).toBeGreaterThan(0);
    const [cascade] = await queryRows<{ linked: number; wrong: number; rhk_per_skp_min: number; rhk_per_skp_max: number }>(
      db,
      sql`select count(*) filter (where r.rhk_atasan_id is not null)::int as linked,
                 count(*) filter (where r.rhk_atasan_id is not null and (sa.pegawai_id is distinct from s.ppk_pegawai_id or sa.periode_id <> s.periode_id))::int as wrong,
                 (select min(n) from (select count(*) n from rhk group by skp_id) x)::int as rhk_per_skp_min,
                 (select max(n) from (select count(*) n from rhk group by skp_id) x)::int as rhk_per_skp_max
          from rhk r join skp s on s.id = r.skp_id left join rhk ra on ra.id = r.rhk_atasan_id left join skp sa on sa.id = ra.skp_id`,
    );
    expect(cascade!.linked).toBeGreaterThan(100);
    expect(cascade!.wrong).toBe(0);
    expect(cascade!.rhk_per_skp_min).toBeGreaterThanOrEqual(2);
    expect(cascade!.rhk_per_skp_max).toBeLessThanOrEqual(4);
    const jpt = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from rhk r join skp s on s.id = r.skp_id where s.bentuk = 'JPT' and r.perspektif is null`);
    expect(jpt[0]!.n).toBe(0);
    const ekspektasi = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from skp s where s.status = 'DISETUJUI' and (select count(*) from ekspektasi_perilaku e where e.skp_id = s.id) <> 7`,
    );
    expect(ekspektasi[0]!.n).toBe(0);
    const kualitatif = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from iki where target_kualitatif is not null`);
    expect(kualitatif[0]!.n).toBeGreaterThan(0);
  });

  it("gives the personas what the demo needs", async () => {
    const byNip = async (nip: string) => (await queryRows<{ id: string; nama: string }>(db, sql`select id, nama from pegawai where nip = ${nip}`))[0];
    for (const p of DEMO_PERSONAS) expect((await byNip(p.nip))?.nama, p.key).toBe(p.nama);
    const nip = (k: string) => DEMO_PERSONAS.find((p) => p.key === k)!.nip;
    const pegawai = await queryRows<{ status: string; realisasi: number }>(
      db,
      sql`select s.status::text, (select count(*)::int from realisasi x join iki i on i.id = x.iki_id join rhk r on r.id = i.rhk_id where r.skp_id = s.id) as realisasi
          from skp s join pegawai p on p.id = s.pegawai_id join periode r on r.id = s.periode_id where p.nip = ${nip("pegawai")} and r.tahun = ${TAHUN}`,
    );
    expect(pegawai).toHaveLength(1);
    expect(pegawai[0]!.status).toBe("DISETUJUI");
    expect(pegawai[0]!.realisasi).toBeGreaterThan(10);
    const bawahan = await queryRows<{ status: string }>(
      db,
      sql`select s.status::text from skp s join pegawai k on k.id = s.ppk_pegawai_id join periode r on r.id = s.periode_id where k.nip = ${nip("ppk")} and r.tahun = ${TAHUN}`,
    );
    expect(bawahan.length).toBeGreaterThanOrEqual(4);
    expect(bawahan.filter((b) => b.status === "DIAJUKAN").length).toBeGreaterThanOrEqual(1);
    expect(new Set(bawahan.map((b) => b.status)).size).toBeGreaterThanOrEqual(3);
    const plt = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from penugasan g join pegawai p on p.id = g.pegawai_id where p.nip = ${nip("plt")} and g.jenis = 'PLT'`,
    );
    expect(plt[0]!.n).toBe(1);
    const notif = await queryRows<{ judul: string }>(db, sql`select n.judul from notifikasi n join pegawai p on p.id = n.penerima_id where p.nip = ${nip("ppk")}`);
    expect(notif.some((n) => n.judul.includes("menunggu persetujuan Anda"))).toBe(true);
  });

  it("closes last year with annual predikat by the matrix and within each unit's curve", async () => {
    const evals = await queryRows<{ hasil: Rating; perilaku: Rating; predikat: Predikat; status: string; pd: string; org: PredikatOrganisasi | null }>(
      db,
      sql`select e.rating_hasil::text as hasil, e.rating_perilaku::text as perilaku, e.predikat::text as predikat, e.status::text,
                 pd.kode as pd, po.predikat::text as org
          from evaluasi e join skp s on s.id = e.skp_id join periode r on r.id = s.periode_id
          join penugasan g on g.id = s.penugasan_id join jabatan j on j.id = g.jabatan_id join unit_kerja u on u.id = j.unit_id
          join unit_kerja pd on pd.level = 1 and u.path like pd.path || '%'
          left join predikat_organisasi po on po.unit_id = pd.id and po.periode_id = r.id
          where e.jenis = 'TAHUNAN' and r.tahun = ${TAHUN - 1}`,
    );
    const [{ n: pegawai }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pegawai`)) as [{ n: number }];
    expect(evals.length).toBeGreaterThan(pegawai * 0.8);
    const perPd = new Map<string, { org: PredikatOrganisasi; counts: Partial<Record<Predikat, number>> }>();
    for (const e of evals) {
      expect(e.status).toBe("FINAL");
      expect(e.predikat).toBe(predikatKinerja(e.hasil, e.perilaku));
      expect(e.org, e.pd).not.toBeNull();
      const entry = perPd.get(e.pd) ?? { org: e.org!, counts: {} };
      entry.counts[e.predikat] = (entry.counts[e.predikat] ?? 0) + 1;
      perPd.set(e.pd, entry);
    }
    for (const [pd, { org, counts }] of perPd) expect(checkKurva(org, counts).ok, `${pd} ${org} ${JSON.stringify(counts)}`).toBe(true);
    const org = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from predikat_organisasi`);
    expect(org[0]!.n).toBe(perPd.size);
  });
});
