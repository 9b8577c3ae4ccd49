import { readFileSync } from "node:fs";
import { createDb } from "@helpline/db";
import { PglitePreparedQuery } from "drizzle-orm/pglite/session";
import { createApp } from "./src/app";
import { signInitData } from "./src/lib/init-data";
import { createLogger } from "./src/lib/logger";
const stats = new Map<string, { n: number; ms: number }>();
for (const m of ["execute", "all", "values"] as const) {
  const orig = (PglitePreparedQuery.prototype as any)[m];
  if (!orig) continue;
  (PglitePreparedQuery.prototype as any)[m] = async function (this: any, ...a: unknown[]) {
    const t = performance.now();
    try { return await orig.apply(this, a); } finally {
      const k = String(this.queryString ?? this.query?.sql).replace(/\s+/g, " ").slice(0, 140);
      const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const TOKEN = "123456789:AAbenchmarkTokenForHelplineLoadTest1";
const h = await createDb({ dataDir: process.argv[2]! });
const people = JSON.parse(readFileSync("/tmp/scratch-people-pglite.json", "utf8"));
const { app } = createApp({ etaLoadTtlMs: 1000, db: h.db, logger: createLogger("error"), botToken: TOKEN, initDataMaxAge: 86400, demo: false });
const N = Number(process.argv[3] ?? 30);
const C = Number(process.argv[4] ?? 1);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let next = 0;
const lat: number[] = [];
async function worker() {
  for (;;) {
    const i = next++;
    if (i >= N) return;
    const id = people.creatorIds[i];
    const auth = `tma ${signInitData({ id, first_name: "C", username: `c${id}` }, TOKEN)}`;
    const s = performance.now();
    const r = await app.request("/api/tickets", { method: "POST", headers: { authorization: auth, "content-type": "application/json", "idempotency-key": `k${Date.now()}${i}` }, body: JSON.stringify({ topicId: "orders", subject: "Parcel has not arrived", description: "Tracking has not moved for a week now, please help." }) });
    lat.push(performance.now() - s);
    if (r.status !== 201) console.log(r.status, await r.text());
  }
}
await Promise.all(Array.from({ length: C }, worker));
lat.sort((a, b) => a - b);
const cpu = process.cpuUsage(cpu0);
console.log("cpu ms/create", ((cpu.user + cpu.system) / 1000 / N).toFixed(2));
console.log("per s", (N / ((performance.now() - t0) / 1000)).toFixed(1), "p50", lat[Math.floor(N / 2)]?.toFixed(0), "p99", lat[Math.floor(N * 0.99)]?.toFixed(0));
console.log("ms/create", ((performance.now() - t0) / N).toFixed(1));
const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
for (const [k, s] of rows) console.log(s.ms.toFixed(0).padStart(7), String(s.n).padStart(5), (s.ms / s.n).toFixed(2).padStart(7), k);
await h.close();
process.exit(0);
