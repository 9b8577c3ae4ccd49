import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { Providers } from "./app/providers";
import { startI18n } from "./lib/i18n";
import { startTelegram } from "./lib/telegram";
import "./styles.css";

// Telegram first: ready() goes out before React renders, and the language is known up front.
const launch = startTelegram();
startI18n(launch.kind === "telegram" ? launch.languageCode : null);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}
