import { LIMITS } from "@helpline/contracts/ticket-values";
import type { Ticket } from "@helpline/contracts/tickets";
import { Suspense, useEffect, useId, useMemo, useState } from "react";
import { useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { MainAction } from "../../../components/main-action";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic, useBackButton, useClosingConfirmation } from "../../../lib/telegram";
import { DeflectionSolved } from "../../kb/components/deflection-solved";
import { KbSuggestions } from "../../kb/components/kb-suggestions";
import { useTopics } from "../../topics/api/get-topics";
import { useCreateTicket } from "../api/create-ticket";
import { IMAGE_ACCEPT, imageProblem, uploadAttachment } from "../api/upload-attachment";
import {
  clearDraft,
  isDirty,
  loadCloudDraft,
  loadDraft,
  saveDraft,
  type TicketDraft,
} from "./new-ticket-draft";
import { type FieldErrors, validateDraft } from "./new-ticket-validation";
import { TicketCreated } from "./ticket-created";

export function NewTicketScreen({ initialTopic }: { initialTopic?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const locale = currentLocale();
  const retryLater = (seconds: number) =>
    t("errors.rateLimited", { count: seconds, seconds: formatNumber(seconds, locale) });
  const topics = useTopics(locale);
  const create = useCreateTicket();
  const [draft, setDraft] = useState<TicketDraft>(() => {
    const saved = loadDraft();
    return initialTopic && !saved.topicId ? { ...saved, topicId: initialTopic } : saved;
  });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<Ticket | null>(null);
  // "This solved it" on a suggested article: the customer leaves without a ticket.
  const [solved, setSolved] = useState(false);
  // The image stays in memory only: a file cannot be kept in a draft, and is sent after the ticket.
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const [screenshotError, setScreenshotError] = useState<string | null>(null);
  const [screenshotFailed, setScreenshotFailed] = useState(false);
  const ids = {
    subject: useId(),
    description: useId(),
    topic: useId(),
    section: useId(),
    file: useId(),
  };

  useEffect(() => {
    if (!created && !solved) saveDraft(draft);
  }, [draft, created, solved]);
  useEffect(() => {
    let cancelled = false;
    void loadCloudDraft().then((cloud) => {
      if (cancelled || !cloud || !isDirty(cloud)) return;
      setDraft((current) => (isDirty(current) ? current : cloud));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  useClosingConfirmation(!created && !solved && isDirty(draft));
  useBackButton(() => navigate("/"));

  // A deep link may name a topic that no longer exists: drop it rather than keep a ghost choice.
  useEffect(() => {
    const known = topics.data?.topics.some((item) => item.id === draft.topicId);
    if (topics.data && draft.topicId && !known)
      setDraft((current) => ({ ...current, topicId: "", sectionId: "" }));
  }, [topics.data, draft.topicId]);

  const errors = useMemo(() => validateDraft(draft, t, locale), [draft, t, locale]);
  const valid = Object.keys(errors).length === 0;
  const topic = topics.data?.topics.find((item) => item.id === draft.topicId);
  // The topic has no blur of its own: its hint shows once the customer has moved on to the text.
  const touchedField = (field: keyof FieldErrors) =>
    touched[field] || (field === "topicId" && (touched.subject || touched.description));
  const shown = (field: keyof FieldErrors) =>
    serverErrors[field] ?? (submitted || touchedField(field) ? errors[field] : undefined);

  const update = (changes: Partial<TicketDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setServerErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes)) delete next[key as keyof FieldErrors];
      return next;
    });
  };

  const submit = () => {
    setSubmitted(true);
    if (!valid || create.isPending) {
      haptic.error();
      return;
    }
    create.mutate(
      {
        input: {
          topicId: draft.topicId,
          sectionId: draft.sectionId || undefined,
          subject: draft.subject.trim(),
          description: draft.description.trim(),
        },
        idempotencyKey: draft.idempotencyKey,
      },
      {
        onSuccess: async (ticket) => {
          haptic.success();
          clearDraft();
          if (screenshot) {
            await uploadAttachment(ticket.id, screenshot, t("ticket.screenshot")).catch(() =>
              setScreenshotFailed(true),
            );
          }
          setCreated(ticket);
        },
        onError: (error) => {
          haptic.error();
          if (error instanceof ApiError && error.code === "validation_failed") {
            // The server's words are English; show ours, in the customer's language.
            const fields: FieldErrors = {};
            for (const field of Object.keys(error.fields)) {
              fields[field as keyof FieldErrors] =
                field === "topicId" ? t("form.errors.chooseTopic") : t("form.errors.invalid");
            }
            setServerErrors(fields);
          }
        },
      },
    );
  };

  if (created) return <TicketCreated ticket={created} screenshotFailed={screenshotFailed} />;
  if (solved) {
    return (
      <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
        <DeflectionSolved />
      </Suspense>
    );
  }

  const submitError =
    create.error instanceof ApiError && create.error.code !== "validation_failed"
      ? create.error.code === "rate_limited"
        ? retryLater(
            (create.error.details as { retryAfterSeconds?: number } | undefined)
              ?.retryAfterSeconds ?? 60,
          )
        : create.error.code === "network"
          ? t("errors.network")
          : t("errors.generic")
      : null;

  return (
    <Screen title={t("form.title")}>
      {topics.isPending ? (
        <SkeletonList label={t("app.loading")} rows={4} />
      ) : topics.isError ? (
        <ErrorState onRetry={() => void topics.refetch()} />
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <fieldset
            className="field"
            aria-describedby={shown("topicId") ? `${ids.topic}-error` : undefined}
          >
            <legend>{t("form.topic")}</legend>
            <div className="choices">
              {topics.data.topics.map((item) => (
                <label key={item.id} className="choice">
                  <input
                    type="radio"
                    name="topic"
                    value={item.id}
                    checked={draft.topicId === item.id}
                    onChange={() => {
                      haptic.select();
                      update({ topicId: item.id, sectionId: "" });
                    }}
                  />
                  <span className="choice-body">
                    <span className="choice-title">{item.name}</span>
                    <span className="choice-hint">{item.description}</span>
                  </span>
                </label>
              ))}
            </div>
            {shown("topicId") ? (
              <p className="field-error" id={`${ids.topic}-error`} role="alert">
                {shown("topicId")}
              </p>
            ) : null}
          </fieldset>

          {topic && topic.sections.length > 0 ? (
            <fieldset className="field">
              <legend>{t("form.section")}</legend>
              <div className="chips">
                {topic.sections.map((section) => (
                  <label key={section.id} className="chip">
                    <input
                      type="radio"
                      name="section"
                      value={section.id}
                      checked={draft.sectionId === section.id}
                      onChange={() => {
                        haptic.select();
                        update({ sectionId: section.id });
                      }}
                    />
                    <span>{section.name}</span>
                  </label>
                ))}
              </div>
              {shown("sectionId") ? (
                <p className="field-error" role="alert">
                  {shown("sectionId")}
                </p>
              ) : null}
            </fieldset>
          ) : null}

          <div className="field">
            <label htmlFor={ids.subject}>{t("form.subject")}</label>
            <input
              id={ids.subject}
              name="subject"
              dir="auto"
              value={draft.subject}
              maxLength={LIMITS.subjectMax + 20}
              aria-invalid={Boolean(shown("subject"))}
              aria-describedby={`${ids.subject}-hint`}
              onChange={(event) => update({ subject: event.target.value })}
              // Enter in the one-line subject moves on to the description; it never sends.
              onKeyDown={(event) => {
                if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
                event.preventDefault();
                document.getElementById(ids.description)?.focus();
              }}
              onBlur={() => setTouched((current) => ({ ...current, subject: true }))}
            />
            <p className={shown("subject") ? "field-error" : "hint"} id={`${ids.subject}-hint`}>
              {shown("subject") ?? t("form.subjectHint")}
            </p>
          </div>

          <div className="field">
            <label htmlFor={ids.description}>{t("form.description")}</label>
            <textarea
              id={ids.description}
              name="description"
              dir="auto"
              rows={6}
              value={draft.description}
              aria-invalid={Boolean(shown("description"))}
              aria-describedby={`${ids.description}-hint`}
              onChange={(event) => update({ description: event.target.value })}
              onBlur={() => setTouched((current) => ({ ...current, description: true }))}
            />
            <p
              className={shown("description") ? "field-error" : "hint"}
              id={`${ids.description}-hint`}
            >
              {shown("description") ?? t("form.descriptionHint")}
            </p>
          </div>

          <Suspense fallback={null}>
            <KbSuggestions
              subject={draft.subject}
              description={draft.description}
              sessionId={draft.idempotencyKey}
              onSolved={() => {
                clearDraft();
                setSolved(true);
              }}
            />
          </Suspense>

          <div className="field">
            <label htmlFor={ids.file}>{t("form.screenshot")}</label>
            <input
              id={ids.file}
              type="file"
              accept={IMAGE_ACCEPT}
              aria-describedby={`${ids.file}-hint`}
              onChange={(event) => {
                const file = event.target.files?.[0] ?? null;
                const problem = file ? imageProblem(file) : null;
                setScreenshotError(
                  problem === "type"
                    ? t("ticket.attachType")
                    : problem === "size"
                      ? t("ticket.attachSize")
                      : null,
                );
                setScreenshot(problem ? null : file);
              }}
            />
            <p className={screenshotError ? "field-error" : "hint"} id={`${ids.file}-hint`}>
              {screenshotError ?? t("form.screenshotHint")}
            </p>
          </div>

          {submitError ? (
            <p className="notice notice-error" role="alert">
              {submitError}
            </p>
          ) : null}
        </form>
      )}
      <MainAction
        text={create.isPending ? t("form.sending") : t("form.submit")}
        enabled={valid}
        loading={create.isPending}
        onClick={submit}
      />
    </Screen>
  );
}
