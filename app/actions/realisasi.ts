"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action-result";
import { requireContext } from "@/lib/server/request-context";
import {
  balasUmpanBalik,
  beriUmpanBalik,
  catatRealisasi,
  hapusBukti,
  simpanFrasaUmpanBalik,
  simpanRencanaAksi,
  tambahBukti,
  type BerkasUnggahan,
} from "@/lib/services/realisasi";

/** Thin wrappers: the services validate, authorise, write with an audit row and raise live events. */
function segarkan() {
  revalidatePath("/skp", "layout");
  revalidatePath("/dasbor", "layout");
}

/** The form's fields as an object, and its file (if one was chosen) as bytes. */
async function pisahkan(form: FormData): Promise<{ input: Record<string, string>; berkas: BerkasUnggahan | null }> {
  const input: Record<string, string> = {};
  let berkas: BerkasUnggahan | null = null;
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") input[k] = v;
    else if (k === "berkas" && v.size > 0) berkas = { nama: v.name, isi: new Uint8Array(await v.arrayBuffer()) };
  }
  return { input, berkas };
}

export async function catatRealisasiAction(form: FormData) {
  const ctx = await requireContext();
  const { input, berkas } = await pisahkan(form);
  const result = await runAction(() => catatRealisasi(ctx, input, berkas));
  if (result.ok) segarkan();
  return result;
}

export async function tambahBuktiAction(form: FormData) {
  const ctx = await requireContext();
  const { input, berkas } = await pisahkan(form);
  const result = await runAction(() => tambahBukti(ctx, input, berkas));
  if (result.ok) segarkan();
  return result;
}

export async function hapusBuktiAction(buktiId: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => hapusBukti(ctx, buktiId));
  if (result.ok) segarkan();
  return result;
}

export async function simpanRencanaAksiAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanRencanaAksi(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function beriUmpanBalikAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => beriUmpanBalik(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function balasUmpanBalikAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => balasUmpanBalik(ctx, input));
  if (result.ok) segarkan();
  return result;
}

export async function simpanFrasaAction(input: unknown) {
  const ctx = await requireContext();
  const result = await runAction(() => simpanFrasaUmpanBalik(ctx, input));
  if (result.ok) revalidatePath("/admin/frasa");
  return result;
}
