#!/usr/bin/env node
/**
 * `npm test`: every check, in order — type-check, lint, unit tests, integration tests (embedded
 * database, plus PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set), Playwright end-to-end
 * tests in Chromium. Prints a last line "N passed, N failed" (type-check and lint count as one each).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const reports = path.join(root, "reports");
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? "ok  " : "FAIL"} ${label}`);
}

function vitestCounts(file) {
  try {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  } catch {
    return null;
  }
}

function suite(label, ok, counts) {
  if (!counts) {
    check(`${label} (no report)`, false);
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) failed++; // the runner failed without a failing test: count it
  summary.push(`${ok ? "ok  " : "FAIL"} ${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

check("type-check", run("type-check", bin("tsc"), ["--noEmit"]));
check("lint", run("lint", bin("eslint"), [".", "--max-warnings=0"]));

for (const project of ["unit", "integration"]) {
  const out = path.join(reports, `${project}.json`);
  fs.rmSync(out, { force: true });
  const ok = run(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  suite(`${project} tests`, ok, vitestCounts(out));
}

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `\nNo Chromium found at ${chromium}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  check("end-to-end tests (no browser)", false);
} else {
  const out = path.join(reports, "e2e.json");
  fs.rmSync(out, { force: true });
  const ok = run("end-to-end tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  let counts = null;
  try {
    const stats = JSON.parse(fs.readFileSync(out, "utf8")).stats;
    counts = { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected };
  } catch {
    /* no report */
  }
  suite("end-to-end tests", ok, counts);
}

console.log("\n" + summary.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
