/**
 * Who may do what — the one place that decides. Pure: the service layer loads the facts about the
 * actor and the resource, then asks here. Pages, layouts and the proxy never decide on their own.
 *
 * Roles: PEGAWAI (everyone with an assignment), PPK and ATASAN_PPK (derived from the position
 * hierarchy at a date, acting Plt/Plh holders included), PIMPINAN (holder of a unit's head position:
 * sees that unit's subtree), ADMIN (pengelola kinerja / admin instansi) and AUDITOR (read-only), granted.
 */

import { SKP_MACHINE, transition, type EventSkp, type Peran as PeranWorkflow, type StatusSkp } from "@/lib/domain/workflow";

export const PERAN = ["PEGAWAI", "PPK", "ATASAN_PPK", "PIMPINAN", "ADMIN", "AUDITOR"] as const;
export type Peran = (typeof PERAN)[number];

/** The dashboard a role lands on (ATASAN_PPK works from the PPK dashboard). */
export const DASBOR_PERAN: Record<Peran, "pegawai" | "ppk" | "pimpinan" | "admin" | "auditor"> = {
  PEGAWAI: "pegawai",
  PPK: "ppk",
  ATASAN_PPK: "ppk",
  PIMPINAN: "pimpinan",
  ADMIN: "admin",
  AUDITOR: "auditor",
};

export interface UnitRef {
  id: string;
  /** Materialised path "/rootId/.../id/". */
  path: string;
}

export interface Actor {
  pegawaiId: string;
  instansiId: string;
  peran: readonly Peran[];
  /** Units whose head position the actor holds at the date (definitif, Plt or Plh). */
  unitDipimpin: readonly UnitRef[];
}

/** What the service knows about a pegawai being looked at or acted upon. */
export interface PegawaiFacts {
  pegawaiId: string;
  instansiId: string;
  /** Paths of the units of the pegawai's active assignments. */
  unitPaths: readonly string[];
  ppkPegawaiId: string | null;
  atasanPpkPegawaiId: string | null;
}

/** What the service knows about one SKP: its owner, the PPK it is set with, and its state. */
export interface SkpFacts {
  pemilik: PegawaiFacts;
  ppkPegawaiId: string | null;
  atasanPpkPegawaiId: string | null;
  status: StatusSkp;
}

/** The workflow roles the actor holds on this SKP (lib/domain/workflow's PEGAWAI / PPK / ATASAN_PPK). */
export function peranDiSkp(actor: Actor, skp: SkpFacts): PeranWorkflow[] {
  if (skp.pemilik.instansiId !== actor.instansiId) return [];
  const out: PeranWorkflow[] = [];
  if (skp.pemilik.pegawaiId === actor.pegawaiId) out.push("PEGAWAI");
  if (skp.ppkPegawaiId === actor.pegawaiId) out.push("PPK");
  if (skp.atasanPpkPegawaiId === actor.pegawaiId) out.push("ATASAN_PPK");
  return out;
}

export type Permission =
  | { aksi: "pegawai.lihat"; pegawai: PegawaiFacts }
  | { aksi: "unit.ringkasan"; unit: UnitRef & { instansiId: string } }
  | { aksi: "organisasi.lihat"; instansiId: string }
  | { aksi: "bawahan.lihat" }
  | { aksi: "instansi.kelola"; instansiId: string }
  | { aksi: "audit.lihat"; instansiId: string }
  | { aksi: "notifikasi.ubah"; penerimaId: string }
  | { aksi: "peran.pilih"; peran: Peran }
  /** Read an SKP: its owner, its PPK and Atasan PPK, leaders of the owner's unit, admin, auditor. */
  | { aksi: "skp.lihat"; skp: SkpFacts }
  /** Create an SKP: only for oneself. */
  | { aksi: "skp.buat"; pemilikId: string }
  /** Edit the plan's content: only the owner, only while it is a draft or returned. */
  | { aksi: "skp.ubah"; skp: SkpFacts }
  /** Fire a workflow event: the machine decides which role may, from which state. */
  | { aksi: "skp.transisi"; skp: SkpFacts; event: EventSkp }
  /** Write the ekspektasi khusus pimpinan: the SKP's PPK, until it is approved. */
  | { aksi: "skp.ekspektasi"; skp: SkpFacts }
  /** Record realisations, action plans and evidence: only the owner, only on an approved SKP. */
  | { aksi: "realisasi.catat"; skp: SkpFacts }
  /** Give continuous feedback: the SKP's PPK (an acting Plt/Plh included), on an approved SKP. */
  | { aksi: "umpanBalik.beri"; skp: SkpFacts }
  /** Reply to feedback: the owner of the SKP. */
  | { aksi: "umpanBalik.balas"; skp: SkpFacts }
  /** Evaluate (write, set and deliver): the SKP's PPK, on an approved SKP. */
  | { aksi: "evaluasi.nilai"; skp: SkpFacts }
  /** Acknowledge receipt of an evaluation, object to an annual one: the owner of the SKP. */
  | { aksi: "evaluasi.terima"; skp: SkpFacts }
  | { aksi: "keberatan.ajukan"; skp: SkpFacts }
  /** Add the PPK's response to an objection: the SKP's PPK. */
  | { aksi: "keberatan.tanggapi"; skp: SkpFacts }
  /** Decide an objection: only the Atasan PPK of the SKP (never the PPK). */
  | { aksi: "keberatan.putuskan"; skp: SkpFacts }
  /** Take part in a performance dialogue: the owner and the SKP's PPK. */
  | { aksi: "dialog.ikut"; skp: SkpFacts }
  /** The yearly credit-point list of a unit: its leaders, the admin and the auditor. */
  | { aksi: "angkaKredit.unit"; unit: UnitRef & { instansiId: string } }
  /** Hand one of one's own RHK to a subordinate (matriks peran hasil). */
  | { aksi: "rhk.serahkan"; pemilikRhkId: string; penerima: PegawaiFacts }
  /** Propose development (training, programme, plan): only the pegawai's PPK, never for oneself. */
  | { aksi: "usulan.ajukan"; pegawai: PegawaiFacts }
  /**
   * Decide a development proposal: a leader of a unit whose subtree holds the pegawai's unit, other
   * than the proposer and the pegawai (a PPK who heads the pegawai's seksi leaves it to the leader above).
   */
  | { aksi: "usulan.putuskan"; pegawai: PegawaiFacts; diusulkanOleh: string }
  /** Read a development proposal: whoever may see the pegawai, and its proposer. */
  | { aksi: "usulan.lihat"; pegawai: PegawaiFacts; diusulkanOleh: string }
  /** Record a completed training: the pegawai themselves, or the admin of the instansi. */
  | { aksi: "pelatihan.catat"; pegawai: Pick<PegawaiFacts, "pegawaiId" | "instansiId"> }
  /** Set a unit's predikat kinerja organisasi: a leader of a unit strictly above it (never its own head, never the admin). */
  | { aksi: "predikatOrganisasi.tetapkan"; unit: UnitRef & { instansiId: string } }
  /** The calibration page of a unit: its leaders and those above, the admin and the auditor. */
  | { aksi: "kalibrasi.lihat"; unit: UnitRef & { instansiId: string } }
  /** Calibrate a set annual evaluation: a leader of the pegawai's unit or above, never on their own evaluation. */
  | { aksi: "kalibrasi.ubah"; skp: SkpFacts; unitPath: string }
  /** Finalise a unit's employee predikat against the curve: its head or a leader above. */
  | { aksi: "kalibrasi.tetapkan"; unit: UnitRef & { instansiId: string } }
  /**
   * Fairness analytics per rater of a unit's subtree: the admin, and the leaders of the unit or above whose
   * unit has units below it (`dipimpinBercabang`, loaded by the service: a kepala seksi heads no unit below
   * and is only a rater). Not the auditor, not a PPK as such.
   */
  | { aksi: "analitik.penilai"; unit: UnitRef & { instansiId: string }; dipimpinBercabang: readonly UnitRef[] };

const DAPAT_DIUBAH: readonly StatusSkp[] = ["DRAFT", "REVISI"];

export function hasPeran(actor: Actor, peran: Peran): boolean {
  return actor.peran.includes(peran);
}

export function isInSubtree(unitPath: string, of: Pick<UnitRef, "path">): boolean {
  return unitPath.startsWith(of.path);
}

function leadsAny(actor: Actor, unitPaths: readonly string[]): boolean {
  return unitPaths.some((path) => actor.unitDipimpin.some((u) => isInSubtree(path, u)));
}

export function can(actor: Actor, permission: Permission): boolean {
  switch (permission.aksi) {
    case "pegawai.lihat": {
      const target = permission.pegawai;
      if (target.instansiId !== actor.instansiId) return false;
      return (
        target.pegawaiId === actor.pegawaiId ||
        target.ppkPegawaiId === actor.pegawaiId ||
        target.atasanPpkPegawaiId === actor.pegawaiId ||
        leadsAny(actor, target.unitPaths) ||
        hasPeran(actor, "ADMIN") ||
        hasPeran(actor, "AUDITOR")
      );
    }
    case "unit.ringkasan": {
      const { unit } = permission;
      if (unit.instansiId !== actor.instansiId) return false;
      return leadsAny(actor, [unit.path]) || hasPeran(actor, "ADMIN") || hasPeran(actor, "AUDITOR");
    }
    case "organisasi.lihat":
      return permission.instansiId === actor.instansiId;
    case "bawahan.lihat":
      return hasPeran(actor, "PPK") || hasPeran(actor, "ATASAN_PPK");
    case "instansi.kelola":
      return permission.instansiId === actor.instansiId && hasPeran(actor, "ADMIN");
    case "audit.lihat":
      return permission.instansiId === actor.instansiId && (hasPeran(actor, "AUDITOR") || hasPeran(actor, "ADMIN"));
    case "notifikasi.ubah":
      return permission.penerimaId === actor.pegawaiId;
    case "peran.pilih":
      return hasPeran(actor, permission.peran);
    case "skp.lihat": {
      const { skp } = permission;
      if (skp.pemilik.instansiId !== actor.instansiId) return false;
      return (
        peranDiSkp(actor, skp).length > 0 ||
        can(actor, { aksi: "pegawai.lihat", pegawai: skp.pemilik })
      );
    }
    case "skp.buat":
      return permission.pemilikId === actor.pegawaiId && hasPeran(actor, "PEGAWAI");
    case "skp.ubah":
      return permission.skp.pemilik.pegawaiId === actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId &&
        DAPAT_DIUBAH.includes(permission.skp.status);
    case "skp.transisi":
      return peranDiSkp(actor, permission.skp).some((peran) => transition(SKP_MACHINE, permission.skp.status, permission.event, peran).ok);
    case "skp.ekspektasi":
      return permission.skp.ppkPegawaiId === actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId &&
        permission.skp.status !== "DISETUJUI";
    case "realisasi.catat":
      return permission.skp.pemilik.pegawaiId === actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId &&
        permission.skp.status === "DISETUJUI";
    case "umpanBalik.beri":
      return permission.skp.ppkPegawaiId === actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId &&
        permission.skp.status === "DISETUJUI";
    case "umpanBalik.balas":
      return permission.skp.pemilik.pegawaiId === actor.pegawaiId && permission.skp.pemilik.instansiId === actor.instansiId;
    case "evaluasi.nilai":
      return permission.skp.ppkPegawaiId === actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId &&
        permission.skp.status === "DISETUJUI";
    case "evaluasi.terima":
    case "keberatan.ajukan":
      return permission.skp.pemilik.pegawaiId === actor.pegawaiId && permission.skp.pemilik.instansiId === actor.instansiId;
    case "keberatan.tanggapi":
      return permission.skp.ppkPegawaiId === actor.pegawaiId && permission.skp.pemilik.instansiId === actor.instansiId;
    case "keberatan.putuskan":
      return permission.skp.atasanPpkPegawaiId === actor.pegawaiId &&
        permission.skp.ppkPegawaiId !== actor.pegawaiId &&
        permission.skp.pemilik.instansiId === actor.instansiId;
    case "dialog.ikut":
      return permission.skp.pemilik.instansiId === actor.instansiId &&
        (permission.skp.pemilik.pegawaiId === actor.pegawaiId || permission.skp.ppkPegawaiId === actor.pegawaiId);
    case "angkaKredit.unit":
      return can(actor, { aksi: "unit.ringkasan", unit: permission.unit });
    case "predikatOrganisasi.tetapkan": {
      const { unit } = permission;
      return unit.instansiId === actor.instansiId && actor.unitDipimpin.some((u) => u.path !== unit.path && isInSubtree(unit.path, u));
    }
    case "kalibrasi.lihat":
      return can(actor, { aksi: "unit.ringkasan", unit: permission.unit });
    case "kalibrasi.ubah":
      return permission.skp.pemilik.instansiId === actor.instansiId &&
        permission.skp.pemilik.pegawaiId !== actor.pegawaiId &&
        leadsAny(actor, [permission.unitPath]);
    case "kalibrasi.tetapkan":
      return permission.unit.instansiId === actor.instansiId && leadsAny(actor, [permission.unit.path]);
    case "usulan.ajukan":
      return permission.pegawai.instansiId === actor.instansiId &&
        permission.pegawai.ppkPegawaiId === actor.pegawaiId &&
        permission.pegawai.pegawaiId !== actor.pegawaiId;
    case "usulan.putuskan":
      return permission.pegawai.instansiId === actor.instansiId &&
        permission.diusulkanOleh !== actor.pegawaiId &&
        permission.pegawai.pegawaiId !== actor.pegawaiId &&
        leadsAny(actor, permission.pegawai.unitPaths);
    case "usulan.lihat":
      return permission.pegawai.instansiId === actor.instansiId &&
        (permission.diusulkanOleh === actor.pegawaiId || can(actor, { aksi: "pegawai.lihat", pegawai: permission.pegawai }));
    case "pelatihan.catat":
      return permission.pegawai.instansiId === actor.instansiId &&
        (permission.pegawai.pegawaiId === actor.pegawaiId || hasPeran(actor, "ADMIN"));
    case "rhk.serahkan":
      return permission.pemilikRhkId === actor.pegawaiId &&
        permission.penerima.instansiId === actor.instansiId &&
        permission.penerima.ppkPegawaiId === actor.pegawaiId;
    case "analitik.penilai": {
      const { unit, dipimpinBercabang } = permission;
      if (unit.instansiId !== actor.instansiId) return false;
      return hasPeran(actor, "ADMIN") ||
        actor.unitDipimpin.some((u) => dipimpinBercabang.some((b) => b.id === u.id) && isInSubtree(unit.path, u));
    }
  }
}
