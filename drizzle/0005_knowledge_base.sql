CREATE TABLE "kb_deflection_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"event" text NOT NULL,
	"article_id" uuid,
	"user_id" bigint,
	"query" text,
	"locale" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"user_id" bigint NOT NULL,
	"locale" text,
	"helpful" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_search_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"query" text NOT NULL,
	"locale" text NOT NULL,
	"result_count" integer NOT NULL,
	"user_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changed" jsonb NOT NULL,
	"editor_id" bigint,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "tags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "related" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "author_id" bigint;--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "source_ticket_id" uuid;--> statement-breakpoint
ALTER TABLE "kb_translations" ADD COLUMN "search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_deflection_events" ADD CONSTRAINT "kb_deflection_events_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_versions" ADD CONSTRAINT "kb_versions_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kb_deflection_created_idx" ON "kb_deflection_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "kb_deflection_session_idx" ON "kb_deflection_events" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "kb_feedback_article_idx" ON "kb_feedback" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "kb_search_log_created_idx" ON "kb_search_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "kb_search_log_user_idx" ON "kb_search_log" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "kb_terms_trgm_idx" ON "kb_terms" USING gin ("term" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "kb_versions_article_idx" ON "kb_versions" USING btree ("article_id","created_at");--> statement-breakpoint
ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_source_ticket_id_tickets_id_fk" FOREIGN KEY ("source_ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kb_articles_status_category_idx" ON "kb_articles" USING btree ("status","category");--> statement-breakpoint
CREATE INDEX "kb_translations_search_en_idx" ON "kb_translations" USING gin ("search_vector") WITH (fastupdate=false) WHERE locale = 'en';--> statement-breakpoint
CREATE INDEX "kb_translations_search_ru_idx" ON "kb_translations" USING gin ("search_vector") WITH (fastupdate=false) WHERE locale = 'ru';--> statement-breakpoint
CREATE INDEX "kb_translations_search_fa_idx" ON "kb_translations" USING gin ("search_vector") WITH (fastupdate=false) WHERE locale = 'fa';--> statement-breakpoint
CREATE INDEX "kb_translations_search_zh_idx" ON "kb_translations" USING gin ("search_vector") WITH (fastupdate=false) WHERE locale = 'zh';