import { article } from "./types";

export const DELIVERY = [
  article(
    {
      slug: "delivery-times",
      category: "delivery",
      topicId: "orders",
      popular: true,
      tags: ["shipping", "days", "timeframe"],
      related: ["delivery-delayed", "delivery-cost"],
    },
    {
      en: [
        "How long does delivery take?",
        "Typical delivery times by region and delivery method.",
        "| Method | Time |\n|---|---|\n| Courier in big cities | 1–2 days |\n| Courier elsewhere | 3–5 days |\n| Pickup point | 2–4 days |\n\nOrders placed before 14:00 leave the warehouse the same day. The exact date is shown at checkout and on the order page.",
      ],
      ru: [
        "Сколько идёт доставка?",
        "Обычные сроки доставки по регионам и способам получения.",
        "- Курьером в крупных городах — 1–2 дня.\n- Курьером в другие населённые пункты — 3–5 дней.\n- В пункт выдачи — 2–4 дня.\n\nЗаказы, оформленные до 14:00, уходят со склада в тот же день. Точная дата видна при оформлении и на странице заказа.",
      ],
      fa: [
        "ارسال سفارش چقدر طول می‌کشد؟",
        "زمان معمول تحویل بر اساس منطقه و روش ارسال.",
        "- پیک در شهرهای بزرگ: ۱ تا ۲ روز.\n- پیک در سایر شهرها: ۳ تا ۵ روز.\n- تحویل در نقطهٔ دریافت: ۲ تا ۴ روز.\n\nسفارش‌هایی که تا ساعت ۱۴ ثبت شوند همان روز از انبار خارج می‌شوند. تاریخ دقیق هنگام پرداخت و در صفحهٔ سفارش نمایش داده می‌شود.",
      ],
      zh: [
        "配送需要多长时间？",
        "不同地区和配送方式的一般送达时间。",
        "- 大城市快递上门：1–2 天。\n- 其他地区快递上门：3–5 天。\n- 自提点：2–4 天。\n\n14:00 前下单当天出库。具体日期会在结算时和订单页面上显示。",
      ],
    },
  ),
  article(
    {
      slug: "delivery-delayed",
      category: "delivery",
      topicId: "orders",
      popular: true,
      tags: ["late", "delay", "not-arrived"],
      related: ["track-my-order", "delivery-times"],
    },
    {
      en: [
        "My delivery is late",
        "What to do when the parcel has not arrived by the promised date.",
        "1. Check the tracking page: weather or holidays can add a day.\n2. If the status has not changed for 3 days, tap **Report a problem → Delivery delayed** on the order.\n3. We open an investigation with the courier and reply within 24 hours.\n\nIf the parcel is lost, we send a new one or refund you in full.",
      ],
      ru: [
        "Доставка задерживается",
        "Что делать, если посылка не пришла к обещанной дате.",
        "1. Проверьте страницу отслеживания: погода или праздники могут добавить день.\n2. Если статус не меняется 3 дня, нажмите в заказе **Сообщить о проблеме → Задержка доставки**.\n3. Мы начнём розыск у курьерской службы и ответим в течение 24 часов.\n\nЕсли посылка потерялась, отправим новую или полностью вернём деньги.",
      ],
      fa: [
        "ارسال سفارشم تأخیر دارد",
        "اگر بسته تا تاریخ وعده‌داده‌شده نرسیده چه کنید.",
        "۱. صفحهٔ رهگیری را ببینید: هوای بد یا تعطیلات ممکن است یک روز تأخیر ایجاد کند.\n۲. اگر وضعیت ۳ روز تغییر نکرده، در سفارش **گزارش مشکل ← تاخیر در ارسال** را بزنید.\n۳. پیگیری را با شرکت پست آغاز می‌کنیم و ظرف ۲۴ ساعت پاسخ می‌دهیم.\n\nاگر بسته گم شده باشد، بستهٔ جدید می‌فرستیم یا کل مبلغ را برمی‌گردانیم.",
      ],
      zh: [
        "配送延迟了",
        "包裹在承诺日期前没有送到时该怎么办。",
        "1. 查看物流跟踪页面：天气或节假日可能会延迟一天。\n2. 如果状态 3 天没有变化，在订单中点击**报告问题 → 配送延迟**。\n3. 我们会向快递公司查件，并在 24 小时内回复。\n\n如果包裹丢失，我们会重新发货或全额退款。",
      ],
    },
  ),
  article(
    {
      slug: "delivery-cost",
      category: "delivery",
      topicId: "orders",
      tags: ["shipping-fee", "free-shipping", "price"],
      related: ["delivery-times", "promo-codes"],
    },
    {
      en: [
        "Delivery cost and free delivery",
        "How much shipping costs and when it is free.",
        "- Delivery is **free** for orders over 50 €.\n- Below that, courier delivery costs 4.90 € and pickup points 2.90 €.\n- Bulky items (furniture, large appliances) have their own fee, shown on the product page.\n\nThe final delivery price is always shown before you pay.",
      ],
      ru: [
        "Стоимость доставки и бесплатная доставка",
        "Сколько стоит доставка и когда она бесплатная.",
        "- Доставка **бесплатна** для заказов от 50 €.\n- Для заказов дешевле курьер стоит 4,90 €, пункт выдачи — 2,90 €.\n- У крупногабаритных товаров (мебель, крупная техника) свой тариф, он указан на странице товара.\n\nИтоговая стоимость доставки всегда видна до оплаты.",
      ],
      fa: [
        "هزینهٔ ارسال و ارسال رایگان",
        "هزینهٔ ارسال چقدر است و چه زمانی رایگان می‌شود.",
        "- ارسال برای سفارش‌های بالای ۵۰ یورو **رایگان** است.\n- برای مبالغ کمتر، پیک ۴٫۹۰ یورو و نقطهٔ دریافت ۲٫۹۰ یورو هزینه دارد.\n- کالاهای حجیم (مبلمان، لوازم خانگی بزرگ) هزینهٔ جداگانه دارند که در صفحهٔ محصول آمده است.\n\nهزینهٔ نهایی ارسال همیشه پیش از پرداخت نمایش داده می‌شود.",
      ],
      zh: [
        "运费与免运费",
        "运费是多少，什么情况下免运费。",
        "- 订单满 50 欧元**免运费**。\n- 不满 50 欧元时，快递上门 4.90 欧元，自提点 2.90 欧元。\n- 大件商品（家具、大家电）运费单独计算，详见商品页面。\n\n最终运费会在付款前显示。",
      ],
    },
  ),
  article(
    {
      slug: "change-delivery-address",
      category: "delivery",
      topicId: "orders",
      tags: ["address", "redirect"],
      related: ["change-order-details", "saved-addresses"],
    },
    {
      en: [
        "Change the delivery address",
        "Send an order to another address, before or after it ships.",
        "- **Not shipped yet:** open the order, tap **Edit → Address**.\n- **Already shipped:** use **Redirect** on the tracking page; some couriers charge 2 € for it.\n- **Out for delivery:** the address can no longer change; ask the courier to leave it with a neighbour or choose a pickup point.",
      ],
      ru: [
        "Как изменить адрес доставки",
        "Отправить заказ на другой адрес до или после отправки.",
        "- **Ещё не отправлен:** откройте заказ и нажмите **Изменить → Адрес**.\n- **Уже отправлен:** нажмите **Перенаправить** на странице отслеживания; некоторые службы берут за это 2 €.\n- **Передан курьеру:** адрес изменить уже нельзя — попросите курьера оставить посылку соседу или выберите пункт выдачи.",
      ],
      fa: [
        "تغییر آدرس تحویل",
        "ارسال سفارش به آدرس دیگر، پیش یا پس از ارسال.",
        "- **هنوز ارسال نشده:** سفارش را باز کنید و **ویرایش ← آدرس** را بزنید.\n- **ارسال شده:** در صفحهٔ رهگیری **تغییر مسیر** را بزنید؛ بعضی شرکت‌ها ۲ یورو هزینه می‌گیرند.\n- **در حال تحویل توسط پیک:** دیگر نمی‌توان آدرس را عوض کرد؛ از پیک بخواهید بسته را به همسایه بدهد یا نقطهٔ دریافت را انتخاب کنید.",
      ],
      zh: [
        "修改收货地址",
        "在发货前或发货后把订单寄到另一个地址。",
        "- **尚未发货：**打开订单，点击**编辑 → 地址**。\n- **已经发货：**在物流跟踪页面点击**改派**；部分快递公司收取 2 欧元。\n- **正在派送：**地址无法再修改；可请快递员交给邻居代收，或改送自提点。",
      ],
    },
  ),
  article(
    {
      slug: "pickup-points",
      category: "delivery",
      topicId: "orders",
      tags: ["pickup", "locker", "collect"],
      related: ["delivery-cost", "delivery-times"],
    },
    {
      en: [
        "Collect your order from a pickup point",
        "Choose a pickup point or parcel locker and how long it keeps your order.",
        "1. At checkout choose **Pickup point** and pick one on the map.\n2. When the parcel arrives you get a message with a pickup code.\n3. Show the code (and an ID for orders over 500 €).\n\nThe point keeps your parcel for **7 days**, then it comes back to us and you are refunded.",
      ],
      ru: [
        "Получение заказа в пункте выдачи",
        "Как выбрать пункт выдачи или постамат и сколько там хранится заказ.",
        "1. При оформлении выберите **Пункт выдачи** и отметьте его на карте.\n2. Когда посылка придёт, вы получите сообщение с кодом получения.\n3. Назовите код (и покажите паспорт для заказов дороже 500 €).\n\nПункт хранит посылку **7 дней**, затем она возвращается к нам, а деньги — вам.",
      ],
      fa: [
        "دریافت سفارش از نقطهٔ تحویل",
        "انتخاب نقطهٔ دریافت یا صندوق امانات و مدت نگهداری سفارش.",
        "۱. هنگام پرداخت **نقطهٔ دریافت** را انتخاب کنید و آن را روی نقشه مشخص کنید.\n۲. وقتی بسته برسد، پیامی با کد دریافت می‌گیرید.\n۳. کد را نشان دهید (برای سفارش‌های بالای ۵۰۰ یورو کارت شناسایی هم لازم است).\n\nبسته **۷ روز** نگه داشته می‌شود، سپس به ما برمی‌گردد و وجه آن بازپرداخت می‌شود.",
      ],
      zh: [
        "到自提点取货",
        "如何选择自提点或快递柜，以及包裹保留多久。",
        "1. 结算时选择**自提点**，在地图上选定地点。\n2. 包裹到达后你会收到带取件码的消息。\n3. 出示取件码（订单超过 500 欧元还需出示证件）。\n\n自提点会保留包裹 **7 天**，逾期退回，我们会为你退款。",
      ],
    },
  ),
  article(
    {
      slug: "international-delivery",
      category: "delivery",
      topicId: "orders",
      tags: ["abroad", "customs", "countries"],
      related: ["delivery-cost", "delivery-times"],
    },
    {
      en: [
        "Delivery abroad and customs",
        "Which countries we ship to and who pays customs duties.",
        "We deliver to 28 EU countries, the UK, Norway and Switzerland.\n\n- Inside the EU there are no customs fees.\n- For the UK, Norway and Switzerland, duties and VAT are **included** in the price at checkout.\n- Delivery abroad takes 5–10 days.\n\nCountries not listed at checkout are not served yet.",
      ],
      ru: [
        "Доставка за границу и таможня",
        "В какие страны мы доставляем и кто платит таможенные пошлины.",
        "Мы доставляем в 28 стран ЕС, Великобританию, Норвегию и Швейцарию.\n\n- Внутри ЕС таможенных сборов нет.\n- Для Великобритании, Норвегии и Швейцарии пошлины и НДС **уже включены** в цену при оформлении.\n- Международная доставка занимает 5–10 дней.\n\nВ страны, которых нет в списке при оформлении, мы пока не доставляем.",
      ],
      fa: [
        "ارسال به خارج از کشور و گمرک",
        "به کدام کشورها ارسال داریم و عوارض گمرکی را چه کسی می‌پردازد.",
        "به ۲۸ کشور اتحادیهٔ اروپا، بریتانیا، نروژ و سوئیس ارسال داریم.\n\n- داخل اتحادیهٔ اروپا عوارض گمرکی وجود ندارد.\n- برای بریتانیا، نروژ و سوئیس، عوارض و مالیات در قیمت نهایی **محاسبه شده** است.\n- ارسال بین‌المللی ۵ تا ۱۰ روز طول می‌کشد.\n\nبه کشورهایی که در فهرست پرداخت نیستند هنوز ارسال نداریم.",
      ],
      zh: [
        "国际配送与海关",
        "我们配送到哪些国家，关税由谁支付。",
        "我们配送到 28 个欧盟国家、英国、挪威和瑞士。\n\n- 欧盟境内无关税。\n- 寄往英国、挪威和瑞士的订单，关税和增值税已**包含**在结算价格中。\n- 国际配送需要 5–10 天。\n\n结算时未列出的国家暂不支持配送。",
      ],
    },
  ),
];
