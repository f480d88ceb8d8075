import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNip } from "@/lib/domain/nip";
import type { SkpDokumen } from "@/lib/domain/skp";
import { contohSkpJpt, contohSkpNonJpt } from "./skp-contoh";
import { renderSkpPdf, teksWinAnsi } from "./skp-pdf";
import { barisIdentitas, kelompokRhk, pangkatGolongan, periodeBerlaku, tanggalPanjang, tempatTanggal } from "./skp-teks";

// pdftotext (poppler-utils) must be installed: the CI installs it. The text checks are the point
// of this file, so they are never skipped.
const dir = mkdtempSync(join(tmpdir(), "skp-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Hasil {
  pdf: Buffer;
  /** `pdftotext -layout`: the page as laid out; a wrapped cell is spread over several lines. */
  layout: string;
  /** `pdftotext -raw` with whitespace collapsed: each cell's text in one piece. */
  alir: string;
  halaman: number;
}

async function render(doc: SkpDokumen, nama: string): Promise<Hasil> {
  const pdf = await renderSkpPdf(doc);
  const file = join(dir, `${nama}.pdf`);
  writeFileSync(file, pdf);
  const layout = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const alir = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  return { pdf, layout, alir, halaman: layout.split("\f").filter((p) => p.trim() !== "").length };
}

describe("renderSkpPdf — NON_JPT kuantitatif, disetujui", () => {
  let r: Hasil;
  beforeAll(async () => {
    r = await render(contohSkpNonJpt, "non-jpt");
  }, 60_000);

  it("is a PDF", () => {
    expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(r.halaman).toBeGreaterThanOrEqual(1);
  });

  it("has the title, the period in Indonesian and the version, and no draft marker", () => {
    expect(r.alir).toContain("SASARAN KINERJA PEGAWAI (PENDEKATAN HASIL KERJA KUANTITATIF)");
    expect(r.alir).toContain("PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL");
    expect(r.layout).toContain("PERIODE: 1 Januari 2026 s.d. 31 Desember 2026");
    expect(r.layout).toContain("Versi 2");
    expect(r.layout).not.toContain("KONSEP");
  });

  it("has both identity columns with formatted NIPs", () => {
    const { pegawai, ppk } = contohSkpNonJpt;
    expect(r.layout).toContain("PEGAWAI YANG DINILAI");
    expect(r.layout).toContain("PEJABAT PENILAI KINERJA");
    expect(r.layout).toContain(pegawai.nama);
    expect(r.layout).toContain(ppk!.nama);
    expect(r.layout).toContain("19900214 201503 2 001");
    expect(r.layout).toContain(formatNip(ppk!.nip));
    expect(r.layout).toContain("Penata Muda Tingkat I (III/b)");
  });

  it("has every RHK, its supervisor's RHK and its IKI, grouped A/B", () => {
    expect(r.layout).toContain("HASIL KERJA");
    expect(r.layout).toContain("RHK ATASAN YANG");
    expect(r.layout).toContain("A. Utama");
    expect(r.layout).toContain("B. Tambahan");
    expect(r.layout).not.toContain("PERSPEKTIF");
    for (const rhk of contohSkpNonJpt.rhk) {
      expect(r.alir).toContain(rhk.uraian);
      if (rhk.rhkAtasanUraian) expect(r.alir).toContain(rhk.rhkAtasanUraian);
      for (const iki of rhk.iki) expect(r.alir).toContain(iki.indikator);
    }
    expect(r.layout).toContain("120–150");
    expect(r.layout).toContain("3 hari kerja");
    expect(r.layout).toContain("95–100 %");
    expect(r.layout).toContain("Kuantitas");
    expect(r.layout).toContain("Waktu");
  });

  it("prints the RHK cells once for an RHK with two IKI", () => {
    const rhk = contohSkpNonJpt.rhk[0]!;
    expect(rhk.iki).toHaveLength(2);
    expect(r.alir.split("Terlaksananya pengelolaan").length - 1).toBe(1);
    // the two IKI follow the RHK in order
    const a = r.alir.indexOf(rhk.iki[0]!.indikator);
    const b = r.alir.indexOf(rhk.iki[1]!.indikator);
    expect(a).toBeGreaterThan(r.alir.indexOf(rhk.uraian));
    expect(b).toBeGreaterThan(a);
  });

  it("has the seven values with their indicators and the expectations", () => {
    expect(r.layout).toContain("PERILAKU KERJA");
    expect(r.layout).toContain("Berorientasi Pelayanan");
    expect(r.layout).toContain("Memahami dan memenuhi kebutuhan masyarakat");
    expect(r.layout).toContain("Kolaboratif");
    expect(r.alir.split("Ekspektasi Khusus Pimpinan:").length - 1).toBe(7);
    expect(r.alir).toContain("Menanggapi setiap permintaan layanan kepegawaian paling lambat satu hari kerja");
  });

  it("has the lampiran, numbered, with a dash for an empty section", () => {
    expect(r.layout).toContain("LAMPIRAN SASARAN KINERJA PEGAWAI");
    expect(r.layout).toMatch(/1\.\s+Dukungan Sumber Daya/);
    expect(r.layout).toMatch(/2\.\s+Skema Pertanggungjawaban/);
    expect(r.layout).toMatch(/3\.\s+Konsekuensi\s+—/);
    expect(r.layout).toMatch(/1\.\s+Akses aplikasi SIASN dan jaringan internet kantor yang andal/);
  });

  it("ends with both signature blocks, dated at approval", () => {
    expect(r.layout).toContain("Pegawai yang Dinilai");
    expect(r.layout).toContain("Kota Helvetia, 15 Januari 2026");
    expect(r.layout).toContain("Pejabat Penilai Kinerja");
    expect(r.layout).toContain("NIP. 19900214 201503 2 001");
    expect(r.layout).toContain("NIP. 19760415 200003 1 002");
    expect(r.alir.lastIndexOf("Pejabat Penilai Kinerja")).toBeGreaterThan(r.alir.indexOf("LAMPIRAN SASARAN KINERJA PEGAWAI"));
  });

  it("numbers every page", () => {
    expect(r.layout).toContain(`Halaman 1 dari ${r.halaman}`);
    expect(r.layout).toContain(`Halaman ${r.halaman} dari ${r.halaman}`);
  });
});

describe("renderSkpPdf — JPT with perspektif, not yet approved", () => {
  let r: Hasil;
  beforeAll(async () => {
    r = await render(contohSkpJpt, "jpt");
  }, 60_000);

  it("is a PDF with the JPT title and a draft marker, without a version line", () => {
    expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(r.alir).toContain("PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI");
    expect(r.alir).toContain("(PENDEKATAN HASIL KERJA KUALITATIF)");
    expect(r.layout).toContain("KONSEP — belum disetujui");
    expect(r.layout).not.toMatch(/Versi \d/);
  });

  it("has the perspektif column and each RHK's perspektif", () => {
    expect(r.layout).toContain("PERSPEKTIF");
    expect(r.alir).toContain("Perspektif Penerima Layanan");
    expect(r.alir).toContain("Perspektif Proses Bisnis");
    expect(r.alir).toContain("Perspektif Anggaran");
    for (const rhk of contohSkpJpt.rhk) expect(r.alir).toContain(rhk.uraian);
    expect(r.alir).toContain("Meningkatnya indeks SPBE Pemerintah Kota Helvetia");
  });

  it("prints the qualitative targets and a dash for the empty Tambahan group", () => {
    expect(r.alir).toContain("Indeks kepuasan masyarakat berada pada kategori Baik, paling rendah 3,26 pada skala 4");
    expect(r.alir).toMatch(/B\. ?Tambahan —/);
  });

  it("leaves the date to be filled in before approval", () => {
    expect(r.layout).toContain("Kota Helvetia, ..................");
    expect(r.layout).toContain(contohSkpJpt.pegawai.nama);
    expect(r.layout).toContain(contohSkpJpt.ppk!.nama);
    expect(r.layout).toContain(formatNip(contohSkpJpt.pegawai.nip));
  });
});

describe("renderSkpPdf — edge cases", () => {
  it("prints dashes when there is no PPK, no RHK and no lampiran", async () => {
    const r = await render(
      {
        ...contohSkpNonJpt,
        ppk: null,
        rhk: [],
        lampiran: { DUKUNGAN_SUMBER_DAYA: [], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] },
      },
      "kosong",
    );
    expect(r.layout).toMatch(/NAMA\s+—/);
    expect(r.layout).toContain("NIP. —");
    expect(r.alir).toMatch(/A\. ?Utama — B\. ?Tambahan —/);
  }, 60_000);

  it("replaces characters the base fonts cannot draw and breaks a long table over pages", async () => {
    const iki = contohSkpNonJpt.rhk[0]!.iki[0]!;
    const banyak = Array.from({ length: 12 }, (_, i) => ({
      ...contohSkpNonJpt.rhk[0]!,
      id: `rhk-${i}`,
      urutan: i + 1,
      uraian: `RHK nomor ${i + 1} dengan target ≥ 90 % — ${"penyelenggaraan layanan kepegawaian ".repeat(6)}`,
      iki: Array.from({ length: 3 }, (_, j) => ({ ...iki, id: `iki-${i}-${j}`, urutan: j + 1 })),
    }));
    const r = await render({ ...contohSkpNonJpt, rhk: banyak }, "panjang");
    expect(r.halaman).toBeGreaterThan(2);
    expect(r.alir).toContain("RHK nomor 12 dengan target >= 90 % —");
    expect(r.layout).toContain(`Halaman ${r.halaman} dari ${r.halaman}`);
  }, 60_000);
});

describe("teksWinAnsi", () => {
  it("keeps Latin-1 and the WinAnsi punctuation, approximates or replaces the rest", () => {
    expect(teksWinAnsi("Ma’ruf “Kinerja” – — … é ü")).toBe("Ma’ruf “Kinerja” – — … é ü");
    expect(teksWinAnsi("≥ 3,26 ≤ 4 ✓")).toBe(">= 3,26 <= 4 v");
    expect(teksWinAnsi("Śrī Ayşe")).toBe("Sri Ayse");
    expect(teksWinAnsi("中\r\n😀")).toBe("?\n?");
  });
});

describe("skp-teks", () => {
  it("writes dates in Indonesian long form", () => {
    expect(tanggalPanjang("2026-01-01")).toBe("1 Januari 2026");
    expect(tanggalPanjang("2026-12-31")).toBe("31 Desember 2026");
    // a timestamp is printed as its date in WIB
    expect(tanggalPanjang("2026-01-15T02:30:00.000Z")).toBe("15 Januari 2026");
    expect(tanggalPanjang("2026-03-31T20:00:00Z")).toBe("1 April 2026");
    expect(tanggalPanjang("bukan tanggal")).toBe("bukan tanggal");
    expect(periodeBerlaku(contohSkpNonJpt)).toBe("1 Januari 2026 s.d. 31 Desember 2026");
    expect(tempatTanggal({ tempat: "Kota Helvetia", disetujuiAt: null })).toBe("Kota Helvetia, ..................");
  });

  it("prints pangkat with golongan, or the golongan alone", () => {
    expect(pangkatGolongan({ pangkat: "Penata", golongan: "III/c" })).toBe("Penata (III/c)");
    expect(pangkatGolongan({ pangkat: null, golongan: "IX" })).toBe("IX");
    expect(barisIdentitas(null).map(([, v]) => v)).toEqual(["—", "—", "—", "—", "—"]);
    expect(barisIdentitas(contohSkpNonJpt.pegawai)[1]).toEqual(["NIP", "19900214 201503 2 001"]);
  });

  it("groups RHK as Utama then Tambahan, in urutan order", () => {
    const rhk = [...contohSkpNonJpt.rhk].reverse();
    const [utama, tambahan] = kelompokRhk(rhk);
    expect(utama!.judul).toBe("A. Utama");
    expect(utama!.rhk.map((r) => r.id)).toEqual(["rhk-u1", "rhk-u2"]);
    expect(tambahan!.judul).toBe("B. Tambahan");
    expect(tambahan!.rhk.map((r) => r.id)).toEqual(["rhk-t1"]);
  });
});
