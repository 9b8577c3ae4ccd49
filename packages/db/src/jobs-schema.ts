import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";

export const JOB_STATUSES = ["pending", "done", "dead"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Durable background jobs (ADR 011). A job is enqueued in the caller's transaction, claimed with
 * `FOR UPDATE SKIP LOCKED` and run in the same transaction that marks it done, so a crash rolls
 * both back and the job runs again; the idempotency key makes a second enqueue a no-op.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    status: text("status").$type<JobStatus>().notNull().default("pending"),
    runAt: ts("run_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lastError: text("last_error"),
    doneAt: ts("done_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    // The runner's only question: which pending jobs are due, oldest first.
    index("jobs_due_idx").on(t.runAt).where(sql`${t.status} = 'pending'`),
  ],
);
