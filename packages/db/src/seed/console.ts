import { randomUUID } from "node:crypto";
import type { Db } from "../client";
import { bannedWords, macros } from "../schema";

/**
 * Absolute claims advertising law forbids in some markets (PRODUCT.md, "Anti-spam"). Defaults
 * only: supervisors edit the list in the console.
 */
export const DEFAULT_BANNED_WORDS: { locale: string; phrase: string }[] = [
  { locale: "en", phrase: "the best" },
  { locale: "en", phrase: "No. 1" },
  { locale: "en", phrase: "number one" },
  { locale: "en", phrase: "100% effective" },
  { locale: "en", phrase: "guaranteed" },
  { locale: "ru", phrase: "самый лучший" },
  { locale: "ru", phrase: "лучший" },
  { locale: "ru", phrase: "№1" },
  { locale: "ru", phrase: "номер один" },
  { locale: "ru", phrase: "100% эффективный" },
  { locale: "ru", phrase: "гарантированно" },
  { locale: "fa", phrase: "بهترین" },
  { locale: "fa", phrase: "شماره یک" },
  { locale: "fa", phrase: "۱۰۰٪ موثر" },
  { locale: "fa", phrase: "تضمینی" },
  { locale: "zh", phrase: "最" },
  { locale: "zh", phrase: "第一" },
  { locale: "zh", phrase: "100%有效" },
  { locale: "zh", phrase: "保证" },
];

/** Inserts the default banned phrases that are missing; an admin's removals stay removed only
 * until the next start, so removals of defaults should be done by editing this list. */
export async function seedBannedWords(db: Db): Promise<void> {
  await db
    .insert(bannedWords)
    .values(DEFAULT_BANNED_WORDS.map((word) => ({ id: randomUUID(), ...word })))
    .onConflictDoNothing();
}

type DemoMacro = {
  shortcut: string;
  name: string;
  body: string;
  actions?: {
    setStatus?: "waiting_customer" | "open" | "resolved";
    addTags?: string[];
    escalate?: "l2" | "vip";
  };
};

// The four templates of PRODUCT.md ("Macros") in every language, plus a few everyday ones.
const DEMO_MACROS: Record<"en" | "ru" | "fa" | "zh", DemoMacro[]> = {
  en: [
    {
      shortcut: "ack",
      name: "Accepted with ETA",
      body: "Hi {name}, we have your request: ticket {ticket}. Expected reply by {eta}. You can follow its status in the app.",
    },
    {
      shortcut: "need-order",
      name: "Need the order number",
      body: "Hi {name}, to continue we need your order number. You can reply to this message. We will wait 24 hours.",
      actions: { setStatus: "waiting_customer" },
    },
    {
      shortcut: "need-screenshot",
      name: "Need a screenshot",
      body: "{name}, could you send a screenshot of the error? Reply here; we keep the ticket open for 24 hours.",
      actions: { setStatus: "waiting_customer", addTags: ["needs-info"] },
    },
    {
      shortcut: "done",
      name: "Done, next steps",
      body: "Done, {name}: we fixed the problem in ticket {ticket}. Next steps: restart the app and check your order. Please rate the answer.",
      actions: { setStatus: "resolved" },
    },
    {
      shortcut: "expert",
      name: "Passed to an expert",
      body: "Your question ({topic}) was passed to an expert. We will come back before {eta}.",
      actions: { escalate: "l2" },
    },
    {
      shortcut: "hello",
      name: "Greeting",
      body: "Hello {name}, this is {agent} from support. I am looking at your ticket {ticket} now.",
    },
    {
      shortcut: "late",
      name: "Late evening note",
      body: "It is {local_time} for you, {name}; no need to answer tonight. We will keep working on ticket {ticket}.",
    },
  ],
  ru: [
    {
      shortcut: "ack",
      name: "Принято, срок",
      body: "Здравствуйте, {name}! Обращение принято: {ticket}. Ответим до {eta}. Статус видно в приложении.",
    },
    {
      shortcut: "need-order",
      name: "Нужен номер заказа",
      body: "{name}, чтобы продолжить, нужен номер заказа. Ответьте на это сообщение. Ждём 24 часа.",
      actions: { setStatus: "waiting_customer" },
    },
    {
      shortcut: "done",
      name: "Готово, что дальше",
      body: "Готово, {name}: проблема в обращении {ticket} решена. Что дальше: перезапустите приложение и проверьте заказ. Оцените, пожалуйста, ответ.",
      actions: { setStatus: "resolved" },
    },
    {
      shortcut: "expert",
      name: "Передано эксперту",
      body: "Ваш вопрос ({topic}) передан эксперту. Мы вернёмся до {eta}.",
      actions: { escalate: "l2" },
    },
    {
      shortcut: "hello",
      name: "Приветствие",
      body: "Здравствуйте, {name}! Это {agent} из поддержки. Смотрю ваше обращение {ticket}.",
    },
    {
      shortcut: "late",
      name: "Поздний вечер",
      body: "У вас сейчас {local_time}, {name}; отвечать сегодня не нужно. Мы продолжаем работать над {ticket}.",
    },
  ],
  fa: [
    {
      shortcut: "ack",
      name: "دریافت شد با زمان پاسخ",
      body: "سلام {name}، درخواست شما ثبت شد: تیکت {ticket}. پاسخ تا {eta}. وضعیت را در برنامه ببینید.",
    },
    {
      shortcut: "need-order",
      name: "شماره سفارش لازم است",
      body: "{name}، برای ادامه به شماره سفارش نیاز داریم. به همین پیام پاسخ دهید. ۲۴ ساعت منتظر می‌مانیم.",
      actions: { setStatus: "waiting_customer" },
    },
    {
      shortcut: "done",
      name: "انجام شد، قدم‌های بعدی",
      body: "انجام شد، {name}: مشکل تیکت {ticket} برطرف شد. قدم بعدی: برنامه را دوباره باز کنید و سفارش را بررسی کنید. لطفاً به پاسخ امتیاز دهید.",
      actions: { setStatus: "resolved" },
    },
    {
      shortcut: "expert",
      name: "ارجاع به کارشناس",
      body: "پرسش شما ({topic}) به کارشناس ارجاع شد. تا {eta} پاسخ می‌دهیم.",
      actions: { escalate: "l2" },
    },
    {
      shortcut: "hello",
      name: "خوشامد",
      body: "سلام {name}، من {agent} از پشتیبانی هستم و تیکت {ticket} را بررسی می‌کنم.",
    },
    {
      shortcut: "late",
      name: "یادداشت شبانه",
      body: "الان ساعت {local_time} است، {name}؛ لازم نیست امشب پاسخ دهید. روی تیکت {ticket} کار می‌کنیم.",
    },
  ],
  zh: [
    {
      shortcut: "ack",
      name: "已受理及预计时间",
      body: "{name}您好，我们已收到您的请求：工单 {ticket}。预计在 {eta} 前回复。可在应用中查看状态。",
    },
    {
      shortcut: "need-order",
      name: "需要订单号",
      body: "{name}，请提供订单号以便继续处理。直接回复此消息即可。我们会等待 24 小时。",
      actions: { setStatus: "waiting_customer" },
    },
    {
      shortcut: "done",
      name: "已完成及后续步骤",
      body: "{name}，已完成：工单 {ticket} 的问题已解决。后续：重新打开应用并检查订单。请为本次回答评分。",
      actions: { setStatus: "resolved" },
    },
    {
      shortcut: "expert",
      name: "已转交专家",
      body: "您的问题（{topic}）已转交专家处理。我们会在 {eta} 前回复您。",
      actions: { escalate: "l2" },
    },
    {
      shortcut: "hello",
      name: "问候",
      body: "{name}您好，我是客服 {agent}，正在查看您的工单 {ticket}。",
    },
    {
      shortcut: "late",
      name: "夜间提示",
      body: "您那里现在是 {local_time}，{name}，今晚无需回复。我们会继续处理工单 {ticket}。",
    },
  ],
};

export const DEMO_MACRO_COUNT = Object.values(DEMO_MACROS).flat().length;

/** Demo macros; a macro an editor already has under the same shortcut and language is kept. */
export async function seedDemoMacros(db: Db): Promise<void> {
  await db
    .insert(macros)
    .values(
      Object.entries(DEMO_MACROS).flatMap(([locale, list]) =>
        list.map((macro) => ({
          id: randomUUID(),
          locale,
          name: macro.name,
          shortcut: macro.shortcut,
          body: macro.body,
          actions: macro.actions ?? {},
        })),
      ),
    )
    .onConflictDoNothing();
}
