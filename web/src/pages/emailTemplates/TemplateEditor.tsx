import { useRef, useState } from 'react';
import { createEmailTemplate, deleteEmailTemplate, replaceEmailTemplate } from '../../api/emailTemplates.js';
import type { EmailTemplate } from '../../api/emailTemplates.js';
import type { SurveySummary } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SaveBar } from '../../components/SaveBar.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { commonSurveyLanguages, languageName } from '../surveys/languages.js';
import { PlaceholderList } from './PlaceholderList.js';
import { TemplatePreview } from './TemplatePreview.js';
import { addableLanguages, checkTemplateForm, emptyTranslation, insertAt, placeholderProblems, templatePaths, toTemplateInput } from './templateForm.js';
import type { TemplateForm, TranslationForm, TranslationPart } from './templateForm.js';
import { TranslationFields } from './TranslationFields.js';

const partWords: Record<TranslationPart, MessageKey> = { subject: 'emailTemplates.subjectIn', body: 'emailTemplates.bodyIn', buttonLabel: 'emailTemplates.buttonLabelIn' };

interface TemplateEditorProps {
  workspaceId: string;
  /** The saved template; null for a new one. */
  template: EmailTemplate | null;
  initial: TemplateForm;
  canManage: boolean;
  surveys: readonly SurveySummary[];
  onSaved: (template: EmailTemplate) => void;
  onDeleted: () => void;
  onDuplicate: (template: EmailTemplate) => void;
  onBack: () => void;
}

/** One template to write (or, built in, to read and copy), with its placeholders and a live preview. */
export function TemplateEditor({ workspaceId, template, initial, canManage, surveys, onSaved, onDeleted, onDuplicate, onBack }: TemplateEditorProps) {
  const { t, locale } = useI18n();
  const { form, change, errorFor, submit, serverError, isBusy, isSaved, formRef } = useCheckedForm<TemplateForm>({
    initial,
    check: checkTemplateForm,
    live: placeholderProblems,
    save: async (typed) => {
      const input = toTemplateInput(typed);
      onSaved(template ? await replaceEmailTemplate(workspaceId, template.id, input) : await createEmailTemplate(workspaceId, input));
    },
  });
  const [isDeleting, setIsDeleting] = useState(false);
  const [newLanguage, setNewLanguage] = useState('');
  const [target, setTarget] = useState<{ language: string; part: TranslationPart } | null>(null);
  const targetElement = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const isReadOnly = !canManage || Boolean(template?.isBuiltIn);

  const setText = (index: number, text: TranslationForm) => change({ ...form, translations: form.translations.map((old, i) => (i === index ? text : old)) });

  const insert = (placeholder: string) => {
    const where = target && form.translations.some((text) => text.language === target.language) ? target : { language: form.translations[0]?.language ?? '', part: 'body' as const };
    const index = form.translations.findIndex((text) => text.language === where.language);
    if (index < 0) return;
    const element = targetElement.current?.isConnected && target ? targetElement.current : null;
    const current = form.translations[index]!;
    const { text, cursor } = insertAt(current[where.part], placeholder, element?.selectionStart ?? null, element?.selectionEnd ?? null);
    setText(index, { ...current, [where.part]: text });
    window.requestAnimationFrame(() => {
      const field = element ?? formRef.current?.querySelector<HTMLTextAreaElement>(`[data-language="${CSS.escape(where.language)}"] textarea`);
      field?.focus();
      field?.setSelectionRange(cursor, cursor);
    });
  };
  const targetWords = (() => {
    const where = target ?? { language: form.translations[0]?.language ?? 'en', part: 'body' as const };
    return t(partWords[where.part], { language: languageName(where.language, locale) });
  })();

  const addable = addableLanguages(form, commonSurveyLanguages);
  const chosenLanguage = addable.includes(newLanguage) ? newLanguage : (addable[0] ?? '');
  const isPreviewable = Object.keys(checkTemplateForm(form)).length === 0;

  return (
    <div className="stack email-template-editor">
      <p className="email-template-back">
        <button type="button" className="button button-secondary button-small" onClick={onBack}>
          {t('emailTemplates.back')}
        </button>
      </p>
      {template?.isBuiltIn && (
        <Alert tone="info">
          <p>{t('emailTemplates.builtInReadOnly')}</p>
          {canManage && (
            <button type="button" className="button button-secondary button-small" onClick={() => onDuplicate(template)}>
              {t('emailTemplates.duplicate')}
            </button>
          )}
        </Alert>
      )}
      {!canManage && <Alert tone="info">{t('emailTemplates.readOnly')}</Alert>}
      <div className="email-template-layout">
        <form ref={formRef} className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="email-template-title">
          <section className="card stack">
            <h2 id="email-template-title" tabIndex={-1}>{template ? template.name : t('emailTemplates.newTitle')}</h2>
            <FormErrorAlert error={serverError} fields={templatePaths(form)} />
            <div className="email-template-grid">
              <TextField label={t('emailTemplates.name')} value={form.name} maxLength={200} disabled={isReadOnly} autoComplete="off" onValueChange={(name) => change({ ...form, name })} error={errorFor('name')} />
              <SelectField
                label={t('emailTemplates.kind')}
                hint={t('emailTemplates.kindHint')}
                value={form.kind}
                disabled={isReadOnly}
                options={[
                  { value: 'invitation', label: t('emailTemplates.kind.invitation') },
                  { value: 'reminder', label: t('emailTemplates.kind.reminder') },
                ]}
                onValueChange={(kind) => change({ ...form, kind: kind === 'reminder' ? 'reminder' : 'invitation' })}
                error={errorFor('kind')}
              />
            </div>
            <PlaceholderList target={targetWords} onInsert={isReadOnly ? undefined : insert} />
          </section>
          <section className="card stack" aria-labelledby="email-template-languages">
            <h2 id="email-template-languages">{t('emailTemplates.languages')}</h2>
            {errorFor('translations') && <p className="field-error">{errorFor('translations')}</p>}
            {form.translations.map((text, i) => (
              <TranslationFields
                key={text.language}
                text={text}
                errorFor={errorFor}
                disabled={isReadOnly}
                onChange={(next) => setText(i, next)}
                onRemove={form.translations.length > 1 ? () => change({ ...form, translations: form.translations.filter((_, j) => j !== i) }) : undefined}
                onFocusPart={(part, element) => {
                  targetElement.current = element;
                  setTarget({ language: text.language, part });
                }}
              />
            ))}
            {!isReadOnly && addable.length > 0 && (
              <div className="email-template-add-language">
                <SelectField label={t('emailTemplates.addLanguageLabel')} value={chosenLanguage} options={addable.map((tag) => ({ value: tag, label: languageName(tag, locale) }))} onValueChange={setNewLanguage} />
                <button type="button" className="button button-secondary" onClick={() => change({ ...form, translations: [...form.translations, emptyTranslation(chosenLanguage)] })}>
                  {t('emailTemplates.addLanguage')}
                </button>
              </div>
            )}
          </section>
          <SaveBar isSaved={isSaved} savedText={t('emailTemplates.saved')} canSave={!isReadOnly} isBusy={isBusy} label={template ? t('emailTemplates.save') : t('emailTemplates.create')} className="email-template-actions">
            {template && (
              <button type="button" className="button button-danger-quiet" onClick={() => setIsDeleting(true)} disabled={isBusy}>
                {t('emailTemplates.delete')}
              </button>
            )}
          </SaveBar>
        </form>
        <TemplatePreview workspaceId={workspaceId} template={isPreviewable ? toTemplateInput(form) : null} surveys={surveys} />
      </div>
      {template && (
        <ConfirmDialog
          isOpen={isDeleting}
          title={t('emailTemplates.deleteTitle', { name: template.name })}
          body={t('emailTemplates.deleteBody')}
          confirmLabel={t('emailTemplates.delete')}
          onDismiss={() => setIsDeleting(false)}
          onConfirm={async () => {
            await deleteEmailTemplate(workspaceId, template.id);
            setIsDeleting(false);
            onDeleted();
          }}
        />
      )}
    </div>
  );
}
