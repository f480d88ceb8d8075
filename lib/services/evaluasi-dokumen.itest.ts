/**
 * The evaluation documents against a freshly seeded Pemerintah Kota Helvetia (today 2026-11-20):
 * Siti Rahmawati's set October evaluation for her and her PPK, nothing for a peer or for a draft;
 * last year's final annual evaluations with and without the seeded (rejected) objection, the
 * organisation rating of the perangkat daerah, the credit points of a functional position, and the
 * PDF rendered from the real data.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster, type PersonaKey } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import { renderEvaluasiPdf } from "@/lib/documents/evaluasi-pdf";
import { adaKeberatan, catatanPredikat } from "@/lib/documents/evaluasi-teks";
import { formatNip } from "@/lib/domain/nip";
import { konteksPegawai } from "@/lib/testing/konteks";
import { ditolak } from "@/lib/testing/ditolak";
import { getDokumenEvaluasi } from "./evaluasi-dokumen";

const TODAY = "2026-11-20";
const roster = buildHelvetiaRoster();
const TIDAK_ADA = "00000000-0000-4000-8000-000000000000";

function pegawaiBernama(nama: string) {
  const found = roster.pegawai.filter((p) => p.nama === nama);
  if (found.length !== 1) throw new Error(`${found.length} pegawai named ${nama}`);
  return found[0]!;
}

const dir = mkdtempSync(join(tmpdir(), "evaluasi-dokumen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text (`pdftotext -layout`). */
async function teksPdf(doc: Parameters<typeof renderEvaluasiPdf>[0], nama: string): Promise<string> {
  const pdf = await renderEvaluasiPdf(doc);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const file = join(dir, `${nama}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

type Tahunan = { evaluasi_id: string; pegawai_id: string; ppk_id: string; atasan_id: string | null; jenis_jabatan: string };

describe.each(testDatabases())("evaluation documents on $name", (tdb) => {
  let h: DbHandle;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(h.db, query);
  const ctxOf = (pegawaiId: string) => konteksPegawai(h.db, pegawaiId, TODAY);
  const ctxPersona = (key: PersonaKey) => ctxOf(roster.persona[key]);

  const hendrik = pegawaiBernama("Hendrik Sondakh");
  /** The periodic evaluation of a pegawai's 2026 SKP for a checkpoint number. */
  const evaluasiPeriodik = async (pegawaiId: string, urutan: number) => {
    const [r] = await q<{ id: string; status: string }>(sql`select e.id, e.status from evaluasi e join skp s on s.id = e.skp_id
        join periode p on p.id = s.periode_id join checkpoint c on c.id = e.checkpoint_id
      where p.tahun = 2026 and s.pegawai_id = ${pegawaiId} and e.jenis = 'PERIODIK' and c.urutan = ${urutan}`);
    if (!r) throw new Error("no such evaluation");
    return r;
  };
  /** Last year's annual evaluations of active pegawai, with or without an objection. */
  const tahunan2025 = (denganKeberatan: boolean) =>
    q<Tahunan>(sql`select e.id as evaluasi_id, s.pegawai_id, e.penilai_id as ppk_id, s.atasan_ppk_pegawai_id as atasan_id, j.jenis as jenis_jabatan
      from evaluasi e join skp s on s.id = e.skp_id join periode p on p.id = s.periode_id join pegawai pg on pg.id = s.pegawai_id
      join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id
      where p.tahun = 2025 and e.jenis = 'TAHUNAN' and e.status = 'FINAL' and pg.aktif
        and ${denganKeberatan ? sql`exists` : sql`not exists`} (select 1 from keberatan k where k.evaluasi_id = e.id)
      order by (j.jenis = 'FUNGSIONAL') desc, e.id limit 5`);

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
  });
  afterAll(async () => {
    await h?.close();
  });

  describe("a set periodic evaluation (Siti Rahmawati, October)", () => {
    it("gives Siti the document: identity with pangkat/golongan, every RHK and value, feedback and predikat", async () => {
      const ev = await evaluasiPeriodik(roster.persona.pegawai, 10);
      expect(ev.status).toBe("DITETAPKAN");
      const doc = await getDokumenEvaluasi(await ctxPersona("pegawai"), ev.id);

      expect(doc).toMatchObject({ id: ev.id, jenis: "PERIODIK", status: "DITETAPKAN", periode: { tahun: 2026 }, checkpoint: { urutan: 10, mulai: "2026-10-01", selesai: "2026-10-31" } });
      expect(doc.pegawai).toMatchObject({ id: roster.persona.pegawai, nama: "Siti Rahmawati, S.Kom.", nip: "199503082019032007", pangkat: "Penata Muda", golongan: "III/a" });
      expect(doc.ppk).toMatchObject({ id: roster.persona.ppk, nama: "Yohanes Pattiasina, S.Kom., M.Kom.", nip: "198509142010011012", pangkat: "Penata Tingkat I", golongan: "III/d" });
      expect(doc.ppk!.jabatan).not.toBe("");
      expect(doc.atasanPpk?.nip).toMatch(/^\d{18}$/);
      expect(doc.keberatan).toBeNull();
      expect(doc.angkaKredit).toBeNull();
      expect(doc.predikat).not.toBeNull();
      expect(doc.ratingHasil).not.toBeNull();
      expect(doc.ratingPerilaku).not.toBeNull();
      expect(doc.catatan).toBe(`Evaluasi periodik ${doc.checkpoint!.nama}.`);

      // every RHK of the SKP with its IKI, the feedback kept with the evaluation and what was achieved
      const [{ n }] = (await q<{ n: number }>(sql`select count(*)::int as n from rhk r join evaluasi e on e.skp_id = r.skp_id where e.id = ${ev.id}`)) as [{ n: number }];
      expect(doc.rhk).toHaveLength(n);
      for (const r of doc.rhk) {
        expect(r.umpanBalik).toBe("Pertahankan.");
        // the seed's summary is prose, not "indikator: nilai": printed whole with the RHK
        expect(r.ringkasan).toMatch(/^Realisasi .* sesuai rencana aksi /);
        expect(r.iki.length).toBeGreaterThan(0);
        for (const i of r.iki) {
          expect(i.target).not.toBe("");
          expect(i.realisasi).not.toBe("");
        }
      }
      expect(doc.rhk.some((r) => r.iki.some((i) => /\(\d+%\)$/.test(i.realisasi)))).toBe(true);
      expect(doc.perilaku).toHaveLength(7);
      expect(doc.perilaku.filter((p) => p.umpanBalik !== null).map((p) => p.nilai).sort()).toEqual(["BERORIENTASI_PELAYANAN", "KOLABORATIF"]);

      const teks = await teksPdf(doc, "siti-oktober");
      expect(teks).toContain("EVALUASI KINERJA PEGAWAI");
      expect(teks).toContain("Siti Rahmawati, S.Kom.");
      expect(teks).toContain(formatNip("199503082019032007"));
      expect(teks).toContain("Penata Muda (III/a)");
      expect(teks).toContain("RATING HASIL KERJA");
      expect(teks).not.toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
    });

    it("gives her PPK the same document", async () => {
      const ev = await evaluasiPeriodik(roster.persona.pegawai, 10);
      const untukSiti = await getDokumenEvaluasi(await ctxPersona("pegawai"), ev.id);
      expect(await getDokumenEvaluasi(await ctxPersona("ppk"), ev.id)).toEqual(untukSiti);
    });

    it("is not found for a peer (Hendrik Sondakh), for an unknown id and for a malformed one", async () => {
      const ev = await evaluasiPeriodik(roster.persona.pegawai, 10);
      const ctx = await ctxOf(hendrik.id);
      await ditolak(getDokumenEvaluasi(ctx, ev.id), "TIDAK_DITEMUKAN");
      await ditolak(getDokumenEvaluasi(ctx, TIDAK_ADA), "TIDAK_DITEMUKAN");
      await ditolak(getDokumenEvaluasi(ctx, "bukan-uuid"), "TIDAK_DITEMUKAN");
      await ditolak(getDokumenEvaluasi(ctx, 42), "TIDAK_DITEMUKAN");
    });
  });

  describe("a draft (Hendrik's October evaluation)", () => {
    it("is not found for anyone, the PPK who is writing it included", async () => {
      const ev = await evaluasiPeriodik(hendrik.id, 10);
      expect(ev.status).toBe("DRAFT");
      for (const ctx of [await ctxPersona("ppk"), await ctxOf(hendrik.id), await ctxPersona("pegawai")]) await ditolak(getDokumenEvaluasi(ctx, ev.id), "TIDAK_DITEMUKAN");
      // his September evaluation is set: that one he may have
      const september = await evaluasiPeriodik(hendrik.id, 9);
      expect(september.status).toBe("DITETAPKAN");
      expect((await getDokumenEvaluasi(await ctxOf(hendrik.id), september.id)).pegawai.id).toBe(hendrik.id);
    });
  });

  describe("last year's annual evaluations", () => {
    it("with the seeded objection (rejected): the Atasan PPK who decided signs; the predikat stays, the decision is noted", async () => {
      const [t] = await tahunan2025(true);
      expect(t).toBeDefined();
      const [kb] = await q<{ status: string; atasan_ppk_id: string; predikat_sebelum: string }>(sql`select status, atasan_ppk_id, predikat_sebelum from keberatan where evaluasi_id = ${t!.evaluasi_id}`);
      expect(kb!.status).toBe("DITOLAK");
      const doc = await getDokumenEvaluasi(await ctxOf(t!.pegawai_id), t!.evaluasi_id);
      expect(doc).toMatchObject({ jenis: "TAHUNAN", status: "FINAL", checkpoint: null, periode: { tahun: 2025 }, predikat: "BUTUH_PERBAIKAN" });
      expect(doc.keberatan).toMatchObject({ status: "DITOLAK", predikatSebelum: "BUTUH_PERBAIKAN", predikatBaru: null });
      expect(doc.keberatan!.keputusan).toMatch(/^Keberatan ditolak/);
      expect(doc.atasanPpk?.id).toBe(kb!.atasan_ppk_id);
      expect(doc.atasanPpk!.golongan).not.toBe("");
      expect(adaKeberatan(doc)).toBe(true);
      expect(catatanPredikat(doc)).toMatch(/^Keberatan pegawai ditolak oleh Atasan Pejabat Penilai Kinerja pada \d+ \w+ 2026; predikat kinerja tetap Butuh Perbaikan\./);
      // the perangkat daerah's rating for 2025, from the unit above the pegawai's
      expect(doc.organisasi).not.toBeNull();
      expect(doc.organisasi!.capaian).toMatch(/Tahun 2025/);

      const teks = await teksPdf(doc, "tahunan-keberatan");
      expect(teks).toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
      expect(teks).toContain("ATASAN PEJABAT PENILAI KINERJA");
      expect(teks).toContain("Atasan Pejabat Penilai Kinerja");
      expect(teks).toContain(`NIP. ${formatNip(doc.atasanPpk!.nip)}`);
      expect(teks).toContain("BUTUH PERBAIKAN");

      // the Atasan PPK and the PPK may have it too
      expect((await getDokumenEvaluasi(await ctxOf(kb!.atasan_ppk_id), t!.evaluasi_id)).id).toBe(t!.evaluasi_id);
      expect((await getDokumenEvaluasi(await ctxOf(t!.ppk_id), t!.evaluasi_id)).id).toBe(t!.evaluasi_id);
    });

    it("after an objection that changed the predikat: the final predikat, and how it came to be", async () => {
      const [t] = await tahunan2025(true);
      const [asal] = await q<{ rating_hasil: string; rating_perilaku: string; alasan_rating_hasil: string | null }>(
        sql`select rating_hasil, rating_perilaku, alasan_rating_hasil from evaluasi where id = ${t!.evaluasi_id}`,
      );
      // as putuskanKeberatan writes it: the ratings, the predikat and (differing from the suggestion) the reason
      await h.db.transaction(async (tx) => {
        await tx.execute(sql`update keberatan set status = 'DIKABULKAN', predikat_baru = 'BAIK', rating_hasil_baru = 'SESUAI', rating_perilaku_baru = 'SESUAI',
          keputusan = 'Bukti dukung triwulan IV sah.' where evaluasi_id = ${t!.evaluasi_id}`);
        await tx.execute(sql`update evaluasi set predikat = 'BAIK', rating_hasil = 'SESUAI', rating_perilaku = 'SESUAI',
          alasan_rating_hasil = case when rating_hasil_saran is distinct from 'SESUAI' then 'Bukti dukung triwulan IV sah.' end where id = ${t!.evaluasi_id}`);
      });
      try {
        const doc = await getDokumenEvaluasi(await ctxOf(t!.pegawai_id), t!.evaluasi_id);
        expect(doc.predikat).toBe("BAIK");
        expect(catatanPredikat(doc)).toMatch(/^Predikat kinerja diubah dari Butuh Perbaikan menjadi Baik berdasarkan keputusan Atasan Pejabat Penilai Kinerja .* Keputusan: Bukti dukung triwulan IV sah\.$/);
        const teks = (await teksPdf(doc, "tahunan-dikabulkan")).replace(/\s+/g, " ");
        expect(teks).toContain("PREDIKAT KINERJA PEGAWAI BAIK");
        expect(teks).toContain("Predikat kinerja diubah dari Butuh Perbaikan menjadi Baik");
      } finally {
        await h.db.transaction(async (tx) => {
          await tx.execute(sql`update keberatan set status = 'DITOLAK', predikat_baru = null, rating_hasil_baru = null, rating_perilaku_baru = null,
            keputusan = 'Keberatan ditolak. Predikat kinerja tetap Butuh Perbaikan; pegawai diberi rencana pengembangan.' where evaluasi_id = ${t!.evaluasi_id}`);
          await tx.execute(sql`update evaluasi set predikat = 'BUTUH_PERBAIKAN', rating_hasil = ${asal!.rating_hasil}, rating_perilaku = ${asal!.rating_perilaku},
            alasan_rating_hasil = ${asal!.alasan_rating_hasil} where id = ${t!.evaluasi_id}`);
        });
      }
    });

    it("without an objection: the Atasan PPK is named but does not sign; a functional position's credit points", async () => {
      const [t] = await tahunan2025(false);
      expect(t!.jenis_jabatan).toBe("FUNGSIONAL");
      const doc = await getDokumenEvaluasi(await ctxOf(t!.pegawai_id), t!.evaluasi_id);
      expect(doc.keberatan).toBeNull();
      expect(adaKeberatan(doc)).toBe(false);
      expect(catatanPredikat(doc)).toBeNull();
      const [ak] = await q<{ nilai: string; bulan: number }>(sql`select nilai::text as nilai, bulan from angka_kredit where evaluasi_id = ${t!.evaluasi_id}`);
      expect(doc.angkaKredit).toMatchObject({ final: true, nilai: Number(ak!.nilai), bulan: Number(ak!.bulan) });

      const teks = await teksPdf(doc, "tahunan-tanpa-keberatan");
      expect(teks).toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
      expect(teks).toContain("ATASAN PEJABAT PENILAI KINERJA");
      expect(teks).not.toContain("Atasan Pejabat Penilai Kinerja");
      expect(teks).toContain("ANGKA KREDIT");
      expect(teks).toContain(Number(ak!.nilai).toLocaleString("id-ID", { minimumFractionDigits: 2 }));
    });
  });
});
