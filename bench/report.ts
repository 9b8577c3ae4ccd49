import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import type { LoadResult } from "./load-types";

export type Mode = "pglite" | "postgres";

export interface ScenarioRow {
  id: string;
  label: string;
  /** Undefined for a scenario that cannot run yet (`note` says why). */
  load?: LoadResult;
  cpuMsPerRequest?: number;
  peakRssMiB?: number;
  note?: string;
}

export interface Check {
  label: string;
  pass: boolean;
}

export interface ModeReport {
  mode: Mode;
  date: string;
  /** `loadavg` (1 min) when the mode began: other work on the machine skews every figure. */
  machine: { cpus: number; node: string; loadavg: number };
  settings: { scale: number; durationSeconds: number; warmupSeconds: number; connections: number };
  dataset: Record<string, number>;
  seedSeconds: number;
  rows: (ScenarioRow & { ratio?: number; checks: Check[] })[];
  createdTickets?: CreatedTickets;
  queueViews?: QueueViewRow[];
}

/**
 * `acknowledged`: 201 answers (warm-up included); `found`: how many of those ids are in the
 * database after the server stopped; `stored`: all tickets made by the run, which can exceed the
 * acknowledged ones by the requests still in flight when the load generator stopped listening.
 */
export interface CreatedTickets {
  acknowledged: number;
  found: number;
  stored: number;
}

const RSS_LIMIT_MIB = 200;

/** The issue's targets for one row; the zero-error target applies everywhere. */
export function checksFor(
  mode: Mode,
  row: ScenarioRow,
  baselineRps: number,
  created?: CreatedTickets,
): Check[] {
  const load = row.load;
  if (!load) return [];
  const checks: Check[] = [];
  const { requestsPerSecond: rps } = load;
  const p99 = load.latencyMs.p99;
  if (row.id === "list" && mode === "postgres") {
    checks.push({ label: "≥25% of hello", pass: rps >= 0.25 * baselineRps });
    checks.push({ label: "p99≤20ms", pass: p99 <= 20 });
  }
  if (row.id === "list" && mode === "pglite") {
    checks.push({ label: "≥1000/s", pass: rps >= 1000 });
    checks.push({ label: "p99≤100ms", pass: p99 <= 100 });
  }
  if (row.id === "create" && mode === "postgres") {
    checks.push({ label: "≥1500/s", pass: rps >= 1500 });
    checks.push({ label: "p99≤50ms", pass: p99 <= 50 });
  }
  if (row.id === "create" && created) {
    checks.push({ label: "all acked stored", pass: created.found === created.acknowledged });
  }
  if (mode === "postgres" && row.id !== "hello" && row.peakRssMiB !== undefined) {
    checks.push({ label: "RSS≤200MB", pass: row.peakRssMiB <= RSS_LIMIT_MIB });
  }
  checks.push({ label: "0 errors", pass: load.errors + load.timeouts + load.non2xx === 0 });
  return checks;
}

const fixed = (value: number | undefined, digits: number) =>
  value === undefined ? "—" : value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString("en-US");

export function markdownTable(report: ModeReport): string {
  const header = [
    "scenario",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "non-2xx",
    "CPU ms/req",
    "peak RSS MiB",
    "× hello",
    "targets",
    "verdict",
  ];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of report.rows) {
    const load = row.load;
    if (!load) {
      lines.push(`| ${row.label} | ${row.note ?? "n/a"} |${" |".repeat(header.length - 2)}`);
      continue;
    }
    const failed = row.checks.filter((check) => !check.pass);
    lines.push(
      `| ${[
        row.label,
        thousands(load.requestsPerSecond),
        fixed(load.latencyMs.p50, 0),
        fixed(load.latencyMs.p99, 0),
        String(load.errors + load.timeouts),
        String(load.non2xx) + nonOkCodes(load),
        fixed(row.cpuMsPerRequest, 3),
        fixed(row.peakRssMiB, 0),
        fixed(row.ratio, 2),
        row.checks.map((check) => `${check.label} ${check.pass ? "✓" : "✗"}`).join(", "),
        failed.length === 0 ? "PASS" : "MISS",
      ].join(" | ")} |`,
    );
  }
  const created = report.createdTickets;
  const footer = [
    "",
    `${report.mode}: ${thousands(report.dataset.customers ?? 0)} customers, ${thousands(report.dataset.tickets ?? 0)} tickets (${thousands(report.dataset.openTickets ?? 0)} open), ${thousands(report.dataset.messages ?? 0)} messages; seeded in ${report.seedSeconds.toFixed(1)} s.`,
    `${report.settings.connections} connections, ${report.settings.warmupSeconds} s warm-up + ${report.settings.durationSeconds} s per scenario, ${report.machine.cpus} CPUs (load average ${report.machine.loadavg.toFixed(1)} at the start), Node ${report.machine.node}.`,
  ];
  if (created) {
    footer.push(
      `Create ticket: ${thousands(created.acknowledged)} acknowledged (201, warm-up included), ${thousands(created.found)} of them found in the database; ${thousands(created.stored)} stored in all (the rest were in flight when the load generator stopped).`,
    );
  }
  return [...lines, ...footer].join("\n");
}

function nonOkCodes(load: LoadResult): string {
  const codes = Object.entries(load.statusCodes).filter(([code]) => !code.startsWith("2"));
  return codes.length === 0 ? "" : ` (${codes.map(([code, n]) => `${code}×${n}`).join(" ")})`;
}

export function writeReport(dir: string, report: ModeReport, table: string) {
  mkdirSync(dir, { recursive: true });
  // A second run on the same day gets `-2`, `-3`…: the day's earlier figures stay to compare.
  let base = `${dir}/${report.date}-${report.mode}`;
  for (let n = 2; existsSync(`${base}.md`); n++) base = `${dir}/${report.date}-${report.mode}-${n}`;
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, `# Benchmark ${report.date}, ${report.mode}\n\n${table}\n`);
  return base;
}

/** One console view timed a request at a time (see `measureQueueViews` in run.ts). */
export interface QueueViewRow {
  path: string;
  items: number;
  p50: number;
  p99: number;
  pass: boolean;
}

export function queueViewTable(rows: readonly QueueViewRow[]): string {
  if (rows.length === 0) return "";
  const lines = [
    "| console view (first page, one request at a time) | items | p50 ms | p99 ms | p99≤100ms |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map(
      (row) =>
        `| ${row.path} | ${row.items} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.pass ? "✓" : "✗"} |`,
    ),
  ];
  return lines.join("\n");
}
