/**
 * One evaluation as the printed documents (lib/documents/evaluasi-teks.ts EvaluasiDokumen): the
 * "Evaluasi kinerja pegawai" of a checkpoint or the year and, for the year, the "Dokumen evaluasi
 * kinerja pegawai". Whoever may see the SKP may have it, but only once the evaluation is set: a draft
 * is the PPK's working copy (previewed on the evaluation page only), not found for everyone here.
 *
 * Reads the evaluation page's data (getHalamanEvaluasi: visibility, realisations, evidence, ratings,
 * objection, credit points) and adds the signatories' pangkat/golongan and NIP, the SKP's structure
 * (RHK atasan, aspek, expectations), the realisation summaries kept when the evaluation was set, the
 * organisation rating and the development proposals.
 */
import { sql } from "drizzle-orm";
import { queryRows, uuidList, type DbOrTx } from "@/db/client";
import type { EvaluasiDokumen, IkiEvaluasiDokumen, RhkEvaluasiDokumen } from "@/lib/documents/evaluasi-teks";
import { pangkatOf, type NilaiBerakhlak, type Predikat, type PredikatOrganisasi } from "@/lib/domain/constants";
import { formatNilai, formatTarget, type OrangSkp } from "@/lib/domain/skp";
import type { StatusEvaluasi, StatusKeberatan } from "@/lib/domain/workflow";
import type { ServiceContext } from "./context";
import { forbidden } from "./errors";
import { getHalamanEvaluasi } from "./evaluasi";
import type { IkiRealisasi } from "./realisasi";
import { iso, muatDokumenSkp } from "./skp-dokumen";
import { isUuid } from "./skp";

type EvaluasiDasar = {
  skp_id: string;
  status: StatusEvaluasi;
  jenis: "PERIODIK" | "TAHUNAN";
  cp_urutan: number | null;
  penilai_id: string;
  /** The day it was set, in WIB (today when not set). */
  tanggal: string;
  periode_id: string;
  unit_path: string;
  atasan_ppk_pegawai_id: string | null;
  kb_status: StatusKeberatan | null;
  kb_alasan: string | null;
  kb_predikat_sebelum: Predikat | null;
  kb_predikat_baru: Predikat | null;
  kb_keputusan: string | null;
  kb_created_at: unknown;
  kb_diputus_at: unknown;
  kb_atasan_id: string | null;
};

const awalan = (jenis: string | null) => (jenis === "PLT" ? "Plt. " : jenis === "PLH" ? "Plh. " : "");
const namaLengkap = (nama: string, depan: string | null, belakang: string | null) => `${depan ? `${depan} ` : ""}${nama}${belakang ? `, ${belakang}` : ""}`;

/** Signatory blocks of these pegawai with the assignment they held on `tanggal` (a definitive one first; the latest before it otherwise). */
async function muatOrang(db: DbOrTx, ids: readonly string[], tanggal: string): Promise<Map<string, OrangSkp>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; golongan: string; jabatan: string | null; jenis: string | null; unit: string | null }>(
    db,
    sql`select pg.id, pg.nama, pg.gelar_depan, pg.gelar_belakang, pg.nip, pg.golongan, x.jabatan, x.jenis, x.unit
          from pegawai pg
          left join lateral (
            select j.nama as jabatan, pn.jenis, u.nama as unit
              from penugasan pn join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
             where pn.pegawai_id = pg.id
             order by (pn.mulai <= ${tanggal}::date and (pn.selesai is null or pn.selesai >= ${tanggal}::date)) desc,
                      (pn.mulai <= ${tanggal}::date) desc, (pn.jenis = 'DEFINITIF') desc, pn.mulai desc
             limit 1) x on true
         where pg.id in (${uuidList(ids)})`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, nama: namaLengkap(r.nama, r.gelar_depan, r.gelar_belakang), nip: r.nip, pangkat: pangkatOf(r.golongan), golongan: r.golongan, jabatan: `${awalan(r.jenis)}${r.jabatan ?? ""}`, unit: r.unit ?? "" },
    ]),
  );
}

/**
 * The per-IKI values of a realisation summary kept at setting ("indikator: nilai; indikator: nilai",
 * lib/services/evaluasi.ts ringkasRealisasi), or null when it is not in that form (then it is printed whole).
 */
export function pecahRingkasan(ringkasan: string, indikator: readonly string[]): string[] | null {
  if (indikator.length === 0) return null;
  const out: string[] = [];
  let pos = 0;
  for (let i = 0; i < indikator.length; i++) {
    const awal = `${indikator[i]}: `;
    if (!ringkasan.startsWith(awal, pos)) return null;
    pos += awal.length;
    const berikut = indikator[i + 1];
    const akhir = berikut === undefined ? ringkasan.length : ringkasan.indexOf(`; ${berikut}: `, pos);
    if (akhir < 0) return null;
    out.push(ringkasan.slice(pos, akhir));
    pos = akhir + (berikut === undefined ? 0 : 2);
  }
  return pos === ringkasan.length ? out : null;
}

/** What was achieved as printed, from the live rows (as the summary kept at setting words it). */
function realisasiKini(i: IkiRealisasi): string {
  if (i.kualitatif) return i.realisasi?.uraian || "belum ada realisasi";
  if (i.capaian === null) return "belum ada realisasi";
  return `${formatNilai(i.capaian, i.satuan)}${i.persen !== null ? ` (${i.persen}%)` : ""}`;
}

const LABEL_USULAN: Readonly<Record<string, string>> = {
  DIKLAT: "Usulan pelatihan",
  PROGRAM_KEPEMIMPINAN: "Usulan program kepemimpinan",
  RENCANA_PENGEMBANGAN: "Rencana pengembangan",
};

/** The evaluation's documents, for whoever may see the SKP, once the evaluation is set (a draft, or anything not visible: not found). */
export async function getDokumenEvaluasi(ctx: ServiceContext, evaluasiId: unknown): Promise<EvaluasiDokumen> {
  if (!isUuid(evaluasiId)) throw forbidden();
  const [e] = await queryRows<EvaluasiDasar>(
    ctx.db,
    sql`select e.skp_id, e.status, e.jenis, c.urutan as cp_urutan, e.penilai_id,
               coalesce((e.ditetapkan_at at time zone 'Asia/Jakarta')::date, ${ctx.today}::date)::text as tanggal,
               s.periode_id, u.path as unit_path, s.atasan_ppk_pegawai_id,
               kb.status as kb_status, kb.alasan as kb_alasan, kb.predikat_sebelum as kb_predikat_sebelum, kb.predikat_baru as kb_predikat_baru,
               kb.keputusan as kb_keputusan, kb.created_at as kb_created_at, kb.diputus_at as kb_diputus_at, kb.atasan_id as kb_atasan_id
          from evaluasi e join skp s on s.id = e.skp_id
          join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
          left join checkpoint c on c.id = e.checkpoint_id
          left join lateral (
            select k.status, k.alasan, k.predikat_sebelum, k.predikat_baru, k.keputusan, k.created_at, k.diputus_at,
                   coalesce(k.diputus_oleh, k.atasan_ppk_id) as atasan_id
              from keberatan k where k.evaluasi_id = e.id and k.status <> 'DIBATALKAN' order by k.created_at desc limit 1) kb on true
         where e.id = ${evaluasiId}`,
  );
  // a draft is the PPK's working copy: no document of it for anyone
  if (!e || e.status === "DRAFT" || (e.jenis === "PERIODIK" && e.cp_urutan === null)) throw forbidden();
  // visibility of the SKP, and everything the evaluation page shows
  const h = await getHalamanEvaluasi(ctx, e.skp_id, e.jenis === "TAHUNAN" ? "tahunan" : Number(e.cp_urutan));
  const ev = h.evaluasi;
  if (!ev || ev.id !== evaluasiId || ev.status === "DRAFT") throw forbidden();

  const atasanId = e.kb_atasan_id ?? e.atasan_ppk_pegawai_id;
  const [[skp], rincian, [org], usulan, orang] = await Promise.all([
    muatDokumenSkp(ctx.db, [e.skp_id], ctx.today),
    queryRows<{ rhk_id: string | null; nilai_perilaku: NilaiBerakhlak | null; umpan_balik: string | null; realisasi_ringkas: string | null }>(
      ctx.db,
      sql`select rhk_id, nilai_perilaku, umpan_balik, realisasi_ringkas from evaluasi_rincian where evaluasi_id = ${evaluasiId}`,
    ),
    // the pegawai's unit, or the nearest unit above it, that has an organisation rating for the period
    queryRows<{ predikat: PredikatOrganisasi; capaian: string | null; unit: string }>(
      ctx.db,
      sql`select po.predikat, po.capaian, u.nama as unit from predikat_organisasi po join unit_kerja u on u.id = po.unit_id
           where po.periode_id = ${e.periode_id} and ${e.unit_path} like '%/' || po.unit_id::text || '/%'
           order by length(u.path) desc limit 1`,
    ),
    queryRows<{ jenis: string; diklat: string | null; alasan: string }>(
      ctx.db,
      sql`select up.jenis, d.nama as diklat, up.alasan from usulan_pengembangan up left join diklat d on d.id = up.diklat_id
           where up.evaluasi_id = ${evaluasiId} and up.status <> 'DITOLAK' order by up.created_at, up.id`,
    ),
    muatOrang(ctx.db, [...new Set([e.penilai_id, ...(atasanId ? [atasanId] : [])])], e.tanggal),
  ]);
  if (!skp) throw forbidden();

  const ikiKini = new Map(h.isi.rhk.flatMap((r) => r.iki.map((i) => [i.id, i] as const)));
  const ringkasPerRhk = new Map(rincian.filter((r) => r.rhk_id && r.realisasi_ringkas).map((r) => [r.rhk_id!, r.realisasi_ringkas!]));
  const umpanBalikRhk = new Map(rincian.filter((r) => r.rhk_id && r.umpan_balik?.trim()).map((r) => [r.rhk_id!, r.umpan_balik!.trim()]));
  const umpanBalikPerilaku = new Map(rincian.filter((r) => r.nilai_perilaku && r.umpan_balik?.trim()).map((r) => [r.nilai_perilaku!, r.umpan_balik!.trim()]));

  const rhk: RhkEvaluasiDokumen[] = skp.rhk.map((r) => {
    const iki = [...r.iki].sort((a, b) => a.urutan - b.urutan);
    const ringkas = ringkasPerRhk.get(r.id) ?? null;
    // the values kept at setting win over today's rows; a summary in another form is printed whole
    const tetap = ringkas === null ? null : pecahRingkasan(ringkas, iki.map((k) => k.indikator));
    return {
      id: r.id, jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, perspektif: r.perspektif, rhkAtasanUraian: r.rhkAtasanUraian,
      ringkasan: ringkas !== null && tetap === null ? ringkas : null,
      umpanBalik: umpanBalikRhk.get(r.id) ?? null,
      iki: iki.map((k, j): IkiEvaluasiDokumen => {
        const kini = ikiKini.get(k.id);
        const uraian = kini && !kini.kualitatif ? (kini.realisasi?.uraian.trim() ?? "") : "";
        return {
          id: k.id, aspek: k.aspek, indikator: k.indikator, target: formatTarget(k) || "—",
          realisasi: tetap?.[j] ?? (kini ? realisasiKini(kini) : "belum ada realisasi"),
          uraian,
          bukti: kini?.bukti.map((b) => b.nama) ?? [],
        };
      }),
    };
  });

  const ppk = skp.ppk?.id === e.penilai_id ? skp.ppk : (orang.get(e.penilai_id) ?? null);
  return {
    id: ev.id,
    skpId: skp.id,
    jenis: e.jenis,
    status: ev.status,
    keadaan: ev.keadaan,
    periode: skp.periode,
    checkpoint: h.terpilih ? { urutan: h.terpilih.urutan, nama: h.terpilih.nama, mulai: h.terpilih.mulai, selesai: h.terpilih.selesai } : null,
    berlakuMulai: skp.berlakuMulai,
    berlakuSelesai: skp.berlakuSelesai,
    pendekatan: skp.pendekatan,
    bentuk: skp.bentuk,
    tempat: skp.tempat,
    instansi: skp.instansi,
    pegawai: skp.pegawai,
    ppk,
    atasanPpk: atasanId ? (orang.get(atasanId) ?? null) : null,
    rhk,
    perilaku: skp.perilaku.map((p) => ({ nilai: p.nilai, label: p.label, indikator: p.indikator, ekspektasi: p.ekspektasi, umpanBalik: umpanBalikPerilaku.get(p.nilai) ?? null })),
    ratingHasil: ev.ratingHasil,
    alasanRatingHasil: ev.alasanRatingHasil,
    ratingPerilaku: ev.ratingPerilaku,
    predikat: ev.predikat,
    catatan: ev.catatan,
    ditetapkanAt: iso(ev.ditetapkanAt),
    batasKeberatan: ev.batasKeberatan,
    finalAt: iso(ev.finalAt),
    organisasi: org ? { predikat: org.predikat, unit: org.unit, capaian: org.capaian } : null,
    keberatan:
      e.kb_status && e.kb_predikat_sebelum
        ? {
            status: e.kb_status, alasan: e.kb_alasan ?? "", predikatSebelum: e.kb_predikat_sebelum, predikatBaru: e.kb_predikat_baru, keputusan: e.kb_keputusan,
            diajukanAt: iso(e.kb_created_at)!, diputusAt: iso(e.kb_diputus_at),
          }
        : null,
    angkaKredit: e.jenis === "TAHUNAN" ? h.angkaKredit : null,
    rekomendasi: usulan.map((u) => `${LABEL_USULAN[u.jenis] ?? u.jenis}${u.diklat ? `: ${u.diklat}` : ""} — ${u.alasan}`),
  };
}
