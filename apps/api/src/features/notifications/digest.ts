import type { NotificationPrefs } from "@helpline/contracts/notifications";
import { OPEN_STATUSES } from "@helpline/contracts/ticket-values";
import type { StaffRole } from "@helpline/contracts/users";
import { type Db, schema } from "@helpline/db";
import { and, eq, gte, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { staffAccess } from "../console/staff";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";
import { notify } from "./notify";

const { staffNotificationPrefs, tickets, ticketSla } = schema;

export const DIGEST_JOB = "notifications.daily_digest";
/** 07:00 UTC: morning in Europe, midday in Asia, before the day's peak everywhere we serve. */
const DIGEST_HOUR_UTC = 7;
const DAY = 86_400_000;
/** Who may receive the daily digest: it summarises every queue. */
const DIGEST_ROLES: readonly StaffRole[] = ["supervisor", "admin"];

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The next digest time at or after `now`. */
export function nextDigestAt(now: number): number {
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`) + DIGEST_HOUR_UTC * 3_600_000;
  return today >= now ? today : today + DAY;
}

/** Schedules the next digest run (idempotent: one job per day, however often it is called). */
export async function scheduleDigest(db: DbOrTx, now: number): Promise<void> {
  const runAt = nextDigestAt(now);
  await enqueue(db, {
    kind: DIGEST_JOB,
    payload: { date: dayOf(runAt) },
    runAt,
    idempotencyKey: `${DIGEST_JOB}:${dayOf(runAt)}`,
  });
}

/** The figures of one morning's digest; "yesterday" is the UTC day before `date`. */
export async function digestFigures(tx: DbOrTx, date: string) {
  const dayStart = new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString();
  const dayEnd = new Date(Date.parse(`${date}T00:00:00Z`)).toISOString();
  const open = inArray(tickets.status, [...OPEN_STATUSES]);
  const count = sql<number>`count(*)::int`;
  const [[openRow], [breachedRow], [dueSoonRow], [createdRow], [resolvedRow]] = await Promise.all([
    tx.select({ n: count }).from(tickets).where(open),
    tx
      .select({ n: count })
      .from(tickets)
      .innerJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
      .where(and(open, isNotNull(ticketSla.breachedAt))),
    tx
      .select({ n: count })
      .from(tickets)
      .innerJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
      .where(and(open, isNotNull(ticketSla.dueSoonAt), isNull(ticketSla.breachedAt))),
    tx
      .select({ n: count })
      .from(tickets)
      .where(and(gte(tickets.createdAt, dayStart), lt(tickets.createdAt, dayEnd))),
    tx
      .select({ n: count })
      .from(tickets)
      .where(and(gte(tickets.resolvedAt, dayStart), lt(tickets.resolvedAt, dayEnd))),
  ]);
  return {
    date,
    open: openRow?.n ?? 0,
    breached: breachedRow?.n ?? 0,
    dueSoon: dueSoonRow?.n ?? 0,
    createdYesterday: createdRow?.n ?? 0,
    resolvedYesterday: resolvedRow?.n ?? 0,
  };
}

/**
 * The digest job: one `staff.digest` row per opted-in supervisor (keyed by day and person, so a
 * re-run sends nothing twice), and the next day's job, all in the job's transaction.
 */
export function digestHandlers(now: () => number): Record<string, JobHandler> {
  return {
    [DIGEST_JOB]: async (job, tx) => {
      const date = String(job.payload.date);
      const optedIn = await tx
        .select({ userId: staffNotificationPrefs.userId })
        .from(staffNotificationPrefs)
        .where(eq(staffNotificationPrefs.dailyDigest, true));
      const recipients: number[] = [];
      for (const { userId } of optedIn) {
        const access = await staffAccess(tx, userId);
        if (access.active && access.roles.some((role) => DIGEST_ROLES.includes(role))) {
          recipients.push(userId);
        }
      }
      if (recipients.length > 0) {
        const figures = await digestFigures(tx, date);
        for (const userId of recipients) {
          await notify(tx, {
            chatId: userId,
            userId,
            kind: "staff.digest",
            params: figures,
            idempotencyKey: `staff.digest:${date}:${userId}`,
          });
        }
      }
      await scheduleDigest(tx, Math.max(now(), Date.parse(`${date}T00:00:00Z`) + DAY));
    },
  };
}

/** The signed-in staff member's opt-ins; none stored yet means everything off. */
export function createNotificationPrefsService(db: Db) {
  return {
    async get(userId: number): Promise<NotificationPrefs> {
      const [row] = await db
        .select()
        .from(staffNotificationPrefs)
        .where(eq(staffNotificationPrefs.userId, userId));
      return { dailyDigest: row?.dailyDigest ?? false, weeklyReport: row?.weeklyReport ?? false };
    },
    async put(userId: number, prefs: NotificationPrefs): Promise<NotificationPrefs> {
      await db
        .insert(staffNotificationPrefs)
        .values({ userId, ...prefs })
        .onConflictDoUpdate({
          target: staffNotificationPrefs.userId,
          set: { ...prefs, updatedAt: sql`now()` },
        });
      return prefs;
    },
  };
}

export type NotificationPrefsService = ReturnType<typeof createNotificationPrefsService>;
