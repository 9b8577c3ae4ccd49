import type { Priority, QueueId } from "@helpline/contracts/tickets";

/**
 * Folds the spellings one phrase comes in: case, Arabic vs Persian letters (ي/ی, ك/ک, ة/ه),
 * Arabic-Indic digits, diacritics, tatweel and zero-width joiners, and Russian ё.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/ة/g, "ه")
    .replace(/[أإآ]/g, "ا")
    .replace(/ۀ/g, "ه")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, " ")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}

export interface RuleRow {
  id: string;
  name: string;
  position: number;
  topicId: string | null;
  sectionId: string | null;
  language: string | null;
  customerTag: string | null;
  keywords: string[] | null;
  queueId: string;
  priority: string | null;
  active: boolean;
}

export interface RoutingInput {
  topicId: string;
  sectionId: string | null;
  /** The customer's language (settings, else Telegram's). */
  language: string | null;
  customerTags: readonly string[];
  /** Subject and description. */
  text: string;
  /** The topic's own priority, used when no rule sets one. */
  topicPriority: Priority;
}

export interface RoutingDecision {
  queueId: QueueId;
  priority: Priority;
  /** Why: the rule's name, or the stop phrase that matched. */
  reason:
    | { kind: "rule"; name: string }
    | { kind: "stop_phrase"; phrase: string }
    | { kind: "default" };
}

/**
 * Chooses a ticket's queue and priority. A stop phrase in any language wins over every rule;
 * then rules by position, first match; with no match, L1 at the topic's priority.
 *
 * @example
 * route({ topicId: "orders", text: "My card was hacked", ... }, rules, ["hacked"])
 * // { queueId: "security", priority: "critical", reason: { kind: "stop_phrase", phrase: "hacked" } }
 */
export function route(
  input: RoutingInput,
  rules: readonly RuleRow[],
  stopPhrases: readonly string[],
): RoutingDecision {
  const text = normalizeText(input.text);
  for (const phrase of stopPhrases) {
    const needle = normalizeText(phrase);
    if (needle && text.includes(needle)) {
      return { queueId: "security", priority: "critical", reason: { kind: "stop_phrase", phrase } };
    }
  }
  const language = input.language?.slice(0, 2).toLowerCase() ?? null;
  const ordered = [...rules].filter((rule) => rule.active).sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    if (rule.topicId && rule.topicId !== input.topicId) continue;
    if (rule.sectionId && rule.sectionId !== input.sectionId) continue;
    if (rule.language && rule.language !== language) continue;
    if (rule.customerTag && !input.customerTags.includes(rule.customerTag)) continue;
    if (
      rule.keywords &&
      rule.keywords.length > 0 &&
      !rule.keywords.some((word) => text.includes(normalizeText(word)))
    ) {
      continue;
    }
    return {
      queueId: rule.queueId as QueueId,
      priority: (rule.priority as Priority | null) ?? input.topicPriority,
      reason: { kind: "rule", name: rule.name },
    };
  }
  return { queueId: "l1", priority: input.topicPriority, reason: { kind: "default" } };
}
