/**
 * The service layer against a fresh database seeded with Pemerintah Kota Helvetia: derived roles,
 * PPK resolution with Plt, dashboards scoped to the actor, and mutations that validate, authorise,
 * write in one transaction and leave an audit row — or change nothing.
 */
import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditLog, checkpoint, notifikasi, periode } from "@/db/schema";
import { testDatabases } from "@/db/testing";
import { buildHelvetiaRoster, DEMO_PERSONAS, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { cariPegawai, getDasborAdmin, listAuditLog } from "./admin";
import { loadActor, type ServiceContext } from "./context";
import { getDasborPegawai, getDasborPimpinan, getDasborPpk } from "./dasbor";
import { faktaPegawai } from "./hierarki";
import { tandaiNotifikasiDibaca } from "./notifikasi";
import { getDetailUnit, getProfilPegawai, getPohonUnit } from "./organisasi";
import { buatPeriode } from "./periode";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const idOf = (key: PersonaKey) => roster.persona[key];
const unitByKode = (kode: string) => roster.unit.find((u) => u.kode === kode)!;

describe.each(testDatabases())("services on $name", (target) => {
  let handle: DbHandle;
  const ctxOf = async (key: PersonaKey): Promise<ServiceContext> => {
    const actor = await loadActor(handle.db, idOf(key), TODAY);
    if (!actor) throw new Error(`persona ${key} is not an active pegawai`);
    return { db: handle.db, actor, today: TODAY };
  };
  const auditCount = async () => (await handle.db.select({ n: count() }).from(auditLog))[0]!.n;

  beforeAll(async () => {
    handle = await target.open();
    await seedHelvetia(handle.db, { today: TODAY });
  });
  afterAll(async () => {
    await handle?.close();
  });

  describe("roles derived from the hierarchy", () => {
    it("gives each persona the roles their position carries", async () => {
      expect((await ctxOf("pegawai")).actor.peran).toEqual(["PEGAWAI"]);
      expect((await ctxOf("ppk")).actor.peran).toEqual(expect.arrayContaining(["PEGAWAI", "PPK"]));
      expect((await ctxOf("ppk")).actor.peran).not.toContain("ADMIN");
      expect((await ctxOf("kepala-dinas")).actor.peran).toEqual(expect.arrayContaining(["PPK", "ATASAN_PPK", "PIMPINAN"]));
      expect((await ctxOf("kepala-dinas")).actor.memimpinSubunit).toBe(true);
      expect((await ctxOf("admin")).actor.peran).toContain("ADMIN");
      expect((await ctxOf("auditor")).actor.peran).toContain("AUDITOR");
      expect((await ctxOf("auditor")).actor.peran).not.toContain("ADMIN");
    });

    it("resolves the PPK and Atasan PPK of a pegawai at a date", async () => {
      const fakta = await faktaPegawai(handle.db, idOf("pegawai"), TODAY);
      expect(fakta?.ppkPegawaiId).toBe(idOf("ppk"));
      expect(fakta?.atasanPpkPegawaiId).toBeTruthy();
      expect(fakta?.atasanPpkPegawaiId).not.toBe(idOf("ppk"));
    });

    it("makes the Plt the PPK of the staff of the post they act in, with the same rights", async () => {
      const plt = roster.penugasan.find((p) => p.id === roster.kasus.pltPenugasanId)!;
      const bawah = roster.jabatan.filter((j) => j.atasanJabatanId === plt.jabatanId).map((j) => j.id);
      const staf = roster.penugasan.find((p) => bawah.includes(p.jabatanId) && p.pegawaiId !== plt.pegawaiId && p.jenis === "DEFINITIF" && !p.selesai);
      expect(staf).toBeDefined();
      const fakta = await faktaPegawai(handle.db, staf!.pegawaiId, TODAY);
      expect(fakta?.ppkPegawaiId).toBe(plt.pegawaiId);
      const ctx = await ctxOf("plt");
      expect(ctx.actor.peran).toContain("PPK");
      expect((await getDasborPpk(ctx)).bawahan.map((b) => b.pegawaiId)).toContain(staf!.pegawaiId);
    });
  });

  describe("dashboards are scoped to the actor", () => {
    it("shows the pegawai their own SKP with indicators and deadlines", async () => {
      const d = await getDasborPegawai(await ctxOf("pegawai"));
      expect(d.periode?.tahun).toBe(2026);
      expect(d.skp[0]?.status).toBe("DISETUJUI");
      expect(d.indikator.length).toBeGreaterThan(0);
      expect(d.indikator.every((i) => i.persen === null || (i.persen >= 0 && i.persen <= 200))).toBe(true);
      expect(d.tenggat.map((t) => t.kode)).toContain("EVALUASI_TAHUNAN");
    });

    it("shows the PPK their subordinates and the queue of submitted SKPs, and refuses a plain pegawai", async () => {
      const d = await getDasborPpk(await ctxOf("ppk"));
      expect(d.bawahan.map((b) => b.pegawaiId)).toContain(idOf("pegawai"));
      expect(d.bawahan.map((b) => b.pegawaiId)).not.toContain(idOf("ppk"));
      expect(d.antrean.length).toBeGreaterThan(0);
      expect(d.antrean.every((a) => d.bawahan.some((b) => b.pegawaiId === a.pegawaiId && b.statusSkp === "DIAJUKAN"))).toBe(true);
      await expect(getDasborPpk(await ctxOf("pegawai"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    });

    it("counts a unit subtree in SQL, and refuses a unit outside the leader's subtree", async () => {
      const kadis = await ctxOf("kepala-dinas");
      const d = await getDasborPimpinan(kadis);
      const diskominfo = unitByKode("DISKOMINFO");
      expect(d.unit.id).toBe(diskominfo.id);
      const subtree = new Set(roster.unit.filter((u) => u.path.startsWith(diskominfo.path)).map((u) => u.id));
      const jabatanIn = new Set(roster.jabatan.filter((j) => subtree.has(j.unitId)).map((j) => j.id));
      const expected = roster.penugasan.filter((p) => jabatanIn.has(p.jabatanId) && p.jenis === "DEFINITIF" && p.mulai <= TODAY && (!p.selesai || p.selesai >= TODAY)).length;
      expect(d.total.pegawai).toBe(expected);
      expect(Object.values(d.total.statusSkp).reduce((a, b) => a + b, 0)).toBe(expected);
      expect(d.anak.reduce((a, c) => a + c.pegawai, 0)).toBe(expected);
      await expect(getDasborPimpinan(kadis, unitByKode("BKPSDM").id)).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(getDasborPimpinan(await ctxOf("pegawai"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      // the Sekretaris Daerah sees everyone
      const sekda = await getDasborPimpinan(await ctxOf("sekda"));
      expect(sekda.total.pegawai).toBeGreaterThan(250);
    });

    it("lets nobody but the person, their PPK, Atasan PPK, their leaders, admin and auditor see a pegawai", async () => {
      const target = idOf("pegawai");
      for (const key of ["pegawai", "ppk", "kepala-dinas", "sekda", "admin", "auditor"] as const) {
        await expect(getProfilPegawai(await ctxOf(key), target), key).resolves.toMatchObject({ pegawai: { id: target } });
      }
      await expect(getProfilPegawai(await ctxOf("plt"), target)).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(getProfilPegawai(await ctxOf("pegawai"), idOf("ppk"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(getProfilPegawai(await ctxOf("pegawai"), "not-a-uuid")).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    });

    it("shows the org tree and unit details to everyone in the instansi", async () => {
      const ctx = await ctxOf("pegawai");
      const tree = await getPohonUnit(ctx);
      expect(tree).toHaveLength(roster.unit.length);
      const detail = await getDetailUnit(ctx, unitByKode("DISKOMINFO").id);
      expect(detail.jabatan.some((j) => j.kepalaUnit && j.pegawaiId === idOf("kepala-dinas"))).toBe(true);
    });

    it("gives the admin the instansi's numbers and refuses them to others", async () => {
      const d = await getDasborAdmin(await ctxOf("admin"));
      expect(d.angka.pegawai).toBe(roster.pegawai.filter((p) => p.aktif).length);
      expect(d.angka.pltPlh).toBeGreaterThanOrEqual(2);
      await expect(getDasborAdmin(await ctxOf("auditor"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(listAuditLog(await ctxOf("ppk"))).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      expect((await listAuditLog(await ctxOf("auditor"))).length).toBeGreaterThan(0);
    });

    it("lets the admin search people by NIP prefix or name, and nobody else", async () => {
      const admin = await ctxOf("admin");
      const byNip = await cariPegawai(admin, { q: "19950308" });
      expect(byNip.pegawai.map((p) => p.id)).toContain(idOf("pegawai"));
      const byName = await cariPegawai(admin, { q: "rahmaWATI" });
      expect(byName.pegawai.map((p) => p.id)).toContain(idOf("pegawai"));
      expect((await cariPegawai(admin, { q: "100%_" })).total).toBe(0);
      const all = await cariPegawai(admin, {});
      expect(all.total).toBe(roster.pegawai.length);
      expect(all.pegawai).toHaveLength(50);
      await expect(cariPegawai(await ctxOf("ppk"), { q: "a" })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
    });
  });

  describe("mutations", () => {
    it("opens a period with its checkpoints and an audit row, for the admin only", async () => {
      const before = await auditCount();
      await expect(buatPeriode(await ctxOf("pegawai"), { tahun: 2030, jenisCheckpoint: "BULANAN" })).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(buatPeriode(await ctxOf("admin"), { tahun: 1999, jenisCheckpoint: "BULANAN" })).rejects.toMatchObject({
        code: "INPUT_TIDAK_VALID",
        fieldErrors: { tahun: ["TAHUN_TIDAK_VALID"] },
      });
      await expect(buatPeriode(await ctxOf("admin"), { tahun: 2030, jenisCheckpoint: "MINGGUAN" })).rejects.toMatchObject({ code: "INPUT_TIDAK_VALID" });
      expect(await auditCount()).toBe(before);
      expect(await handle.db.select().from(periode).where(eq(periode.tahun, 2030))).toHaveLength(0);

      const admin = await ctxOf("admin");
      const { id } = await buatPeriode(admin, { tahun: 2030, jenisCheckpoint: "TRIWULANAN" });
      const [row] = await handle.db.select().from(periode).where(eq(periode.id, id));
      expect(row).toMatchObject({ tahun: 2030, mulai: "2030-01-01", selesai: "2030-12-31", batasPenetapanSkp: "2030-01-31", batasEvaluasiTahunan: "2031-01-10", status: "PERSIAPAN" });
      expect(await handle.db.select().from(checkpoint).where(eq(checkpoint.periodeId, id))).toHaveLength(4);
      const [audit] = await handle.db.select().from(auditLog).where(and(eq(auditLog.entitas, "periode"), eq(auditLog.entitasId, id)));
      expect(audit).toMatchObject({ aktorId: admin.actor.pegawaiId, aksi: "PERIODE_DIBUAT", sebelum: null });
      expect(audit?.sesudah).toMatchObject({ tahun: 2030, jenisCheckpoint: "TRIWULANAN" });

      await expect(buatPeriode(admin, { tahun: 2030, jenisCheckpoint: "BULANAN" })).rejects.toMatchObject({ code: "KONFLIK", fieldErrors: { tahun: ["PERIODE_SUDAH_ADA"] } });
      expect(await auditCount()).toBe(before + 1);
    });

    it("marks only one's own notification read; someone else's is 'not found' and stays unread", async () => {
      const [milikPpk] = await handle.db.select().from(notifikasi).where(eq(notifikasi.penerimaId, idOf("ppk"))).limit(1);
      const [milikPegawai] = await handle.db
        .select()
        .from(notifikasi)
        .where(and(eq(notifikasi.penerimaId, idOf("pegawai")), isNull(notifikasi.dibacaAt)))
        .limit(1);
      expect(milikPpk && milikPegawai).toBeTruthy();
      const before = await auditCount();

      await expect(tandaiNotifikasiDibaca(await ctxOf("pegawai"), milikPpk!.id)).rejects.toMatchObject({ code: "TIDAK_DITEMUKAN" });
      await expect(tandaiNotifikasiDibaca(await ctxOf("pegawai"), "bukan-uuid")).rejects.toMatchObject({ code: "INPUT_TIDAK_VALID" });
      const [unchanged] = await handle.db.select().from(notifikasi).where(eq(notifikasi.id, milikPpk!.id));
      expect(unchanged?.dibacaAt).toBeNull();
      expect(await auditCount()).toBe(before);

      await tandaiNotifikasiDibaca(await ctxOf("pegawai"), milikPegawai!.id);
      const [read] = await handle.db.select().from(notifikasi).where(eq(notifikasi.id, milikPegawai!.id));
      expect(read?.dibacaAt).toBeInstanceOf(Date);
      expect(await auditCount()).toBe(before + 1);
    });
  });

  it("has a demo persona for every role the dashboards serve", () => {
    expect(new Set(DEMO_PERSONAS.map((p) => p.peranUtama))).toEqual(new Set(["PEGAWAI", "PPK", "PIMPINAN", "ADMIN", "AUDITOR"]));
  });
});
