import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKbMessages } from "./kb-i18n";

describe("knowledge-base words", () => {
  beforeAll(async () => {
    await i18next.init({ lng: "en", fallbackLng: "en", resources: {}, initAsync: false });
  });

  it("load into their own namespace, per language, once", async () => {
    const first = loadKbMessages("fa");
    expect(loadKbMessages("fa")).toBe(first);
    await first;
    expect(i18next.t("helpful.yes", { ns: "kb", lng: "fa" })).toBe("بله");
    expect(i18next.t("helpful.yes", { ns: "kb", lng: "en" })).toBe("Yes");
    expect(i18next.t("categories.returns", { ns: "kb", lng: "zh" })).toBe("Returns and refunds");
  });

  it("leave the app's own catalogue for that language unloaded, so it still gets fetched", async () => {
    await loadKbMessages("ru");
    expect(i18next.hasResourceBundle("ru", "kb")).toBe(true);
    expect(i18next.hasResourceBundle("ru", "translation")).toBe(false);
  });
});
