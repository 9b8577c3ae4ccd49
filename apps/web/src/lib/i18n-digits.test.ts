import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAnalyticsMessages } from "../features/admin/analytics/analytics-i18n";
import en from "../locales/en";
import fa from "../locales/fa";
import ru from "../locales/ru";
import { interpolation } from "./i18n";

describe("numbers in sentences", () => {
  beforeAll(async () => {
    await i18next.init({
      lng: "en",
      fallbackLng: "en",
      resources: { en: { translation: en }, fa: { translation: fa }, ru: { translation: ru } },
      interpolation,
      initAsync: false,
    });
    await Promise.all([loadAnalyticsMessages("fa"), loadAnalyticsMessages("zh")]);
  });

  it("are written in the reader's digits on the analytics screens", () => {
    expect(i18next.t("volume.total", { ns: "analytics", lng: "fa", count: 3 })).toBe("تیکت‌ها: ۳");
    expect(i18next.t("sla.count", { ns: "analytics", lng: "fa", count: 1250 })).toBe(
      "تیکت‌ها: ۱۲۵۰",
    );
    expect(i18next.t("quality.csatTarget", { ns: "analytics", lng: "fa", value: 4.5 })).toContain(
      "۴٫۵",
    );
    expect(i18next.t("volume.total", { ns: "analytics", lng: "en", count: 3 })).toBe("Tickets: 3");
    expect(i18next.t("volume.total", { ns: "analytics", lng: "zh", count: 3 })).toContain("3");
  });

  it("keep the customer's screens as they were, in Persian digits for Persian", () => {
    // A ticket number is never grouped ("10,001" would read as two numbers).
    expect(i18next.t("ticket.title", { lng: "en", number: 10001 })).toBe("Request #10001");
    expect(i18next.t("ticket.title", { lng: "ru", number: 10001 })).toContain("10001");
    expect(i18next.t("ticket.title", { lng: "fa", number: 10001 })).toContain("۱۰۰۰۱");
    expect(i18next.t("form.counter", { lng: "fa", count: 12, max: 4000 })).toBe("۱۲ / ۴۰۰۰");
    // Plurals still pick their form from the number itself.
    expect(i18next.t("errors.rateLimited", { lng: "en", seconds: 1, count: 1 })).toBe(
      "Too many requests. Try again in 1 second.",
    );
    // Strings (already formatted by the caller) pass through untouched.
    expect(i18next.t("ticket.title", { lng: "fa", number: "۷" })).toContain("۷");
  });
});
