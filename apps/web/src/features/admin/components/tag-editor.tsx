import type { TagsInput } from "@helpline/contracts/desk";
import type { UseMutationResult } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "../../../lib/i18n";
import { ActionError } from "./action-error";

/** Tags with a remove button each and a field to add one: a ticket's, or a customer's. */
export function TagEditor({
  title,
  addLabel,
  tags,
  mutation,
}: {
  title: string;
  addLabel: string;
  tags: readonly string[];
  mutation: UseMutationResult<unknown, Error, TagsInput>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tag, setTag] = useState("");
  return (
    <div className="tag-editor">
      <h4>{title}</h4>
      {tags.length === 0 ? (
        <p className="hint">{t("admin.workspace.noTags")}</p>
      ) : (
        <ul className="tags">
          {tags.map((value) => (
            <li key={value} className="tag">
              <span dir="auto">{value}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={mutation.isPending}
                onClick={() => mutation.mutate({ remove: [value] })}
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
          mutation.mutate({ add: [value] }, { onSuccess: () => setTag("") });
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {addLabel}
        </label>
        <input
          id={id}
          dir="auto"
          maxLength={32}
          placeholder={addLabel}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <button type="submit" className="button" disabled={!tag.trim() || mutation.isPending}>
          {t("admin.workspace.addTagButton")}
        </button>
      </form>
      <ActionError error={mutation.error} />
    </div>
  );
}
