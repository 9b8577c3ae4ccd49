// The root package cannot depend on workspace packages by name (only `apps/*` and `packages/*`
// are workspace members), so the harness imports @helpline/db by its entry file.

import { refreshRollup } from "../apps/api/src/features/analytics/rollup";
import { createSlaRepo } from "../apps/api/src/features/sla/sla.repo";
import { createSlaService } from "../apps/api/src/features/sla/sla.service";
import { silentLogger } from "../apps/api/src/lib/logger";
import { createDb, type Db, schema, seedKbDemo, seedReference } from "../packages/db/src/index";
import type { DatasetSize } from "./config";
import { generateKbArticles } from "./kb-generate";

/** Who the load driver signs in as, and which tickets it writes to. */
export interface SeededPeople {
  /** Customers with tickets; `messageTicketIds[i]` is the newest (open) ticket of `customerIds[i]`. */
  customerIds: number[];
  messageTicketIds: string[];
  /** Everyone the create scenario rotates over (customers first, then users with no tickets). */
  creatorIds: number[];
  agentIds: number[];
}

const CUSTOMER_BASE = 1_000_000_000;
const AGENT_BASE = 900_000_000;

const list = (items: readonly string[]) =>
  `array[${items.map((item) => `'${item.replaceAll("'", "''")}'`).join(",")}]`;

// Topic, section and the queue each topic routes to (see DEFAULT_TOPICS in seedReference).
const TOPIC_IDS = list(["orders", "orders", "payment", "account", "complaint", "features"]);
const SECTION_IDS = list([
  "order-status",
  "delivery-problem",
  "refund",
  "sign-in",
  "service",
  "bug",
]);
const TOPIC_QUEUES = list(["l1", "l1", "security", "l1", "l2", "l1"]);
const SUBJECTS = list([
  "Order has not arrived",
  "Refund for a cancelled order",
  "Cannot sign in after changing my phone",
  "The parcel came damaged",
  "Charged twice for one order",
  "Change my delivery address",
  "The app crashes when I open my basket",
]);
const OPEN_STATUSES = list(["new", "open", "reopened", "waiting_customer"]);
const DONE_STATUSES = list(["resolved", "closed"]);
const PRIORITIES = list(["normal", "normal", "normal", "high", "low", "critical"]);
const LANGUAGES = list(["en", "ru", "fa", "zh"]);
const BODY =
  "Hello, I ordered last week and the tracking page has not changed since Monday. Could you check with the courier and tell me when it will arrive? Thank you.";
const REPLY =
  "Hi, thank you for waiting. I have checked with the courier: the parcel is at the local depot and will be delivered within two working days.";

function rowsOf(result: unknown): Record<string, unknown>[] {
  // postgres-js answers an array of rows, PGlite an object with `rows`.
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return (result as { rows: Record<string, unknown>[] }).rows;
}

async function query(db: Db, text: string) {
  return rowsOf(await db.execute(text));
}

/**
 * Loads the benchmark dataset with a few set-based `insert … select` statements: the rows are
 * generated inside the database, which is 20–50× faster than shipping 350,000 rows of
 * parameters through PGlite's WebAssembly boundary. Then `analyze`, so the planner sees real
 * table sizes (PGlite has no autovacuum to do it later).
 */
export async function seedDataset(db: Db, size: DatasetSize): Promise<SeededPeople> {
  await seedReference(db);
  const { customers, creators, agents, ticketsPerCustomer, openPerCustomer } = size;
  await db.transaction(async (tx) => {
    await tx.execute(`
      insert into users (id, first_name, last_name, username, language_code)
      select ${CUSTOMER_BASE} + g, 'Customer ' || g, 'Bench', 'bench_' || g,
             (${LANGUAGES})[1 + g % 4]
      from generate_series(1, ${creators}) g`);
    await tx.execute(`
      insert into users (id, first_name, last_name, username, language_code)
      select ${AGENT_BASE} + g, 'Agent ' || g, 'Bench', 'agent_' || g, 'en'
      from generate_series(1, ${agents}) g`);
    await tx.insert(schema.staffRoles).values(
      Array.from({ length: agents }, (_, i) => ({
        userId: AGENT_BASE + i + 1,
        role: "supervisor",
      })),
    );

    // s = c * ticketsPerCustomer + j numbers every ticket; j = 0 is each customer's newest.
    // The newest `openPerCustomer` tickets are open (minutes to hours old), the rest resolved or
    // closed (days to months old). VIP has no topic of its own: every fifth open ticket is
    // escalated there.
    await tx.execute(`
      insert into tickets (id, customer_id, topic_id, section_id, subject, status, queue_id,
        priority, eta, first_responded_at, resolved_at, last_agent_message_at, created_at,
        updated_at, last_activity_at, vip, assignee_id)
      select gen_random_uuid(), ${CUSTOMER_BASE} + 1 + c, (${TOPIC_IDS})[1 + s % 6],
        (${SECTION_IDS})[1 + s % 6], (${SUBJECTS})[1 + s % 7],
        status::ticket_status,
        case when open and s % 5 = 0 then 'vip' else (${TOPIC_QUEUES})[1 + s % 6] end,
        ((${PRIORITIES})[1 + s % 6])::ticket_priority,
        created + interval '15 minutes',
        case when status <> 'new' then created + interval '5 minutes' end,
        case when not open then created + interval '1 hour' end,
        case when status <> 'new' then created + interval '5 minutes' end,
        created, created + interval '5 minutes', created + interval '5 minutes',
        open and s % 5 = 0,
        -- A third of the open tickets is claimed by one of the agents ("mine" views).
        case when open and s % 3 = 0 then ${AGENT_BASE} + 1 + c % ${agents} end
      from (
        select c, s, open,
          case when open then (${OPEN_STATUSES})[1 + s % 4] else (${DONE_STATUSES})[1 + s % 2] end
            as status,
          case when open then now() - (c % 600) * interval '1 minute' - j * interval '1 second'
               else now() - (j * 9 + c % 7) * interval '1 day' end as created
        from (
          select c, j, c * ${ticketsPerCustomer} + j as s, j < ${openPerCustomer} as open
          from generate_series(0, ${customers - 1}) c,
               generate_series(0, ${ticketsPerCustomer - 1}) j
        ) numbered
      ) shaped`);

    // 2–3 messages a ticket: the customer's description, an agent's reply once someone
    // answered, and for every other answered ticket the customer's follow-up.
    await tx.execute(`
      insert into messages (id, ticket_id, author, author_id, body, created_at)
      select gen_random_uuid(), t.id,
        case when m = 1 and t.status <> 'new' then 'agent' else 'customer' end::message_author,
        case when m = 1 and t.status <> 'new' then ${AGENT_BASE} + 1 + t.number % ${agents}
             else t.customer_id end,
        case when m = 1 and t.status <> 'new' then '${REPLY}' else '${BODY}' end,
        t.created_at + m * interval '4 minutes'
      from tickets t, generate_series(0, 2) m
      where m < 2 or (t.status <> 'new' and t.number % 2 = 0)`);
  });
  await db.execute("analyze");

  const newest = await query(
    db,
    `select distinct on (customer_id) customer_id, id from tickets
     where customer_id > ${CUSTOMER_BASE} order by customer_id, created_at desc`,
  );
  return {
    customerIds: newest.map((row) => Number(row.customer_id)),
    messageTicketIds: newest.map((row) => String(row.id)),
    creatorIds: Array.from({ length: creators }, (_, i) => CUSTOMER_BASE + i + 1),
    agentIds: Array.from({ length: agents }, (_, i) => AGENT_BASE + i + 1),
  };
}

/** Opens the database, migrates it, seeds it and closes it (PGlite allows one process). */
export async function seedDatabase(
  options: { url: string } | { dataDir: string },
  size: DatasetSize,
): Promise<{ people: SeededPeople; seconds: number; rows: Record<string, number> }> {
  const started = performance.now();
  const handle = await createDb(options);
  try {
    await handle.migrate();
    const people = await seedDataset(handle.db, size);
    await trackSla(handle.db);
    // The analytics rollup (ADR 019) of a desk in its steady state is built: its first run reads
    // every ticket's history, which a server does once, not during every benchmark.
    await handle.db.transaction((tx) => refreshRollup(tx, Date.now()));
    await seedKbDemo(handle.db);
    await generateKbArticles(handle.db, size.kbArticles);
    // A desk in its steady state has been vacuumed and analysed (by autovacuum on a server, by
    // the server's maintenance on the embedded database): the run starts from there.
    await handle.db.execute("vacuum analyze");
    const seconds = (performance.now() - started) / 1000;
    return { people, seconds, rows: await countRows(handle.db) };
  } finally {
    await handle.close();
  }
}

/**
 * The open tickets get their SLA clocks through the real engine, as tickets created by the app
 * have them: the server then starts on a desk in its steady state, not adopting 10,000 tickets.
 */
async function trackSla(db: Db) {
  const sla = createSlaService({ repo: createSlaRepo(db), logger: silentLogger, db });
  while ((await sla.adoptUntracked(500)) === 500) {}
  // The seeded history is weeks old, so its first-response timers are long past due. A desk in its
  // steady state has fired those already; left pending, the server would spend the run catching
  // up on 10,000 breaches instead of answering the load.
  await db.execute(
    "update jobs set status = 'done', done_at = now() where status = 'pending' and run_at <= now()",
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Row counts; with a prefix, also the tickets whose Idempotency-Key starts with it, and with
 * ids, how many of those tickets exist.
 */
export async function countRows(db: Db, idempotencyPrefix?: string, ids: string[] = []) {
  const one = async (text: string) => Number((await query(db, text))[0]?.n ?? 0);
  const counts: Record<string, number> = {
    users: await one("select count(*) as n from users"),
    tickets: await one("select count(*) as n from tickets"),
    openTickets: await one(
      "select count(*) as n from tickets where status in ('new','open','reopened','waiting_customer')",
    ),
    messages: await one("select count(*) as n from messages"),
    kbArticles: await one("select count(*) as n from kb_articles"),
  };
  if (idempotencyPrefix) {
    // The prefix is made by the harness from hex digits, never from input.
    counts.benchCreated = await one(
      `select count(*) as n from tickets where idempotency_key like '${idempotencyPrefix}%'`,
    );
  }
  const valid = ids.filter((id) => UUID.test(id));
  let found = 0;
  for (let start = 0; start < valid.length; start += 5000) {
    const chunk = valid.slice(start, start + 5000).map((id) => `'${id}'`);
    found += await one(`select count(*) as n from tickets where id in (${chunk.join(",")})`);
  }
  if (ids.length > 0) counts.acknowledgedFound = found;
  return counts;
}

/** Counts in a database the harness does not hold open (PGlite: after the server stopped). */
export async function countRowsIn(
  options: { url: string } | { dataDir: string },
  idempotencyPrefix: string,
  ids: string[],
) {
  const handle = await createDb(options);
  try {
    return await countRows(handle.db, idempotencyPrefix, ids);
  } finally {
    await handle.close();
  }
}
