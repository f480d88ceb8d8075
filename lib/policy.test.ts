import { describe, expect, it } from "vitest";
import { EVENT_SKP } from "@/lib/domain/workflow";
import { can, peranDiSkp, type Actor, type PegawaiFacts } from "./policy";

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

describe("SKP permissions", () => {
  type Skp = Parameters<typeof peranDiSkp>[1];
  const STATUS = ["DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"] as const;
  const skp = (over: Partial<Skp> = {}, pemilik: Partial<PegawaiFacts> = {}): Skp => ({
    pemilik: target({ pegawaiId: "pemilik", ...pemilik }),
    ppkPegawaiId: "ppk",
    atasanPpkPegawaiId: "atasan",
    status: "DRAFT",
    ...over,
  });
  const pemilik = actor({ pegawaiId: "pemilik" });
  const ppk = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK"] });
  const atasan = actor({ pegawaiId: "atasan", peran: ["PEGAWAI", "PPK", "ATASAN_PPK"] });
  const rekan = actor({ pegawaiId: "rekan" });
  const ppkLain = actor({ pegawaiId: "ppk-lain", peran: ["PEGAWAI", "PPK"] });
  /** Same pegawai ids, but the actor belongs to another instansi. */
  const luar = (a: Actor) => ({ ...a, instansiId: "i-2" });
  const events = (a: Actor, status: (typeof STATUS)[number]) =>
    EVENT_SKP.filter((event) => can(a, { aksi: "skp.transisi", skp: skp({ status }), event }));

  describe("peranDiSkp", () => {
    it("names the owner, the PPK and the Atasan PPK of this SKP, nobody else", () => {
      expect(peranDiSkp(pemilik, skp())).toEqual(["PEGAWAI"]);
      expect(peranDiSkp(ppk, skp())).toEqual(["PPK"]);
      expect(peranDiSkp(atasan, skp())).toEqual(["ATASAN_PPK"]);
      expect(peranDiSkp(rekan, skp())).toEqual([]);
      expect(peranDiSkp(ppkLain, skp())).toEqual([]);
    });
    it("gives no role on an SKP of another instansi", () => {
      expect(peranDiSkp(luar(pemilik), skp())).toEqual([]);
      expect(peranDiSkp(luar(ppk), skp())).toEqual([]);
    });
    it("follows the PPK recorded on the SKP, not the role the actor holds elsewhere", () => {
      expect(peranDiSkp(ppk, skp({ ppkPegawaiId: null }))).toEqual([]);
      expect(peranDiSkp(ppkLain, skp({ ppkPegawaiId: "ppk-lain" }))).toEqual(["PPK"]);
    });
  });

  describe("skp.lihat", () => {
    it("lets the owner, the PPK and the Atasan PPK read", () => {
      for (const a of [pemilik, ppk, atasan]) expect(can(a, { aksi: "skp.lihat", skp: skp() }), a.pegawaiId).toBe(true);
    });
    it("lets the leader of the owner's unit (or a unit above) read, not a leader beside it", () => {
      const kadis = actor({ pegawaiId: "kadis", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
      const kabid = actor({ pegawaiId: "kabid", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "b1", path: "/root/dinas-a/bidang-1/" }] });
      const lain = actor({ pegawaiId: "kadis-b", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-b", path: "/root/dinas-b/" }] });
      expect(can(kadis, { aksi: "skp.lihat", skp: skp() })).toBe(true);
      expect(can(kabid, { aksi: "skp.lihat", skp: skp() })).toBe(true);
      expect(can(lain, { aksi: "skp.lihat", skp: skp() })).toBe(false);
    });
    it("lets admin and auditor of the same instansi read", () => {
      expect(can(actor({ peran: ["PEGAWAI", "ADMIN"] }), { aksi: "skp.lihat", skp: skp() })).toBe(true);
      expect(can(actor({ peran: ["AUDITOR"] }), { aksi: "skp.lihat", skp: skp() })).toBe(true);
      expect(can(luar(actor({ peran: ["ADMIN"] })), { aksi: "skp.lihat", skp: skp() })).toBe(false);
      expect(can(luar(actor({ peran: ["AUDITOR"] })), { aksi: "skp.lihat", skp: skp() })).toBe(false);
    });
    it("refuses a peer, another PPK and anyone from another instansi", () => {
      expect(can(rekan, { aksi: "skp.lihat", skp: skp() })).toBe(false);
      expect(can(ppkLain, { aksi: "skp.lihat", skp: skp() })).toBe(false);
      expect(can(luar(pemilik), { aksi: "skp.lihat", skp: skp() })).toBe(false);
      expect(can(luar(ppk), { aksi: "skp.lihat", skp: skp() })).toBe(false);
    });
  });

  describe("skp.buat", () => {
    it("lets a pegawai create an SKP for themself only", () => {
      expect(can(pemilik, { aksi: "skp.buat", pemilikId: "pemilik" })).toBe(true);
      expect(can(pemilik, { aksi: "skp.buat", pemilikId: "lain" })).toBe(false);
      expect(can(ppk, { aksi: "skp.buat", pemilikId: "pemilik" })).toBe(false);
      expect(can(actor({ peran: ["ADMIN"] }), { aksi: "skp.buat", pemilikId: "pemilik" })).toBe(false);
    });
    it("refuses someone without an assignment (no PEGAWAI role)", () => {
      expect(can(actor({ pegawaiId: "pemilik", peran: ["AUDITOR"] }), { aksi: "skp.buat", pemilikId: "pemilik" })).toBe(false);
    });
  });

  describe("skp.ubah", () => {
    it("lets the owner edit only in DRAFT and REVISI", () => {
      const boleh = STATUS.filter((status) => can(pemilik, { aksi: "skp.ubah", skp: skp({ status }) }));
      expect(boleh).toEqual(["DRAFT", "REVISI"]);
    });
    it("never lets the PPK, the Atasan PPK, admin, a peer or an outsider edit the content", () => {
      const admin = actor({ pegawaiId: "adm", peran: ["PEGAWAI", "ADMIN"] });
      for (const a of [ppk, atasan, admin, rekan, luar(pemilik)])
        for (const status of STATUS) expect(can(a, { aksi: "skp.ubah", skp: skp({ status }) }), `${a.pegawaiId} ${status}`).toBe(false);
    });
  });

  describe("skp.transisi", () => {
    it("lets the owner submit a draft or a returned plan, withdraw a submitted one and reopen an approved one", () => {
      expect(events(pemilik, "DRAFT")).toEqual(["AJUKAN"]);
      expect(events(pemilik, "REVISI")).toEqual(["AJUKAN"]);
      expect(events(pemilik, "DIAJUKAN")).toEqual(["TARIK"]);
      expect(events(pemilik, "DISETUJUI")).toEqual(["UBAH"]);
    });
    it("lets the PPK return or approve a submitted plan and reopen an approved one", () => {
      expect(events(ppk, "DRAFT")).toEqual([]);
      expect(events(ppk, "REVISI")).toEqual([]);
      expect(events(ppk, "DIAJUKAN")).toEqual(["KEMBALIKAN", "SETUJUI"]);
      expect(events(ppk, "DISETUJUI")).toEqual(["UBAH"]);
    });
    it("gives the Atasan PPK, a peer, another PPK and outsiders no transition", () => {
      for (const a of [atasan, rekan, ppkLain, luar(pemilik), luar(ppk), actor({ peran: ["ADMIN"] })])
        for (const status of STATUS) expect(events(a, status), `${a.pegawaiId} ${a.instansiId} ${status}`).toEqual([]);
    });
    it("does not let the owner approve their own plan", () => {
      expect(can(pemilik, { aksi: "skp.transisi", skp: skp({ status: "DIAJUKAN" }), event: "SETUJUI" })).toBe(false);
      expect(can(pemilik, { aksi: "skp.transisi", skp: skp({ status: "DIAJUKAN" }), event: "KEMBALIKAN" })).toBe(false);
    });
  });

  describe("skp.ekspektasi", () => {
    it("lets the SKP's PPK write expectations until the plan is approved", () => {
      const boleh = STATUS.filter((status) => can(ppk, { aksi: "skp.ekspektasi", skp: skp({ status }) }));
      expect(boleh).toEqual(["DRAFT", "DIAJUKAN", "REVISI"]);
    });
    it("refuses the owner, the Atasan PPK, another PPK and the PPK from another instansi", () => {
      for (const a of [pemilik, atasan, ppkLain, luar(ppk)])
        for (const status of STATUS) expect(can(a, { aksi: "skp.ekspektasi", skp: skp({ status }) }), `${a.pegawaiId} ${status}`).toBe(false);
    });
  });

  describe("rhk.serahkan", () => {
    const bawahan = target({ pegawaiId: "bawahan", ppkPegawaiId: "ppk" });
    it("lets a PPK hand their own RHK to their direct subordinate", () => {
      expect(can(ppk, { aksi: "rhk.serahkan", pemilikRhkId: "ppk", penerima: bawahan })).toBe(true);
    });
    it("refuses handing someone else's RHK", () => {
      expect(can(ppk, { aksi: "rhk.serahkan", pemilikRhkId: "atasan", penerima: bawahan })).toBe(false);
    });
    it("refuses a recipient who is not a direct subordinate (another PPK's staff, or two levels down)", () => {
      expect(can(ppk, { aksi: "rhk.serahkan", pemilikRhkId: "ppk", penerima: target({ pegawaiId: "x", ppkPegawaiId: "ppk-lain" }) })).toBe(false);
      expect(can(atasan, { aksi: "rhk.serahkan", pemilikRhkId: "atasan", penerima: bawahan })).toBe(false);
      expect(can(ppk, { aksi: "rhk.serahkan", pemilikRhkId: "ppk", penerima: target({ pegawaiId: "y", ppkPegawaiId: null }) })).toBe(false);
    });
    it("refuses a recipient from another instansi", () => {
      expect(can(ppk, { aksi: "rhk.serahkan", pemilikRhkId: "ppk", penerima: { ...bawahan, instansiId: "i-2" } })).toBe(false);
    });
  });
});

describe("carrying out the SKP", () => {
  type Skp = Parameters<typeof peranDiSkp>[1];
  const STATUS = ["DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"] as const;
  const skp = (over: Partial<Skp> = {}): Skp => ({
    pemilik: target({ pegawaiId: "pemilik" }),
    ppkPegawaiId: "ppk",
    atasanPpkPegawaiId: "atasan",
    status: "DISETUJUI",
    ...over,
  });
  const pemilik = actor({ pegawaiId: "pemilik" });
  const ppk = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK"] });
  const atasan = actor({ pegawaiId: "atasan", peran: ["PEGAWAI", "PPK", "ATASAN_PPK"] });
  const rekan = actor({ pegawaiId: "rekan" });
  const ppkLain = actor({ pegawaiId: "ppk-lain", peran: ["PEGAWAI", "PPK"] });
  const kadis = actor({ pegawaiId: "kadis", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
  const admin = actor({ pegawaiId: "adm", peran: ["PEGAWAI", "ADMIN"] });
  const auditor = actor({ pegawaiId: "aud", peran: ["AUDITOR"] });
  const luar = (a: Actor) => ({ ...a, instansiId: "i-2" });
  const boleh = (a: Actor, aksi: "realisasi.catat" | "umpanBalik.beri" | "umpanBalik.balas", over: Partial<Skp> = {}) =>
    STATUS.filter((status) => can(a, { aksi, skp: skp({ ...over, status }) }));

  describe("realisasi.catat", () => {
    it("lets the owner record realisations, action plans and evidence on an approved SKP only", () => {
      expect(boleh(pemilik, "realisasi.catat")).toEqual(["DISETUJUI"]);
    });
    it("never lets the PPK, the Atasan PPK, a leader, admin, auditor or a peer record for the owner", () => {
      for (const a of [ppk, atasan, kadis, admin, auditor, rekan, ppkLain]) expect(boleh(a, "realisasi.catat"), a.pegawaiId).toEqual([]);
    });
    it("refuses the owner's id from another instansi", () => {
      expect(boleh(luar(pemilik), "realisasi.catat")).toEqual([]);
    });
  });

  describe("umpanBalik.beri", () => {
    it("lets the SKP's PPK give feedback on an approved SKP only", () => {
      expect(boleh(ppk, "umpanBalik.beri")).toEqual(["DISETUJUI"]);
    });
    it("follows the PPK recorded on the SKP (an acting Plt recorded there may, the usual PPK then may not)", () => {
      const plt = actor({ pegawaiId: "plt", peran: ["PEGAWAI", "PPK"] });
      expect(boleh(plt, "umpanBalik.beri", { ppkPegawaiId: "plt" })).toEqual(["DISETUJUI"]);
      expect(boleh(ppk, "umpanBalik.beri", { ppkPegawaiId: "plt" })).toEqual([]);
      expect(boleh(ppk, "umpanBalik.beri", { ppkPegawaiId: null })).toEqual([]);
    });
    it("refuses the owner, the Atasan PPK, another PPK, a leader, admin and auditor", () => {
      for (const a of [pemilik, atasan, ppkLain, kadis, admin, auditor, rekan]) expect(boleh(a, "umpanBalik.beri"), a.pegawaiId).toEqual([]);
    });
    it("refuses the PPK's id from another instansi", () => {
      expect(boleh(luar(ppk), "umpanBalik.beri")).toEqual([]);
    });
  });

  describe("umpanBalik.balas", () => {
    it("lets the owner reply, whatever the SKP's state", () => {
      expect(boleh(pemilik, "umpanBalik.balas")).toEqual([...STATUS]);
    });
    it("refuses the PPK (who wrote the feedback), the Atasan PPK and everyone else", () => {
      for (const a of [ppk, atasan, ppkLain, kadis, admin, auditor, rekan]) expect(boleh(a, "umpanBalik.balas"), a.pegawaiId).toEqual([]);
    });
    it("refuses the owner's id from another instansi", () => {
      expect(boleh(luar(pemilik), "umpanBalik.balas")).toEqual([]);
    });
  });
});

describe("appraisal", () => {
  type Skp = Parameters<typeof peranDiSkp>[1];
  const STATUS = ["DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"] as const;
  const skp = (over: Partial<Skp> = {}): Skp => ({
    pemilik: target({ pegawaiId: "pemilik" }),
    ppkPegawaiId: "ppk",
    atasanPpkPegawaiId: "atasan",
    status: "DISETUJUI",
    ...over,
  });
  const pemilik = actor({ pegawaiId: "pemilik" });
  const ppk = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK"] });
  const atasan = actor({ pegawaiId: "atasan", peran: ["PEGAWAI", "PPK", "ATASAN_PPK"] });
  const rekan = actor({ pegawaiId: "rekan" });
  const ppkLain = actor({ pegawaiId: "ppk-lain", peran: ["PEGAWAI", "PPK"] });
  const kadis = actor({ pegawaiId: "kadis", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
  const admin = actor({ pegawaiId: "adm", peran: ["PEGAWAI", "ADMIN"] });
  const auditor = actor({ pegawaiId: "aud", peran: ["AUDITOR"] });
  const luar = (a: Actor) => ({ ...a, instansiId: "i-2" });
  type AksiSkp = "evaluasi.nilai" | "evaluasi.terima" | "keberatan.ajukan" | "keberatan.tanggapi" | "keberatan.putuskan" | "dialog.ikut";
  const boleh = (a: Actor, aksi: AksiSkp, over: Partial<Skp> = {}) => STATUS.filter((status) => can(a, { aksi, skp: skp({ ...over, status }) }));
  const semua = [pemilik, ppk, atasan, rekan, ppkLain, kadis, admin, auditor];
  const yangBoleh = (aksi: AksiSkp, over: Partial<Skp> = {}) => semua.filter((a) => boleh(a, aksi, over).length > 0).map((a) => a.pegawaiId);

  describe("evaluasi.nilai", () => {
    it("lets only the SKP's PPK evaluate, and only an approved SKP", () => {
      expect(boleh(ppk, "evaluasi.nilai")).toEqual(["DISETUJUI"]);
      expect(yangBoleh("evaluasi.nilai")).toEqual(["ppk"]);
    });
    it("follows the PPK recorded on the SKP; none when there is none; not across instansi", () => {
      expect(boleh(ppkLain, "evaluasi.nilai", { ppkPegawaiId: "ppk-lain" })).toEqual(["DISETUJUI"]);
      expect(boleh(ppk, "evaluasi.nilai", { ppkPegawaiId: "ppk-lain" })).toEqual([]);
      expect(yangBoleh("evaluasi.nilai", { ppkPegawaiId: null })).toEqual([]);
      expect(boleh(luar(ppk), "evaluasi.nilai")).toEqual([]);
    });
    it("never lets the owner rate themself, even if recorded as their own PPK", () => {
      expect(boleh(pemilik, "evaluasi.nilai")).toEqual([]);
    });
  });

  describe("evaluasi.terima and keberatan.ajukan", () => {
    it("belong to the owner of the SKP only", () => {
      for (const aksi of ["evaluasi.terima", "keberatan.ajukan"] as const) {
        expect(boleh(pemilik, aksi), aksi).toEqual([...STATUS]);
        expect(yangBoleh(aksi), aksi).toEqual(["pemilik"]);
        expect(boleh(luar(pemilik), aksi), aksi).toEqual([]);
      }
    });
  });

  describe("keberatan.tanggapi", () => {
    it("lets the SKP's PPK respond to an objection, nobody else", () => {
      expect(yangBoleh("keberatan.tanggapi")).toEqual(["ppk"]);
      expect(boleh(luar(ppk), "keberatan.tanggapi")).toEqual([]);
      expect(yangBoleh("keberatan.tanggapi", { ppkPegawaiId: null })).toEqual([]);
    });
  });

  describe("keberatan.putuskan", () => {
    it("lets only the Atasan PPK of the SKP decide, never the PPK, the owner or a leader", () => {
      expect(yangBoleh("keberatan.putuskan")).toEqual(["atasan"]);
      expect(boleh(luar(atasan), "keberatan.putuskan")).toEqual([]);
      expect(yangBoleh("keberatan.putuskan", { atasanPpkPegawaiId: null })).toEqual([]);
    });
    it("never lets a PPK who is also recorded as the Atasan PPK decide on their own rating", () => {
      expect(boleh(ppk, "keberatan.putuskan", { atasanPpkPegawaiId: "ppk" })).toEqual([]);
      expect(yangBoleh("keberatan.putuskan", { atasanPpkPegawaiId: "ppk" })).toEqual([]);
      // the role ATASAN_PPK held elsewhere does not count: it is the SKP's record that decides
      expect(boleh(atasan, "keberatan.putuskan", { atasanPpkPegawaiId: "atasan-lain" })).toEqual([]);
    });
  });

  describe("dialog.ikut", () => {
    it("lets the owner and the SKP's PPK take part in the performance dialogue, in any state", () => {
      expect(boleh(pemilik, "dialog.ikut")).toEqual([...STATUS]);
      expect(boleh(ppk, "dialog.ikut")).toEqual([...STATUS]);
      expect(yangBoleh("dialog.ikut")).toEqual(["pemilik", "ppk"]);
      expect(boleh(luar(pemilik), "dialog.ikut")).toEqual([]);
      expect(boleh(luar(ppk), "dialog.ikut")).toEqual([]);
    });
  });

  describe("angkaKredit.unit", () => {
    const unit = (path: string, instansiId = INSTANSI) => ({ id: path, path, instansiId });
    it("lets the leaders of the unit or above, the admin and the auditor see a unit's credit points", () => {
      expect(can(kadis, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/") })).toBe(true);
      expect(can(kadis, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/bidang-1/") })).toBe(true);
      expect(can(admin, { aksi: "angkaKredit.unit", unit: unit("/root/") })).toBe(true);
      expect(can(auditor, { aksi: "angkaKredit.unit", unit: unit("/root/") })).toBe(true);
    });
    it("refuses a unit beside or above the leader's, a PPK as such, a plain pegawai and another instansi", () => {
      expect(can(kadis, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-b/") })).toBe(false);
      expect(can(kadis, { aksi: "angkaKredit.unit", unit: unit("/root/") })).toBe(false);
      expect(can(ppk, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/bidang-1/") })).toBe(false);
      expect(can(atasan, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/bidang-1/") })).toBe(false);
      expect(can(pemilik, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/bidang-1/") })).toBe(false);
      expect(can(admin, { aksi: "angkaKredit.unit", unit: unit("/root/", "i-2") })).toBe(false);
      expect(can(kadis, { aksi: "angkaKredit.unit", unit: unit("/root/dinas-a/", "i-2") })).toBe(false);
    });
  });
});

describe("organisation rating and calibration", () => {
  const unit = (path: string, instansiId = INSTANSI) => ({ id: path, path, instansiId });
  const sekda = actor({ pegawaiId: "sekda", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "root", path: "/root/" }] });
  const kadisA = actor({ pegawaiId: "kadis-a", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
  const kadisB = actor({ pegawaiId: "kadis-b", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "dinas-b", path: "/root/dinas-b/" }] });
  const kabid = actor({ pegawaiId: "kabid", peran: ["PEGAWAI", "PIMPINAN", "PPK"], unitDipimpin: [{ id: "b1", path: "/root/dinas-a/b1/" }] });
  const admin = actor({ pegawaiId: "adm", peran: ["PEGAWAI", "ADMIN"] });
  const auditor = actor({ pegawaiId: "aud", peran: ["AUDITOR"] });
  const ppk = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK", "ATASAN_PPK"] });
  const pegawai = actor({ pegawaiId: "peg" });
  const luar = (a: Actor) => ({ ...a, instansiId: "i-2" });

  describe("predikatOrganisasi.tetapkan", () => {
    it("lets only a leader of a unit strictly above set the rating", () => {
      expect(can(sekda, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(true);
      expect(can(kadisA, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/b1/") })).toBe(true);
      expect(can(kadisA, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/b1/s1/") })).toBe(true);
    });
    it("refuses the unit's own head, a leader of another line or below, admin, auditor, PPK, pegawai and another instansi", () => {
      expect(can(kadisA, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(false);
      expect(can(kadisB, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/b1/") })).toBe(false);
      expect(can(kabid, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(false);
      expect(can(sekda, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/") })).toBe(false);
      for (const a of [admin, auditor, ppk, pegawai]) expect(can(a, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(false);
      expect(can(luar(sekda), { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(false);
      // a path that merely starts with the same characters is not below
      expect(can(kadisA, { aksi: "predikatOrganisasi.tetapkan", unit: unit("/root/dinas-ab/") })).toBe(false);
    });
  });

  describe("kalibrasi.lihat and kalibrasi.tetapkan", () => {
    it("lets the unit's head and leaders above see and finalise; admin and auditor only see", () => {
      for (const a of [sekda, kadisA]) {
        expect(can(a, { aksi: "kalibrasi.lihat", unit: unit("/root/dinas-a/") })).toBe(true);
        expect(can(a, { aksi: "kalibrasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(true);
      }
      for (const a of [admin, auditor]) {
        expect(can(a, { aksi: "kalibrasi.lihat", unit: unit("/root/dinas-a/") })).toBe(true);
        expect(can(a, { aksi: "kalibrasi.tetapkan", unit: unit("/root/dinas-a/") })).toBe(false);
      }
    });
    it("refuses a leader below or beside, a PPK, a pegawai and another instansi", () => {
      for (const aksi of ["kalibrasi.lihat", "kalibrasi.tetapkan"] as const) {
        expect(can(kabid, { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
        expect(can(kadisB, { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
        expect(can(ppk, { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
        expect(can(pegawai, { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
        expect(can(luar(kadisA), { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
        expect(can(luar(admin), { aksi, unit: unit("/root/dinas-a/") })).toBe(false);
      }
    });
  });

  describe("kalibrasi.ubah", () => {
    const skp = (pemilikId: string, unitPath = "/root/dinas-a/b1/", instansiId = INSTANSI) => ({
      pemilik: target({ pegawaiId: pemilikId, unitPaths: [unitPath], instansiId }),
      ppkPegawaiId: "ppk",
      atasanPpkPegawaiId: "atasan",
      status: "DISETUJUI" as const,
    });
    const ubah = (a: Actor, pemilikId = "peg", unitPath = "/root/dinas-a/b1/", instansiId = INSTANSI) =>
      can(a, { aksi: "kalibrasi.ubah", skp: skp(pemilikId, unitPath, instansiId), unitPath });
    it("lets a leader of the pegawai's unit or above calibrate", () => {
      expect(ubah(kabid)).toBe(true);
      expect(ubah(kadisA)).toBe(true);
      expect(ubah(sekda)).toBe(true);
    });
    it("refuses one's own evaluation, a leader of another line or below, the PPK as such, admin, auditor, another instansi", () => {
      expect(ubah(kabid, "kabid")).toBe(false);
      expect(ubah(kadisB)).toBe(false);
      expect(ubah(kabid, "peg", "/root/dinas-a/b2/")).toBe(false);
      expect(ubah(kabid, "peg", "/root/dinas-a/")).toBe(false);
      for (const a of [ppk, admin, auditor, pegawai]) expect(ubah(a)).toBe(false);
      expect(ubah(kadisA, "peg", "/root/dinas-a/b1/", "i-2")).toBe(false);
    });
  });
});

describe("analitik.penilai", () => {
  const unit = (path: string, instansiId = INSTANSI) => ({ id: path, path, instansiId });
  const sekda = actor({ pegawaiId: "sekda", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [{ id: "root", path: "/root/" }] });
  const kadis = actor({ pegawaiId: "kadis", peran: ["PEGAWAI", "PIMPINAN", "PPK"], unitDipimpin: [{ id: "dinas-a", path: "/root/dinas-a/" }] });
  const admin = actor({ pegawaiId: "admin", peran: ["PEGAWAI", "ADMIN"] });
  const auditor = actor({ pegawaiId: "auditor", peran: ["PEGAWAI", "AUDITOR"] });
  const ppk = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK", "ATASAN_PPK"] });
  // a kepala seksi: heads a unit with nothing below it
  const kasi = actor({ pegawaiId: "kasi", peran: ["PEGAWAI", "PIMPINAN", "PPK"], unitDipimpin: [{ id: "s1", path: "/root/dinas-a/b1/s1/" }] });
  const BERCABANG = [{ id: "root", path: "/root/" }, { id: "dinas-a", path: "/root/dinas-a/" }, { id: "b1", path: "/root/dinas-a/b1/" }];
  it("lets a leader see their unit's subtree and the admin the whole instansi", () => {
    expect(can(sekda, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/") })).toBe(true);
    expect(can(sekda, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-b/") })).toBe(true);
    expect(can(kadis, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-a/") })).toBe(true);
    expect(can(kadis, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-a/b1/") })).toBe(true);
    expect(can(admin, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/") })).toBe(true);
  });
  it("refuses a unit beside or above the leader's, a kepala seksi, the auditor, a PPK as such, a pegawai and another instansi", () => {
    expect(can(kadis, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-b/") })).toBe(false);
    expect(can(kadis, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/") })).toBe(false);
    expect(can(auditor, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/") })).toBe(false);
    expect(can(ppk, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-a/") })).toBe(false);
    expect(can(kasi, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-a/b1/s1/") })).toBe(false);
    // the branching list only counts for units the actor heads
    expect(can(kasi, { aksi: "analitik.penilai", dipimpinBercabang: [...BERCABANG, { id: "s1", path: "/root/dinas-a/b1/s1/" }], unit: unit("/root/dinas-a/b1/") })).toBe(false);
    expect(can(kadis, { aksi: "analitik.penilai", dipimpinBercabang: [], unit: unit("/root/dinas-a/") })).toBe(false);
    expect(can(actor(), { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/dinas-a/") })).toBe(false);
    expect(can(admin, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/", "i-2") })).toBe(false);
    expect(can(sekda, { aksi: "analitik.penilai", dipimpinBercabang: BERCABANG, unit: unit("/root/", "i-2") })).toBe(false);
  });
});

describe("career development", () => {
  const dinas = (path: string) => ({ id: path, path });
  const kasi = actor({ pegawaiId: "ppk", peran: ["PEGAWAI", "PPK", "PIMPINAN"], unitDipimpin: [dinas("/root/dinas-a/bidang-1/seksi-x/")] });
  const kabid = actor({ pegawaiId: "kabid", peran: ["PEGAWAI", "PPK", "ATASAN_PPK", "PIMPINAN"], unitDipimpin: [dinas("/root/dinas-a/bidang-1/")] });
  const kadisA = actor({ pegawaiId: "kadis-a", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [dinas("/root/dinas-a/")] });
  const kadisB = actor({ pegawaiId: "kadis-b", peran: ["PEGAWAI", "PIMPINAN"], unitDipimpin: [dinas("/root/dinas-b/")] });
  const admin = actor({ pegawaiId: "adm", peran: ["PEGAWAI", "ADMIN"] });
  const auditor = actor({ pegawaiId: "aud", peran: ["PEGAWAI", "AUDITOR"] });
  const staf = target({ pegawaiId: "staf", unitPaths: ["/root/dinas-a/bidang-1/seksi-x/"], ppkPegawaiId: "ppk", atasanPpkPegawaiId: "kabid" });

  it("usulan.ajukan: only the pegawai's PPK, never for oneself or across instansi", () => {
    expect(can(kasi, { aksi: "usulan.ajukan", pegawai: staf })).toBe(true);
    for (const a of [kabid, kadisA, admin, auditor, actor({ pegawaiId: "staf" })]) expect(can(a, { aksi: "usulan.ajukan", pegawai: staf })).toBe(false);
    expect(can(kasi, { aksi: "usulan.ajukan", pegawai: { ...staf, pegawaiId: "ppk" } })).toBe(false);
    expect(can(kasi, { aksi: "usulan.ajukan", pegawai: { ...staf, instansiId: "i-2" } })).toBe(false);
  });

  it("usulan.putuskan: a leader of the pegawai's subtree other than the proposer and the pegawai", () => {
    const putus = (a: Actor, diusulkanOleh = "ppk", pegawai = staf) => can(a, { aksi: "usulan.putuskan", pegawai, diusulkanOleh });
    expect(putus(kabid)).toBe(true);
    expect(putus(kadisA)).toBe(true);
    expect(putus(kasi)).toBe(false); // the proposer heads the seksi but does not decide his own proposal
    expect(putus(kasi, "someone-else")).toBe(true);
    expect(putus(kabid, "ppk", { ...staf, pegawaiId: "kabid" })).toBe(false);
    for (const a of [kadisB, admin, auditor]) expect(putus(a)).toBe(false);
    expect(putus(kadisA, "ppk", { ...staf, instansiId: "i-2" })).toBe(false);
  });

  it("usulan.lihat: the pegawai, the proposer, the pegawai's superiors and leaders, admin and auditor; not another pegawai", () => {
    const lihat = (a: Actor) => can(a, { aksi: "usulan.lihat", pegawai: staf, diusulkanOleh: "ppk" });
    for (const a of [actor({ pegawaiId: "staf" }), kasi, kabid, kadisA, admin, auditor]) expect(lihat(a)).toBe(true);
    for (const a of [actor({ pegawaiId: "lain" }), kadisB]) expect(lihat(a)).toBe(false);
  });

  it("pelatihan.catat: oneself or the admin of the instansi", () => {
    const catat = (a: Actor, instansiId = INSTANSI) => can(a, { aksi: "pelatihan.catat", pegawai: { pegawaiId: "staf", instansiId } });
    expect(catat(actor({ pegawaiId: "staf" }))).toBe(true);
    expect(catat(admin)).toBe(true);
    for (const a of [kasi, kabid, kadisA, auditor]) expect(catat(a)).toBe(false);
    expect(catat(admin, "i-2")).toBe(false);
  });
});
