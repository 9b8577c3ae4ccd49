import type { DeskTicketDetail } from "@helpline/contracts/desk";
import { useId, useState } from "react";
import { useTranslation } from "../../../lib/i18n";
import { useTags } from "../api/desk";
import { ActionError } from "./action-error";

export function TagEditor({ ticket }: { ticket: DeskTicketDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags(ticket.id);
  const [tag, setTag] = useState("");
  return (
    <div className="tag-editor">
      <h4>{t("admin.workspace.tags")}</h4>
      {ticket.tags.length === 0 ? (
        <p className="hint">{t("admin.workspace.noTags")}</p>
      ) : (
        <ul className="tags">
          {ticket.tags.map((value) => (
            <li key={value} className="tag">
              <span dir="auto">{value}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={tags.isPending}
                onClick={() => tags.mutate({ remove: [value] })}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">
                  {t("admin.workspace.removeTag", { tag: value })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row tag-add"
        onSubmit={(event) => {
          event.preventDefault();
          const value = tag.trim().toLowerCase();
          if (!value) return;
          tags.mutate({ add: [value] }, { onSuccess: () => setTag("") });
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {t("admin.workspace.addTag")}
        </label>
        <input
          id={id}
          dir="auto"
          maxLength={32}
          placeholder={t("admin.workspace.addTag")}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <button type="submit" className="button" disabled={!tag.trim() || tags.isPending}>
          {t("admin.workspace.addTagButton")}
        </button>
      </form>
      <ActionError error={tags.error} />
    </div>
  );
}
