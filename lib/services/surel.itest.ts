/**
 * Email for real: a realisation reaching its target queues an email for the PPK (SMTP configured),
 * `kirimAntreanSurel` delivers it through nodemailer to a local SMTP server, and the message that
 * arrives is read back raw. Also: a recipient who switched the kind off gets nothing, two senders
 * running at once send each email once, and a failed send waits for a retry (up to MAKS_PERCOBAAN).
 */
import net, { type AddressInfo } from "node:net";
import { sql, type SQL } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "@/db/client";
import { buildHelvetiaRoster } from "@/db/seed/helvetia-roster";
import { seedHelvetia } from "@/db/seed/helvetia";
import { testDatabases } from "@/db/testing";
import type { JenisNotifikasi } from "@/lib/domain/notifikasi";
import { loadActor, type ServiceContext } from "./context";
import { daftarNotifikasi, kirimNotifikasi, simpanPreferensiSurel } from "./notifikasi";
import { penyimpananDisk } from "./penyimpanan";
import { catatRealisasi } from "./realisasi";
import { MAKS_PERCOBAAN, kirimAntreanSurel, pengirimSmtp, type PengirimSurel } from "./surel";

const TODAY = "2026-11-20";
const URL_APLIKASI = "http://kinerja.helvetia.test";
const DARI = "Kinerja Helvetia <kinerja@helvetia.go.id>";
const roster = buildHelvetiaRoster();
const PERSONA_IDS = new Set(Object.values(roster.persona));

type Surel = { ke: string[]; dari: string; raw: string };

// ---------------------------------------------------------------- reading a raw message

const utf8 = (bytes: number[]) => Buffer.from(bytes).toString("utf8");

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const t = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "=" && /^[0-9A-F]{2}$/i.test(t.slice(i + 1, i + 3))) {
      bytes.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(t[i]!, "utf8"));
  }
  return utf8(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
function decodeHeader(v: string): string {
  return v
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _cs: string, enc: string, teks: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(teks, "base64").toString("utf8") : decodeQp(teks.replace(/_/g, " ")),
    );
}

function pisah(raw: string): { headers: Map<string, string>; body: string } {
  const i = raw.search(/\r?\n\r?\n/);
  const kepala = raw.slice(0, i).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of kepala.split(/\r?\n/)) {
    const c = line.indexOf(":");
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, body: raw.slice(i).replace(/^\r?\n\r?\n/, "") };
}

function decodeBagian(headers: Map<string, string>, body: string): string {
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (cte === "quoted-printable") return decodeQp(body);
  if (cte === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** The headers (decoded) and every text part of a message, decoded. */
function bacaSurel(raw: string): { headers: Map<string, string>; bagian: Array<{ jenis: string; isi: string }> } {
  const { headers, body } = pisah(raw);
  for (const [k, v] of headers) headers.set(k, decodeHeader(v));
  const jenis = headers.get("content-type") ?? "text/plain";
  const batas = /boundary="?([^";]+)"?/i.exec(jenis)?.[1];
  if (!batas) return { headers, bagian: [{ jenis: jenis.split(";")[0]!, isi: decodeBagian(headers, body) }] };
  const bagian = body
    .split(`--${batas}`)
    .slice(1)
    .filter((p) => !p.startsWith("--"))
    .map((p) => {
      const b = pisah(p.replace(/^\r?\n/, ""));
      return { jenis: (b.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim(), isi: decodeBagian(b.headers, b.body) };
    });
  return { headers, bagian };
}

/** A port nothing listens on. */
async function portMati(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.each(testDatabases())("email outbox on $name", (tdb) => {
  let h: DbHandle;
  let server: SMTPServer;
  let smtpUrl: string;
  const masuk: Surel[] = [];
  const db = () => h.db;
  const q = <T extends Record<string, unknown>>(query: SQL) => queryRows<T>(db(), query);
  const store = penyimpananDisk("/nonexistent-kinerja-test"); // no file is uploaded here
  const dipakai = new Set<string>();
  const ctxOf = async (pegawaiId: string): Promise<ServiceContext> => ({ db: db(), actor: (await loadActor(db(), pegawaiId, TODAY))!, today: TODAY });
  const cp: Record<number, string> = {};

  /** Runs `fn` with SMTP configured (so notifications are queued for email), or with none (`null`), then restores the environment. */
  async function denganSmtp<T>(fn: () => Promise<T>, url: string | null = smtpUrl): Promise<T> {
    const lama = process.env.SMTP_URL;
    if (url === null) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = url;
    try {
      return await fn();
    } finally {
      if (lama === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = lama;
    }
  }
  const kirim = async (pengirim?: PengirimSurel, batas?: number) =>
    kirimAntreanSurel(db(), pengirim ?? (await pengirimSmtp(smtpUrl, DARI)), { urlAplikasi: URL_APLIKASI, batas });
  const menunggu = async () => Number((await q<{ n: number }>(sql`select count(*)::int as n from notifikasi where surel_menunggu`))[0]!.n);
  const notif = async (where: SQL) =>
    (await q<{ id: string; penerima_id: string; jenis: string; judul: string; tautan: string | null; surel_menunggu: boolean; surel_percobaan: number; surel_terkirim_at: unknown; surel_galat: string | null }>(
      sql`select id, penerima_id, jenis, judul, tautan, surel_menunggu, surel_percobaan, surel_terkirim_at, surel_galat from notifikasi where ${where}`,
    )).map((r) => ({ ...r, surel_percobaan: Number(r.surel_percobaan) }));
  const emailOf = async (pegawaiId: string) => (await q<{ email: string | null }>(sql`select email from pegawai where id = ${pegawaiId}`))[0]!.email;

  /** An owner with a count IKI below target in November whose PPK (not yet used here) has an email address. */
  const subjek = async () => {
    const rows = await q<{ iki_id: string; target_min: string; skp_id: string; pegawai_id: string; ppk_pegawai_id: string; nama: string }>(sql`select i.id as iki_id,
        i.target_min::text as target_min, s.id as skp_id, s.pegawai_id, s.ppk_pegawai_id, pg.nama
      from iki i join rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id join periode p on p.id = s.periode_id
      join pegawai pg on pg.id = s.pegawai_id join pegawai ppk on ppk.id = s.ppk_pegawai_id
      where p.tahun = 2026 and s.status = 'DISETUJUI' and pg.aktif and ppk.email is not null
        and s.berlaku_mulai <= '2026-11-01' and s.berlaku_selesai >= '2026-11-30'
        and i.target_min >= 10 and i.satuan not in ('%', 'persen', 'nilai', 'indeks', 'level', 'skor', 'bulan')
        and not exists (select 1 from evaluasi e where e.skp_id = s.id)
        and (select re.nilai from realisasi re where re.iki_id = i.id and re.checkpoint_id = ${cp[11]}) < i.target_min
      order by i.id`);
    for (const r of rows) {
      if (dipakai.has(r.ppk_pegawai_id) || dipakai.has(r.pegawai_id) || PERSONA_IDS.has(r.pegawai_id)) continue;
      dipakai.add(r.ppk_pegawai_id);
      dipakai.add(r.pegawai_id);
      return r;
    }
    throw new Error("no subject left");
  };

  beforeAll(async () => {
    h = await tdb.open();
    await seedHelvetia(h.db, { today: TODAY });
    for (const c of await q<{ id: string; urutan: number }>(sql`select c.id, c.urutan from checkpoint c join periode p on p.id = c.periode_id where p.tahun = 2026`))
      cp[Number(c.urutan)] = c.id;
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          masuk.push({ ke: session.envelope.rcptTo.map((r) => r.address), dari: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", raw: Buffer.concat(chunks).toString("utf8") });
          cb();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (server) await new Promise<void>((r) => server.close(() => r()));
    await h?.close();
  });
  beforeEach(async () => {
    // every test starts with an empty outbox (the seed queues nothing)
    expect(await menunggu()).toBe(0);
  });

  it("emails the PPK when a realisation reaches the target, with the notification's title and a link into the app", async () => {
    const s = await subjek();
    const ppkEmail = (await emailOf(s.ppk_pegawai_id))!;
    const hasil = await denganSmtp(async () =>
      catatRealisasi(await ctxOf(s.pegawai_id), { ikiId: s.iki_id, checkpointId: cp[11], nilai: s.target_min, uraian: "Target tercapai" }, null, store),
    );
    expect(hasil.targetTercapai).toBe(true);
    const [n] = await notif(sql`jenis = 'TARGET_TERCAPAI' and kunci = ${`target:${s.iki_id}:${cp[11]}`}`);
    expect(n).toMatchObject({ penerima_id: s.ppk_pegawai_id, surel_menunggu: true, surel_percobaan: 0, surel_terkirim_at: null });

    const awal = masuk.length;
    expect(await kirim()).toEqual({ terkirim: 1, gagal: 0, dilewati: 0 });
    const baru = masuk.slice(awal);
    expect(baru).toHaveLength(1);
    expect(baru[0]!.ke).toEqual([ppkEmail]);
    expect(baru[0]!.dari).toBe("kinerja@helvetia.go.id");

    const surel = bacaSurel(baru[0]!.raw);
    expect(surel.headers.get("to")).toContain(ppkEmail);
    expect(surel.headers.get("from")).toContain("kinerja@helvetia.go.id");
    expect(surel.headers.get("subject")).toBe(`[Kinerja] ${n!.judul}`);
    expect(n!.judul).toContain(s.nama);
    const tautan = `${URL_APLIKASI}/skp/${s.skp_id}/realisasi?cp=11#iki-${s.iki_id}`;
    const teks = surel.bagian.find((b) => b.jenis === "text/plain")!.isi;
    const html = surel.bagian.find((b) => b.jenis === "text/html")!.isi;
    expect(teks).toContain(tautan);
    expect(teks).toContain("mencapai target");
    expect(teks).toContain(`${URL_APLIKASI}/pengaturan`);
    expect(html).toContain(`href="${tautan}"`);

    const [sesudah] = await notif(sql`id = ${n!.id}`);
    expect(sesudah).toMatchObject({ surel_menunggu: false, surel_percobaan: 1, surel_galat: null });
    expect(sesudah!.surel_terkirim_at).not.toBeNull();
    // nothing is sent twice
    expect(await kirim()).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
    expect(masuk.length).toBe(awal + 1);
  });

  it("queues no email when SMTP is not configured", async () => {
    const s = await subjek();
    const pemilik = await ctxOf(s.pegawai_id);
    const hasil = await denganSmtp(() => catatRealisasi(pemilik, { ikiId: s.iki_id, checkpointId: cp[11], nilai: s.target_min, uraian: "Target tercapai" }, null, store), null);
    expect(hasil.targetTercapai).toBe(true);
    expect(await notif(sql`kunci = ${`target:${s.iki_id}:${cp[11]}`}`)).toEqual([expect.objectContaining({ surel_menunggu: false })]);
    expect(await kirim()).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
  });

  it("sends nothing to a recipient who switched the kind off, or who has no address; the in-app notification stays", async () => {
    const s = await subjek();
    const ppk = await ctxOf(s.ppk_pegawai_id);
    const ppkEmail = (await emailOf(s.ppk_pegawai_id))!;
    await simpanPreferensiSurel(ppk, { TARGET_TERCAPAI: false, LAINNYA: false });
    const [tanpaEmail] = await q<{ id: string }>(sql`select id from pegawai where email is null and aktif order by id limit 1`);

    await denganSmtp(async () => {
      expect((await catatRealisasi(await ctxOf(s.pegawai_id), { ikiId: s.iki_id, checkpointId: cp[11], nilai: s.target_min, uraian: "Target tercapai" }, null, store)).targetTercapai).toBe(true);
      await kirimNotifikasi(db(), [
        // a kind that is not on the list falls under LAINNYA, which is off too
        { penerimaId: s.ppk_pegawai_id, jenis: "EVALUASI_PERIODIK" as string as JenisNotifikasi, judul: "Evaluasi periodik menunggu", isi: "x", tautan: "/evaluasi" },
        { penerimaId: tanpaEmail!.id, jenis: "UMPAN_BALIK", judul: "Umpan balik baru", isi: "x", tautan: null },
        // other kinds still arrive
        { penerimaId: s.ppk_pegawai_id, jenis: "UMPAN_BALIK_DIBALAS", judul: "Pegawai membalas umpan balik Anda", isi: "Terima kasih", tautan: null },
      ]);
    });
    const awal = masuk.length;
    expect(await kirim()).toEqual({ terkirim: 1, gagal: 0, dilewati: 3 });
    const baru = masuk.slice(awal);
    expect(baru.map((m) => bacaSurel(m.raw).headers.get("subject"))).toEqual(["[Kinerja] Pegawai membalas umpan balik Anda"]);
    expect(baru[0]!.ke).toEqual([ppkEmail]);

    const [target] = await notif(sql`kunci = ${`target:${s.iki_id}:${cp[11]}`}`);
    expect(target).toMatchObject({ surel_menunggu: false, surel_terkirim_at: null });
    expect((await daftarNotifikasi(ppk)).items.map((i) => i.id)).toContain(target!.id);
    expect(await menunggu()).toBe(0);
  });

  it("sends each email once when two senders run at the same time", async () => {
    const penerima = await q<{ id: string; email: string }>(sql`select id, email from pegawai where email is not null and aktif order by nip limit 12`);
    await denganSmtp(() =>
      kirimNotifikasi(
        db(),
        penerima.map((p, i) => ({ penerimaId: p.id, jenis: "UMPAN_BALIK" as const, judul: `Umpan balik serentak ${i}`, isi: "x", tautan: `/uji/${i}`, kunci: `serentak:${i}` })),
      ),
    );
    expect(await menunggu()).toBe(12);
    const awal = masuk.length;
    const kuras = async () => {
      const pengirim = await pengirimSmtp(smtpUrl, DARI);
      let terkirim = 0;
      for (;;) {
        const r = await kirim(pengirim, 3);
        expect(r.gagal + r.dilewati).toBe(0);
        if (r.terkirim === 0) return terkirim;
        terkirim += r.terkirim;
      }
    };
    const [a, b] = await Promise.all([kuras(), kuras()]);
    expect(a + b).toBe(12);
    // both really took part
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const baru = masuk.slice(awal);
    expect(baru).toHaveLength(12);
    const subjek = baru.map((m) => bacaSurel(m.raw).headers.get("subject")).sort();
    expect(subjek).toEqual(penerima.map((_, i) => `[Kinerja] Umpan balik serentak ${i}`).sort());
    for (const p of penerima) expect(baru.filter((m) => m.ke.includes(p.email)), p.email).toHaveLength(1);
    const rows = await notif(sql`kunci like 'serentak:%'`);
    expect(rows.every((r) => !r.surel_menunggu && r.surel_percobaan === 1 && r.surel_terkirim_at !== null)).toBe(true);
  });

  it("keeps a failed email waiting for a retry, and gives up after the last attempt", async () => {
    const [p1, p2] = await q<{ id: string; email: string }>(sql`select id, email from pegawai where email is not null and aktif order by nip desc limit 2`);
    await denganSmtp(() =>
      kirimNotifikasi(db(), [
        { penerimaId: p1!.id, jenis: "UMPAN_BALIK", judul: "Coba lagi nanti", isi: "x", tautan: null, kunci: "gagal:1" },
        { penerimaId: p2!.id, jenis: "UMPAN_BALIK", judul: "Tidak pernah sampai", isi: "x", tautan: null, kunci: "gagal:2" },
      ]),
    );
    const [n1] = await notif(sql`kunci = 'gagal:1'`);
    const [n2] = await notif(sql`kunci = 'gagal:2'`);
    // the SMTP server is down: both wait for a retry with the error recorded
    const mati = await pengirimSmtp(`smtp://127.0.0.1:${await portMati()}`, DARI);
    expect(await kirim(mati)).toEqual({ terkirim: 0, gagal: 2, dilewati: 0 });
    for (const id of [n1!.id, n2!.id]) {
      const [r] = await notif(sql`id = ${id}`);
      expect(r).toMatchObject({ surel_menunggu: true, surel_percobaan: 1, surel_terkirim_at: null });
      expect(r!.surel_galat).toBeTruthy();
    }

    // both wait: the next attempt is not due yet
    expect(await kirim(mati)).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
    /** Time passes: the back-off is over. */
    const waktunya = () => db().execute(sql`update notifikasi set surel_coba_at = now() - interval '1 second' where kunci like 'gagal:%' and surel_menunggu`);

    // the first one gets through on the retry; the second keeps failing
    const awal = masuk.length;
    await waktunya();
    const pilih: PengirimSurel = {
      kirim: async (pesan) => {
        if (pesan.ke === p2!.email) throw new Error("451 4.3.0 mailbox sementara tidak tersedia");
        await (await pengirimSmtp(smtpUrl, DARI)).kirim(pesan);
      },
    };
    expect(await kirim(pilih)).toEqual({ terkirim: 1, gagal: 1, dilewati: 0 });
    expect(masuk.slice(awal).map((m) => m.ke)).toEqual([[p1!.email]]);
    expect((await notif(sql`id = ${n1!.id}`))[0]).toMatchObject({ surel_menunggu: false, surel_percobaan: 2, surel_galat: null });
    expect((await notif(sql`id = ${n1!.id}`))[0]!.surel_terkirim_at).not.toBeNull();

    for (let percobaan = 3; percobaan <= MAKS_PERCOBAAN; percobaan++) {
      await waktunya();
      expect(await kirim(pilih)).toEqual({ terkirim: 0, gagal: 1, dilewati: 0 });
      expect((await notif(sql`id = ${n2!.id}`))[0]).toMatchObject({
        surel_percobaan: percobaan,
        surel_menunggu: percobaan < MAKS_PERCOBAAN,
        surel_galat: "451 4.3.0 mailbox sementara tidak tersedia",
      });
    }
    await waktunya();
    expect(await kirim(pilih)).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
    expect(masuk.length).toBe(awal + 1);
  });
  it("takes over an email whose sender died after claiming it, once the lease is over, and sends it once", async () => {
    const [p] = await q<{ id: string; email: string }>(sql`select id, email from pegawai where email is not null and aktif order by nip desc offset 2 limit 1`);
    await denganSmtp(() => kirimNotifikasi(db(), [{ penerimaId: p!.id, jenis: "UMPAN_BALIK", judul: "Sewa habis", isi: "x", tautan: null, kunci: "sewa:1" }]));
    // what a claim leaves behind when its instance dies before sending
    await db().execute(sql`update notifikasi set surel_percobaan = 1, surel_coba_at = now() + interval '15 minutes' where kunci = 'sewa:1'`);
    const awal = masuk.length;
    expect(await kirim()).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
    await db().execute(sql`update notifikasi set surel_coba_at = now() - interval '1 second' where kunci = 'sewa:1'`);
    expect(await kirim()).toEqual({ terkirim: 1, gagal: 0, dilewati: 0 });
    expect(await kirim()).toEqual({ terkirim: 0, gagal: 0, dilewati: 0 });
    expect(masuk.slice(awal).map((m) => m.ke)).toEqual([[p!.email]]);
    expect((await notif(sql`kunci = 'sewa:1'`))[0]).toMatchObject({ surel_menunggu: false, surel_percobaan: 2 });
  });
});
