/**
 * The unit summary (lib/services/ringkasan-unit.ts) as an Excel workbook, with the numbers of the page:
 *  - "Ringkasan": unit, period, checkpoint, filters, when counted;
 *  - "Per unit": one row per child unit (and the staff directly in the unit), then the total row;
 *  - "Pegawai": the employees directly in the unit (NIP as text);
 *  - "Tren": per checkpoint of this and the previous period, approved SKPs, with a realisation, with
 *    the periodic evaluation set;
 *  - "Predikat per tahun".
 * Header in row 1 of each table sheet (bold, frozen); numbers stored as numbers. Labels come from the caller.
 */
import ExcelJS from "exceljs";
import { PREDIKAT, type Predikat } from "@/lib/domain/constants";
import type { KeadaanDinilai } from "@/lib/domain/ringkasan";
import { STATUS_SKP_RINGKASAN, type DasborPimpinan, type HitunganUnit, type StatusSkpAtauBelum } from "@/lib/services/ringkasan-unit";

export interface LabelRingkasanXlsx {
  judul: string;
  lembar: { ringkasan: string; unit: string; pegawai: string; tren: string; predikat: string };
  info: { unit: string; periode: string; checkpoint: string; filter: string; dihitung: string };
  kolom: {
    unit: string; pegawai: string; lewatBatas: string; cpSkp: string; cpRealisasi: string; cpEvaluasi: string;
    tahunanSkp: string; tahunanDitetapkan: string; dinilai: string; keberatanTerbuka: string; keberatanDiputus: string;
    nama: string; nip: string; jabatan: string; jenisJabatan: string; golongan: string; statusSkp: string; ikiTerealisasi: string; jumlahIki: string;
    predikat: string; keadaan: string; periode: string; checkpoint: string; urutan: string;
  };
  jumlah: string;
  langsung: (nama: string) => string;
  status: Record<StatusSkpAtauBelum, string>;
  predikat: Record<Predikat, string>;
  keadaan: Record<KeadaanDinilai, string>;
  jenisJabatan: Record<string, string>;
}

/** Column keys of the "Per unit" sheet, in order (tests read the sheet back by these). */
export const KOLOM_UNIT = [
  "unit", "pegawai", ...STATUS_SKP_RINGKASAN, "lewatBatas", "cpSkp", "cpRealisasi", "cpEvaluasi", "tahunanSkp", "tahunanDitetapkan",
  ...PREDIKAT, "dinilai", "keberatanTerbuka", "keberatanDiputus",
] as const;
export type KolomUnit = (typeof KOLOM_UNIT)[number];

/** A row of the "Per unit" sheet as numbers by key (also what the tests compare with the service). */
export function angkaUnit(h: HitunganUnit): Record<Exclude<KolomUnit, "unit">, number> {
  return {
    pegawai: h.pegawai,
    ...h.statusSkp,
    lewatBatas: h.lewatBatasSkp,
    cpSkp: h.checkpoint.skp, cpRealisasi: h.checkpoint.realisasi, cpEvaluasi: h.checkpoint.evaluasi,
    tahunanSkp: h.tahunan.skp, tahunanDitetapkan: h.tahunan.ditetapkan,
    ...h.predikat,
    dinilai: h.dinilai,
    keberatanTerbuka: h.keberatan.terbuka, keberatanDiputus: h.keberatan.diputus,
  };
}

function kepala(ws: ExcelJS.Worksheet, judul: string[]) {
  const row = ws.addRow(judul);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

export async function bukuRingkasan(data: DasborPimpinan, label: LabelRingkasanXlsx, info: { filter: string; dihitung: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja";
  wb.title = label.judul;
  wb.created = new Date(0);

  const r = wb.addWorksheet(label.lembar.ringkasan.slice(0, 31));
  r.columns = [{ width: 24 }, { width: 60 }];
  r.addRow([label.judul]).font = { bold: true, size: 13 };
  r.addRow([label.info.unit, data.unit.nama]);
  r.addRow([label.info.periode, data.periode?.nama ?? "—"]);
  r.addRow([label.info.checkpoint, data.checkpoint?.nama ?? "—"]);
  r.addRow([label.info.filter, info.filter]);
  r.addRow([label.info.dihitung, info.dihitung]);

  const u = wb.addWorksheet(label.lembar.unit.slice(0, 31));
  const judulUnit: Record<KolomUnit, string> = {
    unit: label.kolom.unit, pegawai: label.kolom.pegawai, ...label.status, lewatBatas: label.kolom.lewatBatas,
    cpSkp: label.kolom.cpSkp, cpRealisasi: label.kolom.cpRealisasi, cpEvaluasi: label.kolom.cpEvaluasi,
    tahunanSkp: label.kolom.tahunanSkp, tahunanDitetapkan: label.kolom.tahunanDitetapkan, ...label.predikat,
    dinilai: label.kolom.dinilai, keberatanTerbuka: label.kolom.keberatanTerbuka, keberatanDiputus: label.kolom.keberatanDiputus,
  };
  u.columns = KOLOM_UNIT.map((k) => ({ key: k, width: k === "unit" ? 44 : 12 }));
  kepala(u, KOLOM_UNIT.map((k) => judulUnit[k]));
  for (const a of data.anak) u.addRow({ unit: a.unitId ? a.nama : label.langsung(a.nama), ...angkaUnit(a) });
  const total = u.addRow({ unit: label.jumlah, ...angkaUnit(data.total) });
  total.font = { bold: true };

  const p = wb.addWorksheet(label.lembar.pegawai.slice(0, 31));
  p.columns = [
    { key: "nama", width: 32 }, { key: "nip", width: 21 }, { key: "jabatan", width: 40 }, { key: "jenisJabatan", width: 16 }, { key: "golongan", width: 10 },
    { key: "statusSkp", width: 16 }, { key: "ikiTerealisasi", width: 12 }, { key: "jumlahIki", width: 12 }, { key: "predikat", width: 18 }, { key: "keadaan", width: 26 },
  ];
  kepala(p, [
    label.kolom.nama, label.kolom.nip, label.kolom.jabatan, label.kolom.jenisJabatan, label.kolom.golongan, label.kolom.statusSkp,
    label.kolom.ikiTerealisasi, label.kolom.jumlahIki, label.kolom.predikat, label.kolom.keadaan,
  ]);
  for (const b of data.pegawai.baris) {
    const row = p.addRow({
      nama: b.nama, nip: b.nip, jabatan: b.jabatan, jenisJabatan: label.jenisJabatan[b.jenisJabatan] ?? b.jenisJabatan, golongan: b.golongan,
      statusSkp: label.status[b.statusSkp], ikiTerealisasi: b.ikiTerealisasi, jumlahIki: b.jumlahIki,
      predikat: b.predikat ? label.predikat[b.predikat] : null, keadaan: b.keadaan ? label.keadaan[b.keadaan] : null,
    });
    row.getCell("nip").numFmt = "@";
  }

  const t = wb.addWorksheet(label.lembar.tren.slice(0, 31));
  t.columns = [{ key: "periode", width: 24 }, { key: "urutan", width: 8 }, { key: "checkpoint", width: 20 }, { key: "skp", width: 12 }, { key: "realisasi", width: 12 }, { key: "evaluasi", width: 12 }];
  kepala(t, [label.kolom.periode, label.kolom.urutan, label.kolom.checkpoint, label.kolom.cpSkp, label.kolom.cpRealisasi, label.kolom.cpEvaluasi]);
  for (const seri of [data.tren.kini, data.tren.lalu]) {
    if (!seri) continue;
    for (const x of seri.titik) t.addRow({ periode: seri.periode.nama, urutan: x.urutan, checkpoint: x.nama, skp: x.skp, realisasi: x.realisasi, evaluasi: x.evaluasi });
  }

  const d = wb.addWorksheet(label.lembar.predikat.slice(0, 31));
  d.columns = [{ key: "periode", width: 24 }, ...PREDIKAT.map((k) => ({ key: k, width: 16 })), { key: "dinilai", width: 12 }];
  kepala(d, [label.kolom.periode, ...PREDIKAT.map((k) => label.predikat[k]), label.kolom.dinilai]);
  for (const x of data.tren.predikat) d.addRow({ periode: x.periode.nama, ...x.jumlah, dinilai: x.dinilai });

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** "ringkasan-<unit>-<tahun>.xlsx" with the unit name made safe for a file name. */
export function namaBerkasRingkasan(data: DasborPimpinan, ext: "xlsx" | "pdf"): string {
  const unit = data.unit.nama.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60);
  return `ringkasan-${unit || "unit"}-${data.periode?.tahun ?? ""}.${ext}`;
}
