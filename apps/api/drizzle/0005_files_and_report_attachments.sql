CREATE TABLE "report_attachments" (
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "report_attachments_report_id_file_id_pk" PRIMARY KEY("report_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_unit_path" text NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"uploaded_by_position_id" uuid NOT NULL,
	"exif" jsonb,
	"thumbnail" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_owner_unit_sha256" UNIQUE("owner_unit_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachments" ADD CONSTRAINT "report_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_attachments_file_idx" ON "report_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "files_owner_unit_path_idx" ON "files" USING btree ("owner_unit_path" text_pattern_ops);