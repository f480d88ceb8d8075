import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, masukSebagai, roster } from "./helpers";

const unitByKode = (kode: string) => {
  const u = roster.unit.find((x) => x.kode === kode);
  if (!u) throw new Error(`no unit ${kode}`);
  return u;
};
const KOLOM = ["pegawai", "BELUM_ADA", "DRAFT", "DIAJUKAN", "REVISI", "DISETUJUI", "lewatBatas", "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG", "keberatanTerbuka", "keberatanDiputus"];

/** The numbers of the total row of the per-unit table, by column. */
async function angkaTotal(page: Page) {
  const baris = page.getByTestId("ringkasan-total");
  const out: { [k: string]: number } = {};
  for (const k of KOLOM) out[k] = Number(await baris.locator(`[data-kolom="${k}"]`).textContent());
  for (const k of ["realisasi", "evaluasi", "tahunan"]) {
    const [a, b] = (await baris.locator(`[data-kolom="${k}"]`).textContent())!.split("/").map(Number);
    out[`${k}N`] = a!;
    out[`${k}Dari`] = b!;
  }
  return out;
}

const tabelUnit = (page: Page): Locator => page.getByRole("region", { name: "Per unit di bawahnya" });

// the first compile of the page and the exports in the development server takes a while
test.describe.configure({ timeout: 180_000 });

test("the Sekretaris Daerah drills from the city down to a seksi and sees its employees", async ({ page }, info) => {
  await masukSebagai(page, "sekda");
  await page.goto("/dasbor/pimpinan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemerintah Kota Helvetia");
  const kota = await angkaTotal(page);
  expect(kota.pegawai).toBeGreaterThan(200);
  // the children add up to the total
  const perAnak = await tabelUnit(page).locator('tbody tr:not([data-testid="ringkasan-total"]) [data-kolom="pegawai"]').allTextContents();
  expect(perAnak.map(Number).reduce((a, b) => a + b, 0)).toBe(kota.pegawai);
  await expect(page.getByTestId("progres-realisasi")).toContainText(/\d+ dari \d+/);
  await expect(page.getByRole("region", { name: "Tren per checkpoint" }).getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("ringkasan-kota-1280.png"), fullPage: true });

  await tabelUnit(page).getByRole("link", { name: "Dinas Komunikasi dan Informatika" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Komunikasi dan Informatika");
  await tabelUnit(page).getByRole("link", { name: "Bidang Aplikasi Informatika" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bidang Aplikasi Informatika");
  await tabelUnit(page).getByRole("link", { name: "Seksi Pengembangan Aplikasi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seksi Pengembangan Aplikasi");
  // a seksi has no units below it: its table has only the row of its own staff
  await expect(tabelUnit(page).getByText("Seksi Pengembangan Aplikasi (langsung)")).toBeVisible();
  await expect(tabelUnit(page).getByRole("link")).toHaveCount(0);
  const daftar = page.getByRole("region", { name: "Pegawai langsung di Seksi Pengembangan Aplikasi" });
  await expect(daftar.getByRole("link", { name: "Siti Rahmawati" })).toHaveAttribute("href", /^\/pegawai\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("ringkasan-seksi-1280.png"), fullPage: true });

  // back up through the breadcrumbs
  await page.getByRole("navigation", { name: "Jejak unit" }).getByRole("link", { name: "Dinas Komunikasi dan Informatika" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Komunikasi dan Informatika");
});

test("the Excel export has the numbers of the page, and a filter by jenis jabatan narrows them", async ({ page }) => {
  await masukSebagai(page, "sekda");
  // a dinas no other spec changes: the page and the file must count the same data
  const dinas = unitByKode("DINSOS");
  await page.goto(`/dasbor/pimpinan?unit=${dinas.id}`);
  const halaman = await angkaTotal(page);

  const [unduhan] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh Excel" }).click()]);
  expect(unduhan.suggestedFilename()).toMatch(/^ringkasan-dinas-sosial-\d{4}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await unduhan.path());
  const ws = wb.getWorksheet("Per unit")!;
  const kepala = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const total = ws.getRow(ws.rowCount);
  expect(total.getCell(1).value).toBe("Jumlah");
  const sel = (judul: string) => Number(total.getCell(kepala.indexOf(judul) + 1).value);
  expect(sel("Pegawai")).toBe(halaman.pegawai);
  expect(sel("Belum ada SKP")).toBe(halaman.BELUM_ADA);
  expect(sel("Disetujui")).toBe(halaman.DISETUJUI);
  expect(sel("Belum disetujui lewat batas")).toBe(halaman.lewatBatas);
  expect(sel("SKP disetujui")).toBe(halaman.realisasiDari);
  expect(sel("Realisasi")).toBe(halaman.realisasiN);
  expect(sel("Evaluasi periodik")).toBe(halaman.evaluasiN);
  expect(sel("Baik")).toBe(halaman.BAIK);
  expect(sel("Sangat Baik")).toBe(halaman.SANGAT_BAIK);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

  // filter: only functional positions, kept through drill-down links and exports
  await page.getByLabel("Jenis jabatan").selectOption("FUNGSIONAL");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/jenis=FUNGSIONAL/);
  const saring = await angkaTotal(page);
  expect(saring.pegawai).toBeGreaterThan(0);
  expect(saring.pegawai).toBeLessThan(halaman.pegawai!);
  await expect(tabelUnit(page).getByRole("link").first()).toHaveAttribute("href", /jenis=FUNGSIONAL/);
  await expect(page.getByRole("link", { name: "Unduh Excel" })).toHaveAttribute("href", /jenis=FUNGSIONAL/);
});

test("on a 360 px phone the summary does not scroll sideways", async ({ page }, info) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await masukSebagai(page, "sekda");
  await page.goto("/dasbor/pimpinan");
  await expect(page.getByTestId("ringkasan-total")).toBeAttached();
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: info.outputPath("ringkasan-kota-360.png"), fullPage: true });
  await page.goto(`/dasbor/pimpinan?unit=${unitByKode("DISKOMINFO.APTIKA.PA").id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seksi Pengembangan Aplikasi");
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: info.outputPath("ringkasan-seksi-360.png"), fullPage: true });
});

test("a head of dinas cannot open another dinas, nor its export; a pegawai cannot open the city", async ({ page, browser }) => {
  await masukSebagai(page, "kepala-dinas");
  const lain = unitByKode("BKPSDM");
  const r = await page.goto(`/dasbor/pimpinan?unit=${lain.id}`);
  expect(r?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(lain.nama);
  const x = await page.request.get(`/api/ringkasan/xlsx?unit=${lain.id}`);
  expect(x.status()).toBe(404);
  const p = await page.request.get(`/api/ringkasan/pdf?unit=${lain.id}`);
  expect(p.status()).toBe(404);

  const ctx = await browser.newContext();
  const pegawai = await ctx.newPage();
  await masukSebagai(pegawai, "pegawai");
  const root = roster.unit.find((u) => !u.parentId)!;
  const r2 = await pegawai.goto(`/dasbor/pimpinan?unit=${root.id}`);
  expect(r2?.status()).toBe(404);
  await expect(pegawai.locator("body")).not.toContainText("Pemerintah Kota Helvetia");
  await ctx.close();
});
