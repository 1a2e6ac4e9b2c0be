CREATE TABLE "cooperative_preorders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"week_start" date NOT NULL,
	"items" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"timeliness" text NOT NULL,
	"submitted_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperative_preorders_unit_week" UNIQUE("unit_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "cooperative_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"item_name" text NOT NULL,
	"unit_of_sale" text NOT NULL,
	"price_rupiah" bigint NOT NULL,
	"market_price_rupiah" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperative_prices_unit_item" UNIQUE("unit_id","item_name","unit_of_sale")
);
--> statement-breakpoint
CREATE TABLE "cooperatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"deed_number" text,
	"deed_date" date,
	"legal_entity_number" text,
	"legal_entity_date" date,
	"updated_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperatives_unit_id_unique" UNIQUE("unit_id")
);
--> statement-breakpoint
CREATE TABLE "pnbp_deposits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"billing_code" text NOT NULL,
	"ntpn" text,
	"amount_rupiah" bigint NOT NULL,
	"deposited_on" date NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pnbp_deposits_billing_code_unique" UNIQUE("billing_code")
);
--> statement-breakpoint
CREATE TABLE "premi_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inmate_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"amount_rupiah" bigint NOT NULL,
	"sale_id" uuid,
	"batch_id" uuid,
	"payout_id" uuid,
	"occurred_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premi_payouts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"inmate_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"amount_rupiah" bigint NOT NULL,
	"method" text NOT NULL,
	"account_reference" text NOT NULL,
	"paid_on" date NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sale_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sale_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_rupiah" bigint NOT NULL,
	"amount_rupiah" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"sold_on" date NOT NULL,
	"channel" text NOT NULL,
	"buyer" text,
	"total_rupiah" bigint NOT NULL,
	"split_rule_id" uuid NOT NULL,
	"pnbp_rupiah" bigint NOT NULL,
	"premi_rupiah" bigint NOT NULL,
	"capital_rupiah" bigint NOT NULL,
	"client_id" uuid,
	"note" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "sales_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"sales_rupiah" bigint NOT NULL,
	"pnbp_rupiah" bigint NOT NULL,
	"set_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_targets_unit_year" UNIQUE("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "proceeds_split_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pnbp_basis_points" integer NOT NULL,
	"premi_basis_points" integer NOT NULL,
	"capital_basis_points" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"basis" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proceeds_split_rules_effective_from_unique" UNIQUE("effective_from")
);
--> statement-breakpoint
CREATE TABLE "batch_workers" (
	"batch_id" uuid NOT NULL,
	"inmate_id" uuid NOT NULL,
	"amount" double precision NOT NULL,
	CONSTRAINT "batch_workers_batch_id_inmate_id_pk" PRIMARY KEY("batch_id","inmate_id")
);
--> statement-breakpoint
CREATE TABLE "order_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"buyer_name" text NOT NULL,
	"contact" text NOT NULL,
	"quantity" integer NOT NULL,
	"message" text,
	"status" text DEFAULT 'baru' NOT NULL,
	"handled_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permit_reminders_sent" (
	"permit_id" uuid NOT NULL,
	"threshold_days" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "permit_reminders_sent_permit_id_threshold_days_pk" PRIMARY KEY("permit_id","threshold_days")
);
--> statement-breakpoint
CREATE TABLE "product_permits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_stage_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"status" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"note" text,
	"requested_by_user_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "production_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"produced_on" date NOT NULL,
	"quantity" integer NOT NULL,
	"work_basis" text NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"brand" text,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"unit_of_sale" text NOT NULL,
	"price_rupiah" bigint,
	"cost_rupiah" bigint,
	"capacity_per_week" integer DEFAULT 0 NOT NULL,
	"inmates_involved" integer DEFAULT 0 NOT NULL,
	"inmates_trained" integer DEFAULT 0 NOT NULL,
	"packaging_ready" boolean DEFAULT false NOT NULL,
	"label_ready" boolean DEFAULT false NOT NULL,
	"sales_channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stage" text DEFAULT 'uji_coba' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cooperative_preorders" ADD CONSTRAINT "cooperative_preorders_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperative_prices" ADD CONSTRAINT "cooperative_prices_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperatives" ADD CONSTRAINT "cooperatives_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pnbp_deposits" ADD CONSTRAINT "pnbp_deposits_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premi_ledger" ADD CONSTRAINT "premi_ledger_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premi_ledger" ADD CONSTRAINT "premi_ledger_sale_id_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sales"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premi_ledger" ADD CONSTRAINT "premi_ledger_batch_id_production_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."production_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premi_payouts" ADD CONSTRAINT "premi_payouts_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_items" ADD CONSTRAINT "sale_items_sale_id_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sales"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_items" ADD CONSTRAINT "sale_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_items" ADD CONSTRAINT "sale_items_batch_id_production_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."production_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_split_rule_id_proceeds_split_rules_id_fk" FOREIGN KEY ("split_rule_id") REFERENCES "public"."proceeds_split_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_workers" ADD CONSTRAINT "batch_workers_batch_id_production_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."production_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_workers" ADD CONSTRAINT "batch_workers_inmate_id_inmates_id_fk" FOREIGN KEY ("inmate_id") REFERENCES "public"."inmates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_requests" ADD CONSTRAINT "order_requests_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_requests" ADD CONSTRAINT "order_requests_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permit_reminders_sent" ADD CONSTRAINT "permit_reminders_sent_permit_id_product_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."product_permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_permits" ADD CONSTRAINT "product_permits_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_stage_requests" ADD CONSTRAINT "product_stage_requests_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_batches" ADD CONSTRAINT "production_batches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "production_batches" ADD CONSTRAINT "production_batches_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperative_preorders_path_idx" ON "cooperative_preorders" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cooperative_prices_path_idx" ON "cooperative_prices" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "pnbp_deposits_path_idx" ON "pnbp_deposits" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "premi_ledger_inmate_idx" ON "premi_ledger" USING btree ("inmate_id");--> statement-breakpoint
CREATE INDEX "premi_ledger_path_idx" ON "premi_ledger" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "premi_payouts_path_idx" ON "premi_payouts" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "sale_items_sale_idx" ON "sale_items" USING btree ("sale_id");--> statement-breakpoint
CREATE INDEX "sale_items_batch_idx" ON "sale_items" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "sales_path_idx" ON "sales" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "sales_sold_on_idx" ON "sales" USING btree ("sold_on");--> statement-breakpoint
CREATE INDEX "batch_workers_inmate_idx" ON "batch_workers" USING btree ("inmate_id");--> statement-breakpoint
CREATE INDEX "order_requests_path_idx" ON "order_requests" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "product_permits_product_idx" ON "product_permits" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_permits_expiry_idx" ON "product_permits" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "product_stage_requests_product_idx" ON "product_stage_requests" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_stage_requests_path_idx" ON "product_stage_requests" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "production_batches_product_idx" ON "production_batches" USING btree ("product_id","produced_on");--> statement-breakpoint
CREATE INDEX "production_batches_path_idx" ON "production_batches" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "products_path_idx" ON "products" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "products_stage_idx" ON "products" USING btree ("stage");--> statement-breakpoint
ALTER TABLE "proceeds_split_rules" ADD CONSTRAINT "proceeds_split_rules_whole" CHECK ("pnbp_basis_points" >= 0 AND "premi_basis_points" >= 0 AND "capital_basis_points" >= 0 AND "pnbp_basis_points" + "premi_basis_points" + "capital_basis_points" = 10000);--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_split_whole" CHECK ("pnbp_rupiah" + "premi_rupiah" + "capital_rupiah" = "total_rupiah");--> statement-breakpoint
ALTER TABLE "premi_payouts" ADD CONSTRAINT "premi_payouts_positive" CHECK ("amount_rupiah" > 0);--> statement-breakpoint
INSERT INTO "proceeds_split_rules" ("id", "pnbp_basis_points", "premi_basis_points", "capital_basis_points", "effective_from", "basis")
VALUES ('01930000-0000-7000-8000-000000000001', 5000, 3500, 1500, '2024-12-01T00:00:00+07:00', 'Pembagian awal 50/35/15 (PNBP/premi/modal); sumber lain menyebut 50/15/35, ubah bila ketentuan berbeda');
