/**
 * Sample evaluation documents for tests and previews, on the sample SKPs (skp-contoh.ts): an October
 * periodic evaluation, an annual one for a functional position whose objection changed the predikat
 * (so the Atasan PPK signs and credit points are printed), and a JPT annual one without objection.
 */
import type { EvaluasiDokumen } from "./evaluasi-teks";
import { contohSkpJpt, contohSkpNonJpt } from "./skp-contoh";

const atasanPpk = {
  id: "4e0f1a6b-5c7d-4e9f-8a1b-4c5d6e7f8091",
  nama: "Ir. Bambang Sutrisno, M.T.",
  nip: "197001011995031001",
  pangkat: "Pembina Utama Muda",
  golongan: "IV/c",
  jabatan: "Kepala Dinas Komunikasi dan Informatika",
  unit: "Dinas Komunikasi dan Informatika",
};

const [u1, u2, t1] = contohSkpNonJpt.rhk as [(typeof contohSkpNonJpt.rhk)[0], (typeof contohSkpNonJpt.rhk)[0], (typeof contohSkpNonJpt.rhk)[0]];

export const contohEvaluasiPeriodik: EvaluasiDokumen = {
  id: "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
  skpId: contohSkpNonJpt.id,
  jenis: "PERIODIK",
  status: "DITETAPKAN",
  keadaan: "FINAL",
  periode: contohSkpNonJpt.periode,
  checkpoint: { urutan: 10, nama: "Oktober", mulai: "2026-10-01", selesai: "2026-10-31" },
  berlakuMulai: contohSkpNonJpt.berlakuMulai,
  berlakuSelesai: contohSkpNonJpt.berlakuSelesai,
  pendekatan: contohSkpNonJpt.pendekatan,
  bentuk: contohSkpNonJpt.bentuk,
  tempat: contohSkpNonJpt.tempat,
  instansi: contohSkpNonJpt.instansi,
  pegawai: contohSkpNonJpt.pegawai,
  ppk: contohSkpNonJpt.ppk,
  atasanPpk,
  rhk: [
    {
      id: u1.id, jenis: u1.jenis, urutan: u1.urutan, uraian: u1.uraian, perspektif: null, rhkAtasanUraian: u1.rhkAtasanUraian, ringkasan: null,
      umpanBalik: "Proses usulan kenaikan pangkat sudah tertib; percepat verifikasi berkas mutasi yang masih menumpuk di akhir bulan.",
      iki: [
        { id: "iki-u1-1", aspek: "KUANTITAS", indikator: u1.iki[0]!.indikator, target: "120–150 usulan", realisasi: "118 usulan (98%)", uraian: "Usulan kenaikan pangkat periode Oktober diproses seluruhnya", bukti: ["rekap-usulan-oktober.pdf", "Dasbor layanan SIASN"] },
        { id: "iki-u1-2", aspek: "WAKTU", indikator: u1.iki[1]!.indikator, target: "3 hari kerja", realisasi: "3,5 hari kerja (117%)", uraian: "", bukti: [] },
      ],
    },
    {
      id: u2.id, jenis: u2.jenis, urutan: u2.urutan, uraian: u2.uraian, perspektif: null, rhkAtasanUraian: u2.rhkAtasanUraian,
      ringkasan: "Pemutakhiran data pegawai berjalan sesuai rencana aksi Oktober.",
      umpanBalik: null,
      iki: [{ id: "iki-u2-1", aspek: "KUALITAS", indikator: u2.iki[0]!.indikator, target: "95–100 %", realisasi: "96,4 % (101%)", uraian: "Verifikasi data pendidikan dan keluarga", bukti: ["laporan-verifikasi.xlsx"] }],
    },
    {
      id: t1.id, jenis: t1.jenis, urutan: t1.urutan, uraian: t1.uraian, perspektif: null, rhkAtasanUraian: null, ringkasan: null, umpanBalik: "Pertahankan.",
      iki: [{ id: "iki-t1-1", aspek: "KUANTITAS", indikator: t1.iki[0]!.indikator, target: "40 orang", realisasi: "belum ada realisasi", uraian: "", bukti: [] }],
    },
  ],
  perilaku: contohSkpNonJpt.perilaku.map((p) => ({
    ...p,
    umpanBalik:
      p.nilai === "BERORIENTASI_PELAYANAN"
        ? "Responsif terhadap permintaan layanan; pertahankan waktu tanggap di bawah satu hari kerja."
        : p.nilai === "KOLABORATIF"
          ? "Aktif berbagi praktik baik pengelolaan data dengan subbagian lain."
          : null,
  })),
  ratingHasil: "SESUAI",
  alasanRatingHasil: null,
  ratingPerilaku: "SESUAI",
  predikat: "BAIK",
  catatan: "Evaluasi periodik Oktober.",
  ditetapkanAt: "2026-11-05T04:00:00.000Z",
  batasKeberatan: null,
  finalAt: null,
  organisasi: null,
  keberatan: null,
  angkaKredit: null,
  rekomendasi: [],
};

/** Annual, functional position (Ahli Pertama), the objection granted: Butuh Perbaikan became Baik. */
export const contohEvaluasiTahunanKeberatan: EvaluasiDokumen = {
  ...contohEvaluasiPeriodik,
  id: "8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
  jenis: "TAHUNAN",
  status: "FINAL",
  keadaan: "FINAL",
  checkpoint: null,
  ratingHasil: "SESUAI",
  alasanRatingHasil: "Capaian kuantitas melampaui target, tetapi kualitas hasil kerja masih memerlukan perbaikan.",
  ratingPerilaku: "SESUAI",
  predikat: "BAIK",
  catatan: "Predikat kinerja Baik Periode 2026.",
  ditetapkanAt: "2027-01-06T03:00:00.000Z",
  batasKeberatan: "2027-01-20",
  finalAt: "2027-01-19T06:00:00.000Z",
  organisasi: { predikat: "BAIK", unit: "Dinas Komunikasi dan Informatika", capaian: "Capaian indikator kinerja utama Dinas Komunikasi dan Informatika Tahun 2026: sebagian besar IKU mencapai target." },
  keberatan: {
    status: "DIKABULKAN",
    alasan: "Sebagian realisasi triwulan IV belum diperhitungkan karena bukti dukung terlambat diunggah.",
    predikatSebelum: "BUTUH_PERBAIKAN",
    predikatBaru: "BAIK",
    keputusan: "Bukti dukung triwulan IV sah dan menaikkan capaian hasil kerja.",
    diajukanAt: "2027-01-09T02:00:00.000Z",
    diputusAt: "2027-01-19T06:00:00.000Z",
  },
  angkaKredit: { jenjang: "AHLI_PERTAMA", bulan: 12, nilai: 12.5, final: true },
  rekomendasi: ["Usulan pelatihan: Pelatihan Teknis Pengelolaan Data Kepegawaian — memperkuat kualitas verifikasi data"],
};

/** Annual, JPT, set and still within the objection window, no objection: no Atasan PPK signature. */
export const contohEvaluasiTahunanJpt: EvaluasiDokumen = {
  ...contohEvaluasiTahunanKeberatan,
  id: "9c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f",
  skpId: contohSkpJpt.id,
  status: "DITETAPKAN",
  keadaan: "MASA_KEBERATAN",
  pendekatan: contohSkpJpt.pendekatan,
  bentuk: contohSkpJpt.bentuk,
  pegawai: contohSkpJpt.pegawai,
  ppk: contohSkpJpt.ppk,
  atasanPpk: {
    id: "5f1a2b7c-6d8e-4f0a-9b1c-5d6e7f809102",
    nama: "Drs. Wali Kota Helvetia",
    nip: "196501011990031001",
    pangkat: "Pembina Utama",
    golongan: "IV/e",
    jabatan: "Wali Kota",
    unit: "Pemerintah Kota Helvetia",
  },
  rhk: contohSkpJpt.rhk.map((r) => ({
    id: r.id, jenis: r.jenis, urutan: r.urutan, uraian: r.uraian, perspektif: r.perspektif, rhkAtasanUraian: r.rhkAtasanUraian, ringkasan: null, umpanBalik: null,
    iki: r.iki.map((k) => ({ id: k.id, aspek: k.aspek, indikator: k.indikator, target: k.targetKualitatif ?? "—", realisasi: "Tercapai sesuai kriteria", uraian: "", bukti: [] })),
  })),
  perilaku: contohSkpJpt.perilaku.map((p) => ({ ...p, umpanBalik: null })),
  ratingHasil: "DI_ATAS",
  alasanRatingHasil: null,
  ratingPerilaku: "DI_ATAS",
  predikat: "SANGAT_BAIK",
  finalAt: null,
  keberatan: null,
  angkaKredit: null,
  rekomendasi: [],
  catatan: null,
};
