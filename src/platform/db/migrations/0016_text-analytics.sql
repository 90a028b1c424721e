CREATE TABLE "comment_phrases" (
	"workspace_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"key" text NOT NULL,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	CONSTRAINT "comment_phrases_pk" PRIMARY KEY("workspace_id","comment_id","key")
);
--> statement-breakpoint
CREATE TABLE "comment_topics" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	CONSTRAINT "comment_topics_pk" PRIMARY KEY("workspace_id","topic_id","comment_id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"contact_id" uuid,
	"channel" text NOT NULL,
	"dimensions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"lang" text NOT NULL,
	"lang_source" text NOT NULL,
	"sentiment" text,
	"sentiment_score" real,
	"sentiment_confidence" real,
	"sentiment_model" text,
	"corrected_sentiment" text,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone,
	"intents" text[] DEFAULT '{}' NOT NULL,
	"intent_spans" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phrases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"personal_data" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nps" smallint,
	"csat" smallint,
	"analysed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "sentiment_models" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"lang" text NOT NULL,
	"weights" "bytea" NOT NULL,
	"report" jsonb NOT NULL,
	"is_in_use" boolean DEFAULT false NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sentiment_models_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_backfills" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"cursor" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "text_backfills_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "text_topics" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"examples" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"phrase_keys" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "text_topics_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "comment_phrases" ADD CONSTRAINT "comment_phrases_comment_fk" FOREIGN KEY ("workspace_id","comment_id") REFERENCES "public"."comments"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_topics" ADD CONSTRAINT "comment_topics_comment_fk" FOREIGN KEY ("workspace_id","comment_id") REFERENCES "public"."comments"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_topics" ADD CONSTRAINT "comment_topics_topic_fk" FOREIGN KEY ("workspace_id","topic_id") REFERENCES "public"."text_topics"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_response_fk" FOREIGN KEY ("workspace_id","response_id") REFERENCES "public"."responses"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_models" ADD CONSTRAINT "sentiment_models_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_backfills" ADD CONSTRAINT "text_backfills_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_topics" ADD CONSTRAINT "text_topics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_phrases_key_idx" ON "comment_phrases" USING btree ("workspace_id","key","written_at");--> statement-breakpoint
CREATE INDEX "comment_phrases_written_idx" ON "comment_phrases" USING btree ("workspace_id","written_at");--> statement-breakpoint
CREATE INDEX "comment_topics_comment_idx" ON "comment_topics" USING btree ("workspace_id","comment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_answer_key" ON "comments" USING btree ("workspace_id","response_id","question_id");--> statement-breakpoint
CREATE INDEX "comments_written_idx" ON "comments" USING btree ("workspace_id","written_at");--> statement-breakpoint
CREATE INDEX "sentiment_models_lang_idx" ON "sentiment_models" USING btree ("workspace_id","lang","trained_at");--> statement-breakpoint
CREATE UNIQUE INDEX "text_topics_name_key" ON "text_topics" USING btree ("workspace_id","name");