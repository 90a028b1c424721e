ALTER TABLE "collect_settings" ADD COLUMN "identity_secret" text;--> statement-breakpoint
ALTER TABLE "collect_settings" ADD COLUMN "identity_secret_created_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "collect_settings" ADD COLUMN "require_verified_identity" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "draft_revision" integer DEFAULT 1 NOT NULL;