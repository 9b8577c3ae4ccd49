import { describe, expect, it } from "vitest";
import en, { type Messages } from "./en";
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
const SAME_EVERYWHERE = new Set(["ticket.system", "form.counter", "admin.queues.vip"]);

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys with their plural forms folded into one `key_*`, and the forms each plural has. */
function plurals(keys: Iterable<string>) {
  const forms = new Map<string, string[]>();
  const plain: string[] = [];
  for (const key of keys) {
    const form = PLURAL.exec(key)?.[1];
    if (!form) {
      plain.push(key);
      continue;
    }
    const base = key.replace(PLURAL, "");
    forms.set(base, [...(forms.get(base) ?? []), form].sort());
  }
  return { plain: plain.sort(), forms };
}

describe("the English catalogue", () => {
  it("has exactly English's plural forms for every plural", () => {
    const wanted = [...new Intl.PluralRules("en").resolvedOptions().pluralCategories].sort();
    const { forms } = plurals(flatten(en as unknown as Tree).keys());
    expect(forms.size).toBeGreaterThan(0);
    for (const [base, have] of forms) expect([base, have]).toEqual([base, wanted]);
  });
});

describe.each([
  ["ru", ru],
  ["fa", fa],
  ["zh", zh],
] as [string, Messages][])("%s catalogue", (name, messages) => {
  const english = flatten(en as unknown as Tree);
  const translated = flatten(messages as unknown as Tree);

  it("has every key English has, and no others", () => {
    const theirs = plurals(translated.keys());
    const ours = plurals(english.keys());
    expect(theirs.plain).toEqual(ours.plain);
    expect([...theirs.forms.keys()].sort()).toEqual([...ours.forms.keys()].sort());
  });

  it("has each plural in exactly the forms the language's plural rules use (CLDR)", () => {
    const wanted = [...new Intl.PluralRules(name).resolvedOptions().pluralCategories].sort();
    for (const [base, have] of plurals(translated.keys()).forms) {
      expect([base, have]).toEqual([base, wanted]);
    }
  });

  it("leaves nothing in English", () => {
    const untranslated = [...english].filter(
      ([key, text]) => !SAME_EVERYWHERE.has(key) && translated.get(key) === text,
    );
    expect(untranslated).toEqual([]);
  });

  it("keeps every {{placeholder}} of the English text", () => {
    for (const [key, text] of translated) {
      // A plural form is compared with English's `_other`, which every language has.
      const source = english.get(key) ?? english.get(key.replace(PLURAL, "_other")) ?? "";
      const wanted = (source.match(/{{\w+}}/g) ?? []).sort();
      expect([key, (text.match(/{{\w+}}/g) ?? []).sort()]).toEqual([key, wanted]);
    }
  });
});
