import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium; nothing is downloaded).
 * The server is built, seeded on a fresh database (PostgreSQL when DATABASE_URL is set, else a fresh
 * embedded folder) and started with the local SSO provider, so sign-in goes through the real OIDC path.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 9401);
export const E2E_TODAY = "2026-11-20";
/** The app sends email here; e2e/realisasi.spec.ts starts the SMTP server that receives it. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --idp-port ${IDP_PORT} --fresh-data .data/e2e`,
    url: `http://localhost:${PORT}/masuk`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { KINERJA_TODAY: E2E_TODAY, AUTH_SSO_NAME: "Helvetia SSO", SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, KINERJA_BERKAS_DIR: ".data/e2e-berkas" },
  },
});
