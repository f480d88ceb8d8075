CREATE TYPE "public"."aspek_iki" AS ENUM('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA');--> statement-breakpoint
CREATE TYPE "public"."bagian_lampiran" AS ENUM('DUKUNGAN_SUMBER_DAYA', 'SKEMA_PERTANGGUNGJAWABAN', 'KONSEKUENSI');--> statement-breakpoint
CREATE TYPE "public"."bentuk_skp" AS ENUM('JPT', 'NON_JPT');--> statement-breakpoint
CREATE TYPE "public"."hasil_dialog" AS ENUM('TERCAPAI', 'TIDAK_TERCAPAI');--> statement-breakpoint
CREATE TYPE "public"."jenis_bukti" AS ENUM('BERKAS', 'TAUTAN');--> statement-breakpoint
CREATE TYPE "public"."jenis_checkpoint" AS ENUM('BULANAN', 'TRIWULANAN');--> statement-breakpoint
CREATE TYPE "public"."jenis_diklat" AS ENUM('PELATIHAN_TEKNIS', 'PELATIHAN_FUNGSIONAL', 'KEPEMIMPINAN', 'SERTIFIKASI');--> statement-breakpoint
CREATE TYPE "public"."jenis_evaluasi" AS ENUM('PERIODIK', 'TAHUNAN');--> statement-breakpoint
CREATE TYPE "public"."jenis_jabatan" AS ENUM('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL');--> statement-breakpoint
CREATE TYPE "public"."jenis_penugasan" AS ENUM('DEFINITIF', 'PLT', 'PLH');--> statement-breakpoint
CREATE TYPE "public"."jenis_rhk" AS ENUM('UTAMA', 'TAMBAHAN');--> statement-breakpoint
CREATE TYPE "public"."jenis_usulan" AS ENUM('DIKLAT', 'PROGRAM_KEPEMIMPINAN', 'RENCANA_PENGEMBANGAN');--> statement-breakpoint
CREATE TYPE "public"."jenjang" AS ENUM('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA');--> statement-breakpoint
CREATE TYPE "public"."nilai_berakhlak" AS ENUM('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');--> statement-breakpoint
CREATE TYPE "public"."pendekatan" AS ENUM('KUANTITATIF', 'KUALITATIF');--> statement-breakpoint
CREATE TYPE "public"."peran_instansi" AS ENUM('ADMIN_INSTANSI', 'AUDITOR');--> statement-breakpoint
CREATE TYPE "public"."perspektif" AS ENUM('PENERIMA_LAYANAN', 'PENGUATAN_INTERNAL', 'PROSES_BISNIS', 'ANGGARAN');--> statement-breakpoint
CREATE TYPE "public"."predikat" AS ENUM('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');--> statement-breakpoint
CREATE TYPE "public"."predikat_kinerja_organisasi" AS ENUM('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');--> statement-breakpoint
CREATE TYPE "public"."rating" AS ENUM('DI_ATAS', 'SESUAI', 'DI_BAWAH');--> statement-breakpoint
CREATE TYPE "public"."status_evaluasi" AS ENUM('DRAFT', 'DITETAPKAN', 'KEBERATAN', 'FINAL');--> statement-breakpoint
CREATE TYPE "public"."status_keberatan" AS ENUM('DIAJUKAN', 'DIPERIKSA', 'DIKABULKAN', 'DITOLAK', 'DIBATALKAN');--> statement-breakpoint
CREATE TYPE "public"."status_pegawai" AS ENUM('PNS', 'PPPK', 'CPNS');--> statement-breakpoint
CREATE TYPE "public"."status_periode" AS ENUM('PERSIAPAN', 'BERJALAN', 'PENILAIAN', 'DITUTUP');--> statement-breakpoint
CREATE TYPE "public"."status_skp" AS ENUM('DRAFT', 'DIAJUKAN', 'REVISI', 'DISETUJUI');--> statement-breakpoint
CREATE TYPE "public"."status_usulan" AS ENUM('DIUSULKAN', 'DISETUJUI', 'DITOLAK', 'SELESAI');--> statement-breakpoint
CREATE TABLE "account" (
	"userId" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"providerAccountId" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "account_provider_providerAccountId_pk" PRIMARY KEY("provider","providerAccountId")
);
--> statement-breakpoint
CREATE TABLE "angka_kredit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"regulasi_id" uuid NOT NULL,
	"jenjang" "jenjang" NOT NULL,
	"predikat" "predikat" NOT NULL,
	"bulan" smallint NOT NULL,
	"nilai" numeric(8, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "angka_kredit_evaluasi" UNIQUE("evaluasi_id"),
	CONSTRAINT "angka_kredit_bulan" CHECK ("angka_kredit"."bulan" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"waktu" timestamp with time zone DEFAULT now() NOT NULL,
	"aktor_id" uuid,
	"aksi" varchar(64) NOT NULL,
	"entitas" varchar(64) NOT NULL,
	"entitas_id" text NOT NULL,
	"sebelum" jsonb,
	"sesudah" jsonb
);
--> statement-breakpoint
CREATE TABLE "bukti_dukung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"realisasi_id" uuid NOT NULL,
	"jenis" "jenis_bukti" NOT NULL,
	"nama" text NOT NULL,
	"tautan" text,
	"lokasi_berkas" text,
	"ukuran" integer,
	"mime" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bukti_dukung_isi" CHECK (("bukti_dukung"."jenis" = 'TAUTAN' and "bukti_dukung"."tautan" is not null) or ("bukti_dukung"."jenis" = 'BERKAS' and "bukti_dukung"."lokasi_berkas" is not null))
);
--> statement-breakpoint
CREATE TABLE "catatan_skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid,
	"iki_id" uuid,
	"penulis_id" uuid NOT NULL,
	"isi" text NOT NULL,
	"selesai" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkpoint" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"nama" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"batas_evaluasi" date NOT NULL,
	CONSTRAINT "checkpoint_periode_urutan" UNIQUE("periode_id","urutan"),
	CONSTRAINT "checkpoint_rentang" CHECK ("checkpoint"."selesai" >= "checkpoint"."mulai")
);
--> statement-breakpoint
CREATE TABLE "dialog_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"topik" text NOT NULL,
	"tindak_lanjut" text,
	"hasil" "hasil_dialog",
	"penjelasan_hasil" text,
	"dibuat_oleh" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_tanya_jawab" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialog_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"pertanyaan" text NOT NULL,
	"jawaban" text,
	"dijawab_at" timestamp with time zone,
	CONSTRAINT "dialog_tanya_jawab_urutan" UNIQUE("dialog_id","urutan")
);
--> statement-breakpoint
CREATE TABLE "diklat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"kode" varchar(32) NOT NULL,
	"nama" text NOT NULL,
	"jenis" "jenis_diklat" NOT NULL,
	"penyelenggara" text,
	"aktif" boolean DEFAULT true NOT NULL,
	CONSTRAINT "diklat_instansi_kode" UNIQUE("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "ekspektasi_perilaku" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"nilai" "nilai_berakhlak" NOT NULL,
	"ekspektasi" text DEFAULT '' NOT NULL,
	"ditulis_oleh" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ekspektasi_skp_nilai" UNIQUE("skp_id","nilai")
);
--> statement-breakpoint
CREATE TABLE "evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" "jenis_evaluasi" NOT NULL,
	"checkpoint_id" uuid,
	"penilai_id" uuid NOT NULL,
	"regulasi_id" uuid NOT NULL,
	"rating_hasil" "rating",
	"rating_hasil_saran" "rating",
	"alasan_rating_hasil" text,
	"rating_perilaku" "rating",
	"predikat" "predikat",
	"catatan" text,
	"status" "status_evaluasi" DEFAULT 'DRAFT' NOT NULL,
	"ditetapkan_at" timestamp with time zone,
	"final_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_skp_jenis_checkpoint" UNIQUE NULLS NOT DISTINCT("skp_id","jenis","checkpoint_id"),
	CONSTRAINT "evaluasi_checkpoint" CHECK (("evaluasi"."jenis" = 'PERIODIK') = ("evaluasi"."checkpoint_id" is not null)),
	CONSTRAINT "evaluasi_ditetapkan_lengkap" CHECK ("evaluasi"."status" = 'DRAFT' or ("evaluasi"."rating_hasil" is not null and "evaluasi"."rating_perilaku" is not null and "evaluasi"."predikat" is not null)),
	CONSTRAINT "evaluasi_alasan_beda_saran" CHECK ("evaluasi"."rating_hasil_saran" is null or "evaluasi"."rating_hasil" is null or "evaluasi"."rating_hasil" = "evaluasi"."rating_hasil_saran" or "evaluasi"."alasan_rating_hasil" is not null)
);
--> statement-breakpoint
CREATE TABLE "evaluasi_rincian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"rhk_id" uuid,
	"nilai_perilaku" "nilai_berakhlak",
	"realisasi_ringkas" text,
	"umpan_balik" text,
	CONSTRAINT "evaluasi_rincian_sasaran" CHECK (("evaluasi_rincian"."rhk_id" is null) <> ("evaluasi_rincian"."nilai_perilaku" is null))
);
--> statement-breakpoint
CREATE TABLE "iki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rhk_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"aspek" "aspek_iki" NOT NULL,
	"indikator" text NOT NULL,
	"target_min" numeric(14, 2),
	"target_max" numeric(14, 2),
	"satuan" text,
	"target_kualitatif" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iki_target" CHECK (("iki"."target_min" is not null and "iki"."satuan" is not null and ("iki"."target_max" is null or "iki"."target_max" >= "iki"."target_min"))
        or "iki"."target_kualitatif" is not null)
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" varchar(32) NOT NULL,
	"nama" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"jenis" "jenis_jabatan" NOT NULL,
	"jenjang" "jenjang",
	"kepala_unit" boolean DEFAULT false NOT NULL,
	"atasan_jabatan_id" uuid,
	"kelas_jabatan" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jabatan_jenjang_fungsional" CHECK (("jabatan"."jenis" = 'FUNGSIONAL') = ("jabatan"."jenjang" is not null)),
	CONSTRAINT "jabatan_atasan_bukan_diri" CHECK ("jabatan"."atasan_jabatan_id" is null or "jabatan"."atasan_jabatan_id" <> "jabatan"."id")
);
--> statement-breakpoint
CREATE TABLE "keberatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"pemohon_id" uuid NOT NULL,
	"atasan_ppk_id" uuid NOT NULL,
	"alasan" text NOT NULL,
	"tanggapan_ppk" text,
	"batas_pengajuan" date NOT NULL,
	"status" "status_keberatan" DEFAULT 'DIAJUKAN' NOT NULL,
	"keputusan" text,
	"predikat_sebelum" "predikat" NOT NULL,
	"predikat_baru" "predikat",
	"diputus_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keberatan_alasan_isi" CHECK (length(trim("keberatan"."alasan")) > 0)
);
--> statement-breakpoint
CREATE TABLE "lampiran_skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"bagian" "bagian_lampiran" NOT NULL,
	"urutan" smallint NOT NULL,
	"uraian" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matriks_peran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rhk_atasan_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"uraian_peran" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matriks_peran_rhk_pegawai" UNIQUE("rhk_atasan_id","pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "notifikasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"penerima_id" uuid NOT NULL,
	"jenis" varchar(64) NOT NULL,
	"judul" text NOT NULL,
	"isi" text DEFAULT '' NOT NULL,
	"tautan" text,
	"dibaca_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nip" varchar(18) NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"status" "status_pegawai" NOT NULL,
	"golongan" varchar(8) NOT NULL,
	"jenis_kelamin" varchar(1) NOT NULL,
	"tanggal_lahir" date NOT NULL,
	"email" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegawai_nip_unique" UNIQUE("nip"),
	CONSTRAINT "pegawai_nip_digits" CHECK ("pegawai"."nip" ~ '^[0-9]{18}$'),
	CONSTRAINT "pegawai_jenis_kelamin" CHECK ("pegawai"."jenis_kelamin" in ('L', 'P')),
	CONSTRAINT "pegawai_golongan" CHECK (("pegawai"."status" = 'PPPK' and "pegawai"."golongan" ~ '^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$')
        or ("pegawai"."status" <> 'PPPK' and "pegawai"."golongan" ~ '^(I/[a-d]|II/[a-d]|III/[a-d]|IV/[a-e])$'))
);
--> statement-breakpoint
CREATE TABLE "penugasan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"jenis" "jenis_penugasan" DEFAULT 'DEFINITIF' NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"nomor_sk" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penugasan_rentang" CHECK ("penugasan"."selesai" is null or "penugasan"."selesai" >= "penugasan"."mulai")
);
--> statement-breakpoint
CREATE TABLE "peran_pegawai" (
	"pegawai_id" uuid NOT NULL,
	"peran" "peran_instansi" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peran_pegawai_pegawai_id_peran_pk" PRIMARY KEY("pegawai_id","peran")
);
--> statement-breakpoint
CREATE TABLE "periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"nama" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"jenis_checkpoint" "jenis_checkpoint" DEFAULT 'BULANAN' NOT NULL,
	"batas_penetapan_skp" date NOT NULL,
	"batas_evaluasi_tahunan" date NOT NULL,
	"regulasi_id" uuid NOT NULL,
	"status" "status_periode" DEFAULT 'PERSIAPAN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periode_instansi_tahun" UNIQUE("instansi_id","tahun"),
	CONSTRAINT "periode_rentang" CHECK ("periode"."selesai" > "periode"."mulai")
);
--> statement-breakpoint
CREATE TABLE "predikat_organisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"predikat" "predikat_kinerja_organisasi" NOT NULL,
	"capaian" text,
	"ditetapkan_oleh" uuid NOT NULL,
	"justifikasi" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "predikat_organisasi_unit_periode" UNIQUE("unit_id","periode_id")
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iki_id" uuid NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"nilai" numeric(14, 2),
	"uraian" text DEFAULT '' NOT NULL,
	"dicatat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisasi_iki_checkpoint" UNIQUE("iki_id","checkpoint_id")
);
--> statement-breakpoint
CREATE TABLE "regulasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" varchar(64) NOT NULL,
	"nama" text NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"aturan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regulasi_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rhk_id" uuid NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"uraian" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" "jenis_rhk" NOT NULL,
	"urutan" smallint NOT NULL,
	"uraian" text NOT NULL,
	"rhk_atasan_id" uuid,
	"perspektif" "perspektif",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rhk_bukan_diri" CHECK ("rhk"."rhk_atasan_id" is null or "rhk"."rhk_atasan_id" <> "rhk"."id"),
	CONSTRAINT "rhk_uraian_isi" CHECK (length(trim("rhk"."uraian")) > 0)
);
--> statement-breakpoint
CREATE TABLE "session" (
	"sessionToken" text PRIMARY KEY NOT NULL,
	"userId" text NOT NULL,
	"expires" timestamp NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penugasan_id" uuid NOT NULL,
	"ppk_pegawai_id" uuid,
	"atasan_ppk_pegawai_id" uuid,
	"pendekatan" "pendekatan" NOT NULL,
	"bentuk" "bentuk_skp" NOT NULL,
	"status" "status_skp" DEFAULT 'DRAFT' NOT NULL,
	"versi" integer DEFAULT 1 NOT NULL,
	"lock_version" integer DEFAULT 0 NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"berlaku_selesai" date NOT NULL,
	"diajukan_at" timestamp with time zone,
	"disetujui_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_periode_penugasan" UNIQUE("periode_id","penugasan_id"),
	CONSTRAINT "skp_berlaku" CHECK ("skp"."berlaku_selesai" >= "skp"."berlaku_mulai"),
	CONSTRAINT "skp_versi_positif" CHECK ("skp"."versi" >= 1 and "skp"."lock_version" >= 0),
	CONSTRAINT "skp_ppk_bukan_diri" CHECK ("skp"."ppk_pegawai_id" is null or "skp"."ppk_pegawai_id" <> "skp"."pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "skp_versi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"isi" jsonb NOT NULL,
	"disetujui_oleh" uuid,
	"disetujui_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_versi_nomor" UNIQUE("skp_id","nomor")
);
--> statement-breakpoint
CREATE TABLE "umpan_balik" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"iki_id" uuid,
	"nilai_perilaku" "nilai_berakhlak",
	"frasa_standar" text,
	"isi" text DEFAULT '' NOT NULL,
	"penulis_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "umpan_balik_sasaran" CHECK (("umpan_balik"."iki_id" is null) <> ("umpan_balik"."nilai_perilaku" is null))
);
--> statement-breakpoint
CREATE TABLE "unit_kerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"parent_id" uuid,
	"kode" varchar(64) NOT NULL,
	"nama" text NOT NULL,
	"jenis" varchar(32) NOT NULL,
	"level" smallint NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_kerja_instansi_kode" UNIQUE("instansi_id","kode"),
	CONSTRAINT "unit_kerja_level_check" CHECK ("unit_kerja"."level" >= 0),
	CONSTRAINT "unit_kerja_root_check" CHECK (("unit_kerja"."parent_id" is null) = ("unit_kerja"."level" = 0))
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"emailVerified" timestamp,
	"image" text,
	"pegawai_id" uuid,
	CONSTRAINT "user_email_unique" UNIQUE("email"),
	CONSTRAINT "user_pegawai_id_unique" UNIQUE("pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "usulan_pengembangan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"evaluasi_id" uuid,
	"jenis" "jenis_usulan" NOT NULL,
	"diklat_id" uuid,
	"alasan" text NOT NULL,
	"bukti" text NOT NULL,
	"status" "status_usulan" DEFAULT 'DIUSULKAN' NOT NULL,
	"diusulkan_oleh" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usulan_diklat" CHECK ("usulan_pengembangan"."jenis" <> 'DIKLAT' or "usulan_pengembangan"."diklat_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "verificationToken" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp NOT NULL,
	CONSTRAINT "verificationToken_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_userId_user_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angka_kredit" ADD CONSTRAINT "angka_kredit_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angka_kredit" ADD CONSTRAINT "angka_kredit_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angka_kredit" ADD CONSTRAINT "angka_kredit_regulasi_id_regulasi_id_fk" FOREIGN KEY ("regulasi_id") REFERENCES "public"."regulasi"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_aktor_id_pegawai_id_fk" FOREIGN KEY ("aktor_id") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_realisasi_id_realisasi_id_fk" FOREIGN KEY ("realisasi_id") REFERENCES "public"."realisasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_skp" ADD CONSTRAINT "catatan_skp_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_skp" ADD CONSTRAINT "catatan_skp_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_skp" ADD CONSTRAINT "catatan_skp_iki_id_iki_id_fk" FOREIGN KEY ("iki_id") REFERENCES "public"."iki"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catatan_skp" ADD CONSTRAINT "catatan_skp_penulis_id_pegawai_id_fk" FOREIGN KEY ("penulis_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint" ADD CONSTRAINT "checkpoint_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_dibuat_oleh_pegawai_id_fk" FOREIGN KEY ("dibuat_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_tanya_jawab" ADD CONSTRAINT "dialog_tanya_jawab_dialog_id_dialog_kinerja_id_fk" FOREIGN KEY ("dialog_id") REFERENCES "public"."dialog_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diklat" ADD CONSTRAINT "diklat_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ekspektasi_perilaku" ADD CONSTRAINT "ekspektasi_perilaku_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ekspektasi_perilaku" ADD CONSTRAINT "ekspektasi_perilaku_ditulis_oleh_pegawai_id_fk" FOREIGN KEY ("ditulis_oleh") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_checkpoint_id_checkpoint_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoint"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_penilai_id_pegawai_id_fk" FOREIGN KEY ("penilai_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_regulasi_id_regulasi_id_fk" FOREIGN KEY ("regulasi_id") REFERENCES "public"."regulasi"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_rincian" ADD CONSTRAINT "evaluasi_rincian_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_rincian" ADD CONSTRAINT "evaluasi_rincian_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unit_id_unit_kerja_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit_kerja"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_atasan_jabatan_id_jabatan_id_fk" FOREIGN KEY ("atasan_jabatan_id") REFERENCES "public"."jabatan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_pemohon_id_pegawai_id_fk" FOREIGN KEY ("pemohon_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_atasan_ppk_id_pegawai_id_fk" FOREIGN KEY ("atasan_ppk_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lampiran_skp" ADD CONSTRAINT "lampiran_skp_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matriks_peran" ADD CONSTRAINT "matriks_peran_rhk_atasan_id_rhk_id_fk" FOREIGN KEY ("rhk_atasan_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matriks_peran" ADD CONSTRAINT "matriks_peran_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matriks_peran" ADD CONSTRAINT "matriks_peran_created_by_pegawai_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_penerima_id_pegawai_id_fk" FOREIGN KEY ("penerima_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "public"."jabatan"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peran_pegawai" ADD CONSTRAINT "peran_pegawai_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode" ADD CONSTRAINT "periode_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode" ADD CONSTRAINT "periode_regulasi_id_regulasi_id_fk" FOREIGN KEY ("regulasi_id") REFERENCES "public"."regulasi"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_unit_id_unit_kerja_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit_kerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_ditetapkan_oleh_pegawai_id_fk" FOREIGN KEY ("ditetapkan_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_iki_id_iki_id_fk" FOREIGN KEY ("iki_id") REFERENCES "public"."iki"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_checkpoint_id_checkpoint_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoint"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_dicatat_oleh_pegawai_id_fk" FOREIGN KEY ("dicatat_oleh") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_checkpoint_id_checkpoint_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoint"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_rhk_atasan_id_rhk_id_fk" FOREIGN KEY ("rhk_atasan_id") REFERENCES "public"."rhk"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_userId_user_id_fk" FOREIGN KEY ("userId") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penugasan_id_penugasan_id_fk" FOREIGN KEY ("penugasan_id") REFERENCES "public"."penugasan"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_ppk_pegawai_id_pegawai_id_fk" FOREIGN KEY ("ppk_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_atasan_ppk_pegawai_id_pegawai_id_fk" FOREIGN KEY ("atasan_ppk_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_versi" ADD CONSTRAINT "skp_versi_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_versi" ADD CONSTRAINT "skp_versi_disetujui_oleh_pegawai_id_fk" FOREIGN KEY ("disetujui_oleh") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_checkpoint_id_checkpoint_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoint"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_iki_id_iki_id_fk" FOREIGN KEY ("iki_id") REFERENCES "public"."iki"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_penulis_id_pegawai_id_fk" FOREIGN KEY ("penulis_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_parent_id_unit_kerja_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."unit_kerja"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_diklat_id_diklat_id_fk" FOREIGN KEY ("diklat_id") REFERENCES "public"."diklat"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_diusulkan_oleh_pegawai_id_fk" FOREIGN KEY ("diusulkan_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entitas_idx" ON "audit_log" USING btree ("entitas","entitas_id");--> statement-breakpoint
CREATE INDEX "audit_log_aktor_idx" ON "audit_log" USING btree ("aktor_id","waktu");--> statement-breakpoint
CREATE INDEX "bukti_dukung_realisasi_idx" ON "bukti_dukung" USING btree ("realisasi_id");--> statement-breakpoint
CREATE INDEX "catatan_skp_idx" ON "catatan_skp" USING btree ("skp_id","created_at");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_skp_idx" ON "dialog_kinerja" USING btree ("skp_id","tanggal");--> statement-breakpoint
CREATE INDEX "evaluasi_penilai_idx" ON "evaluasi" USING btree ("penilai_id","status");--> statement-breakpoint
CREATE INDEX "evaluasi_rincian_idx" ON "evaluasi_rincian" USING btree ("evaluasi_id");--> statement-breakpoint
CREATE INDEX "iki_rhk_idx" ON "iki" USING btree ("rhk_id","urutan");--> statement-breakpoint
CREATE INDEX "jabatan_unit_idx" ON "jabatan" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "jabatan_atasan_idx" ON "jabatan" USING btree ("atasan_jabatan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_satu_kepala_per_unit" ON "jabatan" USING btree ("unit_id") WHERE "jabatan"."kepala_unit";--> statement-breakpoint
CREATE INDEX "keberatan_atasan_idx" ON "keberatan" USING btree ("atasan_ppk_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_satu_terbuka" ON "keberatan" USING btree ("evaluasi_id") WHERE "keberatan"."status" in ('DIAJUKAN', 'DIPERIKSA');--> statement-breakpoint
CREATE INDEX "lampiran_skp_idx" ON "lampiran_skp" USING btree ("skp_id","bagian","urutan");--> statement-breakpoint
CREATE INDEX "matriks_peran_pegawai_idx" ON "matriks_peran" USING btree ("pegawai_id");--> statement-breakpoint
CREATE INDEX "notifikasi_penerima_idx" ON "notifikasi" USING btree ("penerima_id","created_at");--> statement-breakpoint
CREATE INDEX "pegawai_instansi_nama_idx" ON "pegawai" USING btree ("instansi_id","nama");--> statement-breakpoint
CREATE INDEX "penugasan_pegawai_idx" ON "penugasan" USING btree ("pegawai_id","mulai");--> statement-breakpoint
CREATE INDEX "penugasan_jabatan_idx" ON "penugasan" USING btree ("jabatan_id","mulai");--> statement-breakpoint
CREATE INDEX "predikat_organisasi_periode_idx" ON "predikat_organisasi" USING btree ("periode_id");--> statement-breakpoint
CREATE INDEX "realisasi_checkpoint_idx" ON "realisasi" USING btree ("checkpoint_id");--> statement-breakpoint
CREATE INDEX "rencana_aksi_idx" ON "rencana_aksi" USING btree ("rhk_id","checkpoint_id");--> statement-breakpoint
CREATE INDEX "rhk_skp_idx" ON "rhk" USING btree ("skp_id","urutan");--> statement-breakpoint
CREATE INDEX "rhk_atasan_idx" ON "rhk" USING btree ("rhk_atasan_id");--> statement-breakpoint
CREATE INDEX "skp_pegawai_periode_idx" ON "skp" USING btree ("pegawai_id","periode_id");--> statement-breakpoint
CREATE INDEX "skp_ppk_status_idx" ON "skp" USING btree ("ppk_pegawai_id","status");--> statement-breakpoint
CREATE INDEX "skp_periode_status_idx" ON "skp" USING btree ("periode_id","status");--> statement-breakpoint
CREATE INDEX "umpan_balik_skp_idx" ON "umpan_balik" USING btree ("skp_id","checkpoint_id");--> statement-breakpoint
CREATE INDEX "unit_kerja_parent_idx" ON "unit_kerja" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "unit_kerja_path_idx" ON "unit_kerja" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "usulan_pengembangan_pegawai_idx" ON "usulan_pengembangan" USING btree ("pegawai_id","periode_id");