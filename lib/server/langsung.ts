import "server-only";
import { getDbHandle } from "@/db";
import { bacaPeristiwa, SALURAN_LANGSUNG, type Peristiwa } from "@/lib/services/langsung";

/**
 * The process's one LISTEN on the live channel, fanned out to the open pages (Server-Sent Events)
 * of the people each event is for, and to in-process listeners such as the email worker.
 */
type Pendengar = (p: Peristiwa) => void;

interface Hub {
  perPegawai: Map<string, Set<Pendengar>>;
  semua: Set<Pendengar>;
  mulai: Promise<void> | null;
}

const g = globalThis as unknown as { kinerjaLangsung?: Hub };
const hub: Hub = (g.kinerjaLangsung ??= { perPegawai: new Map(), semua: new Set(), mulai: null });

function sebarkan(payload: string) {
  const p = bacaPeristiwa(payload);
  if (!p) return;
  for (const id of p.untuk) for (const fn of hub.perPegawai.get(id) ?? []) fn(p);
  for (const fn of hub.semua) fn(p);
}

/** Starts listening once per process; a failure is retried on the next subscription. */
export function pastikanMendengar(): Promise<void> {
  hub.mulai ??= getDbHandle()
    .then((h) => h.listen(SALURAN_LANGSUNG, sebarkan))
    .then(() => undefined)
    .catch((error: unknown) => {
      hub.mulai = null;
      throw error;
    });
  return hub.mulai;
}

/** Events for one pegawai until the returned function is called. */
export async function dengarkanPegawai(pegawaiId: string, fn: Pendengar): Promise<() => void> {
  await pastikanMendengar();
  let set = hub.perPegawai.get(pegawaiId);
  if (!set) hub.perPegawai.set(pegawaiId, (set = new Set()));
  set.add(fn);
  let aktif = true;
  return () => {
    if (!aktif) return;
    aktif = false;
    set.delete(fn);
    // only drop the entry if it is still this set (another tab may have made a new one meanwhile)
    if (set.size === 0 && hub.perPegawai.get(pegawaiId) === set) hub.perPegawai.delete(pegawaiId);
  };
}

/** Every event (for background work such as sending queued email). */
export async function dengarkanSemua(fn: Pendengar): Promise<() => void> {
  await pastikanMendengar();
  hub.semua.add(fn);
  return () => hub.semua.delete(fn);
}
