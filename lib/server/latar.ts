import "server-only";
import { getDb } from "@/db";
import { readEnv, today, urlAplikasi } from "@/lib/env";
import { finalkanEvaluasiLewatTenggat } from "@/lib/services/evaluasi";
import { kirimPengingatTenggat } from "@/lib/services/realisasi";
import { BATAS_ANTREAN, kirimAntreanSurel, pengirimSmtp, type PengirimSurel } from "@/lib/services/surel";
import { dengarkanSemua } from "./langsung";

/**
 * Background work of each app instance: sending queued email (at once when a notification is raised
 * anywhere, and every 30 s for retries), the daily deadline reminders (checked hourly; keyed, so
 * several instances or restarts do not repeat them) and the finalisation of annual evaluations whose
 * objection window has closed (hourly; a no-op when another instance already did it).
 */
const g = globalThis as unknown as { kinerjaLatar?: boolean };

export async function mulaiLatar(): Promise<void> {
  if (g.kinerjaLatar) return;
  g.kinerjaLatar = true;
  const env = readEnv();
  const db = await getDb();

  const pengingat = async () => {
    try {
      const n = await kirimPengingatTenggat(db, today());
      if (n) console.log(`[kinerja] ${n} pengingat realisasi dikirim`);
      const f = await finalkanEvaluasiLewatTenggat(db, today());
      if (f) console.log(`[kinerja] ${f} evaluasi tahunan menjadi final (masa keberatan berakhir)`);
    } catch (error) {
      console.error("[kinerja] pengingat gagal", error);
    }
  };
  void pengingat();
  setInterval(pengingat, 60 * 60_000).unref();

  if (!env.SMTP_URL) return;
  const pengirim: PengirimSurel = await pengirimSmtp(env.SMTP_URL, env.SMTP_FROM);
  let berjalan = false;
  let lagi = false;
  const kirim = async () => {
    if (berjalan) {
      lagi = true;
      return;
    }
    berjalan = true;
    try {
      do {
        lagi = false;
        const hasil = await kirimAntreanSurel(db, pengirim, { urlAplikasi: urlAplikasi(env), batas: BATAS_ANTREAN });
        if (hasil.gagal) console.error(`[kinerja] ${hasil.gagal} surel gagal dikirim; dicoba lagi nanti`);
        // a full batch means more may be waiting (a reminder burst): go on at once
        else if (hasil.terkirim + hasil.dilewati === BATAS_ANTREAN) lagi = true;
      } while (lagi);
    } catch (error) {
      console.error("[kinerja] antrean surel", error);
    } finally {
      berjalan = false;
    }
  };
  await dengarkanSemua((p) => {
    if (p.jenis === "notifikasi") void kirim();
  });
  setInterval(kirim, 30_000).unref();
  void kirim();
  console.log("[kinerja] surel aktif (SMTP)");
}
