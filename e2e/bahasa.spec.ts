import { expect, test } from "@playwright/test";
import { masukSebagai } from "./helpers";

test("the interface speaks Indonesian first and switches to English and back", async ({ page }) => {
  await page.goto("/masuk");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { name: "Masuk", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();

  // the choice survives signing in
  await masukSebagai(page, "pegawai");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Employee dashboard");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor pegawai");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
