CREATE TABLE "api_keys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text,
	"m49" integer,
	"name" text NOT NULL,
	"alt_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text,
	"subregion" text,
	"intermediate_region" text,
	"historical" boolean DEFAULT false NOT NULL,
	"note" text,
	CONSTRAINT "countries_iso2_unique" UNIQUE("iso2"),
	CONSTRAINT "countries_m49_unique" UNIQUE("m49")
);
--> statement-breakpoint
CREATE TABLE "country_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "group_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"group_id" text NOT NULL,
	"iso3" text NOT NULL,
	"from_year" smallint,
	"to_year" smallint,
	CONSTRAINT "group_members_period" UNIQUE NULLS NOT DISTINCT("group_id","iso3","from_year"),
	CONSTRAINT "group_members_years" CHECK ("group_members"."from_year" IS NULL OR "group_members"."to_year" IS NULL OR "group_members"."from_year" <= "group_members"."to_year")
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"sha256" text,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"rejected_samples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"notes" text,
	CONSTRAINT "releases_status" CHECK ("releases"."status" IN ('running', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"publisher" text NOT NULL,
	"url" text,
	"license" text,
	"citation" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "trade_flow_revisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trade_flow_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"flow_id" bigint NOT NULL,
	"value_usd" numeric(20, 2) NOT NULL,
	"estimated" boolean NOT NULL,
	"release_id" integer NOT NULL,
	"replaced_by_release_id" integer NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_flows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trade_flows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reporter" text NOT NULL,
	"partner" text NOT NULL,
	"year" smallint NOT NULL,
	"flow" text NOT NULL,
	"commodity" text DEFAULT 'TOTAL' NOT NULL,
	"value_usd" numeric(20, 2) NOT NULL,
	"estimated" boolean DEFAULT false NOT NULL,
	"source_id" text NOT NULL,
	"release_id" integer NOT NULL,
	"note" text,
	CONSTRAINT "trade_flows_flow" CHECK ("trade_flows"."flow" IN ('export', 'import', 're-export', 're-import', 'turnover')),
	CONSTRAINT "trade_flows_year_range" CHECK ("trade_flows"."year" BETWEEN 1900 AND 2100),
	CONSTRAINT "trade_flows_value_nonnegative" CHECK ("trade_flows"."value_usd" >= 0),
	CONSTRAINT "trade_flows_distinct_pair" CHECK ("trade_flows"."reporter" <> "trade_flows"."partner")
);
--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_country_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."country_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_iso3_countries_iso3_fk" FOREIGN KEY ("iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_flow_revisions" ADD CONSTRAINT "trade_flow_revisions_flow_id_trade_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."trade_flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_flow_revisions" ADD CONSTRAINT "trade_flow_revisions_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_flow_revisions" ADD CONSTRAINT "trade_flow_revisions_replaced_by_release_id_releases_id_fk" FOREIGN KEY ("replaced_by_release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_members_iso3" ON "group_members" USING btree ("iso3");--> statement-breakpoint
CREATE INDEX "releases_source" ON "releases" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "trade_flow_revisions_flow" ON "trade_flow_revisions" USING btree ("flow_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trade_flows_key" ON "trade_flows" USING btree ("reporter","partner","year","flow","commodity","source_id");--> statement-breakpoint
CREATE INDEX "trade_flows_partner" ON "trade_flows" USING btree ("partner","reporter","year");--> statement-breakpoint
CREATE INDEX "trade_flows_year" ON "trade_flows" USING btree ("year");