/**
 * The unit summary on the Helvetia demo data: the totals are the sum of the child units, filters
 * narrow to the right people, refusals look like "not found", and the Excel and PDF exports carry the
 * service's numbers.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { testDatabases } from "@/db/testing";
import { buildHelvetiaRoster, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { renderRingkasanPdf } from "@/lib/documents/ringkasan-pdf";
import { angkaUnit, bukuRingkasan, KOLOM_UNIT, type LabelRingkasanXlsx } from "@/lib/documents/ringkasan-xlsx";
import { JENIS_JABATAN, PREDIKAT } from "@/lib/domain/constants";
import id from "@/lib/i18n/messages/id.json";
import { konteksPegawai } from "@/lib/testing/konteks";
import type { ServiceContext } from "./context";
import { getRingkasanUnit, STATUS_SKP_RINGKASAN, type DasborPimpinan } from "./ringkasan-unit";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const idOf = (key: PersonaKey) => roster.persona[key];
const unitByKode = (kode: string) => roster.unit.find((u) => u.kode === kode)!;
const aktif = (p: (typeof roster.penugasan)[number]) => p.jenis === "DEFINITIF" && p.mulai <= TODAY && (!p.selesai || p.selesai >= TODAY);

/** Definitive assignments active today in the subtree of `kode`, optionally of one jenis jabatan / golongan (from the roster, not the database). */
function diharapkan(kode: string, saring: { jenis?: string; golongan?: string } = {}) {
  const akar = unitByKode(kode);
  const units = new Set(roster.unit.filter((u) => u.path.startsWith(akar.path)).map((u) => u.id));
  const jabatan = new Map(roster.jabatan.filter((j) => units.has(j.unitId)).map((j) => [j.id, j]));
  const golongan = new Map(roster.pegawai.map((p) => [p.id, p.golongan]));
  return roster.penugasan.filter(
    (p) => aktif(p) && jabatan.has(p.jabatanId) && (!saring.jenis || jabatan.get(p.jabatanId)!.jenis === saring.jenis) && (!saring.golongan || golongan.get(p.pegawaiId) === saring.golongan),
  ).length;
}

/** Every number of the summary rows (the per-unit sheet's columns). */
function jumlahkan(rows: DasborPimpinan["anak"]) {
  const sum: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(angkaUnit(r))) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

const t = id.ringkasanUnit;
const LABEL: LabelRingkasanXlsx = {
  judul: "Ringkasan kinerja",
  lembar: { ringkasan: "Ringkasan", unit: t.lembarUnit, pegawai: t.lembarPegawai, tren: t.lembarTren, predikat: t.lembarPredikat },
  info: { unit: "Unit", periode: t.kolomPeriode, checkpoint: t.kolomCheckpoint, filter: t.filter, dihitung: t.kolomDihitung },
  kolom: {
    unit: "Unit", pegawai: "Pegawai", lewatBatas: t.kolomLewatBatas, cpSkp: t.kolomSkp, cpRealisasi: t.kolomRealisasi, cpEvaluasi: t.kolomEvaluasi,
    tahunanSkp: t.kolomTahunanSkp, tahunanDitetapkan: t.kolomTahunan, dinilai: t.kolomDinilai, keberatanTerbuka: t.kolomKeberatanTerbuka,
    keberatanDiputus: t.kolomKeberatanDiputus, nama: t.kolomNama, nip: t.kolomNip, jabatan: t.kolomJabatan, jenisJabatan: t.jenisJabatan,
    golongan: t.kolomGolongan, statusSkp: t.kolomStatusSkp, ikiTerealisasi: t.kolomRealisasiPegawai, jumlahIki: t.kolomJumlahIki,
    predikat: t.kolomPredikat, keadaan: t.kolomKeadaan, periode: t.kolomPeriode, checkpoint: t.kolomCheckpoint, urutan: t.kolomUrutan,
  },
  jumlah: t.jumlah,
  langsung: (nama) => `${nama} (langsung)`,
  status: id.status.skp,
  predikat: id.predikat,
  keadaan: { FINAL: "Final", MASA_KEBERATAN: "Masa keberatan", DALAM_KEBERATAN: "Dalam keberatan" },
  jenisJabatan: id.jenisJabatan,
};

describe.each(testDatabases())("unit summary on $name", (target) => {
  let handle: DbHandle;
  const ctxOf = (key: PersonaKey): Promise<ServiceContext> => konteksPegawai(handle.db, idOf(key), TODAY);

  beforeAll(async () => {
    handle = await target.open();
    await seedHelvetia(handle.db, { today: TODAY });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("counts the whole city, and the total of every column is the sum of its child units", async () => {
    const d = await getRingkasanUnit(await ctxOf("sekda"));
    const root = roster.unit.find((u) => !u.parentId)!;
    expect(d.unit.id).toBe(root.id);
    expect(d.total.pegawai).toBe(diharapkan(root.kode));
    expect(STATUS_SKP_RINGKASAN.reduce((n, s) => n + d.total.statusSkp[s], 0)).toBe(d.total.pegawai);
    expect(jumlahkan(d.anak)).toEqual(angkaUnit(d.total));
    // the demo data has approved SKPs with realisations, periodic evaluations set, and last year's predikat
    expect(d.checkpoint?.nama).toBe("Oktober 2026");
    expect(d.total.checkpoint.skp).toBeGreaterThan(100);
    expect(d.total.checkpoint.realisasi).toBeGreaterThan(0);
    expect(d.total.checkpoint.realisasi).toBeLessThanOrEqual(d.total.checkpoint.skp);
    expect(d.total.checkpoint.evaluasi).toBeLessThanOrEqual(d.total.checkpoint.skp);
    expect(d.total.dinilai).toBeGreaterThan(100);
    expect(PREDIKAT.reduce((n, p) => n + d.total.predikat[p], 0)).toBe(d.total.dinilai);
    expect(d.total.keadaan.FINAL + d.total.keadaan.MASA_KEBERATAN + d.total.keadaan.DALAM_KEBERATAN).toBe(d.total.dinilai);
    // the SKP deadline (31 January) has passed: everyone without an approved SKP is late
    expect(d.total.lewatBatasSkp).toBe(d.total.pegawai - d.total.statusSkp.DISETUJUI);
    // the trend's last point is the checkpoint of the cards (the same SKPs counted the same way)
    const akhir = d.tren.kini!.titik.at(-1)!;
    expect(akhir.nama).toBe("Oktober 2026");
    expect({ skp: akhir.skp, realisasi: akhir.realisasi, evaluasi: akhir.evaluasi }).toEqual(d.total.checkpoint);
    expect(d.tren.kini!.titik.map((x) => x.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.tren.lalu?.periode.tahun).toBe(2025);
    expect(d.tren.predikat.find((p) => p.periode.tahun === 2025)?.jumlah).toEqual(d.total.predikat);
    // objections of the rated period, counted independently
    const [k] = await queryRows<{ terbuka: number; diputus: number }>(
      handle.db,
      sql`select count(*) filter (where k.status in ('DIAJUKAN', 'DIPERIKSA'))::int as terbuka, count(*) filter (where k.status in ('DIKABULKAN', 'DITOLAK'))::int as diputus
            from keberatan k join evaluasi e on e.id = k.evaluasi_id join skp s on s.id = e.skp_id where s.periode_id = ${d.periodePredikat!.id}`,
    );
    expect(d.total.keberatan).toEqual({ terbuka: Number(k!.terbuka), diputus: Number(k!.diputus) });
  });

  it("lists a seksi's own employees, whose rows add up to the seksi's counts", async () => {
    const seksi = unitByKode("DISKOMINFO.APTIKA.PA");
    const d = await getRingkasanUnit(await ctxOf("sekda"), { unit: seksi.id });
    expect(d.jejak.map((j) => j.nama)).toEqual(["Pemerintah Kota Helvetia", "Dinas Komunikasi dan Informatika", "Bidang Aplikasi Informatika"]);
    expect(d.anak.map((a) => a.unitId)).toEqual([null]);
    expect(d.pegawai.jumlah).toBe(d.total.pegawai);
    expect(d.pegawai.baris.map((b) => b.pegawaiId)).toContain(idOf("pegawai"));
    expect(d.pegawai.baris[0]!.kepalaUnit).toBe(true);
    for (const s of STATUS_SKP_RINGKASAN) expect(d.pegawai.baris.filter((b) => b.statusSkp === s).length, s).toBe(d.total.statusSkp[s]);
    for (const p of PREDIKAT) expect(d.pegawai.baris.filter((b) => b.predikat === p).length, p).toBe(d.total.predikat[p]);
    expect(d.pegawai.baris.filter((b) => (b.ikiTerealisasi ?? 0) > 0).length).toBe(d.total.checkpoint.realisasi);
    expect(d.pegawai.baris.every((b) => b.jumlahIki === null || (b.ikiTerealisasi! >= 0 && b.ikiTerealisasi! <= b.jumlahIki))).toBe(true);
  });

  it("narrows by jenis jabatan and by golongan, and refuses an unknown filter", async () => {
    const ctx = await ctxOf("kepala-dinas");
    const semua = await getRingkasanUnit(ctx);
    expect(semua.unit.id).toBe(unitByKode("DISKOMINFO").id);
    let jumlah = 0;
    for (const jenis of JENIS_JABATAN) {
      const d = await getRingkasanUnit(ctx, { jenisJabatan: jenis });
      expect(d.filter.jenisJabatan).toBe(jenis);
      expect(d.total.pegawai, jenis).toBe(diharapkan("DISKOMINFO", { jenis }));
      expect(jumlahkan(d.anak)).toEqual(angkaUnit(d.total));
      jumlah += d.total.pegawai;
    }
    expect(jumlah).toBe(semua.total.pegawai);
    const fungsional = await getRingkasanUnit(ctx, { jenisJabatan: "FUNGSIONAL" });
    expect(fungsional.total.pegawai).toBeGreaterThan(0);
    expect(fungsional.total.pegawai).toBeLessThan(semua.total.pegawai);

    const golongan = await getRingkasanUnit(ctx, { golongan: "III/a" });
    expect(golongan.total.pegawai).toBe(diharapkan("DISKOMINFO", { golongan: "III/a" }));
    expect(golongan.total.pegawai).toBeLessThan(semua.total.pegawai);
    const keduanya = await getRingkasanUnit(ctx, { jenisJabatan: "PELAKSANA", golongan: "III/a" });
    expect(keduanya.total.pegawai).toBe(diharapkan("DISKOMINFO", { jenis: "PELAKSANA", golongan: "III/a" }));

    await expect(getRingkasanUnit(ctx, { jenisJabatan: "MENTERI" })).rejects.toMatchObject({ code: "INPUT_TIDAK_VALID" });
    await expect(getRingkasanUnit(ctx, { golongan: "V/z" })).rejects.toMatchObject({ code: "INPUT_TIDAK_VALID" });
  });

  it("refuses, as not found, a unit outside the leader's subtree and anyone who leads nothing", async () => {
    const lain = unitByKode("BKPSDM").id;
    await expect(getRingkasanUnit(await ctxOf("kepala-dinas"), { unit: lain })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    // the PPK heads a seksi: their own seksi, not their dinas
    const ppk = await ctxOf("ppk");
    await expect(getRingkasanUnit(ppk, { unit: unitByKode("DISKOMINFO").id })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    expect((await getRingkasanUnit(ppk)).unit.id).toBe(unitByKode("DISKOMINFO.APTIKA.PA").id);
    await expect(getRingkasanUnit(await ctxOf("pegawai"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    await expect(getRingkasanUnit(await ctxOf("pegawai"), { unit: roster.unit.find((u) => !u.parentId)!.id })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    await expect(getRingkasanUnit(await ctxOf("sekda"), { unit: "not-a-uuid" })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    // admin and auditor open the instansi's root
    for (const key of ["admin", "auditor"] as const) expect((await getRingkasanUnit(await ctxOf(key))).unit.jenis).toBe("PEMDA");
  });

  it("exports to Excel with the service's numbers in every sheet", async () => {
    const d = await getRingkasanUnit(await ctxOf("sekda"), { unit: unitByKode("DISKOMINFO").id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await bukuRingkasan(d, LABEL, { filter: "Semua", dihitung: "sekarang" })) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(LABEL.lembar.unit)!;
    expect(ws.rowCount).toBe(1 + d.anak.length + 1);
    const baca = (r: number) => Object.fromEntries(KOLOM_UNIT.slice(1).map((k, i) => [k, ws.getRow(r).getCell(i + 2).value]));
    d.anak.forEach((a, i) => {
      expect(ws.getRow(i + 2).getCell(1).value).toBe(a.unitId ? a.nama : `${a.nama} (langsung)`);
      expect(baca(i + 2)).toEqual(angkaUnit(a));
    });
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe(t.jumlah);
    expect(baca(ws.rowCount)).toEqual(angkaUnit(d.total));

    const p = wb.getWorksheet(LABEL.lembar.pegawai)!;
    expect(p.rowCount).toBe(1 + d.pegawai.baris.length);
    expect(p.getRow(2).getCell(2).value).toBe(d.pegawai.baris[0]!.nip);
    const tren = wb.getWorksheet(LABEL.lembar.tren)!;
    expect(tren.rowCount).toBe(1 + d.tren.kini!.titik.length + (d.tren.lalu?.titik.length ?? 0));
    expect(tren.getRow(1 + d.tren.kini!.titik.length).getCell(5).value).toBe(d.total.checkpoint.realisasi);
  });

  it("renders the PDF with the unit's name and totals", async () => {
    const d = await getRingkasanUnit(await ctxOf("sekda"), { unit: unitByKode("DISKOMINFO").id });
    const pdf = await renderRingkasanPdf({ data: d, label: { ...LABEL, judul: `Ringkasan kinerja ${d.unit.nama}` }, filter: "Semua", dihitung: "sekarang" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ringkasan-"));
    try {
      fs.writeFileSync(path.join(dir, "r.pdf"), pdf);
      const teks = execFileSync("pdftotext", ["-layout", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" });
      expect(teks).toContain("Ringkasan kinerja Dinas Komunikasi dan Informatika");
      const total = teks.split("\n").find((l) => l.trim().startsWith(t.jumlah));
      expect(total).toBeDefined();
      const angka = total!.trim().split(/\s+/).slice(1);
      expect(angka[0]).toBe(String(d.total.pegawai));
      expect(angka).toContain(`${d.total.checkpoint.realisasi}/${d.total.checkpoint.skp}`);
      for (const b of d.pegawai.baris) expect(teks).toContain(b.nip);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
