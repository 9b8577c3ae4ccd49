export {
  FAKE_BOT_TOKEN,
  type FakeBotApi,
  type FakeBotApiOptions,
  type FakeFailure,
  type RecordedCall,
  startFakeBotApi,
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
