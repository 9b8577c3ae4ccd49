import {
  lazyNamespace,
  type NamespaceT,
  useNamespaceTranslation,
} from "../../../lib/i18n-namespace";
import en, { type AnalyticsMessages } from "../../../locales/analytics/en";

/** The dashboard's words: namespace "analytics", loaded with the dashboard chunk. */
const analytics = lazyNamespace<AnalyticsMessages>("analytics", en, {
  ru: () => import("../../../locales/analytics/ru"),
  fa: () => import("../../../locales/analytics/fa"),
  zh: () => import("../../../locales/analytics/zh"),
});

export type AnalyticsT = NamespaceT;
export const loadAnalyticsMessages = analytics.load;
/** `t` with keys relative to the analytics catalogue; suspends until its words are in. */
export const useAnalyticsTranslation = () => useNamespaceTranslation(analytics);
