/**
 * Indonesian texts for the demo plans: RHK and IKI by position and unit, behaviour expectations,
 * attachment items, feedback phrases, revision notes and dialogue topics.
 * Pure data and small pure functions.
 */
import type { AspekIki, NilaiBerakhlak, Perspektif } from "../../lib/domain/constants";
import type { Domain } from "./helvetia-roster";

export type IkiTeks = { aspek: AspekIki; indikator: string; satuan: string; target: number; targetMax?: number };
export type RhkTeks = { uraian: string; perspektif?: Perspektif; iki: IkiTeks[] };

const kn = (indikator: string, satuan: string, target: number, targetMax?: number): IkiTeks => ({ aspek: "KUANTITAS", indikator, satuan, target, targetMax });
const kl = (indikator: string, target = 95, satuan = "%"): IkiTeks => ({ aspek: "KUALITAS", indikator, satuan, target });
const wk = (indikator: string, target = 12, satuan = "bulan"): IkiTeks => ({ aspek: "WAKTU", indikator, satuan, target });

// ---------------------------------------------------------------- JPT (Perjanjian Kinerja of the unit)

export const RHK_JPT: Record<Domain, RhkTeks[]> = {
  pemda: [
    { uraian: "Meningkatnya kualitas pelayanan publik Pemerintah Kota Helvetia", perspektif: "PENERIMA_LAYANAN", iki: [kn("Indeks Kepuasan Masyarakat terhadap layanan publik", "indeks", 85), kl("Persentase perangkat daerah dengan nilai kepatuhan pelayanan publik zona hijau", 90)] },
    { uraian: "Meningkatnya akuntabilitas kinerja dan reformasi birokrasi Pemerintah Kota Helvetia", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi SAKIP Pemerintah Kota", "nilai", 75), kn("Indeks Reformasi Birokrasi", "indeks", 72)] },
    { uraian: "Terwujudnya tata kelola pemerintahan berbasis elektronik yang terpadu", perspektif: "PROSES_BISNIS", iki: [kn("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", "indeks", 3.5)] },
    { uraian: "Terwujudnya pengelolaan keuangan daerah yang efektif dan akuntabel", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi belanja daerah", "%", 95), kl("Opini BPK atas laporan keuangan daerah Wajar Tanpa Pengecualian", 100)] },
  ],
  setda: [
    { uraian: "Meningkatnya kualitas kebijakan daerah di bidang yang dikoordinasikan", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan", "%", 80)] },
    { uraian: "Meningkatnya efektivitas koordinasi perangkat daerah", perspektif: "PROSES_BISNIS", iki: [kn("Persentase perangkat daerah yang capaian kinerjanya sesuai target", "%", 85)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Sekretariat Daerah", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Sekretariat Daerah", "nilai", 75)] },
    { uraian: "Terserapnya anggaran Sekretariat Daerah secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  pendidikan: [
    { uraian: "Meningkatnya akses dan mutu layanan pendidikan dasar", perspektif: "PENERIMA_LAYANAN", iki: [kn("Angka Partisipasi Murni SD/MI", "%", 98), kn("Angka Partisipasi Murni SMP/MTs", "%", 82)] },
    { uraian: "Meningkatnya kualitas pendidik dan tenaga kependidikan", perspektif: "PROSES_BISNIS", iki: [kn("Persentase guru bersertifikat pendidik", "%", 75)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Dinas Pendidikan", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Dinas Pendidikan", "nilai", 72)] },
    { uraian: "Terserapnya anggaran pendidikan secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  kesehatan: [
    { uraian: "Meningkatnya derajat kesehatan masyarakat Kota Helvetia", perspektif: "PENERIMA_LAYANAN", iki: [kn("Cakupan pelayanan kesehatan ibu hamil sesuai standar", "%", 100), kn("Cakupan imunisasi dasar lengkap", "%", 95)] },
    { uraian: "Meningkatnya mutu fasilitas pelayanan kesehatan", perspektif: "PROSES_BISNIS", iki: [kn("Persentase puskesmas terakreditasi paripurna", "%", 60)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Dinas Kesehatan", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Dinas Kesehatan", "nilai", 72)] },
    { uraian: "Terkelolanya anggaran kesehatan secara efektif", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  pupr: [
    { uraian: "Meningkatnya kualitas infrastruktur jalan kota", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase panjang jalan kota dalam kondisi mantap", "%", 85)] },
    { uraian: "Berkurangnya kawasan tergenang di wilayah perkotaan", perspektif: "PENERIMA_LAYANAN", iki: [kn("Luas kawasan tergenang yang tertangani", "hektare", 40)] },
    { uraian: "Terwujudnya pemanfaatan ruang yang sesuai rencana tata ruang", perspektif: "PROSES_BISNIS", iki: [kn("Persentase kesesuaian pemanfaatan ruang", "%", 90)] },
    { uraian: "Terserapnya anggaran infrastruktur secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  dukcapil: [
    { uraian: "Meningkatnya kualitas layanan administrasi kependudukan", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 99), kn("Persentase anak yang memiliki akta kelahiran", "%", 97)] },
    { uraian: "Meningkatnya pemanfaatan data kependudukan oleh lembaga pengguna", perspektif: "PROSES_BISNIS", iki: [kn("Jumlah lembaga pengguna yang memanfaatkan data kependudukan", "lembaga", 25)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Disdukcapil", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Disdukcapil", "nilai", 75)] },
    { uraian: "Terserapnya anggaran layanan administrasi kependudukan", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  bkpsdm: [
    { uraian: "Meningkatnya kualitas manajemen ASN Pemerintah Kota Helvetia", perspektif: "PENERIMA_LAYANAN", iki: [kn("Indeks Sistem Merit", "indeks", 0.85), kn("Indeks Profesionalitas ASN", "indeks", 75)] },
    { uraian: "Terlaksananya manajemen kinerja ASN yang objektif dan tepat waktu", perspektif: "PROSES_BISNIS", iki: [kn("Persentase ASN yang SKP-nya ditetapkan tepat waktu", "%", 95)] },
    { uraian: "Meningkatnya kompetensi ASN", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Persentase ASN yang memenuhi 20 jam pelajaran pengembangan kompetensi", "%", 80)] },
    { uraian: "Terserapnya anggaran pengembangan SDM secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  bappeda: [
    { uraian: "Meningkatnya kualitas perencanaan pembangunan daerah", perspektif: "PROSES_BISNIS", iki: [kn("Persentase keselarasan program RKPD dengan RPJMD", "%", 100)] },
    { uraian: "Meningkatnya pemanfaatan hasil riset dan inovasi daerah", perspektif: "PENERIMA_LAYANAN", iki: [kn("Jumlah inovasi daerah yang diterapkan", "inovasi", 15)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Bappeda", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Bappeda", "nilai", 78)] },
    { uraian: "Terserapnya anggaran perencanaan secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  bpkad: [
    { uraian: "Meningkatnya kualitas pengelolaan keuangan dan aset daerah", perspektif: "PENERIMA_LAYANAN", iki: [kl("Opini BPK atas laporan keuangan daerah Wajar Tanpa Pengecualian", 100), kn("Persentase aset daerah yang bersertifikat", "%", 70)] },
    { uraian: "Meningkatnya ketepatan waktu penyusunan APBD", perspektif: "PROSES_BISNIS", iki: [wk("APBD ditetapkan sebelum akhir tahun anggaran", 1, "dokumen")] },
    { uraian: "Meningkatnya akuntabilitas kinerja BPKAD", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP BPKAD", "nilai", 75)] },
    { uraian: "Terserapnya anggaran BPKAD secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  inspektorat: [
    { uraian: "Meningkatnya kualitas pengawasan internal pemerintah daerah", perspektif: "PENERIMA_LAYANAN", iki: [kn("Level kapabilitas APIP", "level", 3), kn("Persentase tindak lanjut rekomendasi hasil pemeriksaan", "%", 90)] },
    { uraian: "Meningkatnya maturitas Sistem Pengendalian Intern Pemerintah (SPIP)", perspektif: "PROSES_BISNIS", iki: [kn("Nilai maturitas SPIP terintegrasi", "level", 3)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Inspektorat", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Inspektorat", "nilai", 75)] },
    { uraian: "Terserapnya anggaran pengawasan secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  kominfo: [
    { uraian: "Meningkatnya kualitas layanan pemerintahan berbasis elektronik", perspektif: "PENERIMA_LAYANAN", iki: [kn("Indeks SPBE Kota Helvetia", "indeks", 3.5), kn("Jumlah layanan publik yang terintegrasi dalam portal layanan kota", "layanan", 40)] },
    { uraian: "Meningkatnya keterbukaan informasi publik", perspektif: "PENERIMA_LAYANAN", iki: [kn("Nilai monitoring dan evaluasi keterbukaan informasi publik", "nilai", 85)] },
    { uraian: "Meningkatnya keamanan informasi dan ketersediaan infrastruktur TIK", perspektif: "PROSES_BISNIS", iki: [kn("Indeks KAMI (Keamanan Informasi)", "nilai", 400), kl("Persentase ketersediaan layanan pusat data", 99)] },
    { uraian: "Terserapnya anggaran Diskominfo secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  sosial: [
    { uraian: "Meningkatnya kualitas hidup pemerlu pelayanan kesejahteraan sosial", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase PPKS yang memperoleh rehabilitasi sosial dasar", "%", 85)] },
    { uraian: "Meningkatnya perlindungan sosial bagi korban bencana", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase korban bencana yang memperoleh bantuan dalam 3 hari", "%", 100)] },
    { uraian: "Meningkatnya akurasi data terpadu kesejahteraan sosial", perspektif: "PROSES_BISNIS", iki: [kn("Persentase data DTKS yang dimutakhirkan", "%", 90)] },
    { uraian: "Terserapnya anggaran Dinas Sosial secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  satpol: [
    { uraian: "Meningkatnya ketenteraman dan ketertiban umum", perspektif: "PENERIMA_LAYANAN", iki: [kn("Persentase gangguan trantibum yang tertangani", "%", 95)] },
    { uraian: "Meningkatnya kepatuhan masyarakat terhadap peraturan daerah", perspektif: "PROSES_BISNIS", iki: [kn("Persentase penegakan perda yang diselesaikan", "%", 85)] },
    { uraian: "Meningkatnya akuntabilitas kinerja Satuan Polisi Pamong Praja", perspektif: "PENGUATAN_INTERNAL", iki: [kn("Nilai evaluasi AKIP Satpol PP", "nilai", 70)] },
    { uraian: "Terserapnya anggaran Satpol PP secara optimal", perspektif: "ANGGARAN", iki: [kn("Persentase realisasi anggaran", "%", 95)] },
  ],
  kecamatan: [],
};

// ---------------------------------------------------------------- structural (Administrator / Pengawas)

export function rhkStruktural(jenis: "ADMINISTRATOR" | "PENGAWAS" | "FUNGSIONAL", namaUnit: string, namaPd: string, namaJabatan: string): RhkTeks[] {
  if (/^Sekretaris (Dinas|Badan|Inspektorat|Satuan)/.test(namaJabatan))
    return [
      { uraian: `Terwujudnya tata kelola administrasi umum, kepegawaian, dan keuangan ${namaPd} yang akuntabel`, iki: [kn("Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun (Renja, RKA, LKjIP)", "dokumen", 6), kl("Persentase laporan keuangan yang disampaikan tepat waktu", 100)] },
      { uraian: `Meningkatnya kualitas layanan kesekretariatan ${namaPd}`, iki: [kl("Persentase usulan layanan kepegawaian yang diproses sesuai standar", 95), wk("Ketepatan waktu penyampaian laporan bulanan")] },
      { uraian: "Terkoordinasinya penyusunan SKP dan evaluasi kinerja pegawai", iki: [kn("Persentase pegawai yang SKP-nya ditetapkan tepat waktu", "%", 100)] },
    ];
  if (/Umum dan Kepegawaian|Administrasi dan Umum/.test(namaUnit))
    return [
      { uraian: "Terkelolanya administrasi umum dan kepegawaian", iki: [kn("Jumlah layanan administrasi kepegawaian yang diselesaikan", "layanan", 150, 250), kl("Persentase usulan kepegawaian yang diproses tanpa pengembalian", 95)] },
      { uraian: "Tersedianya sarana dan prasarana kantor yang layak", iki: [kn("Jumlah laporan pemeliharaan barang milik daerah", "laporan", 12), wk("Ketepatan waktu penyampaian laporan")] },
      { uraian: "Terlaksananya tata naskah dinas dan kearsipan", iki: [kn("Jumlah naskah dinas yang diagendakan", "naskah", 800, 1200)] },
    ];
  if (/Perencanaan dan Keuangan/.test(namaUnit))
    return [
      { uraian: `Tersusunnya dokumen perencanaan dan anggaran ${namaPd}`, iki: [kn("Jumlah dokumen perencanaan (Renja, RKA, DPA, Perjanjian Kinerja)", "dokumen", 4), wk("Dokumen perencanaan ditetapkan sesuai jadwal", 4, "dokumen")] },
      { uraian: `Tersusunnya laporan keuangan dan laporan kinerja ${namaPd}`, iki: [kn("Jumlah laporan keuangan dan kinerja yang disusun", "laporan", 14), kl("Persentase laporan tanpa koreksi material", 95)] },
    ];
  if (jenis === "ADMINISTRATOR")
    return [
      { uraian: `Meningkatnya kualitas layanan pada ${namaUnit}`, iki: [kl(`Persentase layanan ${namaUnit} yang diselesaikan sesuai standar`, 90), kn(`Jumlah program ${namaUnit} yang terlaksana`, "program", 4, 6)] },
      { uraian: `Tersusunnya kebijakan teknis dan rencana kerja ${namaUnit}`, iki: [kn("Jumlah dokumen kebijakan teknis yang ditetapkan", "dokumen", 3, 5), wk("Ketepatan waktu penyusunan rencana kerja")] },
      { uraian: `Terlaksananya koordinasi lintas perangkat daerah oleh ${namaUnit}`, iki: [kn("Jumlah rapat koordinasi yang difasilitasi", "kegiatan", 4, 6)] },
    ];
  return [
    { uraian: `Terlaksananya program kerja ${namaUnit} sesuai rencana`, iki: [kn(`Jumlah kegiatan ${namaUnit} yang terlaksana`, "kegiatan", 8, 12), kl("Persentase kegiatan yang sesuai standar operasional prosedur", 95)] },
    { uraian: `Tersedianya data dan laporan ${namaUnit} yang akurat`, iki: [kn("Jumlah laporan yang disusun", "laporan", 12), wk("Ketepatan waktu penyampaian laporan bulanan")] },
    { uraian: `Terbinanya pegawai di lingkungan ${namaUnit}`, iki: [kn("Jumlah sesi pembinaan dan dialog kinerja pegawai", "kegiatan", 4, 6)] },
  ];
}

// ---------------------------------------------------------------- staff (Pelaksana / Fungsional)

type StafTeks = { uraian: string; kuantitas: [indikator: string, satuan: string, min: number, max: number] };

const STAF: [prefix: string, rhk: StafTeks[]][] = [
  ["Pengadministrasi Perkantoran", [
    { uraian: "Terlaksananya pengelolaan surat masuk dan surat keluar", kuantitas: ["Jumlah surat yang diagendakan", "surat", 600, 1200] },
    { uraian: "Tersusunnya arsip dinamis yang tertata", kuantitas: ["Jumlah berkas yang diarsipkan", "berkas", 300, 600] },
    { uraian: "Terlaksananya penyiapan bahan rapat pimpinan", kuantitas: ["Jumlah bahan rapat yang disiapkan", "berkas", 24, 48] },
  ]],
  ["Penata Layanan Operasional", [
    { uraian: "Terlaksananya penatausahaan layanan operasional unit", kuantitas: ["Jumlah layanan yang ditatausahakan", "layanan", 200, 500] },
    { uraian: "Tersusunnya laporan pelaksanaan layanan", kuantitas: ["Jumlah laporan pelaksanaan layanan", "laporan", 12, 12] },
    { uraian: "Tersedianya bahan evaluasi mutu layanan", kuantitas: ["Jumlah bahan evaluasi yang disusun", "dokumen", 4, 4] },
  ]],
  ["Pengolah Data dan Informasi", [
    { uraian: "Tersedianya data layanan unit yang mutakhir", kuantitas: ["Jumlah rekaman data yang dimutakhirkan", "rekaman", 800, 1500] },
    { uraian: "Tersusunnya laporan pengolahan data bulanan", kuantitas: ["Jumlah laporan pengolahan data", "laporan", 12, 12] },
    { uraian: "Terpublikasikannya informasi layanan kepada masyarakat", kuantitas: ["Jumlah konten informasi yang dipublikasikan", "konten", 24, 48] },
  ]],
  ["Pengelola Layanan Operasional", [
    { uraian: "Terlaksananya dukungan layanan operasional kantor", kuantitas: ["Jumlah permintaan layanan operasional yang ditangani", "layanan", 150, 300] },
    { uraian: "Terpeliharanya sarana dan prasarana kantor", kuantitas: ["Jumlah sarana yang dipelihara", "unit", 30, 60] },
  ]],
  ["Operator Layanan Operasional", [
    { uraian: "Terlaksananya pelayanan di loket/unit layanan", kuantitas: ["Jumlah pemohon yang dilayani", "pemohon", 1500, 3000] },
    { uraian: "Terpeliharanya kebersihan dan kesiapan ruang layanan", kuantitas: ["Jumlah laporan pemeriksaan harian", "laporan", 240, 240] },
  ]],
  ["Penelaah Teknis Kebijakan", [
    { uraian: "Tersusunnya telaahan teknis kebijakan", kuantitas: ["Jumlah telaahan staf yang disusun", "dokumen", 8, 16] },
    { uraian: "Tersusunnya bahan rekomendasi kebijakan pimpinan", kuantitas: ["Jumlah bahan rekomendasi", "dokumen", 4, 6] },
  ]],
  ["Pranata Komputer", [
    { uraian: "Terbangunnya modul aplikasi layanan pemerintah kota", kuantitas: ["Jumlah modul aplikasi yang selesai dikembangkan dan diuji", "modul", 4, 10] },
    { uraian: "Terpeliharanya sistem informasi dan jaringan", kuantitas: ["Jumlah pemeliharaan berkala sistem yang dilaksanakan", "kegiatan", 12, 24] },
    { uraian: "Tertanganinya permintaan dukungan teknis TIK", kuantitas: ["Jumlah tiket dukungan teknis yang diselesaikan", "tiket", 120, 300] },
  ]],
  ["Analis Sumber Daya Manusia Aparatur", [
    { uraian: "Tersusunnya analisis kebutuhan pengembangan kompetensi ASN", kuantitas: ["Jumlah dokumen analisis kebutuhan", "dokumen", 2, 4] },
    { uraian: "Terlaksananya pengelolaan penilaian kinerja pegawai", kuantitas: ["Jumlah SKP pegawai yang diverifikasi", "SKP", 200, 400] },
    { uraian: "Terlaksananya verifikasi usulan mutasi dan kenaikan pangkat", kuantitas: ["Jumlah usulan yang diverifikasi", "usulan", 150, 400] },
  ]],
  ["Pranata Sumber Daya Manusia Aparatur", [
    { uraian: "Terlaksananya pemutakhiran data kepegawaian", kuantitas: ["Jumlah data pegawai yang dimutakhirkan", "data", 300, 600] },
    { uraian: "Terlaksananya penatausahaan berkas kepegawaian", kuantitas: ["Jumlah berkas kepegawaian yang ditatausahakan", "berkas", 200, 400] },
  ]],
  ["Perencana", [
    { uraian: "Tersusunnya dokumen perencanaan pembangunan daerah", kuantitas: ["Jumlah dokumen perencanaan yang disusun", "dokumen", 3, 6] },
    { uraian: "Terlaksananya pengendalian dan evaluasi rencana pembangunan", kuantitas: ["Jumlah laporan pengendalian dan evaluasi", "laporan", 4, 4] },
    { uraian: "Tersusunnya kajian perencanaan pembangunan", kuantitas: ["Jumlah kajian yang diselesaikan", "kajian", 1, 2] },
  ]],
  ["Auditor", [
    { uraian: "Terlaksananya audit kinerja pada perangkat daerah", kuantitas: ["Jumlah laporan hasil audit", "laporan", 6, 12] },
    { uraian: "Terlaksananya reviu laporan keuangan perangkat daerah", kuantitas: ["Jumlah laporan hasil reviu", "laporan", 4, 8] },
    { uraian: "Terpantaunya tindak lanjut hasil pemeriksaan", kuantitas: ["Jumlah rekomendasi yang dipantau tindak lanjutnya", "rekomendasi", 40, 80] },
  ]],
  ["Pengawas Penyelenggaraan", [
    { uraian: "Terlaksananya pengawasan penyelenggaraan urusan pemerintahan daerah", kuantitas: ["Jumlah laporan hasil pengawasan", "laporan", 6, 10] },
  ]],
  ["Guru", [
    { uraian: "Terlaksananya pembelajaran yang berkualitas", kuantitas: ["Jumlah jam tatap muka yang dilaksanakan", "jam pelajaran", 720, 864] },
    { uraian: "Tersusunnya perangkat pembelajaran", kuantitas: ["Jumlah perangkat pembelajaran (modul ajar)", "dokumen", 4, 8] },
    { uraian: "Terlaksananya penilaian hasil belajar peserta didik", kuantitas: ["Jumlah laporan hasil belajar", "laporan", 2, 2] },
  ]],
  ["Dokter", [
    { uraian: "Terlaksananya pelayanan medis dasar di puskesmas", kuantitas: ["Jumlah pasien yang dilayani", "pasien", 2000, 3500] },
    { uraian: "Terlaksananya kegiatan promotif dan preventif", kuantitas: ["Jumlah kegiatan penyuluhan kesehatan", "kegiatan", 12, 24] },
  ]],
  ["Perawat", [
    { uraian: "Terlaksananya asuhan keperawatan pasien", kuantitas: ["Jumlah pasien yang diberi asuhan keperawatan", "pasien", 800, 1500] },
    { uraian: "Terdokumentasinya asuhan keperawatan", kuantitas: ["Jumlah dokumentasi asuhan keperawatan", "dokumen", 800, 1500] },
  ]],
  ["Bidan", [
    { uraian: "Terlaksananya pelayanan kesehatan ibu dan anak", kuantitas: ["Jumlah kunjungan ibu hamil yang dilayani", "kunjungan", 300, 600] },
    { uraian: "Terlaksananya kelas ibu hamil", kuantitas: ["Jumlah kelas ibu hamil", "kegiatan", 12, 24] },
  ]],
  ["Pranata Laboratorium Kesehatan", [{ uraian: "Terlaksananya pemeriksaan laboratorium klinik", kuantitas: ["Jumlah sampel yang diperiksa", "sampel", 1500, 3000] }]],
  ["Apoteker", [{ uraian: "Terlaksananya pelayanan kefarmasian", kuantitas: ["Jumlah resep yang dilayani", "resep", 3000, 6000] }]],
  ["Epidemiolog Kesehatan", [
    { uraian: "Terlaksananya surveilans penyakit menular", kuantitas: ["Jumlah laporan surveilans mingguan", "laporan", 52, 52] },
    { uraian: "Terlaksananya penyelidikan epidemiologi kejadian luar biasa", kuantitas: ["Jumlah penyelidikan epidemiologi", "kegiatan", 4, 8] },
  ]],
  ["Administrator Kesehatan", [{ uraian: "Tersusunnya analisis program kesehatan", kuantitas: ["Jumlah dokumen analisis program", "dokumen", 4, 6] }]],
  ["Sanitarian", [{ uraian: "Terlaksananya inspeksi kesehatan lingkungan", kuantitas: ["Jumlah tempat yang diinspeksi", "tempat", 60, 120] }]],
  ["Teknik Jalan dan Jembatan", [
    { uraian: "Terlaksananya pengawasan teknis pekerjaan jalan dan jembatan", kuantitas: ["Panjang ruas jalan yang diawasi", "km", 5, 15] },
    { uraian: "Tersusunnya laporan kemajuan fisik pekerjaan", kuantitas: ["Jumlah laporan kemajuan fisik", "laporan", 12, 12] },
  ]],
  ["Teknik Pengairan", [{ uraian: "Terlaksananya pemeliharaan saluran drainase perkotaan", kuantitas: ["Panjang saluran yang dipelihara", "km", 3, 8] }]],
  ["Penata Ruang", [{ uraian: "Tersusunnya rekomendasi kesesuaian kegiatan pemanfaatan ruang", kuantitas: ["Jumlah rekomendasi yang diterbitkan", "rekomendasi", 40, 80] }]],
  ["Administrator Database Kependudukan", [
    { uraian: "Terkelolanya basis data kependudukan yang valid", kuantitas: ["Jumlah rekaman data kependudukan yang divalidasi", "rekaman", 5000, 10000] },
    { uraian: "Tertanganinya permasalahan data ganda", kuantitas: ["Jumlah kasus data ganda yang diselesaikan", "kasus", 50, 150] },
  ]],
  ["Analis Keuangan", [{ uraian: "Tersusunnya analisis realisasi anggaran daerah", kuantitas: ["Jumlah laporan analisis", "laporan", 12, 12] }]],
  ["Pengelola Pengadaan", [{ uraian: "Terlaksananya proses pengadaan barang/jasa", kuantitas: ["Jumlah paket pengadaan yang diproses", "paket", 10, 25] }]],
  ["Pekerja Sosial", [
    { uraian: "Terlaksananya rehabilitasi sosial bagi penerima manfaat", kuantitas: ["Jumlah penerima manfaat yang didampingi", "orang", 40, 100] },
    { uraian: "Tersusunnya asesmen sosial penerima manfaat", kuantitas: ["Jumlah asesmen sosial", "dokumen", 40, 80] },
  ]],
  ["Penyuluh Sosial", [{ uraian: "Terlaksananya penyuluhan sosial kepada masyarakat", kuantitas: ["Jumlah kegiatan penyuluhan", "kegiatan", 12, 24] }]],
  ["Polisi Pamong Praja", [
    { uraian: "Terlaksananya patroli ketenteraman dan ketertiban umum", kuantitas: ["Jumlah patroli yang dilaksanakan", "kegiatan", 96, 150] },
    { uraian: "Tertanganinya pelanggaran peraturan daerah", kuantitas: ["Jumlah pelanggaran yang ditindak", "kasus", 20, 60] },
  ]],
  ["Perancang Peraturan", [{ uraian: "Tersusunnya rancangan peraturan daerah dan peraturan wali kota", kuantitas: ["Jumlah rancangan produk hukum yang diselesaikan", "rancangan", 6, 12] }]],
  ["Analis Kebijakan", [{ uraian: "Tersusunnya rekomendasi kebijakan berbasis analisis", kuantitas: ["Jumlah policy brief yang disusun", "dokumen", 2, 4] }]],
  ["Arsiparis", [{ uraian: "Terkelolanya arsip inaktif unit kerja", kuantitas: ["Jumlah berkas arsip yang ditata", "berkas", 500, 1000] }]],
  ["Pranata Hubungan Masyarakat", [{ uraian: "Terpublikasikannya informasi kegiatan pemerintah kota", kuantitas: ["Jumlah rilis dan konten yang dipublikasikan", "konten", 60, 120] }]],
  ["Sandiman", [{ uraian: "Terlaksananya pengamanan informasi berklasifikasi", kuantitas: ["Jumlah layanan persandian yang diberikan", "layanan", 40, 80] }]],
  ["Statistisi", [
    { uraian: "Tersusunnya data statistik sektoral", kuantitas: ["Jumlah dataset statistik sektoral yang dipublikasikan", "dataset", 20, 40] },
    { uraian: "Terlaksananya pembinaan statistik perangkat daerah", kuantitas: ["Jumlah perangkat daerah yang dibina", "perangkat daerah", 10, 20] },
  ]],
];

/** The staff plan texts of a position name (falls back to a generic list). */
export function rhkStaf(namaJabatan: string): StafTeks[] {
  return (
    STAF.find(([prefix]) => namaJabatan.startsWith(prefix))?.[1] ?? [
      { uraian: `Terlaksananya tugas ${namaJabatan} sesuai rencana kerja`, kuantitas: ["Jumlah kegiatan yang diselesaikan", "kegiatan", 12, 24] },
    ]
  );
}

export const IKI_KUALITAS_UMUM = [
  "Persentase hasil kerja yang diterima pimpinan tanpa revisi",
  "Tingkat kesesuaian hasil kerja dengan standar operasional prosedur",
  "Persentase hasil kerja yang lengkap dan akurat",
];
export const IKI_WAKTU_UMUM = ["Ketepatan waktu penyelesaian hasil kerja", "Hasil kerja diselesaikan sesuai jadwal"];

export const TARGET_KUALITATIF: Record<"KUANTITAS" | "KUALITAS" | "WAKTU", string[]> = {
  KUANTITAS: ["Seluruh hasil kerja yang direncanakan terselesaikan", "Hasil kerja terselesaikan sesuai rencana kerja tahunan"],
  KUALITAS: ["Hasil kerja diterima pimpinan tanpa revisi substansial", "Hasil kerja lengkap, akurat, dan sesuai ketentuan"],
  WAKTU: ["Diselesaikan sesuai jadwal yang ditetapkan", "Disampaikan paling lambat tanggal 5 bulan berikutnya"],
};

// ---------------------------------------------------------------- perilaku, lampiran, feedback

export const EKSPEKTASI: Record<NilaiBerakhlak, string[]> = {
  BERORIENTASI_PELAYANAN: [
    "Menanggapi permintaan layanan paling lambat satu hari kerja dan memastikan pemohon memperoleh kepastian",
    "Bersikap ramah dan solutif kepada pemohon layanan, termasuk saat menerima keluhan",
    "Mengusulkan paling sedikit satu perbaikan prosedur layanan setiap triwulan",
  ],
  AKUNTABEL: [
    "Menyusun laporan kegiatan secara jujur, lengkap, dan tepat waktu",
    "Menggunakan barang milik daerah hanya untuk keperluan dinas",
    "Hadir dan pulang sesuai jam kerja serta mencatat kehadiran secara tertib",
  ],
  KOMPETEN: [
    "Mengikuti pengembangan kompetensi paling sedikit 20 jam pelajaran dalam setahun",
    "Berbagi pengetahuan kepada rekan kerja melalui diskusi internal bulanan",
    "Menyelesaikan pekerjaan dengan kualitas terbaik dan minim revisi",
  ],
  HARMONIS: [
    "Menghargai pendapat rekan kerja dan pemohon layanan tanpa membedakan latar belakang",
    "Membantu rekan kerja yang membutuhkan dukungan dalam menyelesaikan tugas",
    "Menjaga suasana kerja yang kondusif dan saling mendukung",
  ],
  LOYAL: [
    "Menjaga nama baik instansi, termasuk dalam penggunaan media sosial",
    "Menjaga kerahasiaan data pribadi penduduk dan dokumen dinas",
    "Mendukung kebijakan pimpinan dan pemerintah yang sah",
  ],
  ADAPTIF: [
    "Cepat menyesuaikan diri dengan perubahan aplikasi dan prosedur kerja",
    "Mengusulkan inovasi sederhana untuk mempercepat pekerjaan unit",
    "Proaktif menyelesaikan masalah tanpa menunggu arahan",
  ],
  KOLABORATIF: [
    "Terbuka bekerja sama dengan unit lain untuk mencapai target bersama",
    "Memberi kesempatan kepada rekan kerja untuk berkontribusi dalam tim",
    "Aktif berbagi data dan informasi yang dibutuhkan unit lain",
  ],
};

export const LAMPIRAN = {
  DUKUNGAN_SUMBER_DAYA: [
    "Anggaran kegiatan sesuai Dokumen Pelaksanaan Anggaran (DPA) Tahun {tahun}",
    "Sarana komputer, jaringan internet, dan aplikasi pendukung",
    "Dukungan data dari unit kerja terkait",
  ],
  SKEMA_PERTANGGUNGJAWABAN: [
    "Realisasi kinerja dilaporkan setiap bulan kepada pejabat penilai kinerja disertai bukti dukung",
    "Capaian kinerja dievaluasi secara periodik pada setiap akhir bulan",
  ],
  KONSEKUENSI: [
    "Capaian kinerja menjadi dasar pemberian tambahan penghasilan pegawai sesuai ketentuan",
    "Kinerja di bawah ekspektasi ditindaklanjuti dengan rencana pengembangan kompetensi",
  ],
} as const;

export const FRASA_UMPAN_BALIK = [
  "Pertahankan kinerja yang sudah baik",
  "Kinerja sudah sesuai ekspektasi",
  "Tingkatkan ketepatan waktu penyelesaian",
  "Lengkapi bukti dukung realisasi",
  "Perlu koordinasi lebih intensif dengan unit terkait",
  "Capaian melampaui target, terima kasih",
];

export const ISI_UMPAN_BALIK = [
  "Realisasi bulan ini sudah sesuai rencana aksi. Mohon bukti dukung diunggah paling lambat tanggal 5.",
  "Progres bagus. Untuk bulan depan, prioritaskan penyelesaian dokumen yang masih tertunda.",
  "Capaian masih di bawah target kumulatif; mari kita bahas kendalanya pada dialog kinerja berikutnya.",
  "Kualitas hasil kerja baik, pertahankan ketelitian dalam penyusunan laporan.",
];

export const UMPAN_BALIK_PERILAKU: Partial<Record<NilaiBerakhlak, string>> = {
  BERORIENTASI_PELAYANAN: "Respons terhadap permintaan layanan cepat dan ramah.",
  KOLABORATIF: "Aktif membantu rekan satu seksi saat beban kerja tinggi.",
  ADAPTIF: "Cepat menguasai aplikasi baru yang diterapkan unit.",
  AKUNTABEL: "Laporan disampaikan tepat waktu dan lengkap.",
};

export const CATATAN_REVISI = [
  "Indikator kuantitas belum terukur; cantumkan jumlah dan satuan yang jelas.",
  "RHK utama belum menunjukkan keterkaitan dengan RHK atasan yang diintervensi.",
  "Target terlalu rendah dibanding realisasi tahun lalu; mohon disesuaikan.",
  "Aspek waktu perlu dilengkapi dengan tenggat yang jelas.",
  "Mohon tambahkan RHK tambahan terkait dukungan pada program prioritas kota.",
];

export const RENCANA_AKSI = [
  "Menyusun jadwal dan daftar periksa pekerjaan bulan ini",
  "Melaksanakan kegiatan sesuai rencana dan mendokumentasikan hasilnya",
  "Berkoordinasi dengan unit terkait atas data yang dibutuhkan",
  "Menyusun laporan capaian dan mengunggah bukti dukung",
];
