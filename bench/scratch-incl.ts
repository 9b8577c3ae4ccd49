import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
const dir = process.argv[2]!;
const filter = process.argv[3] ?? "apps/api/src";
for (const f of readdirSync(dir).filter((x) => x.endsWith(".cpuprofile"))) {
  const p = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const byId = new Map<number, any>(); const parent = new Map<number, number>();
  for (const n of p.nodes) { byId.set(n.id, n); for (const c of n.children ?? []) parent.set(c, n.id); }
  const dt = new Map<number, number>();
  p.samples.forEach((s: number, i: number) => dt.set(s, (dt.get(s) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const incl = new Map<string, number>(); let total = 0;
  for (const [id, ms] of dt) {
    total += ms; const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur); const u = n.callFrame.url as string;
      if (!u.includes(filter)) continue;
      const k = `${n.callFrame.functionName || "(anon)"} ${u.slice(u.indexOf(filter) + filter.length)}:${n.callFrame.lineNumber + 1}`;
      if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms);
    }
  }
  console.log(f, "total ms", total.toFixed(0));
  for (const [k, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(0).padStart(7), k);
}
