ALTER TABLE "ticket_sla" ADD COLUMN "resolution_cycle" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Tickets the SLA already escalated are in their second round: the moment of the escalation.
UPDATE "ticket_sla" SET "resolution_cycle" = (extract(epoch from e."created_at") * 1000)::bigint FROM "sla_events" e WHERE e."ticket_id" = "ticket_sla"."ticket_id" AND e."kind" = 'escalated' AND e."target" = 'resolution';
