"use client";
import { useTranslations } from "next-intl";
import { usePesan } from "@/components/skp/pesan";

/** Message of a code: this feature's own refusals first ("pengembangan.galat"), then the shared ones. */
export function usePesanPengembangan() {
  const t = useTranslations("pengembangan.galat");
  const umum = usePesan();
  return (code: string | undefined): string | undefined => (code && t.has(code) ? t(code) : umum(code));
}

/** The sentences of a refused action: its field errors, else its code. */
export function usePesanGalatPengembangan() {
  const pesan = usePesanPengembangan();
  return (r: { error: string; fieldErrors?: Record<string, string[]> }) => {
    const kode = Object.values(r.fieldErrors ?? {}).flat();
    return (kode.length ? kode : [r.error]).map((k) => pesan(k)!).join(" ");
  };
}
