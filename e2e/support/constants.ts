/** The bot token the e2e server validates initData with; it only exists for these tests. */
export const E2E_BOT_TOKEN = "5550001234:E2E-token-for-helpline-journeys-only_x";
