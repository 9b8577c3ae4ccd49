import type { BannedWordsDetails } from "@helpline/contracts/desk";
import type { Locale } from "@helpline/contracts/locales";
import type { Macro, MacroActions } from "@helpline/contracts/macros";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { confirmAction, haptic } from "../../../lib/telegram";
import { useDeleteMacro, useMacros, useSaveMacro } from "../api/macros";
import { markPhrases } from "../lib/draft-checks";
import { ActionError } from "./action-error";
import { LocaleSelect } from "./locale-select";
import { ToolScreen } from "./tool-screen";

/** Supervisors write the reply templates, per language. */
export function MacrosScreen() {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [editing, setEditing] = useState<Macro | "new" | null>(null);
  const macros = useMacros(locale);
  const remove = useDeleteMacro();

  return (
    <ToolScreen
      title={t("admin.macros.title")}
      actions={
        <button type="button" className="button" onClick={() => setEditing("new")}>
          {t("admin.macros.new")}
        </button>
      }
    >
      <LocaleSelect value={locale} onChange={setLocale} label={t("admin.macros.language")} />
      {editing ? (
        <MacroForm
          key={editing === "new" ? "new" : editing.id}
          macro={editing === "new" ? null : editing}
          locale={locale}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {macros.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : macros.isError ? (
        <ErrorState onRetry={() => void macros.refetch()} />
      ) : macros.data.items.length === 0 ? (
        <p className="empty hint">{t("admin.macros.empty")}</p>
      ) : (
        <ul className="admin-list">
          {macros.data.items.map((macro) => (
            <li key={macro.id} className="card">
              <div className="screen-header">
                <h3 dir="auto">
                  {macro.name} <code>/{macro.shortcut}</code>
                </h3>
                <div className="row">
                  <button type="button" className="button" onClick={() => setEditing(macro)}>
                    {t("admin.macros.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    disabled={remove.isPending}
                    onClick={async () => {
                      const ok = await confirmAction(
                        t("admin.macros.deleteConfirm", { name: macro.name }),
                        t("admin.macros.delete"),
                        t("admin.actions.cancel"),
                      );
                      if (ok) remove.mutate(macro.id);
                    }}
                  >
                    {t("admin.macros.delete")}
                  </button>
                </div>
              </div>
              <p className="bubble-body macro-body" dir="auto" lang={macro.locale}>
                {macro.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={remove.error} />
    </ToolScreen>
  );
}

function MacroForm({
  macro,
  locale,
  onDone,
}: {
  macro: Macro | null;
  locale: Locale;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveMacro();
  const [name, setName] = useState(macro?.name ?? "");
  const [shortcut, setShortcut] = useState(macro?.shortcut ?? "");
  const [language, setLanguage] = useState<Locale>(macro?.locale ?? locale);
  const [body, setBody] = useState(macro?.body ?? "");
  const [status, setStatus] = useState<MacroActions["setStatus"] | "">(
    macro?.actions.setStatus ?? "",
  );
  const [tags, setTags] = useState((macro?.actions.addTags ?? []).join(", "));
  const [escalate, setEscalate] = useState<MacroActions["escalate"] | "">(
    macro?.actions.escalate ?? "",
  );
  const [reason, setReason] = useState("");
  const blocked =
    save.error instanceof ApiError && save.error.code === "banned_words"
      ? ((save.error.details as BannedWordsDetails | undefined)?.matches ?? [])
      : null;

  const submit = (override: boolean) => {
    const actions: MacroActions = {
      ...(status ? { setStatus: status } : {}),
      ...(escalate ? { escalate } : {}),
    };
    const addTags = tags
      .split(",")
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean);
    if (addTags.length) actions.addTags = addTags;
    save.mutate(
      {
        id: macro?.id ?? null,
        input: {
          name: name.trim(),
          shortcut: shortcut.trim(),
          locale: language,
          body: body.trim(),
          actions,
          ...(override ? { override: { reason: reason.trim() } } : {}),
        },
      },
      {
        onSuccess: () => {
          haptic.success();
          onDone();
        },
      },
    );
  };

  return (
    <form
      className="card form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("admin.macros.name")}</label>
        <input
          id={`${id}-name`}
          dir="auto"
          required
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-shortcut`}>{t("admin.macros.shortcut")}</label>
        <input
          id={`${id}-shortcut`}
          dir="ltr"
          required
          maxLength={32}
          pattern="[a-z0-9_\-]+"
          aria-describedby={`${id}-shortcut-hint`}
          value={shortcut}
          onChange={(event) => setShortcut(event.target.value.toLowerCase())}
        />
        <p className="hint" id={`${id}-shortcut-hint`}>
          {t("admin.macros.shortcutHint")}
        </p>
      </div>
      <LocaleSelect value={language} onChange={setLanguage} label={t("admin.macros.language")} />
      <div className="field">
        <label htmlFor={`${id}-body`}>{t("admin.macros.body")}</label>
        <textarea
          id={`${id}-body`}
          dir="auto"
          lang={language}
          rows={5}
          required
          value={body}
          aria-describedby={`${id}-body-hint`}
          onChange={(event) => setBody(event.target.value)}
        />
        <p className="hint" id={`${id}-body-hint`} dir="auto">
          {t("admin.macros.bodyHint")}
        </p>
      </div>
      <fieldset className="field">
        <legend>{t("admin.macros.actions")}</legend>
        <div className="row wrap">
          <div className="field">
            <label htmlFor={`${id}-status`}>{t("admin.macros.setStatus")}</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => setStatus(event.target.value as typeof status)}
            >
              <option value="">{t("admin.macros.none_action")}</option>
              {(["waiting_customer", "open", "resolved"] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`admin.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-tags`}>{t("admin.macros.addTag")}</label>
            <input
              id={`${id}-tags`}
              dir="auto"
              value={tags}
              onChange={(event) => setTags(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-escalate`}>{t("admin.macros.escalateTo")}</label>
            <select
              id={`${id}-escalate`}
              value={escalate}
              onChange={(event) => setEscalate(event.target.value as typeof escalate)}
            >
              <option value="">{t("admin.macros.none_action")}</option>
              <option value="l2">{t("admin.views.l2")}</option>
              <option value="vip">{t("admin.views.vip")}</option>
            </select>
          </div>
        </div>
      </fieldset>
      {blocked ? (
        <div className="notice notice-error" role="alert">
          <p>{t("admin.composer.blocked")}</p>
          <p className="blocked-draft" dir="auto">
            <span className="visually-hidden">{t("admin.composer.blockedPreview")}: </span>
            {markPhrases(
              body,
              blocked.map((match) => match.phrase),
            ).map((segment, index) =>
              segment.hit ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <mark key={index}>{segment.text}</mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <span key={index}>{segment.text}</span>
              ),
            )}
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("admin.composer.overrideReason")}</label>
            <input
              id={`${id}-reason`}
              dir="auto"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button
              type="button"
              className="button button-danger"
              disabled={reason.trim().length < 3 || save.isPending}
              onClick={() => submit(true)}
            >
              {t("admin.composer.override")}
            </button>
          </div>
        </div>
      ) : (
        <ActionError error={save.error} />
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t("admin.macros.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("admin.actions.cancel")}
        </button>
      </div>
    </form>
  );
}
