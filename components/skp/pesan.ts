"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Turns an action's error code or a field's message key into a sentence in the user's language. */
export function usePesan() {
  const tv = useTranslations("validasi");
  const tg = useTranslations("galat");
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    if (tv.has(code)) return tv(code);
    if (tg.has(code)) return tg(code);
    return tg("KESALAHAN_SISTEM");
  };
}

/**
 * The sentences for a refused action: the given codes (by default its field errors), else its
 * error code.
 */
export function usePesanGalat() {
  const pesan = usePesan();
  return (
    result: { error: string; fieldErrors?: Record<string, string[]> },
    kode: string[] = Object.values(result.fieldErrors ?? {}).flat(),
  ): string[] => (kode.length ? kode : [result.error]).map((k) => pesan(k)!);
}

/**
 * Puts the server's field errors ("rhk.0.iki.1.targetMin") on the form's fields; returns the
 * messages that belong to no field (key "_") so the caller can show them above the form.
 */
export function terapkanGalatServer<T extends FieldValues>(
  fieldErrors: Record<string, string[]> | undefined,
  setError: UseFormSetError<T>,
): string[] {
  const umum: string[] = [];
  for (const [field, codes] of Object.entries(fieldErrors ?? {})) {
    if (field === "_" || field === "") umum.push(...codes);
    else setError(field as Path<T>, { type: "server", message: codes[0] });
  }
  return umum;
}
