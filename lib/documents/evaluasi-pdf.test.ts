import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNip } from "@/lib/domain/nip";
import { contohEvaluasiPeriodik, contohEvaluasiTahunanJpt, contohEvaluasiTahunanKeberatan } from "./evaluasi-contoh";
import { renderEvaluasiPdf } from "./evaluasi-pdf";
import {
  barisAngkaKredit,
  catatanPredikat,
  catatanRekomendasi,
  labelPeriodeEvaluasi,
  namaBerkasEvaluasi,
  namaEvaluasi,
  rentangPenilaian,
  teksRealisasi,
  type EvaluasiDokumen,
} from "./evaluasi-teks";
import { pecahRingkasan } from "@/lib/services/evaluasi-dokumen";

// pdftotext (poppler-utils) must be installed, as for skp-pdf.test.ts: the text checks are the point.
const dir = mkdtempSync(join(tmpdir(), "evaluasi-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Hasil {
  pdf: Buffer;
  /** `pdftotext -layout`, pages split on form feeds. */
  layout: string;
  halamanTeks: string[];
  /** `pdftotext -raw` with whitespace collapsed: each cell's text in one piece. */
  alir: string;
  halaman: number;
  /** Page sizes in points, "W x H" per page (pdfinfo). */
  ukuran: string[];
}

async function render(doc: EvaluasiDokumen, nama: string): Promise<Hasil> {
  const pdf = await renderEvaluasiPdf(doc);
  const file = join(dir, `${nama}.pdf`);
  writeFileSync(file, pdf);
  const layout = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const alir = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const halamanTeks = layout.split("\f").filter((p) => p.trim() !== "");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", file], { encoding: "utf8" });
  const ukuran = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${Math.round(Number(m[1]))} x ${Math.round(Number(m[2]))}`);
  return { pdf, layout, halamanTeks, alir, halaman: halamanTeks.length, ukuran };
}

describe("renderEvaluasiPdf — periodic (October), no objection", () => {
  let r: Hasil;
  beforeAll(async () => {
    r = await render(contohEvaluasiPeriodik, "periodik");
  }, 60_000);

  it("is a landscape PDF with the title and the period", () => {
    expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(r.ukuran.every((u) => u === "842 x 595")).toBe(true);
    expect(r.alir).toContain("EVALUASI KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUANTITATIF) BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL");
    expect(r.layout).toContain("PERIODE: PERIODIK — OKTOBER 2026");
    expect(r.layout).toContain("PERIODE PENILAIAN: 1 Oktober 2026 s.d. 31 Oktober 2026");
  });

  it("has both identity columns with pangkat/golongan and formatted NIPs", () => {
    const { pegawai, ppk } = contohEvaluasiPeriodik;
    expect(r.layout).toContain("PEGAWAI YANG DINILAI");
    expect(r.layout).toContain("PEJABAT PENILAI KINERJA");
    expect(r.layout).toContain(pegawai.nama);
    expect(r.layout).toContain(ppk!.nama);
    expect(r.layout).toContain(formatNip(pegawai.nip));
    expect(r.layout).toContain(formatNip(ppk!.nip));
    expect(r.layout).toContain("Penata Muda Tingkat I (III/b)");
    expect(r.layout).toContain("Pembina (IV/a)");
    expect(r.alir).toContain("CAPAIAN KINERJA ORGANISASI : Belum ditetapkan");
  });

  it("has a row per IKI with target, realisation based on evidence and the RHK's feedback once", () => {
    expect(r.layout).toContain("HASIL KERJA");
    expect(r.alir).toContain("REALISASI BERDASARKAN BUKTI DUKUNG");
    expect(r.alir).toContain("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");
    expect(r.layout).toContain("A. Utama");
    expect(r.layout).toContain("B. Tambahan");
    for (const rhk of contohEvaluasiPeriodik.rhk) {
      expect(r.alir).toContain(rhk.uraian);
      for (const iki of rhk.iki) {
        expect(r.alir).toContain(iki.indikator);
        expect(r.alir).toContain(iki.realisasi);
      }
    }
    expect(r.alir).toContain("120–150 usulan");
    expect(r.alir).toContain("118 usulan (98%)");
    expect(r.alir).toContain("Bukti dukung: - rekap-usulan-oktober.pdf - Dasbor layanan SIASN");
    expect(r.alir).toContain("Usulan kenaikan pangkat periode Oktober diproses seluruhnya");
    expect(r.alir).toContain("Ringkasan realisasi: Pemutakhiran data pegawai berjalan sesuai rencana aksi Oktober.");
    expect(r.alir.split("percepat verifikasi berkas mutasi").length - 1).toBe(1);
    // the second IKI of the first RHK follows its first, and the realisation follows the IKI
    const a = r.alir.indexOf(contohEvaluasiPeriodik.rhk[0]!.iki[0]!.indikator);
    const b = r.alir.indexOf(contohEvaluasiPeriodik.rhk[0]!.iki[1]!.indikator);
    expect(b).toBeGreaterThan(a);
    expect(r.alir.indexOf("3,5 hari kerja (117%)")).toBeGreaterThan(b);
    expect(r.alir).toContain("RATING HASIL KERJA: SESUAI EKSPEKTASI");
  });

  it("has the seven values with expectation and feedback, then the rating perilaku", () => {
    expect(r.layout).toContain("PERILAKU KERJA");
    expect(r.alir).toContain("EKSPEKTASI KHUSUS PIMPINAN");
    expect(r.alir).toContain("Berorientasi Pelayanan");
    expect(r.alir).toContain("Menanggapi setiap permintaan layanan kepegawaian paling lambat satu hari kerja");
    expect(r.alir).toContain("Responsif terhadap permintaan layanan; pertahankan waktu tanggap di bawah satu hari kerja.");
    expect(r.alir).toContain("Aktif berbagi praktik baik pengelolaan data dengan subbagian lain.");
    expect(r.alir).toContain("RATING PERILAKU KERJA: SESUAI EKSPEKTASI");
    expect(r.alir.indexOf("RATING PERILAKU KERJA")).toBeGreaterThan(r.alir.indexOf("Kolaboratif"));
  });

  it("ends with the predikat, the note and two signature blocks; no evaluation document, no Atasan PPK", () => {
    expect(r.alir).toMatch(/PREDIKAT KINERJA PEGAWAI : BAIK/);
    expect(r.alir).toContain("CATATAN : Evaluasi periodik Oktober.");
    expect(r.layout).toContain("Pegawai yang Dinilai");
    expect(r.layout).toContain("Kota Helvetia, 5 November 2026");
    expect(r.layout).toContain(`NIP. ${formatNip(contohEvaluasiPeriodik.pegawai.nip)}`);
    expect(r.layout).toContain(`NIP. ${formatNip(contohEvaluasiPeriodik.ppk!.nip)}`);
    expect(r.layout).not.toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
    expect(r.layout).not.toContain("Atasan Pejabat Penilai Kinerja");
    expect(r.layout).not.toContain("ANGKA KREDIT");
  });

  it("numbers every page, with the evaluation named in the footer", () => {
    expect(r.layout).toContain("Evaluasi kinerja Oktober 2026 · Rina Marlina, S.Kom. · NIP 19900214 201503 2 001");
    expect(r.layout).toContain(`Halaman 1 dari ${r.halaman}`);
    expect(r.layout).toContain(`Halaman ${r.halaman} dari ${r.halaman}`);
  });
});

describe("renderEvaluasiPdf — annual, functional position, objection granted", () => {
  let r: Hasil;
  let dokumen: string;
  beforeAll(async () => {
    r = await render(contohEvaluasiTahunanKeberatan, "tahunan-keberatan");
    dokumen = r.halamanTeks.slice(r.halamanTeks.findIndex((p) => p.includes("DOKUMEN EVALUASI KINERJA PEGAWAI"))).join("\n");
  }, 60_000);

  it("prints the evaluation (landscape) then the evaluation document (portrait)", () => {
    expect(r.layout).toContain("PERIODE: AKHIR (TAHUNAN) 2026");
    expect(r.layout).toContain("PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026");
    expect(r.ukuran[0]).toBe("842 x 595");
    expect(r.ukuran[r.ukuran.length - 1]).toBe("595 x 842");
    expect(dokumen).toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
    expect(dokumen).toContain("PERIODE: 1 Januari 2026 s.d. 31 Desember 2026");
    expect(r.alir.indexOf("DOKUMEN EVALUASI KINERJA PEGAWAI")).toBeGreaterThan(r.alir.indexOf("RATING PERILAKU KERJA"));
  });

  it("has the three people with NIP, pangkat/golongan, jabatan and unit", () => {
    const d = contohEvaluasiTahunanKeberatan;
    expect(dokumen).toMatch(/1\s+PEGAWAI YANG DINILAI/);
    expect(dokumen).toMatch(/2\s+PEJABAT PENILAI KINERJA/);
    expect(dokumen).toMatch(/3\s+ATASAN PEJABAT PENILAI KINERJA/);
    for (const o of [d.pegawai, d.ppk!, d.atasanPpk!]) {
      expect(dokumen).toContain(o.nama);
      expect(dokumen).toContain(formatNip(o.nip));
      expect(dokumen).toContain(`${o.pangkat} (${o.golongan})`);
    }
    expect(dokumen).toContain("Kepala Dinas Komunikasi dan Informatika");
    expect(dokumen).toContain("PANGKAT/GOL. RUANG");
  });

  it("has the organisation's result, the final predikat with the objection's decision, credit points and recommendations", () => {
    const alirDok = dokumen.replace(/\s+/g, " ");
    expect(alirDok).toContain("CAPAIAN KINERJA ORGANISASI BAIK — Dinas Komunikasi dan Informatika");
    expect(alirDok).toContain("sebagian besar IKU mencapai target");
    expect(alirDok).toMatch(/PREDIKAT KINERJA PEGAWAI BAIK/);
    expect(alirDok).toContain("Predikat kinerja diubah dari Butuh Perbaikan menjadi Baik berdasarkan keputusan Atasan Pejabat Penilai Kinerja");
    expect(alirDok).toContain("19 Januari 2027");
    expect(alirDok).toContain("ANGKA KREDIT 12,50 (Ahli Pertama, 12 bulan, predikat Baik)");
    expect(alirDok).toMatch(/5 CATATAN\/REKOMENDASI/);
    expect(alirDok).toContain("Predikat kinerja Baik Periode 2026.");
    expect(alirDok).toContain("Usulan pelatihan: Pelatihan Teknis Pengelolaan Data Kepegawaian");
    expect(r.alir).toContain("Alasan: Capaian kuantitas melampaui target");
  });

  it("has the Atasan PPK's signature block, dated at the decision, after the pegawai's and the PPK's", () => {
    expect(dokumen).toContain("Pegawai yang Dinilai");
    expect(dokumen).toContain("Kota Helvetia, 6 Januari 2027");
    expect(dokumen).toContain("Atasan Pejabat Penilai Kinerja");
    expect(dokumen).toContain("Kota Helvetia, 19 Januari 2027");
    expect(dokumen).toContain(`NIP. ${formatNip(contohEvaluasiTahunanKeberatan.atasanPpk!.nip)}`);
    const alirDok = dokumen.replace(/\s+/g, " ");
    expect(alirDok.lastIndexOf("Atasan Pejabat Penilai Kinerja")).toBeGreaterThan(alirDok.lastIndexOf("Pegawai yang Dinilai"));
    expect(r.layout).toContain(`Halaman ${r.halaman} dari ${r.halaman}`);
  });
});

describe("renderEvaluasiPdf — annual JPT without objection, within the window", () => {
  let r: Hasil;
  beforeAll(async () => {
    r = await render(contohEvaluasiTahunanJpt, "tahunan-jpt");
  }, 60_000);

  it("has the JPT form with perspektif and the qualitative targets", () => {
    expect(r.alir).toContain("EVALUASI KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUALITATIF) BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI");
    expect(r.layout).toContain("PERSPEKTIF");
    expect(r.alir).toContain("Perspektif Penerima Layanan");
    expect(r.alir).toContain("Indeks kepuasan masyarakat berada pada kategori Baik, paling rendah 3,26 pada skala 4");
    expect(r.alir).toMatch(/B\. ?Tambahan —/);
  });

  it("shows the Atasan PPK's identity but not a signature block, and says the predikat is not final yet", () => {
    expect(r.layout).toContain("ATASAN PEJABAT PENILAI KINERJA");
    expect(r.layout).toContain(contohEvaluasiTahunanJpt.atasanPpk!.nama);
    expect(r.layout).not.toContain("Atasan Pejabat Penilai Kinerja");
    expect(r.layout).not.toContain(`NIP. ${formatNip(contohEvaluasiTahunanJpt.atasanPpk!.nip)}`);
    expect(r.alir).toContain("SANGAT BAIK");
    expect(r.alir).toContain("Predikat kinerja belum final: keberatan dapat diajukan paling lambat 20 Januari 2027.");
    expect(r.layout).not.toContain("ANGKA KREDIT");
    expect(r.alir).toMatch(/5 CATATAN\/REKOMENDASI —/);
  });
});

describe("renderEvaluasiPdf — edge cases", () => {
  it("breaks a long table and long feedback over pages, and prints what the base fonts cannot draw", async () => {
    const dasar = contohEvaluasiPeriodik.rhk[0]!;
    const banyak = Array.from({ length: 14 }, (_, i) => ({
      ...dasar,
      id: `rhk-${i}`,
      urutan: i + 1,
      uraian: `RHK nomor ${i + 1} dengan target ≥ 90 % — ${"penyelenggaraan layanan kepegawaian ".repeat(5)}`,
      umpanBalik: `Umpan balik RHK ${i + 1}: ${"perbaiki ketepatan waktu verifikasi berkas usulan. ".repeat(i === 3 ? 60 : 4)}`,
      iki: Array.from({ length: 3 }, (_, j) => ({ ...dasar.iki[0]!, id: `iki-${i}-${j}` })),
    }));
    const r = await render({ ...contohEvaluasiPeriodik, rhk: banyak }, "panjang");
    expect(r.halaman).toBeGreaterThan(3);
    expect(r.alir).toContain("RHK nomor 14 dengan target >= 90 % —");
    expect(r.alir).toContain("Umpan balik RHK 14:");
    // the very long feedback is printed in full, across a page break
    // (counted by a word: a page break may put the footer in the middle of a sentence)
    expect(r.alir.split("ketepatan").length - 1).toBe(13 * 4 + 60);
    expect(r.layout).toContain(`Halaman ${r.halaman} dari ${r.halaman}`);
    expect(r.alir).toContain("RATING PERILAKU KERJA: SESUAI EKSPEKTASI");
  }, 60_000);

  it("prints dashes without a PPK, ratings or RHK", async () => {
    const r = await render({ ...contohEvaluasiPeriodik, ppk: null, rhk: [], ratingHasil: null, ratingPerilaku: null, predikat: null, catatan: null }, "kosong");
    expect(r.layout).toContain("NIP. —");
    expect(r.alir).toMatch(/A\. ?Utama — B\. ?Tambahan —/);
    expect(r.alir).toContain("RATING HASIL KERJA: —");
    expect(r.alir).toContain("PREDIKAT KINERJA PEGAWAI : —");
  }, 60_000);
});

describe("evaluasi-teks", () => {
  it("names the evaluation, the period, the dates judged and the file", () => {
    expect(namaEvaluasi(contohEvaluasiPeriodik)).toBe("Evaluasi kinerja Oktober 2026");
    expect(namaEvaluasi(contohEvaluasiTahunanKeberatan)).toBe("Evaluasi kinerja tahunan 2026");
    expect(labelPeriodeEvaluasi(contohEvaluasiPeriodik)).toBe("PERIODIK — OKTOBER 2026");
    expect(labelPeriodeEvaluasi({ ...contohEvaluasiPeriodik, checkpoint: { ...contohEvaluasiPeriodik.checkpoint!, nama: "Oktober 2026" } })).toBe("PERIODIK — OKTOBER 2026");
    expect(labelPeriodeEvaluasi(contohEvaluasiTahunanKeberatan)).toBe("AKHIR (TAHUNAN) 2026");
    // a checkpoint is clipped to the SKP's validity
    expect(rentangPenilaian({ ...contohEvaluasiPeriodik, berlakuMulai: "2026-10-15" })).toBe("15 Oktober 2026 s.d. 31 Oktober 2026");
    expect(namaBerkasEvaluasi(contohEvaluasiPeriodik)).toBe("Evaluasi-2026-10-199002142015032001.pdf");
    expect(namaBerkasEvaluasi(contohEvaluasiTahunanKeberatan)).toBe("Evaluasi-2026-Tahunan-199002142015032001.pdf");
  });

  it("explains the predikat: changed, upheld, under objection, within the window, or nothing", () => {
    expect(catatanPredikat(contohEvaluasiTahunanKeberatan)).toMatch(/^Predikat kinerja diubah dari Butuh Perbaikan menjadi Baik/);
    const ditolak = { ...contohEvaluasiTahunanKeberatan.keberatan!, status: "DITOLAK" as const, predikatBaru: null, keputusan: "Tetap." };
    expect(catatanPredikat({ ...contohEvaluasiTahunanKeberatan, keberatan: ditolak })).toBe(
      "Keberatan pegawai ditolak oleh Atasan Pejabat Penilai Kinerja pada 19 Januari 2027; predikat kinerja tetap Butuh Perbaikan. Keputusan: Tetap.",
    );
    const terbuka = { ...ditolak, status: "DIPERIKSA" as const, diputusAt: null };
    expect(catatanPredikat({ ...contohEvaluasiTahunanKeberatan, status: "KEBERATAN", keberatan: terbuka })).toMatch(/predikat kinerja belum final sampai Atasan/);
    expect(catatanPredikat(contohEvaluasiTahunanJpt)).toMatch(/belum final: keberatan dapat diajukan paling lambat 20 Januari 2027/);
    expect(catatanPredikat(contohEvaluasiPeriodik)).toBeNull();
  });

  it("prints credit points with two decimals, provisional until final", () => {
    expect(barisAngkaKredit(contohEvaluasiTahunanKeberatan)).toBe("12,50 (Ahli Pertama, 12 bulan, predikat Baik)");
    expect(barisAngkaKredit({ predikat: "BAIK", angkaKredit: { jenjang: "AHLI_PERTAMA", bulan: 2, nilai: 2.08, final: false } })).toBe(
      "2,08 (Ahli Pertama, 2 bulan, predikat Baik) — sementara, menunggu predikat final",
    );
    expect(barisAngkaKredit(contohEvaluasiPeriodik)).toBeNull();
  });

  it("lists notes and recommendations, or a dash; the evidence one per line", () => {
    expect(catatanRekomendasi({ catatan: "  ", rekomendasi: [] })).toEqual(["—"]);
    expect(catatanRekomendasi({ catatan: "A", rekomendasi: ["B"] })).toEqual(["A", "B"]);
    expect(teksRealisasi({ realisasi: "", uraian: "", bukti: [] })).toEqual(["—"]);
    expect(teksRealisasi({ realisasi: "12 dokumen (100%)", uraian: "Rekap", bukti: ["a.pdf", "b"] })).toEqual(["12 dokumen (100%)", "Rekap", "Bukti dukung:", "- a.pdf", "- b"]);
  });

  it("splits a realisation summary kept at setting per IKI, or gives up on another form", () => {
    expect(pecahRingkasan("Jumlah: 12 dokumen (100%); Waktu: ada; b: 3 hari", ["Jumlah", "Waktu; ada", "b"])).toBeNull();
    expect(pecahRingkasan("Jumlah dokumen: 12 dokumen (100%); Ketepatan: belum ada realisasi", ["Jumlah dokumen", "Ketepatan"])).toEqual(["12 dokumen (100%)", "belum ada realisasi"]);
    expect(pecahRingkasan("Rapat: selesai; dicatat: ya", ["Rapat"])).toEqual(["selesai; dicatat: ya"]);
    expect(pecahRingkasan("Realisasi layanan sesuai rencana aksi Oktober.", ["Jumlah dokumen"])).toBeNull();
    expect(pecahRingkasan("x", [])).toBeNull();
  });
});
