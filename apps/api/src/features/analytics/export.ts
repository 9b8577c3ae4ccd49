import { PassThrough, Readable } from "node:stream";
import type { ExportQuery } from "@helpline/contracts/analytics";
import { type Db, rowsOf } from "@helpline/db";
import { type SQL, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { writeAudit } from "../console/audit";
import type { Scope } from "./analytics.repo";

/** Rows read per round trip: memory stays flat however large the export. */
const BATCH = 1000;

type Cell = string | number | null;

interface Sheet {
  columns: string[];
  /** Pages of rows in a stable order, read lazily. */
  pages(): AsyncGenerator<Cell[][]>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some tab or CR tricks)
 * as a formula: customer text must never do that, so such a cell gets a leading `'`.
 */
export function neutralise(value: Cell): Cell {
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  const text = value === null ? "" : String(neutralise(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const iso = (value: unknown) =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

function filters(scope: Scope): SQL {
  const parts: SQL[] = [
    sql`t.created_at >= ${scope.range.startsAt}::timestamptz`,
    sql`t.created_at < ${scope.range.endsAt}::timestamptz`,
  ];
  if (scope.queue) parts.push(sql`t.queue_id = ${scope.queue}`);
  if (scope.topic) parts.push(sql`t.topic_id = ${scope.topic}`);
  if (scope.agent) parts.push(sql`t.assignee_id = ${scope.agent}`);
  if (scope.language) {
    parts.push(sql`exists (select 1 from users u where u.id = t.customer_id
      and left(coalesce(u.language, u.language_code, 'en'), 2) = ${scope.language})`);
  }
  return sql.join(parts, sql` and `);
}

function ticketSheet(db: Db, scope: Scope): Sheet {
  return {
    columns: [
      "number",
      "created_at",
      "status",
      "queue",
      "topic",
      "section",
      "channel",
      "priority",
      "subject",
      "customer_id",
      "assignee_id",
      "first_responded_at",
      "resolved_at",
      "csat_score",
      "reopen_count",
      "tags",
    ],
    async *pages() {
      let after = 0;
      for (;;) {
        const rows = rowsOf<Record<string, unknown>>(
          await db.execute(sql`
            select t.number, t.created_at, t.status, t.queue_id, t.topic_id, t.section_id,
              t.channel, t.priority, t.subject, t.customer_id, t.assignee_id,
              t.first_responded_at, t.resolved_at, t.csat_score, t.reopen_count, t.tags
            from tickets t where ${filters(scope)} and t.number > ${after}
            order by t.number limit ${BATCH}`),
        );
        if (rows.length === 0) return;
        after = Number(rows.at(-1)?.number);
        yield rows.map((r) => [
          Number(r.number),
          iso(r.created_at),
          String(r.status),
          String(r.queue_id),
          String(r.topic_id),
          (r.section_id as string | null) ?? null,
          String(r.channel),
          String(r.priority),
          String(r.subject),
          Number(r.customer_id),
          r.assignee_id === null ? null : Number(r.assignee_id),
          iso(r.first_responded_at),
          iso(r.resolved_at),
          r.csat_score === null ? null : Number(r.csat_score),
          Number(r.reopen_count),
          (r.tags as string[]).join(" "),
        ]);
        if (rows.length < BATCH) return;
      }
    },
  };
}

function conversationSheet(db: Db, scope: Scope): Sheet {
  return {
    columns: ["ticket_number", "sent_at", "author", "author_id", "internal", "body"],
    async *pages() {
      let afterNumber = 0;
      let afterAt = "-infinity";
      let afterId = "00000000-0000-0000-0000-000000000000";
      for (;;) {
        const rows = rowsOf<Record<string, unknown>>(
          await db.execute(sql`
            select t.number, m.created_at, m.id, m.author, m.author_id, m.internal, m.body
            from tickets t join messages m on m.ticket_id = t.id
            where ${filters(scope)}
              and (t.number, m.created_at, m.id) > (${afterNumber}, ${afterAt}::timestamptz, ${afterId}::uuid)
            order by t.number, m.created_at, m.id limit ${BATCH}`),
        );
        if (rows.length === 0) return;
        const last = rows.at(-1) as Record<string, unknown>;
        afterNumber = Number(last.number);
        afterAt = iso(last.created_at) as string;
        afterId = String(last.id);
        yield rows.map((r) => [
          Number(r.number),
          iso(r.created_at),
          String(r.author),
          r.author_id === null ? null : Number(r.author_id),
          r.internal ? "yes" : "no",
          String(r.body),
        ]);
        if (rows.length < BATCH) return;
      }
    },
  };
}

async function* csvChunks(sheet: Sheet): AsyncGenerator<string> {
  // A byte-order mark so spreadsheet apps read the file as UTF-8 (Persian, Chinese, Russian).
  yield `\uFEFF${sheet.columns.map(csvField).join(",")}\r\n`;
  for await (const page of sheet.pages()) {
    yield page.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
  }
}

function xlsxStream(sheet: Sheet, name: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
  const worksheet = workbook.addWorksheet(name);
  void (async () => {
    worksheet.addRow(sheet.columns).commit();
    for await (const page of sheet.pages()) {
      for (const row of page) worksheet.addRow(row.map(neutralise)).commit();
    }
    worksheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

export interface ExportResult {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Streams tickets or their conversations as CSV or XLSX, after writing the export to the audit
 * log (who, which kind, which filters) as a privacy event.
 */
export async function exportData(
  db: Db,
  actorId: number,
  query: ExportQuery,
  scope: Scope,
): Promise<ExportResult> {
  await writeAudit(db, {
    actorId,
    action: "analytics.export",
    targetType: "export",
    targetId: query.kind,
    after: {
      format: query.format,
      from: scope.range.from,
      to: scope.range.to,
      tz: scope.range.tz,
      queue: query.queue ?? null,
      topic: query.topic ?? null,
      language: query.language ?? null,
      agent: query.agent ?? null,
    },
  });
  const sheet = query.kind === "tickets" ? ticketSheet(db, scope) : conversationSheet(db, scope);
  const filename = `helpline-${query.kind}-${scope.range.from}-${scope.range.to}.${query.format}`;
  if (query.format === "csv") {
    const encoder = new TextEncoder();
    const chunks = csvChunks(sheet);
    return {
      filename,
      contentType: "text/csv; charset=utf-8",
      body: new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await chunks.return(undefined);
        },
      }),
    };
  }
  return {
    filename,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Readable.toWeb(xlsxStream(sheet, query.kind)) as ReadableStream<Uint8Array>,
  };
}
