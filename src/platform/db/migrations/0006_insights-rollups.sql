CREATE TABLE "choice_rollups" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"option_id" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "choice_rollups_pk" PRIMARY KEY("workspace_id","survey_id","question_id","day","dimension","value","option_id")
);
--> statement-breakpoint
CREATE TABLE "insights_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"segments" text[] DEFAULT '{}' NOT NULL,
	"min_responses" integer DEFAULT 5 NOT NULL,
	"csat_problem_threshold" integer DEFAULT 3 NOT NULL,
	"rebuilt_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_rollups" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"shown" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"c0" integer DEFAULT 0 NOT NULL,
	"c1" integer DEFAULT 0 NOT NULL,
	"c2" integer DEFAULT 0 NOT NULL,
	"c3" integer DEFAULT 0 NOT NULL,
	"c4" integer DEFAULT 0 NOT NULL,
	"c5" integer DEFAULT 0 NOT NULL,
	"c6" integer DEFAULT 0 NOT NULL,
	"c7" integer DEFAULT 0 NOT NULL,
	"c8" integer DEFAULT 0 NOT NULL,
	"c9" integer DEFAULT 0 NOT NULL,
	"c10" integer DEFAULT 0 NOT NULL,
	"sum6" bigint DEFAULT 0 NOT NULL,
	"sum_sq6" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "question_rollups_pk" PRIMARY KEY("workspace_id","survey_id","question_id","kind","day","dimension","value")
);
--> statement-breakpoint
CREATE TABLE "response_rollups" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "response_rollups_pk" PRIMARY KEY("workspace_id","survey_id","day","dimension","value")
);
--> statement-breakpoint
ALTER TABLE "insights_settings" ADD CONSTRAINT "insights_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "question_rollups_metric_idx" ON "question_rollups" USING btree ("workspace_id","kind","dimension","day");--> statement-breakpoint
CREATE INDEX "response_rollups_day_idx" ON "response_rollups" USING btree ("workspace_id","dimension","day");