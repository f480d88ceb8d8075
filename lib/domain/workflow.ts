/**
 * Workflows as data: each machine lists its transitions with the roles allowed to fire them.
 * A state with no outgoing transition is final.
 */

/** PIMPINAN: a leader of the unit (or a unit above it) calibrating a set annual evaluation. */
export const PERAN = ["PEGAWAI", "PPK", "ATASAN_PPK", "PIMPINAN", "SISTEM"] as const;
export type Peran = (typeof PERAN)[number];

export type Transition<S extends string, E extends string, R extends string> = {
  event: E;
  from: readonly S[];
  to: S;
  roles: readonly R[];
};

export type Machine<S extends string, E extends string, R extends string> = {
  initial: S;
  transitions: readonly Transition<S, E, R>[];
};

export type TransitionResult<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: "TIDAK_BERLAKU" | "PERAN_DITOLAK" };

/**
 * Fire `event` from `state` as `role`. TIDAK_BERLAKU: the event does not apply to this state;
 * PERAN_DITOLAK: it applies but this role may not fire it.
 */
export function transition<S extends string, E extends string, R extends string>(
  machine: Machine<S, E, R>,
  state: S,
  event: E,
  role: R,
): TransitionResult<S> {
  const candidates = machine.transitions.filter((t) => t.event === event && t.from.includes(state));
  if (candidates.length === 0) return { ok: false, reason: "TIDAK_BERLAKU" };
  const allowed = candidates.find((t) => t.roles.includes(role));
  return allowed ? { ok: true, to: allowed.to } : { ok: false, reason: "PERAN_DITOLAK" };
}

/** Events `role` may fire from `state`, in machine order. */
export function eventsFor<S extends string, E extends string, R extends string>(
  machine: Machine<S, E, R>,
  state: S,
  role: R,
): E[] {
  const out: E[] = [];
  for (const t of machine.transitions)
    if (t.from.includes(state) && t.roles.includes(role) && !out.includes(t.event)) out.push(t.event);
  return out;
}

export function isFinal<S extends string, E extends string, R extends string>(
  machine: Machine<S, E, R>,
  state: S,
): boolean {
  return !machine.transitions.some((t) => t.from.includes(state));
}

// --- SKP --------------------------------------------------------------------------------------

export const STATUS_SKP = ["DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI"] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];
export const EVENT_SKP = ["AJUKAN", "KEMBALIKAN", "SETUJUI", "UBAH", "TARIK"] as const;
export type EventSkp = (typeof EVENT_SKP)[number];

/** UBAH on an approved SKP opens a new version (the approved one stays frozen in history). */
export const SKP_MACHINE: Machine<StatusSkp, EventSkp, Peran> = {
  initial: "DRAFT",
  transitions: [
    { event: "AJUKAN", from: ["DRAFT", "REVISI"], to: "DIAJUKAN", roles: ["PEGAWAI"] },
    { event: "TARIK", from: ["DIAJUKAN"], to: "DRAFT", roles: ["PEGAWAI"] },
    { event: "KEMBALIKAN", from: ["DIAJUKAN"], to: "REVISI", roles: ["PPK"] },
    { event: "SETUJUI", from: ["DIAJUKAN"], to: "DISETUJUI", roles: ["PPK"] },
    { event: "UBAH", from: ["DISETUJUI"], to: "DRAFT", roles: ["PEGAWAI", "PPK"] },
  ],
};

// --- Evaluasi kinerja ---------------------------------------------------------------------------

export const STATUS_EVALUASI = ["DRAFT", "DITETAPKAN", "KEBERATAN", "FINAL"] as const;
export type StatusEvaluasi = (typeof STATUS_EVALUASI)[number];
export const EVENT_EVALUASI = ["SIMPAN", "TETAPKAN", "KALIBRASI", "AJUKAN_KEBERATAN", "FINALKAN", "PUTUSKAN"] as const;
export type EventEvaluasi = (typeof EVENT_EVALUASI)[number];

/**
 * TETAPKAN sets the evaluation and delivers it to the pegawai; from then on the PPK cannot change it.
 * A periodic evaluation stays DITETAPKAN (it cannot be objected to). An annual one becomes FINAL when the
 * objection window closes without an objection (FINALKAN, fired by the system) or when the Atasan PPK
 * decides the objection (PUTUSKAN). The pegawai's acknowledgement of receipt is not a transition: it
 * does not waive the objection window.
 */
export const EVALUASI_MACHINE: Machine<StatusEvaluasi, EventEvaluasi, Peran> = {
  initial: "DRAFT",
  transitions: [
    { event: "SIMPAN", from: ["DRAFT"], to: "DRAFT", roles: ["PPK"] },
    { event: "TETAPKAN", from: ["DRAFT"], to: "DITETAPKAN", roles: ["PPK"] },
    /** Calibration against the curve: a set evaluation's ratings changed with a reason, before it is final or objected to. */
    { event: "KALIBRASI", from: ["DITETAPKAN"], to: "DITETAPKAN", roles: ["PIMPINAN"] },
    { event: "AJUKAN_KEBERATAN", from: ["DITETAPKAN"], to: "KEBERATAN", roles: ["PEGAWAI"] },
    { event: "FINALKAN", from: ["DITETAPKAN"], to: "FINAL", roles: ["SISTEM"] },
    { event: "PUTUSKAN", from: ["KEBERATAN"], to: "FINAL", roles: ["ATASAN_PPK"] },
  ],
};

// --- Keberatan ----------------------------------------------------------------------------------

export const STATUS_KEBERATAN = ["DIAJUKAN", "DIPERIKSA", "DIKABULKAN", "DITOLAK", "DIBATALKAN"] as const;
export type StatusKeberatan = (typeof STATUS_KEBERATAN)[number];
export const EVENT_KEBERATAN = ["PERIKSA", "KABULKAN", "TOLAK", "BATALKAN"] as const;
export type EventKeberatan = (typeof EVENT_KEBERATAN)[number];

/** The Atasan PPK's decision (DIKABULKAN / DITOLAK) is final; it may be taken straight from DIAJUKAN. */
export const KEBERATAN_MACHINE: Machine<StatusKeberatan, EventKeberatan, Peran> = {
  initial: "DIAJUKAN",
  transitions: [
    { event: "PERIKSA", from: ["DIAJUKAN"], to: "DIPERIKSA", roles: ["ATASAN_PPK"] },
    { event: "KABULKAN", from: ["DIAJUKAN", "DIPERIKSA"], to: "DIKABULKAN", roles: ["ATASAN_PPK"] },
    { event: "TOLAK", from: ["DIAJUKAN", "DIPERIKSA"], to: "DITOLAK", roles: ["ATASAN_PPK"] },
    { event: "BATALKAN", from: ["DIAJUKAN"], to: "DIBATALKAN", roles: ["PEGAWAI"] },
  ],
};
