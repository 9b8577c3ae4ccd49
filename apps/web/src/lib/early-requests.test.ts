import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ticketsPath } from "../features/tickets/api/get-tickets";

const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");
const earlyPaths = [...html.matchAll(/\bget\("(\/api\/[^"]+)"\)/g)].map((match) => match[1]);

describe("index.html's early requests", () => {
  it("asks for exactly what the first screen asks for, or the work is wasted", () => {
    expect(earlyPaths).toEqual(["/api/me", ticketsPath("open", null)]);
  });
});
