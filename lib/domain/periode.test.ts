import { describe, expect, it } from "vitest";
import { rencanaPeriode } from "./periode";

describe("rencanaPeriode", () => {
  it("has twelve monthly checkpoints covering the year without gaps", () => {
    const p = rencanaPeriode(2024);
    expect(p.checkpoint).toHaveLength(12);
    expect(p.checkpoint[0]).toEqual({ urutan: 1, nama: "Januari 2024", mulai: "2024-01-01", selesai: "2024-01-31", batasEvaluasi: "2024-02-05" });
    expect(p.checkpoint[1]?.selesai).toBe("2024-02-29");
    expect(p.checkpoint[11]).toMatchObject({ nama: "Desember 2024", selesai: "2024-12-31", batasEvaluasi: "2025-01-05" });
    expect(p).toMatchObject({ mulai: "2024-01-01", selesai: "2024-12-31", batasPenetapanSkp: "2024-01-31", batasEvaluasiTahunan: "2025-01-10" });
  });
  it("has four quarterly checkpoints when asked", () => {
    const p = rencanaPeriode(2026, "TRIWULANAN");
    expect(p.checkpoint.map((c) => [c.nama, c.mulai, c.selesai])).toEqual([
      ["Triwulan I 2026", "2026-01-01", "2026-03-31"],
      ["Triwulan II 2026", "2026-04-01", "2026-06-30"],
      ["Triwulan III 2026", "2026-07-01", "2026-09-30"],
      ["Triwulan IV 2026", "2026-10-01", "2026-12-31"],
    ]);
  });
  it("refuses an impossible year", () => {
    expect(() => rencanaPeriode(1999)).toThrow(RangeError);
    expect(() => rencanaPeriode(2026.5)).toThrow(RangeError);
  });
});
