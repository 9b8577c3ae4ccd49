// "My requests" with data on a slow phone: 4× CPU throttling and Fast 3G, measured from
// navigation start to the first ticket row on screen, in a fresh browser profile each time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { signInitData } from "../apps/api/src/lib/init-data";
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

export interface FirstRender {
  runsMs: number[];
  medianMs: number;
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
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
    const runsMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      // A phone's Telegram client: the bridge exists; nothing answers, like a slow client.
      await page.addInitScript(() => {
        (
          globalThis as unknown as { TelegramWebviewProxy: { postEvent(): void } }
        ).TelegramWebviewProxy = {
          postEvent() {},
        };
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", FAST_3G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(`${server.url}/#${launch}`, { waitUntil: "commit" });
      await page.locator(".ticket-row").first().waitFor({ timeout: 30_000 });
      runsMs.push(await page.evaluate(() => Math.round(performance.now())));
      await context.close();
    }
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
