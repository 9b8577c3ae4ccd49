import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "./en";
import fa from "./fa";
import ru from "./ru";
import zh from "./zh";

// The catalogues as the app loads them, through i18next's own plural resolution.
const i18n = i18next.createInstance();
await i18n.init({
  lng: "en",
  fallbackLng: "en",
  resources: {
    en: { translation: en },
    ru: { translation: ru },
    fa: { translation: fa },
    zh: { translation: zh },
  },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

const say = (lng: string, count: number) =>
  i18n.t("form.errors.tooShort", { lng, count, min: String(count) });

describe("plurals", () => {
  it("pick the form the number needs in each language", () => {
    expect(say("en", 1)).toBe("At least 1 character");
    expect(say("en", 10)).toBe("At least 10 characters");
    expect(say("ru", 1)).toBe("Не меньше 1 символа");
    expect(say("ru", 3)).toBe("Не меньше 3 символов");
    expect(say("ru", 21)).toBe("Не меньше 21 символа");
    expect(i18n.t("errors.rateLimited", { lng: "ru", count: 5, seconds: "5" })).toContain(
      "5 секунд.",
    );
    expect(i18n.t("errors.rateLimited", { lng: "ru", count: 2, seconds: "2" })).toContain(
      "2 секунды.",
    );
    expect(say("zh", 3)).toBe("至少 3 个字符");
    expect(say("fa", 3)).toBe("دست‌کم 3 نویسه");
  });
});
