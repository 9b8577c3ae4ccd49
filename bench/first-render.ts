/// <reference lib="dom" />
// "My requests" with data on a slow phone: 4× CPU throttling and Fast 3G, measured from
// navigation start to the first ticket row painted, in a fresh browser profile each time (a
// first visit), then again in the same profile, its HTTP cache holding the app's files (a return).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "@playwright/test";
import { signInitData } from "../apps/api/src/lib/init-data";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { startApiServer } from "./server";

const TOKEN = "7000000001:bench-first-render-token-not-real-xx";
const CUSTOMER = { id: 990_000_123, first_name: "Bench", language_code: "en" };
// Chrome DevTools' "Fast 3G" preset (as Puppeteer and Lighthouse define it).
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const RUNS = 3;

export interface Runs {
  runsMs: number[];
  medianMs: number;
}

export interface FirstRender {
  /** A fresh profile: nothing cached. */
  cold: Runs;
  /** The same profile opening the app again, as a customer does. */
  warm: Runs;
}

function summary(runsMs: number[]): Runs {
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

/** Starts the API on a fresh embedded database, opens "My requests" RUNS times, returns the times. */
export async function measureFirstRender(port = 3390): Promise<FirstRender> {
  const dataDir = mkdtempSync(join(tmpdir(), "helpline-render-"));
  const server = await startApiServer({
    port,
    dataDir,
    botToken: TOKEN,
    telegramApiRoot: "http://127.0.0.1:9",
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const initData = signInitData(CUSTOMER, TOKEN);
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${server.url}/api/tickets`, {
        method: "POST",
        headers: { authorization: `tma ${initData}`, "content-type": "application/json" },
        body: JSON.stringify({
          topicId: "orders",
          subject: `Parcel ${i} has not arrived`,
          description: "Tracking has not moved for a week now.",
        }),
      });
      if (res.status !== 201) throw new Error(`seeding a ticket answered ${res.status}`);
    }
    const launch = new URLSearchParams({
      tgWebAppData: initData,
      tgWebAppVersion: "8.0",
      tgWebAppPlatform: "android",
      tgWebAppThemeParams: JSON.stringify({ bg_color: "#ffffff", text_color: "#000000" }),
    });
    const open = async (context: BrowserContext) => {
      const page = await context.newPage();
      // A phone's Telegram client: the bridge exists; nothing answers, like a slow client.
      await page.addInitScript(() => {
        const scope = globalThis as unknown as {
          TelegramWebviewProxy: { postEvent(): void };
          __firstRowPaintedAt?: number;
        };
        scope.TelegramWebviewProxy = { postEvent() {} };
        // The moment the first row has been painted: the frame after it entered the page, read
        // in a task after that frame. Measured in the page, so Playwright's polling adds nothing.
        new MutationObserver((_, observer) => {
          if (!document.querySelector(".ticket-row")) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              scope.__firstRowPaintedAt = performance.now();
            }, 0),
          );
        }).observe(document, { childList: true, subtree: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", FAST_3G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(`${server.url}/#${launch}`, { waitUntil: "commit" });
      const painted = await page.waitForFunction(
        () => (globalThis as { __firstRowPaintedAt?: number }).__firstRowPaintedAt,
        undefined,
        { timeout: 30_000 },
      );
      return { page, ms: Math.round(Number(await painted.jsonValue())) };
    };

    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const first = await open(context);
      cold.push(first.ms);
      await first.page.close();
      warm.push((await open(context)).ms);
      await context.close();
    }
    return { cold: summary(cold), warm: summary(warm) };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
