import type {
  RoutingConfig,
  RoutingRule,
  RoutingRuleInput,
  StopPhrase,
  StopPhraseInput,
} from "@helpline/contracts/routing";
import type { Priority, QueueId } from "@helpline/contracts/tickets";
import { notFound } from "../../lib/errors";
import { type RoutingDecision, type RoutingInput, type RuleRow, route } from "./routing";
import type { RoutingRepo } from "./routing.repo";

type RuleRecord = Awaited<ReturnType<RoutingRepo["listRules"]>>[number];

function toRule(row: RuleRecord): RoutingRule {
  return {
    id: row.id,
    position: row.position,
    name: row.name,
    topicId: row.topicId,
    sectionId: row.sectionId,
    language: row.language as RoutingRule["language"],
    customerTag: row.customerTag,
    keywords: row.keywords,
    queueId: row.queueId as QueueId,
    priority: row.priority as Priority | null,
    active: row.active,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How long a process reuses the rules and stop phrases it read (issue #9: two queries fewer on
 * every new ticket). A change made through this service applies at once in its own process;
 * other processes sharing one PostgreSQL pick it up within this time (ADR 017).
 */
export const ROUTING_CONFIG_TTL_MS = 5_000;

export function createRoutingService(
  repo: RoutingRepo,
  options: { configTtlMs?: number; clock?: () => number } = {},
) {
  const ttl = options.configTtlMs ?? ROUTING_CONFIG_TTL_MS;
  // Wall time, not the desk's clock: tests that move the desk's clock must not age the cache.
  const clock = options.clock ?? (() => performance.now());
  let cached: { at: number; value: Promise<[RuleRow[], string[]]> } | undefined;
  const reference = (): Promise<[RuleRow[], string[]]> => {
    if (cached && clock() - cached.at < ttl) return cached.value;
    const value = Promise.all([repo.listRules(), repo.listPhrases()]).then(
      ([rules, phrases]): [RuleRow[], string[]] => [
        rules as RuleRow[],
        phrases.map((row) => row.phrase),
      ],
    );
    const entry = { at: clock(), value };
    cached = entry;
    // A failed read is not kept: the next ticket asks the database again.
    value.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return value;
  };
  /** After any write: this process routes with the new configuration from the next ticket on. */
  const changed = <T>(result: T): T => {
    cached = undefined;
    return result;
  };

  return {
    /** Routes a new ticket with the rules and stop phrases (at most `configTtlMs` old). */
    async decide(
      customerId: number,
      input: Omit<RoutingInput, "customerTags" | "language">,
    ): Promise<RoutingDecision> {
      const [[rules, phrases], customer] = await Promise.all([
        reference(),
        repo.customerOf(customerId),
      ]);
      return route(
        { ...input, customerTags: customer.tags, language: customer.language },
        rules,
        phrases,
      );
    },

    /**
     * The rules and stop phrases (as `decide` sees them), as one routing function: re-routing a
     * customer's open tickets reads them once, before its transaction.
     */
    async router(): Promise<(input: RoutingInput) => RoutingDecision> {
      const [rules, phrases] = await reference();
      return (input) => route(input, rules, phrases);
    },

    async config(): Promise<RoutingConfig> {
      const [rules, phrases] = await Promise.all([repo.listRules(), repo.listPhrases()]);
      return {
        rules: rules.map(toRule),
        stopPhrases: phrases.map((row) => ({
          id: row.id,
          language: row.language as StopPhrase["language"],
          phrase: row.phrase,
        })),
      };
    },

    async createRule(input: RoutingRuleInput): Promise<RoutingRule> {
      const row = changed(await repo.createRule(input));
      if (!row) throw new Error("Insert returned no row");
      return toRule(row);
    },

    async updateRule(id: string, input: RoutingRuleInput): Promise<RoutingRule> {
      const row = UUID.test(id) ? changed(await repo.updateRule(id, input)) : undefined;
      if (!row) throw notFound("Routing rule");
      return toRule(row);
    },

    async deleteRule(id: string): Promise<void> {
      if (!UUID.test(id) || !changed(await repo.deleteRule(id))) throw notFound("Routing rule");
    },

    async addPhrase(input: StopPhraseInput): Promise<StopPhrase> {
      const row = changed(await repo.addPhrase(input));
      if (!row) throw new Error("Insert returned no row");
      return { id: row.id, language: input.language, phrase: row.phrase };
    },

    async deletePhrase(id: string): Promise<void> {
      if (!UUID.test(id) || !changed(await repo.deletePhrase(id))) throw notFound("Stop phrase");
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
