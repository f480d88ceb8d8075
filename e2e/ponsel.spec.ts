import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, masukSebagai, type PersonaKey } from "./helpers";

// A 360 px wide phone: every dashboard fits without sideways scrolling and passes axe.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const dashboards: Array<{ peran: PersonaKey; path: string }> = [
  { peran: "pegawai", path: "/dasbor/pegawai" },
  { peran: "ppk", path: "/dasbor/ppk" },
  { peran: "kepala-dinas", path: "/dasbor/pimpinan" },
  { peran: "admin", path: "/dasbor/admin" },
  { peran: "auditor", path: "/dasbor/auditor" },
];

for (const d of dashboards) {
  test(`the ${d.peran} dashboard works on a phone`, async ({ page }, info) => {
    await masukSebagai(page, d.peran);
    await page.goto(d.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.screenshot({ path: info.outputPath(`ponsel-${d.peran}.png`), fullPage: true });
  });
}

test("the sign-in page and the org browser work on a phone", async ({ page }, info) => {
  await page.goto("/masuk");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("ponsel-masuk.png"), fullPage: true });
  await masukSebagai(page, "pegawai");
  await page.goto("/organisasi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisasi");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});
