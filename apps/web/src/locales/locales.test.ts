import { describe, expect, it } from "vitest";
import adminEn from "./admin/en";
import adminFa from "./admin/fa";
import adminRu from "./admin/ru";
import adminZh from "./admin/zh";
import en from "./en";
import fa from "./fa";
import ru from "./ru";
import zh from "./zh";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Strings that are the same in every language on purpose (brand names, placeholders only).
const SAME_EVERYWHERE = new Set([
  "ticket.system",
  "form.counter",
  "admin.queues.vip",
  "admin.views.vip",
  "admin.list.vip",
  "admin.workspace.system",
  // Each language is named in its own script, the same in every catalogue.
  "admin.languages.en",
  "admin.languages.ru",
  "admin.languages.fa",
  "admin.languages.zh",
]);

// The console's strings are a separate, lazily loaded catalogue under `admin`; checked alike.
const catalogue = (customer: object, admin: object) =>
  flatten({ ...customer, admin } as unknown as Tree);

describe.each([
  ["ru", catalogue(ru, adminRu)],
  ["fa", catalogue(fa, adminFa)],
  ["zh", catalogue(zh, adminZh)],
] as [string, Map<string, string>][])("%s catalogue", (_name, translated) => {
  const english = catalogue(en, adminEn);

  it("has every key English has, and no others", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("leaves nothing in English", () => {
    const untranslated = [...english].filter(
      ([key, text]) => !SAME_EVERYWHERE.has(key) && translated.get(key) === text,
    );
    expect(untranslated).toEqual([]);
  });

  it("keeps every {{placeholder}} of the English text", () => {
    for (const [key, text] of english) {
      const wanted = (text.match(/{{\w+}}/g) ?? []).sort();
      expect([key, (translated.get(key)?.match(/{{\w+}}/g) ?? []).sort()]).toEqual([key, wanted]);
    }
  });
});
