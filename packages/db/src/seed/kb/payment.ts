import { article } from "./types";

export const PAYMENT = [
  article(
    {
      slug: "payment-failed",
      category: "payment",
      topicId: "payment",
      popular: true,
      tags: ["declined", "card", "error"],
      related: ["payment-methods", "charged-twice"],
    },
    {
      en: [
        "My payment failed",
        "Why a card payment is declined and how to fix it.",
        "Common reasons:\n\n- the bank asked for 3-D Secure confirmation and it timed out;\n- not enough funds or a daily limit;\n- the card is blocked for online payments.\n\nTry again, or pick another method. Nothing is charged for a failed payment; a temporary hold disappears within 24 hours.",
      ],
      ru: [
        "Не проходит оплата",
        "Почему банк отклоняет оплату картой и что с этим делать.",
        "Частые причины:\n\n- банк запросил подтверждение 3-D Secure, и время истекло;\n- недостаточно средств или превышен дневной лимит;\n- на карте запрещены онлайн-платежи.\n\nПопробуйте ещё раз или выберите другой способ. За неудачный платёж деньги не списываются; временная блокировка исчезнет в течение 24 часов.",
      ],
      fa: [
        "پرداختم ناموفق بود",
        "چرا پرداخت با کارت رد می‌شود و چطور درستش کنیم.",
        "دلایل رایج:\n\n- بانک تأیید رمز دوم (3-D Secure) خواسته و زمان آن تمام شده؛\n- موجودی کافی نیست یا سقف روزانه پر شده؛\n- پرداخت اینترنتی روی کارت غیرفعال است.\n\nدوباره امتحان کنید یا روش دیگری انتخاب کنید. برای پرداخت ناموفق پولی کسر نمی‌شود؛ مبلغ مسدودشدهٔ موقت ظرف ۲۴ ساعت آزاد می‌شود.",
      ],
      zh: [
        "付款失败",
        "银行卡支付被拒的原因和解决方法。",
        "常见原因：\n\n- 银行要求 3-D Secure 验证但已超时；\n- 余额不足或超出每日限额；\n- 银行卡未开通网上支付。\n\n请重试或换一种支付方式。付款失败不会扣款；临时冻结的金额会在 24 小时内解除。",
      ],
    },
  ),
  article(
    {
      slug: "payment-methods",
      category: "payment",
      topicId: "payment",
      tags: ["card", "wallet", "cash-on-delivery"],
      related: ["payment-failed", "installments"],
    },
    {
      en: [
        "Which payment methods can I use?",
        "Cards, wallets, gift cards and paying on delivery.",
        "- Visa, Mastercard and Maestro cards;\n- Apple Pay and Google Pay;\n- gift cards and store credit;\n- **cash or card on delivery** for orders under 300 € (courier only).\n\nYou can save a card in **Profile → Payment methods** to pay in one tap.",
      ],
      ru: [
        "Какие способы оплаты доступны?",
        "Карты, кошельки, подарочные карты и оплата при получении.",
        "- Карты Visa, Mastercard и Maestro;\n- Apple Pay и Google Pay;\n- подарочные карты и бонусный счёт;\n- **наличными или картой при получении** для заказов до 300 € (только курьером).\n\nКарту можно сохранить в **Профиль → Способы оплаты** и платить в одно касание.",
      ],
      fa: [
        "با چه روش‌هایی می‌توانم پرداخت کنم؟",
        "کارت بانکی، کیف پول، کارت هدیه و پرداخت در محل.",
        "- کارت‌های ویزا، مسترکارت و مائسترو؛\n- Apple Pay و Google Pay؛\n- کارت هدیه و اعتبار فروشگاه؛\n- **پرداخت نقدی یا با کارت در محل** برای سفارش‌های زیر ۳۰۰ یورو (فقط با پیک).\n\nمی‌توانید کارت را در **پروفایل ← روش‌های پرداخت** ذخیره کنید تا با یک لمس بپردازید.",
      ],
      zh: [
        "可以使用哪些支付方式？",
        "银行卡、电子钱包、礼品卡和货到付款。",
        "- Visa、Mastercard 和 Maestro 银行卡；\n- Apple Pay 和 Google Pay；\n- 礼品卡和商城余额；\n- 300 欧元以下订单支持**货到付款**（现金或刷卡，仅限快递上门）。\n\n可在**个人资料 → 支付方式**中保存银行卡，一键支付。",
      ],
    },
  ),
  article(
    {
      slug: "charged-twice",
      category: "payment",
      topicId: "payment",
      tags: ["double-charge", "hold", "duplicate"],
      related: ["payment-failed", "refund-timing"],
    },
    {
      en: [
        "I was charged twice",
        "Two identical charges are usually a hold that disappears by itself.",
        "When a payment is retried, the bank may show both attempts. Only one is taken:\n\n1. Check **My orders**: one order means one payment.\n2. The extra amount is a hold, released within 1–3 business days.\n3. Still there after 3 days? Send us the bank statement line and we refund it the same day.",
      ],
      ru: [
        "Деньги списали дважды",
        "Два одинаковых списания — обычно блокировка, которая снимется сама.",
        "При повторной попытке оплаты банк может показать обе операции. Списывается только одна:\n\n1. Проверьте **Мои заказы**: один заказ — одна оплата.\n2. Лишняя сумма — это блокировка, она снимется за 1–3 рабочих дня.\n3. Прошло больше 3 дней? Пришлите нам выписку из банка, и мы вернём деньги в тот же день.",
      ],
      fa: [
        "دو بار از حسابم پول کم شده",
        "دو برداشت یکسان معمولاً مبلغ مسدودشده‌ای است که خودش آزاد می‌شود.",
        "وقتی پرداخت دوباره انجام شود، بانک ممکن است هر دو تلاش را نشان دهد. فقط یکی برداشت می‌شود:\n\n۱. **سفارش‌های من** را ببینید: یک سفارش یعنی یک پرداخت.\n۲. مبلغ اضافه مسدود شده و ظرف ۱ تا ۳ روز کاری آزاد می‌شود.\n۳. بعد از ۳ روز هنوز هست؟ ردیف صورت‌حساب بانک را بفرستید تا همان روز بازپرداخت کنیم.",
      ],
      zh: [
        "被重复扣款了",
        "两笔相同的扣款通常是预授权冻结，会自动解除。",
        "重新尝试付款时，银行可能会显示两次记录，但只会实际扣一次：\n\n1. 查看**我的订单**：一个订单对应一次付款。\n2. 多出的金额是冻结，1–3 个工作日内解除。\n3. 3 天后仍未解除？把银行流水截图发给我们，当天即可退款。",
      ],
    },
  ),
  article(
    {
      slug: "promo-codes",
      category: "payment",
      topicId: "payment",
      tags: ["promo", "coupon", "discount"],
      related: ["delivery-cost", "payment-methods"],
    },
    {
      en: [
        "How to use a promo code",
        "Where to enter a discount code and why it may not apply.",
        "Enter the code on the payment page under **Promo code** and tap **Apply**.\n\nA code may not work when:\n\n- it has expired or was already used;\n- the order is below the code's minimum;\n- the items are already discounted.\n\nOnly one code per order. Codes cannot be added after paying.",
      ],
      ru: [
        "Как применить промокод",
        "Куда вводить промокод и почему скидка может не сработать.",
        "Введите код на странице оплаты в поле **Промокод** и нажмите **Применить**.\n\nКод может не сработать, если:\n\n- срок действия истёк или он уже использован;\n- сумма заказа меньше минимальной;\n- товары уже продаются со скидкой.\n\nОдин промокод на заказ. После оплаты добавить код нельзя.",
      ],
      fa: [
        "چگونه از کد تخفیف استفاده کنم",
        "کد تخفیف را کجا وارد کنیم و چرا ممکن است اعمال نشود.",
        "کد را در صفحهٔ پرداخت در بخش **کد تخفیف** وارد کنید و **اعمال** را بزنید.\n\nممکن است کد کار نکند اگر:\n\n- منقضی شده یا قبلاً استفاده شده باشد؛\n- مبلغ سفارش کمتر از حداقل کد باشد؛\n- کالاها از قبل تخفیف داشته باشند.\n\nدر هر سفارش فقط یک کد. پس از پرداخت نمی‌توان کد اضافه کرد.",
      ],
      zh: [
        "如何使用优惠码",
        "在哪里输入优惠码，以及优惠码无法使用的原因。",
        "在付款页面的**优惠码**处输入并点击**使用**。\n\n以下情况优惠码可能无效：\n\n- 已过期或已使用过；\n- 订单金额未达到最低要求；\n- 商品已在打折。\n\n每个订单只能使用一个优惠码。付款后无法再添加。",
      ],
    },
  ),
  article(
    {
      slug: "receipts-and-invoices",
      category: "payment",
      topicId: "payment",
      tags: ["receipt", "invoice", "vat"],
      related: ["payment-methods"],
    },
    {
      en: [
        "Get a receipt or VAT invoice",
        "Download receipts and request an invoice for your company.",
        "- A receipt is emailed when the order ships; download it any time from the order page (**Documents**).\n- For a **VAT invoice**, add your company name and VAT number in **Profile → Business details** before ordering.\n- Invoices for past orders can be requested within 90 days.",
      ],
      ru: [
        "Как получить чек или счёт-фактуру",
        "Скачать чек и запросить документы для компании.",
        "- Чек приходит на почту при отправке заказа; его можно скачать на странице заказа (**Документы**).\n- Для **счёта-фактуры** укажите название компании и ИНН в **Профиль → Данные компании** до оформления заказа.\n- Документы для прошлых заказов можно запросить в течение 90 дней.",
      ],
      fa: [
        "دریافت رسید یا فاکتور رسمی",
        "رسید را دانلود کنید و برای شرکت فاکتور رسمی بخواهید.",
        "- رسید هنگام ارسال سفارش ایمیل می‌شود و همیشه از صفحهٔ سفارش (**مدارک**) قابل دانلود است.\n- برای **فاکتور رسمی**، پیش از سفارش نام شرکت و شناسهٔ مالیاتی را در **پروفایل ← اطلاعات شرکت** وارد کنید.\n- فاکتور سفارش‌های گذشته را تا ۹۰ روز می‌توان درخواست کرد.",
      ],
      zh: [
        "获取收据或增值税发票",
        "下载收据，为公司申请发票。",
        "- 订单发货时收据会发送到邮箱，也可随时在订单页面（**单据**）下载。\n- 如需**增值税发票**，请在下单前于**个人资料 → 企业信息**中填写公司名称和税号。\n- 历史订单的发票可在 90 天内申请。",
      ],
    },
  ),
  article(
    {
      slug: "installments",
      category: "payment",
      topicId: "payment",
      tags: ["installments", "pay-later", "credit"],
      related: ["payment-methods"],
    },
    {
      en: [
        "Pay in instalments",
        "Split a purchase into 3 or 4 monthly payments with no interest.",
        "For orders from 100 € choose **Pay in parts** at checkout:\n\n1. Pick 3 or 4 payments.\n2. The first is taken today, the rest monthly from the same card.\n3. A reminder comes 3 days before each payment.\n\nNo interest or fees if you pay on time. Returning an item lowers the remaining payments.",
      ],
      ru: [
        "Оплата частями",
        "Разделите покупку на 3 или 4 ежемесячных платежа без процентов.",
        "Для заказов от 100 € выберите **Оплата частями** при оформлении:\n\n1. Выберите 3 или 4 платежа.\n2. Первый спишется сегодня, остальные — раз в месяц с той же карты.\n3. За 3 дня до каждого платежа придёт напоминание.\n\nПроцентов и комиссий нет, если платить вовремя. При возврате товара оставшиеся платежи уменьшатся.",
      ],
      fa: [
        "پرداخت اقساطی",
        "خرید را بدون سود به ۳ یا ۴ قسط ماهانه تقسیم کنید.",
        "برای سفارش‌های از ۱۰۰ یورو به بالا، هنگام پرداخت **پرداخت قسطی** را انتخاب کنید:\n\n۱. ۳ یا ۴ قسط را انتخاب کنید.\n۲. قسط اول امروز و بقیه ماهانه از همان کارت برداشت می‌شود.\n۳. ۳ روز پیش از هر قسط یادآوری می‌آید.\n\nاگر به‌موقع پرداخت کنید، سود یا کارمزدی ندارد. با مرجوع کردن کالا، اقساط باقی‌مانده کم می‌شود.",
      ],
      zh: [
        "分期付款",
        "将订单分成 3 或 4 期按月支付，免利息。",
        "满 100 欧元的订单可在结算时选择**分期付款**：\n\n1. 选择 3 期或 4 期。\n2. 首期今天支付，其余每月从同一张卡扣款。\n3. 每期扣款前 3 天会收到提醒。\n\n按时还款无利息、无手续费。退货后剩余分期金额会相应减少。",
      ],
    },
  ),
];
