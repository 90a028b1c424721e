CREATE TABLE "rollup_rebuilds" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"watermark" uuid NOT NULL,
	"cursor" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rollup_rebuilds_pk" PRIMARY KEY("workspace_id","survey_id")
);
