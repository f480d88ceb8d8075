"use client";
import { useEffect } from "react";

/**
 * Scrolls a horizontal list sideways so its current item (aria-current) is in view — e.g. this
 * month's checkpoint on a phone — without moving the page vertically (a #anchor jump stays put).
 */
export function GulirKeTerpilih({ daftarId }: { daftarId: string }) {
  useEffect(() => {
    const daftar = document.getElementById(daftarId);
    const item = daftar?.querySelector<HTMLElement>("[aria-current]");
    if (daftar && item) daftar.scrollLeft = item.offsetLeft - daftar.clientWidth / 2 + item.clientWidth / 2;
  }, [daftarId]);
  return null;
}
