CREATE TABLE "alert_firings" (
	"workspace_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"response_id" uuid,
	"case_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_firings_workspace_id_rule_id_subject_pk" PRIMARY KEY("workspace_id","rule_id","subject")
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"survey_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"condition" jsonb NOT NULL,
	"actions" jsonb NOT NULL,
	"active_from" timestamp with time zone DEFAULT now() NOT NULL,
	"last_checked_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_rules_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"workspace_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_workspace_id_case_id_id_pk" PRIMARY KEY("workspace_id","case_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"team_id" uuid,
	"owner_user_id" uuid,
	"contact_id" uuid,
	"survey_id" uuid,
	"response_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"rule_id" uuid,
	"language" text,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_at" timestamp with time zone,
	"sla_paused_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"first_responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"is_sla_met" boolean,
	"root_cause" text,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "respond_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"restrict_agents_to_teams" boolean DEFAULT false NOT NULL,
	"account_owner_attribute" text DEFAULT 'account_owner' NOT NULL,
	"default_sla_hours" integer DEFAULT 24 NOT NULL,
	"root_causes" jsonb,
	"actions" jsonb,
	"reply_templates" jsonb,
	"recovery_survey_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_scores" (
	"workspace_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"contact_id" uuid,
	"nps" smallint,
	"csat" smallint,
	"ces" smallint,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "response_scores_workspace_id_response_id_pk" PRIMARY KEY("workspace_id","response_id")
);
--> statement-breakpoint
CREATE TABLE "response_tags" (
	"workspace_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"rule_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_tags_workspace_id_response_id_tag_pk" PRIMARY KEY("workspace_id","response_id","tag")
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"workspace_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_workspace_id_team_id_user_id_pk" PRIMARY KEY("workspace_id","team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"lead_user_id" uuid,
	"round_robin_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respond_settings" ADD CONSTRAINT "respond_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_firings_recent_idx" ON "alert_firings" USING btree ("workspace_id","fired_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_key" ON "cases" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE INDEX "cases_open_due_idx" ON "cases" USING btree ("due_at") WHERE "cases"."status" NOT IN ('resolved', 'closed');--> statement-breakpoint
CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("workspace_id","owner_user_id","status");--> statement-breakpoint
CREATE INDEX "cases_team_idx" ON "cases" USING btree ("workspace_id","team_id","status");--> statement-breakpoint
CREATE INDEX "cases_contact_idx" ON "cases" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "response_scores_contact_idx" ON "response_scores" USING btree ("workspace_id","contact_id","completed_at");--> statement-breakpoint
CREATE INDEX "response_tags_tag_idx" ON "response_tags" USING btree ("workspace_id","tag");--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "team_members" USING btree ("workspace_id","user_id");