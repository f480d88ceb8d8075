/**
 * HR's follow-up and the admin's appraisal settings against a freshly seeded Pemerintah Kota Helvetia
 * (today 2026-11-20; 2025's annual evaluations are FINAL with credit points for functional staff):
 * the credit-point list of a unit's subtree and its Excel export, one pegawai's own points, the
 * objection window and holiday list, and opening the appraisal season. Every refused call must leave
 * the database as it was.
 */
import ExcelJS from "exceljs";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { bukuAngkaKredit, KOLOM_XLSX, namaBerkasAngkaKredit, type LabelAngkaKreditXlsx } from "@/lib/documents/angka-kredit-xlsx";
import { angkaKredit } from "@/lib/domain/angka-kredit";
import { JENJANG, PREDIKAT, type Jenjang, type Predikat } from "@/lib/domain/constants";
import { bulanBerlaku } from "@/lib/domain/evaluasi";
import { PERMENPANRB_6_2022 } from "@/lib/domain/rule-set";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import { getAngkaKreditPegawai, getAngkaKreditUnit, getUnitAngkaKredit, type BarisAngkaKredit } from "./angka-kredit";
import { getAturanKeberatan, simpanAturanKeberatan } from "./aturan";
import { type ServiceContext } from "./context";
import type { ServiceError } from "./errors";
import { bukaMasaPenilaian, getPeriodeAktif } from "./periode";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";

const LABEL: LabelAngkaKreditXlsx = {
  judul: "Angka kredit",
  lembar: "Angka kredit 2025",
  kolom: {
    no: "No", nip: "NIP", nama: "Nama", jabatan: "Jabatan", jenjang: "Jenjang", unit: "Unit kerja",
    predikat: "Predikat", bulan: "Bulan", koefisien: "Koefisien", persentase: "Persentase (%)", nilai: "Angka kredit",
  },
  total: "Jumlah",
  predikat: Object.fromEntries(PREDIKAT.map((p) => [p, `P:${p}`])) as Record<Predikat, string>,
  jenjang: Object.fromEntries(JENJANG.map((j) => [j, `J:${j}`])) as Record<Jenjang, string>,
};

type Harapan = Pick<BarisAngkaKredit, "pegawaiId" | "jenjang" | "predikat" | "bulan" | "koefisien" | "persentase" | "nilai" | "unitId">;
const urut = <T extends { pegawaiId: string; nilai: number; bulan: number }>(l: T[]) =>
  [...l].sort((a, b) => a.pegawaiId.localeCompare(b.pegawaiId) || a.bulan - b.bulan || a.nilai - b.nilai);

describe.each(testDatabases())("angka kredit, aturan keberatan, masa penilaian on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);

  let admin: ServiceContext;
  let auditor: ServiceContext;
  let kepalaDinas: ServiceContext;
  let ppk: ServiceContext;
  let plt: ServiceContext;
  let pegawai: ServiceContext;
  /** Diskominfo, headed by the kepala-dinas persona. */
  let dinas: { id: string; path: string };

  /** Credit points computed from the domain for the FINAL 2025 annual evaluations of functional staff in a subtree. */
  const dariDomain = async (path: string, tahun = 2025): Promise<Harapan[]> => {
    const rows = await q<{ pegawai_id: string; predikat: Predikat; jenjang: Jenjang; mulai: string; selesai: string; unit_id: string }>(
      sql`select s.pegawai_id, e.predikat, j.jenjang, s.berlaku_mulai::text as mulai, s.berlaku_selesai::text as selesai, u.id as unit_id
            from evaluasi e join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id
            join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
           where e.jenis = 'TAHUNAN' and e.status = 'FINAL' and p.tahun = ${tahun} and j.jenis = 'FUNGSIONAL' and u.path like ${`${path}%`}`,
    );
    return rows.map((r) => {
      const bulan = bulanBerlaku(r.mulai, r.selesai);
      return {
        pegawaiId: r.pegawai_id, jenjang: r.jenjang, predikat: r.predikat, bulan, unitId: r.unit_id,
        koefisien: PERMENPANRB_6_2022.koefisienTahunan[r.jenjang], persentase: PERMENPANRB_6_2022.persentaseAngkaKredit[r.predikat],
        nilai: angkaKredit({ predikat: r.predikat, jenjang: r.jenjang, bulan }),
      };
    });
  };
  const pilih = (b: BarisAngkaKredit): Harapan => ({
    pegawaiId: b.pegawaiId, jenjang: b.jenjang, predikat: b.predikat, bulan: b.bulan, unitId: b.unitId, koefisien: b.koefisien, persentase: b.persentase, nilai: b.nilai,
  });
  const jumlah = (l: { nilai: number }[]) => l.reduce((s, b) => s + Math.round(b.nilai * 100), 0) / 100;

  /** Everything the settings and the season write. */
  const keadaan = async () =>
    (
      await q(sql`select
        (select md5(coalesce(string_agg(concat_ws('|', id, aturan::text, updated_at), ',' order by id), '')) from regulasi) as regulasi_h,
        (select md5(coalesce(string_agg(concat_ws('|', instansi_id, tanggal, nama), ',' order by instansi_id, tanggal), '')) from hari_libur) as libur_h,
        (select md5(coalesce(string_agg(concat_ws('|', id, status), ',' order by id), '')) from periode) as periode_h,
        (select count(*)::int from audit_log) as audit`)
    )[0];
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    [admin, auditor, kepalaDinas, ppk, plt, pegawai] = await Promise.all([
      ctxOf(roster.persona.admin), ctxOf(roster.persona.auditor), ctxOf(roster.persona["kepala-dinas"]),
      ctxOf(roster.persona.ppk), ctxOf(roster.persona.plt), ctxOf(roster.persona.pegawai),
    ]);
    dinas = kepalaDinas.actor.unitDipimpin[0]!;
    expect(pegawai.actor.peran).toEqual(["PEGAWAI"]);
    expect(plt.actor.peran).toContain("PIMPINAN");
    expect(plt.actor.unitDipimpin.some((u) => dinas.path.startsWith(u.path) || u.path.startsWith(dinas.path))).toBe(false);
  });
  afterAll(async () => {
    await h?.close();
  });

  describe("angka kredit per unit", () => {
    it("lists the subtree's credit points of 2025 exactly as the domain computes them, with totals", async () => {
      const harapan = await dariDomain(dinas.path);
      expect(harapan.length).toBeGreaterThan(2);
      const data = await getAngkaKreditUnit(kepalaDinas, { unitId: dinas.id, tahun: 2025 });
      expect(data.unit.id).toBe(dinas.id);
      expect(data.tahun).toBe(2025);
      expect(urut(data.baris.map(pilih))).toEqual(urut(harapan));
      expect(data.total).toEqual({ baris: harapan.length, pegawai: new Set(harapan.map((x) => x.pegawaiId)).size, nilai: jumlah(harapan) });
      // identity columns come from the pegawai and the SKP's position
      const [satu] = await q<{ nip: string; nama: string; jabatan: string; unit: string }>(
        sql`select pg.nip, pg.nama, j.nama as jabatan, u.nama as unit from angka_kredit ak join evaluasi e on e.id = ak.evaluasi_id join skp s on s.id = e.skp_id
              join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
              join pegawai pg on pg.id = ak.pegawai_id where ak.pegawai_id = ${data.baris[0]!.pegawaiId} and e.id = ak.evaluasi_id limit 1`,
      );
      expect(data.baris[0]).toMatchObject(satu!);
    });

    it("defaults: the latest year with points; the leader's unit; the instansi root for the admin and auditor", async () => {
      const pemimpin = await getAngkaKreditUnit(kepalaDinas);
      expect(pemimpin.unit.id).toBe(dinas.id);
      expect(pemimpin.tahun).toBe(2025);
      expect(pemimpin.tahunTersedia).toEqual([2025]);

      const [root] = await q<{ id: string; path: string }>(sql`select id, path from unit_kerja where parent_id is null and instansi_id = ${admin.actor.instansiId}`);
      const semua = await getAngkaKreditUnit(admin);
      expect(semua.unit.id).toBe(root!.id);
      expect(urut(semua.baris.map(pilih))).toEqual(urut(await dariDomain(root!.path)));
      const [{ n }] = (await q<{ n: number }>(sql`select count(*)::int as n from angka_kredit`)) as [{ n: number }];
      expect(semua.total.baris).toBe(n);
      expect((await getAngkaKreditUnit(auditor)).total).toEqual(semua.total);
      // the admin may open any unit, with the same rows the leader sees
      expect(await getAngkaKreditUnit(admin, { unitId: dinas.id, tahun: "2025" })).toEqual(pemimpin);
      // a year without points is an empty list, not an error
      const kosong = await getAngkaKreditUnit(admin, { unitId: dinas.id, tahun: 2026 });
      expect(kosong).toMatchObject({ tahun: 2026, baris: [], total: { baris: 0, pegawai: 0, nilai: 0 } });
    });

    it("a leader of a section sees that section only; the picker lists only the units the viewer may open", async () => {
      const seksi = ppk.actor.unitDipimpin[0]!;
      expect(seksi.path.startsWith(dinas.path)).toBe(true);
      const data = await getAngkaKreditUnit(ppk, { tahun: 2025 });
      expect(data.unit.id).toBe(seksi.id);
      expect(urut(data.baris.map(pilih))).toEqual(urut(await dariDomain(seksi.path)));
      await ditolak(getAngkaKreditUnit(ppk, { unitId: dinas.id }), "TIDAK_DITEMUKAN");

      const unitPimpinan = await getUnitAngkaKredit(kepalaDinas);
      const jalur = await q<{ id: string; path: string }>(sql`select id, path from unit_kerja`);
      const pathOf = new Map(jalur.map((u) => [u.id, u.path]));
      expect(unitPimpinan[0]!.id).toBe(dinas.id);
      expect(unitPimpinan.every((u) => pathOf.get(u.id)!.startsWith(dinas.path))).toBe(true);
      expect(unitPimpinan.length).toBe(jalur.filter((u) => u.path.startsWith(dinas.path)).length);
      const unitAdmin = await getUnitAngkaKredit(admin);
      expect(unitAdmin.length).toBe(jalur.length);
      expect(unitAdmin[0]).toMatchObject({ level: 0 }); // the instansi's root first, then the tree depth-first
      expect(unitAdmin.findIndex((u) => u.id === dinas.id)).toBeLessThan(unitAdmin.findIndex((u) => u.id === seksi.id));
      await ditolak(getUnitAngkaKredit(pegawai), "TIDAK_DITEMUKAN");
    });

    it("refuses a leader of another unit, a plain pegawai, and unknown or malformed input", async () => {
      await ditolak(getAngkaKreditUnit(plt, { unitId: dinas.id, tahun: 2025 }), "TIDAK_DITEMUKAN");
      await ditolak(getAngkaKreditUnit(pegawai, { unitId: dinas.id }), "TIDAK_DITEMUKAN");
      await ditolak(getAngkaKreditUnit(pegawai), "TIDAK_DITEMUKAN");
      await ditolak(getAngkaKreditUnit(admin, { unitId: TIDAK_ADA }), "TIDAK_DITEMUKAN");
      await ditolak(getAngkaKreditUnit(admin, { unitId: "bukan-uuid" }), "INPUT_TIDAK_VALID", { unitId: ["ID_TIDAK_VALID"] });
      await ditolak(getAngkaKreditUnit(admin, { tahun: "20x5" }), "INPUT_TIDAK_VALID", { tahun: ["TAHUN_TIDAK_VALID"] });
    });

    it("the Excel export holds the service's numbers as numbers, a bold header and a total row", async () => {
      const data = await getAngkaKreditUnit(kepalaDinas, { tahun: 2025 });
      const buku = new ExcelJS.Workbook();
      await buku.xlsx.load((await bukuAngkaKredit(data, LABEL)).buffer as ArrayBuffer);
      const ws = buku.worksheets[0]!;
      expect(ws.name).toBe("Angka kredit 2025");
      const header = ws.getRow(1);
      expect(KOLOM_XLSX.map((_, i) => header.getCell(i + 1).value)).toEqual(KOLOM_XLSX.map((k) => LABEL.kolom[k]));
      expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
      expect(ws.rowCount).toBe(data.baris.length + 2);
      data.baris.forEach((b, i) => {
        const row = ws.getRow(i + 2);
        const v = (k: (typeof KOLOM_XLSX)[number]) => row.getCell(KOLOM_XLSX.indexOf(k) + 1);
        expect(v("no").value).toBe(i + 1);
        expect(v("nip").value).toBe(b.nip);
        expect(v("nama").value).toBe(b.nama);
        expect(v("jenjang").value).toBe(`J:${b.jenjang}`);
        expect(v("predikat").value).toBe(`P:${b.predikat}`);
        expect(v("bulan").value).toBe(b.bulan);
        expect(v("koefisien").value).toBe(b.koefisien);
        expect(v("persentase").value).toBe(b.persentase);
        expect(v("nilai").value).toBe(b.nilai);
        expect(typeof v("nilai").value).toBe("number");
        expect(v("nilai").numFmt).toBe("0.00");
        expect(v("koefisien").numFmt).toBe("0.00");
      });
      const total = ws.getRow(data.baris.length + 2);
      expect(total.getCell(3).value).toBe("Jumlah");
      expect(total.font?.bold ?? total.getCell(3).font?.bold).toBe(true);
      const nilaiTotal = total.getCell(KOLOM_XLSX.indexOf("nilai") + 1);
      expect(nilaiTotal.value).toMatchObject({ formula: `SUM(K2:K${data.baris.length + 1})`, result: data.total.nilai });
      expect(nilaiTotal.numFmt).toBe("0.00");
      expect(namaBerkasAngkaKredit(data)).toMatch(/^angka-kredit-[a-z0-9-]+-2025\.xlsx$/);
      expect(namaBerkasAngkaKredit({ unit: { id: dinas.id, nama: "Dinas Komunikasi & Informatika" }, tahun: 2025 })).toBe("angka-kredit-dinas-komunikasi-informatika-2025.xlsx");

      // an empty list still exports: the header and a zero total
      const kosong = await getAngkaKreditUnit(kepalaDinas, { tahun: 2026 });
      const bukuKosong = new ExcelJS.Workbook();
      await bukuKosong.xlsx.load((await bukuAngkaKredit(kosong, LABEL)).buffer as ArrayBuffer);
      expect(bukuKosong.worksheets[0]!.getRow(2).getCell(KOLOM_XLSX.indexOf("nilai") + 1).value).toBe(0);
    });

    it("one pegawai's own credit points over the years, under the profile's visibility rule", async () => {
      const data = await getAngkaKreditUnit(kepalaDinas, { tahun: 2025 });
      const b = data.baris[0]!;
      const subjek = await ctxOf(b.pegawaiId);
      const sendiri = await getAngkaKreditPegawai(subjek, b.pegawaiId);
      const miliknya = data.baris.filter((x) => x.pegawaiId === b.pegawaiId);
      expect(sendiri.baris.map((x) => ({ tahun: x.tahun, nilai: x.nilai, bulan: x.bulan, predikat: x.predikat, jenjang: x.jenjang }))).toEqual(
        expect.arrayContaining(miliknya.map((x) => ({ tahun: 2025, nilai: x.nilai, bulan: x.bulan, predikat: x.predikat, jenjang: x.jenjang }))),
      );
      expect(sendiri.total).toBe(jumlah(sendiri.baris));
      expect(await getAngkaKreditPegawai(kepalaDinas, b.pegawaiId)).toEqual(sendiri);
      expect(await getAngkaKreditPegawai(admin, b.pegawaiId)).toEqual(sendiri);
      await ditolak(getAngkaKreditPegawai(plt, b.pegawaiId), "TIDAK_DITEMUKAN");
      await ditolak(getAngkaKreditPegawai(admin, "x"), "TIDAK_DITEMUKAN");
      expect(await getAngkaKreditPegawai(pegawai, pegawai.actor.pegawaiId)).toMatchObject({ baris: expect.any(Array) });
    });
  });

  describe("aturan keberatan", () => {
    const baru = {
      hari: 10,
      jenisHari: "KERJA" as const,
      hariLibur: [
        { tanggal: "2026-12-25", nama: "Hari Raya Natal" },
        { tanggal: "2026-12-24", nama: "Cuti bersama Natal" },
        { tanggal: "2027-01-01", nama: "Tahun Baru 2027 Masehi" },
      ],
    };

    it("saves then reads back the same window and holidays, with an audit row", async () => {
      const awal = await getAturanKeberatan(admin);
      expect(awal.hari).toBe(14);
      const auditSebelum = (await keadaan())!.audit as number;
      await simpanAturanKeberatan(admin, { ...baru, hari: "10" });
      const kini = await getAturanKeberatan(admin);
      expect(kini).toEqual({
        regulasi: awal.regulasi, hari: 10, jenisHari: "KERJA", hariLibur: [...baru.hariLibur].sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
        kebijakanKurva: awal.kebijakanKurva, kurvaMinimumPegawai: awal.kurvaMinimumPegawai,
      });
      expect((await keadaan())!.audit).toBe(auditSebelum + 1);
      const [audit] = await q<{ aktor_id: string; entitas_id: string; sebelum: Record<string, unknown>; sesudah: Record<string, unknown> }>(
        sql`select aktor_id, entitas_id, sebelum, sesudah from audit_log where aksi = 'ATURAN_KEBERATAN_DIUBAH' order by id desc limit 1`,
      );
      expect(audit).toMatchObject({
        aktor_id: admin.actor.pegawaiId, entitas_id: awal.regulasi.id,
        sebelum: { keberatan: { hari: awal.hari, jenisHari: awal.jenisHari } },
        sesudah: { keberatan: { hari: 10, jenisHari: "KERJA" }, hariLibur: baru.hariLibur },
      });
      // and back: an empty holiday list clears it
      await simpanAturanKeberatan(admin, { hari: 14, jenisHari: "KALENDER", hariLibur: [] });
      expect(await getAturanKeberatan(admin)).toMatchObject({ hari: 14, jenisHari: "KALENDER", hariLibur: [] });
      await simpanAturanKeberatan(admin, baru);
    });

    it("invalid input changes nothing and names the field", async () => {
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hari: 0 }), "INPUT_TIDAK_VALID", { hari: ["HARI_1_365"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hari: 366 }), "INPUT_TIDAK_VALID", { hari: ["HARI_1_365"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hari: 2.5 }), "INPUT_TIDAK_VALID", { hari: ["ANGKA_TIDAK_VALID"] });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, jenisHari: "BULAN" }), "INPUT_TIDAK_VALID", { jenisHari: ["PILIHAN_TIDAK_VALID"] });
      await tanpaPerubahan(
        () => simpanAturanKeberatan(admin, { ...baru, hariLibur: [...baru.hariLibur, { tanggal: "2026-12-25", nama: "Natal lagi" }] }),
        "INPUT_TIDAK_VALID",
        { "hariLibur.3.tanggal": ["TANGGAL_GANDA"] },
      );
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hariLibur: [{ tanggal: "2026-02-30", nama: "Tidak ada" }] }), "INPUT_TIDAK_VALID", {
        "hariLibur.0.tanggal": ["TANGGAL_TIDAK_VALID"],
      });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hariLibur: [{ tanggal: "25-12-2026", nama: "Natal" }] }), "INPUT_TIDAK_VALID", {
        "hariLibur.0.tanggal": ["TANGGAL_TIDAK_VALID"],
      });
      await tanpaPerubahan(() => simpanAturanKeberatan(admin, { ...baru, hariLibur: [{ tanggal: "2026-12-31", nama: "  " }] }), "INPUT_TIDAK_VALID", {
        "hariLibur.0.nama": ["WAJIB_DIISI"],
      });
      expect(await getAturanKeberatan(admin)).toMatchObject({ hari: 10, jenisHari: "KERJA" });
    });

    it("refuses anyone but the admin, as if there were nothing", async () => {
      for (const ctx of [auditor, kepalaDinas, pegawai]) {
        await tanpaPerubahan(() => simpanAturanKeberatan(ctx, baru), "TIDAK_DITEMUKAN");
        await ditolak(getAturanKeberatan(ctx), "TIDAK_DITEMUKAN");
      }
    });
  });

  describe("buka masa penilaian", () => {
    const periodeTahun = async (tahun: number) =>
      (await q<{ id: string; status: string }>(sql`select id, status from periode where tahun = ${tahun} and instansi_id = ${admin.actor.instansiId}`))[0]!;

    it("refuses anyone but the admin, a closed period and an unknown id", async () => {
      const kini = await periodeTahun(2026);
      const lalu = await periodeTahun(2025);
      expect(kini.status).toBe("BERJALAN");
      for (const ctx of [auditor, kepalaDinas, ppk, pegawai]) await tanpaPerubahan(() => bukaMasaPenilaian(ctx, kini.id), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => bukaMasaPenilaian(admin, lalu.id), "KONFLIK", { _: ["PERIODE_BUKAN_BERJALAN"] });
      await tanpaPerubahan(() => bukaMasaPenilaian(admin, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await tanpaPerubahan(() => bukaMasaPenilaian(admin, "bukan-uuid"), "TIDAK_DITEMUKAN");
    });

    it("the admin opens it once: BERJALAN → PENILAIAN, audited, the cached period refreshed; a second time is refused", async () => {
      const kini = await periodeTahun(2026);
      expect((await getPeriodeAktif(db(), admin.actor.instansiId, TODAY))!.status).toBe("BERJALAN"); // cached now
      await bukaMasaPenilaian(admin, kini.id);
      expect((await periodeTahun(2026)).status).toBe("PENILAIAN");
      expect((await getPeriodeAktif(db(), admin.actor.instansiId, TODAY))!.status).toBe("PENILAIAN");
      const audit = await q<{ aktor_id: string; sebelum: unknown; sesudah: unknown }>(
        sql`select aktor_id, sebelum, sesudah from audit_log where aksi = 'MASA_PENILAIAN_DIBUKA' and entitas_id = ${kini.id}`,
      );
      expect(audit).toEqual([{ aktor_id: admin.actor.pegawaiId, sebelum: { status: "BERJALAN" }, sesudah: { tahun: 2026, status: "PENILAIAN" } }]);
      await tanpaPerubahan(() => bukaMasaPenilaian(admin, kini.id), "KONFLIK", { _: ["PERIODE_BUKAN_BERJALAN"] });
    });
  });
});
