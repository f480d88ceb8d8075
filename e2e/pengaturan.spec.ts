import { expect, test } from "@playwright/test";
import { expectAccessible, masukSebagai, masukSso, pegawaiBernama } from "./helpers";

/** The admin's standard feedback phrases, and each user's email switches; and who must not reach them. */

test("the admin adds a standard feedback phrase; a PPK can pick it; a pegawai cannot open the list", async ({ page, browser }) => {
  await masukSebagai(page, "admin");
  await page.goto("/admin/frasa");
  await expect(page.getByRole("heading", { name: "Frasa standar umpan balik" })).toBeVisible();
  const frasa = "Dokumentasikan kendala pada laporan bulanan";
  await page.getByRole("button", { name: "Tambah frasa" }).click();
  const baru = page.getByRole("textbox").last();
  await baru.fill(frasa);
  await page.getByRole("button", { name: "Simpan daftar" }).click();
  await expect(page.getByText("Daftar frasa tersimpan.")).toBeVisible();
  // an empty phrase is refused with a message and saves nothing
  await page.getByRole("button", { name: "Tambah frasa" }).click();
  await page.getByRole("button", { name: "Simpan daftar" }).click();
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await expectAccessible(page);

  // a PPK sees it among the phrases on a subordinate's realisation page
  const ppk = await (await browser.newContext()).newPage();
  await masukSebagai(ppk, "ppk");
  await ppk.goto("/dasbor/ppk");
  await ppk.getByTestId("progres-tim").getByRole("link").first().click();
  await expect(ppk).toHaveURL(/\/realisasi$/);
  await expect(ppk.locator("select").first().locator("option", { hasText: frasa })).toHaveCount(1);

  // a pegawai (not an admin) gets "not found"
  const pegawai = await (await browser.newContext()).newPage();
  await masukSso(pegawai, pegawaiBernama("Hendrik Sondakh").nip);
  await pegawai.goto("/admin/frasa");
  await expect(pegawai.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(pegawai.getByText(frasa)).toHaveCount(0);
});

test("a user switches one kind of email off and it stays off", async ({ page }) => {
  await masukSso(page, pegawaiBernama("Rotua Siregar").nip);
  await page.goto("/pengaturan");
  const kotak = page.getByRole("checkbox", { name: "Pengingat tenggat realisasi" });
  await expect(kotak).toBeChecked();
  await kotak.uncheck();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Pengaturan tersimpan.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Pengingat tenggat realisasi" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Umpan balik baru" })).toBeChecked();
  await expectAccessible(page);
});
