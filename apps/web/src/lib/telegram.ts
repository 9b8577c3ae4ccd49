/**
 * Everything the app asks of Telegram goes through this module, so the SDK line
 * (`@telegram-apps/sdk-react` today, `@tma.js/sdk-react` later) can be swapped in one place.
 * See docs/decisions/002-telegram-sdk.md.
 */
import {
  backButton,
  closingBehavior,
  cloudStorage,
  emitEvent,
  hapticFeedback,
  init,
  mainButton,
  miniApp,
  mockTelegramEnv,
  popup,
  retrieveLaunchParams,
  retrieveRawInitData,
  themeParams,
  viewport,
} from "@telegram-apps/sdk-react";
import { useEffect, useRef, useState } from "react";

export type LaunchState =
  | {
      kind: "telegram";
      initDataRaw: string;
      languageCode: string | null;
      startParam: string | null;
      demo: boolean;
    }
  | { kind: "outside" };

const DEMO_FLAG = "helpline.demo";

let state: LaunchState = { kind: "outside" };

function readDemoFlag(): boolean {
  const params = new URLSearchParams(window.location.search);
  if (params.get("demo") === "1") {
    sessionStorage.setItem(DEMO_FLAG, "1");
    params.delete("demo");
    const search = params.toString();
    // Keep the hash: it still carries the launch parameters the SDK reads next.
    history.replaceState(
      null,
      "",
      `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`,
    );
  }
  return sessionStorage.getItem(DEMO_FLAG) === "1";
}

/**
 * The demo door (server without BOT_TOKEN) opens the app in a plain browser with real signed
 * launch params in the URL. Only then is the Telegram bridge mocked: it answers the few requests
 * the SDK makes of the client (theme, viewport, safe areas) the way Telegram would.
 */
function mockBridgeForDemo() {
  const raw = window.location.hash.slice(1) || sessionStorage.getItem("helpline.demo.launch") || "";
  if (!raw.includes("tgWebAppData")) return;
  sessionStorage.setItem("helpline.demo.launch", raw);
  const launch = new URLSearchParams(raw);
  const theme = JSON.parse(launch.get("tgWebAppThemeParams") ?? "{}") as Record<
    string,
    `#${string}`
  >;
  mockTelegramEnv({
    launchParams: launch,
    onEvent(event) {
      const [method] = event;
      if (method === "web_app_request_theme") emitEvent("theme_changed", { theme_params: theme });
      if (method === "web_app_request_viewport") {
        emitEvent("viewport_changed", {
          height: window.innerHeight,
          width: window.innerWidth,
          is_expanded: true,
          is_state_stable: true,
        });
      }
      if (method === "web_app_request_safe_area")
        emitEvent("safe_area_changed", { left: 0, top: 0, right: 0, bottom: 0 });
      if (method === "web_app_request_content_safe_area") {
        emitEvent("content_safe_area_changed", { left: 0, top: 0, right: 0, bottom: 0 });
      }
    },
  });
}

/**
 * Starts the SDK as Telegram expects: launch params first, then components, theme bound to CSS
 * variables, and `ready()` as early as possible so Telegram drops its placeholder.
 */
export function startTelegram(): LaunchState {
  const demo = readDemoFlag();
  if (demo) mockBridgeForDemo();
  let initDataRaw: string | undefined;
  let languageCode: string | null = null;
  let startParam: string | null = null;
  try {
    const launch = retrieveLaunchParams();
    initDataRaw = retrieveRawInitData();
    languageCode = launch.tgWebAppData?.user?.language_code ?? null;
    // Telegram sets tgWebAppStartParam for t.me/bot/app?startapp= links; the bot's inline web_app
    // buttons cannot, so the bot puts it in the URL's query instead.
    const fromQuery = new URLSearchParams(window.location.search).get("startapp");
    startParam =
      launch.tgWebAppStartParam ??
      (fromQuery && /^[A-Za-z0-9_-]{1,64}$/.test(fromQuery) ? fromQuery : null);
  } catch {
    return state;
  }
  if (!initDataRaw) return state;

  init();
  backButton.mount.ifAvailable();
  mainButton.mount.ifAvailable();
  closingBehavior.mount.ifAvailable();
  if (themeParams.mountSync.isAvailable()) {
    themeParams.mountSync();
    themeParams.bindCssVars.ifAvailable();
    // Follow theme changes while open (the user switches Telegram to night mode).
    const applyScheme = () => {
      document.documentElement.dataset.theme = themeParams.isDark() ? "dark" : "light";
    };
    applyScheme();
    themeParams.isDark.sub(applyScheme);
  }
  if (miniApp.mountSync.isAvailable()) {
    miniApp.mountSync();
    miniApp.bindCssVars.ifAvailable();
  }
  if (viewport.mount.isAvailable()) {
    viewport
      .mount()
      .then(() => {
        viewport.bindCssVars.ifAvailable();
        viewport.expand.ifAvailable();
      })
      .catch(() => {
        // Older clients lack some viewport requests; the layout falls back to env() insets.
      });
  }
  miniApp.ready.ifAvailable();
  state = { kind: "telegram", initDataRaw, languageCode, startParam, demo };
  if (window.location.hash.includes("tgWebAppData")) {
    history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
  }
  return state;
}

export const launchState = (): LaunchState => state;

export const isDark = (): boolean => themeParams.isDark();

// Which mounted screen last set up each of Telegram's buttons. When one screen replaces another,
// the old one's clean-up may run after the new one's set-up (the order differs between
// renderers); only the owner may hide a button, so the new screen's button stays.
const owners: { back: symbol | null; main: symbol | null } = { back: null, main: null };

/** Shows Telegram's BackButton while the screen is mounted and `onBack` is given. */
export function useBackButton(onBack: (() => void) | null) {
  const handler = useRef(onBack);
  handler.current = onBack;
  const [id] = useState(() => Symbol("back-button"));
  const visible = onBack !== null;
  useEffect(() => {
    if (!visible || !backButton.isMounted()) return;
    owners.back = id;
    backButton.show();
    const off = backButton.onClick(() => handler.current?.());
    return () => {
      off();
      if (owners.back !== id) return;
      owners.back = null;
      backButton.hide();
    };
  }, [visible, id]);
}

export interface MainButtonOptions {
  text: string;
  visible?: boolean;
  enabled?: boolean;
  loading?: boolean;
  onClick: () => void;
}

/**
 * Telegram's bottom MainButton as the screen's main action. Returns whether it is native: in the
 * demo door there is no Telegram client to draw it, so the screen draws its own button instead.
 */
export function useMainButton({
  text,
  visible = true,
  enabled = true,
  loading = false,
  onClick,
}: MainButtonOptions): {
  native: boolean;
} {
  const handler = useRef(onClick);
  handler.current = onClick;
  const [id] = useState(() => Symbol("main-button"));
  const native = mainButton.isMounted() && !isDemo();
  useEffect(() => {
    if (!mainButton.isMounted()) return;
    owners.main = id;
    mainButton.setParams({
      text,
      isVisible: visible,
      isEnabled: enabled && !loading,
      isLoaderVisible: loading,
    });
  }, [text, visible, enabled, loading, id]);
  useEffect(() => {
    if (!mainButton.isMounted()) return;
    const off = mainButton.onClick(() => handler.current());
    return () => {
      off();
      if (owners.main !== id) return;
      owners.main = null;
      mainButton.setParams({ isVisible: false, isLoaderVisible: false });
    };
  }, [id]);
  return { native };
}

export function isDemo(): boolean {
  return state.kind === "telegram" && state.demo;
}

export const haptic = {
  success: () => hapticFeedback.notificationOccurred.ifAvailable("success"),
  error: () => hapticFeedback.notificationOccurred.ifAvailable("error"),
  select: () => hapticFeedback.selectionChanged.ifAvailable(),
  tap: () => hapticFeedback.impactOccurred.ifAvailable("light"),
};

/** Asks Telegram to confirm before closing while the user has unsaved input. */
export function useClosingConfirmation(enabled: boolean) {
  useEffect(() => {
    if (!closingBehavior.isMounted()) return;
    if (enabled) closingBehavior.enableConfirmation();
    else closingBehavior.disableConfirmation();
    return () => closingBehavior.disableConfirmation();
  }, [enabled]);
}

/**
 * Asks a yes/no question with Telegram's native popup, or the browser's confirm() where the
 * client has none (the demo door).
 */
export async function confirmAction(
  message: string,
  okText: string,
  cancelText: string,
): Promise<boolean> {
  if (popup.open.isAvailable() && !isDemo()) {
    const chosen = await popup.open({
      message,
      buttons: [
        { id: "ok", type: "destructive", text: okText },
        { id: "cancel", type: "default", text: cancelText },
      ],
    });
    return chosen === "ok";
  }
  return window.confirm(message);
}

/**
 * Telegram CloudStorage (per user and bot, follows the user across devices) when the client has
 * it; null otherwise, and callers keep to local storage. Never in the demo door: no client there.
 */
export const cloudStore = (): {
  get(key: string): Promise<string>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
} | null => {
  if (isDemo() || !cloudStorage.getItem.isAvailable()) return null;
  return {
    get: (key) => cloudStorage.getItem(key),
    set: (key, value) => cloudStorage.setItem(key, value),
    remove: (key) => cloudStorage.deleteItem(key),
  };
};
