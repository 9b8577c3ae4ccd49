import { randomUUID } from "node:crypto";
import type { Db } from "../client";
import { routingRules, stopPhrases } from "../schema";

/** Product defaults: payment and security go to the security queue, VIPs to VIP, the rest L1. */
export const DEFAULT_ROUTING_RULES = [
  { name: "Payment topic", topicId: "payment", queueId: "security" },
  { name: "Account security", sectionId: "account-security", queueId: "security" },
  { name: "VIP customers", customerTag: "vip", queueId: "vip", priority: "high" },
  { name: "Everything else", queueId: "l1" },
] as const;

/** Phrases that make a ticket critical and send it to security at once, per language. */
export const DEFAULT_STOP_PHRASES: Record<"en" | "ru" | "fa" | "zh", string[]> = {
  en: ["payment failed", "security", "KYC", "hacked", "chargeback"],
  ru: ["платёж не прошёл", "оплата не прошла", "безопасност", "верификац", "взлом", "чарджбэк"],
  fa: ["پرداخت ناموفق", "امنیت", "احراز هویت", "هک شد", "برگشت وجه"],
  zh: ["支付失败", "付款失败", "安全", "实名认证", "被黑", "盗号", "拒付"],
};

/** Seeds the defaults once; after that the tables belong to the admins. */
export async function seedRouting(db: Db): Promise<void> {
  const [anyRule] = await db.select({ id: routingRules.id }).from(routingRules).limit(1);
  if (!anyRule) {
    await db.insert(routingRules).values(
      DEFAULT_ROUTING_RULES.map((rule, index) => ({
        id: randomUUID(),
        position: (index + 1) * 10,
        ...rule,
      })),
    );
  }
  const [anyPhrase] = await db.select({ id: stopPhrases.id }).from(stopPhrases).limit(1);
  if (!anyPhrase) {
    await db
      .insert(stopPhrases)
      .values(
        Object.entries(DEFAULT_STOP_PHRASES).flatMap(([language, phrases]) =>
          phrases.map((phrase) => ({ id: randomUUID(), language, phrase })),
        ),
      );
  }
}
