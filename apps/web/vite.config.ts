import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  // The code is written against React's API; Preact's compat layer runs it in a quarter of the
  // bytes (docs/decisions/010-preact-runtime.md).
  plugins: [preact({ devToolsEnabled: false, prerender: { enabled: false } })],
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
