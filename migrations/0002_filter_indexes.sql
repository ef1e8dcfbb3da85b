CREATE INDEX "trade_flows_source" ON "trade_flows" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "trade_flows_commodity" ON "trade_flows" USING btree ("commodity");