import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, masukSebagai, masukSso, pegawaiBernama } from "./helpers";

/**
 * The plan, end to end: a pegawai drafts with a cascaded RHK and submits; the PPK returns it with a
 * note on one IKI; the pegawai sees the note beside that IKI, revises and resubmits; the PPK
 * approves; the PDF holds the NIP and every RHK. Then the PPK hands one RHK to three subordinates.
 * Serial: the later tests build on the state the first one leaves.
 */
test.describe.configure({ mode: "serial" });

// Andi Fahri Rahman: a subordinate of the PPK persona (Yohanes) whose 2026 SKP is still a draft
const ANDI = pegawaiBernama("Andi Fahri Rahman");
const RHK_BARU = "Tersusunnya dokumen arsitektur aplikasi layanan publik kota";
const IKI_BARU = "Jumlah dokumen arsitektur aplikasi yang disahkan";
const CATATAN = "Target terlalu rendah: naikkan menjadi 3 dokumen.";

async function masuk(browser: Browser, nip: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await masukSso(page, nip);
  await expect(page.getByTestId("nama-pengguna")).toBeVisible();
  return page;
}

let skpId = "";

test("a pegawai drafts with a cascaded RHK, the PPK returns it with a note on one IKI, then approves the revision", async ({ browser }) => {
  const andi = await masuk(browser, ANDI.nip);
  await andi.goto("/dasbor/pegawai");
  await andi.getByRole("link", { name: "Buka SKP" }).click();
  await expect(andi).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);
  skpId = andi.url().split("/").pop()!;
  await expect(andi.getByTestId("status-skp")).toHaveText("Draf");

  // draft: a new Utama RHK supporting one of the supervisor's RHK, with one IKI
  await andi.getByRole("link", { name: "Ubah draf" }).click();
  await expect(andi.getByRole("heading", { name: "Susun SKP" })).toBeVisible();
  await expectAccessible(andi);
  const sebelum = await andi.locator("[data-testid^=rhk-editor-]").count();
  await andi.getByRole("button", { name: "Tambah RHK utama" }).click();
  const rhk = andi.getByTestId(`rhk-editor-${sebelum}`);
  await rhk.getByLabel("Rencana hasil kerja").fill(RHK_BARU);
  const pilihanAtasan = rhk.getByLabel("RHK atasan yang diintervensi");
  const opsi = await pilihanAtasan.locator("option").allTextContents();
  expect(opsi.length).toBeGreaterThan(1); // the PPK's own RHK are offered
  await pilihanAtasan.selectOption({ index: 1 });
  const iki = rhk.getByTestId(`iki-editor-${sebelum}-0`);
  // a validation error keeps everything typed and says what is wrong, in Indonesian
  await andi.getByRole("button", { name: "Simpan draf" }).click();
  await expect(iki.getByText("Wajib diisi.", { exact: true })).toBeVisible();
  await expect(iki.getByText("Satuan wajib diisi.")).toBeVisible();
  await expect(rhk.getByLabel("Rencana hasil kerja")).toHaveValue(RHK_BARU);
  await iki.getByLabel("Indikator").fill(IKI_BARU);
  await iki.getByLabel("Target", { exact: true }).fill("2");
  await iki.getByLabel("Satuan").fill("dokumen");
  await andi.getByRole("button", { name: "Simpan dan ajukan" }).click();
  await expect(andi).toHaveURL(new RegExp(`/skp/${skpId}$`));
  await expect(andi.getByTestId("status-skp")).toHaveText("Diajukan");
  await expect(andi.getByTestId("skp-dokumen")).toContainText(RHK_BARU);

  // the PPK: queue → the SKP beside their own RHK → a note on the new IKI → return
  const ppk = await browser.newContext().then((c) => c.newPage());
  await masukSebagai(ppk, "ppk");
  await ppk.goto("/skp/antrian");
  await ppk.getByRole("link", { name: ANDI.nama }).click();
  await expect(ppk.getByTestId("skp-periksa")).toBeVisible();
  await expect(ppk.getByTestId("rhk-ppk")).toBeVisible();
  await expectAccessible(ppk);
  const baris = ppk.getByTestId("skp-periksa").locator("[data-testid^=periksa-iki-]", { hasText: IKI_BARU });
  await baris.getByRole("button", { name: /Catatan untuk IKI/ }).click();
  await baris.getByRole("textbox").fill(CATATAN);
  await expect(ppk.getByRole("button", { name: "Setujui SKP" })).toBeDisabled();
  await ppk.getByRole("button", { name: "Kembalikan untuk revisi" }).click();
  await expect(ppk.getByTestId("status-skp")).toHaveText("Perlu revisi");

  // the pegawai sees the note next to that IKI, revises, resubmits
  await andi.goto(`/skp/${skpId}`);
  await expect(andi.getByTestId("status-skp")).toHaveText("Perlu revisi");
  await expect(andi.getByTestId("catatan-terbuka")).toContainText(CATATAN);
  await andi.getByRole("link", { name: "Ubah draf" }).click();
  const ikiDenganCatatan = andi.locator("[data-testid^=iki-editor-]", { hasText: CATATAN });
  await expect(ikiDenganCatatan).toHaveCount(1);
  await expect(ikiDenganCatatan.getByLabel("Indikator")).toHaveValue(IKI_BARU);
  await ikiDenganCatatan.getByLabel("Target", { exact: true }).fill("3");
  await andi.getByRole("button", { name: "Simpan dan ajukan" }).click();
  await expect(andi.getByTestId("status-skp")).toHaveText("Diajukan");

  // the PPK approves; the pegawai is told
  await ppk.goto(`/skp/${skpId}`);
  await ppk.getByRole("button", { name: "Setujui SKP" }).click();
  await expect(ppk.getByTestId("status-skp")).toHaveText("Disetujui");
  await andi.goto("/dasbor/pegawai");
  await expect(andi.getByText("SKP Anda disetujui").first()).toBeVisible();

  // the official document: downloaded as a PDF, its text holds the NIP and every RHK
  await andi.goto(`/skp/${skpId}`);
  const rhkTeks = await andi.getByTestId("skp-dokumen").locator("[data-testid^=rhk-] th[scope=row]").allTextContents();
  expect(rhkTeks).toContain(RHK_BARU);
  const [unduhan] = await Promise.all([andi.waitForEvent("download"), andi.getByRole("link", { name: "Unduh PDF" }).click()]);
  expect(unduhan.suggestedFilename()).toMatch(/^SKP-2026-\d{18}\.pdf$/);
  const teks = execFileSync("pdftotext", ["-raw", (await unduhan.path())!, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(teks).toContain("19970425 202510 1 295");
  for (const uraian of rhkTeks) expect(teks).toContain(uraian.replace(/\s+/g, " ").trim());
  expect(teks).toContain("3 dokumen");
  expect(teks).toContain("Yohanes Pattiasina");
  await expectAccessible(andi);
});

test("the approved SKP is frozen: no editor, a new version keeps version 1 readable and shows what changed", async ({ browser }) => {
  const andi = await masuk(browser, ANDI.nip);
  await andi.goto(`/skp/${skpId}/ubah`);
  await expect(andi).toHaveURL(new RegExp(`/skp/${skpId}$`)); // sent back to the read-only page
  await expect(andi.getByRole("link", { name: "Ubah draf" })).toHaveCount(0);
  andi.once("dialog", (d) => d.accept());
  await andi.getByRole("button", { name: "Buka versi baru" }).click();
  await expect(andi.getByRole("heading", { name: "Susun SKP" })).toBeVisible();
  // the RHK added in the first test is the last one
  const iki = andi.locator("[data-testid^=rhk-editor-]").last().locator("[data-testid^=iki-editor-]").first();
  await expect(iki.getByLabel("Indikator")).toHaveValue(IKI_BARU);
  const target = iki.getByLabel("Target", { exact: true });
  await target.fill("4");
  await andi.getByRole("button", { name: "Simpan draf" }).click();
  await expect(andi.getByTestId("editor-ok")).toBeVisible();
  await andi.goto(`/skp/${skpId}`);
  await expect(andi.getByText("Versi 2", { exact: false }).first()).toBeVisible();
  await andi.getByTestId("riwayat-versi").getByRole("link", { name: "Bandingkan dengan isi kini" }).click();
  await expect(andi.getByTestId("perubahan")).toContainText("target berubah dari \u201c3 dokumen\u201d menjadi \u201c4 dokumen\u201d");
});

test("the PPK hands one RHK to three subordinates at once and the matrix shows who carries it", async ({ browser }) => {
  const ppk = await browser.newContext().then((c) => c.newPage());
  await masukSebagai(ppk, "ppk");
  await ppk.goto("/skp/matriks");
  const kartu = ppk.locator("[data-testid^=matriks-rhk-]").last();
  await kartu.getByRole("button", { name: "Serahkan kepada bawahan" }).click();
  const form = kartu.locator("[data-testid^=serahkan-]");
  const pilihan = form.getByRole("checkbox");
  expect(await pilihan.count()).toBeGreaterThanOrEqual(3);
  const nama: string[] = [];
  for (let i = 0; i < 3; i++) {
    await pilihan.nth(i).check();
    nama.push((await pilihan.nth(i).locator("xpath=..").innerText()).split("\n")[0]!.trim());
  }
  await form.getByRole("textbox").first().fill("Menyusun modul pelaporan untuk RHK ini");
  await ppk.getByRole("button", { name: "Serahkan kepada 3 pegawai" }).click();
  await expect(kartu.getByRole("status")).toContainText("Diserahkan kepada 3 pegawai");
  for (const n of nama) await expect(kartu).toContainText(n);
  await expect(kartu.getByText(/Dipegang \d+ orang/)).toBeVisible();
  await expectAccessible(ppk);
});

test("what others must not see: a peer's SKP, its PDF, the PPK's queue", async ({ browser }) => {
  const siti = await browser.newContext().then((c) => c.newPage());
  await masukSebagai(siti, "pegawai");
  await siti.goto(`/skp/${skpId}`);
  await expect(siti.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(siti.getByText(RHK_BARU)).toHaveCount(0);
  const pdf = await siti.request.get(`/skp/${skpId}/pdf`);
  expect(pdf.status()).toBe(404);
  await siti.goto(`/cetak/skp/${skpId}`);
  await expect(siti.getByText(RHK_BARU)).toHaveCount(0);
  await siti.goto("/skp/antrian");
  await expect(siti.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await siti.goto("/skp/matriks");
  await expect(siti.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("two tabs save the same draft: the second gets a clear conflict and keeps what was typed; leaving unsaved asks first", async ({ browser }) => {
  // Muhammad Ikhsan Rasyid: the PPK returned his SKP for revision
  const ikhsan = pegawaiBernama("Muhammad Ikhsan Rasyid");
  const tabA = await masuk(browser, ikhsan.nip);
  const tabB = await tabA.context().newPage();
  await tabA.goto("/dasbor/pegawai");
  await tabA.getByRole("link", { name: "Buka SKP" }).click();
  await expect(tabA).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);
  await expect(tabA.getByTestId("status-skp")).toHaveText("Perlu revisi");
  const id = tabA.url().split("/").pop()!;
  await tabA.goto(`/skp/${id}/ubah`);
  await tabB.goto(`/skp/${id}/ubah`);

  await tabA.getByTestId("rhk-editor-0").getByLabel("Rencana hasil kerja").fill("Versi dari tab pertama");
  await tabA.getByRole("button", { name: "Simpan draf" }).click();
  await expect(tabA.getByTestId("editor-ok")).toContainText("Draf tersimpan.");

  const ketikanB = "Versi dari tab kedua yang tidak boleh hilang";
  await tabB.getByTestId("rhk-editor-0").getByLabel("Rencana hasil kerja").fill(ketikanB);
  await tabB.getByRole("button", { name: "Simpan draf" }).click();
  await expect(tabB.getByTestId("editor-galat")).toContainText("baru saja diubah");
  await expect(tabB.getByTestId("rhk-editor-0").getByLabel("Rencana hasil kerja")).toHaveValue(ketikanB);

  // following a link with unsaved changes asks first; declining stays with the text intact
  let ditanya = false;
  tabB.once("dialog", async (d) => {
    ditanya = true;
    await d.dismiss();
  });
  await tabB.getByRole("link", { name: "Lihat SKP" }).click();
  expect(ditanya).toBe(true);
  await expect(tabB).toHaveURL(new RegExp(`/skp/${id}/ubah$`));
  await expect(tabB.getByTestId("rhk-editor-0").getByLabel("Rencana hasil kerja")).toHaveValue(ketikanB);

  // the first save is what the SKP holds
  await tabA.goto(`/skp/${id}`);
  await expect(tabA.getByTestId("skp-dokumen")).toContainText("Versi dari tab pertama");
});
