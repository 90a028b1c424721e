import { useEffect, useState } from 'react';
import type { Contact } from '../../api/contacts.js';
import { previewEmail } from '../../api/emailTemplates.js';
import type { EmailPreview, EmailTemplateInput } from '../../api/emailTemplates.js';
import type { SurveySummary } from '../../api/surveys.js';
import { ContactSearchPicker, contactLabel } from '../../components/ContactSearchPicker.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { restoreStyles, withStylesSetAside } from '../distributions/mailFrame.js';
import { languageName } from '../surveys/languages.js';
import { chooseContact } from './chooseContact.js';

interface TemplatePreviewProps {
  workspaceId: string;
  /** The template as it is being edited; null while it has problems the server would refuse. */
  template: EmailTemplateInput | null;
  surveys: readonly SurveySummary[];
}

const waitMs = 400;

/**
 * The mail as one real contact would get it, for a survey they could be sent: HTML in a sandboxed
 * frame (no scripts, no forms, no windows) and the plain-text part, updated as the person types.
 */
export function TemplatePreview({ workspaceId, template, surveys }: TemplatePreviewProps) {
  const { t, locale } = useI18n();
  const { can } = useWorkspace();
  const published = surveys.filter((survey) => survey.latestVersion !== null);
  const [surveyId, setSurveyId] = useState(published[0]?.id ?? '');
  const [contact, setContact] = useState<Contact | null>(null);
  const [language, setLanguage] = useState('');
  const [embedFirstQuestion, setEmbedFirstQuestion] = useState(false);
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const languages = template ? Object.keys(template.translations) : [];
  const wanted = languages.includes(language) ? language : '';
  const request = template && surveyId ? { template, surveyId, ...(contact ? { contactId: contact.id } : {}), ...(wanted ? { language: wanted } : {}), embedFirstQuestion } : null;
  const key = JSON.stringify(request);

  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    setIsLoading(true);
    const timer = window.setTimeout(() => {
      previewEmail(workspaceId, request, controller.signal).then(
        (answer) => {
          setPreview(answer);
          setError(null);
          setIsLoading(false);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure);
          setIsLoading(false);
        },
      );
    }, waitMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // The request is rebuilt on every render; its JSON says when it really changed.
  }, [key, attempt, workspaceId]);

  const shownFor = preview?.contact ?? null;
  return (
    <section className="card email-preview" aria-labelledby="email-preview-title">
      <h2 id="email-preview-title">{t('emailTemplates.preview.title')}</h2>
      {published.length === 0 ? (
        <p className="muted">{t('emailTemplates.preview.noSurvey')}</p>
      ) : (
        <>
          <div className="email-preview-controls">
            <SelectField label={t('emailTemplates.preview.survey')} value={surveyId} options={published.map((survey) => ({ value: survey.id, label: survey.name }))} onValueChange={setSurveyId} />
            <SelectField
              label={t('emailTemplates.preview.language')}
              value={wanted}
              options={[{ value: '', label: t('emailTemplates.preview.contactsLanguage') }, ...languages.map((tag) => ({ value: tag, label: languageName(tag, locale) }))]}
              onValueChange={setLanguage}
            />
          </div>
          {can('contacts.read') && (
            <ContactSearchPicker workspaceId={workspaceId} label={t('emailTemplates.preview.findContact')} searchText={t('emailTemplates.contact.search')} action={chooseContact(t, contact)} onPick={setContact} />
          )}
          <label className="checkbox">
            <input type="checkbox" checked={embedFirstQuestion} onChange={(event) => setEmbedFirstQuestion(event.target.checked)} />
            {t('emailTemplates.preview.embed')}
          </label>
          {!template ? (
            <p className="muted">{t('emailTemplates.preview.fixFirst')}</p>
          ) : error !== null ? (
            <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />
          ) : !preview ? (
            <Loading />
          ) : (
            <div className="email-preview-mail" aria-busy={isLoading}>
              <p className="email-preview-for" role="status">
                {shownFor
                  ? t('emailTemplates.preview.for', { contact: contactLabel(shownFor, t('contacts.unnamed')), language: languageName(preview.language, locale) })
                  : t('emailTemplates.preview.forExample', { language: languageName(preview.language, locale) })}
              </p>
              <dl className="email-preview-meta">
                <dt>{t('emailTemplates.subject')}</dt>
                <dd className="email-preview-subject" lang={preview.language}>
                  {preview.subject}
                </dd>
              </dl>
              <iframe
                className="email-preview-frame"
                title={t('emailTemplates.preview.htmlTitle', { subject: preview.subject })}
                // No scripts, forms or windows. The frame shares the page's origin only so the mail's inline
                // styles, which the app's Content-Security-Policy refuses in a srcdoc frame, can be put back.
                sandbox="allow-same-origin"
                srcDoc={withStylesSetAside(preview.html)}
                onLoad={(event) => {
                  const document = event.currentTarget.contentDocument;
                  if (document) restoreStyles(document);
                }}
              />
              <section className="email-preview-text" aria-labelledby="email-preview-text-title">
                <h3 id="email-preview-text-title">{t('emailTemplates.preview.text')}</h3>
                <pre lang={preview.language}>{preview.text}</pre>
              </section>
            </div>
          )}
        </>
      )}
    </section>
  );
}
