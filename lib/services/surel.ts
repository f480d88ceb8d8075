/**
 * Email: an outbox on the notification table. `kirimNotifikasi` marks a row `surel_menunggu` when SMTP
 * is configured; `kirimAntreanSurel` claims due rows with SKIP LOCKED (so with several instances each
 * email is sent by one of them), checks the recipient's address and preference (a kind not listed
 * falls under LAINNYA), and sends.
 */
import { sql } from "drizzle-orm";
import { queryRows, uuidList, type Db } from "@/db/client";
import { JENIS_NOTIFIKASI } from "@/lib/domain/notifikasi";

export interface PesanSurel {
  ke: string;
  subjek: string;
  teks: string;
  html: string;
}

export interface PengirimSurel {
  kirim(pesan: PesanSurel): Promise<void>;
}

/** Sends through SMTP with nodemailer (SMTP_URL: smtp://user:pass@host:port or smtps://…). */
export async function pengirimSmtp(smtpUrl: string, dari: string): Promise<PengirimSurel> {
  const { default: nodemailer } = await import("nodemailer");
  // short timeouts: a hung server must not hold the queue for nodemailer's default 10 minutes
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async kirim(p) {
      await transport.sendMail({ from: dari, to: p.ke, subject: p.subjek, text: p.teks, html: p.html });
    },
  };
}

export const MAKS_PERCOBAAN = 5;
/** Emails per claim. */
export const BATAS_ANTREAN = 50;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The email for one notification: its title as the subject, its text, and the link into the app. */
export function susunSurel(n: { judul: string; isi: string; tautan: string | null; nama: string }, urlAplikasi: string): Omit<PesanSurel, "ke"> {
  const tautan = n.tautan ? `${urlAplikasi}${n.tautan}` : urlAplikasi;
  const teks = `Yth. ${n.nama},\n\n${n.isi}\n\nBuka: ${tautan}\n\n— Kinerja\nAnda dapat mematikan surel jenis ini di ${urlAplikasi}/pengaturan.`;
  const html =
    `<p>Yth. ${escapeHtml(n.nama)},</p><p>${escapeHtml(n.isi)}</p>` +
    `<p><a href="${escapeHtml(tautan)}">${escapeHtml(tautan)}</a></p>` +
    `<p style="color:#666;font-size:12px">Kinerja — surel jenis ini dapat dimatikan di <a href="${escapeHtml(urlAplikasi)}/pengaturan">Pengaturan</a>.</p>`;
  return { subjek: `[Kinerja] ${n.judul}`, teks, html };
}

export interface HasilAntrean {
  terkirim: number;
  gagal: number;
  dilewati: number;
}

/** How long a claimed email is held by the instance sending it (if that instance dies, another takes it after). */
const SEWA = sql`interval '15 minutes'`;

/**
 * Sends up to `batas` waiting emails that are due. Safe to run on every instance at once: a claim
 * is a lease (SKIP LOCKED, then not due for 15 minutes), each email is marked sent as soon as it is,
 * so a crash re-sends at most the one in flight (at-least-once). A failure waits 1, 2, 4, 8 minutes
 * before the next attempt, and gives up after MAKS_PERCOBAAN.
 */
export async function kirimAntreanSurel(db: Db, pengirim: PengirimSurel, opsi: { urlAplikasi: string; batas?: number }): Promise<HasilAntrean> {
  const klaim = await queryRows<{ id: string; jenis: string; judul: string; isi: string; tautan: string | null; surel_percobaan: number; email: string | null; nama: string; mati: boolean }>(
    db,
    sql`with k as (
          select id from notifikasi where surel_menunggu and (surel_coba_at is null or surel_coba_at <= now())
           order by created_at limit ${opsi.batas ?? BATAS_ANTREAN} for update skip locked
        ), u as (
          update notifikasi n set surel_percobaan = n.surel_percobaan + 1, surel_coba_at = now() + ${SEWA}
            from k where n.id = k.id
          returning n.id, n.penerima_id, n.jenis, n.judul, n.isi, n.tautan, n.surel_percobaan
        )
        select u.id, u.jenis, u.judul, u.isi, u.tautan, u.surel_percobaan, p.email, p.nama,
               coalesce((select not ps.aktif from preferensi_surel ps where ps.pegawai_id = u.penerima_id
                          and ps.jenis = case when u.jenis in (${sql.join(JENIS_NOTIFIKASI.map((j) => sql`${j}`), sql`, `)}) then u.jenis else 'LAINNYA' end), false) as mati
          from u join pegawai p on p.id = u.penerima_id`,
  );
  const hasil: HasilAntrean = { terkirim: 0, gagal: 0, dilewati: 0 };
  const dilewati: string[] = [];
  for (const n of klaim) {
    if (!n.email || n.mati) {
      dilewati.push(n.id);
      hasil.dilewati++;
      continue;
    }
    try {
      await pengirim.kirim({ ke: n.email, ...susunSurel(n, opsi.urlAplikasi) });
      await db.execute(sql`update notifikasi set surel_menunggu = false, surel_terkirim_at = now(), surel_galat = null, surel_coba_at = null where id = ${n.id}`);
      hasil.terkirim++;
    } catch (error) {
      hasil.gagal++;
      const pesan = error instanceof Error ? error.message : String(error);
      await db.execute(
        sql`update notifikasi set surel_galat = ${pesan.slice(0, 500)}, surel_menunggu = ${n.surel_percobaan < MAKS_PERCOBAAN},
                   surel_coba_at = now() + interval '1 minute' * power(2, ${n.surel_percobaan - 1}) where id = ${n.id}`,
      );
    }
  }
  if (dilewati.length) await db.execute(sql`update notifikasi set surel_menunggu = false, surel_coba_at = null where id in (${uuidList(dilewati)})`);
  return hasil;
}
