import { expect, test } from "@playwright/test";
import { UNKNOWN_NIP, masukSebagai, masukSso, persona } from "./helpers";

test.describe("sign-in through the agency SSO", () => {
  const cases = [
    { peran: "pegawai", url: /\/dasbor\/pegawai$/, heading: "Dasbor pegawai" },
    { peran: "ppk", url: /\/dasbor\/ppk$/, heading: "Dasbor pejabat penilai" },
    { peran: "kepala-dinas", url: /\/dasbor\/pimpinan$/, heading: "Dinas Komunikasi dan Informatika" },
    { peran: "admin", url: /\/dasbor\/admin$/, heading: "Dasbor pengelola kinerja" },
  ] as const;

  for (const c of cases) {
    test(`a ${c.peran} lands on their own dashboard`, async ({ page }) => {
      await masukSebagai(page, c.peran);
      await expect(page).toHaveURL(c.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.heading);
    });
  }

  test("an identity that matches no pegawai is refused and gets no session", async ({ page }) => {
    await masukSso(page, UNKNOWN_NIP);
    await expect(page).toHaveURL(/\/tidak-terdaftar$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun belum terdaftar");
    await page.goto("/dasbor/pegawai");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("a wrong password at the identity provider signs nobody in", async ({ page }) => {
    await masukSso(page, persona("pegawai").nip, "salah-sandi");
    await expect(page.getByRole("alert").filter({ hasText: "NIP atau kata sandi salah" })).toBeVisible();
    await page.goto("/dasbor");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await masukSebagai(page, "pegawai");
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/masuk$/);
    await page.goto("/dasbor/pegawai");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("the demo personas sign in without a password when demo sign-in is enabled", async ({ page }) => {
    const p = persona("ppk");
    await page.goto("/masuk");
    await page.getByRole("button", { name: new RegExp(p.nama) }).click();
    await expect(page.getByTestId("nama-pengguna")).toHaveText(p.nama);
    await expect(page).toHaveURL(/\/dasbor\/ppk$/);
  });
});
