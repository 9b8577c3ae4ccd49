import { type Locale, resolveLocale } from "@helpline/contracts/locales";

/** Everything the bot says, per language. Sent as plain text: no parse mode, nothing to escape. */
export interface Messages {
  greeting(firstName: string): string;
  /** What the bot is for; the body of /help. */
  about: string;
  /** Follows any answer when the help desk app is configured (the button is attached). */
  tapNeedHelp: string;
  /** Replaces `tapNeedHelp` when there is no https web app URL to open. */
  appNotConfigured: string;
  /** Answer to anything the bot does not understand. */
  unhandled: string;
  commandsTitle: string;
  needHelpButton: string;
  /** Shown in Telegram's command menu (`setMyCommands`), 3–256 characters each. */
  commands: { start: string; help: string; status: string; language: string };
}

export const MESSAGES: Record<Locale, Messages> = {
  en: {
    greeting: (name) => `Hi, ${name}! This is Helpline support.`,
    about:
      "I'm the Helpline support bot. Our help desk is a mini app right here in Telegram: there you can send a request, follow its status and chat with our support team. When they reply, I'll let you know in this chat.",
    tapNeedHelp:
      "Tap “Need help” below to describe your problem or check on a request you've already sent.",
    appNotConfigured:
      "The help desk app isn't set up yet, so there's no “Need help” button for now. Please check back a little later.",
    unhandled:
      "Sorry, I can't read messages sent here: all requests are handled in the help desk app.",
    commandsTitle: "Commands:",
    needHelpButton: "Need help",
    commands: {
      start: "Open the help desk",
      help: "What this bot can do",
      status: "My open requests",
      language: "Change the language",
    },
  },
  ru: {
    greeting: (name) => `Здравствуйте, ${name}! Это служба поддержки Helpline.`,
    about:
      "Я бот поддержки Helpline. Служба поддержки работает в мини-приложении прямо в Telegram: там можно отправить обращение, следить за его статусом и переписываться с нашей командой. Когда вам ответят, я напишу об этом в этот чат.",
    tapNeedHelp:
      "Нажмите «Нужна помощь» ниже, чтобы описать проблему или узнать, что с уже отправленным обращением.",
    appNotConfigured:
      "Приложение поддержки ещё не настроено, поэтому кнопки «Нужна помощь» пока нет. Пожалуйста, загляните чуть позже.",
    unhandled:
      "К сожалению, я не читаю сообщения в этом чате: все обращения принимаются в приложении поддержки.",
    commandsTitle: "Команды:",
    needHelpButton: "Нужна помощь",
    commands: {
      start: "Открыть службу поддержки",
      help: "Что умеет этот бот",
      status: "Мои открытые обращения",
      language: "Сменить язык",
    },
  },
  fa: {
    greeting: (name) => `سلام ${name}، به پشتیبانی Helpline خوش آمدید!`,
    about:
      "من ربات پشتیبانی Helpline هستم. بخش پشتیبانی ما یک مینی‌اپ در همین تلگرام است: آنجا می‌توانید درخواست بفرستید، وضعیت آن را پیگیری کنید و با تیم پشتیبانی گفتگو کنید. هر وقت پاسخی برسد، در همین گفتگو به شما خبر می‌دهم.",
    tapNeedHelp:
      "برای شرح مشکل یا پیگیری درخواستی که قبلاً فرستاده‌اید، روی دکمهٔ «کمک می‌خواهم» در پایین بزنید.",
    appNotConfigured:
      "برنامهٔ پشتیبانی هنوز راه‌اندازی نشده است، برای همین فعلاً دکمهٔ «کمک می‌خواهم» وجود ندارد. لطفاً کمی بعد دوباره سر بزنید.",
    unhandled:
      "متأسفم، پیام‌هایی را که اینجا فرستاده می‌شود نمی‌خوانم؛ همهٔ درخواست‌ها در برنامهٔ پشتیبانی بررسی می‌شوند.",
    commandsTitle: "دستورها:",
    needHelpButton: "کمک می‌خواهم",
    commands: {
      start: "باز کردن پشتیبانی",
      help: "این ربات چه کارهایی می‌کند",
      status: "درخواست‌های باز من",
      language: "تغییر زبان",
    },
  },
  zh: {
    greeting: (name) => `${name}，您好！这里是 Helpline 客服。`,
    about:
      "我是 Helpline 客服机器人。我们的客服中心是 Telegram 里的一个小程序：您可以在那里提交请求、查看处理进度，并与客服团队沟通。客服回复后，我会在这个聊天里通知您。",
    tapNeedHelp: "点击下方的“需要帮助”，即可描述您的问题，或查看已提交请求的进展。",
    appNotConfigured: "客服应用尚未配置，所以暂时没有“需要帮助”按钮。请稍后再来看看。",
    unhandled: "抱歉，我无法阅读发到这里的消息：所有请求都在客服应用中处理。",
    commandsTitle: "命令：",
    needHelpButton: "需要帮助",
    commands: {
      start: "打开客服中心",
      help: "了解这个机器人能做什么",
      status: "我未完成的请求",
      language: "更改语言",
    },
  },
};

/**
 * The catalogue for a Telegram `language_code`; English for anything Helpline does not speak.
 *
 * @example messagesFor(ctx.from?.language_code).needHelpButton // "Нужна помощь" for "ru"
 */
export function messagesFor(languageCode: string | undefined): Messages {
  return MESSAGES[resolveLocale(languageCode)];
}
