import { describe, expect, it } from "vitest";
import { webhookSecret } from "./webhook-secret";

describe("webhookSecret", () => {
  const token = "1234567890:AAHelplineFakeTokenForTests_abcdefghij";

  it("is stable for a token and differs between tokens", () => {
    expect(webhookSecret(token)).toBe(webhookSecret(token));
    expect(webhookSecret(token)).not.toBe(webhookSecret(`${token}x`));
  });

  it("fits Telegram's secret_token alphabet and never contains the token", () => {
    const secret = webhookSecret(token);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(secret).not.toContain(token.split(":")[1]);
  });
});
