/**
 * Fairness analytics per rater against a freshly seeded Pemerintah Kota Helvetia (today 2026-11-20),
 * plus a constructed perangkat daerah "Dinas Uji Analitik" with known 2025 annual evaluations:
 * a lenient rater of exactly 5 people, a strict rater of 6 (with objections and late settings) and a
 * rater of 4 (hidden). The numbers must be exact, groups under 5 must be absent from the returned data,
 * and every refusal must look like "not found" and change nothing.
 */
import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import * as t from "@/db/schema";
import { testDatabases } from "@/db/testing";
import { predikatKinerja } from "@/lib/domain/predikat";
import type { Predikat, Rating } from "@/lib/domain/constants";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { getAnalitikPenilai, getUnitAnalitik, type AnalitikPenilai } from "./analitik";
import type { ServiceContext } from "./context";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();

describe.each(testDatabases())("analitik penilai on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);

  let admin: ServiceContext;
  let sekda: ServiceContext;
  let auditor: ServiceContext;
  let kepalaDinas: ServiceContext;
  let ppk: ServiceContext;
  let pegawai: ServiceContext;
  let periode2025: string;
  let uji: { id: string; path: string };
  const rater = { lunak: randomUUID(), ketat: randomUUID(), kecil: randomUUID() };
  let nipUrut = 0;

  /** A pegawai with an assignment in `jabatanId` from 2025-01-01. */
  const buatPegawai = async (id: string, nama: string, jabatanId: string, instansiId: string) => {
    nipUrut++;
    await db().insert(t.pegawai).values({
      id, instansiId, nip: `19900101201501${String(3000 + nipUrut).padStart(4, "0")}`, nama, status: "PNS", golongan: "III/a", jenisKelamin: "L", tanggalLahir: "1990-01-01",
    });
    const penugasanId = randomUUID();
    await db().insert(t.penugasan).values({ id: penugasanId, pegawaiId: id, jabatanId, mulai: "2025-01-01" });
    return penugasanId;
  };

  /**
   * `n` ratees of `penilaiId` with a FINAL/KEBERATAN annual 2025 evaluation each; per ratee the
   * ratings, the suggestion, the date set and an optional objection.
   */
  const buatDinilai = async (
    penilaiId: string,
    jabatanId: string,
    instansiId: string,
    regulasiId: string,
    daftar: { hasil: Rating; perilaku: Rating; saran: Rating | null; tetap: string; keberatan?: { status: "DIKABULKAN" | "DIAJUKAN" | "DITOLAK" | "DIBATALKAN"; baru?: [Rating, Rating] } }[],
  ) => {
    for (const [i, d] of daftar.entries()) {
      const pegawaiId = randomUUID();
      const penugasanId = await buatPegawai(pegawaiId, `Dinilai ${penilaiId.slice(0, 4)} ${i + 1}`, jabatanId, instansiId);
      const skpId = randomUUID();
      await db().insert(t.skp).values({
        id: skpId, periodeId: periode2025, pegawaiId, penugasanId, ppkPegawaiId: penilaiId, pendekatan: "KUANTITATIF", bentuk: "NON_JPT",
        status: "DISETUJUI", berlakuMulai: "2025-01-01", berlakuSelesai: "2025-12-31",
      });
      const predikat = predikatKinerja(d.hasil, d.perilaku);
      const kb = d.keberatan;
      const akhir = kb?.status === "DIKABULKAN" && kb.baru ? { hasil: kb.baru[0], perilaku: kb.baru[1], predikat: predikatKinerja(kb.baru[0], kb.baru[1]) } : { hasil: d.hasil, perilaku: d.perilaku, predikat };
      const evaluasiId = randomUUID();
      await db().insert(t.evaluasi).values({
        id: evaluasiId, skpId, jenis: "TAHUNAN", penilaiId, regulasiId, ratingHasil: akhir.hasil, ratingHasilSaran: d.saran,
        alasanRatingHasil: d.saran && d.saran !== akhir.hasil ? "Alasan berbeda dari saran." : null,
        ratingPerilaku: akhir.perilaku, predikat: akhir.predikat, status: kb?.status === "DIAJUKAN" ? "KEBERATAN" : "FINAL",
        ditetapkanAt: new Date(`${d.tetap}T10:00:00+07:00`),
      });
      if (kb)
        await db().insert(t.keberatan).values({
          evaluasiId, pemohonId: pegawaiId, atasanPpkId: roster.persona.sekda, alasan: "Keberatan uji.", batasPengajuan: "2026-01-30",
          status: kb.status, predikatSebelum: predikat, predikatBaru: kb.status === "DIKABULKAN" ? akhir.predikat : null,
        });
    }
  };

  const keadaan = async () =>
    (
      await q(sql`select
        (select md5(coalesce(string_agg(concat_ws('|', id, status, predikat, rating_hasil, updated_at), ',' order by id), '')) from evaluasi) as evaluasi_h,
        (select md5(coalesce(string_agg(concat_ws('|', id, status), ',' order by id), '')) from keberatan) as keberatan_h,
        (select count(*)::int from audit_log) as audit,
        (select count(*)::int from notifikasi) as notifikasi`)
    )[0];

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    [admin, sekda, auditor, kepalaDinas, ppk, pegawai] = await Promise.all([
      ctxOf(roster.persona.admin), ctxOf(roster.persona.sekda), ctxOf(roster.persona.auditor), ctxOf(roster.persona["kepala-dinas"]),
      ctxOf(roster.persona.ppk), ctxOf(roster.persona.pegawai),
    ]);
    const [p] = await q<{ id: string; regulasi_id: string; instansi_id: string }>(
      sql`select id, regulasi_id, instansi_id from periode where tahun = 2025 and instansi_id = ${admin.actor.instansiId}`,
    );
    periode2025 = p!.id;
    const [root] = await q<{ id: string; path: string }>(sql`select id, path from unit_kerja where instansi_id = ${p!.instansi_id} and parent_id is null`);
    const unitId = randomUUID();
    uji = { id: unitId, path: `${root!.path}${unitId}/` };
    await db().insert(t.unitKerja).values({ id: unitId, instansiId: p!.instansi_id, parentId: root!.id, kode: "UJI-ANALITIK", nama: "Dinas Uji Analitik", jenis: "PERANGKAT_DAERAH", level: 1, path: uji.path });
    const jabatanId = randomUUID();
    await db().insert(t.jabatan).values({ id: jabatanId, instansiId: p!.instansi_id, unitId, nama: "Pelaksana Uji", jenis: "PELAKSANA" });
    for (const [nama, id] of [["Penilai Lunak", rater.lunak], ["Penilai Ketat", rater.ketat], ["Penilai Kecil", rater.kecil]] as const)
      await buatPegawai(id, nama, jabatanId, p!.instansi_id);
    const reg = p!.regulasi_id;
    // lenient: exactly 5 people, all Sangat Baik; 2 set higher than suggested (SESUAI), one without suggestion
    await buatDinilai(rater.lunak, jabatanId, p!.instansi_id, reg, [
      { hasil: "DI_ATAS", perilaku: "DI_ATAS", saran: "SESUAI", tetap: "2026-01-05" },
      { hasil: "DI_ATAS", perilaku: "DI_ATAS", saran: "SESUAI", tetap: "2026-01-05" },
      { hasil: "DI_ATAS", perilaku: "DI_ATAS", saran: "DI_ATAS", tetap: "2026-01-05" },
      { hasil: "DI_ATAS", perilaku: "DI_ATAS", saran: "DI_ATAS", tetap: "2026-01-10" },
      { hasil: "DI_ATAS", perilaku: "DI_ATAS", saran: null, tetap: "2026-01-10" },
    ]);
    // strict: 6 people, all Butuh Perbaikan as set; 3 lower than suggested; 2 set 5 and 3 days after the 10 January deadline;
    // objections: one granted (became Baik), one open, one withdrawn
    await buatDinilai(rater.ketat, jabatanId, p!.instansi_id, reg, [
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: "SESUAI", tetap: "2026-01-15", keberatan: { status: "DIKABULKAN", baru: ["SESUAI", "SESUAI"] } },
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: "SESUAI", tetap: "2026-01-13", keberatan: { status: "DIAJUKAN" } },
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: "SESUAI", tetap: "2026-01-09", keberatan: { status: "DIBATALKAN" } },
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: "DI_BAWAH", tetap: "2026-01-09" },
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: "DI_BAWAH", tetap: "2026-01-09" },
      { hasil: "DI_BAWAH", perilaku: "SESUAI", saran: null, tetap: "2026-01-09" },
    ]);
    // small: 4 people, all Baik
    await buatDinilai(rater.kecil, jabatanId, p!.instansi_id, reg, Array.from({ length: 4 }, () => ({ hasil: "SESUAI" as const, perilaku: "SESUAI" as const, saran: "SESUAI" as const, tetap: "2026-01-08" })));
  });
  afterAll(async () => {
    await h?.close();
  });

  const baris = (d: AnalitikPenilai, id: string) => d.penilai.find((p) => p.penilaiId === id);

  describe("known data in the constructed perangkat daerah", () => {
    it("shows the lenient rater of exactly 5 with exact numbers", async () => {
      const d = await getAnalitikPenilai(admin, { unitId: uji.id, periodeId: periode2025, jenis: "TAHUNAN" });
      expect(d.periode?.tahun).toBe(2025);
      expect(d.unit).toEqual({ id: uji.id, nama: "Dinas Uji Analitik" });
      const l = baris(d, rater.lunak)!;
      expect(l.nama).toBe("Penilai Lunak");
      expect(l.unit?.nama).toBe("Dinas Uji Analitik");
      expect(l.hasil.jumlahPegawai).toBe(5);
      expect(l.hasil.distribusi.bagian.SANGAT_BAIK).toBe(1);
      expect(l.hasil.distribusi.rataRata).toBe(6);
      expect(l.hasil.saran).toEqual({ dengan: 4, lebihTinggi: 2, lebihRendah: 0, berbeda: 2, bagian: 0.5 });
      expect(l.hasil.keberatan).toMatchObject({ diserahkan: 5, diajukan: 0, tingkat: 0 });
      // deadline 2026-01-10: set on the deadline is on time
      expect(l.hasil.ketepatan).toEqual({ jatuhTempo: 5, terlambat: 0, hariTerlambat: 0, bagian: 0, rataRataHari: null });
      // against the unit without this rater: 6 Butuh Perbaikan (as set, before the granted objection) + 4 Baik → 3.4
      expect(l.hasil.indeksUnit).toEqual({ nilai: 2.6, z: expect.any(Number), label: "lunak" });
      expect(l.hasil.indeksInstansi?.label).toBe("lunak");
      expect(l.hasil.indeksInstansi!.nilai).toBeGreaterThan(1);
      // the comparison group: 15 people, as set
      expect(l.pembanding?.nama).toBe("Dinas Uji Analitik");
      expect(l.pembanding?.hasil?.jumlahPegawai).toBe(15);
      expect(l.pembanding?.hasil?.distribusi.total).toBe(15);
      expect(l.pembanding?.hasil?.distribusi.bagian.BUTUH_PERBAIKAN).toBeCloseTo(6 / 15, 12);
    });

    it("shows the strict rater with objections, outcomes, overrides and lateness", async () => {
      const d = await getAnalitikPenilai(sekda, { unitId: uji.id, periodeId: periode2025, jenis: "TAHUNAN" });
      const k = baris(d, rater.ketat)!;
      expect(k.hasil.jumlahPegawai).toBe(6);
      // the granted objection's Baik does not count: the rater set Butuh Perbaikan
      expect(k.hasil.distribusi.bagian.BUTUH_PERBAIKAN).toBe(1);
      // the granted one has no known original rating hasil: 4 with a suggestion left, 2 set lower
      expect(k.hasil.saran).toEqual({ dengan: 4, lebihTinggi: 0, lebihRendah: 2, berbeda: 2, bagian: 0.5 });
      expect(k.hasil.keberatan).toEqual({ diserahkan: 6, diajukan: 2, tingkat: 2 / 6, dikabulkan: 1, ditolak: 0, terbuka: 1, dibatalkan: 1 });
      expect(k.hasil.ketepatan).toEqual({ jatuhTempo: 6, terlambat: 2, hariTerlambat: 8, bagian: 2 / 6, rataRataHari: 4 });
      // against the unit without this rater: 5 Sangat Baik + 4 Baik → (30 + 16) / 9
      expect(k.hasil.indeksUnit?.nilai).toBe(Math.round((3 - 46 / 9) * 100) / 100);
      expect(k.hasil.indeksUnit?.label).toBe("ketat");
      expect(k.hasil.indeksInstansi?.label).toBe("ketat");
    });

    it("returns nothing of the rater of 4 people, only counts them", async () => {
      const d = await getAnalitikPenilai(admin, { unitId: uji.id, periodeId: periode2025, jenis: "TAHUNAN" });
      expect(d.penilai.map((p) => p.penilaiId).sort()).toEqual([rater.lunak, rater.ketat].sort());
      expect(d.penilaiDisembunyikan).toBe(1);
      expect(JSON.stringify(d)).not.toContain(rater.kecil);
      expect(JSON.stringify(d)).not.toContain("Penilai Kecil");
      expect(d.minimum).toBe(5);
    });

    it("a rater seen through a subtree where they rated fewer than 5 is hidden there", async () => {
      // put 2 of the lenient rater's people in a new sub-unit: the sub-unit view has 2 rated people of theirs
      const subId = randomUUID();
      await db().insert(t.unitKerja).values({ id: subId, instansiId: admin.actor.instansiId, parentId: uji.id, kode: "UJI-ANALITIK-SUB", nama: "Bidang Uji", jenis: "BIDANG", level: 2, path: `${uji.path}${subId}/` });
      const jab = randomUUID();
      await db().insert(t.jabatan).values({ id: jab, instansiId: admin.actor.instansiId, unitId: subId, nama: "Pelaksana Bidang Uji", jenis: "PELAKSANA" });
      const dua = await q<{ id: string }>(sql`select pn.id from skp s join penugasan pn on pn.id = s.penugasan_id where s.ppk_pegawai_id = ${rater.lunak} order by pn.id limit 2`);
      await db().execute(sql`update penugasan set jabatan_id = ${jab} where id in (${sql.join(dua.map((r) => sql`${r.id}`), sql`, `)})`);
      try {
        const sub = await getAnalitikPenilai(admin, { unitId: subId, periodeId: periode2025, jenis: "TAHUNAN" });
        expect(sub.penilai).toEqual([]);
        expect(sub.penilaiDisembunyikan).toBe(1);
        const semua = await getAnalitikPenilai(admin, { unitId: uji.id, periodeId: periode2025, jenis: "TAHUNAN" });
        expect(baris(semua, rater.lunak)?.hasil.jumlahPegawai).toBe(5);
      } finally {
        const [asal] = await q<{ id: string }>(sql`select id from jabatan where unit_id = ${uji.id}`);
        await db().execute(sql`update penugasan set jabatan_id = ${asal!.id} where id in (${sql.join(dua.map((r) => sql`${r.id}`), sql`, `)})`);
      }
    });
  });

  it("counts a calibrated evaluation as the rater set it, not as the leader changed it", async () => {
    const [ev] = await q<{ id: string }>(sql`select id from evaluasi where penilai_id = ${rater.lunak} order by id limit 1`);
    await db().execute(sql`update evaluasi set rating_hasil = 'SESUAI', rating_perilaku = 'SESUAI', predikat = 'BAIK', rating_hasil_saran = 'SESUAI' where id = ${ev!.id}`);
    await db().insert(t.kalibrasiEvaluasi).values({
      evaluasiId: ev!.id, olehId: roster.persona.sekda, alasan: "Kalibrasi uji.", ratingHasilLama: "DI_ATAS", ratingPerilakuLama: "DI_ATAS", predikatLama: "SANGAT_BAIK",
      ratingHasilBaru: "SESUAI", ratingPerilakuBaru: "SESUAI", predikatBaru: "BAIK",
    });
    // another period key than the earlier tests' (the summaries are kept a minute): the sekda's default unit
    const d = await getAnalitikPenilai(sekda, { periodeId: periode2025, jenis: "TAHUNAN" });
    const l = baris(d, rater.lunak)!;
    expect(l.hasil.distribusi.bagian.SANGAT_BAIK).toBe(1);
    // the calibrated one: DI_ATAS as set against SESUAI suggested now counts as higher
    expect(l.hasil.saran.lebihTinggi).toBeGreaterThanOrEqual(2);
  });

  describe("the seeded instansi", () => {
    it("the head of UPT Puskesmas Helvetia Utara set the staff's 2025 evaluations after the deadline: lateness counts them", async () => {
      const [kepala] = await q<{ penilai_id: string; n: number; hari: number }>(
        sql`select e.penilai_id, count(*)::int as n, sum((e.ditetapkan_at at time zone 'Asia/Jakarta')::date - p.batas_evaluasi_tahunan)::int as hari
              from evaluasi e join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id
              join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
             where p.id = ${periode2025} and e.jenis = 'TAHUNAN' and u.kode like '%.PKMHU' and not j.kepala_unit
             group by e.penilai_id`,
      );
      expect(kepala!.n).toBeGreaterThanOrEqual(5);
      expect(kepala!.hari).toBeGreaterThan(0);
      const d = await getAnalitikPenilai(admin, { jenis: "TAHUNAN", periodeId: periode2025 });
      const row = baris(d, kepala!.penilai_id)!;
      expect(row.hasil.ketepatan.terlambat).toBe(kepala!.n);
      expect(row.hasil.ketepatan.hariTerlambat).toBe(kepala!.hari);
      expect(row.hasil.ketepatan.rataRataHari).toBe(Math.round((kepala!.hari / kepala!.n) * 10) / 10);
    });

    it("matches a direct count per rater for the whole city's 2025 annual evaluations; nobody under 5 is returned", async () => {
      const d = await getAnalitikPenilai(admin, { jenis: "TAHUNAN", periodeId: periode2025 });
      const langsung = await q<{ penilai_id: string; n: number; sb: number }>(
        sql`select e.penilai_id, count(distinct s.pegawai_id)::int as n, count(*) filter (where e.predikat = 'SANGAT_BAIK')::int as sb
              from evaluasi e join skp s on s.id = e.skp_id
             where s.periode_id = ${periode2025} and e.jenis = 'TAHUNAN' and e.status <> 'DRAFT'
             group by e.penilai_id`,
      );
      const n = new Map(langsung.map((r) => [r.penilai_id, r]));
      const kecil = langsung.filter((r) => r.n < 5 && r.n > 0).length;
      expect(d.penilai.length).toBeGreaterThan(3);
      expect(d.penilaiDisembunyikan).toBeGreaterThan(0);
      expect(d.penilai.length + d.penilaiDisembunyikan).toBe(langsung.length);
      for (const p of d.penilai) {
        expect(p.hasil.jumlahPegawai).toBeGreaterThanOrEqual(5);
        // raters without objections or calibrations: the distribution is the current predikat
        const r = n.get(p.penilaiId);
        const diubah = await q(sql`select 1 from evaluasi e where e.penilai_id = ${p.penilaiId}
          and (exists (select 1 from keberatan k where k.evaluasi_id = e.id) or exists (select 1 from kalibrasi_evaluasi k where k.evaluasi_id = e.id))`);
        if (r && diubah.length === 0) {
          expect(p.hasil.jumlahPegawai).toBe(r.n);
          expect(Math.round(p.hasil.distribusi.bagian.SANGAT_BAIK * p.hasil.distribusi.total)).toBe(r.sb);
        }
      }
      expect(d.penilaiDisembunyikan).toBe(kecil);
      // the instansi: every set 2025 annual evaluation
      const [inst] = await q<{ n: number; total: number }>(
        sql`select count(distinct s.pegawai_id)::int as n, count(*)::int as total from evaluasi e join skp s on s.id = e.skp_id
             where s.periode_id = ${periode2025} and e.jenis = 'TAHUNAN' and e.status <> 'DRAFT'`,
      );
      expect(d.instansi).toMatchObject({ jumlahPegawai: inst!.n, distribusi: { total: inst!.total } });
    });

    it("defaults to the latest period with set evaluations of the kind: 2025 annual, 2026 periodic (with late drafts)", async () => {
      const tahunan = await getAnalitikPenilai(admin, { jenis: "TAHUNAN" });
      expect(tahunan.periode?.tahun).toBe(2025);
      const periodik = await getAnalitikPenilai(kepalaDinas, { jenis: "PERIODIK" });
      expect(periodik.periode?.tahun).toBe(2026);
      expect(periodik.unit.id).toBe(kepalaDinas.actor.unitDipimpin[0]!.id);
      for (const p of periodik.penilai) {
        expect(p.hasil.jumlahPegawai).toBeGreaterThanOrEqual(5);
        expect(p.hasil.keberatan.tingkat).toBeNull();
      }
      // the PPK persona left last month's evaluations as drafts past their deadline
      const [draft] = await q<{ n: number; hari: number }>(
        sql`select count(*)::int as n, coalesce(sum(${TODAY}::date - c.batas_evaluasi), 0)::int as hari from evaluasi e join checkpoint c on c.id = e.checkpoint_id
             where e.penilai_id = ${roster.persona.ppk} and e.status = 'DRAFT' and c.batas_evaluasi < ${TODAY}::date`,
      );
      const row = periodik.penilai.find((p) => p.penilaiId === roster.persona.ppk);
      if (row) {
        expect(row.hasil.ketepatan.terlambat).toBe(draft!.n);
        expect(row.hasil.ketepatan.hariTerlambat).toBe(draft!.hari);
      }
      expect(draft!.n).toBeGreaterThan(0);
    });

    it("the picker lists the leader's subtree only, and the whole instansi for the admin", async () => {
      const units = await getUnitAnalitik(kepalaDinas);
      expect(units[0]!.id).toBe(kepalaDinas.actor.unitDipimpin[0]!.id);
      expect(units.some((u) => u.id === uji.id)).toBe(false);
      expect((await getUnitAnalitik(admin)).some((u) => u.id === uji.id)).toBe(true);
    });
  });

  describe("refusals look like not found and change nothing", () => {
    it("PPK, pegawai and auditor get not found, with or without a unit", async () => {
      for (const ctx of [ppk, pegawai, auditor]) {
        await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(ctx, { jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
        await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(ctx, { unitId: uji.id, jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
        await ditolakTanpaPerubahan(keadaan, () => getUnitAnalitik(ctx), "TIDAK_DITEMUKAN");
      }
      // the PPK persona heads a seksi (nothing below it): a rater, not a leader of raters
      expect(ppk.actor.peran).toEqual(expect.arrayContaining(["PPK", "PIMPINAN"]));
    });

    it("a kepala dinas gets not found for another dinas and for the city, but sees their own", async () => {
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(kepalaDinas, { unitId: uji.id, jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
      const [root] = await q<{ id: string }>(sql`select id from unit_kerja where parent_id is null and instansi_id = ${admin.actor.instansiId}`);
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(kepalaDinas, { unitId: root!.id, jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
      const sendiri = await getAnalitikPenilai(kepalaDinas, { jenis: "TAHUNAN" });
      expect(sendiri.unit.id).toBe(kepalaDinas.actor.unitDipimpin[0]!.id);
    });

    it("unknown or malformed unit and period ids look like not found", async () => {
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(admin, { unitId: "bukan-uuid", jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(admin, { unitId: randomUUID(), jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(admin, { periodeId: randomUUID(), jenis: "TAHUNAN" }), "TIDAK_DITEMUKAN");
      await ditolakTanpaPerubahan(keadaan, () => getAnalitikPenilai(admin, { jenis: "BULANAN" }), "INPUT_TIDAK_VALID");
    });
  });

  it("predikat constants used by the constructed data", () => {
    const p: Predikat[] = [predikatKinerja("DI_ATAS", "DI_ATAS"), predikatKinerja("DI_BAWAH", "SESUAI"), predikatKinerja("SESUAI", "SESUAI")];
    expect(p).toEqual(["SANGAT_BAIK", "BUTUH_PERBAIKAN", "BAIK"]);
  });
});
