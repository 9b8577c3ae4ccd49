/** The bot token the e2e server validates initData with; it only exists for these tests. */
export const E2E_BOT_TOKEN = "5550001234:E2E-token-for-helpline-journeys-only_x";

/** A Telegram user the e2e server makes an admin through ADMIN_TELEGRAM_IDS. */
export const E2E_ADMIN = {
  id: 880_000_001,
  first_name: "Sam",
  last_name: "Supervisor",
  language_code: "en",
};
