import { redirect } from "next/navigation";
import { DASBOR_PERAN } from "@/lib/policy";
import { getPeranAktif, requireContext } from "@/lib/server/request-context";

export default async function DasborPage() {
  const ctx = await requireContext();
  const peran = await getPeranAktif(ctx);
  redirect(peran ? `/dasbor/${DASBOR_PERAN[peran]}` : "/organisasi");
}
