"use server";
import { revalidatePath } from "next/cache";
import { requireContext } from "@/lib/server/request-context";
import { runAction } from "@/lib/server/action-result";
import { tandaiNotifikasiDibaca } from "@/lib/services/notifikasi";

export async function tandaiDibacaAction(id: string) {
  const ctx = await requireContext();
  const result = await runAction(() => tandaiNotifikasiDibaca(ctx, id));
  if (result.ok) revalidatePath("/dasbor", "layout");
  return result;
}
