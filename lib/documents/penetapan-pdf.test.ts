import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkKurva } from "@/lib/domain/kurva";
import { PERMENPANRB_6_2022 } from "@/lib/domain/rule-set";
import type { DokumenPenetapan } from "@/lib/services/kalibrasi";
import { namaBerkasPenetapan, renderPenetapanPdf } from "./penetapan-pdf";

// pdftotext (poppler-utils) reads the document back, as for the other documents
const dir = mkdtempSync(join(tmpdir(), "penetapan-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function teks(doc: DokumenPenetapan): Promise<string> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderPenetapanPdf(doc));
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const jumlah = { SANGAT_BAIK: 5, BAIK: 15, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
const kurva = checkKurva("BAIK", jumlah);

function contoh(ubah: Partial<DokumenPenetapan> = {}): DokumenPenetapan {
  return {
    instansi: { nama: "Pemerintah Kota Helvetia" },
    unit: { id: "u", nama: "Dinas Komunikasi dan Informatika" },
    periode: { id: "p", nama: "Periode Kinerja 2026", tahun: 2026, mulai: "2026-01-01", selesai: "2026-12-31" },
    predikatOrganisasi: { predikat: "BAIK", alasan: "Sebagian besar IKU tercapai.", buktiTautan: "https://helvetia.go.id/lkjip-2026", olehNama: "Ahmad Fauzi Siregar", at: new Date("2026-12-15T03:00:00Z") },
    jumlah,
    total: 20,
    belumDitetapkan: 2,
    kurva,
    pelanggaran: kurva.breaches,
    ruleSet: { kebijakanKurva: PERMENPANRB_6_2022.kebijakanKurva, kurvaMinimumPegawai: PERMENPANRB_6_2022.kurvaMinimumPegawai },
    pegawai: [
      { nama: "Siti Rahmawati, S.Kom.", nip: "199503082019032007", golongan: "III/b", jabatan: "Pengolah Data dan Informasi", unit: "Seksi Pengembangan Aplikasi", predikat: "SANGAT_BAIK", status: "DITETAPKAN" },
      { nama: "Hendrik Sondakh", nip: "199810222023031374", golongan: "II/c", jabatan: "Pranata Komputer Terampil", unit: "Seksi Pengembangan Aplikasi", predikat: "BAIK", status: "KEBERATAN" },
    ],
    penetapan: {
      nama: "Ratna Dewi Lestari, S.T., M.Kom.", nip: "197407202000122002", golongan: "IV/b", jabatan: "Kepala Dinas Komunikasi dan Informatika",
      at: new Date("2026-12-16T02:00:00Z"), justifikasi: "Kinerja unit tahun ini merata tinggi; dua layanan baru diluncurkan.", kebijakan: "PERINGATAN", berubahSejak: false,
    },
    ...ubah,
  } as DokumenPenetapan;
}

describe("Penetapan predikat kinerja (PDF)", () => {
  it("holds the organisation rating, the counts, every breach with its numbers, the justification, the list and the leader's signature", async () => {
    const t = await teks(contoh());
    expect(t).toContain("PENETAPAN PREDIKAT KINERJA PEGAWAI");
    expect(t).toContain("DINAS KOMUNIKASI DAN INFORMATIKA");
    expect(t).toContain("1 Januari 2026 s.d. 31 Desember 2026");
    expect(t).toContain("Sebagian besar IKU tercapai.");
    expect(t).toMatch(/Baik 15 75%/);
    expect(t).toContain("Baik 15 dari 20 pegawai (75%), batas paling banyak 70% (14 pegawai)");
    expect(t).toContain("Butuh Perbaikan atau Kurang/Misconduct 0 dari 20 pegawai");
    expect(t).toContain("Justifikasi pimpinan: Kinerja unit tahun ini merata tinggi");
    expect(t).toContain("2 evaluasi tahunan belum ditetapkan");
    expect(t).toContain("Hendrik Sondakh");
    expect(t).toContain("Baik (dalam keberatan)");
    expect(t).toContain("Helvetia, 16 Desember 2026");
    expect(t).toContain("Ratna Dewi Lestari, S.T., M.Kom.");
    expect(t).toContain("NIP. 19740720 200012 2 002");
  });

  it("says when the curve holds, and when the unit has not been finalised", async () => {
    const sesuai = checkKurva("BAIK", { SANGAT_BAIK: 5, BAIK: 14, BUTUH_PERBAIKAN: 1 });
    const t = await teks(contoh({ kurva: sesuai, pelanggaran: [], penetapan: null, belumDitetapkan: 0 }));
    expect(t).toContain("Sebaran predikat sesuai dengan kurva distribusi.");
    expect(t).toContain("Belum ditetapkan oleh pimpinan.");
    expect(t).not.toContain("Justifikasi pimpinan");
  });

  it("marks a small unit's percentages as advice", async () => {
    const kecil = checkKurva("ISTIMEWA", { SANGAT_BAIK: 4 });
    const t = await teks(contoh({ jumlah: { SANGAT_BAIK: 4, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 }, total: 4, kurva: kecil, pelanggaran: kecil.breaches }));
    expect(t).toContain("Unit kecil: hanya 4 pegawai dinilai (kurang dari 5); persentase kurva hanya sebagai saran.");
    expect(t).toContain("(sebagai saran: unit kurang dari 5 pegawai yang dinilai)");
  });

  it("names the file after the unit and the year", () => {
    expect(namaBerkasPenetapan(contoh())).toBe("Penetapan-Predikat-Dinas-Komunikasi-dan-Informatika-2026.pdf");
  });
});
