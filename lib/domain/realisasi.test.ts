import { describe, expect, it } from "vitest";
import {
  BATAS_UKURAN_BUKTI,
  HARI_PENGINGAT,
  JENIS_BERKAS_BUKTI,
  TOLERANSI_JADWAL,
  baruMencapaiTarget,
  capaianIki,
  checkpointPada,
  denganTitik,
  fraksiWaktu,
  isSatuanTingkat,
  kemajuanIki,
  pengingatJatuhTempo,
  periksaBerkas,
  persenCapaian,
  targetTercapai,
  type CheckpointWaktu,
  type TitikRealisasi,
} from "./realisasi";

/** Monthly checkpoints of 2026 (urutan 1..12), like the seeded period. */
const BULAN_2026: CheckpointWaktu[] = Array.from({ length: 12 }, (_, i) => {
  const m = i + 1;
  const akhir = new Date(Date.UTC(2026, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, "0");
  return { id: `cp-${m}`, urutan: m, mulai: `2026-${mm}-01`, selesai: `2026-${mm}-${String(akhir).padStart(2, "0")}` };
});

const TRIWULAN_2026: CheckpointWaktu[] = [
  { id: "tw-1", urutan: 1, mulai: "2026-01-01", selesai: "2026-03-31" },
  { id: "tw-2", urutan: 2, mulai: "2026-04-01", selesai: "2026-06-30" },
  { id: "tw-3", urutan: 3, mulai: "2026-07-01", selesai: "2026-09-30" },
  { id: "tw-4", urutan: 4, mulai: "2026-10-01", selesai: "2026-12-31" },
];

const t = (urutan: number, nilai: number | null): TitikRealisasi => ({ urutan, nilai });

describe("isSatuanTingkat", () => {
  it("treats percentages, indices, scores and levels as rates, ignoring case and spaces", () => {
    for (const s of ["%", "persen", "Persen", " indeks ", "NILAI", "level", "skor"]) expect(isSatuanTingkat(s), s).toBe(true);
  });
  it("treats counts, an empty unit and no unit as not a rate", () => {
    for (const s of ["laporan", "rekaman", "bulan", "dokumen", "kegiatan", "", "   ", "% laporan"]) expect(isSatuanTingkat(s), s).toBe(false);
    expect(isSatuanTingkat(null)).toBe(false);
    expect(isSatuanTingkat(undefined)).toBe(false);
  });
});

describe("capaianIki", () => {
  it("is null when nothing was recorded", () => {
    expect(capaianIki([])).toBeNull();
    expect(capaianIki([t(1, null), t(2, null)])).toBeNull();
  });
  it("is the value of the latest checkpoint that has one, whatever the order given", () => {
    expect(capaianIki([t(3, 30), t(1, 10), t(2, 20)])).toBe(30);
    expect(capaianIki([t(11, 900), t(10, 810), t(9, 700)])).toBe(900);
  });
  it("is not the largest value: a later, lower figure (a rate that dropped) wins", () => {
    expect(capaianIki([t(1, 98), t(2, 91)])).toBe(91);
  });
  it("skips a later checkpoint without a value (a description only)", () => {
    expect(capaianIki([t(1, 10), t(2, 20), t(3, null)])).toBe(20);
  });
  it("keeps a recorded zero (zero is a value, not 'nothing')", () => {
    expect(capaianIki([t(1, 5), t(2, 0)])).toBe(0);
    expect(capaianIki([t(1, 0)])).toBe(0);
  });
  it("ignores values that are not finite numbers", () => {
    expect(capaianIki([t(1, 7), t(2, Number.NaN), t(3, Number.POSITIVE_INFINITY)])).toBe(7);
  });
});

describe("denganTitik", () => {
  it("replaces the value of the same checkpoint and keeps the others", () => {
    expect(denganTitik([t(1, 10), t(2, 20)], t(2, 25))).toEqual([t(1, 10), t(2, 25)]);
  });
  it("adds a new checkpoint in order", () => {
    expect(denganTitik([t(1, 10), t(3, 30)], t(2, 20))).toEqual([t(1, 10), t(2, 20), t(3, 30)]);
    expect(denganTitik([], t(5, 1))).toEqual([t(5, 1)]);
  });
  it("does not change the series it was given", () => {
    const seri = [t(2, 20), t(1, 10)];
    denganTitik(seri, t(2, 99));
    expect(seri).toEqual([t(2, 20), t(1, 10)]);
  });
  it("lets a value be cleared, so the achievement falls back to the previous checkpoint", () => {
    const seri = denganTitik([t(1, 10), t(2, 20)], t(2, null));
    expect(capaianIki(seri)).toBe(10);
  });
});

describe("persenCapaian", () => {
  it("is the achievement as a whole percentage of the target", () => {
    expect(persenCapaian(50, 100)).toBe(50);
    expect(persenCapaian(12, 12)).toBe(100);
    expect(persenCapaian(2, 3)).toBe(67);
    expect(persenCapaian(1, 3)).toBe(33);
    expect(persenCapaian(1, 8)).toBe(13); // 12.5 rounds up
  });
  it("is not capped: 20% over the target is 120", () => {
    expect(persenCapaian(1176, 980)).toBe(120);
    expect(persenCapaian(1960, 980)).toBe(200);
  });
  it("measures a rate the same way (90% of a 95% target is 95)", () => {
    expect(persenCapaian(90.25, 95)).toBe(95);
  });
  it("is null without an achievement, without a target or with a target that is not positive", () => {
    expect(persenCapaian(null, 100)).toBeNull();
    expect(persenCapaian(50, null)).toBeNull();
    expect(persenCapaian(50, 0)).toBeNull();
    expect(persenCapaian(50, -10)).toBeNull();
  });
  it("is 0 for a recorded zero", () => {
    expect(persenCapaian(0, 12)).toBe(0);
  });
});

describe("targetTercapai", () => {
  it("is reached exactly at the target and above it", () => {
    expect(targetTercapai(12, 12)).toBe(true);
    expect(targetTercapai(13, 12)).toBe(true);
    expect(targetTercapai(11.99, 12)).toBe(false);
  });
  it("is reached at the minimum of a range target (min–max)", () => {
    // target 90–100 %: the service passes the minimum
    expect(targetTercapai(90, 90)).toBe(true);
    expect(targetTercapai(89.99, 90)).toBe(false);
  });
  it("is never reached without an achievement or for a kualitatif IKI (no numeric target)", () => {
    expect(targetTercapai(null, 12)).toBe(false);
    expect(targetTercapai(12, null)).toBe(false);
    expect(targetTercapai(null, null)).toBe(false);
  });
});

describe("baruMencapaiTarget", () => {
  it("fires when the value crosses the target from below", () => {
    expect(baruMencapaiTarget(11, 12, 12)).toBe(true);
    expect(baruMencapaiTarget(0, 20, 12)).toBe(true);
  });
  it("fires on the first value ever when it already meets the target", () => {
    expect(baruMencapaiTarget(null, 12, 12)).toBe(true);
  });
  it("stays silent when the target was already reached (re-saving, or raising further)", () => {
    expect(baruMencapaiTarget(12, 12, 12)).toBe(false);
    expect(baruMencapaiTarget(12, 15, 12)).toBe(false);
  });
  it("stays silent when dropping below, or staying below, the target", () => {
    expect(baruMencapaiTarget(12, 11, 12)).toBe(false);
    expect(baruMencapaiTarget(5, 11, 12)).toBe(false);
    expect(baruMencapaiTarget(12, null, 12)).toBe(false);
  });
  it("never fires for a kualitatif IKI", () => {
    expect(baruMencapaiTarget(null, 100, null)).toBe(false);
  });
  it("follows the achievement of the series, not the checkpoint edited", () => {
    // an earlier month edited to the target does not reach it while a later month is below
    const seri = [t(10, 8), t(11, 10)];
    const sebelum = capaianIki(seri);
    expect(baruMencapaiTarget(sebelum, capaianIki(denganTitik(seri, t(10, 12))), 12)).toBe(false);
    expect(baruMencapaiTarget(sebelum, capaianIki(denganTitik(seri, t(11, 12))), 12)).toBe(true);
  });
});

describe("fraksiWaktu", () => {
  it("is 0 before the SKP starts and 1 on its last day and after", () => {
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2025-12-31")).toBe(0);
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2026-12-31")).toBe(1);
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2027-03-01")).toBe(1);
  });
  it("counts both ends: the first day is one day gone by", () => {
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2026-01-01")).toBeCloseTo(1 / 365, 12);
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2026-12-30")).toBeCloseTo(364 / 365, 12);
  });
  it("counts the days of the year, not the months", () => {
    // 2026-07-02 is day 183 of 365
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2026-07-02")).toBeCloseTo(183 / 365, 12);
    // 2026-11-20 is day 324
    expect(fraksiWaktu("2026-01-01", "2026-12-31", "2026-11-20")).toBeCloseTo(324 / 365, 12);
  });
  it("counts 29 February in a leap year", () => {
    expect(fraksiWaktu("2024-01-01", "2024-12-31", "2024-03-01")).toBeCloseTo(61 / 366, 12);
  });
  it("measures a mid-year SKP against its own validity", () => {
    // 1 July – 31 December is 184 days; 30 September is the 92nd
    expect(fraksiWaktu("2026-07-01", "2026-12-31", "2026-09-30")).toBe(0.5);
    expect(fraksiWaktu("2026-07-01", "2026-12-31", "2026-06-30")).toBe(0);
  });
  it("is 1 for a one-day SKP on that day", () => {
    expect(fraksiWaktu("2026-05-05", "2026-05-05", "2026-05-05")).toBe(1);
  });
  it("stays within 0..1 and never decreases through the year", () => {
    let prev = 0;
    for (const c of BULAN_2026) {
      const f = fraksiWaktu("2026-01-01", "2026-12-31", c.selesai);
      expect(f).toBeGreaterThan(prev);
      expect(f).toBeLessThanOrEqual(1);
      prev = f;
    }
  });
});

describe("kemajuanIki", () => {
  const hitung = (capaian: number | null, fraksi: number, targetMin: number | null = 100, satuan: string | null = "laporan") =>
    kemajuanIki({ capaian, targetMin, satuan, fraksiWaktu: fraksi });

  it("is KUALITATIF for an IKI without a numeric target, whatever was recorded", () => {
    expect(hitung(null, 0.5, null, null)).toBe("KUALITATIF");
    expect(hitung(5, 0.5, null, null)).toBe("KUALITATIF");
  });
  it("is BELUM_ADA when nothing was recorded yet", () => {
    expect(hitung(null, 0.9)).toBe("BELUM_ADA");
    expect(hitung(null, 0.9, 95, "%")).toBe("BELUM_ADA");
  });
  it("is TERCAPAI at or above the target, early in the year too", () => {
    expect(hitung(100, 0.1)).toBe("TERCAPAI");
    expect(hitung(150, 0.5)).toBe("TERCAPAI");
    expect(hitung(95, 0.1, 95, "%")).toBe("TERCAPAI");
  });
  it("is TERCAPAI at the minimum of a range target", () => {
    expect(hitung(90, 0.5, 90, "%")).toBe("TERCAPAI");
  });
  it("judges a count against the share of the year gone by, with a 10-point tolerance", () => {
    expect(TOLERANSI_JADWAL).toBe(0.1);
    // half the year gone: 50 of 100 is on schedule, and down to 40 (the tolerance edge) still is
    expect(hitung(50, 0.5)).toBe("SESUAI_JADWAL");
    expect(hitung(40, 0.5)).toBe("SESUAI_JADWAL");
    expect(hitung(39.99, 0.5)).toBe("TERTINGGAL");
    expect(hitung(39, 0.5)).toBe("TERTINGGAL");
    // early in the year anything is on schedule
    expect(hitung(0, 0.05)).toBe("SESUAI_JADWAL");
    expect(hitung(0, 0.1)).toBe("SESUAI_JADWAL");
    // at the very end a count must be (nearly) complete
    expect(hitung(90, 1)).toBe("SESUAI_JADWAL");
    expect(hitung(89, 1)).toBe("TERTINGGAL");
  });
  it("judges a rate against its full target whatever the date (a level, not a running total)", () => {
    // 86% of a 95% target is 90.5%: on schedule even in January
    expect(hitung(86, 0.05, 95, "%")).toBe("SESUAI_JADWAL");
    expect(hitung(85.5, 0.05, 95, "%")).toBe("SESUAI_JADWAL"); // exactly 90% of the target
    expect(hitung(85, 0.05, 95, "%")).toBe("TERTINGGAL");
    // an index of 3.5 against 4 (87.5%) is behind even in January; as a count it would be ahead
    expect(hitung(3.5, 0.05, 4, "indeks")).toBe("TERTINGGAL");
    expect(hitung(3.5, 0.05, 4, "laporan")).toBe("SESUAI_JADWAL");
    // 3.7 of 4 (92.5%): a level on schedule all year, a count behind at the year's end
    expect(hitung(3.7, 0.05, 4, "indeks")).toBe("SESUAI_JADWAL");
    expect(hitung(3.7, 0.99, 4, "indeks")).toBe("SESUAI_JADWAL");
    expect(hitung(3.5, 0.99, 4, "laporan")).toBe("TERTINGGAL");
  });
  it("tells a count and a rate apart at the same numbers", () => {
    // 50 of 100 in February: a count is ahead of schedule, a rate of 50% against 100% is behind
    expect(hitung(50, 2 / 12, 100, "laporan")).toBe("SESUAI_JADWAL");
    expect(hitung(50, 2 / 12, 100, "%")).toBe("TERTINGGAL");
  });
  it("treats a recorded zero as behind once time has passed, not as nothing recorded", () => {
    expect(hitung(0, 0.5)).toBe("TERTINGGAL");
  });
});

describe("checkpointPada", () => {
  it("finds the checkpoint the date falls in, both ends inclusive", () => {
    expect(checkpointPada(BULAN_2026, "2026-11-20")?.id).toBe("cp-11");
    expect(checkpointPada(BULAN_2026, "2026-11-01")?.id).toBe("cp-11");
    expect(checkpointPada(BULAN_2026, "2026-11-30")?.id).toBe("cp-11");
    expect(checkpointPada(BULAN_2026, "2026-12-01")?.id).toBe("cp-12");
    expect(checkpointPada(BULAN_2026, "2026-02-28")?.id).toBe("cp-2");
    expect(checkpointPada(TRIWULAN_2026, "2026-05-15")?.id).toBe("tw-2");
  });
  it("takes the first before the period and the last after it", () => {
    expect(checkpointPada(BULAN_2026, "2025-12-31")?.id).toBe("cp-1");
    expect(checkpointPada(BULAN_2026, "2027-01-01")?.id).toBe("cp-12");
  });
  it("does not depend on the order given", () => {
    const acak = [...TRIWULAN_2026].reverse();
    expect(checkpointPada(acak, "2026-01-01")?.id).toBe("tw-1");
    expect(checkpointPada(acak, "2025-06-01")?.id).toBe("tw-1");
    expect(checkpointPada(acak, "2027-06-01")?.id).toBe("tw-4");
  });
  it("is null without checkpoints", () => {
    expect(checkpointPada([], "2026-11-20")).toBeNull();
  });
  it("keeps the caller's own checkpoint type", () => {
    const cps = TRIWULAN_2026.map((c) => ({ ...c, nama: `Triwulan ${c.urutan}` }));
    expect(checkpointPada(cps, "2026-08-17")?.nama).toBe("Triwulan 3");
  });
});

describe("pengingatJatuhTempo", () => {
  it("reminds 7 days and 1 day before a checkpoint closes", () => {
    expect(HARI_PENGINGAT).toEqual([7, 1]);
    expect(pengingatJatuhTempo(BULAN_2026, "2026-11-23")).toEqual([{ checkpoint: BULAN_2026[10], hari: 7 }]);
    expect(pengingatJatuhTempo(BULAN_2026, "2026-11-29")).toEqual([{ checkpoint: BULAN_2026[10], hari: 1 }]);
  });
  it("is silent on the other days, the closing day included", () => {
    for (const tanggal of ["2026-11-22", "2026-11-24", "2026-11-28", "2026-11-30", "2026-11-20"])
      expect(pengingatJatuhTempo(BULAN_2026, tanggal), tanggal).toEqual([]);
  });
  it("crosses month and year ends and February's short month", () => {
    expect(pengingatJatuhTempo(BULAN_2026, "2026-12-24").map((r) => [r.checkpoint.id, r.hari])).toEqual([["cp-12", 7]]);
    expect(pengingatJatuhTempo(BULAN_2026, "2026-02-21").map((r) => [r.checkpoint.id, r.hari])).toEqual([["cp-2", 7]]);
    expect(pengingatJatuhTempo(BULAN_2026, "2026-02-27").map((r) => [r.checkpoint.id, r.hari])).toEqual([["cp-2", 1]]);
    expect(pengingatJatuhTempo(TRIWULAN_2026, "2026-03-24").map((r) => [r.checkpoint.id, r.hari])).toEqual([["tw-1", 7]]);
  });
  it("lists one reminder per checkpoint and day when several fall due", () => {
    const cps: CheckpointWaktu[] = [
      { id: "a", urutan: 1, mulai: "2026-01-01", selesai: "2026-01-08" },
      { id: "b", urutan: 2, mulai: "2026-01-01", selesai: "2026-01-02" },
    ];
    expect(pengingatJatuhTempo(cps, "2026-01-01").map((r) => [r.checkpoint.id, r.hari])).toEqual([["a", 7], ["b", 1]]);
  });
  it("takes other reminder days", () => {
    expect(pengingatJatuhTempo(BULAN_2026, "2026-11-27", [3]).map((r) => [r.checkpoint.id, r.hari])).toEqual([["cp-11", 3]]);
    expect(pengingatJatuhTempo(BULAN_2026, "2026-11-23", [])).toEqual([]);
  });
});

describe("periksaBerkas", () => {
  const PDF = "application/pdf";
  it("accepts every listed kind up to and including the size limit", () => {
    expect(BATAS_UKURAN_BUKTI).toBe(10 * 1024 * 1024);
    for (const mime of Object.keys(JENIS_BERKAS_BUKTI)) expect(periksaBerkas(1, mime), mime).toBeNull();
    expect(periksaBerkas(BATAS_UKURAN_BUKTI, PDF)).toBeNull();
  });
  it("refuses a file one byte over the limit, whatever its kind", () => {
    expect(periksaBerkas(BATAS_UKURAN_BUKTI + 1, PDF)).toBe("BERKAS_TERLALU_BESAR");
    expect(periksaBerkas(BATAS_UKURAN_BUKTI + 1, null)).toBe("BERKAS_TERLALU_BESAR");
  });
  it("refuses an empty file", () => {
    expect(periksaBerkas(0, PDF)).toBe("BERKAS_KOSONG");
    expect(periksaBerkas(0, null)).toBe("BERKAS_KOSONG");
    expect(periksaBerkas(-1, PDF)).toBe("BERKAS_KOSONG");
  });
  it("refuses a kind that could not be recognised or is not on the list", () => {
    expect(periksaBerkas(100, null)).toBe("BERKAS_JENIS_DITOLAK");
    for (const mime of ["application/x-msdownload", "text/plain", "text/html", "image/svg+xml", "application/zip", "application/x-sh", "application/javascript", ""])
      expect(periksaBerkas(100, mime), mime).toBe("BERKAS_JENIS_DITOLAK");
  });
  it("accepts the common document and image formats", () => {
    expect(Object.keys(JENIS_BERKAS_BUKTI)).toEqual(
      expect.arrayContaining(["application/pdf", "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]),
    );
  });
});
