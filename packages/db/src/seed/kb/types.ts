import type { KbCategory, KbStatus } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";

export interface DemoKbArticle {
  slug: string;
  category: KbCategory;
  /** The request topic this article answers, for "Still need help?". */
  topicId: string;
  status?: KbStatus;
  popular?: boolean;
  tags: string[];
  related: string[];
  text: Record<Locale, { title: string; summary: string; body: string }>;
}

type Text = [title: string, summary: string, body: string];

/** Compact constructor so the content files read like content. */
export function article(
  meta: Omit<DemoKbArticle, "text">,
  text: Record<Locale, Text>,
): DemoKbArticle {
  const out = {} as DemoKbArticle["text"];
  for (const [locale, [title, summary, body]] of Object.entries(text) as [Locale, Text][]) {
    out[locale] = { title, summary, body };
  }
  return { ...meta, text: out };
}
