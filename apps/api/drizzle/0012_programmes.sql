CREATE TABLE "attendance" (
	"session_id" uuid NOT NULL,
	"inmate_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason_code" text,
	"note" text,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attendance_session_id_inmate_id_pk" PRIMARY KEY("session_id","inmate_id")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inmate_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"programme_id" uuid,
	"title" text NOT NULL,
	"skill" text,
	"issuer" text NOT NULL,
	"certified" boolean NOT NULL,
	"issued_on" date NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"programme_id" uuid,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"partner" text,
	"people_reached" integer NOT NULL,
	"inmates_involved" integer NOT NULL,
	"hours" double precision NOT NULL,
	"products_delivered" integer,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"inmate_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"note" text,
	"enrolled_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_programme_inmate" UNIQUE("programme_id","inmate_id")
);
--> statement-breakpoint
CREATE TABLE "inmates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"registration_number" text NOT NULL,
	"name" text NOT NULL,
	"pseudonym" text NOT NULL,
	"sex" text NOT NULL,
	"birth_year" integer NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"entry_date" date NOT NULL,
	"exit_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inmates_pseudonym_unique" UNIQUE("pseudonym"),
	CONSTRAINT "inmates_unit_registration" UNIQUE("unit_id","registration_number")
);
--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"date" date NOT NULL,
	"start" text NOT NULL,
	"end" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"hours" double precision NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_slot" UNIQUE("programme_id","date","start")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"track" text NOT NULL,
	"category" text NOT NULL,
	"partner" text,
	"trainer" text,
	"place" text NOT NULL,
	"capacity" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"timetable" jsonb NOT NULL,
	"description" text,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inmates" ADD CONSTRAINT "inmates_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_inmate_idx" ON "attendance" USING btree ("inmate_id");--> statement-breakpoint
CREATE INDEX "certificates_inmate_idx" ON "certificates" USING btree ("inmate_id");--> statement-breakpoint
CREATE INDEX "community_activities_path_date_idx" ON "community_activities" USING btree ("unit_path" text_pattern_ops,"date");--> statement-breakpoint
CREATE INDEX "enrolments_inmate_idx" ON "enrolments" USING btree ("inmate_id");--> statement-breakpoint
CREATE INDEX "inmates_path_idx" ON "inmates" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "programme_sessions_path_date_idx" ON "programme_sessions" USING btree ("unit_path" text_pattern_ops,"date");--> statement-breakpoint
CREATE INDEX "programmes_path_idx" ON "programmes" USING btree ("unit_path" text_pattern_ops);