/**
 * Loads SKPs as documents (lib/domain/skp's SkpDokumen) in a fixed number of set-based queries,
 * however many SKPs are asked for: the page, the PDF, bulk approval and the frozen version copies
 * all read through here. No authorisation: callers decide first.
 */
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@/db/client";
import { skpVersi } from "@/db/schema";
import { pangkatOf, type AspekIki, type BentukSkp, type JenisRhk, type NilaiBerakhlak, type Pendekatan, type Perspektif } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN, perilakuDenganEkspektasi, type BagianLampiran, type OrangSkp, type RhkDokumen, type SkpDokumen } from "@/lib/domain/skp";
import type { StatusSkp } from "@/lib/domain/workflow";

const uuidList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

function namaLengkap(nama: string, depan: string | null, belakang: string | null): string {
  return `${depan ? `${depan} ` : ""}${nama}${belakang ? `, ${belakang}` : ""}`;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

type KepalaRow = {
  id: string; status: StatusSkp; versi: number; pendekatan: Pendekatan; bentuk: BentukSkp;
  berlaku_mulai: string; berlaku_selesai: string; disetujui_at: unknown;
  tahun: number; periode_nama: string; instansi_nama: string;
  p_id: string; p_nama: string; p_depan: string | null; p_belakang: string | null; p_nip: string; p_golongan: string;
  p_jabatan: string; p_jenis_penugasan: string; p_unit: string;
  k_id: string | null; k_nama: string | null; k_depan: string | null; k_belakang: string | null; k_nip: string | null; k_golongan: string | null;
  k_jabatan: string | null; k_jenis_penugasan: string | null; k_unit: string | null;
};

const awalan = (jenis: string | null) => (jenis === "PLT" ? "Plt. " : jenis === "PLH" ? "Plh. " : "");

/** The documents of these SKPs, in the order asked (ids not found are left out). */
export async function muatDokumenSkp(db: DbOrTx, skpIds: readonly string[], tanggal: string): Promise<SkpDokumen[]> {
  if (skpIds.length === 0) return [];
  const ids = uuidList(skpIds);
  // The PPK's position is the one above the pegawai's (a Plt/Plh holder signs as such); otherwise
  // their main assignment at the approval date (or `tanggal` for a plan not yet approved). The
  // approval date is the calendar day in WIB, as `tanggal` is (lib/env today()), not the session's.
  const [kepala, rhkRows, ikiRows, ekspektasiRows, lampiranRows] = await Promise.all([
    queryRows<KepalaRow>(
      db,
      sql`select s.id, s.status, s.versi, s.pendekatan, s.bentuk, s.berlaku_mulai::text as berlaku_mulai,
                 s.berlaku_selesai::text as berlaku_selesai, s.disetujui_at, pr.tahun, pr.nama as periode_nama, i.nama as instansi_nama,
                 pg.id as p_id, pg.nama as p_nama, pg.gelar_depan as p_depan, pg.gelar_belakang as p_belakang, pg.nip as p_nip,
                 pg.golongan as p_golongan, j.nama as p_jabatan, pn.jenis as p_jenis_penugasan, u.nama as p_unit,
                 k.id as k_id, k.nama as k_nama, k.gelar_depan as k_depan, k.gelar_belakang as k_belakang, k.nip as k_nip,
                 k.golongan as k_golongan, kj.nama as k_jabatan, kj.jenis_penugasan as k_jenis_penugasan, kj.unit as k_unit
            from skp s
            join periode pr on pr.id = s.periode_id
            join pegawai pg on pg.id = s.pegawai_id
            join instansi i on i.id = pg.instansi_id
            join penugasan pn on pn.id = s.penugasan_id
            join jabatan j on j.id = pn.jabatan_id
            join unit_kerja u on u.id = j.unit_id
            left join pegawai k on k.id = s.ppk_pegawai_id
            left join lateral (
              select kjj.nama, kp.jenis as jenis_penugasan, ku.nama as unit
                from penugasan kp join jabatan kjj on kjj.id = kp.jabatan_id join unit_kerja ku on ku.id = kjj.unit_id
               where kp.pegawai_id = s.ppk_pegawai_id
                 and kp.mulai <= coalesce((s.disetujui_at at time zone 'Asia/Jakarta')::date, ${tanggal}::date)
                 and (kp.selesai is null or kp.selesai >= least(coalesce((s.disetujui_at at time zone 'Asia/Jakarta')::date, ${tanggal}::date), s.berlaku_selesai))
               order by (kjj.id = j.atasan_jabatan_id
                         or kjj.id = (select a.atasan_jabatan_id from jabatan a where a.id = j.atasan_jabatan_id)) desc,
                        (kp.jenis = 'DEFINITIF') desc, kp.mulai desc
               limit 1) kj on true
           where s.id in (${ids})`,
    ),
    queryRows<{ id: string; skp_id: string; jenis: JenisRhk; urutan: number; uraian: string; perspektif: Perspektif | null; rhk_atasan_id: string | null; atasan_uraian: string | null }>(
      db,
      sql`select r.id, r.skp_id, r.jenis, r.urutan, r.uraian, r.perspektif, r.rhk_atasan_id, ra.uraian as atasan_uraian
            from rhk r left join rhk ra on ra.id = r.rhk_atasan_id
           where r.skp_id in (${ids}) order by r.skp_id, (r.jenis = 'TAMBAHAN'), r.urutan`,
    ),
    queryRows<{ id: string; rhk_id: string; urutan: number; aspek: AspekIki; indikator: string; target_min: unknown; target_max: unknown; satuan: string | null; target_kualitatif: string | null }>(
      db,
      sql`select k.id, k.rhk_id, k.urutan, k.aspek, k.indikator, k.target_min, k.target_max, k.satuan, k.target_kualitatif
            from iki k join rhk r on r.id = k.rhk_id where r.skp_id in (${ids}) order by k.rhk_id, k.urutan`,
    ),
    queryRows<{ skp_id: string; nilai: NilaiBerakhlak; ekspektasi: string }>(
      db,
      sql`select skp_id, nilai, ekspektasi from ekspektasi_perilaku where skp_id in (${ids})`,
    ),
    queryRows<{ skp_id: string; bagian: BagianLampiran; uraian: string }>(
      db,
      sql`select skp_id, bagian, uraian from lampiran_skp where skp_id in (${ids}) order by skp_id, bagian, urutan`,
    ),
  ]);

  const ikiPerRhk = new Map<string, RhkDokumen["iki"]>();
  for (const k of ikiRows) {
    const list = ikiPerRhk.get(k.rhk_id) ?? [];
    list.push({
      id: k.id, urutan: Number(k.urutan), aspek: k.aspek, indikator: k.indikator,
      targetMin: num(k.target_min), targetMax: num(k.target_max), satuan: k.satuan, targetKualitatif: k.target_kualitatif,
    });
    ikiPerRhk.set(k.rhk_id, list);
  }
  const rhkPerSkp = new Map<string, RhkDokumen[]>();
  for (const r of rhkRows) {
    const list = rhkPerSkp.get(r.skp_id) ?? [];
    list.push({
      id: r.id, jenis: r.jenis, urutan: Number(r.urutan), uraian: r.uraian, perspektif: r.perspektif,
      rhkAtasanId: r.rhk_atasan_id, rhkAtasanUraian: r.atasan_uraian, iki: ikiPerRhk.get(r.id) ?? [],
    });
    rhkPerSkp.set(r.skp_id, list);
  }
  const ekspektasiPerSkp = new Map<string, Partial<Record<NilaiBerakhlak, string>>>();
  for (const e of ekspektasiRows) {
    const m = ekspektasiPerSkp.get(e.skp_id) ?? {};
    m[e.nilai] = e.ekspektasi;
    ekspektasiPerSkp.set(e.skp_id, m);
  }
  const lampiranPerSkp = new Map<string, Record<BagianLampiran, string[]>>();
  for (const l of lampiranRows) {
    const m = lampiranPerSkp.get(l.skp_id) ?? kosongLampiran();
    m[l.bagian].push(l.uraian);
    lampiranPerSkp.set(l.skp_id, m);
  }

  const byId = new Map(kepala.map((k) => [k.id, k]));
  const out: SkpDokumen[] = [];
  for (const id of skpIds) {
    const k = byId.get(id);
    if (!k) continue;
    const pegawai: OrangSkp = {
      id: k.p_id, nama: namaLengkap(k.p_nama, k.p_depan, k.p_belakang), nip: k.p_nip, pangkat: pangkatOf(k.p_golongan), golongan: k.p_golongan,
      jabatan: `${awalan(k.p_jenis_penugasan)}${k.p_jabatan}`, unit: k.p_unit,
    };
    const ppk: OrangSkp | null = k.k_id
      ? {
          id: k.k_id, nama: namaLengkap(k.k_nama ?? "", k.k_depan, k.k_belakang), nip: k.k_nip ?? "", pangkat: pangkatOf(k.k_golongan ?? ""),
          golongan: k.k_golongan ?? "", jabatan: `${awalan(k.k_jenis_penugasan)}${k.k_jabatan ?? ""}`, unit: k.k_unit ?? "",
        }
      : null;
    out.push({
      id: k.id,
      periode: { tahun: Number(k.tahun), nama: k.periode_nama },
      status: k.status,
      versi: Number(k.versi),
      pendekatan: k.pendekatan,
      bentuk: k.bentuk,
      berlakuMulai: k.berlaku_mulai,
      berlakuSelesai: k.berlaku_selesai,
      disetujuiAt: iso(k.disetujui_at),
      tempat: k.instansi_nama.replace(/^Pemerintah\s+/i, ""),
      instansi: k.instansi_nama,
      pegawai,
      ppk,
      rhk: rhkPerSkp.get(id) ?? [],
      perilaku: perilakuDenganEkspektasi(ekspektasiPerSkp.get(id) ?? {}),
      lampiran: lampiranPerSkp.get(id) ?? kosongLampiran(),
    });
  }
  return out;
}

export function kosongLampiran(): Record<BagianLampiran, string[]> {
  return Object.fromEntries(BAGIAN_LAMPIRAN.map((b) => [b, [] as string[]])) as unknown as Record<BagianLampiran, string[]>;
}

/**
 * Freezes the current content of approved SKPs as their version copies (skp_versi, nomor = versi).
 * Called in the approving transaction, and by the seed for its approved plans.
 */
export async function bekukanVersi(
  tx: DbOrTx,
  skp: ReadonlyArray<{ id: string; disetujuiOleh: string | null; disetujuiAt: Date }>,
  tanggal: string,
): Promise<void> {
  if (skp.length === 0) return;
  const docs = await muatDokumenSkp(tx, skp.map((s) => s.id), tanggal);
  const meta = new Map(skp.map((s) => [s.id, s]));
  await tx
    .insert(skpVersi)
    .values(
      docs.map((d) => ({
        skpId: d.id,
        nomor: d.versi,
        isi: JSON.parse(JSON.stringify(d)) as SkpDokumen,
        disetujuiOleh: meta.get(d.id)?.disetujuiOleh ?? null,
        disetujuiAt: meta.get(d.id)?.disetujuiAt ?? null,
      })),
    )
    .onConflictDoUpdate({ target: [skpVersi.skpId, skpVersi.nomor], set: { isi: sql`excluded.isi`, disetujuiOleh: sql`excluded.disetujui_oleh`, disetujuiAt: sql`excluded.disetujui_at` } });
}
