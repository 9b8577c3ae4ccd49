import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const API_DIR = `${ROOT}apps/api`;

/** A server process the harness started; `stop()` is safe to call twice. */
export interface ServerProcess {
  pid: number;
  url: string;
  stop(): Promise<void>;
  /** Throws with the server's last output when it is no longer running. */
  assertAlive(): void;
  /** What the process wrote to stderr, for error messages. */
  output(): string;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time of a process in milliseconds, from `/proc/<pid>/stat`. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond();
}

/** Resident set size in MiB, from `/proc/<pid>/status`. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

/** Samples RSS every 50 ms until stopped; returns the peak. */
export function sampleRss(pid: number): () => number {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMiB(pid));
    } catch {
      // The process is gone; the peak so far stands.
    }
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer ${url} within ${ms} ms:\n${output()}`);
}

function launch(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; port: number; readyPath: string },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const keep = (chunk: Buffer) => {
    // Keep the tail only: a noisy server must not grow the harness's memory.
    stderr = (stderr + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const output = () => stderr;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${options.port}`;
  if (child.pid === undefined) throw new Error("Could not start the server process");
  const pid = child.pid;
  const assertAlive = () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server (pid ${pid}) exited (${child.exitCode ?? child.signalCode}):\n${output()}`,
      );
    }
  };
  return waitForHttp(`${url}${options.readyPath}`, child, output, 60_000).then(
    () => ({ pid, url, stop, output, assertAlive }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

export interface ApiServerOptions {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  botToken: string;
  telegramApiRoot: string;
  /** Directory for a `--cpu-prof` profile; none when undefined. */
  cpuProfileDir?: string;
}

/** The real API, started the way `pnpm start` does it, with the bot pointed at a local double. */
export function startApiServer(options: ApiServerOptions): Promise<ServerProcess> {
  const profile = options.cpuProfileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    BOT_TOKEN: options.botToken,
    TELEGRAM_API_ROOT: options.telegramApiRoot,
    SEED_DEMO: "false",
    // BENCH_LOG_LEVEL=info shows the server's own lines when a run goes wrong.
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  return launch([...profile, "--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env,
    port: options.port,
    readyPath: "/api/health",
  });
}

// Run with `--input-type=module -e` from apps/api, so `hono` resolves from the API's own
// dependencies: the same Hono and adapter versions the desk runs on.
const HELLO_SERVER = `
import { Hono } from "hono";
import { serve } from "@hono/node-server";
const app = new Hono();
app.get("/", (c) => c.text("hello"));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
process.on("SIGTERM", () => process.exit(0));
`;

/** The baseline: a bare Hono "hello" app on @hono/node-server, in its own process. */
export function startHelloServer(port: number): Promise<ServerProcess> {
  return launch(["--input-type=module", "-e", HELLO_SERVER], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH, NODE_ENV: "production", PORT: String(port) },
    port,
    readyPath: "/",
  });
}
