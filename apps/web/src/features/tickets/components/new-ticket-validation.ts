import type { Locale } from "@helpline/contracts/locales";
import { createTicketSchema, LIMITS } from "@helpline/contracts/tickets";
import type { TFunction } from "i18next";
import { formatNumber } from "../../../lib/format";
import type { TicketDraft } from "./new-ticket-draft";

export type FieldErrors = Partial<
  Record<"topicId" | "sectionId" | "subject" | "description", string>
>;

/** The same zod schema the API uses, with messages in the reader's language. */
export function validateDraft(draft: TicketDraft, t: TFunction, locale: Locale): FieldErrors {
  const result = createTicketSchema.safeParse({
    topicId: draft.topicId || undefined,
    sectionId: draft.sectionId || undefined,
    subject: draft.subject,
    description: draft.description,
  });
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof FieldErrors;
    if (errors[field]) continue;
    if (field === "topicId") errors.topicId = t("form.errors.chooseTopic");
    else if (issue.code === "too_small") {
      const min = field === "subject" ? LIMITS.subjectMin : LIMITS.descriptionMin;
      const empty = (field === "subject" ? draft.subject : draft.description).trim() === "";
      errors[field] = empty
        ? t("form.errors.required")
        : t("form.errors.tooShort", { count: min, min: formatNumber(min, locale) });
    } else if (issue.code === "too_big") {
      const max = field === "subject" ? LIMITS.subjectMax : LIMITS.descriptionMax;
      errors[field] = t("form.errors.tooLong", { count: max, max: formatNumber(max, locale) });
    } else errors[field] = t("form.errors.invalid");
  }
  return errors;
}
