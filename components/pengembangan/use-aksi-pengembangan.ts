"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Hasil } from "@/components/use-aksi";
import { usePesanGalatPengembangan } from "./pesan";

type HasilAksi = { ok: true; data?: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Like useAksi, with this feature's messages; `setelah` runs after a success (e.g. to navigate). */
export function useAksiPengembangan() {
  const router = useRouter();
  const galat = usePesanGalatPengembangan();
  const [pending, start] = useTransition();
  const [hasil, setHasil] = useState<Hasil>(null);
  const jalankan = (fn: () => Promise<HasilAksi>, sukses: string, setelah?: (data: unknown) => void) =>
    start(async () => {
      setHasil(null);
      const r = await fn();
      if (r.ok) {
        setHasil({ ok: true, pesan: sukses });
        if (setelah) setelah(r.data);
        else router.refresh();
      } else setHasil({ ok: false, pesan: galat(r) });
    });
  return { pending, hasil, jalankan };
}
