import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { messages, staffRoles, ticketEvents, tickets, users } from "../schema";
import { seedDemoMacros } from "./console";
import { seedKbDemo } from "./kb-demo";

/**
 * The two people the demo door signs in as. Their ids sit just under 2^52, the top of Telegram's
 * id space, far above the ids Telegram hands out; and `revokeDemoStaff` takes the demo agent's
 * roles away whenever the desk runs with a real bot, so they can never open a real desk.
 */
export const DEMO_USERS = {
  customer: {
    id: 4_400_000_000_000_001,
    firstName: "Dana",
    lastName: "Demo",
    username: "dana_demo",
    languageCode: "en",
  },
  agent: {
    id: 4_400_000_000_000_002,
    firstName: "Alex",
    lastName: "Agent",
    username: "alex_agent",
    languageCode: "en",
  },
  /** An L2 agent and a supervisor for the console journeys (escalation, macros, staff). */
  l2: {
    id: 4_400_000_000_000_003,
    firstName: "Lena",
    lastName: "Expert",
    username: "lena_expert",
    languageCode: "en",
  },
  supervisor: {
    id: 4_400_000_000_000_004,
    firstName: "Sam",
    lastName: "Supervisor",
    username: "sam_supervisor",
    languageCode: "en",
  },
} as const;

const DEMO_STAFF_IDS = [DEMO_USERS.agent.id, DEMO_USERS.l2.id, DEMO_USERS.supervisor.id] as const;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type DemoTicket = {
  topicId: string;
  sectionId: string | null;
  subject: string;
  status: "open" | "waiting_customer" | "resolved";
  queueId: string;
  priority: "high" | "normal";
  ageMinutes: number;
  slaMinutes: number;
  thread: { author: "customer" | "agent" | "system"; body: string; ageMinutes: number }[];
  resolution?: { summary: string; nextSteps: string[] };
};

/**
 * More customers waiting in the queues, so the console has work in every view: new tickets in
 * several languages and time zones, a VIP customer, a critical one, one nearly due.
 */
const QUEUE_CUSTOMERS = [
  {
    id: 4_400_000_000_000_011,
    firstName: "Олег",
    lastName: null,
    username: null,
    languageCode: "ru",
    language: "ru",
    timeZone: "Europe/Moscow",
    tags: [] as string[],
  },
  {
    id: 4_400_000_000_000_012,
    firstName: "نگار",
    lastName: null,
    username: "negar_demo",
    languageCode: "fa",
    language: "fa",
    timeZone: "Asia/Tehran",
    tags: ["vip"],
  },
  {
    id: 4_400_000_000_000_013,
    firstName: "李娜",
    lastName: null,
    username: null,
    languageCode: "zh",
    language: "zh",
    timeZone: "Asia/Shanghai",
    tags: [] as string[],
  },
  {
    id: 4_400_000_000_000_014,
    firstName: "Maya",
    lastName: "Stone",
    username: "maya_demo",
    languageCode: "en",
    language: "en",
    timeZone: "Europe/London",
    tags: [] as string[],
  },
];

const QUEUE_TICKETS: {
  customer: number;
  topicId: string;
  sectionId: string;
  subject: string;
  body: string;
  queueId: string;
  priority: "critical" | "high" | "normal";
  ageMinutes: number;
  etaInMinutes: number;
}[] = [
  {
    customer: 0,
    topicId: "orders",
    sectionId: "delivery-problem",
    subject: "Курьер не приехал",
    body: "Заказ должен был прийти вчера, курьер так и не приехал.",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 12,
    etaInMinutes: 3,
  },
  {
    customer: 1,
    topicId: "orders",
    sectionId: "return",
    subject: "بازگرداندن سفارش",
    body: "می‌خواهم سفارش را برگردانم، اندازه مناسب نیست.",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 6,
    etaInMinutes: 9,
  },
  {
    customer: 2,
    topicId: "account",
    sectionId: "sign-in",
    subject: "无法登录账户",
    body: "我输入验证码后仍然无法登录，请帮忙。",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 25,
    etaInMinutes: -10,
  },
  {
    customer: 3,
    topicId: "payment",
    sectionId: "payment-failed",
    subject: "Card charged twice",
    body: "My card was charged twice for the same order, please help quickly.",
    queueId: "security",
    priority: "critical",
    ageMinutes: 2,
    etaInMinutes: 3,
  },
  {
    customer: 3,
    topicId: "complaint",
    sectionId: "service",
    subject: "Rude delivery driver",
    body: "The driver was rude and left the parcel in the rain.",
    queueId: "l2",
    priority: "normal",
    ageMinutes: 50,
    etaInMinutes: 10,
  },
];

const DEMO_TICKETS: DemoTicket[] = [
  {
    topicId: "orders",
    sectionId: "order-status",
    subject: "Order #A-2041 has not arrived",
    status: "open",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 40,
    slaMinutes: 15,
    thread: [
      {
        author: "customer",
        body: "I ordered a kettle a week ago and the tracking page has not changed since Monday.",
        ageMinutes: 40,
      },
      {
        author: "agent",
        body: "Hi Dana, I am checking with the courier now. I will write back within the hour.",
        ageMinutes: 31,
      },
    ],
  },
  {
    topicId: "payment",
    sectionId: "refund",
    subject: "Refund for a cancelled order",
    status: "waiting_customer",
    queueId: "security",
    priority: "high",
    ageMinutes: 180,
    slaMinutes: 5,
    thread: [
      {
        author: "customer",
        body: "I cancelled order #A-1990 but have not got my money back.",
        ageMinutes: 180,
      },
      {
        author: "agent",
        body: "Sorry about the wait. Could you send the date you cancelled it? Please do not send card details here.",
        ageMinutes: 176,
      },
    ],
  },
  {
    topicId: "account",
    sectionId: "change-details",
    subject: "Change my delivery address",
    status: "resolved",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 3 * 24 * 60,
    slaMinutes: 15,
    thread: [
      {
        author: "customer",
        body: "Please change my address to 12 Garden Street, flat 4.",
        ageMinutes: 4320,
      },
      {
        author: "agent",
        body: "Done: your address is updated for all future orders.",
        ageMinutes: 4310,
      },
    ],
    resolution: {
      summary: "Your delivery address is now 12 Garden Street, flat 4, for all future orders.",
      nextSteps: ["Check the address on the payment page of your next order"],
    },
  },
];

/**
 * Demo people, tickets and articles so a newcomer sees a living desk. Runs once: skipped when
 * the demo customer already exists.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  // The knowledge base first and always: it is idempotent by slug, and an older demo data
  // directory gets the articles added since.
  await seedKbDemo(db);
  // The demo agent also edits the knowledge base; added here so older demo data gets it too.
  const agentExists = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, DEMO_USERS.agent.id));
  if (agentExists.length > 0) {
    await db
      .insert(staffRoles)
      .values({ userId: DEMO_USERS.agent.id, role: "content_editor" })
      .onConflictDoNothing();
  }
  // Macros and the extra demo staff also reach demo databases made before the console existed.
  await seedDemoMacros(db);
  await db.insert(users).values([DEMO_USERS.l2, DEMO_USERS.supervisor]).onConflictDoNothing();
  await db
    .insert(staffRoles)
    .values([
      { userId: DEMO_USERS.l2.id, role: "agent_l2" },
      { userId: DEMO_USERS.supervisor.id, role: "supervisor" },
    ])
    .onConflictDoNothing();
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, DEMO_USERS.customer.id));
  if (existing.length > 0) return false;

  await db.transaction(async (tx) => {
    await tx.insert(users).values([DEMO_USERS.customer, DEMO_USERS.agent]).onConflictDoNothing();
    await tx
      .insert(staffRoles)
      .values([
        { userId: DEMO_USERS.agent.id, role: "agent_l1" },
        { userId: DEMO_USERS.agent.id, role: "agent_l2" },
        { userId: DEMO_USERS.agent.id, role: "content_editor" },
      ])
      .onConflictDoNothing();
    let assigned = false;
    for (const demo of DEMO_TICKETS) {
      const ticketId = randomUUID();
      // The demo agent's "mine" view starts with the first open L1 ticket.
      const mine = !assigned && demo.status === "open" && demo.queueId === "l1";
      if (mine) assigned = true;
      const createdAt = minutesAgo(demo.ageMinutes);
      const firstAgent = demo.thread.find((message) => message.author === "agent");
      await tx.insert(tickets).values({
        id: ticketId,
        customerId: DEMO_USERS.customer.id,
        topicId: demo.topicId,
        sectionId: demo.sectionId,
        subject: demo.subject,
        status: demo.status,
        queueId: demo.queueId,
        priority: demo.priority,
        assigneeId: mine ? DEMO_USERS.agent.id : null,
        eta: minutesAgo(demo.ageMinutes - demo.slaMinutes),
        firstRespondedAt: firstAgent ? minutesAgo(firstAgent.ageMinutes) : null,
        resolvedAt:
          demo.status === "resolved" ? minutesAgo(demo.thread.at(-1)?.ageMinutes ?? 0) : null,
        resolutionSummary: demo.resolution?.summary ?? null,
        nextSteps: demo.resolution?.nextSteps ?? null,
        lastAgentMessageAt: firstAgent
          ? minutesAgo(
              demo.thread.findLast((message) => message.author === "agent")?.ageMinutes ?? 0,
            )
          : null,
        createdAt,
        updatedAt: minutesAgo(demo.thread.at(-1)?.ageMinutes ?? demo.ageMinutes),
        lastActivityAt: minutesAgo(demo.thread.at(-1)?.ageMinutes ?? demo.ageMinutes),
      });
      // The timeline: accepted, picked up by the first agent reply, then where it stands now.
      const steps: {
        status: "new" | "open" | "waiting_customer" | "resolved";
        ageMinutes: number;
      }[] = [{ status: "new", ageMinutes: demo.ageMinutes }];
      if (firstAgent) steps.push({ status: "open", ageMinutes: firstAgent.ageMinutes });
      if (demo.status !== "open") {
        steps.push({
          status: demo.status,
          ageMinutes: Math.max(0, (demo.thread.at(-1)?.ageMinutes ?? 1) - 1),
        });
      }
      await tx.insert(ticketEvents).values(
        steps.map((step, index) => ({
          id: randomUUID(),
          ticketId,
          fromStatus: index === 0 ? null : (steps[index - 1]?.status ?? null),
          toStatus: step.status,
          actor: step.status === "new" ? ("customer" as const) : ("agent" as const),
          createdAt: minutesAgo(step.ageMinutes),
        })),
      );
      await tx.insert(messages).values(
        demo.thread.map((message) => ({
          id: randomUUID(),
          ticketId,
          author: message.author,
          authorId:
            message.author === "customer"
              ? DEMO_USERS.customer.id
              : message.author === "agent"
                ? DEMO_USERS.agent.id
                : null,
          body: message.body,
          createdAt: minutesAgo(message.ageMinutes),
        })),
      );
    }
    await tx.insert(users).values(QUEUE_CUSTOMERS).onConflictDoNothing();
    for (const demo of QUEUE_TICKETS) {
      const ticketId = randomUUID();
      const customer = QUEUE_CUSTOMERS[demo.customer];
      if (!customer) continue;
      const createdAt = minutesAgo(demo.ageMinutes);
      await tx.insert(tickets).values({
        id: ticketId,
        customerId: customer.id,
        topicId: demo.topicId,
        sectionId: demo.sectionId,
        subject: demo.subject,
        status: "new",
        queueId: demo.queueId,
        priority: demo.priority,
        vip: customer.tags.includes("vip"),
        eta: minutesAgo(-demo.etaInMinutes),
        createdAt,
        updatedAt: createdAt,
        lastActivityAt: createdAt,
      });
      await tx.insert(ticketEvents).values({
        id: randomUUID(),
        ticketId,
        fromStatus: null,
        toStatus: "new",
        actor: "customer",
        actorId: customer.id,
        createdAt,
      });
      await tx.insert(messages).values({
        id: randomUUID(),
        ticketId,
        author: "customer",
        authorId: customer.id,
        body: demo.body,
        createdAt,
      });
    }
  });
  return true;
}

/** With a real bot token the demo agent must hold no role, whatever an earlier demo run left. */
export async function revokeDemoStaff(db: Db): Promise<number> {
  const removed = await db
    .delete(staffRoles)
    .where(inArray(staffRoles.userId, [DEMO_USERS.customer.id, ...DEMO_STAFF_IDS]))
    .returning({ userId: staffRoles.userId });
  return removed.length;
}
