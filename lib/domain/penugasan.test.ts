import { describe, expect, it } from "vitest";
import { holderAt, isActiveAt, resolvePpk, type Jabatan, type Penugasan } from "./penugasan";

const JABATAN: Jabatan[] = [
  { id: "kadis", unitId: "dinas", jenis: "JPT", atasanJabatanId: null },
  { id: "sekre", unitId: "sekretariat", jenis: "ADMINISTRATOR", atasanJabatanId: "kadis" },
  { id: "kasubag", unitId: "umum", jenis: "PENGAWAS", atasanJabatanId: "sekre" },
  { id: "staf", unitId: "umum", jenis: "PELAKSANA", atasanJabatanId: "kasubag" },
  { id: "kasubag2", unitId: "keuangan", jenis: "PENGAWAS", atasanJabatanId: "sekre" },
  { id: "staf2", unitId: "keuangan", jenis: "PELAKSANA", atasanJabatanId: "kasubag2" },
];

let seq = 0;
const tugas = (
  pegawaiId: string,
  jabatanId: string,
  mulai = "2024-01-01",
  selesai: string | null = null,
  jenis: Penugasan["jenis"] = "DEFINITIF",
): Penugasan => ({ id: `p${++seq}`, pegawaiId, jabatanId, jenis, mulai, selesai });

const A = tugas("A", "kadis");
const B = tugas("B", "sekre");
const C = tugas("C", "kasubag");
const D = tugas("D", "staf");
const BASE = [A, B, C, D];

const resolve = (penugasan: Penugasan, semuaPenugasan: Penugasan[], date = "2024-05-01") => {
  const r = resolvePpk({ penugasan, jabatan: JABATAN, semuaPenugasan, date });
  return [r.ppk?.pegawaiId ?? null, r.atasanPpk?.pegawaiId ?? null];
};

describe("isActiveAt", () => {
  it("is inclusive at both ends; null end is open", () => {
    const p = { mulai: "2024-01-01", selesai: "2024-06-30" };
    expect(isActiveAt(p, "2023-12-31")).toBe(false);
    expect(isActiveAt(p, "2024-01-01")).toBe(true);
    expect(isActiveAt(p, "2024-06-30")).toBe(true);
    expect(isActiveAt(p, "2024-07-01")).toBe(false);
    expect(isActiveAt({ mulai: "2024-01-01", selesai: null }, "2099-01-01")).toBe(true);
  });
});

describe("holderAt", () => {
  it("prefers PLH over PLT over DEFINITIF", () => {
    const def = tugas("C", "kasubag");
    const plt = tugas("E", "kasubag", "2024-01-01", null, "PLT");
    const plh = tugas("F", "kasubag", "2024-03-01", "2024-03-05", "PLH");
    const all = [plh, def, plt];
    expect(holderAt("kasubag", all, "2024-03-03")).toEqual({
      pegawaiId: "F", jabatanId: "kasubag", penugasanId: plh.id, jenis: "PLH",
    });
    expect(holderAt("kasubag", all, "2024-03-06")?.pegawaiId).toBe("E");
    expect(holderAt("kasubag", [def, plh], "2024-03-06")?.pegawaiId).toBe("C");
    expect(holderAt("kasubag", [def, plh], "2024-03-05")?.pegawaiId).toBe("F");
  });
  it("returns null for a vacant post and picks the latest start on a tie", () => {
    expect(holderAt("kasubag", [tugas("C", "kasubag", "2024-01-01", "2024-02-01")], "2024-03-01")).toBeNull();
    const old = tugas("X", "kasubag", "2020-01-01");
    const baru = tugas("Y", "kasubag", "2024-01-01");
    expect(holderAt("kasubag", [baru, old], "2024-05-01")?.pegawaiId).toBe("Y");
    expect(holderAt("kasubag", [old, baru], "2024-05-01")?.pegawaiId).toBe("Y");
  });
  it("can skip some pegawai", () => {
    const plh = tugas("D", "kasubag", "2024-05-01", "2024-05-03", "PLH");
    expect(holderAt("kasubag", [C, plh], "2024-05-02", new Set(["D"]))?.pegawaiId).toBe("C");
  });
});

describe("resolvePpk", () => {
  it("follows the definitive chain", () => {
    expect(resolve(D, BASE)).toEqual(["C", "B"]);
    expect(resolve(C, BASE)).toEqual(["B", "A"]);
    const r = resolvePpk({ penugasan: D, jabatan: new Map(JABATAN.map((j) => [j.id, j])), semuaPenugasan: BASE, date: "2024-05-01" });
    expect(r).toEqual({
      ppk: { pegawaiId: "C", jabatanId: "kasubag", penugasanId: C.id, jenis: "DEFINITIF" },
      atasanPpk: { pegawaiId: "B", jabatanId: "sekre", penugasanId: B.id, jenis: "DEFINITIF" },
    });
  });

  it("returns null at the top of the tree", () => {
    expect(resolve(A, BASE)).toEqual([null, null]);
    expect(resolve(B, BASE)).toEqual(["A", null]);
  });

  it("takes a Plt in a vacant post", () => {
    const plt = tugas("E", "kasubag", "2024-04-01", null, "PLT");
    expect(resolve(D, [A, B, D, plt])).toEqual(["E", "B"]);
    expect(resolvePpk({ penugasan: D, jabatan: JABATAN, semuaPenugasan: [A, B, D, plt], date: "2024-05-01" }).ppk?.jenis).toBe("PLT");
  });

  it("takes a Plh over the definitive holder while it lasts", () => {
    const plh = tugas("F", "kasubag", "2024-05-01", "2024-05-10", "PLH");
    expect(resolve(D, [...BASE, plh], "2024-05-10")).toEqual(["F", "B"]);
    expect(resolve(D, [...BASE, plh], "2024-05-11")).toEqual(["C", "B"]);
    const plhSekre = tugas("G", "sekre", "2024-05-01", "2024-05-10", "PLH");
    expect(resolve(D, [...BASE, plhSekre], "2024-05-05")).toEqual(["C", "G"]);
  });

  it("skips a vacant superior post", () => {
    expect(resolve(D, [A, B, D])).toEqual(["B", "A"]);
    expect(resolve(D, [A, D])).toEqual(["A", null]);
    expect(resolve(D, [D])).toEqual([null, null]);
  });

  it("skips the employee themself", () => {
    // D is Plt of the vacant kasubag post above their own
    const pltSelf = tugas("D", "kasubag", "2024-01-01", null, "PLT");
    expect(resolve(D, [A, B, D, pltSelf])).toEqual(["B", "A"]);
    // D is Plh while C is away: C remains D's PPK
    const plhSelf = tugas("D", "kasubag", "2024-05-01", "2024-05-03", "PLH");
    expect(resolve(D, [...BASE, plhSelf], "2024-05-02")).toEqual(["C", "B"]);
  });

  it("skips the PPK when looking for the Atasan PPK", () => {
    // C is also Plt of the vacant sekre post: Atasan PPK is the next one up
    const pltSekre = tugas("C", "sekre", "2024-01-01", null, "PLT");
    expect(resolve(D, [A, C, D, pltSekre])).toEqual(["C", "A"]);
    // and for C's own SKP, C's Plt post is skipped
    expect(resolve(C, [A, C, D, pltSekre])).toEqual(["A", null]);
  });

  it("ignores expired and future assignments", () => {
    const cEnds = tugas("C", "kasubag", "2024-01-01", "2024-06-30");
    const successor = tugas("H", "kasubag", "2024-08-01");
    const all = [A, B, cEnds, successor, D];
    expect(resolve(D, all, "2024-06-30")).toEqual(["C", "B"]);
    expect(resolve(D, all, "2024-07-01")).toEqual(["B", "A"]);
    expect(resolve(D, all, "2024-08-01")).toEqual(["H", "B"]);
  });

  it("resolves each assignment of a mid-year move to its own PPK", () => {
    const dLama = tugas("D", "staf", "2024-01-01", "2024-06-30");
    const dBaru = tugas("D", "staf2", "2024-07-01");
    const g = tugas("G", "kasubag2");
    const all = [A, B, C, g, dLama, dBaru];
    expect(resolve(dLama, all, "2024-06-30")).toEqual(["C", "B"]);
    expect(resolve(dBaru, all, "2024-12-31")).toEqual(["G", "B"]);
  });

  it("survives cycles and unknown positions", () => {
    const cyc: Jabatan[] = [
      { id: "x", unitId: "u", jenis: "PENGAWAS", atasanJabatanId: "y" },
      { id: "y", unitId: "u", jenis: "PENGAWAS", atasanJabatanId: "x" },
      { id: "z", unitId: "u", jenis: "PELAKSANA", atasanJabatanId: "x" },
    ];
    const z = tugas("Z", "z");
    expect(resolvePpk({ penugasan: z, jabatan: cyc, semuaPenugasan: [z], date: "2024-05-01" })).toEqual({ ppk: null, atasanPpk: null });
    const x = tugas("X", "x");
    expect(resolvePpk({ penugasan: z, jabatan: cyc, semuaPenugasan: [z, x], date: "2024-05-01" }).ppk?.pegawaiId).toBe("X");
    const lost = tugas("L", "hilang");
    expect(resolvePpk({ penugasan: lost, jabatan: JABATAN, semuaPenugasan: BASE, date: "2024-05-01" }).ppk).toBeNull();
    const orphan: Jabatan[] = [{ id: "o", unitId: "u", jenis: "PELAKSANA", atasanJabatanId: "tidak-ada" }];
    const o = tugas("O", "o");
    expect(resolvePpk({ penugasan: o, jabatan: orphan, semuaPenugasan: [o], date: "2024-05-01" }).ppk).toBeNull();
  });
});
