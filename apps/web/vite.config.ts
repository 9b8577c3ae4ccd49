import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { inlineFirstScreen } from "./build/inline-first-screen";

export default defineConfig({
  // The code is written against React's API; Preact's compat layer runs it in a quarter of the
  // bytes (docs/decisions/010-preact-runtime.md).
  plugins: [
    preact({ devToolsEnabled: false, prerender: { enabled: false } }),
    // A first visit gets the first screen's code inside index.html (one round trip, not two).
    inlineFirstScreen(),
  ],
  resolve: {
    alias: {
      // wouter's shim is for React < 18; Preact has useSyncExternalStore. Without the CommonJS
      // shim the bundler no longer wraps Preact in lazy initialisers, so the chunks export plain
      // values (what build/inline-first-screen.ts needs), and 2 KiB less ships.
      "use-sync-external-store/shim/index.js": "preact/compat",
    },
  },
  build: {
    target: "es2022",
    // Telegram's webviews are modern; the polyfill only costs bytes.
    modulePreload: { polyfill: false },
    sourcemap: false,
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:3000" },
  },
});
