/**
 * Career development against a freshly seeded Pemerintah Kota Helvetia (today 2026-11-20; 2025's annual
 * evaluations are FINAL): the PPK proposes from the latest annual predikat with the evidence collected,
 * a leader above decides, the pegawai completes the training and its hours count toward the yearly
 * target; the catalogue is the admin's. Every refused call must leave the database as it was.
 */
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster, helvetiaId } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak, ditolakTanpaPerubahan } from "@/lib/testing/ditolak";
import type { ServiceContext } from "./context";
import type { ServiceError } from "./errors";
import { faktaPegawai } from "./hierarki";
import {
  catatPelatihan,
  daftarDiklat,
  getBerandaPengembangan,
  getFormUsulan,
  getPengembanganPegawai,
  getPetaTalenta,
  getTargetJam,
  getUsulan,
  putuskanUsulan,
  simpanDiklat,
  simpanTargetJam,
  usulkanPengembangan,
} from "./pengembangan";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
/** Sangat Baik in 2025, a subordinate of the ppk persona (Yohanes); the e2e spec uses another one (Lilis). */
const HENDRIK = helvetiaId("pegawai", "199810222023031374");
const IKHSAN = helvetiaId("pegawai", "198610272008011439");

describe.each(testDatabases())("pengembangan karier on $name", (tdb) => {
  let h: DbHandle;
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const ctxOf = (pegawaiId: string) => konteksPegawai(db(), pegawaiId, TODAY);

  let admin: ServiceContext;
  let kepalaDinas: ServiceContext;
  let ppk: ServiceContext;
  let pegawai: ServiceContext;
  let hendrik: ServiceContext;
  let kabid: ServiceContext;
  let kadisLain: ServiceContext;
  let diklat: Record<string, string>;

  const keadaan = async () =>
    (
      await q(sql`select
        (select md5(coalesce(string_agg(concat_ws('|', id, status, diputus_oleh, alasan_keputusan, updated_at), ',' order by id), '')) from usulan_pengembangan) as usulan_h,
        (select count(*)::int from usulan_diklat) as usulan_diklat,
        (select md5(coalesce(string_agg(concat_ws('|', id, jam, tanggal_selesai), ',' order by id), '')) from riwayat_pelatihan) as pelatihan_h,
        (select md5(coalesce(string_agg(concat_ws('|', id, kode, nama, jenis, jam, aktif), ',' order by id), '')) from diklat) as diklat_h,
        (select count(*)::int from notifikasi) as notifikasi,
        (select md5(coalesce(string_agg(concat_ws('|', id, aturan::text, updated_at), ',' order by id), '')) from regulasi) as regulasi_h,
        (select count(*)::int from audit_log) as audit`)
    )[0];
  const tanpaPerubahan = (call: () => Promise<unknown>, code: ServiceError["code"], fieldErrors?: Record<string, unknown>) =>
    ditolakTanpaPerubahan(keadaan, call, code, fieldErrors);

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    [admin, kepalaDinas, ppk, pegawai, hendrik] = await Promise.all([
      ctxOf(roster.persona.admin), ctxOf(roster.persona["kepala-dinas"]), ctxOf(roster.persona.ppk), ctxOf(roster.persona.pegawai), ctxOf(HENDRIK),
    ]);
    const fakta = await faktaPegawai(db(), HENDRIK, TODAY);
    expect(fakta!.ppkPegawaiId).toBe(roster.persona.ppk);
    kabid = await ctxOf(fakta!.atasanPpkPegawaiId!);
    const dinas = kepalaDinas.actor.unitDipimpin[0]!;
    const [lain] = await q<{ pegawai_id: string }>(
      sql`select p.pegawai_id from unit_kerja u join jabatan j on j.unit_id = u.id and j.kepala_unit join penugasan p on p.jabatan_id = j.id
           where u.level = 1 and u.id <> ${dinas.id} and p.jenis = 'DEFINITIF' and p.selesai is null order by u.kode limit 1`,
    );
    kadisLain = await ctxOf(lain!.pegawai_id);
    diklat = Object.fromEntries((await q<{ kode: string; id: string }>(sql`select kode, id from diklat`)).map((d) => [d.kode, d.id]));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows the PPK the basis, the suggested kinds and the evidence for a Sangat Baik subordinate", async () => {
    const form = await getFormUsulan(ppk, HENDRIK);
    expect(form.basis).toEqual({ tahun: 2025, predikat: "SANGAT_BAIK", status: "FINAL" });
    expect(form.saran.map((s) => s.usulan)).toEqual(["PROGRAM_KEPEMIMPINAN", "DIKLAT"]);
    expect(form.bukti).toContain("Predikat kinerja tahunan 2025: Sangat Baik");
    expect(form.katalog.some((d) => d.kode === "PKA" && d.jenis === "KEPEMIMPINAN")).toBe(true);
  });

  it("runs the full path: propose a leadership programme, the Kepala Dinas approves, the pegawai completes it and the hours count", async () => {
    const { id } = await usulkanPengembangan(ppk, {
      pegawaiId: HENDRIK, jenis: "PROGRAM_KEPEMIMPINAN", diklatId: diklat.PKP, alasan: "Siap memimpin tim pengembang aplikasi.",
    });
    const [row] = await q<{ status: string; periode_tahun: number; evaluasi_predikat: string; bukti: string; bukti_rinci: unknown; diusulkan_oleh: string }>(
      sql`select u.status, p.tahun as periode_tahun, e.predikat as evaluasi_predikat, u.bukti, u.bukti_rinci, u.diusulkan_oleh
            from usulan_pengembangan u join periode p on p.id = u.periode_id join evaluasi e on e.id = u.evaluasi_id where u.id = ${id}`,
    );
    expect(row).toMatchObject({ status: "DIUSULKAN", periode_tahun: 2025, evaluasi_predikat: "SANGAT_BAIK", diusulkan_oleh: ppk.actor.pegawaiId });
    expect(row!.bukti).toMatch(/^Predikat kinerja tahunan 2025: Sangat Baik \(hasil kerja Di Atas Ekspektasi, perilaku kerja Di Atas Ekspektasi\)\./);
    const rinci = (typeof row!.bukti_rinci === "string" ? JSON.parse(row!.bukti_rinci) : row!.bukti_rinci) as { predikat: string; riwayat: unknown[] };
    expect(rinci.predikat).toBe("SANGAT_BAIK");
    expect(rinci.riwayat).toHaveLength(1);
    // the pegawai and the leaders above the proposer hear of it; the proposer does not
    const notif = await q<{ penerima_id: string }>(sql`select penerima_id from notifikasi where tautan = ${`/pengembangan/usulan/${id}`}`);
    const penerima = notif.map((n) => n.penerima_id);
    expect(penerima).toEqual(expect.arrayContaining([HENDRIK, kabid.actor.pegawaiId, kepalaDinas.actor.pegawaiId]));
    expect(penerima).not.toContain(ppk.actor.pegawaiId);

    // waiting for the Kepala Dinas (and the Kabid), not for the proposer who heads the seksi
    expect((await getBerandaPengembangan(kepalaDinas)).menunggu.map((u) => u.id)).toContain(id);
    expect((await getBerandaPengembangan(kabid)).menunggu.map((u) => u.id)).toContain(id);
    expect((await getBerandaPengembangan(ppk)).menunggu.map((u) => u.id)).not.toContain(id);
    expect((await getBerandaPengembangan(ppk)).diajukan.map((u) => u.id)).toContain(id);
    expect((await getUsulan(ppk, id)).bolehPutuskan).toBe(false);
    expect((await getUsulan(kepalaDinas, id)).bolehPutuskan).toBe(true);

    // refusals change nothing
    await tanpaPerubahan(() => putuskanUsulan(ppk, { usulanId: id, setuju: true }), "DITOLAK", { _: ["BUKAN_PEMUTUS"] });
    await tanpaPerubahan(() => putuskanUsulan(kadisLain, { usulanId: id, setuju: true }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => putuskanUsulan(hendrik, { usulanId: id, setuju: true }), "DITOLAK", { _: ["BUKAN_PEMUTUS"] });
    await tanpaPerubahan(() => putuskanUsulan(pegawai, { usulanId: id, setuju: true }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => putuskanUsulan(kepalaDinas, { usulanId: id, setuju: false }), "INPUT_TIDAK_VALID", { alasan: ["ALASAN_TOLAK_WAJIB"] });
    await tanpaPerubahan(() => catatPelatihan(hendrik, { usulanId: id, jam: 10, tanggalSelesai: "2026-11-01" }), "DITOLAK", { usulanId: ["USULAN_BELUM_DISETUJUI"] });

    await putuskanUsulan(kepalaDinas, { usulanId: id, setuju: true, alasan: "Disetujui untuk angkatan 2027." });
    const detail = await getUsulan(hendrik, id);
    expect(detail).toMatchObject({ status: "DISETUJUI", diputusOlehNama: kepalaDinas.actor.nama, alasanKeputusan: "Disetujui untuk angkatan 2027.", diklatNama: "Pelatihan Kepemimpinan Pengawas", bolehCatat: true });
    expect((await q(sql`select 1 from notifikasi where penerima_id = ${HENDRIK} and judul like '%disetujui%'`)).length).toBe(1);
    // deciding twice
    await tanpaPerubahan(() => putuskanUsulan(kabid, { usulanId: id, setuju: false, alasan: "Belum waktunya." }), "DITOLAK", { _: ["USULAN_SUDAH_DIPUTUS"] });
    // another pegawai does not see it
    await ditolak(getUsulan(pegawai, id), "TIDAK_DITEMUKAN");
    await ditolak(getUsulan(kadisLain, id), "TIDAK_DITEMUKAN");

    // the pegawai completes it: the proposal is done and the hours count this year
    const sebelum = await getPengembanganPegawai(hendrik);
    expect(sebelum.jam.target).toBe(20);
    const { usulanSelesai } = await catatPelatihan(hendrik, { usulanId: id, jam: "12,5", tanggalSelesai: "2026-11-10" });
    expect(usulanSelesai).toBe(true);
    const sesudah = await getPengembanganPegawai(hendrik);
    expect(sesudah.jam.total).toBeCloseTo(sebelum.jam.total + 12.5, 5);
    expect(sesudah.usulan.find((u) => u.id === id)?.status).toBe("SELESAI");
    expect(sesudah.pelatihan[0]).toMatchObject({ nama: "Pelatihan Kepemimpinan Pengawas", jam: 12.5, tanggalSelesai: "2026-11-10", usulanId: id });
  });

  it("refuses, changing nothing: someone not one's subordinate, oneself, a kind the predikat does not call for, an unfitting item, a second open proposal", async () => {
    const kasiLain = helvetiaId("pegawai", "198509142010011012") === ppk.actor.pegawaiId; // sanity: the persona
    expect(kasiLain).toBe(true);
    // a pegawai of another team (the kepala dinas's driver is not Yohanes's subordinate): not found
    const [bukan] = await q<{ id: string }>(
      sql`select pg.id from pegawai pg where pg.instansi_id = ${ppk.actor.instansiId} and pg.id not in (${HENDRIK}, ${IKHSAN}, ${roster.persona.pegawai}) and pg.id <> ${ppk.actor.pegawaiId} order by pg.nip limit 1`,
    );
    expect((await faktaPegawai(db(), bukan!.id, TODAY))?.ppkPegawaiId).not.toBe(ppk.actor.pegawaiId);
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: bukan!.id, jenis: "DIKLAT", diklatId: diklat.MANKIN, alasan: "x" }), "TIDAK_DITEMUKAN");
    await ditolak(getFormUsulan(ppk, bukan!.id), "TIDAK_DITEMUKAN");
    // the pegawai for themselves
    await tanpaPerubahan(() => usulkanPengembangan(hendrik, { pegawaiId: HENDRIK, jenis: "DIKLAT", diklatId: diklat.MANKIN, alasan: "Saya ingin." }), "TIDAK_DITEMUKAN");
    // the Kepala Dinas is not the PPK
    await tanpaPerubahan(() => usulkanPengembangan(kepalaDinas, { pegawaiId: IKHSAN, jenis: "DIKLAT", diklatId: diklat.MANKIN, alasan: "x" }), "TIDAK_DITEMUKAN");
    // Siti is Baik: no leadership programme, no plan
    await tanpaPerubahan(
      () => usulkanPengembangan(ppk, { pegawaiId: roster.persona.pegawai, jenis: "PROGRAM_KEPEMIMPINAN", diklatId: diklat.PKP, alasan: "x" }),
      "DITOLAK", { jenis: ["JENIS_TIDAK_SESUAI_PREDIKAT"] },
    );
    await tanpaPerubahan(
      () => usulkanPengembangan(ppk, { pegawaiId: roster.persona.pegawai, jenis: "RENCANA_PENGEMBANGAN", diklatIds: [diklat.MANKIN], alasan: "x" }),
      "DITOLAK", { jenis: ["JENIS_TIDAK_SESUAI_PREDIKAT"] },
    );
    // a programme needs a leadership item; a training needs a non-leadership one
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "PROGRAM_KEPEMIMPINAN", diklatId: diklat.MANKIN, alasan: "x" }), "INPUT_TIDAK_VALID", { diklatId: ["DIKLAT_TIDAK_SESUAI"] });
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "DIKLAT", diklatId: diklat.PKA, alasan: "x" }), "INPUT_TIDAK_VALID", { diklatId: ["DIKLAT_TIDAK_SESUAI"] });
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "DIKLAT", alasan: "x" }), "INPUT_TIDAK_VALID", { diklatId: ["DIKLAT_WAJIB"] });
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "DIKLAT", diklatId: diklat.KAMI, alasan: "" }), "INPUT_TIDAK_VALID", { alasan: ["WAJIB_DIISI"] });
    // one open proposal per kind and period
    await usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "DIKLAT", diklatId: diklat.KAMI, alasan: "Penguatan keamanan aplikasi." });
    await tanpaPerubahan(() => usulkanPengembangan(ppk, { pegawaiId: IKHSAN, jenis: "DIKLAT", diklatId: diklat.SPBJ, alasan: "x" }), "DITOLAK", { jenis: ["USULAN_SUDAH_ADA"] });
  });

  it("a weak result leads to a development plan with agreed trainings and a review date; declined with a reason", async () => {
    const [lemah] = await q<{ pegawai_id: string }>(
      sql`select s.pegawai_id from evaluasi e join skp s on s.id = e.skp_id join pegawai pg on pg.id = s.pegawai_id
           where e.jenis = 'TAHUNAN' and e.status = 'FINAL' and e.predikat = 'KURANG' and pg.aktif
             and not exists (select 1 from usulan_pengembangan u where u.pegawai_id = s.pegawai_id) order by pg.nip limit 1`,
    );
    const fakta = await faktaPegawai(db(), lemah!.pegawai_id, TODAY);
    const ppkLemah = await ctxOf(fakta!.ppkPegawaiId!);
    const form = await getFormUsulan(ppkLemah, lemah!.pegawai_id);
    expect(form.saran).toEqual([{ usulan: "RENCANA_PENGEMBANGAN", tinjauBulan: 6 }]);
    expect(form.tinjauBawaan).toBe("2027-05-20");
    await tanpaPerubahan(() => usulkanPengembangan(ppkLemah, { pegawaiId: lemah!.pegawai_id, jenis: "RENCANA_PENGEMBANGAN", diklatIds: [], alasan: "x" }), "INPUT_TIDAK_VALID", { diklatIds: ["RENCANA_TANPA_DIKLAT"] });
    await tanpaPerubahan(
      () => usulkanPengembangan(ppkLemah, { pegawaiId: lemah!.pegawai_id, jenis: "RENCANA_PENGEMBANGAN", diklatIds: [diklat.MANKIN], alasan: "x", tanggalTinjau: "2026-11-20" }),
      "INPUT_TIDAK_VALID", { tanggalTinjau: ["TINJAU_HARUS_MENDATANG"] },
    );
    const { id } = await usulkanPengembangan(ppkLemah, { pegawaiId: lemah!.pegawai_id, jenis: "RENCANA_PENGEMBANGAN", diklatIds: [diklat.MANKIN, diklat.SAKIP], alasan: "Pendampingan capaian IKI." });
    const detail = await getUsulan(ppkLemah, id);
    expect(detail).toMatchObject({ jenis: "RENCANA_PENGEMBANGAN", tanggalTinjau: "2027-05-20", diklatId: null });
    expect(detail.diklatTambahan.map((d) => d.nama).sort()).toEqual(["Pelatihan Penyusunan Laporan Kinerja Instansi Pemerintah", "Pelatihan Teknis Manajemen Kinerja ASN"]);
    const [pemimpin] = await q<{ pegawai_id: string }>(
      sql`select p.pegawai_id from unit_kerja u join jabatan j on j.unit_id = u.id and j.kepala_unit join penugasan p on p.jabatan_id = j.id
           where ${fakta!.unitPaths[0]!} like u.path || '%' and u.level = 1 and p.selesai is null limit 1`,
    );
    const kadis = await ctxOf(pemimpin!.pegawai_id);
    await putuskanUsulan(kadis, { usulanId: id, setuju: false, alasan: "Gabungkan dengan rencana bidang." });
    expect((await getUsulan(ppkLemah, id))).toMatchObject({ status: "DITOLAK", alasanKeputusan: "Gabungkan dengan rencana bidang." });
  });

  it("counts a year's hours against the target; only oneself or the admin records them", async () => {
    const awal = await getPengembanganPegawai(pegawai);
    // seeded: 8 hours in March 2026 count; 24 hours in October 2025 do not
    expect(awal.jam).toEqual({ total: 8, target: 20, persen: 40, sisa: 12, tercapai: false });
    expect(awal.pelatihan.map((p) => [p.tanggalSelesai, p.jam])).toEqual([["2026-03-12", 8], ["2025-10-24", 24]]);
    await catatPelatihan(pegawai, { diklatId: diklat.ARSIP, jam: 8, tanggalSelesai: "2026-03-02" });
    await catatPelatihan(admin, { pegawaiId: roster.persona.pegawai, nama: "Webinar Literasi Digital", jam: 2.5, tanggalSelesai: "2026-06-15" });
    await catatPelatihan(pegawai, { nama: "Kursus tahun lalu", jam: 30, tanggalSelesai: "2025-12-31" });
    const akhir = await getPengembanganPegawai(pegawai);
    expect(akhir.jam.total).toBeCloseTo(awal.jam.total + 10.5, 5);
    expect(akhir.jam.target).toBe(20);
    expect(akhir.pelatihan.some((p) => p.nama === "Kursus tahun lalu")).toBe(true);
    await tanpaPerubahan(() => catatPelatihan(ppk, { pegawaiId: roster.persona.pegawai, nama: "x", jam: 1, tanggalSelesai: "2026-01-02" }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => catatPelatihan(pegawai, { nama: "x", jam: 0, tanggalSelesai: "2026-01-02" }), "INPUT_TIDAK_VALID", { jam: ["JAM_POSITIF"] });
    await tanpaPerubahan(() => catatPelatihan(pegawai, { nama: "x", jam: 1, tanggalSelesai: "2026-12-01" }), "INPUT_TIDAK_VALID", { tanggalSelesai: ["TANGGAL_MENDATANG"] });
    await ditolak(getPengembanganPegawai(pegawai, HENDRIK), "TIDAK_DITEMUKAN");
  });

  it("the catalogue is the admin's; codes are unique", async () => {
    const { id } = await simpanDiklat(admin, { kode: "pkp-2", nama: "PKP Angkatan II", jenis: "KEPEMIMPINAN", penyelenggara: "BPSDM", jam: "60", aktif: true });
    expect((await daftarDiklat(ppk)).find((d) => d.id === id)).toMatchObject({ kode: "PKP-2", jam: 60, jenis: "KEPEMIMPINAN" });
    await simpanDiklat(admin, { id, kode: "PKP-2", nama: "PKP Angkatan II", jenis: "KEPEMIMPINAN", penyelenggara: "", jam: 60, aktif: false });
    expect((await daftarDiklat(ppk)).some((d) => d.id === id)).toBe(false);
    expect((await daftarDiklat(admin)).find((d) => d.id === id)).toMatchObject({ aktif: false, penyelenggara: null });
    await tanpaPerubahan(() => simpanDiklat(admin, { kode: "PKA", nama: "Ganda", jenis: "KEPEMIMPINAN", jam: 1 }), "INPUT_TIDAK_VALID", { kode: ["KODE_SUDAH_ADA"] });
    await tanpaPerubahan(() => simpanDiklat(ppk, { kode: "BARU", nama: "Baru", jenis: "SERTIFIKASI", jam: 1 }), "TIDAK_DITEMUKAN");
  });

  it("the yearly target is configurable by the admin (validated, audited); others cannot change it", async () => {
    expect(await getTargetJam(admin)).toBe(20);
    await tanpaPerubahan(() => simpanTargetJam(ppk, { targetJamPelatihan: 30 }), "TIDAK_DITEMUKAN");
    await tanpaPerubahan(() => simpanTargetJam(admin, { targetJamPelatihan: -1 }), "INPUT_TIDAK_VALID", { targetJamPelatihan: ["ANGKA_NEGATIF"] });
    await tanpaPerubahan(() => simpanTargetJam(admin, { targetJamPelatihan: "2,5" }), "INPUT_TIDAK_VALID", { targetJamPelatihan: ["JAM_BULAT"] });
    await simpanTargetJam(admin, { targetJamPelatihan: "32" });
    expect(await getTargetJam(admin)).toBe(32);
    const siti = await getPengembanganPegawai(pegawai);
    expect(siti.jam).toMatchObject({ target: 32, sisa: 32 - siti.jam.total });
    const [audit] = await q<{ sesudah: unknown }>(sql`select sesudah from audit_log where aksi = 'TARGET_JAM_PELATIHAN_DIUBAH'`);
    expect(typeof audit!.sesudah === "string" ? JSON.parse(audit!.sesudah) : audit!.sesudah).toEqual({ targetJamPelatihan: 32 });
    await simpanTargetJam(admin, { targetJamPelatihan: 20 });
  });

  it("places the leader's subtree in the talent grid with their proposals", async () => {
    const peta = await getPetaTalenta(kepalaDinas);
    expect(peta.unit.id).toBe(kepalaDinas.actor.unitDipimpin[0]!.id);
    const total = Object.values(peta.jumlah).flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0);
    expect(total).toBe(peta.pegawai.length);
    const h = peta.pegawai.find((p) => p.pegawaiId === IKHSAN);
    expect(h).toMatchObject({ baris: "TINGGI", kolom: "STABIL", riwayat: [{ tahun: 2025, predikat: "SANGAT_BAIK" }] });
    expect(h!.usulan.map((u) => u.jenis)).toContain("DIKLAT");
    const [n] = await q<{ n: number }>(
      sql`select count(distinct s.pegawai_id)::int as n from evaluasi e join skp s on s.id = e.skp_id join penugasan pn on pn.pegawai_id = s.pegawai_id and pn.selesai is null
            join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
           where e.jenis = 'TAHUNAN' and e.predikat = 'SANGAT_BAIK' and u.path like ${`${kepalaDinas.actor.unitDipimpin[0]!.path}%`} and s.pegawai_id <> ${kepalaDinas.actor.pegawaiId}`,
    );
    expect(peta.jumlah.TINGGI.STABIL).toBe(n!.n);
    await ditolak(getPetaTalenta(pegawai), "TIDAK_DITEMUKAN");
    await ditolak(getPetaTalenta(kadisLain, { unitId: kepalaDinas.actor.unitDipimpin[0]!.id }), "TIDAK_DITEMUKAN");
  });
});
