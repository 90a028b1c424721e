CREATE TABLE "page_rollups" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"page_id" text NOT NULL,
	"stopped" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "page_rollups_pk" PRIMARY KEY("workspace_id","survey_id","day","page_id")
);
