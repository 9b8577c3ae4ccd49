import { article } from "./types";

export const APP = [
  article(
    {
      slug: "open-shop-in-telegram",
      category: "app",
      topicId: "features",
      tags: ["telegram", "mini-app", "install"],
      related: ["app-not-working", "notification-settings"],
    },
    {
      en: [
        "Shop inside Telegram",
        "Open the shop and support right in Telegram, no separate app needed.",
        "1. Open our bot in Telegram and tap **Start**.\n2. Tap the **Shop** button at the bottom of the chat.\n3. Pin the bot so it is always one tap away.\n\nYour cart, orders and requests are the same on your phone, tablet and Telegram Desktop.",
      ],
      ru: [
        "Покупки прямо в Telegram",
        "Откройте магазин и поддержку в Telegram — отдельное приложение не нужно.",
        "1. Откройте нашего бота в Telegram и нажмите **Старт**.\n2. Нажмите кнопку **Магазин** внизу чата.\n3. Закрепите бота, чтобы он всегда был под рукой.\n\nКорзина, заказы и обращения одинаковы на телефоне, планшете и в Telegram Desktop.",
      ],
      fa: [
        "خرید داخل تلگرام",
        "فروشگاه و پشتیبانی را مستقیم در تلگرام باز کنید؛ اپ جداگانه لازم نیست.",
        "۱. ربات ما را در تلگرام باز کنید و **شروع** را بزنید.\n۲. دکمهٔ **فروشگاه** پایین گفتگو را بزنید.\n۳. ربات را سنجاق کنید تا همیشه در دسترس باشد.\n\nسبد خرید، سفارش‌ها و درخواست‌هایتان روی گوشی، تبلت و تلگرام دسکتاپ یکسان است.",
      ],
      zh: [
        "在 Telegram 内购物",
        "直接在 Telegram 中打开商城和客服，无需另装应用。",
        "1. 在 Telegram 中打开我们的机器人，点击**开始**。\n2. 点击聊天底部的**商城**按钮。\n3. 置顶机器人，随时一键打开。\n\n购物车、订单和咨询在手机、平板和 Telegram 桌面版上保持同步。",
      ],
    },
  ),
  article(
    {
      slug: "app-not-working",
      category: "app",
      topicId: "features",
      popular: true,
      tags: ["bug", "crash", "loading", "troubleshooting"],
      related: ["open-shop-in-telegram", "contact-support"],
    },
    {
      en: [
        "The app doesn't load or keeps crashing",
        "Quick fixes when the shop shows a blank screen, freezes or closes.",
        "Try these in order:\n\n1. Close the shop and open it again from the bot.\n2. Update Telegram to the latest version.\n3. Switch between Wi-Fi and mobile data.\n4. In Telegram, **Settings → Data and Storage → Storage usage → Clear cache**.\n\nStill broken? Send us your phone model and Telegram version from **Help → New request**.",
      ],
      ru: [
        "Приложение не загружается или вылетает",
        "Что делать, если магазин показывает пустой экран, зависает или закрывается.",
        "Попробуйте по порядку:\n\n1. Закройте магазин и откройте его снова из бота.\n2. Обновите Telegram до последней версии.\n3. Переключитесь между Wi-Fi и мобильным интернетом.\n4. В Telegram: **Настройки → Данные и память → Использование памяти → Очистить кэш**.\n\nНе помогло? Напишите модель телефона и версию Telegram через **Помощь → Новое обращение**.",
      ],
      fa: [
        "اپ باز نمی‌شود یا مدام بسته می‌شود",
        "راه‌حل‌های سریع وقتی فروشگاه صفحهٔ سفید نشان می‌دهد، هنگ می‌کند یا بسته می‌شود.",
        "به ترتیب امتحان کنید:\n\n۱. فروشگاه را ببندید و دوباره از ربات باز کنید.\n۲. تلگرام را به آخرین نسخه به‌روز کنید.\n۳. بین وای‌فای و اینترنت همراه جابه‌جا شوید.\n۴. در تلگرام: **تنظیمات ← داده و ذخیره‌سازی ← مصرف حافظه ← پاک کردن حافظهٔ پنهان**.\n\nباز هم مشکل دارد؟ مدل گوشی و نسخهٔ تلگرام را از **راهنما ← درخواست جدید** بفرستید.",
      ],
      zh: [
        "应用打不开或总是闪退",
        "商城白屏、卡住或自动关闭时的快速解决办法。",
        "请依次尝试：\n\n1. 关闭商城，再从机器人重新打开。\n2. 把 Telegram 更新到最新版本。\n3. 在 Wi-Fi 和移动数据之间切换。\n4. 在 Telegram 中：**设置 → 数据和存储 → 存储用量 → 清除缓存**。\n\n还是不行？请通过**帮助 → 新建请求**告诉我们手机型号和 Telegram 版本。",
      ],
    },
  ),
  article(
    {
      slug: "wishlist",
      category: "app",
      topicId: "features",
      tags: ["wishlist", "favourites", "price-alert"],
      related: ["notification-settings"],
    },
    {
      en: [
        "Save items to your wishlist",
        "Keep products for later and get told when they are cheaper or back in stock.",
        "- Tap the **heart** on any product to save it.\n- Open **Profile → Wishlist** to see everything you saved.\n- Turn on **Price alerts** in notifications to hear when a saved item gets cheaper or is back in stock.\n\nShare a wishlist with a link, for example for birthday gifts.",
      ],
      ru: [
        "Избранное",
        "Сохраняйте товары на потом и узнавайте, когда они подешевеют или снова появятся.",
        "- Нажмите **сердечко** на карточке товара, чтобы сохранить его.\n- Все сохранённые товары — в **Профиль → Избранное**.\n- Включите **Снижение цен** в уведомлениях, чтобы узнать, когда товар подешевеет или вернётся в продажу.\n\nСписком можно поделиться по ссылке — например, для подарков на день рождения.",
      ],
      fa: [
        "ذخیرهٔ کالا در فهرست علاقه‌مندی‌ها",
        "محصولات را برای بعد نگه دارید و از ارزان شدن یا موجود شدن دوباره‌شان باخبر شوید.",
        "- روی **قلب** هر محصول بزنید تا ذخیره شود.\n- همهٔ موارد ذخیره‌شده در **پروفایل ← علاقه‌مندی‌ها** است.\n- **هشدار قیمت** را در اعلان‌ها روشن کنید تا از ارزان شدن یا موجود شدن دوبارهٔ کالا باخبر شوید.\n\nفهرست را می‌توانید با لینک به اشتراک بگذارید، مثلاً برای هدیهٔ تولد.",
      ],
      zh: [
        "把商品加入心愿单",
        "收藏商品以后再买，降价或到货时收到提醒。",
        "- 点击商品上的**爱心**即可收藏。\n- 在**个人资料 → 心愿单**查看所有收藏。\n- 在通知中开启**降价提醒**，收藏的商品降价或补货时会通知你。\n\n心愿单可以通过链接分享，比如用来收生日礼物。",
      ],
    },
  ),
  article(
    {
      slug: "app-language",
      category: "app",
      topicId: "features",
      tags: ["language", "theme", "dark-mode"],
      related: ["notification-settings"],
    },
    {
      en: [
        "Change the language or dark mode",
        "The shop follows your Telegram settings, and you can change them here.",
        "- **Language:** open **Help → Settings → Language** and choose English, Русский, فارسی or 中文.\n- **Dark mode:** the shop uses Telegram's theme; switch it in Telegram under **Settings → Appearance**.\n\nPrices and dates follow the language you choose.",
      ],
      ru: [
        "Как сменить язык или тёмную тему",
        "Магазин следует настройкам Telegram, но их можно поменять.",
        "- **Язык:** откройте **Помощь → Настройки → Язык** и выберите English, Русский, فارسی или 中文.\n- **Тёмная тема:** магазин использует тему Telegram; переключите её в Telegram в **Настройки → Оформление**.\n\nЦены и даты отображаются в формате выбранного языка.",
      ],
      fa: [
        "تغییر زبان یا حالت تیره",
        "فروشگاه از تنظیمات تلگرام پیروی می‌کند و می‌توانید آن را تغییر دهید.",
        "- **زبان:** **راهنما ← تنظیمات ← زبان** را باز کنید و English، Русский، فارسی یا 中文 را انتخاب کنید.\n- **حالت تیره:** فروشگاه از پوستهٔ تلگرام استفاده می‌کند؛ آن را در تلگرام از **تنظیمات ← ظاهر** عوض کنید.\n\nقیمت‌ها و تاریخ‌ها به شکل زبان انتخابی نمایش داده می‌شوند.",
      ],
      zh: [
        "切换语言或深色模式",
        "商城默认跟随 Telegram 设置，你也可以在这里修改。",
        "- **语言：**打开**帮助 → 设置 → 语言**，选择 English、Русский、فارسی 或中文。\n- **深色模式：**商城使用 Telegram 主题；请在 Telegram 的**设置 → 外观**中切换。\n\n价格和日期会按所选语言的格式显示。",
      ],
    },
  ),
  article(
    {
      slug: "contact-support",
      category: "app",
      topicId: "features",
      popular: true,
      tags: ["support", "agent", "human", "help"],
      related: ["app-not-working"],
    },
    {
      en: [
        "Contact a support agent",
        "How to reach a person and how fast we answer.",
        "1. Open **Help → New request**.\n2. Pick a topic and describe the problem; add a screenshot if it helps.\n3. Follow the answer in **My requests** or in the bot chat.\n\nWe answer within 15 minutes from 8:00 to 22:00, and by the next morning otherwise. Urgent security issues are handled around the clock.",
      ],
      ru: [
        "Как связаться с оператором",
        "Как написать живому человеку и как быстро мы отвечаем.",
        "1. Откройте **Помощь → Новое обращение**.\n2. Выберите тему и опишите проблему; при необходимости приложите скриншот.\n3. Следите за ответом в **Мои обращения** или в чате с ботом.\n\nС 8:00 до 22:00 отвечаем в течение 15 минут, в остальное время — к утру. Срочные вопросы безопасности решаем круглосуточно.",
      ],
      fa: [
        "تماس با کارشناس پشتیبانی",
        "چطور با یک نفر صحبت کنید و چقدر سریع پاسخ می‌دهیم.",
        "۱. **راهنما ← درخواست جدید** را باز کنید.\n۲. موضوع را انتخاب کنید و مشکل را شرح دهید؛ اگر لازم است تصویر صفحه اضافه کنید.\n۳. پاسخ را در **درخواست‌های من** یا در گفتگو با ربات دنبال کنید.\n\nاز ساعت ۸ تا ۲۲ ظرف ۱۵ دقیقه و در سایر ساعات تا صبح روز بعد پاسخ می‌دهیم. مشکلات فوری امنیتی شبانه‌روزی بررسی می‌شوند.",
      ],
      zh: [
        "联系人工客服",
        "如何联系真人客服，以及我们的回复速度。",
        "1. 打开**帮助 → 新建请求**。\n2. 选择主题并描述问题；如有需要可附上截图。\n3. 在**我的请求**或机器人聊天中查看回复。\n\n8:00 至 22:00 期间 15 分钟内回复，其他时间次日早上回复。紧急安全问题全天候处理。",
      ],
    },
  ),
  article(
    {
      slug: "gift-cards",
      category: "app",
      topicId: "payment",
      tags: ["gift-card", "balance", "present"],
      related: ["payment-methods", "non-returnable-items"],
    },
    {
      en: [
        "Buy and redeem gift cards",
        "Send a gift card in Telegram and spend one you received.",
        "- **Buy:** open **Gift cards**, choose an amount from 10 to 500 € and send it to a Telegram contact or by email.\n- **Redeem:** tap **Profile → Balance → Add gift card** and enter the code.\n- The balance is valid for 3 years and is used automatically at checkout.\n\nGift cards cannot be exchanged for cash.",
      ],
      ru: [
        "Подарочные карты",
        "Подарите карту в Telegram или активируйте полученную.",
        "- **Купить:** откройте **Подарочные карты**, выберите сумму от 10 до 500 € и отправьте контакту в Telegram или по почте.\n- **Активировать:** **Профиль → Баланс → Добавить подарочную карту** и введите код.\n- Баланс действует 3 года и автоматически списывается при оплате.\n\nПодарочные карты нельзя обменять на наличные.",
      ],
      fa: [
        "خرید و استفاده از کارت هدیه",
        "کارت هدیه را در تلگرام بفرستید یا کارتی را که گرفته‌اید استفاده کنید.",
        "- **خرید:** **کارت‌های هدیه** را باز کنید، مبلغی بین ۱۰ تا ۵۰۰ یورو انتخاب کنید و برای مخاطب تلگرام یا با ایمیل بفرستید.\n- **استفاده:** **پروفایل ← موجودی ← افزودن کارت هدیه** را بزنید و کد را وارد کنید.\n- موجودی ۳ سال اعتبار دارد و هنگام پرداخت خودکار استفاده می‌شود.\n\nکارت هدیه قابل تبدیل به پول نقد نیست.",
      ],
      zh: [
        "购买和使用礼品卡",
        "在 Telegram 里赠送礼品卡，或兑换收到的礼品卡。",
        "- **购买：**打开**礼品卡**，选择 10 至 500 欧元的面额，发送给 Telegram 联系人或通过邮件发送。\n- **兑换：**点击**个人资料 → 余额 → 添加礼品卡**并输入卡号。\n- 余额有效期 3 年，结算时自动抵扣。\n\n礼品卡不能兑换现金。",
      ],
    },
  ),
];

/** Visible to staff only: how agents handle refund exceptions. */
export const STAFF_ONLY = [
  article(
    {
      slug: "refund-exceptions-for-agents",
      category: "returns",
      topicId: "payment",
      status: "staff_only",
      tags: ["policy", "goodwill", "agents"],
      related: ["refund-timing", "return-an-item"],
    },
    {
      en: [
        "Refund exceptions (for agents)",
        "When an agent may approve a refund outside the normal rules.",
        "Agents may approve without a supervisor:\n\n- returns up to 14 days late for regular customers;\n- a goodwill credit up to 10 € for a delayed delivery.\n\nAnything above needs an L2 agent. Always note the reason in an internal note.",
      ],
      ru: [
        "Исключения при возврате (для операторов)",
        "Когда оператор может одобрить возврат вне обычных правил.",
        "Без старшего оператор может одобрить:\n\n- возврат с опозданием до 14 дней для постоянных клиентов;\n- компенсацию до 10 € за задержку доставки.\n\nВсё, что больше, — через оператора L2. Причину всегда пишите во внутренней заметке.",
      ],
      fa: [
        "استثناهای بازپرداخت (ویژهٔ کارشناسان)",
        "چه زمانی کارشناس می‌تواند بازپرداخت خارج از قوانین عادی را تأیید کند.",
        "کارشناس بدون سرپرست می‌تواند تأیید کند:\n\n- مرجوعی با حداکثر ۱۴ روز تأخیر برای مشتریان ثابت؛\n- اعتبار جبرانی تا ۱۰ یورو برای تأخیر در ارسال.\n\nموارد بیشتر به کارشناس سطح ۲ نیاز دارد. دلیل را همیشه در یادداشت داخلی بنویسید.",
      ],
      zh: [
        "退款例外情况（客服专用）",
        "客服何时可以在常规规则之外批准退款。",
        "客服无需主管即可批准：\n\n- 老客户逾期不超过 14 天的退货；\n- 因配送延迟给予不超过 10 欧元的补偿。\n\n超出范围需由二线客服处理。请务必在内部备注中写明原因。",
      ],
    },
  ),
];
