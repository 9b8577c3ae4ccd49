import { ACCOUNT } from "./account";
import { APP, STAFF_ONLY } from "./app";
import { DELIVERY } from "./delivery";
import { ORDERS } from "./orders";
import { PAYMENT } from "./payment";
import { RETURNS } from "./returns";
import { SECURITY } from "./security";
import type { DemoKbArticle } from "./types";

export type { DemoKbArticle } from "./types";

/** The demo shop's knowledge base: 43 articles in English, Russian, Persian and Chinese. */
export const DEMO_KB_ARTICLES: DemoKbArticle[] = [
  ...ORDERS,
  ...DELIVERY,
  ...RETURNS,
  ...PAYMENT,
  ...ACCOUNT,
  ...SECURITY,
  ...APP,
  ...STAFF_ONLY,
];
