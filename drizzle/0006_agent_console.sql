CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_id" bigint,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "banned_words" (
	"id" uuid PRIMARY KEY NOT NULL,
	"locale" text NOT NULL,
	"phrase" text NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "macros" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"shortcut" text NOT NULL,
	"locale" text NOT NULL,
	"body" text NOT NULL,
	"actions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" bigint,
	"updated_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_invites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"telegram_user_id" bigint,
	"username" text,
	"roles" text[] NOT NULL,
	"queues" text[],
	"invited_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" bigint,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"queues_set" boolean DEFAULT false NOT NULL,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_queues" (
	"user_id" bigint NOT NULL,
	"queue_id" text NOT NULL,
	CONSTRAINT "staff_queues_user_id_queue_id_pk" PRIMARY KEY("user_id","queue_id")
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "assignee_id" bigint;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "escalation_reason" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "vip" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "rank" integer GENERATED ALWAYS AS (case when priority = 'critical' then 0 when vip then 1 when priority = 'high' then 2 when priority = 'normal' then 3 else 4 end) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "banned_words_locale_phrase_uq" ON "banned_words" USING btree ("locale",lower("phrase"));--> statement-breakpoint
CREATE UNIQUE INDEX "macros_locale_shortcut_uq" ON "macros" USING btree ("locale","shortcut");--> statement-breakpoint
CREATE INDEX "staff_invites_user_idx" ON "staff_invites" USING btree ("telegram_user_id") WHERE "staff_invites"."accepted_at" is null;--> statement-breakpoint
CREATE INDEX "staff_invites_username_idx" ON "staff_invites" USING btree ("username") WHERE "staff_invites"."accepted_at" is null;--> statement-breakpoint
CREATE INDEX "staff_queues_queue_idx" ON "staff_queues" USING btree ("queue_id");--> statement-breakpoint
CREATE INDEX "tickets_open_rank_idx" ON "tickets" USING btree ("queue_id","rank","created_at","topic_id","id") WHERE "tickets"."status" in ('new', 'open', 'reopened', 'waiting_customer');--> statement-breakpoint
CREATE INDEX "tickets_open_order_idx" ON "tickets" USING btree ("rank","created_at","topic_id","id") WHERE "tickets"."status" in ('new', 'open', 'reopened', 'waiting_customer');--> statement-breakpoint
CREATE INDEX "tickets_open_unanswered_eta_idx" ON "tickets" USING btree ("queue_id","eta") WHERE "tickets"."status" in ('new', 'open', 'reopened', 'waiting_customer') and "tickets"."first_responded_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_open_assignee_idx" ON "tickets" USING btree ("assignee_id","rank","created_at","topic_id","id") WHERE "tickets"."status" in ('new', 'open', 'reopened', 'waiting_customer');