import { describe, expect, it } from "vitest";
import { isLocale, resolveLocale } from "./locales";
import { createTicketSchema, listTicketsQuerySchema } from "./tickets";

describe("resolveLocale", () => {
  it.each([
    ["en", "en"],
    ["ru", "ru"],
    ["fa-IR", "fa"],
    ["zh-hans", "zh"],
    ["pt-br", "en"],
    [null, "en"],
    ["", "en"],
  ])("%s → %s", (code, locale) => {
    expect(resolveLocale(code)).toBe(locale);
  });

  it("knows the launch locales only", () => {
    expect(isLocale("fa")).toBe(true);
    expect(isLocale("ar")).toBe(false);
  });
});

describe("ticket schemas", () => {
  it("trims text and refuses unknown fields", () => {
    const parsed = createTicketSchema.parse({
      topicId: "orders",
      subject: "  Late parcel  ",
      description: "  It has been a week now.  ",
    });
    expect(parsed.subject).toBe("Late parcel");
    expect(createTicketSchema.safeParse({ ...parsed, admin: true }).success).toBe(false);
  });

  it("splits a status list and refuses unknown statuses", () => {
    expect(listTicketsQuerySchema.parse({ status: "new,open" }).status).toEqual(["new", "open"]);
    expect(listTicketsQuerySchema.parse({}).limit).toBe(20);
    expect(listTicketsQuerySchema.safeParse({ status: "new,gone" }).success).toBe(false);
  });
});
