import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { cliItems } from '../../../../src/engine/survey/scales.js';
import { localize, pipe } from '../../../../src/engine/survey/text.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { scaleOf } from './conditions.js';
import { languageName } from './languages.js';

interface PreviewPanelProps {
  survey: SurveyDefinition;
  language: string;
  page: number;
  onLanguage: (language: string) => void;
  onPage: (page: number) => void;
}

/** Mouths from unhappy to delighted; drawn rather than emoji, which not every system font has. */
const mouths = ['M8 16.5q4-4 8 0', 'M8 16q4-2 8 0', 'M8 15h8', 'M8 14.5q4 2 8 0', 'M8 14q4 4 8 0'];

function Face({ level }: { level: number }) {
  return (
    <svg viewBox="0 0 24 24" className="preview-face" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" />
      <path d={`M9 9.5h.01M15 9.5h.01${mouths[level] ? ` ${mouths[level]}` : ''}`} />
    </svg>
  );
}

/** A quick, read-only look at one page as respondents will read it; the real page is the respondent app's. */
export function PreviewPanel({ survey, language, page, onLanguage, onPage }: PreviewPanelProps) {
  const { t, locale } = useI18n();
  const current = Math.min(page, survey.pages.length - 1);
  const shown = survey.pages[current];
  const lang = survey.languages.includes(language) ? language : survey.defaultLanguage;
  // Placeholders show their fallback ("{{company|us}}" reads "us"), as a respondent without the value would see them.
  const text = (value: Parameters<typeof localize>[0]) => pipe(localize(value, lang, survey.defaultLanguage), {});

  return (
    <section className="side-card preview-panel" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('surveys.preview')}</h2>
      <div className="preview-controls">
        {survey.languages.length > 1 && (
          <SelectField label={t('surveys.previewLanguage')} value={lang} options={survey.languages.map((tag) => ({ value: tag, label: languageName(tag, locale) }))} onValueChange={onLanguage} />
        )}
        <div className="preview-pager">
          <button type="button" className="button button-secondary button-small" disabled={current === 0} onClick={() => onPage(current - 1)}>
            {t('surveys.previous')}
          </button>
          <span aria-live="polite">{t('surveys.pageN', { n: current + 1, count: survey.pages.length })}</span>
          <button type="button" className="button button-secondary button-small" disabled={current >= survey.pages.length - 1} onClick={() => onPage(current + 1)}>
            {t('surveys.next')}
          </button>
        </div>
      </div>
      <div className="preview-frame" lang={lang}>
        {current === 0 && <p className="preview-title">{text(survey.title) || '…'}</p>}
        {current === 0 && survey.welcome && <p className="preview-welcome">{text(survey.welcome)}</p>}
        {shown?.title && <p className="preview-page-title">{text(shown.title)}</p>}
        {shown?.questions.map((question) => (
          <div key={question.id} className="preview-question">
            <p className="preview-question-text">
              {text(question.text) || '…'}
              {question.required && <span aria-hidden="true"> *</span>}
            </p>
            {question.description && <p className="preview-description">{text(question.description)}</p>}
            {question.visibleIf && <p className="preview-conditional">{t('surveys.conditional')}</p>}
            <AnswerPreview question={question} text={text} />
          </div>
        ))}
        {shown?.questions.length === 0 && <p className="muted">{t('surveys.emptyPage')}</p>}
      </div>
    </section>
  );
}

function Scale({ min, max, style = 'numbers' }: { min: number; max: number; style?: 'numbers' | 'stars' | 'smileys' }) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <div className="preview-scale">
      {values.map((n, i) => (
        <span key={n} className="preview-box">
          {style === 'stars' ? '☆' : style === 'smileys' && values.length === 5 ? <Face level={i} /> : n}
        </span>
      ))}
    </div>
  );
}

function AnswerPreview({ question, text }: { question: Question; text: (value: Parameters<typeof localize>[0]) => string }) {
  const scale = scaleOf(question);
  const labels = 'labels' in question && question.labels && (
    <div className="preview-labels">
      <span>{text(question.labels.low)}</span>
      <span>{text(question.labels.high)}</span>
    </div>
  );
  switch (question.type) {
    case 'csat':
    case 'rating':
      return <Scale min={scale!.min} max={scale!.max} style={question.style} />;
    case 'nps':
    case 'ces':
      return (
        <>
          <Scale min={scale!.min} max={scale!.max} />
          {labels}
        </>
      );
    case 'cli':
      return (
        <>
          {cliItems.map((item) => (
            <div key={item} className="preview-cli-item">
              <p>{text(question.items[item])}</p>
              <Scale min={0} max={10} />
            </div>
          ))}
          {labels}
        </>
      );
    case 'single_choice':
    case 'multiple_choice':
    case 'ranking':
      return (
        <ul className={`preview-options preview-${question.type}`}>
          {question.options.map((o, i) => (
            <li key={o.id}>
              <span className="preview-mark" aria-hidden="true">{question.type === 'ranking' ? `${i + 1}.` : question.type === 'single_choice' ? '○' : '☐'}</span>
              {text(o.label)}
            </li>
          ))}
        </ul>
      );
    case 'dropdown':
      return <span className="preview-input preview-select">{text(question.options[0]?.label)} …</span>;
    case 'short_text':
    case 'date':
      return <span className="preview-input">{question.type === 'date' ? 'YYYY-MM-DD' : '\u00a0'}</span>;
    case 'long_text':
      return <span className="preview-input preview-textarea">{'\u00a0'}</span>;
    case 'matrix':
      return (
        <table className="preview-matrix">
          <thead>
            <tr>
              <td />
              {question.columns.map((c) => (
                <th key={c.id} scope="col">{text(c.label)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {question.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{text(r.label)}</th>
                {question.columns.map((c) => (
                  <td key={c.id}>○</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'consent':
      return <span className="preview-mark">☐</span>;
  }
}
