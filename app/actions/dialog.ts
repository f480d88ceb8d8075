"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import {
  hapusTindakan,
  jawabPertanyaan,
  konfirmasiDialog,
  simpanCatatanDialog,
  tambahTindakan,
  tandaiTindakanSelesai,
  tulisPertanyaan,
  usulkanDialog,
} from "@/lib/services/dialog";

/** Thin wrappers: the services validate, authorise, write with an audit row, notify and raise live events. */
function segarkan() {
  revalidatePath("/dialog", "layout");
  revalidatePath("/skp", "layout");
  revalidatePath("/dasbor", "layout");
}

export async function usulkanDialogAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => usulkanDialog(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function tulisPertanyaanAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => tulisPertanyaan(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function jawabPertanyaanAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => jawabPertanyaan(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function simpanCatatanDialogAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanCatatanDialog(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function tambahTindakanAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => tambahTindakan(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function hapusTindakanAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => hapusTindakan(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function tandaiTindakanSelesaiAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => tandaiTindakanSelesai(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function konfirmasiDialogAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => konfirmasiDialog(ctx, input));
  if (result.ok) segarkan();
  return result;
}
