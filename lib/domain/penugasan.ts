/**
 * Effective-dated assignments (penugasan) and the derivation of PPK / Atasan PPK at a date.
 *
 * Who holds a position on a date
 * - Several assignments may be active on one position at once. The acting holder is:
 *   an active PLH, else an active PLT, else the DEFINITIF holder.
 *   A Plh (pelaksana harian) stands in while the definitive holder is temporarily away, so it wins
 *   over that holder; a Plt (pelaksana tugas) fills a vacancy (or a long absence) and wins over a
 *   definitive holder too, but a Plh appointed over a Plt acts for the day.
 * - Ties within a kind go to the latest start date, then to the greatest id (deterministic).
 * - Dates are inclusive ISO dates; `selesai: null` means open-ended.
 *
 * PPK resolution
 * - Walk up `atasanJabatanId` from the employee's position. The PPK is the acting holder of the first
 *   superior position that has one at the date, not counting the employee themself: a vacant post is
 *   skipped; if the employee is the Plt/Plh of that post, its other holder (e.g. the definitive holder
 *   they stand in for) is taken, and if there is none the walk goes further up.
 *   The walk stops (null) at the top of the tree, on a cycle, or at an unknown position.
 * - The Atasan PPK is found the same way starting from the PPK's position, skipping the PPK and the
 *   employee.
 */
import type { JenisJabatan, JenisPenugasan } from "./constants";

export type Jabatan = { id: string; unitId: string; jenis: JenisJabatan; atasanJabatanId: string | null };

export type Penugasan = {
  id: string;
  pegawaiId: string;
  jabatanId: string;
  jenis: JenisPenugasan;
  /** ISO date, inclusive. */
  mulai: string;
  /** ISO date, inclusive; null = open-ended. */
  selesai: string | null;
};

export type Holder = { pegawaiId: string; jabatanId: string; penugasanId: string; jenis: JenisPenugasan };

export function isActiveAt(p: Pick<Penugasan, "mulai" | "selesai">, date: string): boolean {
  return p.mulai <= date && (p.selesai === null || date <= p.selesai);
}

const PRIORITAS: Record<JenisPenugasan, number> = { PLH: 3, PLT: 2, DEFINITIF: 1 };

/** The acting holder of a position at `date`, optionally ignoring some pegawai. */
export function holderAt(
  jabatanId: string,
  penugasan: readonly Penugasan[],
  date: string,
  kecuali: ReadonlySet<string> = new Set(),
): Holder | null {
  let best: Penugasan | null = null;
  for (const p of penugasan) {
    if (p.jabatanId !== jabatanId || !isActiveAt(p, date) || kecuali.has(p.pegawaiId)) continue;
    if (
      !best ||
      PRIORITAS[p.jenis] > PRIORITAS[best.jenis] ||
      (PRIORITAS[p.jenis] === PRIORITAS[best.jenis] &&
        (p.mulai > best.mulai || (p.mulai === best.mulai && p.id > best.id)))
    )
      best = p;
  }
  return best && { pegawaiId: best.pegawaiId, jabatanId: best.jabatanId, penugasanId: best.id, jenis: best.jenis };
}

type JabatanLookup = ReadonlyMap<string, Jabatan> | readonly Jabatan[];

function toMap(jabatan: JabatanLookup): ReadonlyMap<string, Jabatan> {
  return jabatan instanceof Map ? jabatan : new Map((jabatan as readonly Jabatan[]).map((j) => [j.id, j]));
}

/** First holder above `jabatanId` at `date`, skipping vacant posts and the pegawai in `kecuali`. */
function atasanDari(
  jabatanId: string,
  jabatan: ReadonlyMap<string, Jabatan>,
  semuaPenugasan: readonly Penugasan[],
  date: string,
  kecuali: ReadonlySet<string>,
): Holder | null {
  const visited = new Set<string>([jabatanId]);
  let cur = jabatan.get(jabatanId)?.atasanJabatanId ?? null;
  while (cur !== null && !visited.has(cur)) {
    visited.add(cur);
    // A holder who is in `kecuali` is skipped, but another (lower-priority) holder of the post counts.
    const holder = holderAt(cur, semuaPenugasan, date, kecuali);
    if (holder) return holder;
    const j = jabatan.get(cur);
    if (!j) return null;
    cur = j.atasanJabatanId;
  }
  return null;
}

export function resolvePpk(args: {
  penugasan: Penugasan;
  jabatan: JabatanLookup;
  semuaPenugasan: readonly Penugasan[];
  date: string;
}): { ppk: Holder | null; atasanPpk: Holder | null } {
  const { penugasan, semuaPenugasan, date } = args;
  const jabatan = toMap(args.jabatan);
  const ppk = atasanDari(penugasan.jabatanId, jabatan, semuaPenugasan, date, new Set([penugasan.pegawaiId]));
  const atasanPpk = ppk
    ? atasanDari(ppk.jabatanId, jabatan, semuaPenugasan, date, new Set([penugasan.pegawaiId, ppk.pegawaiId]))
    : null;
  return { ppk, atasanPpk };
}
