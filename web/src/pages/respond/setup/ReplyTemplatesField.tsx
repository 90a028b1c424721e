import { TextAreaField } from '../../../components/TextAreaField.js';
import { TextField } from '../../../components/TextField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { AddButton, IconButton, useFocusAfterChange } from '../../surveys/controls.js';
import { languageName } from '../../surveys/languages.js';
import { keyFrom, newTemplate, templateLanguages, templatePlaceholders } from './settingsForm.js';
import type { TemplateForm } from './settingsForm.js';

const placeholderHelp: Record<(typeof templatePlaceholders)[number], MessageKey> = {
  'contact.name': 'respond.setup.placeholder.contactName',
  'contact.email': 'respond.setup.placeholder.contactEmail',
  'case.number': 'respond.setup.placeholder.caseNumber',
  'case.title': 'respond.setup.placeholder.caseTitle',
  'agent.name': 'respond.setup.placeholder.agentName',
  'workspace.name': 'respond.setup.placeholder.workspaceName',
  'survey.name': 'respond.setup.placeholder.surveyName',
};

interface ReplyTemplatesFieldProps {
  templates: TemplateForm[];
  errorFor: (path: string) => string | undefined;
  onChange: (templates: TemplateForm[]) => void;
}

/** Replies agents start from, with a subject and body per language; a language left empty is not offered. */
export function ReplyTemplatesField({ templates, errorFor, onChange }: ReplyTemplatesFieldProps) {
  const { t, locale } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const set = (i: number, changes: Partial<TemplateForm>) => onChange(templates.map((tpl, j) => (j === i ? { ...tpl, ...changes } : tpl)));

  return (
    <section ref={ref} className="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('respond.setup.settings.templates')}</h2>
      <p className="field-hint">{t('respond.setup.settings.templatesHint')}</p>
      <div className="placeholder-help">
        <h3 id="placeholders-title">{t('respond.setup.settings.placeholders')}</h3>
        <dl aria-labelledby="placeholders-title">
          {templatePlaceholders.map((name) => (
            <div key={name}>
              <dt>
                <code>{`{{${name}}}`}</code>
              </dt>
              <dd>{t(placeholderHelp[name])}</dd>
            </div>
          ))}
        </dl>
      </div>
      {errorFor('replyTemplates') && <p className="field-error">{errorFor('replyTemplates')}</p>}
      {templates.length === 0 && <p className="muted">{t('respond.setup.settings.noTemplates')}</p>}
      <ol className="setup-items reply-templates">
        {templates.map((template, i) => {
          const n = i + 1;
          const path = `replyTemplates.${i}`;
          const languages = [...new Set([...templateLanguages, ...Object.keys(template.subject), ...Object.keys(template.body)])];
          return (
            <li key={i}>
              <fieldset className="setup-item">
                <legend>{template.name.trim() || t('respond.setup.settings.templateN', { n })}</legend>
                <IconButton
                  icon="close"
                  tone="danger"
                  className="setup-item-remove"
                  label={template.name.trim() ? t('respond.setup.settings.removeNamed', { name: template.name.trim() }) : t('respond.setup.settings.removeTemplate', { n })}
                  onClick={() => {
                    focusAfter(`.reply-templates > li:nth-child(${Math.min(n, templates.length - 1)}) .setup-item-remove`, '[data-action="add-template"]');
                    onChange(templates.filter((_, j) => j !== i));
                  }}
                />
                {errorFor(path) && <p className="field-error">{errorFor(path)}</p>}
                <div className="setup-item-grid">
                  <TextField label={t('respond.setup.settings.templateName')} value={template.name} maxLength={200} onValueChange={(name) => set(i, { name })} autoComplete="off" error={errorFor(`${path}.name`)} />
                  {template.isNew ? (
                    <TextField label={t('respond.setup.settings.id')} hint={t('respond.setup.settings.idHint')} placeholder={keyFrom(template.name)} value={template.id} maxLength={64} onValueChange={(id) => set(i, { id })} spellCheck={false} autoComplete="off" error={errorFor(`${path}.id`)} />
                  ) : (
                    <p className="setup-id">
                      <span className="muted">{t('respond.setup.settings.id')}</span> <code>{template.id}</code>
                    </p>
                  )}
                </div>
                {languages.map((language) => {
                  const name = languageName(language, locale);
                  return (
                    <fieldset key={language} className="template-language">
                      <legend>{name}</legend>
                      <TextField
                        label={t('respond.setup.settings.subjectIn', { language: name })}
                        value={template.subject[language] ?? ''}
                        maxLength={1000}
                        lang={language}
                        onValueChange={(text) => set(i, { subject: { ...template.subject, [language]: text } })}
                        autoComplete="off"
                        error={errorFor(`${path}.subject.${language}`) ?? errorFor(`${path}.subject`)}
                      />
                      <TextAreaField
                        label={t('respond.setup.settings.bodyIn', { language: name })}
                        rows={6}
                        lang={language}
                        value={template.body[language] ?? ''}
                        onValueChange={(text) => set(i, { body: { ...template.body, [language]: text } })}
                        error={errorFor(`${path}.body.${language}`) ?? errorFor(`${path}.body`)}
                      />
                    </fieldset>
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {templates.length < 100 && (
        <AddButton
          label={t('respond.setup.settings.addTemplate')}
          data-action="add-template"
          onClick={() => {
            focusAfter('.reply-templates > li:last-child input');
            onChange([...templates, newTemplate()]);
          }}
        />
      )}
    </section>
  );
}
