import { beforeEach, describe, expect, it, vi } from "vitest";
import { TTL_MS, invalidateRingkasan, ringkasanCached } from "./ringkasan-cache";

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
    expect((await ringkasanCached(db, "k", load, () => now)).value).toEqual({ n: 2 });
    expect(load).toHaveBeenCalledTimes(2);
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
