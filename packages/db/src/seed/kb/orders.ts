import { article } from "./types";

export const ORDERS = [
  article(
    {
      slug: "track-my-order",
      category: "orders",
      topicId: "orders",
      popular: true,
      tags: ["tracking", "courier", "status"],
      related: ["delivery-delayed", "delivery-times"],
    },
    {
      en: [
        "How to track my order",
        "Find the tracking link and see where your parcel is right now.",
        "1. Open **My orders**.\n2. Tap the order.\n3. Tap **Track** to see the courier's page.\n\nThe status updates within 2 hours of each courier scan. No tracking yet? The link appears once the parcel leaves our warehouse, usually the day after you order.",
      ],
      ru: [
        "Как отследить заказ",
        "Где найти ссылку для отслеживания и узнать, где сейчас посылка.",
        "1. Откройте **Мои заказы**.\n2. Выберите заказ.\n3. Нажмите **Отследить** — откроется страница курьерской службы.\n\nСтатус обновляется в течение 2 часов после каждого сканирования. Ссылки пока нет? Она появится, когда посылка покинет склад — обычно на следующий день после заказа.",
      ],
      fa: [
        "چگونه سفارشم را پیگیری کنم",
        "لینک رهگیری را پیدا کنید و ببینید بسته‌تان الان کجاست.",
        "۱. **سفارش‌های من** را باز کنید.\n۲. روی سفارش بزنید.\n۳. روی **پیگیری** بزنید تا صفحهٔ پیک باز شود.\n\nوضعیت تا ۲ ساعت پس از هر اسکن پیک به‌روز می‌شود. هنوز کد رهگیری ندارید؟ وقتی بسته از انبار خارج شود، معمولاً یک روز پس از ثبت سفارش، لینک نمایش داده می‌شود.",
      ],
      zh: [
        "如何跟踪我的订单",
        "找到物流跟踪链接，查看包裹现在的位置。",
        "1. 打开**我的订单**。\n2. 点击该订单。\n3. 点击**跟踪**，查看快递公司页面。\n\n每次快递扫描后 2 小时内状态会更新。还没有跟踪信息？包裹离开仓库后（通常是下单后第二天）就会出现链接。",
      ],
    },
  ),
  article(
    {
      slug: "cancel-an-order",
      category: "orders",
      topicId: "orders",
      popular: true,
      tags: ["cancel", "refund"],
      related: ["refund-timing", "change-order-details"],
    },
    {
      en: [
        "How to cancel an order",
        "Cancel before the order ships and the money comes back in full.",
        "You can cancel while the status is **Placed** or **Packing**:\n\n1. Open **My orders** and tap the order.\n2. Tap **Cancel order** and choose a reason.\n\nThe refund goes to the card you paid with within 3–5 business days. Already shipped? Refuse the delivery or start a return once it arrives.",
      ],
      ru: [
        "Как отменить заказ",
        "Отмените заказ до отправки — деньги вернутся полностью.",
        "Отменить можно, пока статус **Оформлен** или **Собирается**:\n\n1. Откройте **Мои заказы** и выберите заказ.\n2. Нажмите **Отменить заказ** и укажите причину.\n\nДеньги вернутся на карту, которой вы платили, за 3–5 рабочих дней. Заказ уже отправлен? Откажитесь от получения или оформите возврат после доставки.",
      ],
      fa: [
        "چگونه سفارش را لغو کنم",
        "اگر پیش از ارسال لغو کنید، کل مبلغ برمی‌گردد.",
        "تا وقتی وضعیت **ثبت شده** یا **در حال بسته‌بندی** است می‌توانید لغو کنید:\n\n۱. **سفارش‌های من** را باز کنید و روی سفارش بزنید.\n۲. **لغو سفارش** را بزنید و دلیل را انتخاب کنید.\n\nمبلغ ظرف ۳ تا ۵ روز کاری به کارتی که با آن پرداخت کردید برمی‌گردد. سفارش ارسال شده؟ تحویل را نپذیرید یا پس از رسیدن، مرجوعی ثبت کنید.",
      ],
      zh: [
        "如何取消订单",
        "在发货前取消，款项会全额退回。",
        "订单状态为**已下单**或**打包中**时可以取消：\n\n1. 打开**我的订单**，点击该订单。\n2. 点击**取消订单**并选择原因。\n\n款项会在 3–5 个工作日内退回到付款的银行卡。已经发货？可以拒收，或在收到后申请退货。",
      ],
    },
  ),
  article(
    {
      slug: "change-order-details",
      category: "orders",
      topicId: "orders",
      tags: ["edit", "address", "items"],
      related: ["cancel-an-order", "change-delivery-address"],
    },
    {
      en: [
        "Change items or details of an order",
        "What you can still edit after placing an order, and how.",
        "While the order is **Placed** you can:\n\n- change the delivery address or time slot;\n- remove an item (the difference is refunded);\n- change the recipient's name and phone.\n\nOpen the order and tap **Edit**. Adding new items is not possible: place a second order instead, delivery is combined when both go to the same address.",
      ],
      ru: [
        "Как изменить состав или данные заказа",
        "Что ещё можно поменять после оформления заказа и как это сделать.",
        "Пока заказ в статусе **Оформлен**, можно:\n\n- изменить адрес или время доставки;\n- убрать товар (разницу вернём);\n- поменять имя и телефон получателя.\n\nОткройте заказ и нажмите **Изменить**. Добавить товары нельзя: оформите второй заказ — доставка объединится, если адрес тот же.",
      ],
      fa: [
        "تغییر کالاها یا مشخصات سفارش",
        "پس از ثبت سفارش چه چیزهایی را هنوز می‌توان تغییر داد و چگونه.",
        "تا وقتی سفارش **ثبت شده** است می‌توانید:\n\n- آدرس یا بازهٔ زمانی تحویل را عوض کنید؛\n- کالایی را حذف کنید (مابه‌التفاوت برگردانده می‌شود)؛\n- نام و تلفن گیرنده را تغییر دهید.\n\nسفارش را باز کنید و **ویرایش** را بزنید. افزودن کالای جدید ممکن نیست: سفارش دوم ثبت کنید؛ اگر آدرس یکی باشد، ارسال‌ها با هم انجام می‌شود.",
      ],
      zh: [
        "修改订单商品或信息",
        "下单后还能修改哪些内容，以及如何修改。",
        "订单状态为**已下单**时，你可以：\n\n- 修改收货地址或配送时间段；\n- 删除某件商品（差价会退回）；\n- 修改收件人姓名和电话。\n\n打开订单，点击**编辑**。无法添加新商品：请另下一单，寄往同一地址时会合并配送。",
      ],
    },
  ),
  article(
    {
      slug: "missing-item",
      category: "orders",
      topicId: "orders",
      tags: ["missing", "incomplete"],
      related: ["wrong-item-received", "damaged-item"],
    },
    {
      en: [
        "An item is missing from my order",
        "Large orders sometimes come in several boxes; here is how to check and report.",
        "First check:\n\n- the order page: items shipped separately show their own tracking;\n- the packing slip in the box.\n\nStill missing? Open the order, tap **Report a problem → Item missing** within 14 days. We send the item again or refund it, usually within 2 days.",
      ],
      ru: [
        "В заказе не хватает товара",
        "Большие заказы иногда приходят несколькими коробками — как проверить и сообщить.",
        "Сначала проверьте:\n\n- страницу заказа: у товаров, отправленных отдельно, свой трек-номер;\n- упаковочный лист в коробке.\n\nТовара всё равно нет? Откройте заказ и нажмите **Сообщить о проблеме → Не хватает товара** в течение 14 дней. Мы отправим товар повторно или вернём деньги, обычно за 2 дня.",
      ],
      fa: [
        "یکی از کالاها در سفارشم نیست",
        "سفارش‌های بزرگ گاهی در چند جعبه می‌رسند؛ روش بررسی و گزارش.",
        "اول بررسی کنید:\n\n- صفحهٔ سفارش: کالاهایی که جدا ارسال شده‌اند کد رهگیری خودشان را دارند؛\n- برگهٔ بسته‌بندی داخل جعبه.\n\nباز هم نیست؟ ظرف ۱۴ روز سفارش را باز کنید و **گزارش مشکل ← کالای ناقص** را بزنید. کالا را دوباره می‌فرستیم یا وجه آن را برمی‌گردانیم، معمولاً ظرف ۲ روز.",
      ],
      zh: [
        "订单里少了商品",
        "大订单有时会分几个箱子寄出；这里说明如何核对和反馈。",
        "请先检查：\n\n- 订单页面：单独发货的商品有各自的物流单号；\n- 箱子里的装箱单。\n\n仍然缺少？请在 14 天内打开订单，点击**报告问题 → 商品缺失**。我们会补发或退款，通常在 2 天内处理。",
      ],
    },
  ),
  article(
    {
      slug: "wrong-item-received",
      category: "orders",
      topicId: "orders",
      tags: ["wrong", "mix-up"],
      related: ["missing-item", "return-an-item"],
    },
    {
      en: [
        "I received the wrong item",
        "Got a different product, size or colour? We swap it at no cost.",
        "1. Open the order and tap **Report a problem → Wrong item**.\n2. Add a photo of the item and its label.\n3. Choose **Exchange** or **Refund**.\n\nA courier collects the wrong item for free. Please keep the original packaging until then.",
      ],
      ru: [
        "Мне прислали не тот товар",
        "Пришёл другой товар, размер или цвет? Обменяем бесплатно.",
        "1. Откройте заказ и нажмите **Сообщить о проблеме → Не тот товар**.\n2. Приложите фото товара и этикетки.\n3. Выберите **Обмен** или **Возврат денег**.\n\nКурьер бесплатно заберёт товар. Пожалуйста, сохраните оригинальную упаковку до его приезда.",
      ],
      fa: [
        "کالای اشتباه به دستم رسیده",
        "محصول، سایز یا رنگ دیگری رسیده؟ بدون هزینه عوضش می‌کنیم.",
        "۱. سفارش را باز کنید و **گزارش مشکل ← کالای اشتباه** را بزنید.\n۲. عکس کالا و برچسب آن را اضافه کنید.\n۳. **تعویض** یا **بازپرداخت** را انتخاب کنید.\n\nپیک کالای اشتباه را رایگان تحویل می‌گیرد. لطفاً تا آن زمان بسته‌بندی اصلی را نگه دارید.",
      ],
      zh: [
        "收到的商品不对",
        "收到了别的商品、尺码或颜色？我们免费为你更换。",
        "1. 打开订单，点击**报告问题 → 商品错误**。\n2. 上传商品及标签的照片。\n3. 选择**换货**或**退款**。\n\n快递员会免费上门取回错发的商品。在此之前请保留原包装。",
      ],
    },
  ),
  article(
    {
      slug: "order-confirmation",
      category: "orders",
      topicId: "orders",
      tags: ["confirmation", "email"],
      related: ["track-my-order", "change-contact-details"],
    },
    {
      en: [
        "I did not get an order confirmation",
        "Check whether the order went through and where the confirmation went.",
        "- Open **My orders**: if the order is listed, it was placed.\n- Look in your spam or promotions folder.\n- Check the email in **Profile → Contact details**.\n\nIf the order is not listed but money was taken, it is a held payment that is released within 24 hours.",
      ],
      ru: [
        "Не пришло подтверждение заказа",
        "Как проверить, что заказ оформлен, и куда ушло подтверждение.",
        "- Откройте **Мои заказы**: если заказ там есть, он оформлен.\n- Проверьте папки «Спам» и «Промоакции».\n- Проверьте почту в **Профиль → Контакты**.\n\nЕсли заказа в списке нет, а деньги списались, это блокировка средств — она снимется в течение 24 часов.",
      ],
      fa: [
        "تأییدیهٔ سفارش برایم نیامده",
        "بررسی کنید سفارش ثبت شده یا نه و تأییدیه به کجا رفته است.",
        "- **سفارش‌های من** را باز کنید: اگر سفارش آنجاست، ثبت شده است.\n- پوشهٔ هرزنامه یا تبلیغات را ببینید.\n- ایمیل را در **پروفایل ← اطلاعات تماس** بررسی کنید.\n\nاگر سفارش در فهرست نیست ولی پول کسر شده، مبلغ فقط مسدود شده و ظرف ۲۴ ساعت آزاد می‌شود.",
      ],
      zh: [
        "没有收到订单确认",
        "确认订单是否成功，以及确认邮件去了哪里。",
        "- 打开**我的订单**：如果能看到该订单，说明下单成功。\n- 查看垃圾邮件或推广邮件文件夹。\n- 在**个人资料 → 联系方式**中核对邮箱。\n\n如果订单不在列表中但已扣款，那只是预授权冻结，24 小时内会自动解除。",
      ],
    },
  ),
];
