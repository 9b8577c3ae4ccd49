import { expect, type Page } from "@playwright/test";
import { DEMO_THEMES } from "../../apps/api/src/features/demo/demo-theme";
import { type InitDataUser, signInitData } from "../../apps/api/src/lib/init-data";
import { E2E_BOT_TOKEN } from "./constants";

let nextUserId = 900_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
/** A customer nobody else in this run uses, so journeys do not see each other's tickets. */
export function newCustomer(extra: Partial<InitDataUser> = {}): InitDataUser {
  nextUserId += 1;
  return {
    id: nextUserId,
    first_name: "Journey",
    last_name: `User ${nextUserId}`,
    language_code: "en",
    ...extra,
  };
}

/**
 * Stands in for the Telegram client: records what the app asks of it (MainButton, BackButton,
 * ready, haptics) and answers the viewport request as a phone would. Runs before the app's code.
 */
function stubTelegramBridge() {
  const w = window as unknown as {
    __tg: { events: [string, unknown][] };
    TelegramWebviewProxy: { postEvent(type: string, data?: string): void };
    Telegram?: { WebView?: { receiveEvent?: (type: string, data?: unknown) => void } };
  };
  w.__tg = { events: [] };
  w.TelegramWebviewProxy = {
    postEvent(type, data) {
      w.__tg.events.push([type, data ? JSON.parse(data) : null]);
      // CloudStorage: kept in sessionStorage so it outlives a reload, as Telegram's outlives the app.
      if (type === "web_app_invoke_custom_method") {
        const { req_id, method, params } = JSON.parse(data ?? "{}") as {
          req_id: string;
          method: string;
          params: { key?: string; keys?: string[]; value?: string };
        };
        const store = JSON.parse(sessionStorage.getItem("__tg_cloud") ?? "{}") as Record<
          string,
          string
        >;
        let result: unknown = true;
        if (method === "saveStorageValue" && params.key) store[params.key] = params.value ?? "";
        if (method === "deleteStorageValues")
          for (const key of params.keys ?? []) delete store[key];
        if (method === "getStorageValues") {
          result = Object.fromEntries((params.keys ?? []).map((key) => [key, store[key] ?? ""]));
        }
        sessionStorage.setItem("__tg_cloud", JSON.stringify(store));
        setTimeout(() =>
          w.Telegram?.WebView?.receiveEvent?.("custom_method_invoked", { req_id, result }),
        );
      }
      if (type === "web_app_request_viewport") {
        setTimeout(() =>
          w.Telegram?.WebView?.receiveEvent?.("viewport_changed", {
            height: window.innerHeight,
            width: window.innerWidth,
            is_expanded: true,
            is_state_stable: true,
          }),
        );
      }
    },
  };
}

/** Opens the Mini App the way Telegram does: signed launch params in the URL fragment. */
export async function openMiniApp(
  page: Page,
  user: InitDataUser,
  options: {
    path?: string;
    authDate?: number;
    theme?: Record<string, string>;
    startParam?: string;
  } = {},
) {
  await page.addInitScript(stubTelegramBridge);
  const launch = new URLSearchParams({
    tgWebAppData: signInitData(user, E2E_BOT_TOKEN, {
      authDate: options.authDate,
      startParam: options.startParam,
    }),
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "ios",
    tgWebAppThemeParams: JSON.stringify(options.theme ?? DEMO_THEMES.light),
  });
  if (options.startParam) launch.set("tgWebAppStartParam", options.startParam);
  await page.goto(`${options.path ?? "/"}#${launch}`);
}

/** What the app asked Telegram to do, in order. */
export const telegramEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __tg: { events: [string, unknown][] } }).__tg.events);

type MainButtonState = {
  text?: string;
  is_visible?: boolean;
  is_active?: boolean;
  is_progress_visible?: boolean;
};

/** The MainButton as the user would see it now: the last setup the app sent. */
export async function mainButton(page: Page): Promise<MainButtonState> {
  const events = await telegramEvents(page);
  const setups = events.filter(([type]) => type === "web_app_setup_main_button");
  return (setups.at(-1)?.[1] ?? {}) as MainButtonState;
}

export async function expectMainButton(page: Page, expected: MainButtonState) {
  await expect.poll(() => mainButton(page)).toMatchObject({ ...expected });
}

/** Taps the MainButton the way Telegram reports it: a `main_button_pressed` event. */
export async function pressMainButton(page: Page, text: string) {
  await expectMainButton(page, { text, is_visible: true, is_active: true });
  await page.evaluate(() =>
    (
      window as unknown as { Telegram: { WebView: { receiveEvent(type: string): void } } }
    ).Telegram.WebView.receiveEvent("main_button_pressed"),
  );
}

export async function pressBackButton(page: Page) {
  await expect
    .poll(async () => {
      const setups = (await telegramEvents(page)).filter(
        ([type]) => type === "web_app_setup_back_button",
      );
      return (setups.at(-1)?.[1] as { is_visible?: boolean } | undefined)?.is_visible;
    })
    .toBe(true);
  await page.evaluate(() =>
    (
      window as unknown as { Telegram: { WebView: { receiveEvent(type: string): void } } }
    ).Telegram.WebView.receiveEvent("back_button_pressed"),
  );
}
