import { defineConfig } from "vitest/config";

const project = (name: string, root: string, extra: Record<string, unknown> = {}) => ({
  test: { name, root, include: ["src/**/*.test.ts"], ...extra },
});

export default defineConfig({
  test: {
    projects: [
      project("contracts", "packages/contracts"),
      project("db", "packages/db", { testTimeout: 30_000, hookTimeout: 60_000 }),
      project("fake-bot-api", "packages/fake-bot-api"),
      project("bot", "apps/bot", { testTimeout: 15_000 }),
      project("api", "apps/api", { testTimeout: 30_000, hookTimeout: 60_000 }),
      // build/: the Vite plugin that inlines the first screen into index.html.
      project("web", "apps/web", { include: ["src/**/*.test.ts", "build/**/*.test.ts"] }),
    ],
  },
});
