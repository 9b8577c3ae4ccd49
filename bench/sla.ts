/**
 * `pnpm bench:sla`: a simulated day on the default SLA policies (issue 5).
 *
 * 1. Simulate 20,000 tickets over 24 h with an afternoon peak and 10–30 agents on shift (FIFO per
 *    queue, exponential handling times, fixed seed), predicting each ticket's ETA at creation with
 *    the API's own `estimateEta` from the queue as it stands then.
 * 2. Load the day into a real database and let the real job runner and SLA timer handlers work
 *    through every due-soon and breach job; count the breaches they recorded against the
 *    simulation's true breaches (they must be equal).
 * 3. Put 100,000 open tickets' timers (200,000 pending jobs) in the table and time the runner's
 *    tick when nothing is due, and per job when a batch is due.
 *
 * PGlite by default; with DATABASE_URL, PostgreSQL too. Prints tables; writes nothing.
 */
import { randomUUID } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { createJobRunner } from "../apps/api/src/features/jobs/jobs";
import { DEFAULT_POLICIES } from "../apps/api/src/features/sla/policies";
import { createSlaRepo } from "../apps/api/src/features/sla/sla.repo";
import { createSlaService, estimateEta } from "../apps/api/src/features/sla/sla.service";
import { silentLogger } from "../apps/api/src/lib/logger";
import { type Db, schema, seedReference, sql } from "../packages/db/src/index";
import { createTestDb } from "../packages/db/src/testing";

const TICKETS = Number(process.env.BENCH_SLA_TICKETS ?? 20_000);
const OPEN_TICKETS = Number(process.env.BENCH_SLA_OPEN ?? 100_000);
const DAY_START = Date.parse("2026-11-23T00:00:00Z");
const MIN = 60_000;
type Queue = "l1" | "l2" | "vip" | "security";
const QUEUES: Queue[] = ["l1", "l2", "vip", "security"];
const MIX: Record<Queue, number> = { l1: 0.7, l2: 0.1, vip: 0.08, security: 0.12 };
const AGENT_SHARE: Record<Queue, number> = { l1: 0.6, l2: 0.12, vip: 0.12, security: 0.16 };
/** Mean minutes an agent needs for a first response (read, check, answer). */
const HANDLING_MINUTES = 0.8;

let seed = 20261123;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T extends string>(weights: Record<T, number>): T => {
  let r = random();
  for (const [key, weight] of Object.entries(weights) as [T, number][]) {
    r -= weight;
    if (r <= 0) return key;
  }
  return Object.keys(weights)[0] as T;
};

/** Arrivals per hour: a night trough and an afternoon peak (about 2.5× the night). */
const hourWeight = (hour: number) => 0.5 + 1.6 * Math.exp(-(((hour - 15) / 4) ** 2));
const totalWeight = Array.from({ length: 24 }, (_, h) => hourWeight(h)).reduce((a, b) => a + b);
/** Agents on shift: 10 at night to 30 at the peak, following the arrivals. */
const agentsOnShift = (hour: number) => Math.round(10 + 20 * ((hourWeight(hour) - 0.5) / 1.6));

interface SimTicket {
  id: string;
  queue: Queue;
  arrival: number;
  dueAt: number;
  dueSoonAt: number;
  respondedAt: number;
  agent: number;
  eta: number;
  queueBreaching: boolean;
}

function simulate(): SimTicket[] {
  const arrivals: { at: number; queue: Queue }[] = [];
  for (let i = 0; i < TICKETS; i++) {
    let r = random() * totalWeight;
    let hour = 0;
    while (hour < 23 && r > hourWeight(hour)) r -= hourWeight(hour++);
    arrivals.push({
      at: Math.round(DAY_START + (hour * 60 + random() * 60) * MIN),
      queue: pick(MIX),
    });
  }
  arrivals.sort((a, b) => a.at - b.at);
  const byQueue = new Map<Queue, SimTicket[]>(QUEUES.map((q) => [q, []]));
  // Agent slots per queue; slot i works while i < its share of the agents on shift.
  const busyUntil = new Map<Queue, number[]>(QUEUES.map((q) => [q, Array(30).fill(0)]));
  const onShift = (queue: Queue, at: number) => {
    const hour = Math.min(47, Math.floor((at - DAY_START) / 3_600_000));
    return Math.max(1, Math.round(agentsOnShift(hour % 24) * AGENT_SHARE[queue]));
  };
  const tickets: SimTicket[] = [];
  for (const arrival of arrivals) {
    const policy = DEFAULT_POLICIES[arrival.queue];
    const list = byQueue.get(arrival.queue) as SimTicket[];
    const slots = busyUntil.get(arrival.queue) as number[];
    // Earliest start over the slots, each waiting for its own shift.
    let best = Number.POSITIVE_INFINITY;
    let bestSlot = 0;
    for (let slot = 0; slot < slots.length; slot++) {
      let start = Math.max(arrival.at, slots[slot] as number);
      while (slot >= onShift(arrival.queue, start)) {
        start = (Math.floor((start - DAY_START) / 3_600_000) + 1) * 3_600_000 + DAY_START;
        if (start > DAY_START + 3 * 86_400_000) break;
      }
      if (start < best) {
        best = start;
        bestSlot = slot;
      }
    }
    const handling = -Math.log(1 - random()) * HANDLING_MINUTES * MIN;
    const respondedAt = Math.round(best + handling);
    slots[bestSlot] = respondedAt;

    // The queue as the API would see it at creation.
    let ahead = 0;
    let overdue = 0;
    const recent = new Set<number>();
    let recentAnswered = 0;
    const recentFrt: number[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const other = list[i] as SimTicket;
      if (other.arrival < arrival.at - 6 * 3_600_000) break;
      if (other.respondedAt > arrival.at) {
        ahead++;
        if (other.dueAt < arrival.at) overdue++;
      } else if (other.respondedAt >= arrival.at - 60 * MIN) {
        recentAnswered++;
        recent.add(other.agent);
        recentFrt.push((other.respondedAt - other.arrival) / MIN);
      }
    }
    const dueAt = arrival.at + policy.firstResponseMinutes * MIN;
    const estimate = estimateEta({
      now: arrival.at,
      dueAt,
      ahead,
      overdue,
      recentAgents: recent.size,
      recentAnswered,
      recentFrtMinutes: recentFrt.length
        ? quantile(
            recentFrt.sort((a, b) => a - b),
            0.5,
          )
        : null,
      staff: onShift(arrival.queue, arrival.at),
    });
    const ticket: SimTicket = {
      id: randomUUID(),
      queue: arrival.queue,
      arrival: arrival.at,
      dueAt,
      dueSoonAt: arrival.at + policy.firstResponseMinutes * policy.dueSoonRatio * MIN,
      respondedAt,
      agent: bestSlot,
      eta: estimate.eta,
      queueBreaching: estimate.queueBreaching,
    };
    list.push(ticket);
    tickets.push(ticket);
  }
  return tickets;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function report(tickets: SimTicket[]) {
  const rows: string[][] = [];
  for (const queue of [...QUEUES, "all" as const]) {
    const list = queue === "all" ? tickets : tickets.filter((t) => t.queue === queue);
    const frt = list.map((t) => (t.respondedAt - t.arrival) / MIN).sort((a, b) => a - b);
    const met = list.filter((t) => t.respondedAt <= t.dueAt).length;
    const errors = list.map((t) => Math.abs(t.eta - t.respondedAt) / MIN).sort((a, b) => a - b);
    const within = list.filter(
      (t) => Math.abs(t.eta - t.respondedAt) <= 0.2 * (t.respondedAt - t.arrival),
    ).length;
    rows.push([
      queue,
      String(list.length),
      queue === "all" ? "" : String(DEFAULT_POLICIES[queue].firstResponseMinutes),
      `${fmt((100 * met) / list.length)} %`,
      fmt(quantile(frt, 0.5)),
      fmt(quantile(frt, 0.9)),
      String(list.length - met),
      fmt(quantile(errors, 0.5)),
      `${fmt((100 * within) / list.length)} %`,
      String(list.filter((t) => t.queueBreaching).length),
    ]);
  }
  printTable(
    [
      "queue",
      "tickets",
      "target min",
      "SLA met",
      "FRT P50 min",
      "FRT P90 min",
      "true breaches",
      "ETA MAE (median) min",
      "ETA within ±20 %",
      "ETA flagged breaching",
    ],
    rows,
  );
}

const say = (text = "") => process.stdout.write(`${text}\n`);

function printTable(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  say(line(head));
  say(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) say(line(row));
  say();
}

async function loadDay(db: Db, tickets: SimTicket[]) {
  await db.insert(schema.users).values({ id: 1, firstName: "Bench" }).onConflictDoNothing();
  for (let i = 0; i < tickets.length; i += 1000) {
    const chunk = tickets.slice(i, i + 1000);
    await db.insert(schema.tickets).values(
      chunk.map((t) => ({
        id: t.id,
        customerId: 1,
        topicId: "orders",
        subject: "Simulated",
        status: "open" as const,
        queueId: t.queue,
        eta: new Date(t.eta).toISOString(),
        firstRespondedAt: new Date(t.respondedAt).toISOString(),
        createdAt: new Date(t.arrival).toISOString(),
      })),
    );
    await db.insert(schema.ticketSla).values(
      chunk.map((t) => ({
        ticketId: t.id,
        queueId: t.queue,
        firstResponseDueAt: new Date(t.dueAt).toISOString(),
        predictedFirstResponseAt: new Date(t.eta).toISOString(),
        queueBreaching: t.queueBreaching,
      })),
    );
    await db.insert(schema.jobs).values(
      chunk.flatMap((t) => [
        {
          id: randomUUID(),
          kind: "sla.first_response.due_soon",
          payload: { ticketId: t.id, target: "first_response", dueAt: t.dueAt, cycle: 0 },
          idempotencyKey: `sla.first_response.due_soon:${t.id}:${t.dueAt}`,
          runAt: new Date(t.dueSoonAt).toISOString(),
        },
        {
          id: randomUUID(),
          kind: "sla.first_response.breach",
          payload: { ticketId: t.id, target: "first_response", dueAt: t.dueAt, cycle: 0 },
          idempotencyKey: `sla.first_response.breach:${t.id}:${t.dueAt}`,
          runAt: new Date(t.dueAt).toISOString(),
        },
      ]),
    );
  }
}

/** How many of the day's tickets live their whole life through the real SLA engine. */
const REPLAY = Number(process.env.BENCH_SLA_REPLAY ?? 2_000);

interface Lifecycle {
  ticket: SimTicket;
  /** Asked the customer for details after the first response; they answered this much later. */
  clarifyAt: number | null;
  answeredAt: number | null;
  nextReplyAt: number | null;
  resolvedAt: number;
}

type LifeEvent = {
  at: number;
  life: Lifecycle;
  step: "create" | "first" | "clarify" | "answer" | "next" | "resolve";
};

/**
 * Every ticket's life after its first response: 30 % are asked for details (the customer answers
 * within 0–8 h, the resolution clock paused meanwhile) and owed a next response (exponential, mean
 * 6 min); each is resolved after an exponential working time (mean 40 % of the target).
 */
function lifecycles(tickets: SimTicket[]): Lifecycle[] {
  const step = Math.max(1, Math.floor(tickets.length / REPLAY));
  const lives: Lifecycle[] = [];
  for (let i = 0; i < tickets.length && lives.length < REPLAY; i += step) {
    const ticket = tickets[i] as SimTicket;
    const policy = DEFAULT_POLICIES[ticket.queue];
    const clarify = random() < 0.3;
    const clarifyAt = clarify ? ticket.respondedAt + 5 * MIN : null;
    const answeredAt = clarifyAt === null ? null : Math.round(clarifyAt + random() * 8 * 60 * MIN);
    const nextReplyAt =
      answeredAt === null ? null : Math.round(answeredAt - Math.log(1 - random()) * 6 * MIN);
    const from = nextReplyAt ?? ticket.respondedAt;
    const resolvedAt = Math.round(
      from - Math.log(1 - random()) * 0.4 * policy.resolutionMinutes * MIN,
    );
    lives.push({ ticket, clarifyAt, answeredAt, nextReplyAt, resolvedAt });
  }
  return lives;
}

/**
 * Breaches the simulation knows happened, per target (resolution: working time past the target
 * of each queue the ticket's clock ran under).
 */
function breachesInTruth(lives: Lifecycle[]) {
  let first = 0;
  let next = 0;
  let resolution = 0;
  for (const life of lives) {
    const policy = DEFAULT_POLICIES[life.ticket.queue];
    if (life.ticket.respondedAt > life.ticket.dueAt) first++;
    if (
      life.answeredAt !== null &&
      life.nextReplyAt !== null &&
      life.nextReplyAt > life.answeredAt + policy.nextResponseMinutes * MIN
    )
      next++;
    const paused =
      life.clarifyAt !== null && life.answeredAt !== null ? life.answeredAt - life.clarifyAt : 0;
    const worked = life.resolvedAt - life.ticket.arrival - paused;
    if (worked > policy.resolutionMinutes * MIN) resolution++;
    // Escalated from L1 on its breach, the ticket runs on under L2's target: a second breach.
    if (life.ticket.queue === "l1" && worked > DEFAULT_POLICIES.l2.resolutionMinutes * MIN)
      resolution++;
  }
  return { first_response: first, next_response: next, resolution };
}

/**
 * The replay: each ticket's events in time order through the engine's own re-plan (as the API's
 * transactions call it), the runner ticking up to each event's time, then counting what the
 * handlers and re-plans recorded against the simulation.
 */
async function replay(db: Db, lives: Lifecycle[]) {
  let clock = DAY_START;
  const sla = createSlaService({
    repo: createSlaRepo(db),
    logger: silentLogger,
    now: () => clock,
    db,
  });
  const runner = createJobRunner({
    db,
    handlers: sla.handlers(),
    logger: silentLogger,
    now: () => clock,
    batch: 100_000,
  });
  const events: LifeEvent[] = [];
  for (const life of lives) {
    events.push({ at: life.ticket.arrival, life, step: "create" });
    events.push({ at: life.ticket.respondedAt, life, step: "first" });
    if (life.clarifyAt !== null) events.push({ at: life.clarifyAt, life, step: "clarify" });
    if (life.answeredAt !== null) events.push({ at: life.answeredAt, life, step: "answer" });
    if (life.nextReplyAt !== null) events.push({ at: life.nextReplyAt, life, step: "next" });
    events.push({ at: life.resolvedAt, life, step: "resolve" });
  }
  events.sort((a, b) => a.at - b.at);
  const ids = new Map<Lifecycle, string>();
  let jobs = 0;
  const started = performance.now();
  for (const event of events) {
    clock = event.at;
    jobs += (await runner.tick()).done;
    const { life } = event;
    const ticket = life.ticket;
    if (event.step === "create") {
      const id = randomUUID();
      ids.set(life, id);
      const plan = await sla.plan(ticket.queue, ticket.arrival);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.tickets)
          .values({
            id,
            customerId: 1,
            topicId: "orders",
            subject: "Replayed",
            status: "new",
            queueId: ticket.queue,
            eta: new Date(plan.eta).toISOString(),
            createdAt: new Date(ticket.arrival).toISOString(),
          })
          .returning();
        if (!row) throw new Error("The replayed ticket was not stored");
        await sla.commit(tx, row, plan);
      });
      continue;
    }
    const id = ids.get(life) as string;
    const at = new Date(event.at).toISOString();
    const change: Record<LifeEvent["step"], [Partial<typeof schema.tickets.$inferInsert>, object]> =
      {
        create: [{}, {}],
        first: [
          { status: "open", firstRespondedAt: at, lastAgentMessageAt: at },
          { agentReply: true },
        ],
        clarify: [{ status: "waiting_customer", lastAgentMessageAt: at }, { agentReply: true }],
        answer: [{ status: "open" }, { customerMessage: true }],
        next: [{ lastAgentMessageAt: at }, { agentReply: true }],
        resolve: [{ status: "resolved", resolvedAt: at }, {}],
      };
    const [set, cause] = change[event.step];
    await db.transaction(async (tx) => {
      await tx.update(schema.tickets).set(set).where(sql`${schema.tickets.id} = ${id}`);
      await sla.replan(tx, id, cause);
    });
  }
  // The night after: every remaining timer and trigger (follow-ups, auto-close) comes due.
  clock = DAY_START + 6 * 86_400_000;
  jobs += (await runner.tick()).done;
  const seconds = (performance.now() - started) / 1000;
  const detected = rowsOf(
    await db.execute(
      "select target, count(*)::int as count from sla_events where kind = 'breached' group by target",
    ),
  ) as { target: string; count: number }[];
  return { events: events.length, jobs, seconds, detected };
}

async function runMode(mode: "pglite" | "postgres", tickets: SimTicket[]) {
  say(`## ${mode}\n`);
  const handle = await createTestDb(mode === "postgres" ? process.env.DATABASE_URL : undefined);
  try {
    await seedReference(handle.db);
    let clock = DAY_START;
    const sla = createSlaService({
      repo: createSlaRepo(handle.db),
      logger: silentLogger,
      now: () => clock,
    });
    const runner = createJobRunner({
      db: handle.db,
      handlers: sla.handlers(),
      logger: silentLogger,
      now: () => clock,
      batch: 100_000,
    });
    let started = performance.now();
    await loadDay(handle.db, tickets);
    const loadSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    let ran = 0;
    // Hour by hour through the day and the night after, as the runner would see it.
    for (let hour = 1; hour <= 48; hour++) {
      clock = DAY_START + hour * 3_600_000;
      const result = await runner.tick();
      ran += result.done;
      if (result.failed > 0) throw new Error(`${result.failed} SLA jobs failed`);
    }
    const runSeconds = (performance.now() - started) / 1000;
    const detectedRows = rowsOf(
      await handle.db.execute(
        "select count(*)::int as count from sla_events where kind = 'breached'",
      ),
    );
    const detected = detectedRows[0] as { count: number } | undefined;
    const trueBreaches = tickets.filter((t) => t.respondedAt > t.dueAt).length;
    printTable(
      ["jobs run", "run time s", "ms per job", "breaches detected", "true breaches", "equal"],
      [
        [
          String(ran),
          fmt(runSeconds),
          fmt((runSeconds * 1000) / Math.max(ran, 1), 2),
          String(detected?.count ?? 0),
          String(trueBreaches),
          detected?.count === trueBreaches ? "yes" : "NO",
        ],
      ],
    );
    say(`(loading the day took ${fmt(loadSeconds)} s)\n`);

    // Whole lives through the real engine: all three targets, pauses, escalation, triggers.
    const lives = lifecycles(tickets);
    const life = await createTestDb(mode === "postgres" ? process.env.DATABASE_URL : undefined);
    try {
      await seedReference(life.db);
      await life.db.insert(schema.users).values({ id: 1, firstName: "Bench" });
      const result = await replay(life.db, lives);
      const truth = breachesInTruth(lives);
      printTable(
        ["target", "tickets", "breaches detected", "true breaches", "equal"],
        (["first_response", "next_response", "resolution"] as const).map((target) => {
          const found = result.detected.find((row) => row.target === target)?.count ?? 0;
          return [
            target,
            String(lives.length),
            String(found),
            String(truth[target]),
            found === truth[target] ? "yes" : "NO",
          ];
        }),
      );
      say(
        `(${result.events} ticket events re-planned and ${result.jobs} jobs run in ${fmt(result.seconds)} s: ${fmt((result.seconds * 1000) / Math.max(1, result.events + result.jobs), 2)} ms each)\n`,
      );
    } finally {
      await life.close();
    }

    // The sweeper with 100,000 open tickets: two pending timers each, none due yet.
    await handle.db.execute(`
      insert into jobs (id, kind, payload, idempotency_key, run_at)
      select gen_random_uuid(), 'sla.first_response.breach', '{}'::jsonb, 'open-' || g,
             '${new Date(DAY_START + 3 * 86_400_000).toISOString()}'::timestamptz + (g || ' seconds')::interval
      from generate_series(1, ${Math.floor(OPEN_TICKETS * 2)}) g`);
    await handle.db.execute("analyze jobs");
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await runner.tick();
      idle.push(performance.now() - t0);
    }
    idle.sort((a, b) => a - b);
    printTable(
      ["pending jobs", "idle tick P50 ms", "idle tick P99 ms", "target ms", "ok"],
      [
        [
          String(OPEN_TICKETS * 2),
          fmt(quantile(idle, 0.5), 2),
          fmt(quantile(idle, 0.99), 2),
          "50",
          quantile(idle, 0.99) <= 50 ? "yes" : "NO",
        ],
      ],
    );
  } finally {
    await handle.close();
  }
}

/** postgres-js returns rows as the result, PGlite under `rows`. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? []);
}

async function main() {
  say(
    `# SLA bench: ${TICKETS} tickets in a simulated day, ${availableParallelism()} CPUs, load ${loadavg()[0]?.toFixed(2)}\n`,
  );
  const started = performance.now();
  const tickets = simulate();
  say(
    `Simulated in ${fmt((performance.now() - started) / 1000, 2)} s; agents on shift 10–30 (${Array.from({ length: 24 }, (_, h) => agentsOnShift(h)).join(" ")} by hour).\n`,
  );
  report(tickets);
  await runMode("pglite", tickets);
  if (process.env.DATABASE_URL) await runMode("postgres", tickets);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
