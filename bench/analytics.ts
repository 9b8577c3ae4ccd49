/**
 * `pnpm bench:analytics`: the analytics dashboard's queries on 1,000,000 tickets (issue 8).
 *
 * 1. On a fresh PostgreSQL database (DATABASE_URL; it is created here and dropped at the end),
 *    bulk-insert a year of tickets with `generate_series`: queues, topics, sections, channels,
 *    first responses, resolutions, CSAT, reopens, assignees, tags; about two messages per
 *    ticket, SLA breaches, NPS answers and knowledge-base deflections.
 * 2. Build the arrivals rollup as its job's first run would (ADR 019), then time an
 *    incremental run after 1,000 escalations.
 * 3. Time every dashboard section (the API's own service and SQL) for the default 28 days, a
 *    filtered 28 days and a whole quarter: the median of 3 runs after one warm-up, "before"
 *    on the tickets alone and "after" with the rollup where it serves the filters.
 * 4. Print a table against the 500 ms target and write it under bench/results/.
 *
 * BENCH_ANALYTICS_TICKETS changes the size (default 1,000,000). PostgreSQL only: PGlite is a
 * single-connection embedded database for small desks, not the one a million tickets live in.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createAnalyticsRepo } from "../apps/api/src/features/analytics/analytics.repo";
import { createAnalyticsService } from "../apps/api/src/features/analytics/analytics.service";
import { refreshRollup } from "../apps/api/src/features/analytics/rollup";
import type { AnalyticsFilter } from "../packages/contracts/src/analytics";
import { createDb, type Db, rowsOf, seedReference, sql } from "../packages/db/src/index";
import { createTestDb } from "../packages/db/src/testing";

const TICKETS = Number(process.env.BENCH_ANALYTICS_TICKETS ?? 1_000_000);
const TARGET_MS = 500;
/** The data set ends here; "today" for the dashboard's default range. */
const END = Date.parse("2026-11-23T00:00:00Z");
const RUNS = 3;

async function openKept(url: string, name: string) {
  const admin = await createDb({ url, poolSize: 1 });
  const [row] = rowsOf(
    await admin.db.execute(sql`select 1 from pg_database where datname = ${name}`),
  );
  if (!row) await admin.db.execute(sql.raw(`create database "${name.replace(/"/g, "")}"`));
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await createDb({ url: target.toString(), poolSize: 4 });
  // Migrations already applied are skipped: a kept database gets only the new ones.
  await handle.migrate();
  return handle;
}

async function seed(db: Db) {
  console.info(`Seeding ${TICKETS.toLocaleString("en")} tickets…`);
  await db.execute(sql`
    insert into users (id, first_name, language_code)
    select 1000000 + g, 'Customer ' || g, (array['en','ru','fa','zh'])[1 + g % 4]
    from generate_series(1, 50000) g`);
  await db.execute(sql`
    insert into users (id, first_name) select 900 + g, 'Agent ' || g from generate_series(1, 40) g`);
  // Deterministic pseudo-random columns from the row number: the same data every run.
  await db.execute(sql`
    insert into tickets (id, customer_id, topic_id, section_id, subject, status, queue_id,
      priority, channel, eta, first_responded_at, last_agent_message_at, resolved_at,
      csat_score, reopen_count,
      assignee_id, tags, created_at, updated_at)
    select gen_random_uuid(), 1000001 + (g * 7919) % 50000, tp.topic, tp.section,
      'Ticket ' || g,
      (case when r.done then (case when g % 3 = 0 then 'closed' else 'resolved' end)
            when g % 5 = 0 then 'waiting_customer' else 'open' end)::ticket_status,
      tp.queue, 'normal', (case when g % 4 = 0 then 'bot' else 'webapp' end)::ticket_channel,
      r.created + interval '15 minutes',
      case when g % 50 <> 0 or r.done
        then r.created + (case when g % 8 = 0 then 16 + (g * 31) % 60 else 1 + (g * 31) % 14 end)
          * interval '1 minute' end,
      case when g % 50 <> 0 or r.done
        then r.created + (case when g % 8 = 0 then 16 + (g * 31) % 60 else 1 + (g * 31) % 14 end)
          * interval '1 minute' + (case when g % 3 = 0 then interval '40 minutes' else interval '0' end) end,
      case when r.done then r.created + (30 + (g * 17) % 2000) * interval '1 minute' end,
      case when r.done and g % 3 = 0 then 1 + (g * 13) % 5 end,
      case when g % 11 = 0 then 1 else 0 end,
      case when g % 50 <> 0 or r.done then 901 + g % 40 end,
      case when g % 7 = 0 then array['refund'] when g % 13 = 0 then array['bug', 'ios'] else '{}'::text[] end,
      r.created, r.created
    from generate_series(1::bigint, ${TICKETS}::bigint) g
    cross join lateral (
      select ${new Date(END).toISOString()}::timestamptz
               - ((g * 104729) % (365 * 24 * 60)) * interval '1 minute' as created,
             -- Open: a share of the last three days' tickets and a thin tail of old ones,
             -- the backlog a desk keeps; everything else was resolved or closed.
             not ((g * 104729) % (365 * 24 * 60) < 3 * 24 * 60 and g % 3 = 0)
               and g % 200 <> 0 as done
    ) r
    cross join lateral (
      select * from (values
        (0, 'orders', 'order-status', 'l1'), (1, 'orders', 'delivery-problem', 'l1'),
        (2, 'orders', 'return', 'l1'), (3, 'payment', 'payment-failed', 'security'),
        (4, 'payment', 'refund', 'security'), (5, 'account', 'sign-in', 'l1'),
        (6, 'features', 'how-to', 'l1'), (7, 'features', 'bug', 'l1'),
        (8, 'complaint', 'service', 'l2'), (9, 'account', 'change-details', 'l1')
      ) v(n, topic, section, queue) where v.n = (g * 37) % 10
    ) tp`);
  await db.execute(sql`
    insert into messages (id, ticket_id, author, author_id, body, created_at)
    select gen_random_uuid(), t.id, 'customer', t.customer_id, 'Hello', t.created_at from tickets t`);
  await db.execute(sql`
    insert into messages (id, ticket_id, author, author_id, body, created_at)
    select gen_random_uuid(), t.id, 'agent', t.assignee_id, 'Answer', t.first_responded_at
    from tickets t where t.first_responded_at is not null`);
  await db.execute(sql`
    insert into sla_events (id, ticket_id, kind, target, due_at, created_at)
    select gen_random_uuid(), t.id, 'breached', 'first_response', t.eta, t.eta
    from tickets t where t.first_responded_at is null or t.first_responded_at > t.eta`);
  await db.execute(sql`
    insert into nps_responses (id, user_id, score, created_at)
    select gen_random_uuid(), 1000001 + g % 50000, g % 11,
      ${new Date(END).toISOString()}::timestamptz - (g % 365) * interval '1 day'
    from generate_series(1, 50000) g`);
  await db.execute(sql`
    insert into kb_deflection_events (id, session_id, event, locale, created_at)
    select gen_random_uuid(), 's' || g, (array['shown','opened','solved'])[1 + g % 3],
      (array['en','ru','fa','zh'])[1 + g % 4],
      ${new Date(END).toISOString()}::timestamptz - (g % 525600) * interval '1 minute'
    from generate_series(1, 100000) g`);
  // What autovacuum would have done by the time anyone looks: statistics and the visibility
  // map that lets the analytics indexes answer without reading the table.
  await db.execute(sql`vacuum analyze`);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("bench:analytics needs DATABASE_URL (a PostgreSQL server).");
    process.exit(1);
  }
  // BENCH_ANALYTICS_DB=<name>: keep the seeded database under that name and reuse it on the
  // next run (timing again after a query change without seeding for minutes).
  const keep = process.env.BENCH_ANALYTICS_DB;
  // The machine may be shared: the load at both ends says how much the figures are worth.
  const loadAtStart = loadavg()[0] ?? 0;
  const handle = keep ? await openKept(url, keep) : await createTestDb(url);
  try {
    const db = handle.db;
    await seedReference(db);
    const [existing] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from tickets`),
    );
    const started = performance.now();
    if (!existing?.n) await seed(db);
    const seedSeconds = Math.round((performance.now() - started) / 100) / 10;

    const [counts] = rowsOf<Record<string, unknown>>(
      await db.execute(sql`select (select count(*)::int from tickets) as tickets,
        (select count(*)::int from messages) as messages,
        (select count(*)::int from sla_events) as breaches`),
    );
    console.info(`Seeded in ${seedSeconds} s:`, counts);

    // The rollup as its job builds it: everything on the first run, then what changed.
    await db.execute(sql`delete from analytics_rollup_state`);
    await db.execute(sql`delete from analytics_arrivals`);
    const t0 = performance.now();
    const first = await db.transaction((tx) => refreshRollup(tx, END));
    const rollupFirstMs = Math.round(performance.now() - t0);
    await db.execute(sql`update tickets set queue_id = 'l2', updated_at = now()
      where id in (select id from tickets where queue_id = 'l1' and created_at < ${new Date(END - 30 * 86_400_000).toISOString()}::timestamptz
        order by created_at desc limit 1000)`);
    const t1 = performance.now();
    const next = await db.transaction((tx) => refreshRollup(tx, END));
    const rollupNextMs = Math.round(performance.now() - t1);
    const [rolled] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from analytics_arrivals`),
    );
    const rollup = {
      rows: rolled?.n ?? 0,
      firstRun: { slots: first.slots, ms: rollupFirstMs },
      afterEscalations: { tickets: 1000, slots: next.slots, ms: rollupNextMs },
    };
    console.info("Rollup:", rollup);

    const before = createAnalyticsService(
      createAnalyticsRepo(db, { rollup: false }),
      () => END - 1,
    );
    const after = createAnalyticsService(createAnalyticsRepo(db), () => END - 1);
    const scenarios: { label: string; filter: AnalyticsFilter }[] = [
      { label: "28 days (default)", filter: { tz: "UTC" } },
      {
        label: "28 days, queue l1 + language ru, Moscow time",
        filter: { tz: "Europe/Moscow", queue: "l1", language: "ru" },
      },
      { label: "quarter (91 days)", filter: { tz: "UTC", from: "2026-08-24", to: "2026-11-22" } },
      {
        label: "quarter, queue l1, Moscow time",
        filter: { tz: "Europe/Moscow", queue: "l1", from: "2026-08-24", to: "2026-11-22" },
      },
      {
        label: "quarter, Tehran time (+03:30)",
        filter: { tz: "Asia/Tehran", from: "2026-08-24", to: "2026-11-22" },
      },
    ];
    type Service = typeof after;
    const sections: [string, (s: Service, f: AnalyticsFilter) => Promise<unknown>][] = [
      ["sla", (s, f) => s.sla(f)],
      ["quality", (s, f) => s.quality(f)],
      ["volume", (s, f) => s.volume(f)],
      ["efficiency", (s, f) => s.efficiency(f, true)],
      ["product", (s, f) => s.product(f)],
      ["risk", (s, f) => s.risk(f)],
    ];
    const median = async (run: () => Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return Math.round(times[Math.floor(RUNS / 2)] as number);
    };
    const rows: {
      scenario: string;
      section: string;
      beforeMs: number;
      medianMs: number;
      pass: boolean;
    }[] = [];
    for (const scenario of scenarios) {
      for (const [name, run] of sections) {
        const beforeMs = await median(() => run(before, scenario.filter));
        const medianMs = await median(() => run(after, scenario.filter));
        rows.push({
          scenario: scenario.label,
          section: name,
          beforeMs,
          medianMs,
          pass: medianMs <= TARGET_MS,
        });
        console.info(
          `${scenario.label.padEnd(46)} ${name.padEnd(11)} ${String(beforeMs).padStart(6)} ms → ${String(medianMs).padStart(6)} ms`,
        );
      }
    }

    const date = new Date().toISOString().slice(0, 10);
    const machine = {
      cpus: availableParallelism(),
      node: process.version,
      loadavgAtStart: loadAtStart,
      loadavg: loadavg()[0] ?? 0,
    };
    const table = [
      `| range | section | tickets only, ms | with the rollup, ms | ≤ ${TARGET_MS} ms |`,
      "|---|---|---:|---:|:---:|",
      ...rows.map(
        (r) =>
          `| ${r.scenario} | ${r.section} | ${r.beforeMs} | ${r.medianMs} | ${r.pass ? "yes" : "NO"} |`,
      ),
    ].join("\n");
    console.info(`\n${table}\n`);
    mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
    // A second run on the same day keeps the first one's files: -2, -3…
    let base = new URL(`./results/${date}-analytics`, import.meta.url);
    for (let n = 2; existsSync(`${base.pathname}.json`); n++) {
      base = new URL(`./results/${date}-analytics-${n}`, import.meta.url);
    }
    writeFileSync(
      `${base.pathname}.json`,
      `${JSON.stringify({ date, machine, tickets: TICKETS, dataset: counts, seedSeconds, rollup, runs: RUNS, targetMs: TARGET_MS, rows }, null, 2)}\n`,
    );
    writeFileSync(
      `${base.pathname}.md`,
      `# Analytics dashboard on ${TICKETS.toLocaleString("en")} tickets (${date})\n\nPostgreSQL; ${machine.cpus} cores, load ${machine.loadavgAtStart.toFixed(2)} at the start and ${machine.loadavg.toFixed(2)} at the end; ${seedSeconds ? `seeded in ${seedSeconds} s` : "data set reused"}; median of ${RUNS} runs after a warm-up.\n\nRollup (ADR 019): ${rollup.rows.toLocaleString("en")} rows; first run ${rollup.firstRun.ms} ms (${rollup.firstRun.slots.toLocaleString("en")} quarter hours); after ${rollup.afterEscalations.tickets} escalations ${rollup.afterEscalations.ms} ms (${rollup.afterEscalations.slots} quarter hours rewritten).\n\n${table}\n`,
    );
    console.info(`Wrote ${base.pathname}.{json,md}`);
    if (rows.some((r) => !r.pass)) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
