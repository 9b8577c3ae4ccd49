/**
 * How every browser in this repo is launched: Debian's Chromium (`apt-get install chromium`),
 * because this machine cannot download Playwright's own builds. CHROMIUM_PATH points elsewhere.
 * Used by playwright.config.ts and the first-render benchmark.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
