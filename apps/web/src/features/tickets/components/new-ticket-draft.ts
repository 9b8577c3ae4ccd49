import { cloudStore } from "../../../lib/telegram";

/**
 * The new-request form's text, kept so closing the app loses nothing: in local storage at once,
 * and in Telegram's CloudStorage (so another device has it too) shortly after typing stops.
 */
export interface TicketDraft {
  topicId: string;
  sectionId: string;
  subject: string;
  description: string;
  /** Reused until the ticket is created, so a retry never opens a second ticket. */
  idempotencyKey: string;
}

const KEY = "helpline.draft.new-ticket";
// CloudStorage keys allow only A-Z, a-z, 0-9, _ and -.
const CLOUD_KEY = "draft_new_ticket";

export const emptyDraft = (): TicketDraft => ({
  topicId: "",
  sectionId: "",
  subject: "",
  description: "",
  idempotencyKey: crypto.randomUUID(),
});

export function loadDraft(): TicketDraft {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<TicketDraft> | null;
    if (saved && typeof saved === "object") return { ...emptyDraft(), ...saved };
  } catch {
    // A broken draft is not worth an error screen; start clean.
  }
  return emptyDraft();
}

let cloudTimer: ReturnType<typeof setTimeout> | undefined;

export function saveDraft(draft: TicketDraft) {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, only without a draft.
  }
  const cloud = cloudStore();
  if (!cloud) return;
  clearTimeout(cloudTimer);
  // CloudStorage is a round trip through Telegram: write when typing pauses, not per key.
  cloudTimer = setTimeout(() => {
    cloud.set(CLOUD_KEY, JSON.stringify(draft)).catch(() => {});
  }, 1000);
}

export function clearDraft() {
  localStorage.removeItem(KEY);
  clearTimeout(cloudTimer);
  cloudStore()
    ?.remove(CLOUD_KEY)
    .catch(() => {});
}

/** A draft saved on another device, when this one has none. */
export async function loadCloudDraft(): Promise<TicketDraft | null> {
  const cloud = cloudStore();
  if (!cloud) return null;
  try {
    const saved = JSON.parse((await cloud.get(CLOUD_KEY)) || "null") as Partial<TicketDraft> | null;
    return saved && typeof saved === "object" ? { ...emptyDraft(), ...saved } : null;
  } catch {
    return null;
  }
}

export const isDirty = (draft: TicketDraft) =>
  draft.topicId !== "" || draft.subject.trim() !== "" || draft.description.trim() !== "";
