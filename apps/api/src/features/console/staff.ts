import { randomUUID } from "node:crypto";
import { ROLE_QUEUES } from "@helpline/contracts/desk";
import {
  type StaffInvite,
  type StaffInviteInput,
  type StaffList,
  type StaffMember,
  type StaffUpdateInput,
  staffInviteInputSchema,
  staffInviteSchema,
  staffListSchema,
  staffMemberSchema,
  staffUpdateInputSchema,
} from "@helpline/contracts/staff";
import { QUEUE_IDS, type QueueId } from "@helpline/contracts/ticket-values";
import { STAFF_ROLES, type StaffRole } from "@helpline/contracts/users";
import { type Db, schema, toIso } from "@helpline/db";
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import { type Tx, writeAudit } from "./audit";

const { staffRoles, staffMembers, staffQueues, staffInvites, users } = schema;

const isRole = (role: string): role is StaffRole =>
  (STAFF_ROLES as readonly string[]).includes(role);
const isQueue = (queue: string): queue is QueueId =>
  (QUEUE_IDS as readonly string[]).includes(queue);

/** Supervisors and admins see every queue whatever their membership. */
const SEES_ALL: readonly StaffRole[] = ["supervisor", "admin"];

export function defaultQueues(roles: readonly StaffRole[]): QueueId[] {
  return QUEUE_IDS.filter((queue) => roles.some((role) => ROLE_QUEUES[role].includes(queue)));
}

function effectiveQueues(
  roles: readonly StaffRole[],
  member: { queuesSet: boolean } | undefined,
  explicit: readonly string[],
): QueueId[] {
  if (roles.some((role) => SEES_ALL.includes(role))) return [...QUEUE_IDS];
  if (member?.queuesSet) return QUEUE_IDS.filter((queue) => explicit.includes(queue));
  return defaultQueues(roles);
}

export interface StaffAccess {
  roles: StaffRole[];
  queues: QueueId[];
  active: boolean;
}

/** What a person may do right now, read fresh from the database on every staff call. */
export async function staffAccess(db: Tx, userId: number): Promise<StaffAccess> {
  const [roleRows, memberRows, queueRows] = await Promise.all([
    db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, userId)),
    db.select().from(staffMembers).where(eq(staffMembers.userId, userId)),
    db
      .select({ queueId: staffQueues.queueId })
      .from(staffQueues)
      .where(eq(staffQueues.userId, userId)),
  ]);
  const member = memberRows[0];
  const roles = roleRows.map((row) => row.role).filter(isRole);
  return {
    roles,
    queues: effectiveQueues(
      roles,
      member,
      queueRows.map((row) => row.queueId),
    ),
    active: !member?.deactivatedAt,
  };
}

/** Roles that work a queue's tickets themselves. */
const WORKS_TICKETS: readonly StaffRole[] = ["agent_l1", "agent_l2", "vip_concierge"];

/** An active staff member who may see a queue, as `queueStaff` finds them. */
export interface QueueMember {
  id: number;
  name: string;
  roles: StaffRole[];
  /** Holds a role that works tickets (not only supervising, editing or analysing). */
  works: boolean;
  /** Holds `supervisor` or `admin`. */
  supervises: boolean;
}

/**
 * Active staff who may see `queue` (by membership, by their roles' default queues, or as a
 * supervisor or admin), with their roles: one query for the whole staff, however large. The
 * assignee picker, the new-ticket and escalation pages and the SLA warnings all ask this.
 *
 * @example
 * (await queueStaff(db, "vip")).filter((member) => member.works) // who is paged for VIP
 */
export async function queueStaff(db: Tx, queue: QueueId): Promise<QueueMember[]> {
  const rows = await db
    .select({
      userId: staffRoles.userId,
      roles: sql<string[]>`array_agg(distinct ${staffRoles.role}::text)`,
      queuesSet: sql<boolean>`coalesce(bool_or(${staffMembers.queuesSet}), false)`,
      queues: sql<
        string[] | null
      >`(select array_agg(${staffQueues.queueId}) from ${staffQueues} where ${staffQueues.userId} = ${staffRoles.userId})`,
      firstName: sql<string | null>`max(${users.firstName})`,
      lastName: sql<string | null>`max(${users.lastName})`,
    })
    .from(staffRoles)
    .leftJoin(staffMembers, eq(staffMembers.userId, staffRoles.userId))
    .leftJoin(users, eq(users.id, staffRoles.userId))
    .where(isNull(staffMembers.deactivatedAt))
    .groupBy(staffRoles.userId)
    .orderBy(asc(staffRoles.userId));
  const members: QueueMember[] = [];
  for (const row of rows) {
    const roles = row.roles.filter(isRole);
    const queues = effectiveQueues(roles, { queuesSet: row.queuesSet }, row.queues ?? []);
    if (!queues.includes(queue)) continue;
    members.push({
      id: Number(row.userId),
      name: displayName(row.firstName, row.lastName, Number(row.userId)),
      roles,
      works: roles.some((role) => WORKS_TICKETS.includes(role)),
      supervises: roles.some((role) => SEES_ALL.includes(role)),
    });
  }
  return members;
}

/** Active supervisors: who hears about breaches, escalations and unanswered tickets. */
export async function activeSupervisors(db: Tx): Promise<number[]> {
  const rows = await db
    .select({ userId: staffRoles.userId })
    .from(staffRoles)
    .leftJoin(staffMembers, eq(staffMembers.userId, staffRoles.userId))
    .where(and(eq(staffRoles.role, "supervisor"), isNull(staffMembers.deactivatedAt)))
    .orderBy(asc(staffRoles.userId));
  return rows.map((row) => Number(row.userId));
}

/** Active staff who work a queue: the people a ticket there may be assigned to. */
export async function staffOfQueue(db: Db, queue: QueueId) {
  return (await queueStaff(db, queue))
    .filter((member) => member.roles.some((role) => ROLE_QUEUES[role].length > 0))
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const displayName = (first: string | null, last: string | null, id: number) =>
  first ? [first, last].filter(Boolean).join(" ") : `#${id}`;

async function setRolesAndQueues(
  tx: Tx,
  userId: number,
  roles: readonly StaffRole[] | undefined,
  queues: readonly QueueId[] | null | undefined,
) {
  await tx.insert(staffMembers).values({ userId }).onConflictDoNothing();
  if (roles) {
    await tx.delete(staffRoles).where(eq(staffRoles.userId, userId));
    await tx.insert(staffRoles).values(roles.map((role) => ({ userId, role })));
  }
  if (queues !== undefined) {
    await tx.delete(staffQueues).where(eq(staffQueues.userId, userId));
    if (queues && queues.length > 0) {
      await tx.insert(staffQueues).values(queues.map((queueId) => ({ userId, queueId })));
    }
    await tx
      .update(staffMembers)
      .set({ queuesSet: queues !== null, updatedAt: sql`now()` })
      .where(eq(staffMembers.userId, userId));
  }
}

async function memberOf(db: Tx, userId: number): Promise<StaffMember | undefined> {
  const access = await staffAccess(db, userId);
  const [member] = await db.select().from(staffMembers).where(eq(staffMembers.userId, userId));
  if (access.roles.length === 0 && !member) return undefined;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return {
    userId,
    name: user ? displayName(user.firstName, user.lastName, userId) : null,
    username: user?.username ?? null,
    roles: access.roles,
    queues: access.queues,
    active: access.active,
    since: member ? toIso(member.createdAt) : null,
  };
}

const toInvite = (row: typeof staffInvites.$inferSelect): StaffInvite => ({
  id: row.id,
  telegramUserId: row.telegramUserId,
  username: row.username,
  roles: row.roles.filter(isRole),
  queues: row.queues ? row.queues.filter(isQueue) : null,
  invitedBy: row.invitedBy,
  createdAt: toIso(row.createdAt),
});

const pending = and(isNull(staffInvites.acceptedAt), isNull(staffInvites.cancelledAt));

export function createStaffService(db: Db) {
  return {
    access: (userId: number) => staffAccess(db, userId),

    /**
     * Called when a person opens the app: a pending invite for their id or @username grants its
     * roles now. The invite is marked accepted and audited in the same transaction.
     */
    async acceptInvites(user: { id: number; username?: string }): Promise<void> {
      const byUsername = user.username
        ? eq(staffInvites.username, user.username.toLowerCase())
        : undefined;
      const [invite] = await db
        .select({ id: staffInvites.id })
        .from(staffInvites)
        .where(and(pending, or(eq(staffInvites.telegramUserId, user.id), byUsername)))
        .limit(1);
      if (!invite) return;
      await db.transaction(async (tx) => {
        const invites = await tx
          .select()
          .from(staffInvites)
          .where(and(pending, or(eq(staffInvites.telegramUserId, user.id), byUsername)))
          .orderBy(asc(staffInvites.createdAt))
          .for("update");
        for (const row of invites) {
          const before = await staffAccess(tx, user.id);
          const roles = [...new Set([...before.roles, ...row.roles.filter(isRole)])];
          const queues = row.queues ? row.queues.filter(isQueue) : undefined;
          await setRolesAndQueues(tx, user.id, roles, queues);
          await tx
            .update(staffInvites)
            .set({ acceptedAt: sql`now()`, acceptedBy: user.id })
            .where(eq(staffInvites.id, row.id));
          await writeAudit(tx, {
            actorId: user.id,
            action: "staff.invite_accept",
            targetType: "staff",
            targetId: String(user.id),
            before,
            after: await staffAccess(tx, user.id),
            reason: `invite ${row.id}`,
          });
        }
      });
    },

    async list(): Promise<StaffList> {
      const ids = new Set<number>();
      for (const row of await db.select({ userId: staffRoles.userId }).from(staffRoles))
        ids.add(row.userId);
      for (const row of await db.select({ userId: staffMembers.userId }).from(staffMembers))
        ids.add(row.userId);
      const members: StaffMember[] = [];
      for (const id of [...ids].sort((a, b) => a - b)) {
        const member = await memberOf(db, id);
        if (member) members.push(member);
      }
      const invites = await db
        .select()
        .from(staffInvites)
        .where(pending)
        .orderBy(asc(staffInvites.createdAt));
      return { members, invites: invites.map(toInvite) };
    },

    async invite(
      actorId: number,
      input: z.output<typeof staffInviteInputSchema>,
    ): Promise<StaffInvite> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(staffInvites)
          .values({
            id: randomUUID(),
            telegramUserId: input.telegramUserId ?? null,
            username: input.username ?? null,
            roles: [...new Set(input.roles)],
            queues: input.queues ? [...new Set(input.queues)] : null,
            invitedBy: actorId,
          })
          .returning();
        if (!row) throw new Error("Invite insert returned nothing");
        const invite = toInvite(row);
        await writeAudit(tx, {
          actorId,
          action: "staff.invite",
          targetType: "invite",
          targetId: row.id,
          after: invite,
        });
        return invite;
      });
    },

    async cancelInvite(actorId: number, id: string): Promise<void> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("Invite");
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(staffInvites)
          .set({ cancelledAt: sql`now()` })
          .where(and(eq(staffInvites.id, id), pending))
          .returning();
        if (!row) throw notFound("Invite");
        await writeAudit(tx, {
          actorId,
          action: "staff.invite_cancel",
          targetType: "invite",
          targetId: id,
          before: toInvite(row),
        });
      });
    },

    async update(
      actorId: number,
      userId: number,
      input: z.output<typeof staffUpdateInputSchema>,
    ): Promise<StaffMember> {
      return db.transaction(async (tx) => {
        const before = await memberOf(tx, userId);
        if (!before) throw notFound("Staff member");
        if (
          userId === actorId &&
          (input.active === false || (input.roles && !input.roles.includes("admin")))
        ) {
          throw new AppError(
            "conflict",
            "You cannot deactivate yourself or drop your own admin role",
          );
        }
        await setRolesAndQueues(tx, userId, input.roles, input.queues);
        if (input.active !== undefined) {
          await tx
            .update(staffMembers)
            .set({ deactivatedAt: input.active ? null : sql`now()`, updatedAt: sql`now()` })
            .where(eq(staffMembers.userId, userId));
        }
        const after = await memberOf(tx, userId);
        if (!after) throw notFound("Staff member");
        await writeAudit(tx, {
          actorId,
          action: "staff.update",
          targetType: "staff",
          targetId: String(userId),
          before,
          after,
        });
        return after;
      });
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;

const TAG = "Console: staff (admin)";
const admin = requireRole("admin");
const userIdParams = z.object({ userId: z.coerce.number().int().positive() });
const inviteIdParams = z.object({ id: z.string().max(64) });

export const staffListRoute = createRoute({
  method: "get",
  path: "/admin/staff",
  tags: [TAG],
  summary: "Staff members and pending invites",
  security: tmaSecurity,
  middleware: admin,
  responses: {
    200: jsonContent(staffListSchema, "Members and invites"),
    ...errorResponses(...AUTH_ERRORS, "forbidden"),
  },
});

export const staffInviteRoute = createRoute({
  method: "post",
  path: "/admin/staff/invites",
  tags: [TAG],
  summary: "Invite by Telegram user id or @username",
  description: "The roles are granted when that person next opens the app.",
  security: tmaSecurity,
  middleware: admin,
  request: { body: jsonBody(staffInviteInputSchema) },
  responses: {
    201: jsonContent(staffInviteSchema, "The pending invite"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const staffInviteCancelRoute = createRoute({
  method: "delete",
  path: "/admin/staff/invites/{id}",
  tags: [TAG],
  summary: "Cancel a pending invite",
  security: tmaSecurity,
  middleware: admin,
  request: { params: inviteIdParams },
  responses: {
    204: { description: "Cancelled" },
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export const staffUpdateRoute = createRoute({
  method: "patch",
  path: "/admin/staff/{userId}",
  tags: [TAG],
  summary: "Change roles, queue membership, or deactivate",
  description: "`active: false` takes effect on the person's next request.",
  security: tmaSecurity,
  middleware: admin,
  request: { params: userIdParams, body: jsonBody(staffUpdateInputSchema) },
  responses: {
    200: jsonContent(staffMemberSchema, "The member as now"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed", "conflict"),
  },
});

export function staffRouter(staff: StaffService) {
  return createRouter()
    .openapi(staffListRoute, async (c) => c.json(await staff.list(), 200))
    .openapi(staffInviteRoute, async (c) =>
      c.json(await staff.invite(c.get("auth").userId, c.req.valid("json")), 201),
    )
    .openapi(staffInviteCancelRoute, async (c) => {
      await staff.cancelInvite(c.get("auth").userId, c.req.valid("param").id);
      return c.body(null, 204);
    })
    .openapi(staffUpdateRoute, async (c) =>
      c.json(
        await staff.update(c.get("auth").userId, c.req.valid("param").userId, c.req.valid("json")),
        200,
      ),
    );
}

export type { StaffInviteInput, StaffUpdateInput };
