import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PERSONAS, buildHelvetiaRoster } from "../db/seed/helvetia-roster";

import type { PersonaKey } from "../db/seed/helvetia-roster";

export type { PersonaKey };

export function persona(key: PersonaKey) {
  const found = DEMO_PERSONAS.find((p) => p.key === key);
  if (!found) throw new Error(`no demo persona ${key}`);
  return found;
}

export const roster = buildHelvetiaRoster();
export function pegawaiIdOf(nip: string): string {
  const found = roster.pegawai.find((p) => p.nip === nip);
  if (!found) throw new Error(`no pegawai with NIP ${nip}`);
  return found.id;
}

/** A demo pegawai by name (the demo data has a few names twice: use one that is unique). */
export function pegawaiBernama(nama: string) {
  const found = roster.pegawai.filter((p) => p.nama === nama);
  if (found.length !== 1) throw new Error(`${found.length} pegawai named ${nama}`);
  return found[0]!;
}

export const UNKNOWN_NIP = "199001012015011999";

/** Signs in through the real OIDC path: Kinerja → local identity provider's login form → back. */
export async function masukSso(page: Page, nip: string, password = "kinerja") {
  await page.goto("/masuk");
  await page.getByRole("button", { name: /^(Masuk dengan|Sign in with) Helvetia SSO$/ }).click();
  await page.getByLabel("NIP").fill(nip);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/** Signs in as a persona and waits for their dashboard. */
export async function masukSebagai(page: Page, key: PersonaKey) {
  const p = persona(key);
  await masukSso(page, p.nip);
  await expect(page.getByTestId("nama-pengguna")).toHaveText(p.nama);
  return p;
}

/** No accessibility violation of serious or critical impact on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** The page does not scroll sideways (tables scroll inside their own box). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
