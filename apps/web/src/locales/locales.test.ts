import { describe, expect, it } from "vitest";
import adminEn from "./admin/en";
import adminFa from "./admin/fa";
import adminRu from "./admin/ru";
import adminZh from "./admin/zh";
import analyticsEn from "./analytics/en";
import analyticsFa from "./analytics/fa";
import analyticsRu from "./analytics/ru";
import analyticsZh from "./analytics/zh";
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
  "admin.views.vip",
  "admin.list.vip",
  "admin.workspace.system",
  // Each language is named in its own script, the same in every catalogue.
  "admin.languages.en",
  "admin.languages.ru",
  "admin.languages.fa",
  "admin.languages.zh",
  "kb:admin.exportJson",
  // Analytics: names of metrics and file formats, a dash for "no value", a date range.
  "analytics:sections.sla",
  "analytics:sla.p90",
  "analytics:quality.csat",
  "analytics:quality.nps",
  "analytics:efficiency.csat",
  "analytics:weekly.csat",
  "analytics:export.csv",
  "analytics:export.xlsx",
  "analytics:none",
  "analytics:weekly.period",
]);

// The console's strings are a separate, lazily loaded catalogue under `admin`; checked alike.
const withAdmin = (customer: object, admin: object) => ({ ...customer, admin });

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

const categories = (locale: string) =>
  [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

describe("the English catalogues", () => {
  it("have exactly English's plural forms for every plural", () => {
    const { forms } = plurals(flatten(en as unknown as Tree).keys());
    expect(forms.size).toBeGreaterThan(0);
    for (const source of [withAdmin(en, adminEn), kbEn]) {
      for (const [base, have] of plurals(flatten(source as unknown as Tree).keys()).forms) {
        expect([base, have]).toEqual([base, categories("en")]);
      }
    }
  });
});

describe.each([
  ["ru", "ru", withAdmin(ru, adminRu), withAdmin(en, adminEn), ""],
  ["fa", "fa", withAdmin(fa, adminFa), withAdmin(en, adminEn), ""],
  ["zh", "zh", withAdmin(zh, adminZh), withAdmin(en, adminEn), ""],
  // The knowledge base's own namespace, loaded with its screens.
  ["kb ru", "ru", kbRu, kbEn, "kb:"],
  ["kb fa", "fa", kbFa, kbEn, "kb:"],
  ["kb zh", "zh", kbZh, kbEn, "kb:"],
  // The analytics dashboard's namespace, loaded with it.
  ["analytics ru", "ru", analyticsRu, analyticsEn, "analytics:"],
  ["analytics fa", "fa", analyticsFa, analyticsEn, "analytics:"],
  ["analytics zh", "zh", analyticsZh, analyticsEn, "analytics:"],
] as [string, string, object, object, string][])(
  "%s catalogue",
  (_name, locale, messages, source, ns) => {
    const english = flatten(source as unknown as Tree, "", ns);
    const translated = flatten(messages as unknown as Tree, "", ns);

    it("has every key English has, and no others", () => {
      const theirs = plurals(translated.keys());
      const ours = plurals(english.keys());
      expect(theirs.plain).toEqual(ours.plain);
      expect([...theirs.forms.keys()].sort()).toEqual([...ours.forms.keys()].sort());
    });

    it("has each plural in exactly the forms the language's plural rules use (CLDR)", () => {
      for (const [base, have] of plurals(translated.keys()).forms) {
        expect([base, have]).toEqual([base, categories(locale)]);
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
        const sourceText = english.get(key) ?? english.get(key.replace(PLURAL, "_other")) ?? "";
        const wanted = (sourceText.match(/{{\w+}}/g) ?? []).sort();
        expect([key, (text.match(/{{\w+}}/g) ?? []).sort()]).toEqual([key, wanted]);
      }
    });
  },
);
