import { LOCALES } from "@helpline/contracts/locales";
import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, NOTIFICATION_TEXTS } from "./catalogue";
import { render, UnknownKindError } from "./render";

const NOW = Date.parse("2026-11-23T10:00:00Z");
const TICKET = "5f0c6f3e-8d7b-4a51-9a51-0c1e2d3f4a5b";
const options = { webAppUrl: "https://desk.example.com/", now: NOW };

describe("notification renderer", () => {
  it("says the same thing in each recipient's language, times in their zone", () => {
    const row = {
      kind: "ticket.accepted",
      params: { number: 10042, eta: "2026-11-23T10:30:00.000Z", queueBreaching: false },
      ticketId: TICKET,
    };
    expect(render(row, { languageCode: "en-GB", timeZone: "Europe/London" }, options).text).toBe(
      "Accepted: ticket #10042. Expected answer in about 30 min (by Nov 23, 10:30 AM).",
    );
    expect(render(row, { language: "ru", timeZone: "Europe/Moscow" }, options).text).toBe(
      "Принято: обращение #10042. Ответим примерно через 30 мин (до 23 нояб., 13:30).",
    );
    const fa = render(row, { language: "fa", timeZone: "Asia/Tehran" }, options).text;
    expect(fa).toContain("#۱۰۰۴۲");
    expect(fa).toContain("۳۰ دقیقه");
    expect(fa).toContain("۱۴:۰۰");
    expect(
      render(row, { languageCode: "zh-hans", timeZone: "Asia/Shanghai" }, options).text,
    ).toContain("工单 #10042");
    // An unknown language or zone falls back to English and UTC.
    expect(render(row, { languageCode: "de", timeZone: "Mars/Base" }, options).text).toContain(
      "(by Nov 23, 10:30 AM)",
    );
  });

  it("attaches the contract's buttons: the ticket for customers, the console for staff", () => {
    const customer = render(
      { kind: "ticket.reply", params: { number: 10042, preview: "Hi" }, ticketId: TICKET },
      { language: "ru" },
      options,
    );
    expect(customer.replyMarkup?.inline_keyboard).toEqual([
      [
        {
          text: "Открыть обращение",
          web_app: { url: `https://desk.example.com/tickets/${TICKET}` },
        },
      ],
    ]);
    const staff = render(
      {
        kind: "staff.breach",
        params: { number: 10042, target: "resolution", dueAt: "2026-11-23T09:00:00Z" },
        ticketId: TICKET,
      },
      { language: "en" },
      options,
    );
    expect(staff.text).toBe("Ticket #10042 breached its resolution target (due Nov 23, 09:00 AM).");
    expect(staff.replyMarkup?.inline_keyboard).toEqual([
      [
        {
          text: "Open in console",
          web_app: { url: `https://desk.example.com/admin/tickets/${TICKET}` },
        },
      ],
    ]);
    const csat = render(
      { kind: "csat.request", params: { number: 7 }, ticketId: TICKET },
      undefined,
      options,
    );
    expect(
      csat.replyMarkup?.inline_keyboard[0]?.map(
        (b) => (b as { callback_data?: string }).callback_data,
      ),
    ).toEqual(["csat:7:1", "csat:7:2", "csat:7:3", "csat:7:4", "csat:7:5"]);
    const followUp = render(
      { kind: "ticket.follow_up", params: { number: 7 }, ticketId: null },
      { language: "zh" },
      options,
    );
    expect(followUp.replyMarkup?.inline_keyboard).toEqual([
      [
        { text: "是", callback_data: "followup:7:yes" },
        { text: "否，重新打开", callback_data: "followup:7:no" },
      ],
    ]);
    // Without an https Mini App there is nothing to open.
    expect(
      render(
        { kind: "ticket.reply", params: { number: 1, preview: "x" }, ticketId: TICKET },
        undefined,
        { now: NOW, webAppUrl: "http://localhost:5173" },
      ).replyMarkup,
    ).toBeUndefined();
  });

  it("sends customer text as text and keeps within Telegram's length", () => {
    const preview = `<b>bold?</b> & *stars* ${"y".repeat(5000)}`;
    const { text } = render(
      { kind: "ticket.reply", params: { number: 1, preview }, ticketId: null },
      undefined,
      options,
    );
    expect(text.startsWith("New reply on ticket #1:\n\n<b>bold?</b> & *stars* ")).toBe(true);
    expect(text.length).toBe(4096);
  });

  it("has every kind in every language, and refuses an unknown one", () => {
    for (const locale of LOCALES) {
      for (const kind of NOTIFICATION_KINDS) {
        const text = NOTIFICATION_TEXTS[locale].kinds[kind](
          { number: 1 },
          {
            ticket: String,
            count: String,
            time: String,
            minutesUntil: String,
            date: String,
            text: String,
          },
        );
        expect(text.length, `${locale} ${kind}`).toBeGreaterThan(10);
      }
    }
    expect(() => render({ kind: "nope", params: {}, ticketId: null }, undefined, options)).toThrow(
      UnknownKindError,
    );
  });
});
