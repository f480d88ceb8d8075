#!/usr/bin/env node
/**
 * Builds (when the sources changed), seeds the demo data, and starts Kinerja with the local
 * identity provider — used by `npm run demo` and by the end-to-end tests.
 *   node scripts/serve.mjs --port 3000 --idp-port 9400 [--fresh-data DIR] [--dev]
 * --dev runs `next dev` (no build; its output lives apart from the production build, so it can run
 * beside a built server).
 * Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in KINERJA_DATA_DIR
 * (default .data/pglite).
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    "idp-port": { type: "string", default: "9400" },
    "fresh-data": { type: "string" },
    dev: { type: "boolean", default: false },
  },
});
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "db", "next.config.mjs", "package.json"].map((p) => path.join(root, p));
  return sources.some((p) => fs.existsSync(p) && (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs) > built);
}

function secret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const idpUrl = `http://localhost:${args["idp-port"]}`;
const appUrl = `http://localhost:${args.port}`;
const env = {
  ...process.env,
  AUTH_SECRET: secret(),
  AUTH_SSO_ISSUER: process.env.AUTH_SSO_ISSUER || idpUrl,
  AUTH_SSO_CLIENT_ID: process.env.AUTH_SSO_CLIENT_ID || "kinerja-dev",
  AUTH_SSO_CLIENT_SECRET: process.env.AUTH_SSO_CLIENT_SECRET || "kinerja-dev-secret",
  AUTH_SSO_NAME: process.env.AUTH_SSO_NAME || "Helvetia SSO",
  KINERJA_DEMO_LOGIN: process.env.KINERJA_DEMO_LOGIN || "1",
  NEXT_TELEMETRY_DISABLED: "1",
  KINERJA_URL: process.env.KINERJA_URL || appUrl,
  DEV_IDP_PORT: args["idp-port"],
  DEV_IDP_REDIRECT_URIS: `${appUrl}/api/auth/callback/sso`,
  DEV_IDP_POST_LOGOUT_REDIRECT_URIS: `${appUrl}/`,
};
if (args["fresh-data"] && !env.DATABASE_URL) {
  fs.rmSync(args["fresh-data"], { recursive: true, force: true });
  fs.rmSync(`${args["fresh-data"]}.lock`, { force: true });
  env.KINERJA_DATA_DIR = args["fresh-data"];
}

function step(label, cmd, cmdArgs) {
  console.log(`[kinerja] ${label}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`[kinerja] ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

if (!args.dev && process.env.KINERJA_SKIP_BUILD !== "1" && needsBuild()) step("building", bin("next"), ["build"]);
step("seeding demo data", bin("tsx"), ["db/cli/seed.ts"]);

const children = [
  spawn(bin("tsx"), ["scripts/dev-idp.ts"], { cwd: root, stdio: "inherit", env }),
  args.dev
    ? spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", args.port], { cwd: root, stdio: "inherit", env })
    : spawn(process.execPath, ["--max-old-space-size=320", path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", args.port], { cwd: root, stdio: "inherit", env }),
];
console.log(`[kinerja] open ${appUrl} (local SSO at ${idpUrl}; every demo account's password is "kinerja")`);
const stop = (code) => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  process.exit(code);
};
for (const c of children) c.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
