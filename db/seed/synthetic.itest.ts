import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db, type DbHandle } from "../client";
import { testDatabases } from "../testing";
import type { StatusPegawai } from "../../lib/domain/constants";
import { parseNip } from "../../lib/domain/nip";
import { planSynthetic, seedSynthetic } from "./synthetic";
import { seedHelvetia } from "./helvetia";

const TODAY = "2026-11-28";
const KODE = "SINTETIS-TEST";

describe("planSynthetic (pure)", () => {
  it("sizes the tree to the headcount, ~20–30 pegawai per seksi", () => {
    for (const n of [2_000, 20_000, 100_000]) {
      const plan = planSynthetic(n);
      expect(plan.pegawai).toHaveLength(n);
      const seksi = plan.units.filter((u) => u.jenis === "SEKSI").length;
      const pd = plan.units.filter((u) => u.level === 1).length;
      expect(n / seksi).toBeGreaterThan(18);
      expect(n / seksi).toBeLessThan(32);
      expect(pd).toBeLessThanOrEqual(40);
      // every PPK comes before the pegawai they assess (the seed relies on it)
      plan.pegawai.forEach((p, i) => expect(p.ppk < i).toBe(true));
    }
    expect(planSynthetic(100_000).units.filter((u) => u.level === 1)).toHaveLength(40);
  });
});

describe.each(testDatabases())("seedSynthetic ($name)", (tdb) => {
  let h: DbHandle;
  let db: Db;
  beforeAll(async () => {
    h = await tdb.open();
    db = h.db;
  });
  afterAll(async () => {
    await h?.close();
  });

  it("generates 2,000 pegawai, and a second run gives the same counts", async () => {
    const first = await seedSynthetic(db, { pegawai: 2_000, kode: KODE, today: TODAY });
    expect(first.diganti).toBe(false);
    const second = await seedSynthetic(db, { pegawai: 2_000, kode: KODE, today: TODAY });
    expect(second.diganti).toBe(true);
    expect(second.instansiId).toBe(first.instansiId);
    expect(second.counts).toEqual(first.counts);
    const c = first.counts;
    console.log(`seedSynthetic 2000 on ${tdb.name}: ${first.totalDetik.toFixed(1)} s, again ${second.totalDetik.toFixed(1)} s`, JSON.stringify(c));
    expect(c.pegawai).toBe(2_000);
    expect(c.penugasan).toBe(2_000);
    expect(c.skp).toBe(4_000);
    expect(c.rhk).toBeGreaterThanOrEqual(2 * 2_000);
    expect(c.rhk).toBeLessThanOrEqual(3 * 2_000 + 100);
    expect(c.iki).toBeGreaterThanOrEqual(c.rhk);
    expect(c.iki).toBeLessThanOrEqual(2 * c.rhk);
    expect(c.realisasi).toBeGreaterThan(c.iki * 5);
    expect(c.evaluasi).toBe(1_999);
  }, 180_000); // heavy; the machine running the tests may be busy

  it("gives every pegawai a valid NIP, one definitive assignment and an SKP this year", async () => {
    const rows = await queryRows<{ nip: string; status: StatusPegawai; definitif: number; skp_kini: number }>(
      db,
      sql`select p.nip, p.status,
                 (select count(*)::int from penugasan g where g.pegawai_id = p.id and g.jenis = 'DEFINITIF') as definitif,
                 (select count(*)::int from skp s join periode r on r.id = s.periode_id where s.pegawai_id = p.id and r.tahun = 2026) as skp_kini
          from pegawai p join instansi i on i.id = p.instansi_id where i.kode = ${KODE}`,
    );
    expect(rows).toHaveLength(2_000);
    for (const r of rows) {
      expect(parseNip(r.nip, { status: r.status }).ok, r.nip).toBe(true);
      expect(r.definitif).toBe(1);
      expect(r.skp_kini).toBe(1);
    }
    const status = await queryRows<{ status: string }>(db, sql`select distinct s.status::text from skp s join periode r on r.id = s.periode_id where r.tahun = 2026`);
    expect(status.length).toBe(4);
    const [cascade] = await queryRows<{ linked: number; wrong: number }>(
      db,
      sql`select count(*) filter (where r.rhk_atasan_id is not null)::int as linked,
                 count(*) filter (where r.rhk_atasan_id is not null and sa.pegawai_id is distinct from s.ppk_pegawai_id)::int as wrong
          from rhk r join skp s on s.id = r.skp_id left join rhk ra on ra.id = r.rhk_atasan_id left join skp sa on sa.id = ra.skp_id`,
    );
    expect(cascade!.linked).toBeGreaterThan(3_000);
    expect(cascade!.wrong).toBe(0);
    const tanpaAtasan = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jabatan where atasan_jabatan_id is null`);
    expect(tanpaAtasan[0]!.n).toBe(1);
  });

  it("coexists with Helvetia and another synthetic instansi, and replaces one of another size", async () => {
    await seedHelvetia(db, { today: TODAY });
    const b1 = await seedSynthetic(db, { pegawai: 300, kode: "SINTETIS-B", today: TODAY });
    expect(b1.counts.pegawai).toBe(300);
    const b2 = await seedSynthetic(db, { pegawai: 400, kode: "SINTETIS-B", today: TODAY });
    expect(b2.diganti).toBe(true);
    expect(b2.counts.pegawai).toBe(400);
    const per = await queryRows<{ kode: string; n: number }>(
      db,
      sql`select i.kode, count(p.id)::int as n from instansi i left join pegawai p on p.instansi_id = i.id group by i.kode order by i.kode`,
    );
    expect(per.map((r) => r.kode)).toEqual(["HELVETIA", "SINTETIS-B", KODE]);
    expect(per.find((r) => r.kode === KODE)!.n).toBe(2_000);
    expect(per.find((r) => r.kode === "SINTETIS-B")!.n).toBe(400);
  }, 180_000); // heavy; the machine running the tests may be busy
});
