import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { signInitData, validateInitData } from "./init-data";

const TOKEN = "123456789:AAAAbbbbCCCCddddEEEEffffGGGGhhhhIII";
const user = { id: 42, first_name: "Dana", language_code: "fa", is_premium: true };
const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const authDate = Math.floor(now / 1000) - 60;

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return (error.details as { reason: string }).reason;
    throw error;
  }
  return undefined;
}

describe("validateInitData", () => {
  it("accepts data signed with the bot token and returns the user", () => {
    const raw = signInitData(user, TOKEN, { authDate, startParam: "ticket_10001" });
    const valid = validateInitData(raw, TOKEN, { maxAgeSeconds: 3600, now });
    expect(valid.user).toEqual(user);
    expect(valid.authDate).toBe(authDate);
    expect(valid.startParam).toBe("ticket_10001");
  });

  it("accepts Telegram's own example shape with a signature field and encoded values", () => {
    // Fields Telegram adds (signature, query_id) take part in the check like any other.
    const params = new URLSearchParams(signInitData(user, TOKEN, { authDate, queryId: "AAH" }));
    expect(params.get("query_id")).toBe("AAH");
    expect(() =>
      validateInitData(params.toString(), TOKEN, { maxAgeSeconds: 3600, now }),
    ).not.toThrow();
  });

  it("refuses a tampered user as bad_signature", () => {
    const params = new URLSearchParams(signInitData(user, TOKEN, { authDate }));
    params.set("user", JSON.stringify({ ...user, id: 43 }));
    expect(
      reasonOf(() => validateInitData(params.toString(), TOKEN, { maxAgeSeconds: 3600, now })),
    ).toBe("bad_signature");
  });

  it("refuses data signed with another bot's token as bad_signature", () => {
    const raw = signInitData(user, "987654321:ZZZZbbbbCCCCddddEEEEffffGGGGhhhhIII", { authDate });
    expect(reasonOf(() => validateInitData(raw, TOKEN, { maxAgeSeconds: 3600, now }))).toBe(
      "bad_signature",
    );
  });

  it("refuses a moved auth_date as bad_signature, not expired", () => {
    const params = new URLSearchParams(signInitData(user, TOKEN, { authDate }));
    params.set("auth_date", String(authDate + 100));
    expect(
      reasonOf(() => validateInitData(params.toString(), TOKEN, { maxAgeSeconds: 3600, now })),
    ).toBe("bad_signature");
  });

  it("refuses data older than the maximum age as expired", () => {
    const raw = signInitData(user, TOKEN, { authDate: authDate - 7200 });
    expect(reasonOf(() => validateInitData(raw, TOKEN, { maxAgeSeconds: 3600, now }))).toBe(
      "expired",
    );
  });

  it.each([
    ["empty", ""],
    ["no hash", "auth_date=1&user=%7B%7D"],
    ["short hash", "auth_date=1&hash=abc"],
    ["no auth_date", `hash=${"a".repeat(64)}`],
    ["garbage", "%%%not-init-data"],
  ])("refuses %s as malformed", (_label, raw) => {
    expect(reasonOf(() => validateInitData(raw, TOKEN, { maxAgeSeconds: 3600, now }))).toBe(
      "malformed",
    );
  });

  it("refuses a correctly signed string whose user has no id as malformed", () => {
    const noId = { first_name: "Nobody" } as unknown as Parameters<typeof signInitData>[0];
    const raw = signInitData(noId, TOKEN, { authDate });
    expect(reasonOf(() => validateInitData(raw, TOKEN, { maxAgeSeconds: 3600, now }))).toBe(
      "malformed",
    );
  });
});
