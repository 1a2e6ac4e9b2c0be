CREATE TABLE "incident_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"serious" boolean NOT NULL,
	"counters" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_categories_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "incident_escalation_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"category_id" uuid,
	"min_severity_rank" integer NOT NULL,
	"level" text NOT NULL,
	"notify_after_minutes" integer NOT NULL,
	"ack_within_minutes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_severities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"rank" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_sop_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"category_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"active_from" timestamp with time zone NOT NULL,
	"steps" jsonb NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_sop_versions_category_version" UNIQUE("category_id","version")
);
--> statement-breakpoint
CREATE TABLE "incident_agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"name" text NOT NULL,
	"contact" text,
	"requested_at" timestamp with time zone NOT NULL,
	"arrived_at" timestamp with time zone,
	"personnel" integer,
	"notes" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"level" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"ack_within_minutes" integer NOT NULL,
	"sent_at" timestamp with time zone,
	"ack_due_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" uuid,
	"acknowledged_by_name" text,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_alerts_level" UNIQUE("incident_id","level")
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_user_id" uuid,
	"by_name" text,
	"summary" text NOT NULL,
	"note" text,
	"counters" jsonb
);
--> statement-breakpoint
CREATE TABLE "incident_persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"registration_number" text,
	"status" text,
	"note" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_sop_steps" (
	"incident_id" uuid NOT NULL,
	"step_key" text NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	"done_by_user_id" uuid NOT NULL,
	"done_by_name" text NOT NULL,
	"note" text,
	CONSTRAINT "incident_sop_steps_step" UNIQUE("incident_id","step_key")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"number" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"category_id" uuid NOT NULL,
	"severity" text NOT NULL,
	"severity_rank" integer NOT NULL,
	"serious" boolean NOT NULL,
	"sop_version_id" uuid,
	"status" text DEFAULT 'dilaporkan' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"description" text NOT NULL,
	"counters" jsonb NOT NULL,
	"involved" jsonb NOT NULL,
	"reported_by_user_id" uuid NOT NULL,
	"reported_by_name" text NOT NULL,
	"review" jsonb,
	"closed_at" timestamp with time zone,
	"closed_by_name" text,
	"follow_up_directive_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_update_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_client_id_unique" UNIQUE("client_id"),
	CONSTRAINT "incidents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "incident_escalation_rules" ADD CONSTRAINT "incident_escalation_rules_category_id_incident_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."incident_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_sop_versions" ADD CONSTRAINT "incident_sop_versions_category_id_incident_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."incident_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_agencies" ADD CONSTRAINT "incident_agencies_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_alerts" ADD CONSTRAINT "incident_alerts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_alerts" ADD CONSTRAINT "incident_alerts_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_persons" ADD CONSTRAINT "incident_persons_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_sop_steps" ADD CONSTRAINT "incident_sop_steps_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_category_id_incident_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."incident_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_sop_version_id_incident_sop_versions_id_fk" FOREIGN KEY ("sop_version_id") REFERENCES "public"."incident_sop_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_sop_versions_active_idx" ON "incident_sop_versions" USING btree ("category_id","active_from");--> statement-breakpoint
CREATE INDEX "incident_agencies_incident_idx" ON "incident_agencies" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_alerts_due_idx" ON "incident_alerts" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "incident_alerts_ack_due_idx" ON "incident_alerts" USING btree ("ack_due_at");--> statement-breakpoint
CREATE INDEX "incident_events_incident_idx" ON "incident_events" USING btree ("incident_id","at");--> statement-breakpoint
CREATE INDEX "incident_persons_incident_idx" ON "incident_persons" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incidents_path_idx" ON "incidents" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_occurred_idx" ON "incidents" USING btree ("occurred_at");