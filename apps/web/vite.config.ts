import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
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
