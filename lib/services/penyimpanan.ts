/**
 * Where evidence files live. The interface keeps the services free of any one store; the default keeps
 * files on local disk outside the web root (KINERJA_BERKAS_DIR, default .data/berkas), each under a
 * random key, with its SHA-256 recorded by the caller. An object store would implement the same three calls.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface BerkasTersimpan {
  kunci: string;
  sha256: string;
  ukuran: number;
}

export interface PenyimpananBerkas {
  simpan(isi: Uint8Array): Promise<BerkasTersimpan>;
  baca(kunci: string): Promise<Buffer>;
  hapus(kunci: string): Promise<void>;
}

const KUNCI = /^\d{4}\/[0-9a-f-]{36}$/;

export function penyimpananDisk(folder: string): PenyimpananBerkas {
  const lokasi = (kunci: string) => {
    if (!KUNCI.test(kunci)) throw new Error(`kunci berkas tidak valid: ${kunci}`);
    return path.join(folder, kunci);
  };
  return {
    async simpan(isi) {
      const kunci = `${new Date().getUTCFullYear()}/${randomUUID()}`;
      const file = lokasi(kunci);
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await fs.writeFile(file, isi, { mode: 0o600, flag: "wx" });
      return { kunci, sha256: createHash("sha256").update(isi).digest("hex"), ukuran: isi.byteLength };
    },
    baca: (kunci) => fs.readFile(lokasi(kunci)),
    async hapus(kunci) {
      await fs.rm(lokasi(kunci), { force: true });
    },
  };
}

let bawaan: PenyimpananBerkas | null = null;

/** The app's store: local disk in KINERJA_BERKAS_DIR (default .data/berkas). */
export function penyimpananBawaan(): PenyimpananBerkas {
  bawaan ??= penyimpananDisk(process.env.KINERJA_BERKAS_DIR || path.join(process.cwd(), ".data", "berkas"));
  return bawaan;
}
