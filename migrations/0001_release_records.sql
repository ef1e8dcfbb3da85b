ALTER TABLE "releases" ADD COLUMN "commit_seq" integer;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "api_key_id" integer;--> statement-breakpoint
-- Releases completed before this migration committed in the order they finished.
UPDATE "releases" r SET "commit_seq" = o.seq
FROM (SELECT "id", row_number() OVER (ORDER BY "finished_at", "id") AS seq FROM "releases" WHERE "status" = 'completed') o
WHERE r."id" = o."id";--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_commit_seq" UNIQUE("commit_seq");--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_committed" CHECK (("releases"."status" = 'completed') = ("releases"."commit_seq" IS NOT NULL));