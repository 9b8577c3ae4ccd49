import { randomUUID } from "node:crypto";
import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { seedFixture } from "./analytics-fixture";
import { csvField, neutralise } from "./export";

let t: TestApp;
const supervisor = customer(8301);
const WEEK = "from=2026-10-05&to=2026-10-11";
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values({ userId: supervisor.id, role: "supervisor" });
  ids = await seedFixture(t.handle.db);
  // Customer text that a spreadsheet would run as a formula, and CSV's special characters.
  await t.handle.db
    .update(schema.tickets)
    .set({ subject: '=HYPERLINK("http://evil.example","x")' })
    .where(eq(schema.tickets.id, ids.T1 as string));
  await t.handle.db.insert(schema.messages).values([
    {
      id: randomUUID(),
      ticketId: ids.T1 as string,
      author: "customer",
      authorId: 7001,
      body: '+1 call me, "now"\nplease',
      createdAt: "2026-10-05T09:30:00Z",
    },
    {
      id: randomUUID(),
      ticketId: ids.T1 as string,
      author: "customer",
      authorId: 7001,
      body: "@SUM(A1:A9)",
      createdAt: "2026-10-05T09:31:00Z",
    },
  ]);
});
afterAll(async () => {
  await t?.close();
});

async function download(query: string) {
  const res = await t.app.request(`/api/admin/analytics/export?${query}`, {
    headers: { authorization: t.auth(supervisor) },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

describe("neutralising formulas", () => {
  it("prefixes text that starts with = + - @ and quotes CSV specials", () => {
    expect(neutralise("=1+1")).toBe("'=1+1");
    expect(neutralise("+7 999")).toBe("'+7 999");
    expect(neutralise("-2")).toBe("'-2");
    expect(neutralise("@cmd")).toBe("'@cmd");
    expect(neutralise("\t=1")).toBe("'\t=1");
    expect(neutralise("plain = text")).toBe("plain = text");
    expect(neutralise(-2)).toBe(-2);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=A1,B1")).toBe('"\'=A1,B1"');
    expect(csvField(null)).toBe("");
  });
});

describe("export", () => {
  it("streams tickets as CSV with the filters applied, formulas neutralised", async () => {
    const { res, bytes } = await download(`${WEEK}&format=csv&kind=tickets`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="helpline-tickets-2026-10-05-2026-10-11.csv"',
    );
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFFnumber,created_at,status")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(7);
    const header = rows[0] as string[];
    const subject = header.indexOf("subject");
    const created = header.indexOf("created_at");
    expect(rows.slice(1).map((r) => r[created])).toEqual([
      "2026-10-05T09:00:00.000Z",
      "2026-10-05T10:30:00.000Z",
      "2026-10-06T23:30:00.000Z",
      "2026-10-07T12:00:00.000Z",
      "2026-10-08T08:00:00.000Z",
      "2026-10-11T22:30:00.000Z",
    ]);
    expect(rows[1]?.[subject]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(rows[1]?.[header.indexOf("tags")]).toBe("refund urgent");
    const l2 = await download(`${WEEK}&format=csv&kind=tickets&queue=l2`);
    expect(parseCsv(l2.bytes.toString("utf8").slice(1))).toHaveLength(2);
  });

  it("streams conversations as CSV, multi-line text kept in one quoted cell", async () => {
    const { res, bytes } = await download(`${WEEK}&kind=conversations&topic=orders`);
    expect(res.status).toBe(200);
    const rows = parseCsv(bytes.toString("utf8").slice(1));
    const bodies = rows.slice(1).map((r) => r[5]);
    expect(bodies).toContain('\'+1 call me, "now"\nplease');
    expect(bodies).toContain("'@SUM(A1:A9)");
    // Orders: T1 (customer + 2 added + reply + note), T2 (customer + 2 replies + note),
    // T5 (customer + bot).
    expect(rows).toHaveLength(1 + 5 + 4 + 2);
  });

  it("writes a real XLSX workbook, formulas neutralised", async () => {
    const { res, bytes } = await download(`${WEEK}&format=xlsx&kind=tickets`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("tickets");
    if (!sheet) throw new Error("No tickets sheet");
    expect(sheet.rowCount).toBe(7);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const subject = header.indexOf("subject") + 1;
    const cell = sheet.getRow(2).getCell(subject);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(sheet.getRow(2).getCell(1).value).toEqual(expect.any(Number));
  });

  it("audits every export as a privacy event", async () => {
    const entries = await t.handle.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "analytics.export"));
    expect(entries.length).toBe(4);
    expect(entries.every((e) => e.actorId === supervisor.id && e.targetType === "export")).toBe(
      true,
    );
    expect(entries.map((e) => (e.after as { queue: string | null }).queue)).toContain("l2");
    const risk = await t.call("GET", `/api/admin/analytics/risk?from=2000-01-01&to=2000-12-31`, {
      user: supervisor,
    });
    expect(risk.body.privacy.exports).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const now = await t.call("GET", `/api/admin/analytics/risk?from=${today}&to=${today}`, {
      user: supervisor,
    });
    expect(now.body.privacy.exports).toBe(4);
  });

  it("rejects a bad format with field errors", async () => {
    const { res, bytes } = await download(`${WEEK}&format=pdf`);
    expect(res.status).toBe(400);
    expect(Object.keys(JSON.parse(bytes.toString()).error.details.fields)).toEqual(["format"]);
  });
});
