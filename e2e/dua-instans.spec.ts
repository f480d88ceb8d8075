import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_TODAY } from "../playwright.config";
import { masukSso, pegawaiBernama } from "./helpers";

/**
 * Two app instances on one PostgreSQL database (as behind a load balancer): an event raised on one
 * reaches a browser connected to the other, through LISTEN/NOTIFY. Runs only on PostgreSQL (the
 * embedded database belongs to one process). The second instance shares the first one's build and
 * AUTH_SECRET, so the session cookie of localhost is valid on both ports.
 */
const PORT_B = Number(process.env.E2E_PORT_B ?? 3102);
const UJANG = pegawaiBernama("Ujang Hermawan");
const PPK = pegawaiBernama("Ahmad Fauzi Siregar");

let kedua: ChildProcess | null = null;

test.skip(!process.env.DATABASE_URL, "needs PostgreSQL (DATABASE_URL): the embedded database serves one process");

test.beforeAll(async () => {
  const root = process.cwd();
  kedua = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT_B)], {
    cwd: root,
    env: {
      ...process.env,
      AUTH_SECRET: fs.readFileSync(path.join(root, ".data", "auth-secret"), "utf8").trim(),
      KINERJA_TODAY: E2E_TODAY,
      NEXT_TELEMETRY_DISABLED: "1",
      // this instance sends no email (the first one does); it only serves pages and live events
      SMTP_URL: "",
    },
    stdio: "ignore",
  });
  const sampai = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://localhost:${PORT_B}/masuk`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > sampai) throw new Error("second instance did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  kedua?.kill("SIGTERM");
});

test("a realisation recorded on one instance reaches the PPK's page served by another, live", async ({ browser, baseURL }) => {
  expect(new URL(baseURL!).port).not.toBe(String(PORT_B));

  // the PPK signs in on instance A and then works on instance B
  const ppkCtx = await browser.newContext();
  const ppk = await ppkCtx.newPage();
  await masukSso(ppk, PPK.nip);
  await expect(ppk.getByTestId("nama-pengguna")).toBeAttached();
  await ppk.goto(`http://localhost:${PORT_B}/dasbor/ppk`);
  await expect(ppk.getByRole("heading", { name: "Progres tim" })).toBeVisible();
  await expect(ppk.locator("html")).toHaveAttribute("data-langsung", "siap");
  await ppk.evaluate(() => ((window as unknown as { __tanpaMuatUlang: boolean }).__tanpaMuatUlang = true));

  // the pegawai records on instance A
  const ujangCtx = await browser.newContext();
  const ujang = await ujangCtx.newPage();
  await masukSso(ujang, UJANG.nip);
  await ujang.goto("/dasbor/pegawai");
  await ujang.getByRole("link", { name: "Isi realisasi", exact: true }).click();
  await expect(ujang).toHaveURL(/\/realisasi$/);
  const iki = ujang.locator("section[data-testid^=iki-]").filter({ has: ujang.getByTestId("capaian") }).first();
  const id = (await iki.getAttribute("data-testid"))!.replace("iki-", "");
  const form = ujang.getByTestId(`form-realisasi-${id}`);
  if (!(await form.isVisible())) await ujang.getByTestId(`iki-${id}`).locator("summary", { hasText: /realisasi/i }).click();
  await form.getByLabel("Sumber data").fill("Rekap dua instans");
  const nilai = "4321";
  await form.getByLabel(/^Capaian kumulatif/).fill(nilai);
  await form.getByRole("button", { name: /realisasi/ }).click();
  await expect(form.getByText(/Realisasi tersimpan/)).toBeVisible();

  // instance B's page shows it without a reload
  const aktivitas = ppk.getByTestId("aktivitas-realisasi").locator("li").first();
  await expect(aktivitas).toContainText("Ujang Hermawan", { timeout: 3_000 });
  await expect(aktivitas).toContainText("4.321");
  expect(await ppk.evaluate(() => (window as unknown as { __tanpaMuatUlang?: boolean }).__tanpaMuatUlang)).toBe(true);
});
