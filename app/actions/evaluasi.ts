"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import {
  ajukanKeberatan,
  putuskanKeberatan,
  simpanEvaluasi,
  tanggapiKeberatan,
  terimaEvaluasi,
  tetapkanBanyakEvaluasi,
} from "@/lib/services/evaluasi";

/** Thin wrappers: the services validate, authorise, write with an audit row, notify and raise live events. */
function segarkan() {
  revalidatePath("/evaluasi", "layout");
  revalidatePath("/dasbor", "layout");
  revalidatePath("/skp", "layout");
}

async function jalankan<T>(fn: (ctx: Awaited<ReturnType<typeof requireContext>>) => Promise<T>) {
  const ctx = await requireContext();
  const result = await runAction(() => fn(ctx));
  if (result.ok) segarkan();
  return result;
}

export async function simpanEvaluasiAction(input: unknown) {
  return jalankan((ctx) => simpanEvaluasi(ctx, input));
}

export async function tetapkanBanyakEvaluasiAction(ids: unknown) {
  return jalankan((ctx) => tetapkanBanyakEvaluasi(ctx, ids));
}

export async function terimaEvaluasiAction(evaluasiId: unknown) {
  return jalankan((ctx) => terimaEvaluasi(ctx, evaluasiId));
}

export async function ajukanKeberatanAction(input: unknown) {
  return jalankan((ctx) => ajukanKeberatan(ctx, input));
}

export async function tanggapiKeberatanAction(input: unknown) {
  return jalankan((ctx) => tanggapiKeberatan(ctx, input));
}

export async function putuskanKeberatanAction(input: unknown) {
  return jalankan((ctx) => putuskanKeberatan(ctx, input));
}
