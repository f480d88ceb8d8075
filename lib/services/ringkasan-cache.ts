/**
 * A small in-process cache for aggregate read models (unit and instansi summaries): many leaders
 * open the same summary at deadline peaks, and recounting 100,000 assignments for each of them
 * would make the page slow for everyone. Entries are fresh for `TTL_MS`; concurrent requests for the
 * same key share one query; a failed query is not cached. After the TTL a caller still gets the last
 * value at once (at most `BASI_MS` old, with the time it was counted) while one refresh runs behind
 * it, so an expiry never makes a leader wait for a whole-instansi recount. Only aggregates go here —
 * never per-user data — and callers authorise before they read. Mutations that change what is
 * counted call `invalidateRingkasan()`, which drops the entries: the next reader counts afresh.
 */
export const TTL_MS = 60_000;
/** How old a value may be and still be served while its refresh runs. */
export const BASI_MS = 10 * 60_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
  /** The settled value, once the load succeeded (what a stale read serves). */
  selesai?: { value: unknown };
  /** A refresh running behind a stale read. */
  menyegarkan?: boolean;
}

// one store per database handle, so two databases in one process never share entries
const globalForCache = globalThis as unknown as { kinerjaRingkasan?: WeakMap<object, Map<string, Entry>> };
const stores = (globalForCache.kinerjaRingkasan ??= new WeakMap<object, Map<string, Entry>>());

function storeOf(db: object): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map()));
  return store;
}

function muat<T>(store: Map<string, Entry>, key: string, load: () => Promise<T>, at: number): Entry {
  const entry: Entry = { at, value: load() };
  entry.value.then(
    (value) => (entry.selesai = { value }),
    () => {
      if (store.get(key) === entry) store.delete(key);
    },
  );
  return entry;
}

export async function ringkasanCached<T>(
  db: object,
  key: string,
  load: () => Promise<T>,
  now: () => number = Date.now,
): Promise<{ value: T; at: number }> {
  const store = storeOf(db);
  const hit = store.get(key);
  const t = now();
  if (hit && t - hit.at < TTL_MS) return { value: (await hit.value) as T, at: hit.at };
  if (hit?.selesai && t - hit.at < BASI_MS) {
    if (!hit.menyegarkan) {
      hit.menyegarkan = true;
      const baru = muat(store, key, load, t);
      baru.value.then(
        () => {
          if (store.get(key) === hit) store.set(key, baru);
        },
        () => (hit.menyegarkan = false),
      );
    }
    return { value: hit.selesai.value as T, at: hit.at };
  }
  const entry = muat(store, key, load, t);
  store.set(key, entry);
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  return { value: (await entry.value) as T, at: entry.at };
}

/** Drops cached summaries of a database (all, or those whose key starts with `prefix`). */
export function invalidateRingkasan(db: object, prefix = ""): void {
  const store = storeOf(db);
  for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
}
