import type { KbFeedbackInput } from "@helpline/contracts/kb";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const sendKbFeedback = (slug: string, input: KbFeedbackInput) =>
  apiRequest<unknown>(`/api/kb/articles/${encodeURIComponent(slug)}/feedback`, {
    method: "POST",
    body: input,
  });

export const useSendKbFeedback = (slug: string) =>
  useMutation({ mutationFn: (input: KbFeedbackInput) => sendKbFeedback(slug, input) });
