DROP INDEX "trade_flows_partner";--> statement-breakpoint
CREATE INDEX "trade_flows_reporter_year" ON "trade_flows" USING btree ("reporter","year","flow","source_id");--> statement-breakpoint
CREATE INDEX "trade_flows_partner_year" ON "trade_flows" USING btree ("partner","year","flow","source_id");--> statement-breakpoint
CREATE INDEX "trade_flows_total_reporter" ON "trade_flows" USING btree ("reporter","year") WHERE "trade_flows"."commodity" = 'TOTAL';--> statement-breakpoint
CREATE INDEX "trade_flows_total_partner" ON "trade_flows" USING btree ("partner","year") WHERE "trade_flows"."commodity" = 'TOTAL';