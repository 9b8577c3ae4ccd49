import type { StaffMember } from "@helpline/contracts/staff";
import { QUEUE_IDS, type QueueId } from "@helpline/contracts/ticket-values";
import { STAFF_ROLES, type StaffRole } from "@helpline/contracts/users";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import { useCancelInvite, useInvite, useStaff, useUpdateStaff } from "../api/staff";
import { ActionError } from "./action-error";
import { Dialog } from "./dialog";
import { ToolScreen } from "./tool-screen";

function Checkboxes<T extends string>({
  legend,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  label: (option: T) => string;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option} className="chip">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, option]
                    : value.filter((item) => item !== option),
                )
              }
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Admins invite staff by Telegram id or @username, set roles and queues, and deactivate. */
export function StaffScreen() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const staff = useStaff();
  const cancel = useCancelInvite();
  const update = useUpdateStaff();
  const [editing, setEditing] = useState<StaffMember | null>(null);

  return (
    <ToolScreen title={t("admin.staff.title")}>
      <InviteForm />
      {staff.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : staff.isError ? (
        <ErrorState onRetry={() => void staff.refetch()} />
      ) : (
        <>
          {staff.data.invites.length > 0 ? (
            <section>
              <h3>{t("admin.staff.invites")}</h3>
              <ul className="admin-list">
                {staff.data.invites.map((invite) => (
                  <li key={invite.id} className="card row-between">
                    <div>
                      <strong>
                        {invite.username ? `@${invite.username}` : invite.telegramUserId}
                      </strong>
                      <p className="hint">
                        {invite.roles.map((role) => t(`admin.roleNames.${role}`)).join(", ")} ·{" "}
                        {t("admin.staff.invitedAt", { time: formatWhen(invite.createdAt, locale) })}
                      </p>
                    </div>
                    <button
                      type="button"
                      className="button button-danger"
                      disabled={cancel.isPending}
                      onClick={() => cancel.mutate(invite.id)}
                    >
                      {t("admin.staff.revoke")}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h3>{t("admin.staff.members")}</h3>
            {staff.data.members.length === 0 ? (
              <p className="empty hint">{t("admin.staff.empty")}</p>
            ) : (
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.staff.name")}</th>
                    <th scope="col">{t("admin.staff.roles")}</th>
                    <th scope="col">{t("admin.staff.queues")}</th>
                    <th scope="col">{t("admin.workspace.status")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("admin.actions.label")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {staff.data.members.map((member) => {
                    const name =
                      member.name ??
                      (member.username ? `@${member.username}` : String(member.userId));
                    return (
                      <tr key={member.userId}>
                        <td dir="auto">
                          {name}
                          <span className="hint"> · {member.userId}</span>
                        </td>
                        <td>
                          {member.roles.map((role) => t(`admin.roleNames.${role}`)).join(", ")}
                        </td>
                        <td>
                          {member.queues.map((queue) => t(`admin.queues.${queue}`)).join(", ")}
                        </td>
                        <td>
                          {member.active ? t("admin.staff.active") : t("admin.staff.inactive")}
                        </td>
                        <td className="row">
                          <button
                            type="button"
                            className="button"
                            onClick={() => setEditing(member)}
                          >
                            {t("admin.staff.edit", { name })}
                          </button>
                          <button
                            type="button"
                            className={`button${member.active ? " button-danger" : ""}`}
                            disabled={update.isPending}
                            onClick={() =>
                              update.mutate({
                                userId: member.userId,
                                input: { active: !member.active },
                              })
                            }
                          >
                            {member.active
                              ? t("admin.staff.deactivate")
                              : t("admin.staff.reactivate")}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      <ActionError error={cancel.error ?? update.error} />
      <EditMember member={editing} onClose={() => setEditing(null)} />
    </ToolScreen>
  );
}

function InviteForm() {
  const { t } = useTranslation();
  const id = useId();
  const invite = useInvite();
  const [who, setWho] = useState("");
  const [roles, setRoles] = useState<StaffRole[]>(["agent_l1"]);
  const [queues, setQueues] = useState<QueueId[]>([]);
  return (
    <form
      className="card form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = who.trim();
        const target = /^\d+$/.test(value)
          ? { telegramUserId: Number(value) }
          : { username: value };
        invite.mutate(
          { ...target, roles, ...(queues.length ? { queues } : {}) },
          {
            onSuccess: () => {
              haptic.success();
              setWho("");
            },
          },
        );
      }}
    >
      <h3>{t("admin.staff.invite")}</h3>
      <div className="field">
        <label htmlFor={id}>{t("admin.staff.inviteWho")}</label>
        <input
          id={id}
          dir="ltr"
          required
          autoComplete="off"
          value={who}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setWho(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t("admin.staff.inviteHint")}
        </p>
      </div>
      <Checkboxes
        legend={t("admin.staff.roles")}
        options={STAFF_ROLES}
        value={roles}
        onChange={setRoles}
        label={(role) => t(`admin.roleNames.${role}`)}
      />
      <Checkboxes
        legend={t("admin.staff.queues")}
        options={QUEUE_IDS}
        value={queues}
        onChange={setQueues}
        label={(queue) => t(`admin.queues.${queue}`)}
      />
      <ActionError error={invite.error} />
      <div className="row">
        <button
          type="submit"
          className="button button-primary"
          disabled={!who.trim() || roles.length === 0 || invite.isPending}
        >
          {t("admin.staff.invite")}
        </button>
      </div>
    </form>
  );
}

function EditMember({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateStaff();
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [queues, setQueues] = useState<QueueId[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  if (member && shown !== member.userId) {
    setShown(member.userId);
    setRoles(member.roles);
    setQueues(member.queues);
  }
  const name = member?.name ?? member?.username ?? String(member?.userId ?? "");
  return (
    <Dialog
      open={member !== null}
      title={t("admin.staff.edit", { name })}
      onClose={() => {
        setShown(null);
        onClose();
      }}
    >
      {member ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              { userId: member.userId, input: { roles, queues } },
              {
                onSuccess: () => {
                  setShown(null);
                  onClose();
                },
              },
            );
          }}
        >
          <Checkboxes
            legend={t("admin.staff.roles")}
            options={STAFF_ROLES}
            value={roles}
            onChange={setRoles}
            label={(role) => t(`admin.roleNames.${role}`)}
          />
          <Checkboxes
            legend={t("admin.staff.queues")}
            options={QUEUE_IDS}
            value={queues}
            onChange={setQueues}
            label={(queue) => t(`admin.queues.${queue}`)}
          />
          <ActionError error={update.error} />
          <div className="row">
            <button
              type="submit"
              className="button button-primary"
              disabled={roles.length === 0 || update.isPending}
            >
              {t("admin.staff.save")}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
