import type { FocusEvent } from 'react';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { languageName } from '../surveys/languages.js';
import { partPath } from './templateForm.js';
import type { TranslationForm, TranslationPart } from './templateForm.js';

interface TranslationFieldsProps {
  text: TranslationForm;
  errorFor: (path: string) => string | undefined;
  disabled: boolean;
  onChange: (text: TranslationForm) => void;
  /** Absent when it is the only language, which a template cannot do without. */
  onRemove?: (() => void) | undefined;
  /** Remembers the field the cursor is in, for a placeholder to be inserted there. */
  onFocusPart: (part: TranslationPart, element: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** One language of a template: its subject, body and button label. */
export function TranslationFields({ text, errorFor, disabled, onChange, onRemove, onFocusPart }: TranslationFieldsProps) {
  const { t, locale } = useI18n();
  const language = languageName(text.language, locale);
  const focus = (part: TranslationPart) => (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => onFocusPart(part, event.currentTarget);
  const languageProblem = errorFor(`translations.${text.language}`);

  return (
    <fieldset className="email-template-language" data-language={text.language}>
      <legend>{language}</legend>
      {languageProblem && <p className="field-error">{languageProblem}</p>}
      <TextField
        label={t('emailTemplates.subjectIn', { language })}
        value={text.subject}
        maxLength={300}
        lang={text.language}
        disabled={disabled}
        autoComplete="off"
        onFocus={focus('subject')}
        onValueChange={(subject) => onChange({ ...text, subject })}
        error={errorFor(partPath(text.language, 'subject'))}
      />
      <TextAreaField
        label={t('emailTemplates.bodyIn', { language })}
        hint={t('emailTemplates.bodyHint')}
        rows={9}
        value={text.body}
        maxLength={20_000}
        lang={text.language}
        disabled={disabled}
        onFocus={focus('body')}
        onValueChange={(body) => onChange({ ...text, body })}
        error={errorFor(partPath(text.language, 'body'))}
      />
      <TextField
        label={t('emailTemplates.buttonLabelIn', { language })}
        hint={t('emailTemplates.buttonLabelHint')}
        value={text.buttonLabel}
        maxLength={100}
        lang={text.language}
        disabled={disabled}
        autoComplete="off"
        className="field-narrow"
        onFocus={focus('buttonLabel')}
        onValueChange={(buttonLabel) => onChange({ ...text, buttonLabel })}
        error={errorFor(partPath(text.language, 'buttonLabel'))}
      />
      {onRemove && !disabled && (
        <div>
          <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
            {t('emailTemplates.removeLanguage', { language })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
