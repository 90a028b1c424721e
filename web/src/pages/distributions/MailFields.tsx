import { useId } from 'react';
import type { EmailTemplate, TemplateKind } from '../../api/emailTemplates.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { delayUnits } from './distributionForm.js';
import type { DelayUnit, DistributionForm } from './distributionForm.js';

const unitLabels: Record<DelayUnit, MessageKey> = { minutes: 'distributions.trigger.minutes', hours: 'distributions.trigger.hours', days: 'distributions.trigger.days' };

interface FieldsProps {
  form: DistributionForm;
  onChange: (changes: Partial<DistributionForm>) => void;
  errorFor: (path: string) => string | undefined;
}

/** A trigger: the event that sends the survey, and how long after it the mail goes. */
export function TriggerFields({ form, onChange, errorFor }: FieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="distribution-section">
      <legend>{t('distributions.trigger')}</legend>
      <TextField label={t('distributions.trigger.event')} hint={t('distributions.trigger.eventHint')} value={form.event} onValueChange={(event) => onChange({ event })} error={errorFor('trigger.event')} placeholder="order.delivered" autoComplete="off" />
      <div className="distribution-delay">
        <TextField label={t('distributions.trigger.delay')} type="number" min={0} value={form.delay} onValueChange={(delay) => onChange({ delay })} error={errorFor('trigger.delayMinutes')} />
        <SelectField
          label={t('distributions.trigger.unit')}
          value={form.delayUnit}
          options={delayUnits.map((unit) => ({ value: unit, label: t(unitLabels[unit]) }))}
          onValueChange={(unit) => onChange({ delayUnit: unit as DelayUnit })}
        />
      </div>
    </fieldset>
  );
}

/** The mail: its templates, the embedded first question, reminders, how long the link works and whom it is from. */
export function MailFields({ form, onChange, errorFor, templates }: FieldsProps & { templates: EmailTemplate[] }) {
  const { t } = useI18n();
  const embedHintId = useId();
  const optionsOf = (kind: TemplateKind) => [
    { value: '', label: t(kind === 'invitation' ? 'distributions.template.builtInInvitation' : 'distributions.template.builtInReminder') },
    ...templates.filter((template) => template.kind === kind && !template.isBuiltIn).map((template) => ({ value: template.id, label: template.name })),
  ];
  return (
    <fieldset className="distribution-section">
      <legend>{t('distributions.mail')}</legend>
      <div className="distribution-grid">
        <SelectField label={t('distributions.template.invitation')} value={form.invitationTemplateId} options={optionsOf('invitation')} onValueChange={(invitationTemplateId) => onChange({ invitationTemplateId })} error={errorFor('invitationTemplateId')} />
        <SelectField label={t('distributions.template.reminder')} value={form.reminderTemplateId} options={optionsOf('reminder')} onValueChange={(reminderTemplateId) => onChange({ reminderTemplateId })} error={errorFor('reminderTemplateId')} />
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={form.embedFirstQuestion} onChange={(event) => onChange({ embedFirstQuestion: event.target.checked })} aria-describedby={embedHintId} />
          {t('distributions.embed')}
        </label>
        <p id={embedHintId} className="field-hint">{t('distributions.embedHint')}</p>
        {errorFor('embedFirstQuestion') && <p className="field-error">{errorFor('embedFirstQuestion')}</p>}
      </div>
      <div className="distribution-grid">
        <TextField label={t('distributions.reminders.afterDays')} type="number" min={1} max={60} value={form.afterDays} onValueChange={(afterDays) => onChange({ afterDays })} error={errorFor('reminders.afterDays')} />
        <TextField label={t('distributions.reminders.max')} hint={t('distributions.reminders.maxHint')} type="number" min={0} max={5} value={form.maxReminders} onValueChange={(maxReminders) => onChange({ maxReminders })} error={errorFor('reminders.maxReminders')} />
        <TextField label={t('distributions.linkValidDays')} type="number" min={1} max={365} value={form.linkValidDays} onValueChange={(linkValidDays) => onChange({ linkValidDays })} error={errorFor('linkValidDays')} />
        <TextField label={t('distributions.senderName')} hint={t('distributions.senderNameHint')} value={form.senderName} onValueChange={(senderName) => onChange({ senderName })} error={errorFor('senderName')} maxLength={100} autoComplete="off" />
      </div>
    </fieldset>
  );
}
