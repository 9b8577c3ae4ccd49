import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { Providers } from "./app/providers";
import { startI18n } from "./lib/i18n";
import { startTelegram } from "./lib/telegram";
import "./styles.css";

// Telegram first: ready() goes out before React renders, and the language is known up front.
const launch = startTelegram();
const root = document.getElementById("root");
// The customer's language (one small chunk unless it is English) before the first paint, so
// nothing flashes in the wrong language or direction.
void startI18n(launch.kind === "telegram" ? launch.languageCode : null).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
});
