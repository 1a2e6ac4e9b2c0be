CREATE TABLE "meeting_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kanwil_id" uuid,
	"staff_count" integer,
	"checked_in_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"recorded_by_name" text,
	"recorded_by_position" text,
	"by_organiser" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_invitations_meeting_unit" UNIQUE("meeting_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"timezone" text NOT NULL,
	"mode" text NOT NULL,
	"link" text,
	"location" text,
	"agenda" text,
	"chair_position_id" uuid NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"organiser_unit_path" text NOT NULL,
	"target" jsonb NOT NULL,
	"minutes_text" text DEFAULT '' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes_updated_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_by_position_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_kanwil_id_org_units_id_fk" FOREIGN KEY ("kanwil_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_position_id_positions_id_fk" FOREIGN KEY ("chair_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_unit_id_org_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_invitations_unit_path_idx" ON "meeting_invitations" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "meeting_invitations_meeting_kanwil_idx" ON "meeting_invitations" USING btree ("meeting_id","kanwil_id");--> statement-breakpoint
CREATE INDEX "meetings_organiser_path_idx" ON "meetings" USING btree ("organiser_unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "meetings_starts_at_idx" ON "meetings" USING btree ("starts_at");