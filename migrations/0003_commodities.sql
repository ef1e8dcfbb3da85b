CREATE TABLE "commodities" (
	"classification" text NOT NULL,
	"code" text NOT NULL,
	"level" smallint NOT NULL,
	"parent" text,
	"section" text,
	"short_name" text,
	"description" text,
	CONSTRAINT "commodities_classification_code_pk" PRIMARY KEY("classification","code"),
	CONSTRAINT "commodities_level" CHECK ("commodities"."level" IN (2, 4, 6)),
	CONSTRAINT "commodities_named" CHECK ("commodities"."short_name" IS NOT NULL OR "commodities"."description" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "commodities_parent" ON "commodities" USING btree ("classification","parent");