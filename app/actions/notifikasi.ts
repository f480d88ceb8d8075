"use server";
import { revalidatePath } from "next/cache";
import { requireContext } from "@/lib/server/request-context";
import { runAction } from "@/lib/server/action-result";
import { simpanPreferensiSurel, tandaiNotifikasiDibaca, tandaiSemuaDibaca } from "@/lib/services/notifikasi";

export async function tandaiDibacaAction(id: string) {
  const ctx = await requireContext();
  const result = await runAction(() => tandaiNotifikasiDibaca(ctx, id));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function tandaiSemuaDibacaAction() {
  const ctx = await requireContext();
  const result = await runAction(() => tandaiSemuaDibaca(ctx));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function simpanPreferensiSurelAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanPreferensiSurel(ctx, input));
  if (result.ok) revalidatePath("/pengaturan");
  return result;
}
