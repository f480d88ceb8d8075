/**
 * Loads SKPs as documents (lib/domain/skp's SkpDokumen) in a fixed number of set-based queries,
 * however many SKPs are asked for: the page, the PDF, bulk approval and the frozen version copies
 * all read through here. No authorisation: callers decide first.
 */
import { sql } from "drizzle-orm";
import { angkaAtauNull, queryRows, uuidList, type DbOrTx } from "@/db/client";
import { skpVersi } from "@/db/schema";
import { pangkatOf, type AspekIki, type BentukSkp, type JenisRhk, type NilaiBerakhlak, type Pendekatan, type Perspektif } from "@/lib/domain/constants";
import { BAGIAN_LAMPIRAN, perilakuDenganEkspektasi, type BagianLampiran, type OrangSkp, type RhkDokumen, type SkpDokumen } from "@/lib/domain/skp";
import type { StatusSkp } from "@/lib/domain/workflow";


function namaLengkap(nama: string, depan: string | null, belakang: string | null): string {
  return `${depan ? `${depan} ` : ""}${nama}${belakang ? `, ${belakang}` : ""}`;
}

/** A timestamp as ISO text, whichever driver returned it (postgres.js a Date, PGlite a Date or text). */
export const iso = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

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
  const [kepala, rhkIkiRows, tambahanRows] = await Promise.all([
    queryRows<KepalaRow>(
      db,
      // LATERAL … OFFSET 0 plans each part on its own: one ten-table join spent ~3 ms in the planner
      sql`select s.id, s.status, s.versi, s.pendekatan, s.bentuk, s.berlaku_mulai::text as berlaku_mulai,
                 s.berlaku_selesai::text as berlaku_selesai, s.disetujui_at, pr.tahun, pr.nama as periode_nama, p.*, k.*, kj.*
            from skp s
            join periode pr on pr.id = s.periode_id
            cross join lateral (
              select i.nama as instansi_nama, pg.id as p_id, pg.nama as p_nama, pg.gelar_depan as p_depan, pg.gelar_belakang as p_belakang,
                     pg.nip as p_nip, pg.golongan as p_golongan, j.nama as p_jabatan, j.atasan_jabatan_id as p_atasan_jabatan_id,
                     pn.jenis as p_jenis_penugasan, u.nama as p_unit
                from pegawai pg join instansi i on i.id = pg.instansi_id
                join penugasan pn on pn.id = s.penugasan_id join jabatan j on j.id = pn.jabatan_id join unit_kerja u on u.id = j.unit_id
               where pg.id = s.pegawai_id offset 0) p
            left join lateral (
              select k.id as k_id, k.nama as k_nama, k.gelar_depan as k_depan, k.gelar_belakang as k_belakang, k.nip as k_nip, k.golongan as k_golongan
                from pegawai k where k.id = s.ppk_pegawai_id offset 0) k on true
            left join lateral (
              select kjj.nama as k_jabatan, kp.jenis as k_jenis_penugasan, ku.nama as k_unit
                from penugasan kp join jabatan kjj on kjj.id = kp.jabatan_id join unit_kerja ku on ku.id = kjj.unit_id
               where kp.pegawai_id = s.ppk_pegawai_id
                 and kp.mulai <= coalesce((s.disetujui_at at time zone 'Asia/Jakarta')::date, ${tanggal}::date)
                 and (kp.selesai is null or kp.selesai >= least(coalesce((s.disetujui_at at time zone 'Asia/Jakarta')::date, ${tanggal}::date), s.berlaku_selesai))
               order by (kjj.id = p.p_atasan_jabatan_id
                         or kjj.id = (select a.atasan_jabatan_id from jabatan a where a.id = p.p_atasan_jabatan_id)) desc,
                        (kp.jenis = 'DEFINITIF') desc, kp.mulai desc
               limit 1) kj on true
           where s.id in (${ids})`,
    ),
    // RHK with their IKI in one pass (an RHK without IKI yields one row with null IKI columns)
    queryRows<{
      id: string; skp_id: string; jenis: JenisRhk; urutan: number; uraian: string; perspektif: Perspektif | null; rhk_atasan_id: string | null;
      atasan_uraian: string | null; iki_id: string | null; iki_urutan: number | null; aspek: AspekIki | null; indikator: string | null;
      target_min: unknown; target_max: unknown; satuan: string | null; target_kualitatif: string | null;
    }>(
      db,
      sql`select r.id, r.skp_id, r.jenis, r.urutan, r.uraian, r.perspektif, r.rhk_atasan_id,
                 (select ra.uraian from rhk ra where ra.id = r.rhk_atasan_id) as atasan_uraian,
                 k.id as iki_id, k.urutan as iki_urutan, k.aspek, k.indikator, k.target_min, k.target_max, k.satuan, k.target_kualitatif
            from rhk r left join iki k on k.rhk_id = r.id
           where r.skp_id in (${ids}) order by r.skp_id, (r.jenis = 'TAMBAHAN'), r.urutan, k.urutan`,
    ),
    // the expectations and the lampiran lines, one list
    queryRows<{ skp_id: string; jenis: "E" | "L"; kunci: string; isi: string }>(
      db,
      sql`select skp_id, 'E' as jenis, nilai::text as kunci, ekspektasi as isi, 0 as urutan from ekspektasi_perilaku where skp_id in (${ids})
          union all
          select skp_id, 'L', bagian::text, uraian, urutan from lampiran_skp where skp_id in (${ids})
          order by 1, 2, 3, 5`,
    ),
  ]);

  const rhkPerSkp = new Map<string, RhkDokumen[]>();
  let terakhir: RhkDokumen | undefined;
  for (const r of rhkIkiRows) {
    if (terakhir?.id !== r.id) {
      terakhir = {
        id: r.id, jenis: r.jenis, urutan: Number(r.urutan), uraian: r.uraian, perspektif: r.perspektif,
        rhkAtasanId: r.rhk_atasan_id, rhkAtasanUraian: r.atasan_uraian, iki: [],
      };
      const list = rhkPerSkp.get(r.skp_id) ?? [];
      list.push(terakhir);
      rhkPerSkp.set(r.skp_id, list);
    }
    if (r.iki_id) {
      terakhir.iki.push({
        id: r.iki_id, urutan: Number(r.iki_urutan), aspek: r.aspek!, indikator: r.indikator ?? "",
        targetMin: angkaAtauNull(r.target_min), targetMax: angkaAtauNull(r.target_max), satuan: r.satuan, targetKualitatif: r.target_kualitatif,
      });
    }
  }
  const ekspektasiPerSkp = new Map<string, Partial<Record<NilaiBerakhlak, string>>>();
  const lampiranPerSkp = new Map<string, Record<BagianLampiran, string[]>>();
  for (const t of tambahanRows) {
    if (t.jenis === "E") {
      const m = ekspektasiPerSkp.get(t.skp_id) ?? {};
      m[t.kunci as NilaiBerakhlak] = t.isi;
      ekspektasiPerSkp.set(t.skp_id, m);
    } else {
      const m = lampiranPerSkp.get(t.skp_id) ?? kosongLampiran();
      m[t.kunci as BagianLampiran].push(t.isi);
      lampiranPerSkp.set(t.skp_id, m);
    }
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
