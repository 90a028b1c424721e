import { useEffect, useState } from 'react';
import { listEmailTemplates } from '../../api/emailTemplates.js';
import type { EmailTemplate } from '../../api/emailTemplates.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useSurveyList } from '../../hooks/useSurveyList.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CollectTabs } from '../contacts/CollectTabs.js';
import { languageName } from '../surveys/languages.js';
import { TemplateEditor } from './TemplateEditor.js';
import { duplicateForm, newTemplateForm, templateToForm } from './templateForm.js';
import type { TemplateForm } from './templateForm.js';
import './emailTemplates.css';

/** The workspace's invitation and reminder templates beside the built-in ones. */
export function EmailTemplatesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  useDocumentTitle(t('emailTemplates.title'));
  return (
    <>
      <PageHeading eyebrow={t('nav.collect')} lead={t('emailTemplates.lead')}>
        {t('emailTemplates.title')}
      </PageHeading>
      <CollectTabs workspaceId={workspaceId} current="email-templates" />
      {can('surveys.read') ? <TemplatesView workspaceId={workspaceId} /> : <p className="muted">{t('common.noPermission')}</p>}
    </>
  );
}

interface Editing {
  /** The saved template; null until a new one is saved. */
  template: EmailTemplate | null;
  initial: TemplateForm;
  /** Changes when another template is opened, so the editor starts afresh; a save keeps it. */
  session: number;
}

function TemplatesView({ workspaceId }: { workspaceId: string }) {
  const { t, locale } = useI18n();
  const { can } = useWorkspace();
  const canManage = can('surveys.manage');
  // Built-in templates are named in the reader's language (the server names them in English).
  const templates = useLoad(`email-templates:${workspaceId}:${locale}`, async () =>
    (await listEmailTemplates(workspaceId)).map((template) => (template.isBuiltIn ? { ...template, name: t(template.kind === 'reminder' ? 'emailTemplates.kind.reminder' : 'emailTemplates.kind.invitation') } : template)),
  );
  const surveys = useSurveyList(workspaceId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const session = editing?.session ?? 0;

  useEffect(() => {
    document.getElementById(editing ? 'email-template-title' : 'email-templates-title')?.focus();
  }, [session]);

  const open = (template: EmailTemplate | null, initial: TemplateForm) => {
    setNotice(null);
    setEditing({ template, initial, session: session + 1 });
  };
  const duplicate = (template: EmailTemplate) => open(null, duplicateForm(template, t('emailTemplates.copyName', { name: template.name })));

  if (templates.error) return <LoadError error={templates.error} onRetry={templates.reload} />;
  if (!templates.data || !surveys.data) return <Loading />;

  if (editing) {
    return (
      <TemplateEditor
        key={editing.session}
        workspaceId={workspaceId}
        template={editing.template}
        initial={editing.initial}
        canManage={canManage}
        surveys={surveys.data}
        onBack={() => setEditing(null)}
        onDuplicate={duplicate}
        onSaved={(saved) => {
          templates.setData((list = []) => (list.some((one) => one.id === saved.id) ? list.map((one) => (one.id === saved.id ? saved : one)) : [...list, saved]));
          setEditing({ ...editing, template: saved });
        }}
        onDeleted={() => {
          templates.setData((list = []) => list.filter((one) => one.id !== editing.template?.id));
          setNotice(t('emailTemplates.deleted', { name: editing.template?.name ?? '' }));
          setEditing(null);
        }}
      />
    );
  }

  const own = templates.data.filter((template) => !template.isBuiltIn);
  return (
    <section className="stack email-templates" aria-labelledby="email-templates-title">
      <div className="email-templates-bar">
        <h2 id="email-templates-title" tabIndex={-1}>
          {t('emailTemplates.listTitle')}
        </h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => open(null, newTemplateForm('invitation', locale))}>
            {t('emailTemplates.new')}
          </button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      <p className="muted">{own.length === 0 ? t('emailTemplates.noneOwn') : t('emailTemplates.listHint')}</p>
      <div className="table-scroll">
        <table className="data-table email-templates-table" aria-labelledby="email-templates-title">
          <thead>
            <tr>
              <th scope="col">{t('emailTemplates.name')}</th>
              <th scope="col">{t('emailTemplates.kind')}</th>
              <th scope="col">{t('emailTemplates.languages')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('emailTemplates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((template) => (
              <tr key={template.id}>
                <td data-label={t('emailTemplates.name')}>
                  <span className="email-template-name">{template.name}</span>
                  {template.isBuiltIn && <span className="badge badge-muted">{t('emailTemplates.builtIn')}</span>}
                </td>
                <td data-label={t('emailTemplates.kind')}>{t(template.kind === 'reminder' ? 'emailTemplates.kind.reminder' : 'emailTemplates.kind.invitation')}</td>
                <td data-label={t('emailTemplates.languages')}>
                  {Object.keys(template.translations)
                    .map((tag) => languageName(tag, locale))
                    .join(', ')}
                </td>
                <td className="email-template-row-actions">
                  <button type="button" className="button button-secondary button-small" onClick={() => open(template, templateToForm(template))} aria-label={t(template.isBuiltIn || !canManage ? 'emailTemplates.viewNamed' : 'emailTemplates.editNamed', { name: template.name })}>
                    {t(template.isBuiltIn || !canManage ? 'emailTemplates.view' : 'emailTemplates.edit')}
                  </button>
                  {canManage && (
                    <button type="button" className="button button-secondary button-small" onClick={() => duplicate(template)} aria-label={t('emailTemplates.duplicateNamed', { name: template.name })}>
                      {t('emailTemplates.duplicate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
