import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

const token = "1234567890:AAHelplineFakeTokenForTests_abcdefghij";

describe("describeError", () => {
  it("keeps Telegram's error code and description but not the payload", () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 1, text: "private words" },
    );
    expect(describeError(error)).toBe(
      "Call to 'sendMessage' failed! (403: Forbidden: bot was blocked by the user)",
    );
  });

  it("never lets the token through from a network error", () => {
    const cause = Object.assign(
      new Error(`request to http://127.0.0.1:1/bot${token}/getMe failed, reason: socket hang up`),
      { code: "ECONNRESET" },
    );
    const summary = describeError(new HttpError("Network request for 'getMe' failed!", cause));
    expect(summary).toBe("Network request for 'getMe' failed! (ECONNRESET)");

    const bare = new HttpError("Network request for 'getMe' failed!", new Error(`bot${token}/x`));
    expect(describeError(bare)).not.toContain(token);
    expect(describeError(new Error(`odd ${token}`), [token])).toBe("Error: odd [redacted]");
  });
});
