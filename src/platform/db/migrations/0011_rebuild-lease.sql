ALTER TABLE "rollup_rebuilds" ADD COLUMN "runner" uuid;--> statement-breakpoint
ALTER TABLE "rollup_rebuilds" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;