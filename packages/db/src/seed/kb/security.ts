import { article } from "./types";

export const SECURITY = [
  article(
    {
      slug: "reset-password",
      category: "security",
      topicId: "account",
      popular: true,
      tags: ["password", "forgot", "sign-in"],
      related: ["two-factor-authentication", "account-hacked"],
    },
    {
      en: [
        "Reset a forgotten password",
        "Can't sign in? Set a new password in a few steps.",
        "1. On the sign-in screen tap **Forgot password?**\n2. Enter your email or phone number.\n3. Open the link or enter the code we send and choose a new password.\n\nThe link works for 30 minutes. No message? Check spam, or ask for a new code after 60 seconds.",
      ],
      ru: [
        "Как восстановить пароль",
        "Не получается войти? Задайте новый пароль за несколько шагов.",
        "1. На экране входа нажмите **Забыли пароль?**\n2. Введите почту или номер телефона.\n3. Перейдите по ссылке или введите код из сообщения и придумайте новый пароль.\n\nСсылка действует 30 минут. Письма нет? Проверьте спам или запросите новый код через 60 секунд.",
      ],
      fa: [
        "بازیابی رمز عبور فراموش‌شده",
        "نمی‌توانید وارد شوید؟ در چند قدم رمز جدید بگذارید.",
        "۱. در صفحهٔ ورود **رمز را فراموش کرده‌اید؟** را بزنید.\n۲. ایمیل یا شماره تلفن را وارد کنید.\n۳. لینک را باز کنید یا کد ارسالی را وارد کنید و رمز عبور جدید انتخاب کنید.\n\nلینک ۳۰ دقیقه اعتبار دارد. پیامی نیامد؟ پوشهٔ هرزنامه را ببینید یا پس از ۶۰ ثانیه کد جدید بخواهید.",
      ],
      zh: [
        "重置忘记的密码",
        "无法登录？几步即可设置新密码。",
        "1. 在登录页面点击**忘记密码？**\n2. 输入邮箱或手机号。\n3. 打开我们发送的链接或输入验证码，设置新密码。\n\n链接 30 分钟内有效。没收到？请查看垃圾邮件，或 60 秒后重新获取验证码。",
      ],
    },
  ),
  article(
    {
      slug: "spot-phishing",
      category: "security",
      topicId: "account",
      tags: ["phishing", "scam", "fake"],
      related: ["account-hacked", "card-safety"],
    },
    {
      en: [
        "Recognise fake messages and scams",
        "We never ask for your password, card details or codes.",
        'Signs of a scam:\n\n- a message asks for your password, full card number, CVV or a sign-in code;\n- a link leads to a site that only looks like ours;\n- someone offers a prize or a refund "if you pay a small fee".\n\nDo not reply or click. Forward it to support from the app, and change your password if you already entered it somewhere.',
      ],
      ru: [
        "Как распознать мошенников и фальшивые сообщения",
        "Мы никогда не просим пароль, данные карты или коды.",
        "Признаки мошенничества:\n\n- в сообщении просят пароль, полный номер карты, CVV или код входа;\n- ссылка ведёт на сайт, который только похож на наш;\n- обещают приз или возврат денег «за небольшую комиссию».\n\nНе отвечайте и не переходите по ссылкам. Перешлите сообщение в поддержку из приложения и смените пароль, если уже где-то его ввели.",
      ],
      fa: [
        "تشخیص پیام‌های جعلی و کلاهبرداری",
        "ما هرگز رمز عبور، اطلاعات کارت یا کد شما را نمی‌خواهیم.",
        "نشانه‌های کلاهبرداری:\n\n- پیامی رمز عبور، شمارهٔ کامل کارت، CVV2 یا کد ورود را می‌خواهد؛\n- لینک به سایتی می‌رود که فقط شبیه سایت ماست؛\n- کسی جایزه یا بازپرداخت را «در ازای کارمزد کوچک» پیشنهاد می‌دهد.\n\nپاسخ ندهید و روی لینک نزنید. پیام را از داخل اپ برای پشتیبانی بفرستید و اگر رمز را جایی وارد کرده‌اید، آن را عوض کنید.",
      ],
      zh: [
        "识别虚假消息和诈骗",
        "我们绝不会索要你的密码、银行卡信息或验证码。",
        "诈骗的迹象：\n\n- 消息索要密码、完整卡号、CVV 或登录验证码；\n- 链接指向一个只是看起来像我们的网站；\n- 有人声称你中奖或可以退款，“只需支付少量手续费”。\n\n不要回复，也不要点击。请在应用内把消息转发给客服；如果已经在别处输入过密码，请立即修改。",
      ],
    },
  ),
  article(
    {
      slug: "two-factor-authentication",
      category: "security",
      topicId: "account",
      tags: ["2fa", "verification", "protection"],
      related: ["reset-password", "sign-out-everywhere"],
    },
    {
      en: [
        "Turn on two-step verification",
        "Protect your account with a code on every new sign-in.",
        "1. Open **Profile → Security → Two-step verification**.\n2. Choose an authenticator app or SMS.\n3. Enter the code to confirm and save the backup codes somewhere safe.\n\nFrom then on a new device needs your password **and** a code. Lost your phone? Use a backup code.",
      ],
      ru: [
        "Как включить двухэтапную проверку",
        "Защитите аккаунт кодом при каждом входе с нового устройства.",
        "1. Откройте **Профиль → Безопасность → Двухэтапная проверка**.\n2. Выберите приложение-аутентификатор или СМС.\n3. Введите код для подтверждения и сохраните резервные коды в надёжном месте.\n\nТеперь для входа с нового устройства нужны пароль **и** код. Потеряли телефон? Используйте резервный код.",
      ],
      fa: [
        "فعال‌کردن تأیید دومرحله‌ای",
        "با کد یک‌بارمصرف در هر ورود از دستگاه جدید از حسابتان محافظت کنید.",
        "۱. **پروفایل ← امنیت ← تأیید دومرحله‌ای** را باز کنید.\n۲. اپ احراز هویت یا پیامک را انتخاب کنید.\n۳. کد را برای تأیید وارد کنید و کدهای پشتیبان را جای امنی نگه دارید.\n\nاز این پس ورود از دستگاه جدید به رمز عبور **و** کد نیاز دارد. گوشی‌تان گم شده؟ از کد پشتیبان استفاده کنید.",
      ],
      zh: [
        "开启两步验证",
        "每次在新设备登录时用验证码保护你的账户。",
        "1. 打开**个人资料 → 安全 → 两步验证**。\n2. 选择身份验证器应用或短信。\n3. 输入验证码确认，并把备用码保存在安全的地方。\n\n之后在新设备登录需要密码**和**验证码。手机丢了？使用备用码登录。",
      ],
    },
  ),
  article(
    {
      slug: "account-hacked",
      category: "security",
      topicId: "account",
      popular: true,
      tags: ["hacked", "unauthorized", "suspicious"],
      related: ["sign-out-everywhere", "reset-password", "spot-phishing"],
    },
    {
      en: [
        "I think someone got into my account",
        "Secure your account right away if you see orders or sign-ins you don't recognise.",
        'Do this now:\n\n1. **Reset your password** and turn on two-step verification.\n2. Tap **Profile → Security → Sign out of all devices**.\n3. Remove saved cards you don\'t use.\n4. Report unknown orders from the order page: we cancel them and refund you.\n\nSupport will never ask you for a code to "secure" the account.',
      ],
      ru: [
        "Кажется, мой аккаунт взломали",
        "Срочно защитите аккаунт, если видите чужие заказы или входы.",
        "Сделайте сейчас:\n\n1. **Смените пароль** и включите двухэтапную проверку.\n2. Нажмите **Профиль → Безопасность → Выйти на всех устройствах**.\n3. Удалите сохранённые карты, которыми не пользуетесь.\n4. Сообщите о чужих заказах со страницы заказа — мы отменим их и вернём деньги.\n\nПоддержка никогда не просит код, чтобы «защитить» аккаунт.",
      ],
      fa: [
        "فکر می‌کنم حسابم هک شده",
        "اگر سفارش یا ورودی می‌بینید که کار شما نیست، فوراً حسابتان را امن کنید.",
        "همین الان:\n\n۱. **رمز عبور را عوض کنید** و تأیید دومرحله‌ای را روشن کنید.\n۲. **پروفایل ← امنیت ← خروج از همهٔ دستگاه‌ها** را بزنید.\n۳. کارت‌های ذخیره‌شده‌ای را که استفاده نمی‌کنید حذف کنید.\n۴. سفارش‌های ناشناس را از صفحهٔ سفارش گزارش دهید تا لغو و بازپرداخت شوند.\n\nپشتیبانی هرگز برای «امن کردن» حساب از شما کد نمی‌خواهد.",
      ],
      zh: [
        "我的账户好像被盗了",
        "如果看到陌生的订单或登录记录，请立即保护账户。",
        "请马上：\n\n1. **修改密码**并开启两步验证。\n2. 点击**个人资料 → 安全 → 退出所有设备**。\n3. 删除不使用的已保存银行卡。\n4. 在订单页面举报陌生订单：我们会取消并退款。\n\n客服绝不会以“保护账户”为由向你索要验证码。",
      ],
    },
  ),
  article(
    {
      slug: "card-safety",
      category: "security",
      topicId: "payment",
      tags: ["card-data", "pci", "saved-cards"],
      related: ["payment-methods", "spot-phishing"],
    },
    {
      en: [
        "Is my card data safe?",
        "How we store and protect saved payment cards.",
        "- Card numbers are stored by our payment provider (PCI DSS certified), never on our servers.\n- We only see the last 4 digits and the expiry date.\n- Every new card is confirmed by your bank (3-D Secure).\n\nRemove a card any time in **Profile → Payment methods**.",
      ],
      ru: [
        "Безопасно ли хранить данные карты?",
        "Как мы храним и защищаем сохранённые карты.",
        "- Номера карт хранит наш платёжный провайдер (сертификат PCI DSS), а не наши серверы.\n- Мы видим только последние 4 цифры и срок действия.\n- Каждую новую карту подтверждает ваш банк (3-D Secure).\n\nУдалить карту можно в любой момент в **Профиль → Способы оплаты**.",
      ],
      fa: [
        "آیا اطلاعات کارتم امن است؟",
        "کارت‌های ذخیره‌شده را چگونه نگهداری و محافظت می‌کنیم.",
        "- شمارهٔ کارت‌ها نزد شرکت پرداخت ما (دارای گواهی PCI DSS) نگهداری می‌شود، نه روی سرورهای ما.\n- ما فقط ۴ رقم آخر و تاریخ انقضا را می‌بینیم.\n- هر کارت جدید توسط بانک شما تأیید می‌شود (3-D Secure).\n\nهر زمان می‌توانید کارت را در **پروفایل ← روش‌های پرداخت** حذف کنید.",
      ],
      zh: [
        "我的银行卡信息安全吗？",
        "我们如何存储和保护已保存的银行卡。",
        "- 卡号由我们的支付服务商（通过 PCI DSS 认证）保存，不存放在我们的服务器上。\n- 我们只能看到卡号后 4 位和有效期。\n- 每张新卡都需经你的银行验证（3-D Secure）。\n\n可随时在**个人资料 → 支付方式**中删除银行卡。",
      ],
    },
  ),
  article(
    {
      slug: "sign-out-everywhere",
      category: "security",
      topicId: "account",
      tags: ["devices", "sessions", "logout"],
      related: ["account-hacked", "two-factor-authentication"],
    },
    {
      en: [
        "Sign out of other devices",
        "See where your account is signed in and end sessions you don't recognise.",
        "Open **Profile → Security → Devices**. Each entry shows the device, city and last activity.\n\n- Tap a device and **Sign out** to end one session.\n- Tap **Sign out of all devices** to end every session except this one.\n\nSigned out by mistake? Just sign in again.",
      ],
      ru: [
        "Как выйти на других устройствах",
        "Посмотрите, где открыт ваш аккаунт, и завершите незнакомые сеансы.",
        "Откройте **Профиль → Безопасность → Устройства**. Для каждого указаны устройство, город и последняя активность.\n\n- Нажмите на устройство и **Выйти**, чтобы завершить один сеанс.\n- Нажмите **Выйти на всех устройствах**, чтобы завершить все сеансы, кроме текущего.\n\nВышли по ошибке? Просто войдите снова.",
      ],
      fa: [
        "خروج از دستگاه‌های دیگر",
        "ببینید حسابتان کجا باز است و نشست‌های ناشناس را ببندید.",
        "**پروفایل ← امنیت ← دستگاه‌ها** را باز کنید. برای هر مورد دستگاه، شهر و آخرین فعالیت نمایش داده می‌شود.\n\n- روی دستگاه بزنید و **خروج** را انتخاب کنید تا همان نشست بسته شود.\n- **خروج از همهٔ دستگاه‌ها** همهٔ نشست‌ها جز نشست فعلی را می‌بندد.\n\nاشتباهی خارج شدید؟ دوباره وارد شوید.",
      ],
      zh: [
        "退出其他设备",
        "查看账户在哪些设备上登录，结束陌生的会话。",
        "打开**个人资料 → 安全 → 设备**，每一项都显示设备、城市和最近活动时间。\n\n- 点击某台设备并选择**退出**，结束该会话。\n- 点击**退出所有设备**，结束除当前设备外的所有会话。\n\n误操作退出了？重新登录即可。",
      ],
    },
  ),
];
