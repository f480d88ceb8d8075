import { notFound, redirect } from "next/navigation";
import { requireContext } from "@/lib/server/request-context";
import { unitAwal } from "@/lib/services/hierarki";

/** Opens the calibration of the unit the actor leads (the instansi's root for the admin and the auditor). */
export default async function KalibrasiAwalPage() {
  const ctx = await requireContext();
  const unitId = await unitAwal(ctx);
  if (!unitId) notFound();
  redirect(`/kalibrasi/${unitId}`);
}
