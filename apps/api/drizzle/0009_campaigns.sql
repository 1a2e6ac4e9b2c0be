CREATE TABLE "campaign_allocations" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"target" bigint NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_allocations_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"file_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"monitoring_window" integer,
	"shows_faces" boolean DEFAULT false NOT NULL,
	"flags" jsonb NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_photos_site_file" UNIQUE("site_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_site_checks" (
	"site_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"window" integer NOT NULL,
	"alive" integer NOT NULL,
	"dead" integer NOT NULL,
	"replanted" integer NOT NULL,
	"notes" text,
	"checked_at" timestamp with time zone NOT NULL,
	"checked_by_user_id" uuid NOT NULL,
	CONSTRAINT "campaign_site_checks_site_id_window_pk" PRIMARY KEY("site_id","window")
);
--> statement-breakpoint
CREATE TABLE "campaign_sites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"land_type" text NOT NULL,
	"area_ha" double precision NOT NULL,
	"planned" integer NOT NULL,
	"partners" jsonb NOT NULL,
	"notes" text,
	"results" jsonb,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_unit_progress" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"h7" jsonb,
	"h1" jsonb,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "campaign_unit_progress_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"directive_id" uuid NOT NULL,
	"monitoring_directive_id" uuid,
	"target_metric_keys" jsonb NOT NULL,
	"area_metric_key" text,
	"quantity_label" text NOT NULL,
	"event_date" text NOT NULL,
	"window_start" text NOT NULL,
	"window_end" text NOT NULL,
	"national_target" bigint NOT NULL,
	"min_per_kanwil" bigint NOT NULL,
	"geofence_radius_m" integer NOT NULL,
	"monitoring_months" jsonb NOT NULL,
	"public_page" boolean DEFAULT false NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"issuer_unit_path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_directive_id_unique" UNIQUE("directive_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_allocations" ADD CONSTRAINT "campaign_allocations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_allocations" ADD CONSTRAINT "campaign_allocations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_photos" ADD CONSTRAINT "campaign_photos_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_photos" ADD CONSTRAINT "campaign_photos_site_id_campaign_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."campaign_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_photos" ADD CONSTRAINT "campaign_photos_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_site_checks" ADD CONSTRAINT "campaign_site_checks_site_id_campaign_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."campaign_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_sites" ADD CONSTRAINT "campaign_sites_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_sites" ADD CONSTRAINT "campaign_sites_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_unit_progress" ADD CONSTRAINT "campaign_unit_progress_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_unit_progress" ADD CONSTRAINT "campaign_unit_progress_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_monitoring_directive_id_directives_id_fk" FOREIGN KEY ("monitoring_directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_photos_campaign_path_idx" ON "campaign_photos" USING btree ("campaign_id","unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "campaign_photos_file_idx" ON "campaign_photos" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "campaign_site_checks_campaign_idx" ON "campaign_site_checks" USING btree ("campaign_id","window");--> statement-breakpoint
CREATE INDEX "campaign_sites_campaign_path_idx" ON "campaign_sites" USING btree ("campaign_id","unit_path" text_pattern_ops);