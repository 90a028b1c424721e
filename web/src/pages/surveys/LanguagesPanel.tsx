import { useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { IconButton, SurveyIcon } from './controls.js';
import { Editable } from './editing.js';
import { commonSurveyLanguages, languageName } from './languages.js';
import { addLanguage, countMissing, removeLanguage, setDefaultLanguage } from './texts.js';

interface LanguagesPanelProps {
  survey: SurveyDefinition;
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
  onAdded: (language: string) => void;
}

/** The survey's languages: which one is the default, how much each still lacks, adding and removing. */
export function LanguagesPanel({ survey, edit, onAdded }: LanguagesPanelProps) {
  const { t, locale } = useI18n();
  const available = commonSurveyLanguages.filter((tag) => !survey.languages.includes(tag));
  const [toAdd, setToAdd] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const chosen = available.includes(toAdd as (typeof available)[number]) ? toAdd : (available[0] ?? '');
  const name = (tag: string) => languageName(tag, locale);

  return (
    <section className="builder-card languages-panel" aria-labelledby="languages-title">
      <h2 id="languages-title">{t('surveys.languages')}</h2>
      <Editable>
        <ul className="language-list">
          {survey.languages.map((tag) => {
            const isDefault = tag === survey.defaultLanguage;
            const missing = countMissing(survey, tag);
            return (
              <li key={tag} className="language-item">
                <span className="language-name">
                  {name(tag)} <code>{tag}</code>
                </span>
                {isDefault ? (
                  <span className="badge badge-accent">{t('surveys.defaultLanguage')}</span>
                ) : missing > 0 ? (
                  <span className="badge badge-warning">{t('surveys.missingCount', { count: missing })}</span>
                ) : (
                  <span className="badge badge-success">{t('surveys.translated')}</span>
                )}
                {!isDefault && (
                  <span className="language-actions">
                    <button type="button" className="button button-secondary button-small" onClick={() => edit((s) => setDefaultLanguage(s, tag))}>
                      {t('surveys.makeDefault')}
                    </button>
                    <IconButton icon="close" tone="danger" label={t('surveys.removeLanguage', { language: name(tag) })} onClick={() => setRemoving(tag)} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {available.length > 0 && (
          <div className="language-add">
            <SelectField label={t('surveys.addLanguage')} value={chosen} options={available.map((tag) => ({ value: tag, label: `${name(tag)} (${tag})` }))} onValueChange={setToAdd} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                edit((s) => addLanguage(s, chosen));
                onAdded(chosen);
              }}
            >
              <SurveyIcon name="plus" />
              {t('surveys.add')}
            </button>
          </div>
        )}
      </Editable>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('surveys.removeLanguageTitle', { language: name(removing ?? '') })}
        body={t('surveys.removeLanguageBody')}
        confirmLabel={t('surveys.remove')}
        onConfirm={async () => {
          const tag = removing;
          if (tag) edit((s) => removeLanguage(s, tag));
          setRemoving(null);
        }}
        onDismiss={() => setRemoving(null)}
      />
    </section>
  );
}
