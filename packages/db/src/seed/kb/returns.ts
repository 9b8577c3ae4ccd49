import { article } from "./types";

export const RETURNS = [
  article(
    {
      slug: "return-an-item",
      category: "returns",
      topicId: "orders",
      popular: true,
      tags: ["return", "send-back"],
      related: ["refund-timing", "return-shipping-cost", "non-returnable-items"],
    },
    {
      en: [
        "How to return an item",
        "Return most items within 30 days, free of charge, from the app.",
        "1. Open **My orders** and tap the order.\n2. Tap **Return** and pick the items and a reason.\n3. Choose a courier pickup or a drop-off point and print nothing: show the QR code.\n\nPack the item with its tags. The refund starts as soon as the warehouse checks it.",
      ],
      ru: [
        "Как вернуть товар",
        "Большинство товаров можно вернуть бесплатно в течение 30 дней прямо из приложения.",
        "1. Откройте **Мои заказы** и выберите заказ.\n2. Нажмите **Вернуть**, выберите товары и причину.\n3. Выберите вызов курьера или пункт приёма — печатать ничего не нужно, достаточно QR-кода.\n\nУпакуйте товар с бирками. Возврат денег начнётся сразу после проверки на складе.",
      ],
      fa: [
        "چگونه کالا را مرجوع کنم",
        "بیشتر کالاها را تا ۳۰ روز، رایگان و از داخل اپ مرجوع کنید.",
        "۱. **سفارش‌های من** را باز کنید و روی سفارش بزنید.\n۲. **مرجوع کردن** را بزنید و کالاها و دلیل را انتخاب کنید.\n۳. جمع‌آوری توسط پیک یا تحویل در نقطهٔ دریافت را انتخاب کنید؛ چیزی لازم نیست چاپ کنید، کد QR کافی است.\n\nکالا را با برچسب‌هایش بسته‌بندی کنید. بازپرداخت پس از بررسی در انبار آغاز می‌شود.",
      ],
      zh: [
        "如何退货",
        "大多数商品可在 30 天内通过应用免费退货。",
        "1. 打开**我的订单**，点击该订单。\n2. 点击**退货**，选择商品和原因。\n3. 选择快递上门取件或送到退货点——无需打印，出示二维码即可。\n\n请连同吊牌一起包装。仓库验收后立即开始退款。",
      ],
    },
  ),
  article(
    {
      slug: "refund-timing",
      category: "returns",
      topicId: "payment",
      popular: true,
      tags: ["refund", "money-back", "when"],
      related: ["return-an-item", "cancel-an-order"],
    },
    {
      en: [
        "When will I get my refund?",
        "How long refunds take after a return or a cancellation.",
        "- **Cancelled order:** 3–5 business days.\n- **Return:** the warehouse checks the item within 2 days of receiving it, then 3–5 business days.\n- **Gift card or store credit:** instantly.\n\nThe money goes back the way you paid. Your bank may take a few more days to show it; the order page shows the date we sent it.",
      ],
      ru: [
        "Когда вернутся деньги?",
        "Сроки возврата денег после возврата товара или отмены заказа.",
        "- **Отменённый заказ:** 3–5 рабочих дней.\n- **Возврат товара:** склад проверяет товар в течение 2 дней после получения, затем 3–5 рабочих дней.\n- **Подарочная карта или бонусный счёт:** сразу.\n\nДеньги возвращаются тем же способом, которым вы платили. Банку может понадобиться ещё несколько дней; дата отправки возврата видна на странице заказа.",
      ],
      fa: [
        "بازپرداخت پولم کی انجام می‌شود؟",
        "مدت زمان بازگشت وجه پس از مرجوعی یا لغو سفارش.",
        "- **سفارش لغوشده:** ۳ تا ۵ روز کاری.\n- **مرجوعی:** انبار ظرف ۲ روز پس از دریافت کالا را بررسی می‌کند، سپس ۳ تا ۵ روز کاری.\n- **کارت هدیه یا اعتبار فروشگاه:** فوری.\n\nوجه از همان روشی که پرداخت کرده‌اید برمی‌گردد. ممکن است نمایش آن در بانک چند روز بیشتر طول بکشد؛ تاریخ واریز در صفحهٔ سفارش آمده است.",
      ],
      zh: [
        "退款什么时候到账？",
        "退货或取消订单后退款需要多长时间。",
        "- **已取消的订单：**3–5 个工作日。\n- **退货：**仓库收到商品后 2 天内验收，之后 3–5 个工作日。\n- **礼品卡或商城余额：**即时到账。\n\n款项按原支付方式退回。银行可能需要额外几天才能显示；订单页面会显示我们发出退款的日期。",
      ],
    },
  ),
  article(
    {
      slug: "damaged-item",
      category: "returns",
      topicId: "complaint",
      tags: ["broken", "damaged", "defective"],
      related: ["return-an-item", "wrong-item-received"],
    },
    {
      en: [
        "The item arrived damaged or faulty",
        "Report a broken or defective product and get a replacement or refund.",
        "1. Take photos of the item, the damage and the box.\n2. Open the order, tap **Report a problem → Damaged or faulty**.\n3. Choose **Replacement** or **Refund**.\n\nYou do not pay for the return. Electronics have a 2-year warranty: if it stops working later, use the same button.",
      ],
      ru: [
        "Товар пришёл повреждённым или бракованным",
        "Сообщите о сломанном или бракованном товаре и получите замену или деньги.",
        "1. Сфотографируйте товар, повреждение и коробку.\n2. Откройте заказ и нажмите **Сообщить о проблеме → Повреждённый или бракованный**.\n3. Выберите **Замена** или **Возврат денег**.\n\nОбратная доставка бесплатна. На электронику действует гарантия 2 года: если товар сломается позже, используйте ту же кнопку.",
      ],
      fa: [
        "کالا آسیب‌دیده یا معیوب رسیده",
        "کالای شکسته یا معیوب را گزارش دهید و کالای جایگزین یا بازپرداخت بگیرید.",
        "۱. از کالا، محل آسیب و جعبه عکس بگیرید.\n۲. سفارش را باز کنید و **گزارش مشکل ← آسیب‌دیده یا معیوب** را بزنید.\n۳. **جایگزینی** یا **بازپرداخت** را انتخاب کنید.\n\nهزینهٔ بازگرداندن با شما نیست. لوازم الکترونیکی ۲ سال گارانتی دارند: اگر بعداً از کار افتاد، از همین دکمه استفاده کنید.",
      ],
      zh: [
        "收到的商品损坏或有质量问题",
        "反馈破损或有缺陷的商品，申请换货或退款。",
        "1. 拍下商品、损坏部位和包装箱的照片。\n2. 打开订单，点击**报告问题 → 损坏或故障**。\n3. 选择**换新**或**退款**。\n\n退回运费由我们承担。电子产品享受 2 年保修：以后出现故障也可以使用同一按钮。",
      ],
    },
  ),
  article(
    {
      slug: "exchange-size",
      category: "returns",
      topicId: "orders",
      tags: ["exchange", "size", "fit"],
      related: ["return-an-item", "refund-timing"],
    },
    {
      en: [
        "Exchange for another size or colour",
        "Swap clothing or shoes for a different size without paying twice.",
        "1. Open the order and tap **Return → Exchange**.\n2. Pick the new size or colour (only what is in stock is shown).\n3. Hand the old item to the courier when the new one arrives.\n\nExchanges are free within 30 days. If the size you want is sold out, return the item for a refund instead.",
      ],
      ru: [
        "Обмен на другой размер или цвет",
        "Поменять одежду или обувь на другой размер, не оплачивая дважды.",
        "1. Откройте заказ и нажмите **Вернуть → Обменять**.\n2. Выберите новый размер или цвет (показаны только те, что есть в наличии).\n3. Отдайте старую вещь курьеру, когда он привезёт новую.\n\nОбмен бесплатный в течение 30 дней. Если нужного размера нет, оформите возврат денег.",
      ],
      fa: [
        "تعویض با سایز یا رنگ دیگر",
        "لباس یا کفش را بدون پرداخت دوباره با سایز دیگری عوض کنید.",
        "۱. سفارش را باز کنید و **مرجوع کردن ← تعویض** را بزنید.\n۲. سایز یا رنگ جدید را انتخاب کنید (فقط موجودی‌ها نمایش داده می‌شوند).\n۳. وقتی کالای جدید رسید، کالای قبلی را به پیک بدهید.\n\nتعویض تا ۳۰ روز رایگان است. اگر سایز موردنظر موجود نیست، کالا را برای بازپرداخت مرجوع کنید.",
      ],
      zh: [
        "换尺码或颜色",
        "服装或鞋子换成其他尺码，无需重复付款。",
        "1. 打开订单，点击**退货 → 换货**。\n2. 选择新的尺码或颜色（只显示有货的选项）。\n3. 新商品送到时，把旧商品交给快递员。\n\n30 天内换货免费。如果想要的尺码已售罄，请改为退货退款。",
      ],
    },
  ),
  article(
    {
      slug: "non-returnable-items",
      category: "returns",
      topicId: "orders",
      tags: ["exceptions", "hygiene", "policy"],
      related: ["return-an-item"],
    },
    {
      en: [
        "Items that cannot be returned",
        "Some products can only be returned if they are faulty.",
        "For hygiene and safety reasons these cannot be returned once opened:\n\n- underwear, swimwear and earrings;\n- cosmetics and perfume;\n- food and drinks;\n- digital codes and gift cards.\n\nIf any of them arrive damaged or wrong, report it as usual and we fix it.",
      ],
      ru: [
        "Товары, которые нельзя вернуть",
        "Некоторые товары можно вернуть только при наличии брака.",
        "По соображениям гигиены и безопасности после вскрытия упаковки не подлежат возврату:\n\n- нижнее бельё, купальники и серьги;\n- косметика и парфюмерия;\n- продукты и напитки;\n- цифровые коды и подарочные карты.\n\nЕсли такой товар пришёл повреждённым или не тот, сообщите о проблеме как обычно — мы всё исправим.",
      ],
      fa: [
        "کالاهایی که قابل مرجوعی نیستند",
        "برخی کالاها فقط در صورت معیوب بودن مرجوع می‌شوند.",
        "به دلایل بهداشتی و ایمنی، این کالاها پس از باز شدن بسته مرجوع نمی‌شوند:\n\n- لباس زیر، مایو و گوشواره؛\n- لوازم آرایشی و عطر؛\n- خوراکی و نوشیدنی؛\n- کدهای دیجیتال و کارت هدیه.\n\nاگر هر کدام آسیب‌دیده یا اشتباه رسید، طبق معمول گزارش دهید تا رسیدگی کنیم.",
      ],
      zh: [
        "不可退货的商品",
        "部分商品只有在有质量问题时才能退货。",
        "出于卫生和安全原因，以下商品拆封后不可退货：\n\n- 内衣、泳衣和耳环；\n- 化妆品和香水；\n- 食品和饮料；\n- 数字兑换码和礼品卡。\n\n如果这些商品送到时已损坏或发错，请照常报告问题，我们会处理。",
      ],
    },
  ),
  article(
    {
      slug: "return-shipping-cost",
      category: "returns",
      topicId: "orders",
      tags: ["return-label", "fee", "free-returns"],
      related: ["return-an-item", "delivery-cost"],
    },
    {
      en: [
        "Do I pay for return shipping?",
        "Returns are free in most cases; here are the exceptions.",
        "- Returns within 30 days from the app: **free**.\n- Damaged, faulty or wrong items: always free.\n- Bulky items: a 15 € pickup fee, taken from the refund.\n- Returns sent with your own courier are not reimbursed.\n\nUse the QR code from the app to keep the return free.",
      ],
      ru: [
        "Платить ли за обратную доставку?",
        "В большинстве случаев возврат бесплатный — вот исключения.",
        "- Возврат в течение 30 дней через приложение — **бесплатно**.\n- Повреждённые, бракованные или не те товары — всегда бесплатно.\n- Крупногабаритные товары — 15 € за вывоз, удерживаются из суммы возврата.\n- Отправка своей курьерской службой не компенсируется.\n\nЧтобы возврат был бесплатным, используйте QR-код из приложения.",
      ],
      fa: [
        "آیا هزینهٔ ارسال مرجوعی با من است؟",
        "مرجوعی در بیشتر موارد رایگان است؛ استثناها این‌هاست.",
        "- مرجوعی تا ۳۰ روز از طریق اپ: **رایگان**.\n- کالای آسیب‌دیده، معیوب یا اشتباه: همیشه رایگان.\n- کالاهای حجیم: ۱۵ یورو هزینهٔ جمع‌آوری که از مبلغ بازپرداخت کم می‌شود.\n- ارسال با پیک شخصی جبران نمی‌شود.\n\nبرای رایگان ماندن مرجوعی از کد QR داخل اپ استفاده کنید.",
      ],
      zh: [
        "退货运费要我付吗？",
        "大多数情况下退货免费，以下是例外。",
        "- 30 天内通过应用退货：**免费**。\n- 损坏、故障或发错的商品：始终免费。\n- 大件商品：收取 15 欧元上门取件费，从退款中扣除。\n- 自行找快递寄回的运费不予报销。\n\n请使用应用中的二维码，确保免费退货。",
      ],
    },
  ),
];
