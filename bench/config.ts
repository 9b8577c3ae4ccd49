import { randomBytes } from "node:crypto";

/** Everything the harness reads from the environment, checked once. */
export interface BenchConfig {
  smoke: boolean;
  /** 1 = the dataset: 5,000 customers × 20 tickets, 10,000 open tickets. */
  scale: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  databaseUrl: string | undefined;
  /** Profile the list scenario when it misses its target (`BENCH_PROFILE=0` turns it off). */
  profileOnMiss: boolean;
  /** Where results go; smoke runs write nothing. */
  writeResults: boolean;
  runId: string;
}

function positiveNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got "${text}"`);
  }
  return value;
}

export function loadConfig(argv: readonly string[]): BenchConfig {
  const smoke = argv.includes("--smoke");
  return {
    smoke,
    scale: positiveNumber("BENCH_SCALE", smoke ? 0.01 : 1),
    durationSeconds: positiveNumber("BENCH_DURATION", smoke ? 2 : 10),
    warmupSeconds: positiveNumber("BENCH_WARMUP", smoke ? 1 : 2),
    connections: Math.round(positiveNumber("BENCH_CONNECTIONS", 50)),
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    profileOnMiss: !smoke && process.env.BENCH_PROFILE !== "0",
    writeResults: !smoke,
    runId: randomBytes(4).toString("hex"),
  };
}

/** The seeded dataset at a given scale; a few floors keep tiny runs meaningful. */
export function datasetSize(scale: number) {
  const customers = Math.max(200, Math.round(5000 * scale));
  return {
    customers,
    ticketsPerCustomer: 20,
    /** Two open tickets per customer: 10,000 at scale 1, spread over the four queues. */
    openPerCustomer: 2,
    /**
     * Ticket creation is limited to 10 per customer per 10 minutes, so the create scenario
     * rotates over at least 5,000 people (50,000 creates of budget); below scale 1 the extra
     * ones are seeded as users without tickets.
     */
    creators: Math.max(customers, 5000),
    /** Distinct signed initData strings in the list scenario (the issue asks for 200). */
    listUsers: 200,
    /** Generated knowledge-base articles on top of the 43 demo ones. */
    kbArticles: Math.max(500, Math.round(10_000 * scale)),
    agents: 10,
  };
}
export type DatasetSize = ReturnType<typeof datasetSize>;
