CREATE TABLE "frasa_umpan_balik" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"urutan" smallint NOT NULL,
	"teks" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frasa_umpan_balik_teks" UNIQUE("instansi_id","teks")
);
--> statement-breakpoint
CREATE TABLE "preferensi_surel" (
	"pegawai_id" uuid NOT NULL,
	"jenis" varchar(64) NOT NULL,
	"aktif" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preferensi_surel_pegawai_id_jenis_pk" PRIMARY KEY("pegawai_id","jenis")
);
--> statement-breakpoint
DROP INDEX "rencana_aksi_idx";--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD COLUMN "sha256" varchar(64);--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD COLUMN "diunggah_oleh" uuid;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "kunci" varchar(200);--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "surel_menunggu" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "surel_percobaan" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "surel_terkirim_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "surel_galat" text;--> statement-breakpoint
ALTER TABLE "realisasi" ADD COLUMN "sumber_data" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD COLUMN "balasan" text;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD COLUMN "dibalas_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "frasa_umpan_balik" ADD CONSTRAINT "frasa_umpan_balik_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preferensi_surel" ADD CONSTRAINT "preferensi_surel_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "frasa_umpan_balik_idx" ON "frasa_umpan_balik" USING btree ("instansi_id","urutan");--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_diunggah_oleh_pegawai_id_fk" FOREIGN KEY ("diunggah_oleh") REFERENCES "public"."pegawai"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bukti_dukung_diunggah_oleh_idx" ON "bukti_dukung" USING btree ("diunggah_oleh");--> statement-breakpoint
CREATE INDEX "notifikasi_surel_idx" ON "notifikasi" USING btree ("created_at") WHERE "notifikasi"."surel_menunggu";--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_kunci" UNIQUE("penerima_id","kunci");--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_checkpoint" UNIQUE("rhk_id","checkpoint_id");--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_isi" CHECK (length(trim("umpan_balik"."isi")) > 0 or "umpan_balik"."frasa_standar" is not null);