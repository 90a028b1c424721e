import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { getReplyDraft, sendCaseReply } from '../../api/cases.js';
import { LoadError } from '../../components/LoadError.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { templateLanguages } from './caseForms.js';
import type { CaseFormProps } from './CaseWork.js';
import { useCaseLabels } from './useCaseLabels.js';

const fieldNames = ['subject', 'body', 'language'] as const;

/**
 * A mail to the customer, started from a reply template filled for this case in the customer's
 * language; the subject and message stay editable. Choosing another template or language fills them anew.
 */
export function ReplyForm({ workspaceId, item, lookups, onChange }: CaseFormProps) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const templates = lookups.settings.replyTemplates;
  const [choice, setChoice] = useState({ templateId: templates[0]?.id ?? '', language: '' });
  const draft = useLoad(`reply-draft:${workspaceId}:${item.id}:${choice.templateId}:${choice.language}`, () =>
    getReplyDraft(workspaceId, item.id, { ...(choice.templateId ? { templateId: choice.templateId } : {}), ...(choice.language ? { language: choice.language } : {}) }),
  );
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState<{ subject?: boolean; body?: boolean }>({});
  const [isSent, setIsSent] = useState(false);
  const noEmailId = useId();
  const email = item.contact?.email ?? null;

  // A new draft (another template or language) replaces what the fields hold.
  useEffect(() => {
    if (!draft.data) return;
    setSubject(draft.data.subject);
    setBody(draft.data.body);
  }, [draft.data]);

  const language = choice.language || draft.data?.language || '';
  const template = templates.find((candidate) => candidate.id === choice.templateId);
  const languages = templateLanguages(template);
  const send = useAction(async () => {
    const sent = await sendCaseReply(workspaceId, item.id, { subject: subject.trim(), body, ...(language ? { language } : {}) });
    onChange(sent.case);
    setIsSent(true);
    draft.reload();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSent(false);
    const found = { ...(subject.trim() ? {} : { subject: true }), ...(body.trim() ? {} : { body: true }) };
    setMissing(found);
    if (!found.subject && !found.body && email) void send.run();
  };

  return (
    <section className="card case-card" aria-labelledby="case-reply-title">
      <h2 id="case-reply-title">{t('respond.reply.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={send.error} fields={fieldNames} />
        {draft.error !== null && <LoadError error={draft.error} onRetry={draft.reload} />}
        <p className="reply-to">
          {email ? t('respond.reply.to', { email }) : <span id={noEmailId} className="reply-no-email">{t('respond.reply.noEmail')}</span>}
        </p>
        <div className="case-form-row">
          <SelectField
            label={t('respond.reply.template')}
            value={choice.templateId}
            options={[...templates.map((candidate) => ({ value: candidate.id, label: candidate.name })), { value: '', label: t('respond.reply.noTemplate') }]}
            onValueChange={(templateId) => setChoice({ templateId, language: choice.language })}
          />
          {languages.length > 0 && (
            <SelectField
              label={t('respond.reply.language')}
              value={languages.includes(language) ? language : (languages[0] ?? '')}
              options={languages.map((code) => ({ value: code, label: labels.language(code) }))}
              onValueChange={(code) => setChoice({ ...choice, language: code })}
            />
          )}
        </div>
        <TextField
          label={t('respond.reply.subject')}
          value={subject}
          onValueChange={setSubject}
          error={missing.subject ? t('respond.reply.subjectMissing') : serverFieldError(send.error, 'subject')}
          maxLength={250}
          disabled={send.isBusy || draft.isLoading}
        />
        <TextAreaField
          label={t('respond.reply.body')}
          value={body}
          onValueChange={setBody}
          rows={10}
          error={missing.body ? t('respond.reply.bodyMissing') : serverFieldError(send.error, 'body')}
          maxLength={20000}
          disabled={send.isBusy || draft.isLoading}
        />
        <div className="form-actions case-form-actions">
          <button type="submit" className="button button-primary" disabled={send.isBusy || !email} aria-describedby={email ? undefined : noEmailId}>
            {send.isBusy ? t('respond.reply.sending') : t('respond.reply.send')}
          </button>
          {isSent && <p className="muted" role="status">{t('respond.reply.sent')}</p>}
        </div>
      </form>
    </section>
  );
}
