import { schema } from "@helpline/db";
import { type FakeBotApi, startFakeBotApi } from "@helpline/fake-bot-api";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotHarness, createBotHarness } from "./bot-harness";

// Where the bot's conversations meet the outbox (issue #6): a ticket opened in the chat pages
// its queue's agents like any other (the customer got their answer in the chat already), and a
// person who writes to the bot again is reachable again.

let fake: FakeBotApi;
let h: BotHarness;
const customerId = 8801;
const agentId = 8802;

beforeAll(async () => {
  fake = await startFakeBotApi();
  h = await createBotHarness(fake);
  await h.handle.db.insert(schema.staffRoles).values({ userId: agentId, role: "agent_l1" });
});
afterAll(async () => {
  await h?.close();
  await fake?.close();
});

const user = { id: customerId, firstName: "Lena", languageCode: "ru" };

describe("bot tickets and the outbox", () => {
  it("a ticket opened in the chat pages the queue's agents and sends no second 'accepted'", async () => {
    await h.services.botDesk.upsertUser(user);
    const ticket = await h.services.botDesk.createTicket(customerId, {
      topicId: "orders",
      sectionId: "order-status",
      description: "Посылка не пришла, трек не обновляется неделю.",
      files: [],
      idempotencyKey: "bot-notifications-1",
    });
    const rows = await h.handle.db
      .select({ kind: schema.outbox.kind, chatId: schema.outbox.chatId })
      .from(schema.outbox)
      .innerJoin(schema.tickets, eq(schema.tickets.id, schema.outbox.ticketId))
      .where(eq(schema.tickets.number, ticket.number))
      .orderBy(asc(schema.outbox.seq));
    expect(rows).toEqual([{ kind: "staff.new_ticket", chatId: agentId }]);
  });

  it("writing to the bot lifts the unreachable mark a 403 left", async () => {
    await h.handle.db
      .insert(schema.unreachableChats)
      .values({ chatId: customerId, reason: "Forbidden: bot was blocked by the user" });
    await h.services.botDesk.upsertUser(user);
    const left = await h.handle.db
      .select()
      .from(schema.unreachableChats)
      .where(eq(schema.unreachableChats.chatId, customerId));
    expect(left).toEqual([]);
  });
});
