import { describe, expect, it } from "vitest";
import {
  EVALUASI_MACHINE,
  eventsFor,
  isFinal,
  KEBERATAN_MACHINE,
  PERAN,
  SKP_MACHINE,
  STATUS_EVALUASI,
  STATUS_KEBERATAN,
  STATUS_SKP,
  transition,
  type Machine,
  type Peran,
} from "./workflow";

type Row<S extends string, E extends string> = [S, E, Peran, S];

/** Every allowed (state, event, role) → to, and every other role refused for that event. */
function checkAllowed<S extends string, E extends string>(machine: Machine<S, E, Peran>, rows: Row<S, E>[]) {
  it.each(rows)("%s --%s/%s--> %s", (from, event, role, to) => {
    expect(transition(machine, from, event, role)).toEqual({ ok: true, to });
    expect(eventsFor(machine, from, role)).toContain(event);
    const allowedRoles = rows.filter((r) => r[0] === from && r[1] === event).map((r) => r[2]);
    for (const other of PERAN.filter((p) => !allowedRoles.includes(p)))
      expect(transition(machine, from, event, other)).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
  });
  it("has no transitions beyond the table", () => {
    const count = machine.transitions.reduce((n, t) => n + t.from.length * t.roles.length, 0);
    expect(count).toBe(rows.length);
  });
}

describe("SKP workflow", () => {
  checkAllowed(SKP_MACHINE, [
    ["DRAFT", "AJUKAN", "PEGAWAI", "DIAJUKAN"],
    ["REVISI", "AJUKAN", "PEGAWAI", "DIAJUKAN"],
    ["DIAJUKAN", "TARIK", "PEGAWAI", "DRAFT"],
    ["DIAJUKAN", "KEMBALIKAN", "PPK", "REVISI"],
    ["DIAJUKAN", "SETUJUI", "PPK", "DISETUJUI"],
    ["DISETUJUI", "UBAH", "PEGAWAI", "DRAFT"],
    ["DISETUJUI", "UBAH", "PPK", "DRAFT"],
  ]);
  it("refuses wrong states and roles", () => {
    expect(SKP_MACHINE.initial).toBe("DRAFT");
    expect(transition(SKP_MACHINE, "DRAFT", "SETUJUI", "PPK")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(SKP_MACHINE, "DISETUJUI", "AJUKAN", "PEGAWAI")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(SKP_MACHINE, "REVISI", "KEMBALIKAN", "PPK")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(SKP_MACHINE, "DIAJUKAN", "SETUJUI", "PEGAWAI")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(SKP_MACHINE, "DRAFT", "AJUKAN", "PPK")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(SKP_MACHINE, "DISETUJUI", "UBAH", "SISTEM")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
  });
  it("lists events per state and role", () => {
    expect(eventsFor(SKP_MACHINE, "DIAJUKAN", "PPK")).toEqual(["KEMBALIKAN", "SETUJUI"]);
    expect(eventsFor(SKP_MACHINE, "DIAJUKAN", "PEGAWAI")).toEqual(["TARIK"]);
    expect(eventsFor(SKP_MACHINE, "DRAFT", "PPK")).toEqual([]);
    expect(eventsFor(SKP_MACHINE, "DISETUJUI", "ATASAN_PPK")).toEqual([]);
  });
  it("has no final state (an approved SKP can open a new version)", () => {
    expect(STATUS_SKP.filter((s) => isFinal(SKP_MACHINE, s))).toEqual([]);
  });
});

describe("Evaluasi workflow", () => {
  checkAllowed(EVALUASI_MACHINE, [
    ["DRAFT", "SIMPAN", "PPK", "DRAFT"],
    ["DRAFT", "TETAPKAN", "PPK", "DITETAPKAN"],
    ["DITETAPKAN", "KALIBRASI", "PIMPINAN", "DITETAPKAN"],
    ["DITETAPKAN", "AJUKAN_KEBERATAN", "PEGAWAI", "KEBERATAN"],
    ["DITETAPKAN", "FINALKAN", "SISTEM", "FINAL"],
    ["KEBERATAN", "PUTUSKAN", "ATASAN_PPK", "FINAL"],
  ]);
  it("refuses wrong states and roles", () => {
    expect(transition(EVALUASI_MACHINE, "DITETAPKAN", "SIMPAN", "PPK")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(EVALUASI_MACHINE, "DRAFT", "AJUKAN_KEBERATAN", "PEGAWAI")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(EVALUASI_MACHINE, "KEBERATAN", "FINALKAN", "SISTEM")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(EVALUASI_MACHINE, "KEBERATAN", "PUTUSKAN", "PPK")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(EVALUASI_MACHINE, "DRAFT", "TETAPKAN", "PEGAWAI")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(EVALUASI_MACHINE, "DITETAPKAN", "FINALKAN", "PEGAWAI")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(EVALUASI_MACHINE, "DITETAPKAN", "TETAPKAN", "PPK")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(EVALUASI_MACHINE, "DITETAPKAN", "KALIBRASI", "PPK")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(EVALUASI_MACHINE, "KEBERATAN", "KALIBRASI", "PIMPINAN")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(EVALUASI_MACHINE, "FINAL", "KALIBRASI", "PIMPINAN")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
  });
  it("FINAL is the only final state and has no events", () => {
    expect(STATUS_EVALUASI.filter((s) => isFinal(EVALUASI_MACHINE, s))).toEqual(["FINAL"]);
    for (const role of PERAN) expect(eventsFor(EVALUASI_MACHINE, "FINAL", role)).toEqual([]);
  });
});

describe("Keberatan workflow", () => {
  checkAllowed(KEBERATAN_MACHINE, [
    ["DIAJUKAN", "PERIKSA", "ATASAN_PPK", "DIPERIKSA"],
    ["DIAJUKAN", "BATALKAN", "PEGAWAI", "DIBATALKAN"],
    ["DIAJUKAN", "KABULKAN", "ATASAN_PPK", "DIKABULKAN"],
    ["DIAJUKAN", "TOLAK", "ATASAN_PPK", "DITOLAK"],
    ["DIPERIKSA", "KABULKAN", "ATASAN_PPK", "DIKABULKAN"],
    ["DIPERIKSA", "TOLAK", "ATASAN_PPK", "DITOLAK"],
  ]);
  it("refuses wrong states and roles", () => {
    expect(KEBERATAN_MACHINE.initial).toBe("DIAJUKAN");
    expect(transition(KEBERATAN_MACHINE, "DIAJUKAN", "KABULKAN", "PPK")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(KEBERATAN_MACHINE, "DIPERIKSA", "BATALKAN", "PEGAWAI")).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
    expect(transition(KEBERATAN_MACHINE, "DIPERIKSA", "TOLAK", "PPK")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
    expect(transition(KEBERATAN_MACHINE, "DIAJUKAN", "PERIKSA", "PEGAWAI")).toEqual({ ok: false, reason: "PERAN_DITOLAK" });
  });
  it("decisions and withdrawal are final with no events", () => {
    expect(STATUS_KEBERATAN.filter((s) => isFinal(KEBERATAN_MACHINE, s))).toEqual(["DIKABULKAN", "DITOLAK", "DIBATALKAN"]);
    for (const s of ["DIKABULKAN", "DITOLAK", "DIBATALKAN"] as const)
      for (const role of PERAN) {
        expect(eventsFor(KEBERATAN_MACHINE, s, role)).toEqual([]);
        expect(transition(KEBERATAN_MACHINE, s, "PERIKSA", role)).toEqual({ ok: false, reason: "TIDAK_BERLAKU" });
      }
  });
});
