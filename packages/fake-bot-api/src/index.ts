export {
  FAKE_BOT_TOKEN,
  type FakeBotApi,
  type FakeBotApiOptions,
  type FakeCounters,
  type FakeFailure,
  type FakeLimits,
  type RecordedCall,
  startFakeBotApi,
  TELEGRAM_LIMITS,
} from "./fake-bot-api";
export type { UploadedFile } from "./parse-body";
export {
  asReplyTo,
  buildCallbackUpdate,
  buildDocumentUpdate,
  buildPhotoUpdate,
  buildTextUpdate,
  type FakeUpdate,
  type FakeUser,
} from "./updates";
