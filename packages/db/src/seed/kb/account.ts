import { article } from "./types";

export const ACCOUNT = [
  article(
    {
      slug: "create-account",
      category: "account",
      topicId: "account",
      tags: ["sign-up", "register"],
      related: ["change-contact-details", "two-factor-authentication"],
    },
    {
      en: [
        "Create an account",
        "Sign up with your phone number or Telegram in under a minute.",
        "1. Tap **Sign in** and enter your phone number, or choose **Continue with Telegram**.\n2. Enter the 6-digit code we send you.\n3. Add your name and email for receipts.\n\nYou can also order as a guest, but then order history and returns are only available by email link.",
      ],
      ru: [
        "Как создать аккаунт",
        "Регистрация по номеру телефона или через Telegram меньше чем за минуту.",
        "1. Нажмите **Войти** и введите номер телефона или выберите **Продолжить с Telegram**.\n2. Введите 6-значный код, который мы пришлём.\n3. Укажите имя и почту для чеков.\n\nЗаказывать можно и без регистрации, но тогда история заказов и возвраты доступны только по ссылке из письма.",
      ],
      fa: [
        "ساختن حساب کاربری",
        "در کمتر از یک دقیقه با شماره تلفن یا تلگرام ثبت‌نام کنید.",
        "۱. **ورود** را بزنید و شماره تلفن را وارد کنید یا **ادامه با تلگرام** را انتخاب کنید.\n۲. کد ۶ رقمی ارسال‌شده را وارد کنید.\n۳. نام و ایمیل خود را برای رسیدها اضافه کنید.\n\nبدون ثبت‌نام هم می‌توانید خرید کنید، اما سابقهٔ سفارش و مرجوعی فقط از طریق لینک ایمیل در دسترس است.",
      ],
      zh: [
        "注册账户",
        "用手机号或 Telegram 一分钟内完成注册。",
        "1. 点击**登录**，输入手机号，或选择**通过 Telegram 继续**。\n2. 输入我们发送的 6 位验证码。\n3. 填写姓名和用于接收收据的邮箱。\n\n也可以不注册直接下单，但订单记录和退货只能通过邮件链接查看。",
      ],
    },
  ),
  article(
    {
      slug: "change-contact-details",
      category: "account",
      topicId: "account",
      tags: ["email", "phone", "profile"],
      related: ["create-account", "saved-addresses"],
    },
    {
      en: [
        "Change my email or phone number",
        "Update the contact details on your account.",
        "1. Open **Profile → Contact details**.\n2. Tap the email or phone number and enter the new one.\n3. Confirm with the code sent to the **new** address or number.\n\nLost access to the old phone? Write to support from the app; we verify your identity with your last order number.",
      ],
      ru: [
        "Как сменить почту или номер телефона",
        "Обновите контактные данные в аккаунте.",
        "1. Откройте **Профиль → Контакты**.\n2. Нажмите на почту или телефон и введите новые.\n3. Подтвердите кодом, который придёт на **новый** адрес или номер.\n\nНет доступа к старому телефону? Напишите в поддержку из приложения — мы подтвердим личность по номеру последнего заказа.",
      ],
      fa: [
        "تغییر ایمیل یا شماره تلفن",
        "اطلاعات تماس حسابتان را به‌روز کنید.",
        "۱. **پروفایل ← اطلاعات تماس** را باز کنید.\n۲. روی ایمیل یا شماره بزنید و مورد جدید را وارد کنید.\n۳. با کدی که به ایمیل یا شمارهٔ **جدید** فرستاده می‌شود تأیید کنید.\n\nبه شمارهٔ قبلی دسترسی ندارید؟ از داخل اپ به پشتیبانی پیام دهید؛ هویت شما را با شمارهٔ آخرین سفارش تأیید می‌کنیم.",
      ],
      zh: [
        "修改邮箱或手机号",
        "更新账户的联系方式。",
        "1. 打开**个人资料 → 联系方式**。\n2. 点击邮箱或手机号，输入新的信息。\n3. 用发送到**新**邮箱或新号码的验证码确认。\n\n旧手机号无法使用？请在应用内联系客服，我们会通过你最近一笔订单号核实身份。",
      ],
    },
  ),
  article(
    {
      slug: "delete-account",
      category: "account",
      topicId: "account",
      tags: ["delete", "privacy", "gdpr"],
      related: ["personal-data"],
    },
    {
      en: [
        "Delete my account",
        "Close your account and erase your personal data.",
        "1. Open **Profile → Privacy → Delete account**.\n2. Confirm with the code we send you.\n\nWhat happens:\n\n- your profile, addresses and saved cards are erased within 30 days;\n- receipts are kept for 10 years because tax law requires it;\n- open orders and returns must finish first.",
      ],
      ru: [
        "Как удалить аккаунт",
        "Закрыть аккаунт и стереть персональные данные.",
        "1. Откройте **Профиль → Конфиденциальность → Удалить аккаунт**.\n2. Подтвердите кодом из сообщения.\n\nЧто произойдёт:\n\n- профиль, адреса и сохранённые карты удаляются в течение 30 дней;\n- чеки хранятся 10 лет — этого требует налоговое законодательство;\n- незавершённые заказы и возвраты должны сначала завершиться.",
      ],
      fa: [
        "حذف حساب کاربری",
        "حسابتان را ببندید و اطلاعات شخصی‌تان را پاک کنید.",
        "۱. **پروفایل ← حریم خصوصی ← حذف حساب** را باز کنید.\n۲. با کد ارسال‌شده تأیید کنید.\n\nچه اتفاقی می‌افتد:\n\n- پروفایل، آدرس‌ها و کارت‌های ذخیره‌شده ظرف ۳۰ روز پاک می‌شوند؛\n- رسیدها به حکم قانون مالیات ۱۰ سال نگه داشته می‌شوند؛\n- سفارش‌ها و مرجوعی‌های باز باید اول تمام شوند.",
      ],
      zh: [
        "注销账户",
        "关闭账户并删除个人数据。",
        "1. 打开**个人资料 → 隐私 → 注销账户**。\n2. 输入我们发送的验证码确认。\n\n注销后：\n\n- 个人资料、地址和已保存的银行卡将在 30 天内删除；\n- 根据税法要求，收据会保留 10 年；\n- 未完成的订单和退货需先处理完毕。",
      ],
    },
  ),
  article(
    {
      slug: "personal-data",
      category: "account",
      topicId: "account",
      tags: ["privacy", "data", "download"],
      related: ["delete-account", "notification-settings"],
    },
    {
      en: [
        "Download or correct my personal data",
        "See what we store about you and get a copy.",
        "- **Profile → Privacy → Download my data** prepares a file with your profile, orders and messages; the link arrives by email within 48 hours.\n- Wrong details can be edited in **Profile**.\n- Marketing emails can be switched off at any time without closing the account.",
      ],
      ru: [
        "Как скачать или исправить персональные данные",
        "Узнайте, что мы храним о вас, и получите копию.",
        "- **Профиль → Конфиденциальность → Скачать мои данные** — подготовим файл с профилем, заказами и сообщениями; ссылка придёт на почту в течение 48 часов.\n- Неверные данные можно исправить в **Профиле**.\n- Рекламные письма можно отключить в любой момент, не закрывая аккаунт.",
      ],
      fa: [
        "دانلود یا اصلاح اطلاعات شخصی",
        "ببینید چه اطلاعاتی از شما ذخیره شده و یک نسخه بگیرید.",
        "- در **پروفایل ← حریم خصوصی ← دانلود اطلاعات من** فایلی شامل پروفایل، سفارش‌ها و پیام‌ها آماده می‌شود و لینک آن ظرف ۴۸ ساعت ایمیل می‌شود.\n- اطلاعات نادرست را در **پروفایل** ویرایش کنید.\n- ایمیل‌های تبلیغاتی را هر زمان بدون بستن حساب خاموش کنید.",
      ],
      zh: [
        "下载或更正我的个人数据",
        "查看我们保存了你的哪些信息并获取副本。",
        "- **个人资料 → 隐私 → 下载我的数据**会生成包含个人资料、订单和消息的文件，下载链接将在 48 小时内发送到邮箱。\n- 错误的信息可在**个人资料**中修改。\n- 营销邮件可随时关闭，无需注销账户。",
      ],
    },
  ),
  article(
    {
      slug: "saved-addresses",
      category: "account",
      topicId: "account",
      tags: ["address-book", "addresses"],
      related: ["change-delivery-address", "change-contact-details"],
    },
    {
      en: [
        "Manage saved addresses",
        "Add, edit or remove delivery addresses in your address book.",
        "Open **Profile → Addresses**:\n\n- tap **Add address** to save a new one;\n- tap an address to edit it or set it as **default**;\n- swipe left to delete it.\n\nChanges apply to new orders only. To change the address of an order already placed, edit the order itself.",
      ],
      ru: [
        "Сохранённые адреса",
        "Добавляйте, меняйте и удаляйте адреса доставки в адресной книге.",
        "Откройте **Профиль → Адреса**:\n\n- **Добавить адрес** — сохранить новый;\n- нажмите на адрес, чтобы изменить его или сделать **основным**;\n- смахните влево, чтобы удалить.\n\nИзменения действуют только для новых заказов. Чтобы поменять адрес уже оформленного заказа, измените сам заказ.",
      ],
      fa: [
        "مدیریت آدرس‌های ذخیره‌شده",
        "آدرس‌های تحویل را در دفترچهٔ آدرس اضافه، ویرایش یا حذف کنید.",
        "**پروفایل ← آدرس‌ها** را باز کنید:\n\n- برای ذخیرهٔ آدرس جدید **افزودن آدرس** را بزنید؛\n- روی آدرس بزنید تا ویرایشش کنید یا آن را **پیش‌فرض** کنید؛\n- برای حذف، به چپ بکشید.\n\nتغییرات فقط روی سفارش‌های جدید اثر دارد. برای تغییر آدرس سفارش ثبت‌شده، خود سفارش را ویرایش کنید.",
      ],
      zh: [
        "管理常用地址",
        "在地址簿中添加、编辑或删除收货地址。",
        "打开**个人资料 → 地址**：\n\n- 点击**添加地址**保存新地址；\n- 点击某个地址可编辑或设为**默认**；\n- 向左滑动可删除。\n\n修改只对新订单生效。要修改已下单订单的地址，请编辑该订单。",
      ],
    },
  ),
  article(
    {
      slug: "notification-settings",
      category: "account",
      topicId: "account",
      tags: ["notifications", "messages", "emails"],
      related: ["personal-data", "app-language"],
    },
    {
      en: [
        "Choose which notifications you get",
        "Turn order updates, offers and price alerts on or off.",
        "Open **Profile → Notifications** and choose per channel (Telegram, email, push):\n\n- **Order updates** — shipping, delivery, refunds (recommended);\n- **Offers** — sales and personal discounts;\n- **Price alerts** — items from your wishlist get cheaper.\n\nSecurity messages, such as a new sign-in, are always sent.",
      ],
      ru: [
        "Какие уведомления получать",
        "Включите или отключите статусы заказов, акции и снижение цен.",
        "Откройте **Профиль → Уведомления** и настройте каждый канал (Telegram, почта, пуш):\n\n- **Статусы заказов** — отправка, доставка, возвраты (рекомендуем);\n- **Акции** — распродажи и личные скидки;\n- **Снижение цен** — товары из избранного подешевели.\n\nСообщения о безопасности, например о новом входе, приходят всегда.",
      ],
      fa: [
        "انتخاب اعلان‌هایی که دریافت می‌کنید",
        "به‌روزرسانی سفارش، پیشنهادها و هشدار قیمت را روشن یا خاموش کنید.",
        "**پروفایل ← اعلان‌ها** را باز کنید و برای هر کانال (تلگرام، ایمیل، پوش) انتخاب کنید:\n\n- **وضعیت سفارش**: ارسال، تحویل، بازپرداخت (پیشنهاد می‌شود)؛\n- **پیشنهادها**: حراج و تخفیف‌های شخصی؛\n- **هشدار قیمت**: کالاهای فهرست علاقه‌مندی ارزان‌تر شده‌اند.\n\nپیام‌های امنیتی، مثل ورود جدید، همیشه ارسال می‌شوند.",
      ],
      zh: [
        "选择接收哪些通知",
        "开启或关闭订单动态、优惠活动和降价提醒。",
        "打开**个人资料 → 通知**，按渠道（Telegram、邮件、推送）设置：\n\n- **订单动态**——发货、配送、退款（建议开启）；\n- **优惠活动**——促销和专属折扣；\n- **降价提醒**——心愿单里的商品降价了。\n\n安全消息（例如新设备登录）始终会发送。",
      ],
    },
  ),
];
