"use server";
import { revalidatePath } from "next/cache";
import { requireContext } from "@/lib/server/request-context";
import { runAction } from "@/lib/server/action-result";
import { bukaMasaPenilaian, buatPeriode } from "@/lib/services/periode";

export async function buatPeriodeAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => buatPeriode(ctx, input));
  if (result.ok) revalidatePath("/dasbor/admin");
  return result;
}

export async function bukaMasaPenilaianAction(periodeId: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => bukaMasaPenilaian(ctx, periodeId));
  if (result.ok) revalidatePath("/dasbor/admin");
  return result;
}
