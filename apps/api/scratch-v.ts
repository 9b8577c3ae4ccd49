import { readFileSync } from "node:fs";
import { createDb } from "@helpline/db";
import { PglitePreparedQuery } from "drizzle-orm/pglite/session";
import { createApp } from "./src/app";
import { signInitData } from "./src/lib/init-data";
import { createLogger } from "./src/lib/logger";
const stats = new Map<string, { n: number; ms: number }>();
for (const m of ["execute", "all", "values"] as const) {
  const orig = (PglitePreparedQuery.prototype as any)[m];
  (PglitePreparedQuery.prototype as any)[m] = async function (this: any, ...a: unknown[]) {
    const t = performance.now();
    try { return await orig.apply(this, a); } finally {
      const k = String(this.queryString).replace(/\s+/g, " ").slice(0, 150);
      const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const TOKEN = "123456789:AAbenchmarkTokenForHelplineLoadTest1";
const h = await createDb({ dataDir: process.argv[2]! });
const people = JSON.parse(readFileSync("/tmp/scratch-people-pglite.json", "utf8"));
const { app } = createApp({ db: h.db, logger: createLogger("error"), botToken: TOKEN, initDataMaxAge: 86400, demo: false });
const views = ["", "?view=l1", "?view=mine", "?view=unassigned", "?view=due_soon_or_breached"];
for (const v of views) {
  const lat: number[] = [];
  for (let i = 0; i < 25; i++) {
    const id = people.agentIds[i % people.agentIds.length];
    const auth = `tma ${signInitData({ id, first_name: "Agent", last_name: "Bench", username: `bench_${id}` }, TOKEN)}`;
    const s = performance.now();
    const r = await app.request(`/api/admin/tickets${v}`, { headers: { authorization: auth } });
    await r.text();
    if (i >= 5) lat.push(performance.now() - s);
    if (r.status !== 200) console.log(r.status);
  }
  lat.sort((a, b) => a - b);
  console.log(v || "(all)", "p50", lat[10]?.toFixed(1), "max", lat.at(-1)?.toFixed(1));
}
for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)) console.log(s.ms.toFixed(0).padStart(6), String(s.n).padStart(4), (s.ms / s.n).toFixed(2).padStart(7), k);
await h.close();
process.exit(0);
