CREATE TABLE "analytics_arrivals" (
	"slot" timestamp with time zone NOT NULL,
	"queue_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"section_id" text NOT NULL,
	"channel" text NOT NULL,
	"arrivals" integer NOT NULL,
	CONSTRAINT "analytics_arrivals_slot_queue_id_topic_id_section_id_channel_pk" PRIMARY KEY("slot","queue_id","topic_id","section_id","channel")
);
--> statement-breakpoint
CREATE TABLE "analytics_breaches" (
	"slot" timestamp with time zone NOT NULL,
	"queue_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"breaches" integer NOT NULL,
	CONSTRAINT "analytics_breaches_slot_queue_id_topic_id_pk" PRIMARY KEY("slot","queue_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_rollup_state" (
	"id" text PRIMARY KEY NOT NULL,
	"covered_until" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "tickets_done_at_idx";--> statement-breakpoint
CREATE INDEX "tickets_updated_at_idx" ON "tickets" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "tickets_done_at_idx" ON "tickets" USING btree (coalesce("resolved_at", case when "status" = 'closed' then "updated_at" end),"created_at","resolved_at","status","updated_at","queue_id","topic_id","assignee_id","customer_id");