"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { usePesanGalat } from "@/components/skp/pesan";

export type Hasil = { ok: boolean; pesan: string } | null;

/** Runs an action, refreshes the page's server data on success, and turns a refusal into sentences. */
export function useAksi() {
  const router = useRouter();
  const pesanGalat = usePesanGalat();
  const [pending, start] = useTransition();
  const [hasil, setHasil] = useState<Hasil>(null);
  const jalankan = (
    fn: () => Promise<{ ok: true; data?: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string[]> }>,
    sukses: string | ((data: unknown) => string),
    /** Runs after a success instead of refreshing the page (e.g. to navigate). */
    setelah?: (data: unknown) => void,
  ) =>
    start(async () => {
      setHasil(null);
      const r = await fn();
      if (r.ok) {
        setHasil({ ok: true, pesan: typeof sukses === "function" ? sukses(r.data) : sukses });
        if (setelah) setelah(r.data);
        else router.refresh();
      } else setHasil({ ok: false, pesan: pesanGalat(r).join(" ") });
    });
  return { pending, hasil, setHasil, jalankan };
}
