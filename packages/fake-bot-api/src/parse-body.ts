import type { IncomingMessage } from "node:http";

/** What a multipart file part is recorded as: the bytes themselves are of no use to a test. */
export interface UploadedFile {
  filename: string;
  contentType: string | undefined;
  size: number;
}

export class BadRequestBody extends Error {}

/**
 * Reads a Bot API request body into a plain payload, the way Telegram accepts it: JSON,
 * `application/x-www-form-urlencoded` or `multipart/form-data` (grammY switches to multipart
 * as soon as a payload contains an `InputFile`).
 *
 * Form values stay strings, as Telegram receives them, except values that start with `{` or `[`:
 * clients JSON-encode objects such as `reply_markup` there, and tests want to inspect them.
 *
 * @example
 * const payload = parseBody("application/x-www-form-urlencoded", Buffer.from("chat_id=1&text=hi"));
 * // { chat_id: "1", text: "hi" }
 */
export function parseBody(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    return fromEntries(new URLSearchParams(body.toString("utf8")));
  }
  if (type === "multipart/form-data") return parseMultipart(contentType ?? "", body);
  // grammY always labels JSON, but curl users often forget; Telegram is lenient here as well.
  return parseJsonObject(body.toString("utf8"));
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequestBody("Bad Request: can't parse JSON object");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BadRequestBody("Bad Request: parameters must be a JSON object");
  }
  return value as Record<string, unknown>;
}

function fromEntries(entries: Iterable<[string, string]>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [key, value] of entries) payload[key] = decodeFormValue(value);
  return payload;
}

function decodeFormValue(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function parseMultipart(contentType: string, body: Buffer): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) throw new BadRequestBody("Bad Request: multipart boundary is missing");

  const delimiter = Buffer.from(`--${token}`);
  const payload: Record<string, unknown> = {};
  let position = body.indexOf(delimiter);
  while (position !== -1) {
    const afterDelimiter = position + delimiter.length;
    // `--boundary--` closes the body.
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString("latin1") === "--") break;
    const partStart = afterDelimiter + 2; // skip CRLF
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    const part = body.subarray(partStart, next - 2); // the CRLF before the next delimiter
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      // `;\s*name=` so that `filename="..."` is not mistaken for the field name.
      const name = /;\s*name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /;\s*filename="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        payload[name] =
          filename === undefined
            ? decodeFormValue(content.toString("utf8"))
            : ({
                filename,
                contentType: /^content-type:\s*(.+)$/im.exec(headers)?.[1]?.trim(),
                size: content.length,
              } satisfies UploadedFile);
      }
    }
    position = next;
  }
  return payload;
}
