import type { MacroVariable } from "@helpline/contracts/macros";

// The variables of @helpline/contracts/macros; anything else in braces is left as written.

const VARIABLE = /\{(name|ticket|eta|local_time|topic|agent)\}/g;

/** Variables still unfilled in a draft, e.g. after inserting a macro and not editing it. */
export function unfilledVariables(text: string): MacroVariable[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1] as MacroVariable))];
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits a draft around the phrases that blocked it, case-insensitively, so the console can
 * mark them while keeping the text exactly as typed.
 */
export function markPhrases(text: string, phrases: readonly string[]): Segment[] {
  const wanted = phrases.map((phrase) => phrase.trim()).filter(Boolean);
  if (wanted.length === 0) return [{ text, hit: false }];
  const escaped = wanted
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(${escaped.join("|")})`, "giu");
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}
