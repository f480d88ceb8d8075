import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "./client";
import { DataFolderLockedError, lockDataFolder } from "./lock";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-lock-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("embedded database folder lock", () => {
  it("makes a second process fail at once with a clear message while the first holds the folder", async () => {
    const dataDir = path.join(tmp, "db");
    const first = await openDb({ kind: "pglite", dataDir });
    try {
      const started = Date.now();
      const child = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "-e",
          `import("./db/client.ts").then(m => m.openDb({ kind: "pglite", dataDir: ${JSON.stringify(dataDir)} })).then(() => process.exit(0), e => { console.error(e.message); process.exit(3); })`,
        ],
        { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 },
      );
      expect(child.status).toBe(3);
      expect(child.stderr).toContain("already in use by another Kinerja process");
      expect(child.stderr).toContain(String(process.pid));
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await first.close();
    }
    // released on close: the folder opens again, data intact
    const again = await openDb({ kind: "pglite", dataDir });
    await again.close();
  });

  it("refuses within the same check when the lock file names a running process", () => {
    const dataDir = path.join(tmp, "other");
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderLockedError);
    fs.rmSync(`${dataDir}.lock`);
  });

  it("takes over a lock left behind by a process that no longer runs", () => {
    const dataDir = path.join(tmp, "stale");
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const release = lockDataFolder(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
