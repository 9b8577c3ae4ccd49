/**
 * The fake Bot API for `bench:bot`, in a process of its own: Telegram does not share our event
 * loop, so a busy database must not slow its clock or bunch its arrivals.
 */
import { startFakeBotApi } from "../packages/fake-bot-api/src/index";

const fake = await startFakeBotApi({ limits: true });
process.send?.({ type: "ready", apiRoot: fake.apiRoot, token: fake.token });
process.on("message", async (message: { type: string }) => {
  if (message.type === "counters") {
    process.send?.({ type: "counters", counters: { ...fake.counters } });
  } else if (message.type === "report") {
    const accepted = fake
      .callsOf("sendMessage")
      .filter((call) => call.status === 200)
      .map((call) => ({
        chat: Number(call.payload.chat_id),
        text: String(call.payload.text),
        at: call.at,
      }));
    process.send?.({ type: "report", counters: { ...fake.counters }, accepted });
    // The parent ends this process once it has the report: exiting here could cut the message.
    await fake.close();
  }
});
