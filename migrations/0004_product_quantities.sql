ALTER TABLE "trade_flow_revisions" ADD COLUMN "net_weight_kg" numeric(20, 3);--> statement-breakpoint
ALTER TABLE "trade_flow_revisions" ADD COLUMN "quantity" numeric(20, 3);--> statement-breakpoint
ALTER TABLE "trade_flow_revisions" ADD COLUMN "quantity_unit" text;--> statement-breakpoint
ALTER TABLE "trade_flows" ADD COLUMN "net_weight_kg" numeric(20, 3);--> statement-breakpoint
ALTER TABLE "trade_flows" ADD COLUMN "quantity" numeric(20, 3);--> statement-breakpoint
ALTER TABLE "trade_flows" ADD COLUMN "quantity_unit" text;--> statement-breakpoint
ALTER TABLE "trade_flows" ADD CONSTRAINT "trade_flows_quantities_nonnegative" CHECK ("trade_flows"."net_weight_kg" >= 0 AND "trade_flows"."quantity" >= 0);--> statement-breakpoint
ALTER TABLE "trade_flows" ADD CONSTRAINT "trade_flows_quantity_unit" CHECK (("trade_flows"."quantity" IS NULL) = ("trade_flows"."quantity_unit" IS NULL));