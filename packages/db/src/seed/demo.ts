import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import {
  kbArticles,
  kbTranslations,
  messages,
  staffRoles,
  ticketEvents,
  tickets,
  users,
} from "../schema";
import { seedDemoMacros } from "./console";

/**
 * The two people the demo door signs in as. Their ids sit just under 2^52, the top of Telegram's
 * id space, far above the ids Telegram hands out; and `revokeDemoStaff` takes the demo agent's
 * roles away whenever the desk runs with a real bot, so they can never open a real desk.
 */
export const DEMO_USERS = {
  customer: {
    id: 4_400_000_000_000_001,
    firstName: "Dana",
    lastName: "Demo",
    username: "dana_demo",
    languageCode: "en",
  },
  agent: {
    id: 4_400_000_000_000_002,
    firstName: "Alex",
    lastName: "Agent",
    username: "alex_agent",
    languageCode: "en",
  },
  /** An L2 agent and a supervisor for the console journeys (escalation, macros, staff). */
  l2: {
    id: 4_400_000_000_000_003,
    firstName: "Lena",
    lastName: "Expert",
    username: "lena_expert",
    languageCode: "en",
  },
  supervisor: {
    id: 4_400_000_000_000_004,
    firstName: "Sam",
    lastName: "Supervisor",
    username: "sam_supervisor",
    languageCode: "en",
  },
} as const;

const DEMO_STAFF_IDS = [DEMO_USERS.agent.id, DEMO_USERS.l2.id, DEMO_USERS.supervisor.id] as const;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type DemoTicket = {
  topicId: string;
  sectionId: string | null;
  subject: string;
  status: "open" | "waiting_customer" | "resolved";
  queueId: string;
  priority: "high" | "normal";
  ageMinutes: number;
  slaMinutes: number;
  thread: { author: "customer" | "agent" | "system"; body: string; ageMinutes: number }[];
  resolution?: { summary: string; nextSteps: string[] };
};

/**
 * More customers waiting in the queues, so the console has work in every view: new tickets in
 * several languages and time zones, a VIP customer, a critical one, one nearly due.
 */
const QUEUE_CUSTOMERS = [
  {
    id: 4_400_000_000_000_011,
    firstName: "Олег",
    lastName: null,
    username: null,
    languageCode: "ru",
    language: "ru",
    timeZone: "Europe/Moscow",
    tags: [] as string[],
  },
  {
    id: 4_400_000_000_000_012,
    firstName: "نگار",
    lastName: null,
    username: "negar_demo",
    languageCode: "fa",
    language: "fa",
    timeZone: "Asia/Tehran",
    tags: ["vip"],
  },
  {
    id: 4_400_000_000_000_013,
    firstName: "李娜",
    lastName: null,
    username: null,
    languageCode: "zh",
    language: "zh",
    timeZone: "Asia/Shanghai",
    tags: [] as string[],
  },
  {
    id: 4_400_000_000_000_014,
    firstName: "Maya",
    lastName: "Stone",
    username: "maya_demo",
    languageCode: "en",
    language: "en",
    timeZone: "Europe/London",
    tags: [] as string[],
  },
];

const QUEUE_TICKETS: {
  customer: number;
  topicId: string;
  sectionId: string;
  subject: string;
  body: string;
  queueId: string;
  priority: "critical" | "high" | "normal";
  ageMinutes: number;
  etaInMinutes: number;
}[] = [
  {
    customer: 0,
    topicId: "orders",
    sectionId: "delivery-problem",
    subject: "Курьер не приехал",
    body: "Заказ должен был прийти вчера, курьер так и не приехал.",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 12,
    etaInMinutes: 3,
  },
  {
    customer: 1,
    topicId: "orders",
    sectionId: "return",
    subject: "بازگرداندن سفارش",
    body: "می‌خواهم سفارش را برگردانم، اندازه مناسب نیست.",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 6,
    etaInMinutes: 9,
  },
  {
    customer: 2,
    topicId: "account",
    sectionId: "sign-in",
    subject: "无法登录账户",
    body: "我输入验证码后仍然无法登录，请帮忙。",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 25,
    etaInMinutes: -10,
  },
  {
    customer: 3,
    topicId: "payment",
    sectionId: "payment-failed",
    subject: "Card charged twice",
    body: "My card was charged twice for the same order, please help quickly.",
    queueId: "security",
    priority: "critical",
    ageMinutes: 2,
    etaInMinutes: 3,
  },
  {
    customer: 3,
    topicId: "complaint",
    sectionId: "service",
    subject: "Rude delivery driver",
    body: "The driver was rude and left the parcel in the rain.",
    queueId: "l2",
    priority: "normal",
    ageMinutes: 50,
    etaInMinutes: 10,
  },
];

const DEMO_TICKETS: DemoTicket[] = [
  {
    topicId: "orders",
    sectionId: "order-status",
    subject: "Order #A-2041 has not arrived",
    status: "open",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 40,
    slaMinutes: 15,
    thread: [
      {
        author: "customer",
        body: "I ordered a kettle a week ago and the tracking page has not changed since Monday.",
        ageMinutes: 40,
      },
      {
        author: "agent",
        body: "Hi Dana, I am checking with the courier now. I will write back within the hour.",
        ageMinutes: 31,
      },
    ],
  },
  {
    topicId: "payment",
    sectionId: "refund",
    subject: "Refund for a cancelled order",
    status: "waiting_customer",
    queueId: "security",
    priority: "high",
    ageMinutes: 180,
    slaMinutes: 5,
    thread: [
      {
        author: "customer",
        body: "I cancelled order #A-1990 but have not got my money back.",
        ageMinutes: 180,
      },
      {
        author: "agent",
        body: "Sorry about the wait. Could you send the date you cancelled it? Please do not send card details here.",
        ageMinutes: 176,
      },
    ],
  },
  {
    topicId: "account",
    sectionId: "change-details",
    subject: "Change my delivery address",
    status: "resolved",
    queueId: "l1",
    priority: "normal",
    ageMinutes: 3 * 24 * 60,
    slaMinutes: 15,
    thread: [
      {
        author: "customer",
        body: "Please change my address to 12 Garden Street, flat 4.",
        ageMinutes: 4320,
      },
      {
        author: "agent",
        body: "Done: your address is updated for all future orders.",
        ageMinutes: 4310,
      },
    ],
    resolution: {
      summary: "Your delivery address is now 12 Garden Street, flat 4, for all future orders.",
      nextSteps: ["Check the address on the payment page of your next order"],
    },
  },
];

type DemoArticle = {
  slug: string;
  category: string;
  topicId: string;
  popular: boolean;
  text: Record<"en" | "ru" | "fa" | "zh", { title: string; summary: string; body: string }>;
};

const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: "track-my-order",
    category: "orders",
    topicId: "orders",
    popular: true,
    text: {
      en: {
        title: "How to track my order",
        summary: "Find the tracking link and what each delivery status means.",
        body: "1. Open **My orders**.\n2. Tap the order.\n3. Tap **Track**.\n\nStatuses update within 2 hours of a courier scan.",
      },
      ru: {
        title: "Как отследить заказ",
        summary: "Где найти ссылку для отслеживания и что значат статусы доставки.",
        body: "1. Откройте **Мои заказы**.\n2. Выберите заказ.\n3. Нажмите **Отследить**.\n\nСтатус обновляется в течение 2 часов после сканирования курьером.",
      },
      fa: {
        title: "چگونه سفارشم را پیگیری کنم",
        summary: "لینک پیگیری را پیدا کنید و معنی هر وضعیت ارسال را ببینید.",
        body: "۱. **سفارش‌های من** را باز کنید.\n۲. روی سفارش بزنید.\n۳. روی **پیگیری** بزنید.\n\nوضعیت‌ها تا ۲ ساعت پس از اسکن پیک به‌روز می‌شوند.",
      },
      zh: {
        title: "如何跟踪我的订单",
        summary: "找到物流链接，了解每个配送状态的含义。",
        body: "1. 打开**我的订单**。\n2. 点击该订单。\n3. 点击**跟踪**。\n\n快递扫描后 2 小时内状态会更新。",
      },
    },
  },
  {
    slug: "return-an-item",
    category: "returns",
    topicId: "orders",
    popular: true,
    text: {
      en: {
        title: "Returning an item",
        summary: "You can return most items within 14 days of delivery.",
        body: "Start a return from **My orders → Return**. Pack the item, print the label and drop it at any pick-up point. Refunds arrive within 5 working days after we receive it.",
      },
      ru: {
        title: "Возврат товара",
        summary: "Большинство товаров можно вернуть в течение 14 дней после доставки.",
        body: "Оформите возврат в разделе **Мои заказы → Возврат**. Упакуйте товар, распечатайте ярлык и сдайте в любой пункт выдачи. Деньги вернутся в течение 5 рабочих дней после получения.",
      },
      fa: {
        title: "مرجوع کردن کالا",
        summary: "بیشتر کالاها را می‌توانید تا ۱۴ روز پس از تحویل مرجوع کنید.",
        body: "از **سفارش‌های من ← مرجوعی** شروع کنید. کالا را بسته‌بندی کنید، برچسب را چاپ کنید و به یکی از نقاط تحویل بدهید. مبلغ تا ۵ روز کاری پس از دریافت بازگردانده می‌شود.",
      },
      zh: {
        title: "退货",
        summary: "大多数商品可在签收后 14 天内退货。",
        body: "在**我的订单 → 退货**中发起退货。打包商品、打印面单并交到任意自提点。我们收到后 5 个工作日内退款。",
      },
    },
  },
  {
    slug: "payment-failed",
    category: "payment",
    topicId: "payment",
    popular: true,
    text: {
      en: {
        title: "My payment failed",
        summary: "Common reasons a card payment is declined and what to try.",
        body: "Check the card's expiry date and limit, then try again. If money left your account but the order shows unpaid, it returns automatically within 3 days — or open a request and we will check.",
      },
      ru: {
        title: "Платёж не прошёл",
        summary: "Почему банк отклоняет оплату картой и что попробовать.",
        body: "Проверьте срок действия карты и лимит, затем повторите. Если деньги списались, а заказ не оплачен, они вернутся автоматически в течение 3 дней — или создайте обращение, и мы проверим.",
      },
      fa: {
        title: "پرداختم ناموفق بود",
        summary: "دلایل رایج رد شدن پرداخت کارتی و کارهایی که می‌توانید انجام دهید.",
        body: "تاریخ انقضا و سقف کارت را بررسی کنید و دوباره تلاش کنید. اگر مبلغ کسر شد اما سفارش پرداخت‌نشده است، ظرف ۳ روز خودکار برمی‌گردد — یا درخواست ثبت کنید تا بررسی کنیم.",
      },
      zh: {
        title: "我的付款失败了",
        summary: "银行卡支付被拒的常见原因及解决办法。",
        body: "请检查卡的有效期和额度后重试。如果已扣款但订单显示未支付，款项会在 3 天内自动退回——也可以提交请求，我们会帮您核查。",
      },
    },
  },
  {
    slug: "reset-password",
    category: "account",
    topicId: "account",
    popular: false,
    text: {
      en: {
        title: "I cannot sign in",
        summary: "Reset your password in under a minute.",
        body: "Tap **Forgot password** on the sign-in screen and follow the link we send. The link works for 30 minutes. We never ask for your password in chat.",
      },
      ru: {
        title: "Не получается войти",
        summary: "Сбросьте пароль меньше чем за минуту.",
        body: "Нажмите **Забыли пароль** на экране входа и перейдите по ссылке из письма. Ссылка действует 30 минут. Мы никогда не спрашиваем пароль в чате.",
      },
      fa: {
        title: "نمی‌توانم وارد شوم",
        summary: "رمز عبورتان را در کمتر از یک دقیقه بازنشانی کنید.",
        body: "در صفحه ورود روی **فراموشی رمز** بزنید و لینکی را که می‌فرستیم باز کنید. لینک ۳۰ دقیقه معتبر است. ما هرگز رمز شما را در گفتگو نمی‌پرسیم.",
      },
      zh: {
        title: "我无法登录",
        summary: "一分钟内重置密码。",
        body: "在登录页点击**忘记密码**，然后打开我们发送的链接。链接 30 分钟内有效。我们绝不会在聊天中索要您的密码。",
      },
    },
  },
  {
    slug: "spot-phishing",
    category: "security",
    topicId: "account",
    popular: false,
    text: {
      en: {
        title: "How to recognise a fake support account",
        summary: "Our only support is this bot. Anyone else asking for codes is a scam.",
        body: "We never message you first, never ask for card codes or passwords, and never send links to other bots. Report suspicious accounts with a request in the **Account** topic.",
      },
      ru: {
        title: "Как распознать поддельную поддержку",
        summary: "Наша поддержка — только этот бот. Все, кто просит коды, — мошенники.",
        body: "Мы не пишем первыми, не просим коды карт и пароли и не присылаем ссылки на других ботов. Сообщите о подозрительном аккаунте через обращение в теме **Аккаунт**.",
      },
      fa: {
        title: "چگونه پشتیبانی جعلی را تشخیص دهیم",
        summary: "تنها پشتیبانی ما همین ربات است. هر کس کد بخواهد کلاهبردار است.",
        body: "ما هرگز اول پیام نمی‌دهیم، رمز یا کد کارت نمی‌خواهیم و لینک ربات دیگری نمی‌فرستیم. حساب‌های مشکوک را با ثبت درخواست در موضوع **حساب کاربری** گزارش دهید.",
      },
      zh: {
        title: "如何识别假冒客服",
        summary: "我们唯一的客服就是这个机器人。索要验证码的都是骗子。",
        body: "我们从不主动联系您，从不索要银行卡验证码或密码，也从不发送其他机器人的链接。请在**账户**主题中提交请求举报可疑账号。",
      },
    },
  },
];

/**
 * Demo people, tickets and articles so a newcomer sees a living desk. Runs once: skipped when
 * the demo customer already exists.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  // Macros and the extra demo staff also reach demo databases made before the console existed.
  await seedDemoMacros(db);
  await db.insert(users).values([DEMO_USERS.l2, DEMO_USERS.supervisor]).onConflictDoNothing();
  await db
    .insert(staffRoles)
    .values([
      { userId: DEMO_USERS.l2.id, role: "agent_l2" },
      { userId: DEMO_USERS.supervisor.id, role: "supervisor" },
    ])
    .onConflictDoNothing();
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, DEMO_USERS.customer.id));
  if (existing.length > 0) return false;

  await db.transaction(async (tx) => {
    await tx.insert(users).values([DEMO_USERS.customer, DEMO_USERS.agent]).onConflictDoNothing();
    await tx
      .insert(staffRoles)
      .values([
        { userId: DEMO_USERS.agent.id, role: "agent_l1" },
        { userId: DEMO_USERS.agent.id, role: "agent_l2" },
      ])
      .onConflictDoNothing();
    let assigned = false;
    for (const demo of DEMO_TICKETS) {
      const ticketId = randomUUID();
      // The demo agent's "mine" view starts with the first open L1 ticket.
      const mine = !assigned && demo.status === "open" && demo.queueId === "l1";
      if (mine) assigned = true;
      const createdAt = minutesAgo(demo.ageMinutes);
      const firstAgent = demo.thread.find((message) => message.author === "agent");
      await tx.insert(tickets).values({
        id: ticketId,
        customerId: DEMO_USERS.customer.id,
        topicId: demo.topicId,
        sectionId: demo.sectionId,
        subject: demo.subject,
        status: demo.status,
        queueId: demo.queueId,
        priority: demo.priority,
        assigneeId: mine ? DEMO_USERS.agent.id : null,
        eta: minutesAgo(demo.ageMinutes - demo.slaMinutes),
        firstRespondedAt: firstAgent ? minutesAgo(firstAgent.ageMinutes) : null,
        resolvedAt:
          demo.status === "resolved" ? minutesAgo(demo.thread.at(-1)?.ageMinutes ?? 0) : null,
        resolutionSummary: demo.resolution?.summary ?? null,
        nextSteps: demo.resolution?.nextSteps ?? null,
        lastAgentMessageAt: firstAgent
          ? minutesAgo(
              demo.thread.findLast((message) => message.author === "agent")?.ageMinutes ?? 0,
            )
          : null,
        createdAt,
        updatedAt: minutesAgo(demo.thread.at(-1)?.ageMinutes ?? demo.ageMinutes),
        lastActivityAt: minutesAgo(demo.thread.at(-1)?.ageMinutes ?? demo.ageMinutes),
      });
      // The timeline: accepted, picked up by the first agent reply, then where it stands now.
      const steps: {
        status: "new" | "open" | "waiting_customer" | "resolved";
        ageMinutes: number;
      }[] = [{ status: "new", ageMinutes: demo.ageMinutes }];
      if (firstAgent) steps.push({ status: "open", ageMinutes: firstAgent.ageMinutes });
      if (demo.status !== "open") {
        steps.push({
          status: demo.status,
          ageMinutes: Math.max(0, (demo.thread.at(-1)?.ageMinutes ?? 1) - 1),
        });
      }
      await tx.insert(ticketEvents).values(
        steps.map((step, index) => ({
          id: randomUUID(),
          ticketId,
          fromStatus: index === 0 ? null : (steps[index - 1]?.status ?? null),
          toStatus: step.status,
          actor: step.status === "new" ? ("customer" as const) : ("agent" as const),
          createdAt: minutesAgo(step.ageMinutes),
        })),
      );
      await tx.insert(messages).values(
        demo.thread.map((message) => ({
          id: randomUUID(),
          ticketId,
          author: message.author,
          authorId:
            message.author === "customer"
              ? DEMO_USERS.customer.id
              : message.author === "agent"
                ? DEMO_USERS.agent.id
                : null,
          body: message.body,
          createdAt: minutesAgo(message.ageMinutes),
        })),
      );
    }
    await tx.insert(users).values(QUEUE_CUSTOMERS).onConflictDoNothing();
    for (const demo of QUEUE_TICKETS) {
      const ticketId = randomUUID();
      const customer = QUEUE_CUSTOMERS[demo.customer];
      if (!customer) continue;
      const createdAt = minutesAgo(demo.ageMinutes);
      await tx.insert(tickets).values({
        id: ticketId,
        customerId: customer.id,
        topicId: demo.topicId,
        sectionId: demo.sectionId,
        subject: demo.subject,
        status: "new",
        queueId: demo.queueId,
        priority: demo.priority,
        vip: customer.tags.includes("vip"),
        eta: minutesAgo(-demo.etaInMinutes),
        createdAt,
        updatedAt: createdAt,
        lastActivityAt: createdAt,
      });
      await tx.insert(ticketEvents).values({
        id: randomUUID(),
        ticketId,
        fromStatus: null,
        toStatus: "new",
        actor: "customer",
        actorId: customer.id,
        createdAt,
      });
      await tx.insert(messages).values({
        id: randomUUID(),
        ticketId,
        author: "customer",
        authorId: customer.id,
        body: demo.body,
        createdAt,
      });
    }
    for (const article of DEMO_ARTICLES) {
      const articleId = randomUUID();
      // An article an editor already has (same slug) is theirs now; demo data never overwrites.
      const [inserted] = await tx
        .insert(kbArticles)
        .values({
          id: articleId,
          slug: article.slug,
          category: article.category,
          topicId: article.topicId,
          status: "published",
          popular: article.popular,
        })
        .onConflictDoNothing()
        .returning({ id: kbArticles.id });
      if (!inserted) continue;
      await tx
        .insert(kbTranslations)
        .values(
          Object.entries(article.text).map(([locale, text]) => ({ articleId, locale, ...text })),
        );
    }
  });
  return true;
}

/** With a real bot token the demo agent must hold no role, whatever an earlier demo run left. */
export async function revokeDemoStaff(db: Db): Promise<number> {
  const removed = await db
    .delete(staffRoles)
    .where(inArray(staffRoles.userId, [DEMO_USERS.customer.id, ...DEMO_STAFF_IDS]))
    .returning({ userId: staffRoles.userId });
  return removed.length;
}
