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
CREATE TABLE "weekly_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_reports_period_from_unique" UNIQUE("period_from")
);
--> statement-breakpoint
CREATE TABLE "staff_notification_prefs" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"daily_digest" boolean DEFAULT false NOT NULL,
	"weekly_report" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unreachable_chats" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"queue_id" text PRIMARY KEY NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"next_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"due_soon_ratio" real DEFAULT 0.8 NOT NULL,
	"pause_statuses" text[] NOT NULL,
	"calendar" jsonb,
	"clarify_reminder_minutes" integer NOT NULL,
	"clarify_auto_close_minutes" integer NOT NULL,
	"no_reply_minutes" integer NOT NULL,
	"csat_delay_minutes" integer NOT NULL,
	"follow_up_minutes" integer NOT NULL,
	"auto_close_resolved_minutes" integer NOT NULL,
	"updated_by" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "sla_events_ticket_kind_target_uq";--> statement-breakpoint
ALTER TABLE "sla_events" ADD COLUMN "cycle" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "status_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "next_response_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "next_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "resolution_used_minutes" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "resolution_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "resolution_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD COLUMN "next_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_purges" ADD CONSTRAINT "ticket_purges_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_bot_replies_idx" ON "messages" USING btree ("ticket_id") WHERE "messages"."author" = 'bot';--> statement-breakpoint
CREATE INDEX "tickets_analytics_idx" ON "tickets" USING btree ("created_at","queue_id","topic_id","section_id","channel","assignee_id","customer_id","status","first_responded_at","last_agent_message_at","resolved_at","csat_score","reopen_count","updated_at","id");--> statement-breakpoint
CREATE INDEX "tickets_done_at_idx" ON "tickets" USING btree (coalesce("resolved_at", case when "status" = 'closed' then "updated_at" end),"created_at");--> statement-breakpoint
CREATE INDEX "users_language_idx" ON "users" USING btree (left(coalesce("language", "language_code", 'en'), 2),"id");--> statement-breakpoint
CREATE INDEX "outbox_pending_chat_seq_idx" ON "outbox" USING btree ("chat_id","seq") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "sla_events_kind_created_idx" ON "sla_events" USING btree ("kind","created_at","ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sla_events_ticket_kind_target_cycle_uq" ON "sla_events" USING btree ("ticket_id","kind","target","cycle");--> statement-breakpoint
CREATE INDEX "ticket_sla_next_due_idx" ON "ticket_sla" USING btree ("next_due_at") WHERE "ticket_sla"."next_due_at" is not null;