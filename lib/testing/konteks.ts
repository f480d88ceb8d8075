import type { Db } from "@/db/client";
import { loadActor, type ServiceContext } from "@/lib/services/context";

/** The service context of an active pegawai on `today` (throws when they are not active). */
export async function konteksPegawai(db: Db, pegawaiId: string, today: string): Promise<ServiceContext> {
  const actor = await loadActor(db, pegawaiId, today);
  if (!actor) throw new Error(`pegawai ${pegawaiId} is not active`);
  return { db, actor, today };
}
