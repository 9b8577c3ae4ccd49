/** The new-request form's text, kept on the device so closing the app loses nothing. */
export interface TicketDraft {
  topicId: string;
  sectionId: string;
  subject: string;
  description: string;
  /** Reused until the ticket is created, so a retry never opens a second ticket. */
  idempotencyKey: string;
}

const KEY = "helpline.draft.new-ticket";

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

export function saveDraft(draft: TicketDraft) {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, only without a draft.
  }
}

export function clearDraft() {
  localStorage.removeItem(KEY);
}

export const isDirty = (draft: TicketDraft) =>
  draft.topicId !== "" || draft.subject.trim() !== "" || draft.description.trim() !== "";
