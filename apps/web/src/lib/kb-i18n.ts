import en, { type KbMessages } from "../locales/kb/en";
import { lazyNamespace, type NamespaceT, useNamespaceTranslation } from "./i18n-namespace";

/** The knowledge base's words: namespace "kb", loaded with the KB screens. */
const kb = lazyNamespace<KbMessages>("kb", en, {
  ru: () => import("../locales/kb/ru"),
  fa: () => import("../locales/kb/fa"),
  zh: () => import("../locales/kb/zh"),
});

export type KbT = NamespaceT;
/** Loads the KB words for a language, once; the same promise for every caller. */
export const loadKbMessages = kb.load;
/** `t` for KB screens, keys relative to the KB catalogue (`t("helpful.yes")`). */
export const useKbTranslation = () => useNamespaceTranslation(kb);
