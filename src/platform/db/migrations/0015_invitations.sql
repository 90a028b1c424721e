CREATE TABLE "contact_touches" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"channel" text NOT NULL,
	"survey_id" uuid,
	"priority" text NOT NULL,
	"source_id" text,
	CONSTRAINT "contact_touches_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "distributions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"settings" jsonb NOT NULL,
	"trigger_event" text,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "distributions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "email_templates" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"translations" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_templates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"distribution_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"contact_id" uuid,
	"email" text,
	"language" text,
	"dedupe_key" text NOT NULL,
	"status" text NOT NULL,
	"skip_reason" text,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"bounced_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"is_open_unreliable" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"response_id" uuid,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"next_reminder_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "collect_settings" ADD COLUMN "contact_budget" jsonb;--> statement-breakpoint
ALTER TABLE "collect_settings" ADD COLUMN "survey_priorities" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_imports" ADD COLUMN "distribution_id" uuid;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "unsubscribed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "email_status" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "email_status_reason" text;--> statement-breakpoint
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_templates" ADD CONSTRAINT "email_templates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_touches_contact_idx" ON "contact_touches" USING btree ("workspace_id","contact_id","at");--> statement-breakpoint
CREATE INDEX "distributions_trigger_idx" ON "distributions" USING btree ("workspace_id","trigger_event");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_dedupe_key" ON "invitations" USING btree ("workspace_id","distribution_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "invitations_distribution_idx" ON "invitations" USING btree ("workspace_id","distribution_id","id");--> statement-breakpoint
CREATE INDEX "invitations_due_idx" ON "invitations" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "invitations_reminder_idx" ON "invitations" USING btree ("next_reminder_at");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("workspace_id",lower("email"));