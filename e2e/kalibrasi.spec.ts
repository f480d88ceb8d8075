import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, masukSso, persona, roster } from "./helpers";

/**
 * Organisation rating, the curve and calibration, on a December day: by then Diskominfo's PPKs have set
 * this year's annual evaluations (the demo data writes them once the last checkpoint has begun) — five
 * Sangat Baik and fifteen Baik, nobody below. This spec runs its own server dated 2026-12-15 on a fresh
 * embedded database (the shared e2e server is dated in November), from the same production build; set
 * E2E_DES_URL to use a server already running on that date instead.
 */
const PORT_DES = Number(process.env.E2E_PORT_DES ?? 3104);
const IDP_DES = Number(process.env.E2E_IDP_PORT_DES ?? 9406);
const DES = process.env.E2E_DES_URL ?? `http://localhost:${PORT_DES}`;
const DISKOMINFO = roster.unit.find((u) => u.kode === "DISKOMINFO")!;
const BKPSDM = roster.unit.find((u) => u.kode === "BKPSDM")!;

let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (process.env.E2E_DES_URL) return;
  const root = process.cwd();
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, KINERJA_TODAY: "2026-12-15", KINERJA_SKIP_BUILD: "1", SMTP_URL: "", AUTH_SSO_NAME: "Helvetia SSO", KINERJA_URL: DES };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT_DES), "--idp-port", String(IDP_DES), "--fresh-data", ".data/e2e-des"], {
    cwd: root,
    env,
    stdio: ["ignore", fs.openSync(path.join(root, "test-results", "server-des.log"), "w"), "inherit"],
    detached: true,
  });
  const sampai = Date.now() + 200_000;
  for (;;) {
    const ok = await fetch(`${DES}/masuk`).then((r) => r.ok, () => false);
    if (ok) break;
    if (server.exitCode !== null) throw new Error(`the December server stopped (${server.exitCode})`);
    if (Date.now() > sampai) throw new Error("the December server did not start");
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(() => {
  // serve.mjs leads its own process group (the IdP and next start): stop them all
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

async function masukDes(browser: Browser, key: Parameters<typeof persona>[0], viewport?: { width: number; height: number }): Promise<Page> {
  const ctx = await browser.newContext({ baseURL: DES, ...(viewport ? { viewport } : {}) });
  const page = await ctx.newPage();
  await masukSso(page, persona(key).nip);
  await expect(page.getByTestId("nama-pengguna")).toHaveText(persona(key).nama);
  return page;
}

test("the leader above sets Diskominfo's rating, sees the curve breached, calibrates one employee with a reason, and the breach is gone", async ({ browser }) => {
  test.setTimeout(180_000);
  // the Sekda (leader above Diskominfo) sets its organisation rating
  const sekda = await masukDes(browser, "sekda");
  await sekda.goto(`/kalibrasi/${DISKOMINFO.id}`);
  await expect(sekda.getByRole("heading", { name: /Kalibrasi — Dinas Komunikasi dan Informatika/ })).toBeVisible();
  await expect(sekda.getByTestId("jumlah-SANGAT_BAIK")).toContainText("5");
  await expect(sekda.getByTestId("jumlah-BAIK")).toContainText("15");
  const form = sekda.getByTestId("predikat-organisasi-form");
  await form.getByLabel("Predikat kinerja organisasi").selectOption("BAIK");
  await form.getByLabel(/^Alasan/).fill("Sebagian besar indikator kinerja utama dinas tercapai; dua IKU layanan publik belum mencapai target.");
  await form.getByRole("button", { name: "Tetapkan predikat organisasi" }).click();
  await expect(sekda.getByTestId("predikat-organisasi-nilai")).toHaveText("Baik", { timeout: 30_000 });

  // both breaches of the Baik curve, with their numbers
  const pelanggaran = sekda.getByTestId("pelanggaran");
  await expect(pelanggaran).toContainText("Baik 15 dari 20 = 75% > 70%");
  await expect(pelanggaran).toContainText("Butuh Perbaikan atau Kurang/Misconduct 0 dari 20: harus ada paling sedikit 1 pegawai");

  // the Kepala Dinas keeps the page open; it follows the change live
  const kadis = await masukDes(browser, "kepala-dinas");
  await kadis.goto(`/kalibrasi/${DISKOMINFO.id}`);
  await expect(kadis.getByTestId("pelanggaran")).toContainText("75%");
  await expect(kadis.locator("html")).toHaveAttribute("data-langsung", "siap");
  await kadis.evaluate(() => ((window as unknown as { __tanpaMuatUlang: boolean }).__tanpaMuatUlang = true));
  // and may not set the rating of her own unit
  await expect(kadis.getByTestId("predikat-organisasi-form")).toHaveCount(0);

  // the Sekda calibrates one Baik down to Butuh Perbaikan, with a reason
  const baris = sekda.locator("[data-testid^=kalibrasi-baris-]").filter({ hasText: "Baik" }).filter({ hasNotText: "Sangat Baik" }).last();
  const nama = (await baris.getByRole("link").first().textContent())!.trim();
  const dikalibrasiId = (await baris.getAttribute("data-testid"))!.replace("kalibrasi-baris-", "");
  await baris.getByText("Kalibrasi", { exact: true }).click();
  await baris.getByLabel("Rating hasil kerja").selectOption("DI_BAWAH");
  await expect(baris.getByText("Predikat menjadi: Butuh Perbaikan")).toBeVisible();
  await baris.getByLabel("Alasan kalibrasi").fill("Dua dari tiga indikator layanan tertinggal jauh dari target triwulan IV; bukti dukung tidak lengkap.");
  await baris.getByRole("button", { name: "Simpan kalibrasi" }).click();
  // (a generous wait: the page re-renders after the action, slow on a development server)
  await expect(sekda.getByTestId("kurva-sesuai")).toBeVisible({ timeout: 30_000 });
  await expect(sekda.getByTestId("pelanggaran")).toHaveCount(0);
  await expect(sekda.getByTestId("jumlah-BUTUH_PERBAIKAN")).toContainText("1");
  await expect(sekda.locator("[data-testid^=kalibrasi-baris-]").filter({ hasText: nama }).getByTestId("dikalibrasi")).toContainText("Dikalibrasi dari Baik oleh Ahmad Fauzi Siregar");

  // the Kepala Dinas's open page caught up without a reload
  await expect(kadis.getByTestId("kurva-sesuai")).toBeVisible({ timeout: 30_000 });
  expect(await kadis.evaluate(() => (window as unknown as { __tanpaMuatUlang?: boolean }).__tanpaMuatUlang)).toBe(true);

  // the Kepala Dinas finalises the unit and downloads the Penetapan
  const penetapan = kadis.getByTestId("penetapan-form");
  await penetapan.getByRole("button", { name: "Tetapkan predikat unit" }).click();
  await expect(kadis.getByTestId("penetapan-ada")).toContainText("Ditetapkan oleh Ratna Dewi Lestari", { timeout: 30_000 });
  const [unduhan] = await Promise.all([kadis.waitForEvent("download"), kadis.getByRole("link", { name: "Unduh PDF Penetapan" }).click()]);
  expect(unduhan.suggestedFilename()).toMatch(/^Penetapan-Predikat-Dinas-Komunikasi-dan-Informatika-2026\.pdf$/);
  const isi = fs.readFileSync((await unduhan.path())!);
  expect(isi.subarray(0, 5).toString()).toBe("%PDF-");

  await sekda.context().close();
  await kadis.context().close();

  // the calibrated employee is told, and the evaluation shows the new predikat
  const nip = roster.pegawai.find((p) => p.id === dikalibrasiId)!.nip;
  const ctx = await browser.newContext({ baseURL: DES });
  const pegawai = await ctx.newPage();
  await masukSso(pegawai, nip);
  await expect(pegawai.getByTestId("nama-pengguna")).toBeAttached();
  await pegawai.goto("/notifikasi");
  await expect(pegawai.getByText("Predikat kinerja tahunan 2026 dikalibrasi: Butuh Perbaikan")).toBeVisible();
  await ctx.close();
});

test("on a phone the calibration reads without sideways scrolling", async ({ browser }) => {
  const kadis = await masukDes(browser, "kepala-dinas", { width: 360, height: 780 });
  await kadis.goto(`/kalibrasi/${DISKOMINFO.id}`);
  await expect(kadis.getByTestId("kurva-jumlah")).toBeVisible();
  await expect(kadis.locator("[data-testid^=kalibrasi-baris-]").first()).toBeVisible();
  await expectNoHorizontalScroll(kadis);
  await kadis.context().close();
});

test("must not see: another unit's leader gets not found, a pegawai cannot open calibration", async ({ browser }) => {
  const kadis = await masukDes(browser, "kepala-dinas");
  const r = await kadis.goto(`/kalibrasi/${BKPSDM.id}`);
  expect(r?.status()).toBe(404);
  const pdf = await kadis.request.get(`/api/kalibrasi/${BKPSDM.id}/pdf`);
  expect(pdf.status()).toBe(404);
  await kadis.context().close();

  const pegawai = await masukDes(browser, "pegawai");
  const r2 = await pegawai.goto(`/kalibrasi/${DISKOMINFO.id}`);
  expect(r2?.status()).toBe(404);
  const r3 = await pegawai.goto(`/kalibrasi`);
  expect(r3?.status()).toBe(404);
  await pegawai.context().close();
});
