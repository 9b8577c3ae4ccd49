import { createDb } from "@helpline/db";
const h = await createDb({ dataDir: process.argv[2]! });
if (process.argv[3] === "vacuum") { const t = performance.now(); await h.db.execute("vacuum analyze"); console.log("vacuum ms", (performance.now() - t).toFixed(0)); }
const qs = [
 `select queue_id, count(*) from tickets where status in ('new','open','reopened','waiting_customer') and queue_id in ('l1','l2','vip','security') group by queue_id`,
 `select t.id from tickets t join users u on u.id = t.customer_id where t.status in ('new','open','reopened','waiting_customer') and queue_id in ('l1','l2','vip','security') order by t.rank, t.created_at, t.topic_id, t.id limit 51`,
];
for (const q of qs) {
  for (let i = 0; i < 3; i++) { const t = performance.now(); await h.db.execute(q); if (i == 2) console.log((performance.now() - t).toFixed(1), "ms"); }
  const r: any = await h.db.execute("explain (analyze, buffers) " + q);
  for (const row of r.rows ?? r) console.log(row["QUERY PLAN"]);
}
await h.close();
