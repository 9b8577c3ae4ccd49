import type { Locale } from "@helpline/contracts/locales";

/** What the bot says in its conversations (new request, status, ratings). Plain text. */
export interface ConversationMessages {
  consentAsk: string;
  consentButton: string;
  consentThanks: string;
  chooseTopic: string;
  chooseSection: string;
  somethingElse: string;
  describe: string;
  describeMore: string;
  photoAsk: string;
  skip: string;
  photoAdded: string;
  /** Text arrived while buttons wait for a choice: it is kept with the request. */
  useButtons: string;
  suggest(titles: string[]): string;
  solvedYes: string;
  solvedNo: string;
  glad: string;
  accepted(number: number, eta: string): string;
  urgent: string;
  openTicket: string;
  addOrNew(number: number): string;
  addTo(number: number): string;
  newRequest: string;
  added(number: number): string;
  closedStartNew(number: number): string;
  onlyImages: string;
  /** A file over the Bot API's 20 MB download limit. */
  fileTooBig: string;
  noOpenTickets: string;
  openTicketsTitle: string;
  status: Record<string, string>;
  chooseLanguage: string;
  languageSaved: string;
  deskIntro: string;
  deskButton: string;
  deskDenied: string;
  ratingThanks: string;
  ratingShown(score: number): string;
  cannotRate: string;
  followupYes: string;
  followupNo(number: number): string;
  cannotReopen: string;
  notFound: string;
  unknownInput: string;
  /** The desk's rate limit refused (too many requests or messages in a short time). */
  busy: string;
  /** ETA as a duration: "30 min", "2 h". */
  duration(minutes: number): string;
}

const stars = (score: number) => "★".repeat(score) + "☆".repeat(5 - score);

function durationIn(locale: Locale) {
  return (minutes: number) => {
    const whole = Math.max(1, Math.round(minutes));
    const [value, unit] = whole < 120 ? [whole, "minute"] : [Math.round(whole / 60), "hour"];
    return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(
      value,
    );
  };
}

export const CONVERSATION: Record<Locale, ConversationMessages> = {
  en: {
    consentAsk:
      "Before we start: we use your messages only to help you. Agree to the privacy notice to let us keep them.",
    consentButton: "I agree",
    consentThanks: "Thank you. How can we help?",
    chooseTopic: "What is your question about?",
    chooseSection: "Which of these is closest?",
    somethingElse: "Something else",
    describe: "Describe the problem in one message: what happened, and what you expected.",
    describeMore: "Please write a little more (at least 10 characters), so we can help.",
    photoAsk: "Add a photo or screenshot if you have one, or tap “Skip”.",
    skip: "Skip",
    photoAdded: "Photo added.",
    useButtons: "Noted, I have added it to your request. Please choose one of the buttons above.",
    suggest: (titles) =>
      `These articles may already have the answer:\n${titles.map((title) => `• ${title}`).join("\n")}\n\nDid one of these solve it?`,
    solvedYes: "Yes, solved",
    solvedNo: "No, create a request",
    glad: "Great, glad it helped! Write any time if you need anything else.",
    accepted: (number, eta) => `Accepted: ticket #${number}. ETA ${eta}.`,
    urgent: "This sounds urgent, so a person will take it right away.",
    openTicket: "Open ticket",
    addOrNew: (number) =>
      `You have an open request #${number}. Add this to #${number} or start a new request?`,
    addTo: (number) => `Add to #${number}`,
    newRequest: "New request",
    added: (number) => `Added to #${number}. We will reply here.`,
    closedStartNew: (number) => `Request #${number} is closed. Let's start a new one.`,
    onlyImages:
      "I can attach photos and images (JPEG, PNG or WebP). Please send a screenshot, or describe it in words.",
    noOpenTickets: "You have no open requests.",
    openTicketsTitle: "Your open requests:",
    status: {
      new: "Accepted",
      open: "In progress",
      waiting_customer: "Waiting for you",
      resolved: "Resolved",
      closed: "Closed",
      reopened: "Reopened",
    },
    chooseLanguage: "Choose your language:",
    languageSaved: "Done: I will write in English.",
    deskIntro: "The support console:",
    deskButton: "Open console",
    deskDenied: "This command is for the support team.",
    ratingThanks: "Thank you for your rating!",
    ratingShown: (score) => `Your rating: ${stars(score)} (${score} of 5)`,
    cannotRate: "This request cannot be rated now.",
    followupYes: "Glad it helped! Thank you.",
    followupNo: (number) => `Request #${number} is open again: we will get back to you.`,
    cannotReopen: "This request cannot be reopened now.",
    notFound: "I cannot find that request.",
    unknownInput:
      "I did not understand that. Write your question in a message and I will open a request, or use /status and /help.",
    fileTooBig:
      "This file is larger than 20 MB, too big for us to open. Please send a smaller image or a screenshot.",
    busy: "You are sending a lot right now. Please wait a minute and try again.",
    duration: durationIn("en"),
  },
  ru: {
    consentAsk:
      "Прежде чем начать: мы используем ваши сообщения только чтобы помочь вам. Согласитесь с политикой конфиденциальности, чтобы мы могли их хранить.",
    consentButton: "Согласен",
    consentThanks: "Спасибо. Чем можем помочь?",
    chooseTopic: "О чём ваш вопрос?",
    chooseSection: "Что из этого ближе?",
    somethingElse: "Другое",
    describe: "Опишите проблему одним сообщением: что произошло и чего вы ожидали.",
    describeMore:
      "Напишите, пожалуйста, чуть подробнее (хотя бы 10 символов), чтобы мы могли помочь.",
    photoAsk: "Добавьте фото или скриншот, если есть, или нажмите «Пропустить».",
    skip: "Пропустить",
    photoAdded: "Фото добавлено.",
    useButtons: "Записал, это войдёт в обращение. Выберите, пожалуйста, один из вариантов выше.",
    suggest: (titles) =>
      `Возможно, ответ уже есть в этих статьях:\n${titles.map((title) => `• ${title}`).join("\n")}\n\nОдна из них помогла?`,
    solvedYes: "Да, помогло",
    solvedNo: "Нет, создать обращение",
    glad: "Отлично, рады, что помогло! Пишите, если понадобится что-то ещё.",
    accepted: (number, eta) => `Принято: обращение №${number}. Ответим примерно через ${eta}.`,
    urgent: "Похоже, это срочно: обращение сразу передано сотруднику.",
    openTicket: "Открыть обращение",
    addOrNew: (number) =>
      `У вас есть открытое обращение №${number}. Добавить это сообщение в №${number} или создать новое обращение?`,
    addTo: (number) => `Добавить в №${number}`,
    newRequest: "Новое обращение",
    added: (number) => `Добавлено в обращение №${number}. Ответим здесь.`,
    closedStartNew: (number) => `Обращение №${number} закрыто. Давайте создадим новое.`,
    onlyImages:
      "Я могу прикрепить фото и изображения (JPEG, PNG или WebP). Пришлите, пожалуйста, скриншот или опишите словами.",
    noOpenTickets: "У вас нет открытых обращений.",
    openTicketsTitle: "Ваши открытые обращения:",
    status: {
      new: "Принято",
      open: "В работе",
      waiting_customer: "Ждём вашего ответа",
      resolved: "Решено",
      closed: "Закрыто",
      reopened: "Открыто снова",
    },
    chooseLanguage: "Выберите язык:",
    languageSaved: "Готово: буду писать по-русски.",
    deskIntro: "Консоль поддержки:",
    deskButton: "Открыть консоль",
    deskDenied: "Эта команда — для команды поддержки.",
    ratingThanks: "Спасибо за оценку!",
    ratingShown: (score) => `Ваша оценка: ${stars(score)} (${score} из 5)`,
    cannotRate: "Это обращение сейчас нельзя оценить.",
    followupYes: "Рады, что помогло! Спасибо.",
    followupNo: (number) => `Обращение №${number} снова открыто: мы с вами свяжемся.`,
    cannotReopen: "Это обращение сейчас нельзя открыть снова.",
    notFound: "Не могу найти это обращение.",
    unknownInput:
      "Я не понял. Напишите вопрос сообщением, и я создам обращение, или воспользуйтесь /status и /help.",
    fileTooBig:
      "Файл больше 20 МБ — такой мы не сможем открыть. Пришлите, пожалуйста, изображение поменьше или скриншот.",
    busy: "Слишком много сообщений подряд. Подождите минуту и попробуйте снова.",
    duration: durationIn("ru"),
  },
  fa: {
    consentAsk:
      "پیش از شروع: ما از پیام‌های شما فقط برای کمک به خودتان استفاده می‌کنیم. برای نگهداری آن‌ها با اطلاعیه حریم خصوصی موافقت کنید.",
    consentButton: "موافقم",
    consentThanks: "سپاس. چطور می‌توانیم کمک کنیم؟",
    chooseTopic: "سؤال شما دربارهٔ چیست؟",
    chooseSection: "کدام‌یک نزدیک‌تر است؟",
    somethingElse: "موضوع دیگر",
    describe: "مشکل را در یک پیام شرح دهید: چه اتفاقی افتاد و انتظار چه چیزی را داشتید.",
    describeMore: "لطفاً کمی بیشتر بنویسید (دست‌کم ۱۰ نویسه) تا بتوانیم کمک کنیم.",
    photoAsk: "اگر عکس یا تصویر صفحه دارید بفرستید، یا «رد شدن» را بزنید.",
    skip: "رد شدن",
    photoAdded: "عکس اضافه شد.",
    useButtons: "یادداشت شد و به درخواست شما افزوده شد. لطفاً یکی از دکمه‌های بالا را انتخاب کنید.",
    suggest: (titles) =>
      `شاید پاسخ در این مقاله‌ها باشد:\n${titles.map((title) => `• ${title}`).join("\n")}\n\nآیا یکی از آن‌ها مشکل را حل کرد؟`,
    solvedYes: "بله، حل شد",
    solvedNo: "نه، درخواست بساز",
    glad: "عالی است، خوشحالیم که کمک کرد! هر وقت لازم بود بنویسید.",
    accepted: (number, eta) => `پذیرفته شد: درخواست #${number}. زمان تقریبی پاسخ: ${eta}.`,
    urgent: "به نظر فوری است، برای همین یک همکار همین حالا به آن رسیدگی می‌کند.",
    openTicket: "باز کردن درخواست",
    addOrNew: (number) =>
      `درخواست باز #${number} را دارید. این پیام به #${number} اضافه شود یا درخواست تازه‌ای بسازیم؟`,
    addTo: (number) => `افزودن به #${number}`,
    newRequest: "درخواست تازه",
    added: (number) => `به درخواست #${number} اضافه شد. پاسخ را همین‌جا می‌فرستیم.`,
    closedStartNew: (number) => `درخواست #${number} بسته شده است. بیایید درخواست تازه‌ای بسازیم.`,
    onlyImages:
      "می‌توانم عکس و تصویر (JPEG، PNG یا WebP) پیوست کنم. لطفاً تصویر صفحه بفرستید یا با کلمات شرح دهید.",
    noOpenTickets: "درخواست بازی ندارید.",
    openTicketsTitle: "درخواست‌های باز شما:",
    status: {
      new: "پذیرفته شد",
      open: "در حال بررسی",
      waiting_customer: "منتظر پاسخ شما",
      resolved: "حل شد",
      closed: "بسته شد",
      reopened: "دوباره باز شد",
    },
    chooseLanguage: "زبان خود را انتخاب کنید:",
    languageSaved: "انجام شد: به فارسی می‌نویسم.",
    deskIntro: "میز کار پشتیبانی:",
    deskButton: "باز کردن میز کار",
    deskDenied: "این دستور برای تیم پشتیبانی است.",
    ratingThanks: "از امتیاز شما سپاسگزاریم!",
    ratingShown: (score) => `امتیاز شما: ${stars(score)} (${score} از ۵)`,
    cannotRate: "اکنون نمی‌توان به این درخواست امتیاز داد.",
    followupYes: "خوشحالیم که کمک کرد! سپاس.",
    followupNo: (number) => `درخواست #${number} دوباره باز شد: با شما در تماس خواهیم بود.`,
    cannotReopen: "اکنون نمی‌توان این درخواست را دوباره باز کرد.",
    notFound: "این درخواست را پیدا نمی‌کنم.",
    unknownInput:
      "متوجه نشدم. سؤالتان را در یک پیام بنویسید تا درخواست بسازم، یا از /status و /help استفاده کنید.",
    fileTooBig:
      "این فایل بزرگ‌تر از ۲۰ مگابایت است و نمی‌توانیم آن را باز کنیم. لطفاً تصویر کوچک‌تر یا تصویر صفحه بفرستید.",
    busy: "در این مدت کوتاه پیام‌های زیادی فرستاده‌اید. لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.",
    duration: durationIn("fa"),
  },
  zh: {
    consentAsk: "开始之前：我们只会用您的消息来帮助您。同意隐私声明后，我们才能保存这些消息。",
    consentButton: "我同意",
    consentThanks: "谢谢。我们能帮您什么？",
    chooseTopic: "您的问题是关于什么的？",
    chooseSection: "哪一项最接近？",
    somethingElse: "其他",
    describe: "请用一条消息描述问题：发生了什么，您期望的是什么。",
    describeMore: "请再多写一点（至少 10 个字符），以便我们帮助您。",
    photoAsk: "如有照片或截图请发送，或点击“跳过”。",
    skip: "跳过",
    photoAdded: "照片已添加。",
    useButtons: "已记下，并添加到您的请求中。请选择上方的一个按钮。",
    suggest: (titles) =>
      `这些文章可能已经有答案：\n${titles.map((title) => `• ${title}`).join("\n")}\n\n其中有解决您问题的吗？`,
    solvedYes: "是，已解决",
    solvedNo: "否，创建请求",
    glad: "太好了，很高兴能帮上忙！有需要随时留言。",
    accepted: (number, eta) => `已受理：请求 #${number}。预计 ${eta} 内回复。`,
    urgent: "这件事似乎很紧急，客服人员会立即处理。",
    openTicket: "打开请求",
    addOrNew: (number) =>
      `您有一个未完成的请求 #${number}。要把这条消息添加到 #${number}，还是新建请求？`,
    addTo: (number) => `添加到 #${number}`,
    newRequest: "新建请求",
    added: (number) => `已添加到请求 #${number}。我们会在这里回复。`,
    closedStartNew: (number) => `请求 #${number} 已关闭。我们来新建一个吧。`,
    onlyImages: "我可以附加照片和图片（JPEG、PNG 或 WebP）。请发送截图，或用文字描述。",
    noOpenTickets: "您没有未完成的请求。",
    openTicketsTitle: "您未完成的请求：",
    status: {
      new: "已受理",
      open: "处理中",
      waiting_customer: "等待您回复",
      resolved: "已解决",
      closed: "已关闭",
      reopened: "已重新打开",
    },
    chooseLanguage: "请选择语言：",
    languageSaved: "好的：我会用中文和您交流。",
    deskIntro: "客服控制台：",
    deskButton: "打开控制台",
    deskDenied: "此命令仅供客服团队使用。",
    ratingThanks: "感谢您的评分！",
    ratingShown: (score) => `您的评分：${stars(score)}（${score} / 5）`,
    cannotRate: "此请求目前无法评分。",
    followupYes: "很高兴能帮上忙！谢谢。",
    followupNo: (number) => `请求 #${number} 已重新打开：我们会尽快联系您。`,
    cannotReopen: "此请求目前无法重新打开。",
    notFound: "找不到该请求。",
    unknownInput:
      "我没有理解。请用一条消息写下您的问题，我会为您创建请求；也可以使用 /status 和 /help。",
    fileTooBig: "该文件超过 20 MB，我们无法打开。请发送更小的图片或截图。",
    busy: "您的操作太频繁了。请稍等一分钟再试。",
    duration: durationIn("zh"),
  },
};

/** Names of the languages in themselves, for the /language buttons. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  fa: "فارسی",
  zh: "中文",
};
