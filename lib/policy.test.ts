import { describe, expect, it } from "vitest";
import { can, type Actor, type PegawaiFacts } from "./policy";

const INSTANSI = "i-1";
const actor = (over: Partial<Actor> = {}): Actor => ({ pegawaiId: "me", instansiId: INSTANSI, peran: ["PEGAWAI"], unitDipimpin: [], ...over });
const target = (over: Partial<PegawaiFacts> = {}): PegawaiFacts => ({
  pegawaiId: "other",
  instansiId: INSTANSI,
  unitPaths: ["/root/dinas-a/bidang-1/"],
  ppkPegawaiId: "ppk",
  atasanPpkPegawaiId: "atasan",
  ...over,
});

describe("pegawai.lihat", () => {
  it("lets a pegawai see themself and nobody else", () => {
    expect(can(actor(), { aksi: "pegawai.lihat", pegawai: target({ pegawaiId: "me" }) })).toBe(true);
    expect(can(actor(), { aksi: "pegawai.lihat", pegawai: target() })).toBe(false);
  });
  it("lets the PPK and the Atasan PPK of that pegawai see them", () => {
    expect(can(actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK"] }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(true);
    expect(can(actor({ pegawaiId: "atasan" }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(true);
  });
  it("does not let a PPK see someone else's subordinate", () => {
    expect(can(actor({ pegawaiId: "ppk-lain", peran: ["PEGAWAI", "PPK"] }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(false);
  });
  it("lets a pimpinan see their subtree only", () => {
    const kadis = actor({ peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
    expect(can(kadis, { aksi: "pegawai.lihat", pegawai: target() })).toBe(true);
    expect(can(kadis, { aksi: "pegawai.lihat", pegawai: target({ unitPaths: ["/root/dinas-b/"] }) })).toBe(false);
    // a path that merely starts with the same characters is not inside the subtree
    expect(can(kadis, { aksi: "pegawai.lihat", pegawai: target({ unitPaths: ["/root/dinas-ab/"] }) })).toBe(false);
  });
  it("lets admin and auditor see everyone of their own instansi only", () => {
    expect(can(actor({ peran: ["ADMIN"] }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(true);
    expect(can(actor({ peran: ["AUDITOR"] }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(true);
    expect(can(actor({ peran: ["ADMIN"] }), { aksi: "pegawai.lihat", pegawai: target({ instansiId: "i-2" }) })).toBe(false);
  });
  it("treats an empty unit list as no access (no truthy-empty-array slip)", () => {
    const kadis = actor({ peran: ["PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
    expect(can(kadis, { aksi: "pegawai.lihat", pegawai: target({ unitPaths: [] }) })).toBe(false);
    expect(can(actor({ peran: ["PIMPINAN"], unitDipimpin: [] }), { aksi: "pegawai.lihat", pegawai: target() })).toBe(false);
  });
});

describe("unit.ringkasan", () => {
  const unit = (path: string) => ({ id: path, path, instansiId: INSTANSI });
  it("lets a pimpinan open their unit and units below, not above or beside", () => {
    const kabid = actor({ peran: ["PIMPINAN"], unitDipimpin: [{ id: "b1", path: "/root/dinas-a/b1/" }] });
    expect(can(kabid, { aksi: "unit.ringkasan", unit: unit("/root/dinas-a/b1/") })).toBe(true);
    expect(can(kabid, { aksi: "unit.ringkasan", unit: unit("/root/dinas-a/b1/s1/") })).toBe(true);
    expect(can(kabid, { aksi: "unit.ringkasan", unit: unit("/root/dinas-a/") })).toBe(false);
    expect(can(kabid, { aksi: "unit.ringkasan", unit: unit("/root/dinas-a/b2/") })).toBe(false);
  });
  it("refuses a plain pegawai and lets admin/auditor see the whole instansi", () => {
    expect(can(actor(), { aksi: "unit.ringkasan", unit: unit("/root/") })).toBe(false);
    expect(can(actor({ peran: ["AUDITOR"] }), { aksi: "unit.ringkasan", unit: unit("/root/") })).toBe(true);
    expect(can(actor({ peran: ["ADMIN"] }), { aksi: "unit.ringkasan", unit: { ...unit("/root/"), instansiId: "i-2" } })).toBe(false);
  });
});

describe("other permissions", () => {
  it("lets only admin manage the instansi; the auditor only reads", () => {
    expect(can(actor({ peran: ["ADMIN"] }), { aksi: "instansi.kelola", instansiId: INSTANSI })).toBe(true);
    expect(can(actor({ peran: ["AUDITOR"] }), { aksi: "instansi.kelola", instansiId: INSTANSI })).toBe(false);
    expect(can(actor({ peran: ["AUDITOR"] }), { aksi: "audit.lihat", instansiId: INSTANSI })).toBe(true);
    expect(can(actor({ peran: ["PPK", "PIMPINAN"] }), { aksi: "audit.lihat", instansiId: INSTANSI })).toBe(false);
  });
  it("lets a person change only their own notifications and pick only roles they hold", () => {
    expect(can(actor(), { aksi: "notifikasi.ubah", penerimaId: "me" })).toBe(true);
    expect(can(actor(), { aksi: "notifikasi.ubah", penerimaId: "other" })).toBe(false);
    expect(can(actor({ peran: ["PEGAWAI", "PPK"] }), { aksi: "peran.pilih", peran: "PPK" })).toBe(true);
    expect(can(actor({ peran: ["PEGAWAI"] }), { aksi: "peran.pilih", peran: "ADMIN" })).toBe(false);
  });
  it("shows the subordinates' dashboard to a PPK or Atasan PPK only", () => {
    expect(can(actor({ peran: ["PEGAWAI", "PPK"] }), { aksi: "bawahan.lihat" })).toBe(true);
    expect(can(actor({ peran: ["ATASAN_PPK"] }), { aksi: "bawahan.lihat" })).toBe(true);
    expect(can(actor({ peran: ["PEGAWAI", "PIMPINAN", "ADMIN"] }), { aksi: "bawahan.lihat" })).toBe(false);
  });
  it("lets everyone of the instansi browse the organisation, nobody from outside", () => {
    expect(can(actor(), { aksi: "organisasi.lihat", instansiId: INSTANSI })).toBe(true);
    expect(can(actor(), { aksi: "organisasi.lihat", instansiId: "i-2" })).toBe(false);
  });
});
