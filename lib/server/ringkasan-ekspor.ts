import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { LabelRingkasanXlsx } from "@/lib/documents/ringkasan-xlsx";
import { JENIS_JABATAN, PREDIKAT } from "@/lib/domain/constants";
import type { FilterRingkasan } from "@/lib/domain/ringkasan";
import { STATUS_SKP_RINGKASAN, type DasborPimpinan } from "@/lib/services/ringkasan-unit";

/** The labels of the summary's Excel and PDF exports in the user's language, and the filter and time lines. */
export async function labelEksporRingkasan(data: DasborPimpinan): Promise<{ label: LabelRingkasanXlsx; filter: string; dihitung: string }> {
  const [t, tp, ts, tj, te, td] = await Promise.all([
    getTranslations("ringkasanUnit"), getTranslations("predikat"), getTranslations("status.skp"), getTranslations("jenisJabatan"),
    getTranslations("evaluasi"), getTranslations("dasborPimpinan"),
  ]);
  const format = await getFormatter();
  const label: LabelRingkasanXlsx = {
    judul: t("judulBerkas", { unit: data.unit.nama }),
    lembar: { ringkasan: td("judul"), unit: t("lembarUnit"), pegawai: t("lembarPegawai"), tren: t("lembarTren"), predikat: t("lembarPredikat") },
    info: { unit: td("kolomUnit"), periode: t("kolomPeriode"), checkpoint: t("kolomCheckpoint"), filter: t("filter"), dihitung: t("kolomDihitung") },
    kolom: {
      unit: td("kolomUnit"), pegawai: td("kolomPegawai"), lewatBatas: t("kolomLewatBatas"), cpSkp: t("kolomSkp"), cpRealisasi: t("kolomRealisasi"),
      cpEvaluasi: t("kolomEvaluasi"), tahunanSkp: t("kolomTahunanSkp"), tahunanDitetapkan: t("kolomTahunan"), dinilai: t("kolomDinilai"),
      keberatanTerbuka: t("kolomKeberatanTerbuka"), keberatanDiputus: t("kolomKeberatanDiputus"), nama: t("kolomNama"), nip: t("kolomNip"),
      jabatan: t("kolomJabatan"), jenisJabatan: t("jenisJabatan"), golongan: t("kolomGolongan"), statusSkp: t("kolomStatusSkp"),
      ikiTerealisasi: t("kolomRealisasiPegawai"), jumlahIki: t("kolomJumlahIki"), predikat: t("kolomPredikat"), keadaan: t("kolomKeadaan"),
      periode: t("kolomPeriode"), checkpoint: t("kolomCheckpoint"), urutan: t("kolomUrutan"),
    },
    jumlah: t("jumlah"),
    langsung: (nama) => td("langsung", { nama }),
    status: Object.fromEntries(STATUS_SKP_RINGKASAN.map((s) => [s, ts(s)])) as LabelRingkasanXlsx["status"],
    predikat: Object.fromEntries(PREDIKAT.map((p) => [p, tp(p)])) as LabelRingkasanXlsx["predikat"],
    keadaan: { FINAL: te("keadaan.FINAL"), MASA_KEBERATAN: te("keadaan.MASA_KEBERATAN"), DALAM_KEBERATAN: te("keadaan.DALAM_KEBERATAN") },
    jenisJabatan: Object.fromEntries(JENIS_JABATAN.map((j) => [j, tj(j)])),
  };
  return { label, filter: teksFilter(data.filter, t("semua"), (j) => tj(j as "JPT")), dihitung: format.dateTime(data.dihitungAt, { dateStyle: "medium", timeStyle: "short" }) };
}

function teksFilter(f: FilterRingkasan, semua: string, jenis: (j: string) => string): string {
  const bagian = [f.jenisJabatan ? jenis(f.jenisJabatan) : null, f.golongan].filter(Boolean);
  return bagian.length ? bagian.join(", ") : semua;
}
