"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const PERISTIWA = ["notifikasi", "realisasi", "umpan-balik", "evaluasi", "dialog"] as const;

/**
 * Keeps the open page current: listens to the server's live events (Server-Sent Events from
 * /api/langsung) and re-renders the page's server data when one arrives — the bell, a PPK's team
 * progress, new feedback — without reloading. EventSource reconnects by itself after a drop; what
 * happened meanwhile is caught up by one refresh on reconnecting. A new notification's title is
 * announced to screen readers, and the bell counts it at once (BEL_BARU) rather than after the
 * page's re-render, which on a heavy page can take a while.
 */
export const BEL_BARU = "kinerja:notifikasi-baru";

export function Langsung() {
  const router = useRouter();
  const [pengumuman, setPengumuman] = useState("");
  useEffect(() => {
    const sumber = new EventSource("/api/langsung");
    let jeda: ReturnType<typeof setTimeout> | undefined;
    let pertama = true;
    const segarkan = () => {
      clearTimeout(jeda);
      jeda = setTimeout(() => router.refresh(), 150);
    };
    for (const p of PERISTIWA) sumber.addEventListener(p, segarkan);
    sumber.addEventListener("notifikasi", (e) => {
      window.dispatchEvent(new Event(BEL_BARU));
      try {
        const { judul } = JSON.parse((e as MessageEvent<string>).data) as { judul?: string };
        if (judul) setPengumuman(judul);
      } catch {
        /* not for announcing */
      }
    });
    sumber.addEventListener("siap", () => {
      document.documentElement.setAttribute("data-langsung", "siap");
      if (!pertama) segarkan();
      pertama = false;
    });
    return () => {
      clearTimeout(jeda);
      sumber.close();
      document.documentElement.removeAttribute("data-langsung");
    };
  }, [router]);
  return (
    <div className="sr-only" aria-live="polite" data-testid="pengumuman-langsung">
      {pengumuman}
    </div>
  );
}
