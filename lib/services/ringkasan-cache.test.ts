import { beforeEach, describe, expect, it, vi } from "vitest";
import { BASI_MS, TTL_MS, invalidateRingkasan, ringkasanCached } from "./ringkasan-cache";

const db = {};

describe("ringkasanCached", () => {
  beforeEach(() => invalidateRingkasan(db));

  it("shares one load between concurrent callers and serves it until the TTL passes", async () => {
    let now = 1_000;
    const load = vi.fn(async () => ({ n: load.mock.calls.length }));
    const [a, b] = await Promise.all([ringkasanCached(db, "k", load, () => now), ringkasanCached(db, "k", load, () => now)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a.value).toBe(b.value);
    now += TTL_MS - 1;
    expect((await ringkasanCached(db, "k", load, () => now)).value).toEqual({ n: 1 });
    now += 1;
    // expired: the last value at once, with the time it was counted, while one refresh runs
    const basi = await ringkasanCached(db, "k", load, () => now);
    expect(basi).toEqual({ value: { n: 1 }, at: 1_000 });
    await ringkasanCached(db, "k", load, () => now);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.waitFor(async () => expect((await ringkasanCached(db, "k", load, () => now)).value).toEqual({ n: 2 }));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("counts afresh, waiting, once a value is older than BASI_MS", async () => {
    let now = 5_000;
    const load = vi.fn(async () => load.mock.calls.length);
    await ringkasanCached(db, "b", load, () => now);
    now += BASI_MS;
    expect((await ringkasanCached(db, "b", load, () => now)).value).toBe(2);
  });

  it("keeps serving the stale value when its refresh fails, and tries again", async () => {
    let now = 0;
    let gagal = false;
    const load = vi.fn(async () => {
      if (gagal) throw new Error("db down");
      return load.mock.calls.length;
    });
    await ringkasanCached(db, "g", load, () => now);
    gagal = true;
    now += TTL_MS;
    expect((await ringkasanCached(db, "g", load, () => now)).value).toBe(1);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 0));
    gagal = false;
    expect((await ringkasanCached(db, "g", load, () => now)).value).toBe(1);
    await vi.waitFor(async () => expect((await ringkasanCached(db, "g", load, () => now)).value).toBe(3));
  });

  it("keeps the entries of two databases apart", async () => {
    const other = {};
    await ringkasanCached(db, "k", async () => "a");
    expect((await ringkasanCached(other, "k", async () => "b")).value).toBe("b");
  });

  it("does not keep a failed load, and forgets on invalidation", async () => {
    const failing = vi.fn(async () => {
      throw new Error("db down");
    });
    await expect(ringkasanCached(db, "x", failing)).rejects.toThrow("db down");
    const ok = vi.fn(async () => 42);
    expect((await ringkasanCached(db, "x", ok)).value).toBe(42);
    invalidateRingkasan(db, "x");
    await ringkasanCached(db, "x", ok);
    expect(ok).toHaveBeenCalledTimes(2);
  });
});
