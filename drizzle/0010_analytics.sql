CREATE TABLE "analytics_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"retention_days" integer NOT NULL,
	"updated_by" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_request_counts" (
	"day" date NOT NULL,
	"outcome" text NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "api_request_counts_day_outcome_pk" PRIMARY KEY("day","outcome")
);
--> statement-breakpoint
CREATE TABLE "ticket_purges" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"purged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_report_subscribers" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_reports_period_from_unique" UNIQUE("period_from")
);
--> statement-breakpoint
ALTER TABLE "ticket_purges" ADD CONSTRAINT "ticket_purges_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_bot_replies_idx" ON "messages" USING btree ("ticket_id") WHERE "messages"."author" = 'bot';--> statement-breakpoint
CREATE INDEX "tickets_analytics_idx" ON "tickets" USING btree ("created_at","queue_id","topic_id","section_id","channel","assignee_id","customer_id","status","first_responded_at","last_agent_message_at","resolved_at","csat_score","reopen_count","updated_at","id");--> statement-breakpoint
CREATE INDEX "tickets_done_at_idx" ON "tickets" USING btree (coalesce("resolved_at", case when "status" = 'closed' then "updated_at" end),"created_at");--> statement-breakpoint
CREATE INDEX "users_language_idx" ON "users" USING btree (left(coalesce("language", "language_code", 'en'), 2),"id");--> statement-breakpoint
CREATE INDEX "sla_events_kind_created_idx" ON "sla_events" USING btree ("kind","created_at","ticket_id");