/**
 * The yearly credit-point list of a unit as an Excel workbook (HR imports it into the career systems):
 * one sheet, the header in row 1 (bold, frozen, filterable), one row per credit point with the numbers
 * stored as numbers (coefficient and value shown with two decimals), then a total row. NIP stays text
 * so its 18 digits are not rounded. Labels come from the caller (the user's language).
 */
import ExcelJS from "exceljs";
import type { Jenjang, Predikat } from "@/lib/domain/constants";
import type { AngkaKreditUnit } from "@/lib/services/angka-kredit";

export interface LabelAngkaKreditXlsx {
  judul: string;
  lembar: string;
  kolom: {
    no: string; nip: string; nama: string; jabatan: string; jenjang: string; unit: string;
    predikat: string; bulan: string; koefisien: string; persentase: string; nilai: string;
  };
  total: string;
  predikat: Record<Predikat, string>;
  jenjang: Record<Jenjang, string>;
}

export const KOLOM_XLSX = ["no", "nip", "nama", "jabatan", "jenjang", "unit", "predikat", "bulan", "koefisien", "persentase", "nilai"] as const;

const DUA_DESIMAL = "0.00";

export async function bukuAngkaKredit(data: AngkaKreditUnit, label: LabelAngkaKreditXlsx): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja";
  wb.title = label.judul;
  wb.created = new Date(0);
  const ws = wb.addWorksheet(label.lembar.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { key: "no", width: 5 },
    { key: "nip", width: 21 },
    { key: "nama", width: 30 },
    { key: "jabatan", width: 36 },
    { key: "jenjang", width: 14 },
    { key: "unit", width: 36 },
    { key: "predikat", width: 18 },
    { key: "bulan", width: 8, style: { numFmt: "0" } },
    { key: "koefisien", width: 11, style: { numFmt: DUA_DESIMAL } },
    { key: "persentase", width: 12, style: { numFmt: "0" } },
    { key: "nilai", width: 12, style: { numFmt: DUA_DESIMAL } },
  ];
  const header = ws.addRow(KOLOM_XLSX.map((k) => label.kolom[k]));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  data.baris.forEach((b, i) => {
    const row = ws.addRow({
      no: i + 1, nip: b.nip, nama: b.nama, jabatan: b.jabatan, jenjang: label.jenjang[b.jenjang], unit: b.unit,
      predikat: label.predikat[b.predikat], bulan: b.bulan, koefisien: b.koefisien, persentase: b.persentase, nilai: b.nilai,
    });
    row.getCell("nip").numFmt = "@";
  });
  const pertama = 2;
  const terakhir = data.baris.length + 1;
  const total = ws.addRow({
    no: null,
    nama: label.total,
    nilai: data.baris.length ? { formula: `SUM(K${pertama}:K${terakhir})`, result: data.total.nilai } : 0,
  });
  total.font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: KOLOM_XLSX.length } };
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** "Dinas Komunikasi dan Informatika" → "dinas-komunikasi-dan-informatika" (for the file name). */
export function slugBerkas(teks: string): string {
  return (
    teks
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "unit"
  );
}

export function namaBerkasAngkaKredit(data: Pick<AngkaKreditUnit, "unit" | "tahun">): string {
  return `angka-kredit-${slugBerkas(data.unit.nama)}-${data.tahun ?? "kosong"}.xlsx`;
}
