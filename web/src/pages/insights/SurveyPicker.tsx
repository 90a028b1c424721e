import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { SurveySummary } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/**
 * Which surveys the overview counts: all by default, or the ones ticked. A disclosure keeps the list
 * out of the way; its summary says what is chosen.
 */
export function SurveyPicker({ surveys, chosen, onChange }: { surveys: readonly SurveySummary[]; chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const named = surveys.filter((s) => chosen.includes(s.id));
  const summary = chosen.length === 0 ? t('insights.surveys.all') : named.length === 1 ? named[0]!.name : t('insights.surveys.some', { count: chosen.length });
  const toggle = (id: string, isOn: boolean) => onChange(isOn ? [...chosen, id] : chosen.filter((c) => c !== id));
  const details = useRef<HTMLDetailsElement>(null);

  // Open, the list floats over the page: a click elsewhere closes it, as it would a select.
  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (details.current?.open && !details.current.contains(event.target as Node)) details.current.open = false;
    };
    document.addEventListener('click', closeOutside);
    return () => document.removeEventListener('click', closeOutside);
  }, []);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };

  return (
    <div className="field survey-picker">
      <span className="survey-picker-label" id="survey-picker-label">
        {t('insights.surveys.label')}
      </span>
      <details ref={details} onKeyDown={closeOnEscape}>
        <summary aria-describedby="survey-picker-label">{summary}</summary>
        <fieldset className="survey-picker-list">
          <legend className="visually-hidden">{t('insights.surveys.label')}</legend>
          {surveys.length === 0 && <p className="muted">{t('insights.surveys.none')}</p>}
          {surveys.map((survey) => (
            <label key={survey.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(survey.id)} onChange={(event) => toggle(survey.id, event.target.checked)} />
              <span>{survey.name}</span>
            </label>
          ))}
          {chosen.length > 0 && (
            <button type="button" className="button button-secondary button-small" onClick={() => onChange([])}>
              {t('insights.surveys.clear')}
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
