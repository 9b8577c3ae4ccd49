import { createDb } from "@helpline/db";
const h = await createDb({ dataDir: process.argv[2]! });
for (const q of ["vacuum analyze", "vacuum analyze", "vacuum", "analyze", "vacuum (analyze) tickets, messages, jobs, outbox, ticket_sla"]) { const t = performance.now(); await h.db.execute(q); console.log(q, (performance.now() - t).toFixed(0)); }
await h.close();
