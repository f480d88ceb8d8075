CREATE TABLE "kalibrasi_evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"oleh_id" uuid NOT NULL,
	"alasan" text NOT NULL,
	"rating_hasil_lama" "rating" NOT NULL,
	"rating_perilaku_lama" "rating" NOT NULL,
	"predikat_lama" "predikat" NOT NULL,
	"rating_hasil_baru" "rating" NOT NULL,
	"rating_perilaku_baru" "rating" NOT NULL,
	"predikat_baru" "predikat" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kalibrasi_evaluasi_alasan_isi" CHECK (length(trim("kalibrasi_evaluasi"."alasan")) > 0)
);
--> statement-breakpoint
CREATE TABLE "penetapan_kurva" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"ditetapkan_oleh" uuid NOT NULL,
	"predikat_organisasi" "predikat_kinerja_organisasi" NOT NULL,
	"kebijakan" varchar(32) NOT NULL,
	"justifikasi" text,
	"jumlah" jsonb NOT NULL,
	"pelanggaran" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penetapan_kurva_unit_periode" UNIQUE("unit_id","periode_id")
);
--> statement-breakpoint
CREATE TABLE "riwayat_pelatihan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"diklat_id" uuid,
	"usulan_id" uuid,
	"nama" text NOT NULL,
	"jam" numeric(6, 1) NOT NULL,
	"tanggal_selesai" date NOT NULL,
	"dicatat_oleh" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "riwayat_pelatihan_jam" CHECK ("riwayat_pelatihan"."jam" > 0)
);
--> statement-breakpoint
CREATE TABLE "usulan_diklat" (
	"usulan_id" uuid NOT NULL,
	"diklat_id" uuid NOT NULL,
	CONSTRAINT "usulan_diklat_usulan_id_diklat_id_pk" PRIMARY KEY("usulan_id","diklat_id")
);
--> statement-breakpoint
ALTER TABLE "diklat" ADD COLUMN "jam" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD COLUMN "alasan" text;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD COLUMN "bukti_tautan" text;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "bukti_rinci" jsonb;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "tanggal_tinjau" date;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "diputus_oleh" uuid;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "diputus_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "alasan_keputusan" text;--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "kalibrasi_evaluasi" ADD CONSTRAINT "kalibrasi_evaluasi_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalibrasi_evaluasi" ADD CONSTRAINT "kalibrasi_evaluasi_oleh_id_pegawai_id_fk" FOREIGN KEY ("oleh_id") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_kurva" ADD CONSTRAINT "penetapan_kurva_unit_id_unit_kerja_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit_kerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_kurva" ADD CONSTRAINT "penetapan_kurva_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_kurva" ADD CONSTRAINT "penetapan_kurva_ditetapkan_oleh_pegawai_id_fk" FOREIGN KEY ("ditetapkan_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_diklat_id_diklat_id_fk" FOREIGN KEY ("diklat_id") REFERENCES "public"."diklat"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_usulan_id_usulan_pengembangan_id_fk" FOREIGN KEY ("usulan_id") REFERENCES "public"."usulan_pengembangan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_dicatat_oleh_pegawai_id_fk" FOREIGN KEY ("dicatat_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_diklat" ADD CONSTRAINT "usulan_diklat_usulan_id_usulan_pengembangan_id_fk" FOREIGN KEY ("usulan_id") REFERENCES "public"."usulan_pengembangan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usulan_diklat" ADD CONSTRAINT "usulan_diklat_diklat_id_diklat_id_fk" FOREIGN KEY ("diklat_id") REFERENCES "public"."diklat"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kalibrasi_evaluasi_evaluasi_idx" ON "kalibrasi_evaluasi" USING btree ("evaluasi_id");--> statement-breakpoint
CREATE INDEX "kalibrasi_evaluasi_oleh_idx" ON "kalibrasi_evaluasi" USING btree ("oleh_id");--> statement-breakpoint
CREATE INDEX "penetapan_kurva_periode_idx" ON "penetapan_kurva" USING btree ("periode_id");--> statement-breakpoint
CREATE INDEX "penetapan_kurva_ditetapkan_oleh_idx" ON "penetapan_kurva" USING btree ("ditetapkan_oleh");--> statement-breakpoint
CREATE INDEX "riwayat_pelatihan_pegawai_idx" ON "riwayat_pelatihan" USING btree ("pegawai_id","tanggal_selesai");--> statement-breakpoint
CREATE INDEX "riwayat_pelatihan_diklat_idx" ON "riwayat_pelatihan" USING btree ("diklat_id");--> statement-breakpoint
CREATE INDEX "riwayat_pelatihan_usulan_idx" ON "riwayat_pelatihan" USING btree ("usulan_id");--> statement-breakpoint
CREATE INDEX "riwayat_pelatihan_dicatat_oleh_idx" ON "riwayat_pelatihan" USING btree ("dicatat_oleh");--> statement-breakpoint
CREATE INDEX "usulan_diklat_diklat_idx" ON "usulan_diklat" USING btree ("diklat_id");--> statement-breakpoint
ALTER TABLE "usulan_pengembangan" ADD CONSTRAINT "usulan_pengembangan_diputus_oleh_pegawai_id_fk" FOREIGN KEY ("diputus_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usulan_pengembangan_diputus_oleh_idx" ON "usulan_pengembangan" USING btree ("diputus_oleh");--> statement-breakpoint
ALTER TABLE "diklat" ADD CONSTRAINT "diklat_jam" CHECK ("diklat"."jam" >= 0);