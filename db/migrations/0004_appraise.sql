CREATE TABLE "dialog_tindakan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialog_id" uuid NOT NULL,
	"uraian" text NOT NULL,
	"batas" date NOT NULL,
	"selesai_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialog_tindakan_isi" CHECK (length(trim("dialog_tindakan"."uraian")) > 0)
);
--> statement-breakpoint
CREATE TABLE "hari_libur" (
	"instansi_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"nama" text NOT NULL,
	CONSTRAINT "hari_libur_instansi_id_tanggal_pk" PRIMARY KEY("instansi_id","tanggal")
);
--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD COLUMN "catatan_ppk" text;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD COLUMN "dikonfirmasi_pegawai_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD COLUMN "dikonfirmasi_ppk_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD COLUMN "diterima_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD COLUMN "batas_keberatan" date;--> statement-breakpoint
ALTER TABLE "keberatan" ADD COLUMN "bukti_tautan" text;--> statement-breakpoint
ALTER TABLE "keberatan" ADD COLUMN "ditanggapi_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "keberatan" ADD COLUMN "rating_hasil_baru" "rating";--> statement-breakpoint
ALTER TABLE "keberatan" ADD COLUMN "rating_perilaku_baru" "rating";--> statement-breakpoint
ALTER TABLE "keberatan" ADD COLUMN "diputus_oleh" uuid;--> statement-breakpoint
ALTER TABLE "dialog_tindakan" ADD CONSTRAINT "dialog_tindakan_dialog_id_dialog_kinerja_id_fk" FOREIGN KEY ("dialog_id") REFERENCES "public"."dialog_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hari_libur" ADD CONSTRAINT "hari_libur_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialog_tindakan_dialog_idx" ON "dialog_tindakan" USING btree ("dialog_id");--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_diputus_oleh_pegawai_id_fk" FOREIGN KEY ("diputus_oleh") REFERENCES "public"."pegawai"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "keberatan_diputus_oleh_idx" ON "keberatan" USING btree ("diputus_oleh");--> statement-breakpoint
INSERT INTO "dialog_tindakan" ("dialog_id", "uraian", "batas", "selesai_at", "created_at")
  SELECT "id", "tindak_lanjut", "tanggal" + 14, CASE WHEN "hasil" IS NOT NULL THEN "created_at" END, "created_at"
    FROM "dialog_kinerja" WHERE length(trim(coalesce("tindak_lanjut", ''))) > 0;--> statement-breakpoint
UPDATE "dialog_kinerja" SET "dikonfirmasi_pegawai_at" = "created_at", "dikonfirmasi_ppk_at" = "created_at" WHERE "hasil" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" DROP COLUMN "tindak_lanjut";--> statement-breakpoint
ALTER TABLE "evaluasi_rincian" ADD CONSTRAINT "evaluasi_rincian_sasaran_unik" UNIQUE NULLS NOT DISTINCT("evaluasi_id","rhk_id","nilai_perilaku");