import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { helvetiaId } from "../db/seed/helvetia-roster";
import { expectAccessible, expectNoHorizontalScroll, masukSso, pegawaiBernama, roster } from "./helpers";

/**
 * The same plan flow on a 360 px phone: draft with the cascade link, submit, returned with a
 * general note, revise, resubmit, approved from the PPK's queue (bulk), PDF. Another pair of
 * people than e2e/skp.spec.ts, so both files can run at once.
 */
test.describe.configure({ mode: "serial" });

// Rotua Siregar's 2026 SKP is a draft; her PPK is Yayan Suryana
const ROTUA = pegawaiBernama("Rotua Siregar");
const YAYAN = pegawaiBernama("Yayan Suryana");
const RHK_BARU = "Terlaksananya layanan konsultasi daring bagi warga";
const CATATAN = "Lengkapi lampiran dukungan sumber daya.";

async function diPonsel(browser: Browser, nip: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await masukSso(page, nip);
  await expect(page.getByTestId("nama-pengguna")).toBeAttached();
  return page;
}

test("on a 360 px phone: draft, submit, returned with a note, revise, approved from the queue, PDF", async ({ browser }) => {
  const rotua = await diPonsel(browser, ROTUA.nip);
  await rotua.goto("/dasbor/pegawai");
  await rotua.getByRole("link", { name: "Buka SKP" }).click();
  await expect(rotua).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);
  const skpId = rotua.url().split("/").pop()!;
  await expectNoHorizontalScroll(rotua);

  await rotua.getByRole("link", { name: "Ubah draf" }).click();
  await expect(rotua.getByRole("heading", { name: "Susun SKP" })).toBeVisible();
  await expectNoHorizontalScroll(rotua);
  const n = await rotua.locator("[data-testid^=rhk-editor-]").count();
  await rotua.getByRole("button", { name: "Tambah RHK utama" }).click();
  const rhk = rotua.getByTestId(`rhk-editor-${n}`);
  await rhk.getByLabel("Rencana hasil kerja").fill(RHK_BARU);
  // every Utama RHK needs its cascade link before submission
  for (const pilihan of await rotua.getByLabel("RHK atasan yang diintervensi").all()) {
    if ((await pilihan.inputValue()) === "") await pilihan.selectOption({ index: 1 });
  }
  const iki = rhk.getByTestId(`iki-editor-${n}-0`);
  await iki.getByLabel("Indikator").fill("Jumlah sesi konsultasi daring yang terlaksana");
  await iki.getByLabel("Target", { exact: true }).fill("24");
  await iki.getByLabel("Sampai (opsional)").fill("30");
  await iki.getByLabel("Satuan").fill("sesi");
  await rotua.getByRole("button", { name: "Simpan dan ajukan" }).click();
  await expect(rotua.getByTestId("status-skp")).toHaveText("Diajukan");

  // the PPK returns it with a general note
  const yayan = await diPonsel(browser, YAYAN.nip);
  await yayan.goto(`/skp/${skpId}`);
  await expect(yayan.getByTestId("skp-periksa")).toBeVisible();
  await expectNoHorizontalScroll(yayan);
  await yayan.getByLabel("Catatan umum").fill(CATATAN);
  await yayan.getByRole("button", { name: "Kembalikan untuk revisi" }).click();
  await expect(yayan.getByTestId("status-skp")).toHaveText("Perlu revisi");

  // revise: the note is shown above the form; add the lampiran line it asks for
  await rotua.goto(`/skp/${skpId}/ubah`);
  await expect(rotua.getByTestId("catatan-ppk").first()).toContainText(CATATAN);
  await rotua.getByRole("button", { name: "Tambah baris" }).first().click();
  await rotua.getByLabel("Dukungan sumber daya, baris 1").fill("Ruang konsultasi dan akun konferensi video");
  await rotua.getByRole("button", { name: "Simpan dan ajukan" }).click();
  await expect(rotua.getByTestId("status-skp")).toHaveText("Diajukan");

  // approved from the queue with a tick, as when nothing needs a note
  await yayan.goto("/skp/antrian");
  await expectNoHorizontalScroll(yayan);
  await yayan.getByTestId(`antrian-${skpId}`).getByRole("checkbox").check();
  await yayan.getByRole("button", { name: /^Setujui 1 SKP terpilih$/ }).click();
  await expect(yayan.getByRole("status").filter({ hasText: "1 SKP disetujui." })).toBeVisible();
  await expect(yayan.getByTestId(`antrian-${skpId}`)).toHaveCount(0);

  await rotua.goto(`/skp/${skpId}`);
  await expect(rotua.getByTestId("status-skp")).toHaveText("Disetujui");
  await expectNoHorizontalScroll(rotua);
  await expectAccessible(rotua);
  const pdf = await rotua.request.get(`/skp/${skpId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const teks = execFileSync("pdftotext", ["-raw", "-", "-"], { input: await pdf.body(), encoding: "utf8" }).replace(/\s+/g, " ");
  expect(teks).toContain(RHK_BARU);
  expect(teks).toContain("Ruang konsultasi dan akun konferensi video");
  expect(teks).toContain("24–30 sesi");
});

test("on a phone, someone else's SKP is not there, nor its editor, PDF or the PPK's pages", async ({ browser }) => {
  const rotua = await diPonsel(browser, ROTUA.nip);
  // the demo persona Siti's 2026 SKP (ids of the demo data are derived from stable keys)
  const siti = roster.pegawai.find((p) => p.nama === "Siti Rahmawati")!;
  const penugasan = roster.penugasan.find((p) => p.pegawaiId === siti.id && p.jenis === "DEFINITIF")!;
  const skpSiti = helvetiaId("skp", `2026:${penugasan.key}`);
  for (const url of [`/skp/${skpSiti}`, `/skp/${skpSiti}/ubah`, `/skp/${skpSiti}/versi?a=1&b=kini`, "/skp/antrian", "/skp/matriks", "/skp/ekspektasi"]) {
    await rotua.goto(url);
    await expect(rotua.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expectNoHorizontalScroll(rotua);
  }
  expect((await rotua.request.get(`/skp/${skpSiti}/pdf`)).status()).toBe(404);
  // and the owner does see it, so the id above is a real SKP
  const sitiPage = await diPonsel(browser, siti.nip);
  await sitiPage.goto(`/skp/${skpSiti}`);
  await expect(sitiPage.getByTestId("skp-dokumen")).toBeVisible();
});
