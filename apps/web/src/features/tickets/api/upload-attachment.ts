import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from "@helpline/contracts/ticket-values";
import type { Message } from "@helpline/contracts/tickets";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../../lib/api-client";
import { launchState } from "../../../lib/telegram";

/** What the picker accepts; the server checks the bytes again. */
export const IMAGE_ACCEPT = ATTACHMENT_TYPES.join(",");

export function imageProblem(file: File): "type" | "size" | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size > ATTACHMENT_MAX_BYTES) return "size";
  return null;
}

/** Sends the image as the request body; `alt` becomes the message text that describes it. */
export async function uploadAttachment(
  ticketId: string,
  file: File,
  alt: string,
): Promise<Message> {
  const launch = launchState();
  const response = await fetch(
    `/api/tickets/${encodeURIComponent(ticketId)}/attachments?${new URLSearchParams({ alt })}`,
    {
      method: "POST",
      headers: {
        "content-type": file.type || "application/octet-stream",
        ...(launch.kind === "telegram" ? { authorization: `tma ${launch.initDataRaw}` } : {}),
      },
      body: file,
    },
  ).catch(() => {
    throw new ApiError(0, "network", "No connection");
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      response.status,
      (body?.error?.code as ApiError["code"] | undefined) ?? "internal",
      body?.error?.message ?? response.statusText,
    );
  }
  return (await response.json()) as Message;
}

export function useUploadAttachment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) =>
      uploadAttachment(ticketId, file, alt),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["ticket", ticketId] }),
  });
}
