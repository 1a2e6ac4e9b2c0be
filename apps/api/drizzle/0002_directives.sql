CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"directive_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'belum_dimulai' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"latest_values" jsonb,
	"reported_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_directive_unit" UNIQUE("directive_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reference" text,
	"source" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category" text,
	"tags" jsonb NOT NULL,
	"priority" text NOT NULL,
	"target" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"due" jsonb NOT NULL,
	"verified_by" text NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"issuer_unit_path" text NOT NULL,
	"issuer_user_id" uuid NOT NULL,
	"issuer_position_id" uuid NOT NULL,
	"issuer_position_title" text NOT NULL,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"values" jsonb NOT NULL,
	"narrative" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by_user_id" uuid NOT NULL,
	"submitted_by_name" text NOT NULL,
	"submitted_by_position_id" uuid NOT NULL,
	"submitted_by_position" text NOT NULL,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"decided_by_position" text,
	CONSTRAINT "reports_assignment_version" UNIQUE("assignment_id","version")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_unit_path_idx" ON "assignments" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "assignments_directive_status_idx" ON "assignments" USING btree ("directive_id","status");--> statement-breakpoint
CREATE INDEX "directives_issuer_path_idx" ON "directives" USING btree ("issuer_unit_path" text_pattern_ops);