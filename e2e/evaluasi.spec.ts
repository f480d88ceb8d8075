import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, masukSso, pegawaiBernama, persona } from "./helpers";

/**
 * Appraisal in the browser. A PPK evaluates a subordinate's October from the dashboard and the
 * pegawai acknowledges it. Then the annual evaluation of Ayu Maharani's first 2026 assignment (she
 * moved on 1 July, so its last checkpoint has passed and the annual evaluation is open): her PPK sets
 * it; on a 360 px phone she reads the result, acknowledges it and objects; the Atasan PPK changes the
 * ratings; the final predikat, the credit points and the annual PDF (read back as text) show the change
 * and the Atasan PPK's signature block. Others must not see any of it.
 */
test.describe.configure({ mode: "serial" });

const YOHANES = persona("ppk");
const SITI = persona("pegawai");
const HENDRIK = pegawaiBernama("Hendrik Sondakh");
const AYU = pegawaiBernama("Ayu Maharani");

// two demo pegawai share some names: these are known by NIP (the PPK and Atasan PPK on Ayu's first 2026 SKP)
const NOVITA = { nip: "196902181997062148", nama: "Novita Kalangi" };
const JACQUELINE = { nip: "197204052001042374", nama: "Jacqueline Tuasikal" };

async function masuk(browser: Browser, nip: string, ponsel = false): Promise<Page> {
  const context = await browser.newContext(ponsel ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  await masukSso(page, nip);
  await expect(page.getByTestId("nama-pengguna")).toBeAttached();
  return page;
}

/** Chooses the ratings; a rating hasil kerja other than the suggestion gets its reason. */
async function pilihRating(page: Page, hasil: string, perilaku: string) {
  await page.getByRole("group", { name: "Rating hasil kerja" }).getByLabel(hasil).check();
  const alasan = page.getByLabel("Alasan memilih rating yang berbeda dari saran");
  if (await alasan.count()) await alasan.fill("Kualitas hasil kerja dinilai dari telaah dokumen, bukan hanya jumlahnya.");
  await page.getByRole("group", { name: "Rating perilaku kerja" }).getByLabel(perilaku).check();
}

test("the PPK evaluates a subordinate's month from the dashboard; the pegawai acknowledges it; a peer cannot see it", async ({ browser }, info) => {
  const ppk = await masuk(browser, YOHANES.nip);
  await ppk.goto("/dasbor/ppk");
  const baris = ppk.getByRole("row").filter({ hasText: HENDRIK.nama });
  await baris.getByRole("link", { name: "Draf" }).click();
  await expect(ppk.getByTestId("evaluasi-judul")).toHaveText("Oktober 2026");
  await expect(ppk.getByTestId("saran-rating")).toContainText("Saran dari realisasi");

  const rhkPertama = ppk.locator("[data-testid^=evaluasi-rhk-]").first();
  await rhkPertama.getByLabel("Umpan balik atas hasil kerja ini").fill("Modul layanan berjalan sesuai rencana; pertahankan.");
  await ppk.getByTestId("evaluasi-perilaku-KOLABORATIF").getByLabel("Umpan balik atas perilaku ini").fill("Aktif membantu tim lintas bidang.");
  await pilihRating(ppk, "Sesuai Ekspektasi", "Sesuai Ekspektasi");
  await expect(ppk.getByTestId("pratinjau-predikat")).toContainText("Predikat menurut matriks: Baik");
  await ppk.getByRole("button", { name: "Tetapkan dan serahkan" }).click();
  await expect(ppk.getByTestId("predikat")).toHaveText("Baik");
  // delivered: read-only for the PPK
  await expect(ppk.getByTestId("evaluasi-form")).toHaveCount(0);
  await expect(ppk.getByText("Modul layanan berjalan sesuai rencana; pertahankan.")).toBeVisible();
  await ppk.screenshot({ path: info.outputPath("evaluasi-ppk.png"), fullPage: true });

  const hendrik = await masuk(browser, HENDRIK.nip);
  await hendrik.goto(ppk.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(hendrik.getByTestId("predikat")).toHaveText("Baik");
  await expect(hendrik.getByText("Aktif membantu tim lintas bidang.")).toBeVisible();
  await hendrik.getByRole("button", { name: "Saya telah menerima evaluasi ini" }).click();
  await expect(hendrik.getByTestId("penerimaan")).toContainText("Diterima pegawai");
  // no objection to a periodic evaluation
  await expect(hendrik.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
  await expectAccessible(hendrik);

  // must not see: a peer gets "not found" for the evaluation page
  const siti = await masuk(browser, SITI.nip);
  await siti.goto(ppk.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(siti.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(siti.getByText(HENDRIK.nama)).toHaveCount(0);
});

test("annual: the PPK sets it, the pegawai objects on a phone, the Atasan PPK changes the rating; the final predikat, credit points and the PDF show it", async ({ browser }, info) => {
  // Ayu's first 2026 SKP: its PPK and Atasan PPK are recorded on the SKP
  const ppk = await masuk(browser, NOVITA.nip);
  await ppk.goto("/dasbor/ppk");
  await ppk.getByRole("link", { name: "Evaluasi tim" }).click();
  await ppk.getByRole("link", { name: "Tahunan", exact: true }).click();
  await expect(ppk.getByTestId("evaluasi-pilihan")).toHaveText("Evaluasi tahunan 2026");
  await ppk.getByTestId(`evaluasi-baris-${AYU.id}`).getByRole("link", { name: /Evaluasi/ }).click();
  await expect(ppk.getByTestId("evaluasi-judul")).toHaveText("Evaluasi tahunan 2026");
  await ppk.locator("[data-testid^=evaluasi-rhk-]").first().getByLabel("Umpan balik atas hasil kerja ini").fill("Kajian perencanaan selesai tepat waktu.");
  await pilihRating(ppk, "Sesuai Ekspektasi", "Sesuai Ekspektasi");
  await ppk.getByLabel("Catatan dan rekomendasi").fill("Direkomendasikan mengikuti pelatihan analisis kebijakan.");
  await ppk.getByRole("button", { name: "Tetapkan dan serahkan" }).click();
  await expect(ppk.getByTestId("predikat")).toContainText(/^Baik/);
  await expect(ppk.getByTestId("hasil-evaluasi")).toContainText("Belum final (masa keberatan)");
  const jalur = ppk.url().replace(/^https?:\/\/[^/]+/, "");

  // the pegawai, on a phone: the result, not final yet; acknowledges; objects
  const ayu = await masuk(browser, AYU.nip, true);
  await ayu.goto(jalur);
  await expectNoHorizontalScroll(ayu);
  await expect(ayu.getByTestId("predikat")).toContainText(/^Baik/);
  await expect(ayu.getByTestId("hasil-evaluasi")).toContainText("Belum final (masa keberatan)");
  await ayu.getByRole("button", { name: "Saya telah menerima evaluasi ini" }).click();
  await expect(ayu.getByTestId("penerimaan")).toContainText("Diterima pegawai");

  // a one-to-one dialogue about the result: she proposes it and asks; the PPK answers, records the
  // outcome and an agreed action; both confirm and the record is read-only
  await ayu.getByTestId("tautan-dialog").click();
  const usul = ayu.getByTestId("form-usul-dialog");
  await usul.getByLabel("Tanggal").fill("2026-11-24");
  await usul.getByLabel("Agenda").fill("Pembahasan hasil evaluasi tahunan penugasan di Bidang Perekonomian");
  await usul.getByRole("button", { name: "Usulkan dialog" }).click();
  await expect(ayu).toHaveURL(/\/dialog\/[0-9a-f-]{36}$/);
  const jalurDialog = ayu.url().replace(/^https?:\/\/[^/]+/, "");
  const tanya = ayu.getByTestId("form-pertanyaan");
  await tanya.getByLabel("Pertanyaan baru").fill("Apakah dua kajian tambahan dapat diperhitungkan sebagai realisasi?");
  await tanya.getByRole("button", { name: "Tambah pertanyaan" }).click();
  await expect(ayu.getByText("Pertanyaan tersimpan.")).toBeVisible();
  await expect(ayu.getByTestId("daftar-pertanyaan")).toContainText("Apakah dua kajian tambahan dapat diperhitungkan sebagai realisasi?");
  await expectNoHorizontalScroll(ayu);

  await ppk.goto(jalurDialog);
  const jawab = ppk.getByTestId("form-jawaban-1");
  await jawab.getByLabel("Jawaban atas pertanyaan 1").fill("Tidak dalam SKP ini; ajukan keberatan bila tidak sependapat dengan predikatnya.");
  await jawab.getByRole("button", { name: "Simpan jawaban" }).click();
  await expect(ppk.getByText("Jawaban tersimpan.")).toBeVisible();
  const catatan = ppk.getByTestId("form-catatan-dialog");
  await catatan.getByLabel("Penjelasan PPK").fill("Kajian di luar SKP dicatat sebagai tugas tambahan pada SKP berikutnya.");
  await catatan.getByLabel("Tercapai", { exact: true }).check();
  await catatan.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(ppk.getByText("Catatan tersimpan.")).toBeVisible();
  const tindakan = ppk.getByTestId("form-tindakan");
  await tindakan.getByLabel("Tindak lanjut").fill("Menyusun telaah kajian tambahan untuk RHK tambahan");
  await tindakan.getByLabel("Batas waktu").fill("2026-12-15");
  await tindakan.getByRole("button", { name: "Tambah tindak lanjut" }).click();
  await expect(ppk.getByTestId("daftar-tindakan")).toContainText("Menyusun telaah kajian tambahan");
  await ppk.getByTestId("konfirmasi-dialog").click();
  // the button gives way to the state (the live refresh may replace the page before any message is read)
  await expect(ppk.getByText("Anda sudah mengonfirmasi; menunggu konfirmasi pihak lain.")).toBeVisible();

  await ayu.reload();
  await expect(ayu.getByText("Tidak dalam SKP ini; ajukan keberatan")).toBeVisible();
  await ayu.getByTestId("konfirmasi-dialog").click();
  await expect(ayu.getByTestId("dialog-terkunci")).toBeVisible();
  await expect(ayu.getByTestId("form-pertanyaan")).toHaveCount(0);
  // the agreed action shows on her dashboard until done
  await ayu.goto("/dasbor/pegawai");
  await expect(ayu.getByTestId("tindakan-dialog")).toContainText("Menyusun telaah kajian tambahan");

  await ayu.goto(jalur);
  const form = ayu.getByTestId("keberatan-form");
  await form.getByLabel("Alasan keberatan").fill("Dua kajian tambahan yang diminta kepala bidang belum diperhitungkan dalam realisasi.");
  await form.getByLabel("Tautan bukti pendukung (opsional)").fill("https://drive.helvetia.go.id/bappeda/kajian-tambahan.pdf");
  await form.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(ayu.getByTestId("keberatan")).toContainText("Diajukan");
  await expect(ayu.getByTestId("hasil-evaluasi")).toContainText("Dalam keberatan");
  await expect(ayu.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
  await ayu.screenshot({ path: info.outputPath("keberatan-ponsel.png"), fullPage: true });

  // the PPK may respond but not decide
  await ppk.goto(jalur);
  await expect(ppk.getByTestId("hasil-evaluasi")).toContainText("Dalam keberatan");
  await ppk.getByLabel("Tanggapan pejabat penilai kinerja").fill("Kedua kajian tambahan di luar SKP dan tidak dicatat sebagai realisasi.");
  await ppk.getByRole("button", { name: "Simpan tanggapan" }).click();
  await expect(ppk.getByText("Tanggapan tersimpan.")).toBeVisible();
  await expect(ppk.getByTestId("keputusan-form")).toHaveCount(0);

  // the Atasan PPK decides from the dashboard: both ratings up → Sangat Baik
  const atasan = await masuk(browser, JACQUELINE.nip);
  await atasan.goto("/dasbor/ppk");
  await atasan.getByTestId("keberatan-masuk").getByRole("link", { name: AYU.nama, exact: true }).click();
  await expect(atasan.getByText("Kedua kajian tambahan di luar SKP")).toBeVisible();
  const keputusan = atasan.getByTestId("keputusan-form");
  await keputusan.getByLabel("Ubah rating").check();
  await keputusan.getByLabel("Rating hasil kerja").selectOption("DI_ATAS");
  await keputusan.getByLabel("Rating perilaku kerja").selectOption("DI_ATAS");
  await keputusan.getByLabel("Alasan keputusan").fill("Kajian tambahan terbukti mendukung RHK atasan dan melampaui ekspektasi.");
  await keputusan.getByRole("button", { name: "Putuskan" }).click();
  await expect(atasan.getByTestId("keputusan")).toContainText("Predikat diubah dari Baik menjadi Sangat Baik");

  // final everywhere: the pegawai's page, credit points (Ahli Pertama, 6 months at Sangat Baik: 6/12 × 150% × 12.5)
  await ayu.reload();
  await expect(ayu.getByTestId("predikat")).toHaveText("Sangat Baik");
  await expect(ayu.getByTestId("angka-kredit")).toContainText("9,38");
  await expect(ayu.getByTestId("keputusan")).toContainText("Kajian tambahan terbukti mendukung RHK atasan");
  await expectNoHorizontalScroll(ayu);

  // the annual PDF, read back as text: the changed predikat and the Atasan PPK's signature block
  const href = await ayu.getByTestId("unduh-pdf-evaluasi").getAttribute("href");
  const pdf = await ayu.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const teks = execFileSync("pdftotext", ["-raw", "-", "-"], { input: await pdf.body(), encoding: "utf8" }).replace(/\s+/g, " ");
  expect(teks).toContain("DOKUMEN EVALUASI KINERJA PEGAWAI");
  expect(teks).toContain("Sangat Baik");
  expect(teks).toContain("Atasan Pejabat Penilai Kinerja");
  expect(teks).toContain(JACQUELINE.nama);
  expect(teks).toContain("9,38");

  // must not see: a stranger gets "not found" for the page and the PDF
  const siti = await masuk(browser, SITI.nip);
  expect((await siti.request.get(href!)).status()).toBe(404);
  await siti.goto(jalur);
  await expect(siti.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});
