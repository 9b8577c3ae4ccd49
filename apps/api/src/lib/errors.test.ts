import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, handleError, validationDetails } from "./errors";
import { createLogger } from "./logger";

describe("handleError", () => {
  const lines: string[] = [];
  const app = new Hono();
  app.onError(handleError(createLogger("error", (_level, line) => lines.push(line))));
  app.get("/boom", () => {
    throw new Error("password=hunter2 at db.internal:5432");
  });
  app.get("/known", () => {
    throw new AppError(
      "rate_limited",
      "Slow down",
      { retryAfterSeconds: 3 },
      { "Retry-After": "3" },
    );
  });

  it("hides internals of unexpected errors behind a bare 500 but logs them", async () => {
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal", message: "Something went wrong on our side" },
    });
    expect(text).not.toContain("hunter2");
    expect(lines.some((line) => line.includes("Unhandled error"))).toBe(true);
  });

  it("answers an AppError with its status, code, details and headers", async () => {
    const res = await app.request("/known");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({
      error: { code: "rate_limited", message: "Slow down", details: { retryAfterSeconds: 3 } },
    });
  });
});

describe("validationDetails", () => {
  it("groups messages by dotted field path and lists unknown keys", () => {
    const schema = z.strictObject({ a: z.string(), b: z.object({ c: z.number() }) });
    const result = schema.safeParse({ a: 1, b: { c: "x" }, d: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const details = validationDetails(result.error);
    expect(Object.keys(details.fields).sort()).toEqual(["a", "b.c", "d"]);
    expect(details.fields.d).toEqual(["Unknown field"]);
  });
});

describe("createLogger", () => {
  it("redacts secrets by field name", () => {
    const lines: string[] = [];
    const logger = createLogger("debug", (_level, line) => lines.push(line));
    logger.info("auth", { authorization: "tma abc", botToken: "1:x", userId: 5 });
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      authorization: "[redacted]",
      botToken: "[redacted]",
      userId: 5,
    });
  });
});
