"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import { catatPelatihan, putuskanUsulan, simpanDiklat, simpanTargetJam, usulkanPengembangan } from "@/lib/services/pengembangan";

/** Thin wrappers: the services validate, authorise, write with an audit row and notify. */
async function jalankan<T>(fn: (ctx: Awaited<ReturnType<typeof requireContext>>) => Promise<T>) {
  const ctx = await requireContext();
  const result = await runAction(() => fn(ctx));
  if (result.ok) {
    revalidatePath("/pengembangan", "layout");
    revalidatePath("/dasbor", "layout");
  }
  return result;
}

export async function usulkanPengembanganAction(input: unknown) {
  return jalankan((ctx) => usulkanPengembangan(ctx, input));
}

export async function putuskanUsulanAction(input: unknown) {
  return jalankan((ctx) => putuskanUsulan(ctx, input));
}

export async function catatPelatihanAction(input: unknown) {
  return jalankan((ctx) => catatPelatihan(ctx, input));
}

export async function simpanDiklatAction(input: unknown) {
  const result = await jalankan((ctx) => simpanDiklat(ctx, input));
  if (result.ok) revalidatePath("/admin/diklat");
  return result;
}

export async function simpanTargetJamAction(input: unknown) {
  const result = await jalankan((ctx) => simpanTargetJam(ctx, input));
  if (result.ok) revalidatePath("/admin/diklat");
  return result;
}
