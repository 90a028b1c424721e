import type { MemberInvitation } from '../../api/types.js';
import { inviteMember } from '../../api/workspaces.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkEmail, checkRequired, onlyProblems } from '../../forms/validate.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useRoleLabel } from '../../hooks/useLabels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { localeNames, locales } from '../../i18n/locale.js';
import type { Locale } from '../../api/types.js';

interface InviteMemberFormProps {
  workspaceId: string;
  roles: readonly string[];
  /** The workspace's language: the mail's, unless the inviter picks another. */
  defaultLocale: Locale;
  onInvited: (invitation: MemberInvitation) => void;
}

/** Invites a person by email: Kuulo mails them a link to choose their own password and join. */
export function InviteMemberForm({ workspaceId, roles, defaultLocale, onInvited }: InviteMemberFormProps) {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const empty = { email: '', name: '', role: roles.includes('viewer') ? 'viewer' : (roles[roles.length - 1] ?? ''), locale: defaultLocale };
  const { form, change, errorFor, submit, serverError, isBusy, formRef } = useCheckedForm({
    initial: empty,
    check: (f) => onlyProblems({ email: checkEmail(f.email), role: checkRequired(f.role) }),
    save: async (f) => {
      const name = f.name.trim();
      onInvited(await inviteMember(workspaceId, { email: f.email.trim(), role: f.role, locale: f.locale, ...(name ? { name } : {}) }));
      return empty;
    },
  });

  return (
    <section className="card" aria-labelledby="invite-member-title">
      <h2 id="invite-member-title">{t('members.invite.title')}</h2>
      <p className="muted">{t('members.invite.intro')}</p>
      <FormErrorAlert error={serverError} fields={['email', 'name', 'role', 'locale']} />
      <form className="form form-grid" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('members.email')} type="email" autoComplete="off" value={form.email} onValueChange={(email) => change({ email })} error={errorFor('email')} required />
        <TextField label={t('members.invite.name')} autoComplete="off" value={form.name} onValueChange={(name) => change({ name })} error={errorFor('name')} />
        <SelectField label={t('members.role')} value={form.role} options={roles.map((r) => ({ value: r, label: roleLabel(r) }))} onValueChange={(role) => change({ role })} error={errorFor('role')} />
        <SelectField
          label={t('members.invite.language')}
          value={form.locale}
          options={locales.map((value) => ({ value, label: localeNames[value] }))}
          onValueChange={(locale) => change({ locale: locale as Locale })}
          error={errorFor('locale')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {t('members.invite.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
