import { describe, expect, it } from "vitest";
import en from "./en";
import fa from "./fa";
import kbEn from "./kb/en";
import kbFa from "./kb/fa";
import kbRu from "./kb/ru";
import kbZh from "./kb/zh";
import ru from "./ru";
import zh from "./zh";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = "", ns = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : `${ns}${key}`;
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
  "kb:admin.exportJson",
]);

describe.each([
  ["ru", ru, en, ""],
  ["fa", fa, en, ""],
  ["zh", zh, en, ""],
  // The knowledge base's own namespace, loaded with its screens.
  ["kb ru", kbRu, kbEn, "kb:"],
  ["kb fa", kbFa, kbEn, "kb:"],
  ["kb zh", kbZh, kbEn, "kb:"],
] as [string, object, object, string][])("%s catalogue", (_name, messages, source, ns) => {
  const english = flatten(source as unknown as Tree, "", ns);
  const translated = flatten(messages as unknown as Tree, "", ns);

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
