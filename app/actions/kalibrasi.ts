"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import { kalibrasiEvaluasi, tetapkanKurvaUnit, tetapkanPredikatOrganisasi } from "@/lib/services/kalibrasi";

/** Thin wrappers: the services validate, authorise, write with an audit row, notify and raise live events. */
function segarkan() {
  revalidatePath("/kalibrasi", "layout");
  revalidatePath("/evaluasi", "layout");
  revalidatePath("/dasbor", "layout");
}

async function jalankan<T>(fn: (ctx: Awaited<ReturnType<typeof requireContext>>) => Promise<T>) {
  const ctx = await requireContext();
  const result = await runAction(() => fn(ctx));
  if (result.ok) segarkan();
  return result;
}

export async function tetapkanPredikatOrganisasiAction(input: unknown) {
  return jalankan((ctx) => tetapkanPredikatOrganisasi(ctx, input));
}

export async function kalibrasiEvaluasiAction(input: unknown) {
  return jalankan((ctx) => kalibrasiEvaluasi(ctx, input));
}

export async function tetapkanKurvaAction(input: unknown) {
  return jalankan((ctx) => tetapkanKurvaUnit(ctx, input));
}
