"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import { simpanAturanKeberatan } from "@/lib/services/aturan";

export async function simpanAturanKeberatanAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanAturanKeberatan(ctx, input));
  if (result.ok) revalidatePath("/admin/aturan");
  return result;
}
