/**
 * A small in-process cache for aggregate read models (unit and instansi summaries): many leaders
 * open the same summary at deadline peaks, and recounting 100,000 assignments for each of them
 * would make the page slow for everyone. Entries live `TTL_MS`; concurrent requests for the same
 * key share one query; a failed query is not cached. Only aggregates go here — never per-user
 * data — and callers authorise before they read. Mutations that change what is counted call
 * `invalidateRingkasan()`.
 */
export const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

// one store per database handle, so two databases in one process never share entries
const globalForCache = globalThis as unknown as { kinerjaRingkasan?: WeakMap<object, Map<string, Entry>> };
const stores = (globalForCache.kinerjaRingkasan ??= new WeakMap<object, Map<string, Entry>>());

function storeOf(db: object): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map()));
  return store;
}

export async function ringkasanCached<T>(
  db: object,
  key: string,
  load: () => Promise<T>,
  now: () => number = Date.now,
): Promise<{ value: T; at: number }> {
  const store = storeOf(db);
  const hit = store.get(key);
  if (hit && now() - hit.at < TTL_MS) return { value: (await hit.value) as T, at: hit.at };
  const at = now();
  const value = load();
  store.set(key, { at, value });
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  try {
    return { value: await value, at };
  } catch (error) {
    if (store.get(key)?.value === value) store.delete(key);
    throw error;
  }
}

/** Drops cached summaries of a database (all, or those whose key starts with `prefix`). */
export function invalidateRingkasan(db: object, prefix = ""): void {
  const store = storeOf(db);
  for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
}
