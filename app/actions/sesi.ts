"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { signIn, signOut } from "@/lib/auth";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { DASBOR_PERAN, PERAN, can, type Peran } from "@/lib/policy";
import { PERAN_COOKIE, requireContext } from "@/lib/server/request-context";

export async function masukSsoAction() {
  await signIn("sso", { redirectTo: "/dasbor" });
}

export async function masukDemoAction(formData: FormData) {
  const nip = String(formData.get("nip") ?? "");
  await signIn("demo", { nip, redirectTo: "/dasbor" });
}

export async function keluarAction() {
  (await cookies()).delete(PERAN_COOKIE);
  await signOut({ redirectTo: "/masuk" });
}

export async function gantiBahasaAction(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
}

/** Switch the working role; only a role the user really holds today is accepted. */
export async function pilihPeranAction(formData: FormData) {
  const ctx = await requireContext();
  const peran = String(formData.get("peran") ?? "") as Peran;
  if (!(PERAN as readonly string[]).includes(peran) || !can(ctx.actor, { aksi: "peran.pilih", peran })) {
    redirect("/dasbor");
  }
  (await cookies()).set(PERAN_COOKIE, peran, { path: "/", sameSite: "lax", httpOnly: true });
  redirect(`/dasbor/${DASBOR_PERAN[peran]}`);
}
