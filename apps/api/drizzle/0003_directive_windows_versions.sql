CREATE TABLE "directive_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"directive_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"by_position_id" uuid NOT NULL,
	"by_position" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "directive_versions_directive_version" UNIQUE("directive_id","version_no")
);
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_directive_unit";--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "window_no" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "window_start" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "recurrence" jsonb DEFAULT '{"kind":"none"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "window_count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "directive_versions" ADD CONSTRAINT "directive_versions_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_directive_unit_window" UNIQUE("directive_id","unit_id","window_no");--> statement-breakpoint
-- Existing follow-ups opened when their directive was issued.
UPDATE "assignments" a SET "window_start" = d."issued_at" FROM "directives" d WHERE d."id" = a."directive_id" AND d."issued_at" IS NOT NULL;
