import { expect, test } from "@playwright/test";
import { masukSebagai, pegawaiIdOf, persona, roster } from "./helpers";

const NOT_FOUND = "Halaman tidak ditemukan";
const unitByKode = (kode: string) => {
  const u = roster.unit.find((x) => x.kode === kode);
  if (!u) throw new Error(`no unit ${kode}`);
  return u;
};

test.describe("what a pegawai must not see", () => {
  test("another pegawai's page shows nothing about them", async ({ page }) => {
    await masukSebagai(page, "pegawai");
    const other = persona("kepala-dinas");
    const response = await page.goto(`/pegawai/${pegawaiIdOf(other.nip)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    await expect(page.locator("body")).not.toContainText(other.nama);
    await expect(page.locator("body")).not.toContainText(other.nip);
  });

  for (const path of ["/dasbor/ppk", "/dasbor/pimpinan", "/dasbor/admin", "/dasbor/auditor"]) {
    test(`a plain pegawai gets nothing from ${path}`, async ({ page }) => {
      await masukSebagai(page, "pegawai");
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    });
  }

  test("calling the action with someone else's notification changes nothing", async ({ browser }) => {
    // the PPK's own notification id, as only the PPK can see it
    const ppkContext = await browser.newContext();
    const ppkPage = await ppkContext.newPage();
    await masukSebagai(ppkPage, "ppk");
    await ppkPage.goto("/dasbor/ppk");
    const target = ppkPage.locator("[data-notifikasi-id]").first();
    await expect(target).toBeVisible();
    const foreignId = await target.getAttribute("data-notifikasi-id");
    expect(foreignId).toBeTruthy();

    // the pegawai presses their own "mark read" button, but the request carries the PPK's id
    const context = await browser.newContext();
    const page = await context.newPage();
    await masukSebagai(page, "pegawai");
    await page.goto("/dasbor/pegawai");
    const own = page.locator("[data-notifikasi-id]").first();
    await expect(own).toBeVisible();
    const ownId = (await own.getAttribute("data-notifikasi-id"))!;
    let swapped = false;
    await page.route("**/dasbor/pegawai", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        swapped = true;
        await route.continue({ postData: (request.postData() ?? "").replaceAll(ownId, foreignId!) });
        return;
      }
      await route.continue();
    });
    await own.getByRole("button", { name: "Tandai dibaca" }).click();
    await expect(page.getByText("Data tidak ditemukan atau Anda tidak berhak mengubahnya.")).toBeVisible();
    expect(swapped).toBe(true);

    // the PPK's notification is still unread
    await ppkPage.reload();
    await expect(ppkPage.locator(`[data-notifikasi-id="${foreignId}"]`)).toBeVisible();
    await ppkContext.close();
    await context.close();
  });
});

test.describe("what supervisors and leaders see, and where it stops", () => {
  test("a PPK sees a subordinate's page, with themself as the PPK", async ({ page }) => {
    const ppk = await masukSebagai(page, "ppk");
    const bawahan = persona("pegawai");
    await page.goto(`/pegawai/${pegawaiIdOf(bawahan.nip)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(bawahan.nama);
    await expect(page.getByTestId("ppk")).toContainText(ppk.nama);
  });

  test("a PPK does not see their own superior's page", async ({ page }) => {
    await masukSebagai(page, "ppk");
    const response = await page.goto(`/pegawai/${pegawaiIdOf(persona("kepala-dinas").nip)}`);
    expect(response?.status()).toBe(404);
  });

  test("a head of dinas drills into their own units but not into another dinas", async ({ page }) => {
    await masukSebagai(page, "kepala-dinas");
    await page.goto("/dasbor/pimpinan");
    const firstChild = page.getByRole("region", { name: "Per unit di bawahnya" }).getByRole("link").first();
    const childName = await firstChild.textContent();
    await firstChild.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(childName!);

    const lain = unitByKode("BKPSDM");
    const response = await page.goto(`/dasbor/pimpinan?unit=${lain.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("body")).not.toContainText(lain.nama);
    const response2 = await page.goto(`/pegawai/${pegawaiIdOf(persona("admin").nip)}`);
    expect(response2?.status()).toBe(404);
  });

  test("the Sekretaris Daerah sees the whole instansi, including BKPSDM", async ({ page }) => {
    await masukSebagai(page, "sekda");
    await page.goto("/dasbor/pimpinan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Kota Helvetia");
    await page.goto(`/dasbor/pimpinan?unit=${unitByKode("BKPSDM").id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(unitByKode("BKPSDM").nama);
  });

  test("a head of dinas who is also a PPK switches roles", async ({ page }) => {
    await masukSebagai(page, "kepala-dinas");
    // a click before the page has hydrated opens nothing: click again until the menu is there
    await expect(async () => {
      await page.getByRole("button", { name: /^Peran:/ }).click();
      await expect(page.getByRole("menuitem", { name: "Pejabat Penilai Kinerja" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await page.getByRole("menuitem", { name: "Pejabat Penilai Kinerja" }).click();
    await expect(page).toHaveURL(/\/dasbor\/ppk$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor pejabat penilai");
  });
});
