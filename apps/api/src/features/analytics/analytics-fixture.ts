import { randomUUID } from "node:crypto";
import { type Db, schema } from "@helpline/db";

/**
 * Hand-computed tickets for the analytics tests. The week of Monday 2026-10-05 to Sunday
 * 2026-10-11 (UTC) holds T1–T6; T0 sits just before it in UTC but inside it in Moscow (UTC+3),
 * T6 the other way round. Every expected figure in the tests is worked out from this list by
 * hand; the comments beside each ticket give the inputs.
 */
export const AGENT_A = 9001;
export const AGENT_B = 9002;

const MIN = 60_000;
const at = (iso: string, plusMinutes = 0) =>
  new Date(Date.parse(iso) + plusMinutes * MIN).toISOString();

interface FixtureTicket {
  key: string;
  customerId: number;
  createdAt: string;
  queueId: string;
  topicId: string;
  sectionId: string;
  channel: "webapp" | "bot";
  status: "new" | "open" | "resolved" | "closed";
  frtMinutes?: number;
  resolutionMinutes?: number;
  csat?: number;
  reopenCount?: number;
  assigneeId?: number;
  tags?: string[];
  subject?: string;
  agentReplies: number;
  botReplies?: number;
}

export const FIXTURE: FixtureTicket[] = [
  // Previous week (product trend, weekly report's "previous"): answered in 30, done in 60.
  {
    key: "TP",
    customerId: 7001,
    createdAt: "2026-09-30T10:00:00Z",
    queueId: "l1",
    topicId: "orders",
    sectionId: "order-status",
    channel: "webapp",
    status: "resolved",
    frtMinutes: 30,
    resolutionMinutes: 60,
    agentReplies: 1,
  },
  // Sunday 22:00 UTC = Monday 01:00 in Moscow; never answered.
  {
    key: "T0",
    customerId: 7002,
    createdAt: "2026-10-04T22:00:00Z",
    queueId: "l1",
    topicId: "features",
    sectionId: "how-to",
    channel: "webapp",
    status: "new",
    agentReplies: 0,
  },
  {
    key: "T1",
    customerId: 7001,
    createdAt: "2026-10-05T09:00:00Z",
    queueId: "l1",
    topicId: "orders",
    sectionId: "order-status",
    channel: "webapp",
    status: "closed",
    frtMinutes: 10,
    resolutionMinutes: 60,
    csat: 5,
    assigneeId: AGENT_A,
    tags: ["refund", "urgent"],
    agentReplies: 1,
  },
  {
    key: "T2",
    customerId: 7002,
    createdAt: "2026-10-05T10:30:00Z",
    queueId: "l1",
    topicId: "orders",
    sectionId: "return",
    channel: "bot",
    status: "resolved",
    frtMinutes: 20,
    resolutionMinutes: 300,
    csat: 4,
    assigneeId: AGENT_A,
    tags: ["refund"],
    agentReplies: 2,
  },
  {
    key: "T3",
    customerId: 7003,
    createdAt: "2026-10-06T23:30:00Z",
    queueId: "l2",
    topicId: "complaint",
    sectionId: "service",
    channel: "webapp",
    status: "resolved",
    frtMinutes: 40,
    resolutionMinutes: 1000,
    csat: 2,
    reopenCount: 1,
    assigneeId: AGENT_B,
    agentReplies: 1,
  },
  {
    key: "T4",
    customerId: 7003,
    createdAt: "2026-10-07T12:00:00Z",
    queueId: "l1",
    topicId: "account",
    sectionId: "sign-in",
    channel: "webapp",
    status: "open",
    frtMinutes: 5,
    assigneeId: AGENT_B,
    agentReplies: 1,
  },
  {
    key: "T5",
    customerId: 7004,
    createdAt: "2026-10-08T08:00:00Z",
    queueId: "l1",
    topicId: "orders",
    sectionId: "order-status",
    channel: "bot",
    status: "resolved",
    resolutionMinutes: 30,
    agentReplies: 0,
    botReplies: 1,
  },
  // Sunday 22:30 UTC = Monday 01:30 in Moscow; never answered.
  {
    key: "T6",
    customerId: 7004,
    createdAt: "2026-10-11T22:30:00Z",
    queueId: "l1",
    topicId: "features",
    sectionId: "how-to",
    channel: "webapp",
    status: "new",
    agentReplies: 0,
  },
];

/** Inserts the fixture; returns ticket ids by key. */
export async function seedFixture(db: Db): Promise<Record<string, string>> {
  const { users, tickets, messages, slaEvents, npsResponses, kbDeflectionEvents } = schema;
  await db
    .insert(users)
    .values([
      { id: 7001, firstName: "Customer 7001", languageCode: "en" },
      { id: 7002, firstName: "Customer 7002", languageCode: "ru" },
      { id: 7003, firstName: "Customer 7003", languageCode: "en-US" },
      { id: 7004, firstName: "Customer 7004", languageCode: "en", language: "fa" },
      { id: AGENT_A, firstName: "Ada" },
      { id: AGENT_B, firstName: "Bob" },
    ])
    .onConflictDoNothing();
  const ids: Record<string, string> = {};
  for (const f of FIXTURE) {
    const id = randomUUID();
    ids[f.key] = id;
    const resolvedAt =
      f.resolutionMinutes === undefined ? null : at(f.createdAt, f.resolutionMinutes);
    await db.insert(tickets).values({
      id,
      customerId: f.customerId,
      topicId: f.topicId,
      sectionId: f.sectionId,
      subject: f.subject ?? `Ticket ${f.key}`,
      status: f.status,
      queueId: f.queueId,
      channel: f.channel,
      eta: at(f.createdAt, 15),
      firstRespondedAt: f.frtMinutes === undefined ? null : at(f.createdAt, f.frtMinutes),
      // As the reply path keeps it: the time of the last public agent reply.
      lastAgentMessageAt:
        f.agentReplies === 0 ? null : at(f.createdAt, (f.frtMinutes ?? 1) + f.agentReplies - 1),
      resolvedAt,
      csatScore: f.csat ?? null,
      reopenCount: f.reopenCount ?? 0,
      assigneeId: f.assigneeId ?? null,
      tags: f.tags ?? [],
      createdAt: f.createdAt,
      updatedAt: resolvedAt ?? f.createdAt,
    });
    await db.insert(messages).values({
      id: randomUUID(),
      ticketId: id,
      author: "customer",
      authorId: f.customerId,
      body: `Help with ${f.key}`,
      createdAt: f.createdAt,
    });
    for (let i = 0; i < f.agentReplies; i++) {
      await db.insert(messages).values({
        id: randomUUID(),
        ticketId: id,
        author: "agent",
        authorId: f.assigneeId ?? AGENT_A,
        body: `Reply ${i + 1} on ${f.key}`,
        createdAt: at(f.createdAt, (f.frtMinutes ?? 1) + i),
      });
    }
    // An internal note never counts as a reply.
    if (f.agentReplies > 0) {
      await db.insert(messages).values({
        id: randomUUID(),
        ticketId: id,
        author: "agent",
        authorId: f.assigneeId ?? AGENT_A,
        body: "note",
        internal: true,
        createdAt: at(f.createdAt, 2),
      });
    }
    for (let i = 0; i < (f.botReplies ?? 0); i++) {
      await db.insert(messages).values({
        id: randomUUID(),
        ticketId: id,
        author: "bot",
        body: "Try this article",
        createdAt: at(f.createdAt, 1),
      });
    }
  }
  await db.insert(slaEvents).values([
    {
      id: randomUUID(),
      ticketId: ids.T2 as string,
      kind: "breached",
      target: "first_response",
      dueAt: at("2026-10-05T10:45:00Z"),
      createdAt: at("2026-10-05T10:45:00Z"),
    },
    {
      id: randomUUID(),
      ticketId: ids.T3 as string,
      kind: "breached",
      target: "first_response",
      dueAt: at("2026-10-07T00:00:00Z"),
      createdAt: at("2026-10-07T00:00:00Z"),
    },
    {
      id: randomUUID(),
      ticketId: ids.T3 as string,
      kind: "due_soon",
      target: "first_response",
      dueAt: at("2026-10-07T00:00:00Z"),
      createdAt: at("2026-10-06T23:54:00Z"),
    },
  ]);
  await db.insert(npsResponses).values([
    { id: randomUUID(), userId: 7001, score: 10, createdAt: "2026-10-06T10:00:00Z" },
    { id: randomUUID(), userId: 7002, score: 9, createdAt: "2026-10-07T10:00:00Z" },
    { id: randomUUID(), userId: 7003, score: 7, createdAt: "2026-10-08T10:00:00Z" },
    { id: randomUUID(), userId: 7004, score: 3, createdAt: "2026-10-09T10:00:00Z" },
    { id: randomUUID(), userId: 7001, score: 0, createdAt: "2026-10-12T10:00:00Z" },
  ]);
  await db.insert(kbDeflectionEvents).values([
    {
      id: randomUUID(),
      sessionId: "s1",
      event: "solved",
      locale: "en",
      createdAt: "2026-10-05T12:00:00Z",
    },
    {
      id: randomUUID(),
      sessionId: "s2",
      event: "solved",
      locale: "ru",
      createdAt: "2026-10-09T12:00:00Z",
    },
    {
      id: randomUUID(),
      sessionId: "s3",
      event: "opened",
      locale: "en",
      createdAt: "2026-10-09T12:00:00Z",
    },
    {
      id: randomUUID(),
      sessionId: "s4",
      event: "solved",
      locale: "en",
      createdAt: "2026-10-20T12:00:00Z",
    },
  ]);
  return ids;
}
