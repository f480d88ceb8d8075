/**
 * An exclusive lock on the embedded database folder. PGlite does not lock its folder, and two
 * processes writing it silently lose rows, so a second process must fail at once and say why.
 * The lock file holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
import fs from "node:fs";
import path from "node:path";

export class DataFolderLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database folder is already in use by another Kinerja process (pid ${ownerPid}). ` +
        `Stop that process first, or point KINERJA_DATA_DIR at another folder, or set DATABASE_URL to use PostgreSQL. ` +
        `Lock file: ${lockFile}`,
    );
    this.name = "DataFolderLockedError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock for `dataDir`; returns a function that releases it. Throws DataFolderLockedError when held. */
export function lockDataFolder(dataDir: string): () => void {
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.lock`);
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const ownerPid = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (ownerPid === process.pid) return () => {};
      if (Number.isInteger(ownerPid) && ownerPid > 0 && isRunning(ownerPid)) {
        throw new DataFolderLockedError(lockFile, ownerPid);
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}
