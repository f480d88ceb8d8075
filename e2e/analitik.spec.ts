import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, masukSebagai, persona, roster } from "./helpers";

/** Fairness analytics per rater (/analitik): read-only, so re-runs on a changed database see the same kind of page. */
const NOT_FOUND = "Halaman tidak ditemukan";
const unitByKode = (kode: string) => {
  const u = roster.unit.find((x) => x.kode === kode);
  if (!u) throw new Error(`no unit ${kode}`);
  return u;
};

test.describe("rater fairness analytics", () => {
  test("the admin sees the city's raters with a leniency index, the hidden-group count and the explanations", async ({ page }) => {
    await masukSebagai(page, "admin");
    const response = await page.goto("/analitik");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keadilan penilaian");
    const baris = page.getByTestId("baris-penilai");
    await expect(baris.first()).toBeVisible();
    // every shown rater rated at least 5 people
    const jumlah = await baris.locator("td:nth-child(2)").allInnerTexts();
    expect(jumlah.length).toBeGreaterThan(0);
    for (const n of jumlah) expect(Number(n)).toBeGreaterThanOrEqual(5);
    // an index with its label against the instansi
    await expect(baris.first().getByTestId("indeks-instansi")).toHaveText(/^[+-−]?\d+,\d\d\s*(lunak|wajar|ketat)$/);
    await expect(page.getByTestId("penilai-disembunyikan")).toHaveText(/^\d+ penilai dengan kurang dari 5 pegawai tidak ditampilkan\.$/);
    await expect(page.getByRole("heading", { name: "Cara membaca ukuran ini" })).toBeVisible();
    await expect(page.getByText("Indeks kelonggaran", { exact: true }).last()).toBeVisible();
    await expectAccessible(page);
  });

  test("the sekda switches to the periodic evaluations of Diskominfo with the selectors", async ({ page }) => {
    await masukSebagai(page, "sekda");
    await page.goto("/analitik");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keadilan penilaian");
    const dinas = unitByKode("DISKOMINFO");
    await page.getByLabel("Unit kerja").selectOption(dinas.id);
    await page.getByLabel("Jenis evaluasi").selectOption("PERIODIK");
    await page.getByLabel("Periode", { exact: true }).selectOption({ label: "Terbaru" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/jenis=PERIODIK/);
    await expect(page.getByText(`Penilai di ${dinas.nama}: Evaluasi periodik`)).toBeVisible();
    // the demo's periodic evaluations cover few people per rater: either raters of 5 or more, or the empty note,
    // and the count of raters left out; never an objections column (objections are for annual evaluations)
    await expect(page.getByRole("columnheader", { name: "Keterlambatan" }).or(page.getByText("Tidak ada penilai dengan sedikitnya 5 pegawai dinilai di unit ini."))).toBeVisible();
    await expect(page.getByTestId("penilai-disembunyikan")).toHaveText(/^\d+ penilai dengan kurang dari 5 pegawai tidak ditampilkan\.$/);
    await expect(page.getByRole("columnheader", { name: "Keberatan" })).toHaveCount(0);
  });

  test("a PPK (who heads only a seksi) gets not found and nothing about any rater", async ({ page }) => {
    await masukSebagai(page, "ppk");
    const response = await page.goto("/analitik");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
    await expect(page.getByTestId("baris-penilai")).toHaveCount(0);
    const again = await page.goto(`/analitik?unit=${unitByKode("DISKOMINFO").id}&jenis=TAHUNAN`);
    expect(again?.status()).toBe(404);
  });

  test("a kepala dinas gets not found for another dinas", async ({ page }) => {
    await masukSebagai(page, "kepala-dinas");
    const response = await page.goto(`/analitik?unit=${unitByKode("BKPSDM").id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
  });

  test.describe("on a 360 px phone", () => {
    test.use({ viewport: { width: 360, height: 780 } });
    test("the kepala dinas reads the raters as cards and the page does not scroll sideways", async ({ page }) => {
      await masukSebagai(page, "kepala-dinas");
      await page.goto("/analitik");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keadilan penilaian");
      await expect(page.getByLabel("Unit kerja")).toBeVisible();
      // Diskominfo's 2025 annual evaluations: the PPK persona rated 6 of its staff
      const kartu = page.getByTestId("kartu-penilai").filter({ hasText: persona("ppk").nama });
      await expect(kartu).toBeVisible();
      await expect(kartu.getByTestId("indeks-instansi")).toHaveText(/(lunak|wajar|ketat)$/);
      await expect(page.getByTestId("baris-penilai").first()).toBeHidden();
      await expectNoHorizontalScroll(page);
    });
  });
});
