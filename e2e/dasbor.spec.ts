import { expect, test } from "@playwright/test";
import { expectAccessible, masukSebagai } from "./helpers";

test("the pegawai dashboard shows my SKP, indicators with progress and deadlines", async ({ page }, info) => {
  await masukSebagai(page, "pegawai");
  await expect(page.getByTestId("status-skp")).toHaveText("Disetujui");
  const indikator = page.getByRole("list", { name: "Indikator kinerja individu" });
  await expect(indikator.getByRole("listitem").first()).toBeVisible();
  await expect(indikator.getByRole("progressbar").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tenggat terdekat" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("dasbor-pegawai.png"), fullPage: true });
});

test("the PPK dashboard lists subordinates and the SKPs waiting for approval", async ({ page }, info) => {
  await masukSebagai(page, "ppk");
  await expect(page.getByTestId("antrean-skp").getByRole("link").first()).toBeVisible();
  const tabel = page.getByRole("region", { name: /Bawahan langsung/ });
  await expect(tabel.getByRole("link", { name: "Siti Rahmawati" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("dasbor-ppk.png"), fullPage: true });
});

test("the pimpinan dashboard counts the subtree by SKP status and predikat", async ({ page }, info) => {
  await masukSebagai(page, "sekda");
  const status = page.getByTestId("ringkasan-status");
  await expect(status).toBeVisible();
  const counts = await status.locator("dd").allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
  const predikat = await page.getByTestId("ringkasan-predikat").locator("dd").allTextContents();
  expect(predikat.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("dasbor-pimpinan.png"), fullPage: true });
});

test("an admin opens a new period: a wrong year is refused in Indonesian, a right one is saved and audited", async ({ page }, info) => {
  await masukSebagai(page, "admin");
  await expect(page.getByTestId("angka-instansi")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("dasbor-admin.png"), fullPage: true });

  const tahun = page.getByLabel("Tahun", { exact: true });
  await tahun.fill("1999");
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page.getByText("Tahun harus bilangan bulat antara 2000 dan 2100.")).toBeVisible();

  await tahun.fill("2027");
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Periode 2027 dibuka." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Periode kinerja" }).getByRole("cell", { name: "2027", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Jejak audit" }).getByText("PERIODE_DIBUAT").first()).toBeVisible();

  // the same year again is a conflict, shown next to the field, and nothing changes
  await page.getByLabel("Tahun", { exact: true }).fill("2027");
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page.getByText("Periode untuk tahun ini sudah ada.")).toBeVisible();
});

test("the auditor reads the audit trail and the instansi summary, and cannot manage", async ({ page }, info) => {
  await masukSebagai(page, "auditor");
  await expect(page).toHaveURL(/\/dasbor\/auditor$/);
  await expect(page.getByRole("region", { name: "Jejak audit" }).getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("dasbor-auditor.png"), fullPage: true });
  await page.getByRole("link", { name: "Ringkasan kinerja instansi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Kota Helvetia");
  const response = await page.goto("/dasbor/admin");
  expect(response?.status()).toBe(404);
});

test("the org browser shows units, positions, holders and acting officers", async ({ page }) => {
  await masukSebagai(page, "pegawai");
  await page.goto("/organisasi");
  await page.getByRole("link", { name: "Dinas Kependudukan dan Pencatatan Sipil" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Kependudukan dan Pencatatan Sipil");
  await expectAccessible(page);
});

test("an admin finds people by name or NIP; a PPK cannot open the list", async ({ page, browser }) => {
  await masukSebagai(page, "admin");
  await page.getByRole("link", { name: "Pegawai", exact: true }).click();
  await page.getByLabel("Cari").fill("19950308");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("link", { name: "Siti Rahmawati" })).toBeVisible();
  await page.getByLabel("Cari").fill("rahmawati");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("link", { name: "Siti Rahmawati" })).toBeVisible();

  const other = await browser.newContext();
  const ppkPage = await other.newPage();
  await masukSebagai(ppkPage, "ppk");
  const response = await ppkPage.goto("/admin/pegawai?q=rahmawati");
  expect(response?.status()).toBe(404);
  await expect(ppkPage.locator("body")).not.toContainText("199503082019032007");
  await other.close();
});
