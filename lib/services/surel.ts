/**
 * Email: an outbox on the notification table. `kirimNotifikasi` marks a row `surel_menunggu` when SMTP
 * is configured; `kirimAntreanSurel` claims waiting rows with SKIP LOCKED (so with several instances
 * each email is sent by one of them), checks the recipient's address and preference (a kind not listed falls under LAINNYA), and sends. A
 * failed send is retried up to MAKS_PERCOBAAN times.
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
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async kirim(p) {
      await transport.sendMail({ from: dari, to: p.ke, subject: p.subjek, text: p.teks, html: p.html });
    },
  };
}

export const MAKS_PERCOBAAN = 5;

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

/** Sends up to `batas` waiting emails. Safe to run on every instance at once. */
export async function kirimAntreanSurel(db: Db, pengirim: PengirimSurel, opsi: { urlAplikasi: string; batas?: number }): Promise<HasilAntrean> {
  const klaim = await queryRows<{ id: string; jenis: string; judul: string; isi: string; tautan: string | null; surel_percobaan: number; email: string | null; nama: string; mati: boolean }>(
    db,
    sql`with k as (
          select id from notifikasi where surel_menunggu order by created_at limit ${opsi.batas ?? 50} for update skip locked
        ), u as (
          update notifikasi n set surel_menunggu = false, surel_percobaan = n.surel_percobaan + 1
            from k where n.id = k.id
          returning n.id, n.penerima_id, n.jenis, n.judul, n.isi, n.tautan, n.surel_percobaan
        )
        select u.id, u.jenis, u.judul, u.isi, u.tautan, u.surel_percobaan, p.email, p.nama,
               coalesce((select not ps.aktif from preferensi_surel ps where ps.pegawai_id = u.penerima_id
                          and ps.jenis = case when u.jenis in (${sql.join(JENIS_NOTIFIKASI.map((j) => sql`${j}`), sql`, `)}) then u.jenis else 'LAINNYA' end), false) as mati
          from u join pegawai p on p.id = u.penerima_id`,
  );
  const hasil: HasilAntrean = { terkirim: 0, gagal: 0, dilewati: 0 };
  const terkirim: string[] = [];
  for (const n of klaim) {
    if (!n.email || n.mati) {
      hasil.dilewati++;
      continue;
    }
    try {
      await pengirim.kirim({ ke: n.email, ...susunSurel(n, opsi.urlAplikasi) });
      terkirim.push(n.id);
      hasil.terkirim++;
    } catch (error) {
      hasil.gagal++;
      const pesan = error instanceof Error ? error.message : String(error);
      await db.execute(
        sql`update notifikasi set surel_galat = ${pesan.slice(0, 500)}, surel_menunggu = ${n.surel_percobaan < MAKS_PERCOBAAN} where id = ${n.id}`,
      );
    }
  }
  if (terkirim.length) await db.execute(sql`update notifikasi set surel_terkirim_at = now(), surel_galat = null where id in (${uuidList(terkirim)})`);
  return hasil;
}
