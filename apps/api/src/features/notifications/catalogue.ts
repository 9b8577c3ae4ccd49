import type { Locale } from "@helpline/contracts/locales";

/** Formatting helpers a template gets, bound to the recipient's language and time zone. */
export interface Format {
  /** A ticket number, e.g. `#10 001` in the recipient's digits. */
  ticket(number: unknown): string;
  /** A plain count in the recipient's digits. */
  count(value: unknown): string;
  /** A date-time (ISO text) in the recipient's time zone, e.g. "23 Nov, 14:05". */
  time(iso: unknown): string;
  /** Minutes from now until the ISO time, at least 1. */
  minutesUntil(iso: unknown): string;
  /** A calendar date (`YYYY-MM-DD`) in the recipient's language. */
  date(day: unknown): string;
  text(value: unknown): string;
}

export type Params = Record<string, unknown>;
type Template = (p: Params, f: Format) => string;

/** Every text the outbox sends, per language. Plain text: no parse mode, nothing to escape. */
export interface NotificationTexts {
  openTicket: string;
  openInConsole: string;
  yes: string;
  noReopen: string;
  statuses: Record<string, string>;
  targets: Record<string, string>;
  priorities: Record<string, string>;
  queues: Record<string, string>;
  closeReasons: Record<string, string>;
  /** Why a ticket changed queue, for the reasons the desk itself gives; a person's own words pass. */
  escalationReasons: Record<string, string>;
  kinds: Record<NotificationKind, Template>;
}

export const NOTIFICATION_KINDS = [
  "ticket.accepted",
  "ticket.reply",
  "ticket.status",
  "ticket.clarify_reminder",
  "ticket.auto_closed",
  "csat.request",
  "ticket.follow_up",
  "staff.new_ticket",
  "staff.assigned",
  "staff.critical",
  "staff.due_soon",
  "staff.breach",
  "staff.escalated",
  "staff.no_reply",
  "staff.digest",
  "staff.weekly_report",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const label = (map: Record<string, string>, key: unknown) => map[String(key)] ?? String(key);
/** The desk's own reason codes in words; a person's free text as they wrote it. */
const reasonOf = (texts: Pick<NotificationTexts, "escalationReasons">, reason: unknown) =>
  typeof reason === "string" && Object.hasOwn(texts.escalationReasons, reason)
    ? texts.escalationReasons[reason]
    : reason;

const en: NotificationTexts = {
  openTicket: "Open ticket",
  openInConsole: "Open in console",
  yes: "Yes",
  noReopen: "No, reopen",
  statuses: {
    new: "new",
    open: "in progress",
    waiting_customer: "waiting for your answer",
    resolved: "resolved",
    closed: "closed",
    reopened: "reopened",
  },
  targets: {
    first_response: "first response",
    next_response: "next response",
    resolution: "resolution",
  },
  priorities: { critical: "critical", high: "high", normal: "normal", low: "low" },
  queues: { l1: "First line", l2: "Second line", vip: "VIP", security: "Security" },
  closeReasons: {
    no_customer_reply: "we did not hear back from you",
    resolved_inactive: "it was resolved and stayed quiet",
  },
  escalationReasons: {
    resolution_breached: "we missed the resolution target",
    customer_tags: "the customer’s tags changed",
  },
  kinds: {
    "ticket.accepted": (p, f) =>
      `Accepted: ticket ${f.ticket(p.number)}. Expected answer in about ${f.minutesUntil(p.eta)} min (by ${f.time(p.eta)}).${p.queueBreaching ? "\nWe are busier than usual, so it may take a little longer." : ""}`,
    "ticket.reply": (p, f) => `New reply on ticket ${f.ticket(p.number)}:\n\n${f.text(p.preview)}`,
    "ticket.status": (p, f) =>
      `Ticket ${f.ticket(p.number)} is now ${label(en.statuses, p.status)}.`,
    "ticket.clarify_reminder": (p, f) =>
      `We are still waiting for your answer on ticket ${f.ticket(p.number)}. Reply in the ticket so we can go on.`,
    "ticket.auto_closed": (p, f) =>
      `Ticket ${f.ticket(p.number)} was closed because ${label(en.closeReasons, p.reason)}. Write again any time if you still need help.`,
    "csat.request": (p, f) =>
      `How did we do on ticket ${f.ticket(p.number)}? Rate the support from 1 to 5.`,
    "ticket.follow_up": (p, f) => `Did our answer on ticket ${f.ticket(p.number)} help?`,
    "staff.new_ticket": (p, f) =>
      `New ticket ${f.ticket(p.number)} in ${label(en.queues, p.queueId)} (${label(en.priorities, p.priority)} priority):\n${f.text(p.subject)}`,
    "staff.assigned": (p, f) =>
      `Ticket ${f.ticket(p.number)} was assigned to you:\n${f.text(p.subject)}`,
    "staff.critical": (p, f) =>
      `Critical ticket ${f.ticket(p.number)} in ${label(en.queues, p.queueId)}: needs a person now.\n${f.text(p.subject)}`,
    "staff.due_soon": (p, f) =>
      `Ticket ${f.ticket(p.number)}: ${label(en.targets, p.target)} is due at ${f.time(p.dueAt)}.`,
    "staff.breach": (p, f) =>
      `Ticket ${f.ticket(p.number)} breached its ${label(en.targets, p.target)} target (due ${f.time(p.dueAt)}).`,
    "staff.escalated": (p, f) =>
      `Ticket ${f.ticket(p.number)} was escalated from ${label(en.queues, p.fromQueue)} to ${label(en.queues, p.toQueue)}: ${f.text(reasonOf(en, p.reason))}`,
    "staff.no_reply": (p, f) => `Ticket ${f.ticket(p.number)} has had no agent reply for 24 hours.`,
    "staff.digest": (p, f) =>
      `Daily digest for ${f.date(p.date)}\nOpen: ${f.count(p.open)}\nBreached: ${f.count(p.breached)}\nDue soon: ${f.count(p.dueSoon)}\nCreated yesterday: ${f.count(p.createdYesterday)}\nResolved yesterday: ${f.count(p.resolvedYesterday)}`,
    "staff.weekly_report": (p, f) =>
      `Weekly report ${f.date(p.from)} – ${f.date(p.to)}\nCreated: ${f.count(p.created)}\nResolved: ${f.count(p.resolved)}\nFirst response p50 / p90: ${f.count(p.frtP50Minutes)} / ${f.count(p.frtP90Minutes)} min\nCSAT: ${f.text(p.csatAverage ?? "–")}${topReasons(p, f)}`,
  },
};

const ru: NotificationTexts = {
  openTicket: "Открыть обращение",
  openInConsole: "Открыть в консоли",
  yes: "Да",
  noReopen: "Нет, открыть снова",
  statuses: {
    new: "новое",
    open: "в работе",
    waiting_customer: "ждёт вашего ответа",
    resolved: "решено",
    closed: "закрыто",
    reopened: "открыто снова",
  },
  targets: {
    first_response: "первый ответ",
    next_response: "следующий ответ",
    resolution: "решение",
  },
  priorities: { critical: "критический", high: "высокий", normal: "обычный", low: "низкий" },
  queues: { l1: "Первая линия", l2: "Вторая линия", vip: "VIP", security: "Безопасность" },
  closeReasons: {
    no_customer_reply: "мы не получили от вас ответа",
    resolved_inactive: "оно было решено и новых сообщений не было",
  },
  escalationReasons: {
    resolution_breached: "нарушен срок решения",
    customer_tags: "изменились метки клиента",
  },
  kinds: {
    "ticket.accepted": (p, f) =>
      `Принято: обращение ${f.ticket(p.number)}. Ответим примерно через ${f.minutesUntil(p.eta)} мин (до ${f.time(p.eta)}).${p.queueBreaching ? "\nСейчас обращений больше обычного, ответ может занять чуть больше времени." : ""}`,
    "ticket.reply": (p, f) =>
      `Новый ответ по обращению ${f.ticket(p.number)}:\n\n${f.text(p.preview)}`,
    "ticket.status": (p, f) =>
      `Статус обращения ${f.ticket(p.number)}: ${label(ru.statuses, p.status)}.`,
    "ticket.clarify_reminder": (p, f) =>
      `Мы всё ещё ждём вашего ответа по обращению ${f.ticket(p.number)}. Ответьте в обращении, чтобы мы могли продолжить.`,
    "ticket.auto_closed": (p, f) =>
      `Обращение ${f.ticket(p.number)} закрыто: ${label(ru.closeReasons, p.reason)}. Если помощь ещё нужна, напишите снова.`,
    "csat.request": (p, f) =>
      `Как мы справились с обращением ${f.ticket(p.number)}? Оцените поддержку от 1 до 5.`,
    "ticket.follow_up": (p, f) => `Наш ответ по обращению ${f.ticket(p.number)} помог?`,
    "staff.new_ticket": (p, f) =>
      `Новое обращение ${f.ticket(p.number)} в очереди «${label(ru.queues, p.queueId)}» (приоритет: ${label(ru.priorities, p.priority)}):\n${f.text(p.subject)}`,
    "staff.assigned": (p, f) =>
      `Вам назначено обращение ${f.ticket(p.number)}:\n${f.text(p.subject)}`,
    "staff.critical": (p, f) =>
      `Критическое обращение ${f.ticket(p.number)} в очереди «${label(ru.queues, p.queueId)}»: нужен человек прямо сейчас.\n${f.text(p.subject)}`,
    "staff.due_soon": (p, f) =>
      `Обращение ${f.ticket(p.number)}: срок («${label(ru.targets, p.target)}») — ${f.time(p.dueAt)}.`,
    "staff.breach": (p, f) =>
      `Обращение ${f.ticket(p.number)}: срок («${label(ru.targets, p.target)}») нарушен (был ${f.time(p.dueAt)}).`,
    "staff.escalated": (p, f) =>
      `Обращение ${f.ticket(p.number)} передано из «${label(ru.queues, p.fromQueue)}» в «${label(ru.queues, p.toQueue)}»: ${f.text(reasonOf(ru, p.reason))}`,
    "staff.no_reply": (p, f) => `По обращению ${f.ticket(p.number)} нет ответа агента уже 24 часа.`,
    "staff.digest": (p, f) =>
      `Сводка за ${f.date(p.date)}\nОткрыто: ${f.count(p.open)}\nНарушен срок: ${f.count(p.breached)}\nСкоро срок: ${f.count(p.dueSoon)}\nСоздано вчера: ${f.count(p.createdYesterday)}\nРешено вчера: ${f.count(p.resolvedYesterday)}`,
    "staff.weekly_report": (p, f) =>
      `Отчёт за неделю ${f.date(p.from)} – ${f.date(p.to)}\nСоздано: ${f.count(p.created)}\nРешено: ${f.count(p.resolved)}\nПервый ответ p50 / p90: ${f.count(p.frtP50Minutes)} / ${f.count(p.frtP90Minutes)} мин\nCSAT: ${f.text(p.csatAverage ?? "–")}${topReasons(p, f)}`,
  },
};

const fa: NotificationTexts = {
  openTicket: "باز کردن درخواست",
  openInConsole: "باز کردن در کنسول",
  yes: "بله",
  noReopen: "نه، دوباره باز شود",
  statuses: {
    new: "جدید",
    open: "در حال بررسی",
    waiting_customer: "در انتظار پاسخ شما",
    resolved: "حل‌شده",
    closed: "بسته",
    reopened: "دوباره باز شده",
  },
  targets: {
    first_response: "نخستین پاسخ",
    next_response: "پاسخ بعدی",
    resolution: "حل درخواست",
  },
  priorities: { critical: "بحرانی", high: "بالا", normal: "عادی", low: "پایین" },
  queues: { l1: "خط اول", l2: "خط دوم", vip: "VIP", security: "امنیت" },
  closeReasons: {
    no_customer_reply: "پاسخی از شما دریافت نکردیم",
    resolved_inactive: "حل شده بود و پیام تازه‌ای نیامد",
  },
  escalationReasons: {
    resolution_breached: "مهلت حل درخواست گذشت",
    customer_tags: "برچسب‌های مشتری تغییر کرد",
  },
  kinds: {
    "ticket.accepted": (p, f) =>
      `پذیرفته شد: درخواست ${f.ticket(p.number)}. پاسخ حدوداً تا ${f.minutesUntil(p.eta)} دقیقهٔ دیگر (تا ${f.time(p.eta)}).${p.queueBreaching ? "\nاکنون سرمان شلوغ‌تر از همیشه است؛ ممکن است کمی بیشتر طول بکشد." : ""}`,
    "ticket.reply": (p, f) =>
      `پاسخ تازه برای درخواست ${f.ticket(p.number)}:\n\n${f.text(p.preview)}`,
    "ticket.status": (p, f) =>
      `وضعیت درخواست ${f.ticket(p.number)}: ${label(fa.statuses, p.status)}.`,
    "ticket.clarify_reminder": (p, f) =>
      `هنوز منتظر پاسخ شما دربارهٔ درخواست ${f.ticket(p.number)} هستیم. لطفاً در همان درخواست پاسخ دهید تا ادامه دهیم.`,
    "ticket.auto_closed": (p, f) =>
      `درخواست ${f.ticket(p.number)} بسته شد، چون ${label(fa.closeReasons, p.reason)}. اگر هنوز کمک لازم دارید، دوباره بنویسید.`,
    "csat.request": (p, f) =>
      `کار ما روی درخواست ${f.ticket(p.number)} چطور بود؟ از ۱ تا ۵ امتیاز دهید.`,
    "ticket.follow_up": (p, f) => `آیا پاسخ ما دربارهٔ درخواست ${f.ticket(p.number)} کمک کرد؟`,
    "staff.new_ticket": (p, f) =>
      `درخواست تازهٔ ${f.ticket(p.number)} در صف ${label(fa.queues, p.queueId)} (اولویت ${label(fa.priorities, p.priority)}):\n${f.text(p.subject)}`,
    "staff.assigned": (p, f) =>
      `درخواست ${f.ticket(p.number)} به شما واگذار شد:\n${f.text(p.subject)}`,
    "staff.critical": (p, f) =>
      `درخواست بحرانی ${f.ticket(p.number)} در صف ${label(fa.queues, p.queueId)}: همین حالا یک نفر لازم است.\n${f.text(p.subject)}`,
    "staff.due_soon": (p, f) =>
      `درخواست ${f.ticket(p.number)}: مهلت ${label(fa.targets, p.target)} ساعت ${f.time(p.dueAt)} است.`,
    "staff.breach": (p, f) =>
      `مهلت ${label(fa.targets, p.target)} برای درخواست ${f.ticket(p.number)} گذشت (${f.time(p.dueAt)}).`,
    "staff.escalated": (p, f) =>
      `درخواست ${f.ticket(p.number)} از ${label(fa.queues, p.fromQueue)} به ${label(fa.queues, p.toQueue)} ارجاع شد: ${f.text(reasonOf(fa, p.reason))}`,
    "staff.no_reply": (p, f) =>
      `درخواست ${f.ticket(p.number)} ۲۴ ساعت است پاسخی از کارشناس نگرفته.`,
    "staff.digest": (p, f) =>
      `خلاصهٔ روزانهٔ ${f.date(p.date)}\nباز: ${f.count(p.open)}\nمهلت‌گذشته: ${f.count(p.breached)}\nنزدیک به مهلت: ${f.count(p.dueSoon)}\nثبت‌شده دیروز: ${f.count(p.createdYesterday)}\nحل‌شده دیروز: ${f.count(p.resolvedYesterday)}`,
    "staff.weekly_report": (p, f) =>
      `گزارش هفتگی ${f.date(p.from)} – ${f.date(p.to)}\nثبت‌شده: ${f.count(p.created)}\nحل‌شده: ${f.count(p.resolved)}\nنخستین پاسخ p50 / p90: ${f.count(p.frtP50Minutes)} / ${f.count(p.frtP90Minutes)} دقیقه\nCSAT: ${f.text(p.csatAverage ?? "–")}${topReasons(p, f)}`,
  },
};

const zh: NotificationTexts = {
  openTicket: "打开工单",
  openInConsole: "在控制台打开",
  yes: "是",
  noReopen: "否，重新打开",
  statuses: {
    new: "新建",
    open: "处理中",
    waiting_customer: "等待您的回复",
    resolved: "已解决",
    closed: "已关闭",
    reopened: "已重新打开",
  },
  targets: { first_response: "首次响应", next_response: "下次响应", resolution: "解决" },
  priorities: { critical: "紧急", high: "高", normal: "普通", low: "低" },
  queues: { l1: "一线", l2: "二线", vip: "VIP", security: "安全" },
  closeReasons: {
    no_customer_reply: "我们没有收到您的回复",
    resolved_inactive: "问题已解决且一直没有新消息",
  },
  escalationReasons: {
    resolution_breached: "超过了解决时限",
    customer_tags: "客户标签已更改",
  },
  kinds: {
    "ticket.accepted": (p, f) =>
      `已受理：工单 ${f.ticket(p.number)}。预计约 ${f.minutesUntil(p.eta)} 分钟内回复（${f.time(p.eta)} 前）。${p.queueBreaching ? "\n目前咨询较多，可能需要稍长时间。" : ""}`,
    "ticket.reply": (p, f) => `工单 ${f.ticket(p.number)} 有新回复：\n\n${f.text(p.preview)}`,
    "ticket.status": (p, f) =>
      `工单 ${f.ticket(p.number)} 当前状态：${label(zh.statuses, p.status)}。`,
    "ticket.clarify_reminder": (p, f) =>
      `我们仍在等待您对工单 ${f.ticket(p.number)} 的回复。请在工单中回复，以便我们继续处理。`,
    "ticket.auto_closed": (p, f) =>
      `工单 ${f.ticket(p.number)} 已关闭，因为${label(zh.closeReasons, p.reason)}。如仍需帮助，请随时再联系我们。`,
    "csat.request": (p, f) =>
      `我们对工单 ${f.ticket(p.number)} 的处理如何？请给出 1 到 5 分的评价。`,
    "ticket.follow_up": (p, f) => `我们对工单 ${f.ticket(p.number)} 的答复有帮助吗？`,
    "staff.new_ticket": (p, f) =>
      `${label(zh.queues, p.queueId)}队列有新工单 ${f.ticket(p.number)}（优先级：${label(zh.priorities, p.priority)}）：\n${f.text(p.subject)}`,
    "staff.assigned": (p, f) => `工单 ${f.ticket(p.number)} 已分配给您：\n${f.text(p.subject)}`,
    "staff.critical": (p, f) =>
      `${label(zh.queues, p.queueId)}队列有紧急工单 ${f.ticket(p.number)}：需要立即人工处理。\n${f.text(p.subject)}`,
    "staff.due_soon": (p, f) =>
      `工单 ${f.ticket(p.number)}：${label(zh.targets, p.target)}将于 ${f.time(p.dueAt)} 到期。`,
    "staff.breach": (p, f) =>
      `工单 ${f.ticket(p.number)} 的${label(zh.targets, p.target)}已超时（期限 ${f.time(p.dueAt)}）。`,
    "staff.escalated": (p, f) =>
      `工单 ${f.ticket(p.number)} 已从${label(zh.queues, p.fromQueue)}升级到${label(zh.queues, p.toQueue)}：${f.text(reasonOf(zh, p.reason))}`,
    "staff.no_reply": (p, f) => `工单 ${f.ticket(p.number)} 已 24 小时没有客服回复。`,
    "staff.digest": (p, f) =>
      `${f.date(p.date)} 每日摘要\n未关闭：${f.count(p.open)}\n已超时：${f.count(p.breached)}\n即将到期：${f.count(p.dueSoon)}\n昨日新建：${f.count(p.createdYesterday)}\n昨日解决：${f.count(p.resolvedYesterday)}`,
    "staff.weekly_report": (p, f) =>
      `周报 ${f.date(p.from)} – ${f.date(p.to)}\n新建：${f.count(p.created)}\n解决：${f.count(p.resolved)}\n首次响应 p50 / p90：${f.count(p.frtP50Minutes)} / ${f.count(p.frtP90Minutes)} 分钟\nCSAT：${f.text(p.csatAverage ?? "–")}${topReasons(p, f)}`,
  },
};

function topReasons(p: Params, f: Format): string {
  if (!Array.isArray(p.topReasons) || p.topReasons.length === 0) return "";
  const lines = p.topReasons
    .slice(0, 5)
    .map((r: { name?: unknown; count?: unknown }) => `• ${f.text(r.name)}: ${f.count(r.count)}`);
  return `\n${lines.join("\n")}`;
}

export const NOTIFICATION_TEXTS: Record<Locale, NotificationTexts> = { en, ru, fa, zh };
