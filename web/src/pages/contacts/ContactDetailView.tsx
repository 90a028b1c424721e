import { useState } from 'react';
import type { FormEvent } from 'react';
import { deleteContact, getContact, updateContact } from '../../api/contacts.js';
import type { ContactDetail } from '../../api/contacts.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { contactsPath, surveyPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { ContactFieldsForm } from './ContactFieldsForm.js';
import { ContactReach } from './ContactReach.js';
import { changedInput, contactToFields, rowsToAttributes } from './contactForm.js';
import type { AttributeProblem, ContactFields } from './contactForm.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

const fieldNames = ['externalId', 'email', 'name', 'language', 'attributes'] as const;

export function contactLabel(contact: { name: string | null; email: string | null; externalId: string | null }, fallback: string): string {
  return contact.name || contact.email || contact.externalId || fallback;
}

/** One contact: its fields and attributes to edit, a way to delete it, whether survey mail reaches them, their asks, and their responses. */
export function ContactDetailView({ workspaceId, contactId }: { workspaceId: string; contactId: string }) {
  const { t } = useI18n();
  const contact = useLoad(`contact:${workspaceId}:${contactId}`, () => getContact(workspaceId, contactId));
  useDocumentTitle(contact.data ? contactLabel(contact.data, t('contacts.unnamed')) : t('contacts.title'));

  const back = (
    <p className="contact-back">
      <Link href={contactsPath(workspaceId)}>{t('contacts.back')}</Link>
    </p>
  );
  if (contact.error) return <>{back}<LoadError error={contact.error} onRetry={contact.reload} /></>;
  if (!contact.data) return <>{back}<Loading /></>;
  return (
    <>
      {back}
      <ContactEditor key={contact.data.id} workspaceId={workspaceId} contact={contact.data} onSaved={(saved) => contact.setData({ ...saved, responses: contact.data?.responses ?? [] })} />
      <ContactReach workspaceId={workspaceId} contact={contact.data} />
      <ContactResponses workspaceId={workspaceId} contact={contact.data} />
    </>
  );
}

function ContactEditor({ workspaceId, contact, onSaved }: { workspaceId: string; contact: ContactDetail; onSaved: (contact: ContactDetail) => void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { can } = useWorkspace();
  const canManage = can('contacts.manage');
  const [fields, setFields] = useState<ContactFields>(() => contactToFields(contact));
  const [problems, setProblems] = useState(new Map<number, AttributeProblem>());
  const [identityProblem, setIdentityProblem] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { attributes, problems: found } = rowsToAttributes(fields.attributes);
    const missing = fields.externalId.trim() || fields.email.trim() ? undefined : t('contacts.identityRequired');
    setProblems(found);
    setIdentityProblem(missing);
    setServerError(null);
    setIsSaved(false);
    if (found.size > 0 || missing) return;
    setIsBusy(true);
    try {
      const saved = await updateContact(workspaceId, contact.id, changedInput(contact, fields, attributes));
      setFields(contactToFields(saved));
      setIsSaved(true);
      onSaved({ ...saved, responses: contact.responses });
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card contact-card" aria-labelledby="contact-title">
      <h2 id="contact-title">{contactLabel(contact, t('contacts.unnamed'))}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorAlert error={serverError} fields={fieldNames} />
        <ContactFieldsForm
          fields={fields}
          onChange={(next) => {
            setFields(next);
            setIsSaved(false);
          }}
          attributeProblems={problems}
          identityProblem={identityProblem}
          serverError={serverError}
          disabled={!canManage || isBusy}
        />
        {canManage && (
          <div className="form-actions contact-actions">
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {isBusy ? t('common.saving') : t('common.save')}
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setIsDeleting(true)} disabled={isBusy}>
              {t('contacts.delete')}
            </button>
            {isSaved && <p className="muted" role="status">{t('common.saved')}</p>}
          </div>
        )}
      </form>
      <ConfirmDialog
        isOpen={isDeleting}
        title={t('contacts.deleteTitle')}
        body={t('contacts.deleteBody')}
        confirmLabel={t('contacts.delete')}
        onDismiss={() => setIsDeleting(false)}
        onConfirm={async () => {
          await deleteContact(workspaceId, contact.id);
          navigate(contactsPath(workspaceId), { replace: true });
        }}
      />
    </section>
  );
}

function ContactResponses({ workspaceId, contact }: { workspaceId: string; contact: ContactDetail }) {
  const { t } = useI18n();
  const labels = useResponseLabels();
  return (
    <section className="stack contact-responses" aria-labelledby="contact-responses-title">
      <h2 id="contact-responses-title">{t('contacts.responses')}</h2>
      {contact.responses.length === 0 ? (
        <p className="muted">{t('contacts.noResponses')}</p>
      ) : (
        <table className="data-table" aria-labelledby="contact-responses-title">
          <thead>
            <tr>
              <th scope="col">{t('contacts.survey')}</th>
              <th scope="col">{t('surveys.responses.state')}</th>
              <th scope="col">{t('surveys.responses.channel')}</th>
              <th scope="col">{t('contacts.completed')}</th>
            </tr>
          </thead>
          <tbody>
            {contact.responses.map((response) => (
              <tr key={response.id}>
                <td data-label={t('contacts.survey')}>
                  <Link href={surveyPath(workspaceId, response.surveyId, 'responses')}>{response.surveyName}</Link>
                </td>
                <td data-label={t('surveys.responses.state')}>
                  <span>
                    <span className={`badge ${response.state === 'complete' ? 'badge-success' : 'badge-muted'}`}>{labels.state(response.state)}</span>
                  </span>
                </td>
                <td data-label={t('surveys.responses.channel')}>{labels.channel(response.channel)}</td>
                <td data-label={t('contacts.completed')}>
                  {response.completedAt ? <time dateTime={response.completedAt}>{labels.date(response.completedAt)}</time> : t('contacts.notCompleted')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
