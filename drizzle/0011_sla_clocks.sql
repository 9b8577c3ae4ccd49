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
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_events_ticket_kind_target_cycle_uq" ON "sla_events" USING btree ("ticket_id","kind","target","cycle");--> statement-breakpoint
CREATE INDEX "ticket_sla_next_due_idx" ON "ticket_sla" USING btree ("next_due_at") WHERE "ticket_sla"."next_due_at" is not null;