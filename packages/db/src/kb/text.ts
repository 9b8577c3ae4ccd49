import type { Locale } from "@helpline/contracts/locales";

/**
 * Text preparation shared by indexing and querying, so both sides see the same words.
 *
 * - Persian: Arabic yeh/kaf variants become Persian ی/ک, Arabic-Indic and Persian digits
 *   become ASCII, diacritics and tatweel go, and the zero-width non-joiner joins (می‌خواهم and
 *   میخواهم are one word).
 * - Chinese has no word separators and PostgreSQL no Chinese parser: each run of Han characters
 *   becomes its overlapping character bigrams (退款方式 -> 退款 款方 方式).
 */

/** The PostgreSQL text search configuration for each language. */
export const KB_TS_CONFIG: Record<Locale, "english" | "russian" | "simple"> = {
  en: "english",
  ru: "russian",
  fa: "simple",
  zh: "simple",
};

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

const CHAR_MAP: Record<string, string> = {
  "\u064A": "\u06CC", // Arabic yeh -> Persian yeh
  "\u0649": "\u06CC", // alef maksura -> Persian yeh
  "\u0643": "\u06A9", // Arabic kaf -> Persian keheh
  "\u0629": "\u0647", // teh marbuta -> heh
  "\u06C0": "\u0647", // heh with yeh above -> heh
  "\u0623": "\u0627", // alef with hamza above -> alef
  "\u0625": "\u0627", // alef with hamza below -> alef
  "\u0671": "\u0627", // alef wasla -> alef
};
for (let digit = 0; digit < 10; digit++) {
  CHAR_MAP[String.fromCharCode(0x0660 + digit)] = String(digit);
  CHAR_MAP[String.fromCharCode(0x06f0 + digit)] = String(digit);
}
const MAPPED = new RegExp(`[${Object.keys(CHAR_MAP).join("")}]`, "gu");
// Arabic diacritics, superscript alef, tatweel, zero-width joiner, soft hyphen.
const DROPPED = /[\u064B-\u065F\u0670\u0640\u00AD]|\u200D/gu;
const ZWNJ = /\u200C/gu;
const ZWNJ_WORD = /[\p{L}\p{M}\p{N}]+(?:\u200C[\p{L}\p{M}\p{N}]+)+/gu;

/**
 * Lowercased, NFKC-folded, with Persian letters and digits unified. A zero-width non-joiner
 * separates (می‌خواهم -> می خواهم); documents also keep the joined form, see `kbDocument`.
 */
export function normalizeKbText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(DROPPED, "")
    .replace(ZWNJ, " ")
    .replace(MAPPED, (char) => CHAR_MAP[char] ?? char);
}

/** Each word written with a non-joiner also as one word, so "ثبت‌نام", "ثبتنام" and "ثبت نام" all match. */
function withJoinedForms(text: string): string {
  return text.replace(ZWNJ_WORD, (word) => `${word.replace(ZWNJ, "")} ${word}`);
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** A document ready for `to_tsvector`: normalised, Han runs split into bigrams. */
export function kbDocument(text: string): string {
  return normalizeKbText(withJoinedForms(text)).replace(
    HAN_RUN,
    (run) => ` ${bigrams(run).join(" ")} `,
  );
}

// Characters of Chinese function words; a bigram made only of them (我的, 可以, 怎么) says
// nothing about the topic and is left out of queries.
const HAN_FUNCTION = new Set(
  Array.from(
    "的了吗呢吧啊我你他她它们是在有能会要可以么怎什这那哪一个不也都就和与把被给让从对为很些吗呀嘛",
  ),
);

/** A query bigram worth searching for. */
export function isHanStopBigram(token: string): boolean {
  const chars = Array.from(token);
  return chars.length === 2 && chars.every((char) => HAN_FUNCTION.has(char));
}

/** The words of a query or document, normalised; Han runs come out as bigrams. */
export function kbTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of normalizeKbText(text).match(WORD) ?? []) {
    if (!HAN.test(word)) {
      tokens.push(word);
      continue;
    }
    // A word may mix scripts ("iphone手机"): split Han runs from the rest.
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (!part) continue;
      if (HAN.test(part)) tokens.push(...bigrams(part));
      else tokens.push(part);
    }
  }
  return tokens;
}

export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

/** Markdown as plain words: links keep their text, images their alt, syntax characters go. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words worth keeping in the typo lexicon: letters, three characters or more, not Han. */
export function lexiconTerms(text: string): string[] {
  const out = new Set<string>();
  for (const token of kbTokens(withJoinedForms(text))) {
    if (token.length >= 3 && token.length <= 40 && !isHanToken(token) && /\p{L}/u.test(token)) {
      out.add(token);
    }
  }
  return [...out];
}
