// SCRATCH — not committed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startFakeBotApi } from "@helpline/fake-bot-api";
import { signInitData } from "../apps/api/src/lib/init-data";
import { createDb } from "../packages/db/src/index";
import { datasetSize } from "./config";
import { runLoad } from "./load";
import type { LoadRequest } from "./load-types";
import { seedDatabase } from "./seed";
import { cpuMs, startApiServer } from "./server";

const BOT_TOKEN = "123456789:AAbenchmarkTokenForHelplineLoadTest1";
const pg = process.env.PG === "1";
const base = pg ? "helpline_scratch_base" : "/tmp/scratch-seed";
const scale = Number(process.env.SCALE ?? 1);
const sign = (ids: number[], l: string) => ids.map((id) => signInitData({ id, first_name: `${l} ${id}`, last_name: "Bench", username: `bench_${id}` }, BOT_TOKEN));

async function main() {
  const size = datasetSize(scale);
  const peopleFile = `/tmp/scratch-people-${pg ? "pg" : "pglite"}.json`;
  const admin = pg ? await createDb({ url: "postgres://postgres@127.0.0.1:5432/test", poolSize: 1 }) : undefined;
  if (!existsSync(peopleFile)) {
    let opts: { url: string } | { dataDir: string };
    if (pg) { await admin!.db.execute(`drop database if exists ${base} with (force)`); await admin!.db.execute(`create database ${base}`); opts = { url: `postgres://postgres@127.0.0.1:5432/${base}` }; }
    else { mkdirSync(base, { recursive: true }); opts = { dataDir: join(base, "pglite") }; }
    const seeded = await seedDatabase(opts, size);
    console.error("seeded", seeded.seconds);
    writeFileSync(peopleFile, JSON.stringify(seeded.people));
  }
  const people = JSON.parse(readFileSync(peopleFile, "utf8"));
  const dataDir = mkdtempSync("/tmp/scratch-run-");
  let databaseUrl: string | undefined;
  if (pg) { await admin!.db.execute(`drop database if exists helpline_scratch_run with (force)`); await admin!.db.execute(`create database helpline_scratch_run template ${base}`); databaseUrl = "postgres://postgres@127.0.0.1:5432/helpline_scratch_run"; }
  else cpSync(join(base, "pglite"), join(dataDir, "pglite"), { recursive: true });
  {
    const h = await createDb(databaseUrl ? { url: databaseUrl, poolSize: 1 } : { dataDir: join(dataDir, "pglite") });
    await h.migrate();
    await h.db.execute("update jobs set status = 'done', done_at = now() where status = 'pending' and run_at <= now()");
    await h.db.execute("delete from outbox");
    await h.db.execute("analyze");
    await h.close();
  }
  const fake = await startFakeBotApi({ token: BOT_TOKEN });
  const port = 3190;
  const api = await startApiServer({ port, dataDir, databaseUrl, botToken: BOT_TOKEN, telegramApiRoot: fake.apiRoot, cpuProfileDir: process.env.PROF ? dataDir : undefined });
  console.error("server up", dataDir);
  if (process.env.SETTLE) await new Promise((r) => setTimeout(r, Number(process.env.SETTLE) * 1000));
  const listAuths = sign(people.customerIds.slice(0, 200), "Customer");
  const scen: Record<string, LoadRequest> = {
    health: { kind: "get", path: "/api/health" },
    list: { kind: "get", path: "/api/tickets", auths: listAuths },
    queue: { kind: "get", path: "/api/admin/tickets", auths: sign(people.agentIds, "Agent") },
    create: { kind: "create-ticket", auths: sign(people.creatorIds, "Customer"), keyPrefix: `s${Date.now()}` },
    message: { kind: "add-message", auths: sign(people.customerIds, "Customer"), ticketIds: people.messageTicketIds, keyPrefix: `m${Date.now()}` },
  };
  for (const id of (process.env.S ?? "health,list").split(",")) {
    let c0 = 0, c1 = 0;
    const out = await runLoad({ url: api.url, connections: 50, warmupSeconds: 2, durationSeconds: Number(process.env.D ?? 8), primePath: id === "health" ? undefined : "/api/me", request: scen[id]! }, { onMeasuring: () => { c0 = cpuMs(api.pid); }, onDone: () => { c1 = cpuMs(api.pid); } });
    const m = out.measured;
    console.log(`${id}\t${m.requestsPerSecond.toFixed(0)}/s\tp50 ${m.latencyMs.p50}\tp99 ${m.latencyMs.p99}\tmax ${m.latencyMs.max}\terr ${m.errors}+${m.timeouts} non2xx ${m.non2xx}\tcpu/req ${((c1 - c0) / Math.max(1, m.requests)).toFixed(3)}`);
  }
  await api.stop();
  console.error(api.output().slice(-2000));
  await fake.close();
  await admin?.close();
  process.exit(0);
}
void main();
