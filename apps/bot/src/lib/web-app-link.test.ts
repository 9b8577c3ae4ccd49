import { describe, expect, it } from "vitest";
import { httpsUrl, startPayload, webAppLink, webAppPath } from "./web-app-link";

describe("httpsUrl", () => {
  it("accepts only https URLs", () => {
    expect(httpsUrl("https://help.example.com/app")).toBe("https://help.example.com/app");
    expect(httpsUrl("http://help.example.com")).toBeUndefined();
    expect(httpsUrl("not a url")).toBeUndefined();
    expect(httpsUrl(undefined)).toBeUndefined();
  });
});

describe("startPayload", () => {
  it("keeps deep-link payloads and drops anything else", () => {
    expect(startPayload("ticket_123")).toBe("ticket_123");
    expect(startPayload(" new-payment ")).toBe("new-payment");
    expect(startPayload("")).toBeUndefined();
    expect(startPayload("a b")).toBeUndefined();
    expect(startPayload("x".repeat(65))).toBeUndefined();
    expect(startPayload("../admin?x=1")).toBeUndefined();
  });
});

describe("webAppLink", () => {
  it("adds the payload as startapp and keeps existing parameters", () => {
    expect(webAppLink("https://h.example/app")).toBe("https://h.example/app");
    expect(webAppLink("https://h.example/app?lang=ru", "ticket_1")).toBe(
      "https://h.example/app?lang=ru&startapp=ticket_1",
    );
  });
});

describe("webAppPath", () => {
  it.each([
    ["https://help.example.com", "/admin", "https://help.example.com/admin"],
    ["https://help.example.com/app/", "/kb/refunds", "https://help.example.com/app/kb/refunds"],
  ])("puts %s + %s together", (base, path, expected) => {
    expect(webAppPath(base, path)).toBe(expected);
  });
});
