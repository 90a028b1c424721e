import { useState } from 'react';
import type { Distribution } from '../../api/distributions.js';
import { previewEmail } from '../../api/emailTemplates.js';
import type { TemplateKind } from '../../api/emailTemplates.js';
import { ContactSearchPicker, contactLabel } from '../../components/ContactSearchPicker.js';
import { Dialog } from '../../components/Dialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { MailFrame } from './MailFrame.js';

interface PreviewDialogProps {
  workspaceId: string;
  distribution: Distribution;
  isOpen: boolean;
  onDismiss: () => void;
}

/** The invitation (or reminder) as one real contact would get it, in their language. */
export function PreviewDialog({ isOpen, onDismiss, ...rest }: PreviewDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('distributions.preview.title')} onDismiss={onDismiss}>
      {isOpen && <Preview {...rest} />}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

function Preview({ workspaceId, distribution }: Omit<PreviewDialogProps, 'isOpen' | 'onDismiss'>) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const [kind, setKind] = useState<TemplateKind>('invitation');
  const [contactId, setContactId] = useState<string | null>(null);
  const settings = distribution.settings;
  const templateId = (kind === 'invitation' ? settings.invitationTemplateId : settings.reminderTemplateId) ?? undefined;
  const preview = useLoad(`distribution-preview:${distribution.id}:${kind}:${contactId ?? ''}`, () =>
    previewEmail(workspaceId, {
      ...(templateId ? { templateId } : {}),
      kind,
      surveyId: distribution.surveyId,
      ...(contactId ? { contactId } : {}),
      embedFirstQuestion: settings.embedFirstQuestion,
    }),
  );
  const mail = preview.data;

  return (
    <div className="stack mail-preview">
      <div className="mail-preview-controls">
        <SelectField
          label={t('distributions.preview.which')}
          value={kind}
          options={[
            { value: 'invitation', label: t('distributions.preview.invitation') },
            { value: 'reminder', label: t('distributions.preview.reminder') },
          ]}
          onValueChange={(value) => setKind(value === 'reminder' ? 'reminder' : 'invitation')}
        />
        {can('contacts.read') && (
          <ContactSearchPicker
            workspaceId={workspaceId}
            label={t('distributions.preview.findContact')}
            searchText={t('distributions.contacts.search')}
            action={(contact, name) => {
              const isShown = contact.id === (mail?.contact?.id ?? contactId);
              const text = t(isShown ? 'distributions.preview.shown' : 'distributions.preview.show');
              return { text, name: t('distributions.contacts.actionFor', { action: text, name }), isDone: isShown };
            }}
            onPick={(contact) => setContactId(contact.id)}
          />
        )}
      </div>
      {preview.error ? (
        <LoadError error={preview.error} onRetry={preview.reload} />
      ) : !mail || preview.isLoading ? (
        <Loading />
      ) : (
        <>
          <p className="mail-preview-for" role="status">
            {mail.contact
              ? t('distributions.preview.for', { contact: contactLabel(mail.contact, t('contacts.unnamed')), language: mail.language })
              : t('distributions.preview.forExample', { language: mail.language })}
          </p>
          <dl className="mail-preview-meta">
            <dt>{t('distributions.preview.subject')}</dt>
            <dd className="mail-preview-subject">{mail.subject}</dd>
          </dl>
          <MailFrame html={mail.html} title={t('distributions.preview.htmlTitle', { subject: mail.subject })} />
          <section className="mail-preview-text" aria-labelledby="mail-preview-text-title">
            <h3 id="mail-preview-text-title">{t('distributions.preview.text')}</h3>
            {/* It may scroll: it takes focus, so a keyboard can scroll it. */}
            <pre tabIndex={0} aria-labelledby="mail-preview-text-title">
              {mail.text}
            </pre>
          </section>
        </>
      )}
    </div>
  );
}
