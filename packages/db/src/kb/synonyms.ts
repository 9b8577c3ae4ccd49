import { normalizeKbText } from "./text";

/**
 * Words customers use for what the articles call otherwise. A query word that begins with one
 * of `when` (stems, so Russian endings need no list of their own) also searches for `add`.
 * Written from support experience, not from the benchmark's queries (bench/kb-queries.json),
 * which must stay an independent test.
 */
const SYNONYMS: { when: string[]; add: string[] }[] = [
  // English
  { when: ["parcel", "package", "packag", "shipment", "stuff"], add: ["order", "delivery"] },
  { when: ["arriv", "come", "came", "late"], add: ["delivery", "delayed"] },
  { when: ["where"], add: ["track"] },
  { when: ["money", "reimburs", "chargeback"], add: ["refund"] },
  { when: ["send", "give"], add: ["return"] },
  { when: ["broke", "broken", "damag", "defect", "faulty", "crack"], add: ["damaged"] },
  { when: ["wrong", "mistake", "incorrect"], add: ["wrong"] },
  { when: ["login", "log", "signin", "sign"], add: ["sign", "log"] },
  { when: ["hack", "stolen", "suspicious", "fraud", "scam"], add: ["security", "suspicious"] },
  { when: ["pwd", "passcode", "passw"], add: ["password"] },
  { when: ["cash", "pay", "paid", "charg", "bill"], add: ["payment", "charged"] },
  { when: ["coupon", "promo", "voucher", "discount"], add: ["promo", "code"] },
  { when: ["cancel", "stop"], add: ["cancel"] },
  { when: ["address", "deliver", "shipping", "ship"], add: ["delivery"] },
  { when: ["notif", "alert", "push"], add: ["notifications"] },
  { when: ["delet", "remov", "close"], add: ["delete"] },
  { when: ["email", "mail", "phone", "number"], add: ["contact", "details"] },
  { when: ["invoice", "receipt"], add: ["receipt"] },
  { when: ["exchang", "swap", "size"], add: ["exchange"] },
  // Russian
  { when: ["посылк", "пакет", "товар", "покупк"], add: ["заказ", "доставка"] },
  {
    when: ["пришл", "приш", "приход", "дошл", "дойд", "опазд", "задерж"],
    add: ["доставка", "задерживается"],
  },
  { when: ["где"], add: ["отследить"] },
  { when: ["деньг", "вернут", "верни"], add: ["возврат", "средств"] },
  { when: ["слома", "разби", "брак", "поврежд", "трещин"], add: ["повреждённый"] },
  { when: ["войти", "вход", "логин", "зайти"], add: ["вход", "войти"] },
  { when: ["взлом", "украл", "мошен", "подозрит"], add: ["безопасность", "подозрительный"] },
  { when: ["оплат", "плат", "списал", "списан", "карт"], add: ["оплата", "списание"] },
  { when: ["промокод", "скидк", "купон"], add: ["промокод"] },
  { when: ["отмен", "отказ"], add: ["отменить"] },
  { when: ["адрес"], add: ["адрес", "доставки"] },
  { when: ["уведомл", "пуш", "оповещ"], add: ["уведомления"] },
  { when: ["удал"], add: ["удалить"] },
  { when: ["чек", "квитанц", "счет", "счёт"], add: ["чек"] },
  { when: ["обмен", "размер", "поменя"], add: ["обмен"] },
  // Persian
  { when: ["بسته", "مرسوله", "جنس", "خرید"], add: ["سفارش", "ارسال"] },
  { when: ["نرسیده", "نیامده", "دیر", "تاخیر", "تأخیر"], add: ["تاخیر", "ارسال"] },
  { when: ["کجاست", "کجا"], add: ["پیگیری"] },
  { when: ["پول", "برگشت", "بازپرداخت"], add: ["بازپرداخت", "وجه"] },
  { when: ["شکسته", "خراب", "معیوب", "آسیب"], add: ["آسیب", "معیوب"] },
  { when: ["ورود", "لاگین", "وارد"], add: ["ورود"] },
  { when: ["هک", "دزدیده", "مشکوک", "کلاهبرداری"], add: ["امنیت", "مشکوک"] },
  { when: ["پرداخت", "کارت", "کسر", "کم شده"], add: ["پرداخت"] },
  { when: ["کد تخفیف", "تخفیف", "کوپن"], add: ["تخفیف"] },
  { when: ["لغو", "کنسل"], add: ["لغو"] },
  { when: ["نشانی", "آدرس"], add: ["آدرس"] },
  { when: ["اعلان", "نوتیف"], add: ["اعلان"] },
  { when: ["فاکتور", "رسید"], add: ["فاکتور"] },
  { when: ["تعویض", "سایز", "اندازه"], add: ["تعویض"] },
  { when: ["رمز", "پسورد"], add: ["رمز"] },
  // Chinese (bigrams)
  { when: ["包裹", "快递", "东西"], add: ["订单", "配送"] },
  { when: ["没到", "还没", "延迟", "太慢"], add: ["延迟", "配送"] },
  { when: ["在哪"], add: ["跟踪"] },
  { when: ["退钱", "钱退"], add: ["退款"] },
  { when: ["坏了", "破损", "损坏", "质量"], add: ["损坏"] },
  { when: ["登录", "登不", "登陆"], add: ["登录"] },
  { when: ["被盗", "盗号", "可疑", "诈骗"], add: ["安全", "可疑"] },
  { when: ["付款", "支付", "扣款", "扣钱"], add: ["支付"] },
  { when: ["优惠", "折扣", "券"], add: ["优惠码"] },
  { when: ["发票", "收据"], add: ["发票"] },
  { when: ["换货", "尺码", "换个"], add: ["换货"] },
  { when: ["密码"], add: ["密码"] },
];

const TABLE = SYNONYMS.map(({ when, add }) => ({
  when: when.map(normalizeKbText),
  add: add.map(normalizeKbText),
}));

/** The extra words a query word also searches for (none for most words). */
export function expandSynonyms(token: string): string[] {
  const out = new Set<string>();
  for (const { when, add } of TABLE) {
    if (when.some((stem) => token.startsWith(stem))) for (const word of add) out.add(word);
  }
  out.delete(token);
  return [...out];
}
