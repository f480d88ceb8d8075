"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import {
  ajukanSkp,
  bukaVersiBaruSkp,
  buatSkp,
  kembalikanSkp,
  serahkanRhk,
  setujuiBanyakSkp,
  setujuiSkp,
  simpanDraftSkp,
  tarikSkp,
  tulisEkspektasi,
} from "@/lib/services/skp";

/** Thin wrappers: the service authenticates, validates, authorises and audits; here we only revalidate. */
function segarkan(skpId?: unknown) {
  if (typeof skpId === "string") revalidatePath(`/skp/${skpId}`, "layout");
  revalidatePath("/dasbor", "layout");
  revalidatePath("/skp/antrian");
  revalidatePath("/skp/matriks");
}

export async function buatSkpAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => buatSkp(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function simpanDraftSkpAction(skpId: unknown, input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanDraftSkp(ctx, skpId, input));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function ajukanSkpAction(skpId: unknown, lockVersion?: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => ajukanSkp(ctx, skpId, lockVersion));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function tarikSkpAction(skpId: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => tarikSkp(ctx, skpId));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function kembalikanSkpAction(skpId: unknown, input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => kembalikanSkp(ctx, skpId, input));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function setujuiSkpAction(skpId: unknown, lockVersion?: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => setujuiSkp(ctx, skpId, lockVersion));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function setujuiBanyakSkpAction(skpIds: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => setujuiBanyakSkp(ctx, skpIds));
  if (result.ok) segarkan();
  return result;
}

export async function bukaVersiBaruSkpAction(skpId: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => bukaVersiBaruSkp(ctx, skpId));
  if (result.ok) segarkan(skpId);
  return result;
}

export async function tulisEkspektasiAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => tulisEkspektasi(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function serahkanRhkAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => serahkanRhk(ctx, input));
  if (result.ok) segarkan();
  return result;
}
