"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const PERISTIWA = ["notifikasi", "realisasi", "umpan-balik"] as const;

/**
 * Keeps the open page current: listens to the server's live events (Server-Sent Events from
 * /api/langsung) and re-renders the page's server data when one arrives — the bell, a PPK's team
 * progress, new feedback — without reloading. EventSource reconnects by itself after a drop.
 */
export function Langsung() {
  const router = useRouter();
  useEffect(() => {
    const sumber = new EventSource("/api/langsung");
    let jeda: ReturnType<typeof setTimeout> | undefined;
    const segarkan = () => {
      clearTimeout(jeda);
      jeda = setTimeout(() => router.refresh(), 150);
    };
    for (const p of PERISTIWA) sumber.addEventListener(p, segarkan);
    sumber.addEventListener("siap", () => document.documentElement.setAttribute("data-langsung", "siap"));
    return () => {
      clearTimeout(jeda);
      sumber.close();
      document.documentElement.removeAttribute("data-langsung");
    };
  }, [router]);
  return null;
}
