import { useId, useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Editable } from './editing.js';
import { languageName } from './languages.js';
import { isMissing, setTextAt, translatableEntries } from './texts.js';
import type { TextEntry } from './texts.js';
import { useTextEntryLabel } from './useTextEntryLabel.js';

interface TranslationsViewProps {
  survey: SurveyDefinition;
  language: string;
  onLanguage: (language: string) => void;
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
}

/** Every text of the survey with the default language beside the translation; what is missing stands out. */
export function TranslationsView({ survey, language, onLanguage, edit }: TranslationsViewProps) {
  const { t, locale } = useI18n();
  const labelOf = useTextEntryLabel(survey);
  const [isOnlyMissing, setIsOnlyMissing] = useState(false);
  const targets = survey.languages.filter((tag) => tag !== survey.defaultLanguage);
  const target = targets.includes(language) ? language : targets[0];

  if (!target) {
    return (
      <section className="builder-card" aria-labelledby="translations-title">
        <h2 id="translations-title">{t('surveys.translations')}</h2>
        <p className="muted">{t('surveys.translationsNone')}</p>
      </section>
    );
  }

  const source = survey.defaultLanguage;
  const entries = translatableEntries(survey);
  const missing = entries.filter((entry) => isMissing(entry.text, target)).length;
  const shown = isOnlyMissing ? entries.filter((entry) => isMissing(entry.text, target)) : entries;

  return (
    <section className="builder-card translations" aria-labelledby="translations-title">
      <h2 id="translations-title" tabIndex={-1}>
        {t('surveys.translations')}
      </h2>
      <div className="translation-controls">
        <div className="segmented" role="group" aria-label={t('surveys.translateInto')}>
          {targets.map((tag) => (
            <button key={tag} type="button" aria-pressed={tag === target} onClick={() => onLanguage(tag)}>
              {languageName(tag, locale)}
            </button>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={isOnlyMissing} onChange={(event) => setIsOnlyMissing(event.target.checked)} />
          {t('surveys.onlyMissing')}
        </label>
      </div>
      <p className="muted" role="status">
        {missing === 0 ? t('surveys.allTranslated', { language: languageName(target, locale) }) : t('surveys.missingOf', { count: missing, total: entries.length })}
      </p>
      <div className="translation-head" aria-hidden="true">
        <span>{languageName(source, locale)}</span>
        <span>{languageName(target, locale)}</span>
      </div>
      <Editable>
        <ul className="translation-list">
          {shown.map((entry) => (
            <TranslationRow
              key={entry.path.join('.')}
              entry={entry}
              label={labelOf(entry)}
              source={source}
              target={target}
              targetName={languageName(target, locale)}
              onChange={(value) => edit((s) => setTextAt(s, entry, target, value))}
            />
          ))}
        </ul>
      </Editable>
    </section>
  );
}

interface RowProps {
  entry: TextEntry;
  label: string;
  source: string;
  target: string;
  targetName: string;
  onChange: (value: string) => void;
}

function TranslationRow({ entry, label, source, target, targetName, onChange }: RowProps) {
  const { t } = useI18n();
  const id = useId();
  const isEmpty = isMissing(entry.text, target);
  const original = entry.text?.[source] ?? '';
  return (
    <li className={`translation-row${isEmpty ? ' is-missing' : ''}`}>
      <p className="translation-label" id={`${id}-label`}>
        {label}
        {isEmpty && <span className="badge badge-warning">{t('surveys.missing')}</span>}
      </p>
      <p className="translation-source" lang={source} id={`${id}-source`}>
        {original || <span className="muted">{t('surveys.noSourceText')}</span>}
      </p>
      <textarea
        className="translation-input"
        lang={target}
        rows={1}
        aria-label={`${label} (${targetName})`}
        aria-describedby={`${id}-source`}
        value={entry.text?.[target] ?? ''}
        onChange={(event) => onChange(event.target.value)}
      />
    </li>
  );
}
