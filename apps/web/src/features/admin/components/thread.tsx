import type { DeskTicketDetail } from "@helpline/contracts/desk";
import { useEffect, useRef } from "react";
import { AttachmentImage } from "../../../components/attachment-image";
import { LinkedText } from "../../../components/linked-text";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";

/** The conversation as staff see it: customer, agents, bot, system and internal notes apart. */
export function Thread({ ticket }: { ticket: DeskTicketDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const end = useRef<HTMLLIElement>(null);
  const count = ticket.messages.length;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView({ block: "nearest" });
  }, [count]);
  return (
    <ol className="thread console-thread" aria-label={t("admin.workspace.thread")}>
      {ticket.messages.map((message, index) => {
        const kind = message.internal ? "note" : message.author;
        const author =
          message.author === "customer"
            ? ticket.customer.name
            : message.author === "bot"
              ? t("admin.workspace.bot")
              : message.author === "system"
                ? t("admin.workspace.system")
                : (message.authorName ?? t("ticket.support"));
        return (
          <li
            key={message.id}
            ref={index === count - 1 ? end : undefined}
            className={`bubble console-bubble console-bubble-${kind}`}
          >
            <span className="bubble-author">
              {author}
              {message.internal ? ` · ${t("admin.internal")}` : ""}
            </span>
            {message.attachments.map((attachment) => (
              <AttachmentImage key={attachment.id} attachment={attachment} alt={message.body} />
            ))}
            <p className="bubble-body" dir="auto">
              <LinkedText text={message.body} />
            </p>
            <span className="bubble-time">{formatWhen(message.createdAt, locale)}</span>
          </li>
        );
      })}
    </ol>
  );
}
