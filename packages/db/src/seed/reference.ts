import type { LocalizedText } from "@helpline/contracts/locales";
import type { Priority, QueueId } from "@helpline/contracts/tickets";
import type { Db } from "../client";
import { queues, sections, topics } from "../schema";
import { seedBannedWords } from "./console";
import { seedRouting } from "./routing";

type QueueSeed = {
  id: QueueId;
  name: LocalizedText;
  firstResponseMinutes: number;
  resolutionMinutes: number;
};

/** Default SLA targets from the product brief; admins change them later, seeding never does. */
export const DEFAULT_QUEUES: QueueSeed[] = [
  {
    id: "l1",
    name: { en: "First line", ru: "Первая линия", fa: "خط اول", zh: "一线支持" },
    firstResponseMinutes: 15,
    resolutionMinutes: 240,
  },
  {
    id: "l2",
    name: { en: "Experts", ru: "Эксперты", fa: "کارشناسان", zh: "专家" },
    firstResponseMinutes: 30,
    resolutionMinutes: 1440,
  },
  {
    id: "vip",
    name: { en: "VIP", ru: "VIP", fa: "ویژه", zh: "贵宾" },
    firstResponseMinutes: 5,
    resolutionMinutes: 120,
  },
  {
    id: "security",
    name: {
      en: "Security and payments",
      ru: "Безопасность и платежи",
      fa: "امنیت و پرداخت",
      zh: "安全与支付",
    },
    firstResponseMinutes: 5,
    resolutionMinutes: 120,
  },
];

type TopicSeed = {
  id: string;
  queueId: QueueId;
  priority: Priority;
  name: LocalizedText;
  description: LocalizedText;
  sections: { id: string; name: LocalizedText }[];
};

export const DEFAULT_TOPICS: TopicSeed[] = [
  {
    id: "orders",
    queueId: "l1",
    priority: "normal",
    name: {
      en: "Orders and delivery",
      ru: "Заказы и доставка",
      fa: "سفارش و ارسال",
      zh: "订单与配送",
    },
    description: {
      en: "Where is my order, delivery problems, returns",
      ru: "Где мой заказ, проблемы с доставкой, возвраты",
      fa: "سفارشم کجاست، مشکلات ارسال، مرجوعی",
      zh: "订单在哪里、配送问题、退货",
    },
    sections: [
      {
        id: "order-status",
        name: {
          en: "Where is my order?",
          ru: "Где мой заказ?",
          fa: "سفارشم کجاست؟",
          zh: "我的订单在哪里？",
        },
      },
      {
        id: "delivery-problem",
        name: {
          en: "Delivery problem",
          ru: "Проблема с доставкой",
          fa: "مشکل در ارسال",
          zh: "配送问题",
        },
      },
      {
        id: "return",
        name: {
          en: "Return or exchange",
          ru: "Возврат или обмен",
          fa: "مرجوعی یا تعویض",
          zh: "退货或换货",
        },
      },
    ],
  },
  {
    id: "payment",
    queueId: "security",
    priority: "high",
    name: { en: "Payment", ru: "Оплата", fa: "پرداخت", zh: "支付" },
    description: {
      en: "Failed payments, refunds, receipts",
      ru: "Неудачные платежи, возврат денег, чеки",
      fa: "پرداخت ناموفق، بازپرداخت، رسید",
      zh: "支付失败、退款、收据",
    },
    sections: [
      {
        id: "payment-failed",
        name: {
          en: "Payment failed",
          ru: "Платёж не прошёл",
          fa: "پرداخت ناموفق بود",
          zh: "支付失败",
        },
      },
      { id: "refund", name: { en: "Refund", ru: "Возврат денег", fa: "بازپرداخت", zh: "退款" } },
      {
        id: "receipt",
        name: {
          en: "Receipt or invoice",
          ru: "Чек или счёт",
          fa: "رسید یا فاکتور",
          zh: "收据或发票",
        },
      },
    ],
  },
  {
    id: "account",
    queueId: "l1",
    priority: "normal",
    name: { en: "Account", ru: "Аккаунт", fa: "حساب کاربری", zh: "账户" },
    description: {
      en: "Signing in, personal details, security",
      ru: "Вход, личные данные, безопасность",
      fa: "ورود، اطلاعات شخصی، امنیت",
      zh: "登录、个人信息、安全",
    },
    sections: [
      {
        id: "sign-in",
        name: {
          en: "Cannot sign in",
          ru: "Не получается войти",
          fa: "نمی‌توانم وارد شوم",
          zh: "无法登录",
        },
      },
      {
        id: "change-details",
        name: {
          en: "Change my details",
          ru: "Изменить данные",
          fa: "تغییر اطلاعات من",
          zh: "修改我的信息",
        },
      },
      {
        id: "account-security",
        name: {
          en: "Suspicious activity",
          ru: "Подозрительная активность",
          fa: "فعالیت مشکوک",
          zh: "可疑活动",
        },
      },
    ],
  },
  {
    id: "features",
    queueId: "l1",
    priority: "normal",
    name: { en: "Using the app", ru: "Работа приложения", fa: "استفاده از برنامه", zh: "使用应用" },
    description: {
      en: "How to do something, something does not work",
      ru: "Как что-то сделать, что-то не работает",
      fa: "چگونه کاری انجام دهم، چیزی کار نمی‌کند",
      zh: "如何操作、功能异常",
    },
    sections: [
      {
        id: "how-to",
        name: { en: "How do I…?", ru: "Как сделать…?", fa: "چطور…؟", zh: "如何……？" },
      },
      {
        id: "bug",
        name: {
          en: "Something is broken",
          ru: "Что-то сломалось",
          fa: "چیزی خراب است",
          zh: "出现故障",
        },
      },
    ],
  },
  {
    id: "complaint",
    queueId: "l2",
    priority: "normal",
    name: { en: "Complaint", ru: "Жалоба", fa: "شکایت", zh: "投诉" },
    description: {
      en: "Tell us what went wrong and we will put it right",
      ru: "Расскажите, что пошло не так, и мы всё исправим",
      fa: "بگویید چه مشکلی پیش آمد تا آن را درست کنیم",
      zh: "告诉我们哪里出了问题，我们会处理好",
    },
    sections: [
      {
        id: "service",
        name: {
          en: "Service quality",
          ru: "Качество обслуживания",
          fa: "کیفیت خدمات",
          zh: "服务质量",
        },
      },
      {
        id: "product-quality",
        name: { en: "Product quality", ru: "Качество товара", fa: "کیفیت کالا", zh: "商品质量" },
      },
    ],
  },
  {
    id: "ideas",
    queueId: "l1",
    priority: "low",
    name: { en: "Ideas", ru: "Идеи", fa: "پیشنهادها", zh: "建议" },
    description: {
      en: "Suggest an improvement",
      ru: "Предложите улучшение",
      fa: "یک بهبود پیشنهاد کنید",
      zh: "提出改进建议",
    },
    sections: [],
  },
];

/**
 * Reference data every desk needs (queues with default SLAs, the topic tree). Inserts what is
 * missing and never overwrites, so an admin's later edits survive restarts.
 */
export async function seedReference(db: Db): Promise<void> {
  await db
    .insert(queues)
    .values(DEFAULT_QUEUES.map((queue, position) => ({ ...queue, position })))
    .onConflictDoNothing();
  await db
    .insert(topics)
    .values(
      DEFAULT_TOPICS.map(({ sections: _sections, ...topic }, position) => ({ ...topic, position })),
    )
    .onConflictDoNothing();
  const sectionRows = DEFAULT_TOPICS.flatMap((topic) =>
    topic.sections.map((section, position) => ({ ...section, topicId: topic.id, position })),
  );
  if (sectionRows.length > 0) await db.insert(sections).values(sectionRows).onConflictDoNothing();
  await seedBannedWords(db);
  await seedRouting(db);
}
