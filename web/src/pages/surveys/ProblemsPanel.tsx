import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyProblem } from '../../api/surveys.js';
import { Icon } from '../../components/Icon.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { languageName } from './languages.js';
import { isTranslationWarning, placeOf, sortProblems } from './problems.js';
import { countMissing } from './texts.js';
import type { ProblemPlace } from './problems.js';

interface ProblemsPanelProps {
  survey: SurveyDefinition;
  problems: readonly SurveyProblem[];
  onSelect: (place: ProblemPlace) => void;
  onTranslate: (language: string) => void;
}

/** The logic check's findings; each one takes you to the question, page or end screen it is about. */
export function ProblemsPanel({ survey, problems: all, onSelect, onTranslate }: ProblemsPanelProps) {
  const { t, locale } = useI18n();
  const problems = all.filter((p) => !isTranslationWarning(p));
  const untranslated = survey.languages.filter((tag) => tag !== survey.defaultLanguage).map((tag) => ({ tag, count: countMissing(survey, tag) })).filter((l) => l.count > 0);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors + untranslated.length;
  const firstNumbers: number[] = [];
  survey.pages.reduce((next, page, p) => {
    firstNumbers[p] = next;
    return next + page.questions.length;
  }, 1);

  const where = (place: ProblemPlace) => {
    switch (place.kind) {
      case 'question':
        return t('surveys.questionN', { n: (firstNumbers[place.page] ?? 1) + place.question });
      case 'page':
        return t('surveys.pageShort', { n: place.page + 1 });
      case 'ending':
        return t('surveys.endingN', { n: place.ending + 1 });
      case 'hiddenField':
        return t('surveys.hidden.n', { n: place.field + 1 });
      case 'survey':
        return t('surveys.basics');
    }
  };

  return (
    <section className="side-card problems-panel" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('surveys.problems')}</h2>
      <p className="muted" role="status">
        {errors + warnings === 0 ? t('surveys.noProblems') : t('surveys.problemCounts', { errors, warnings })}
      </p>
      {untranslated.length > 0 && (
        <ul className="problem-list">
          {untranslated.map(({ tag, count }) => (
            <li key={tag}>
              <button type="button" className="problem problem-warning" onClick={() => onTranslate(tag)}>
                <Icon name="warning" />
                <span>
                  <span className="problem-where">
                    {t('surveys.warning')} · {t('surveys.mode.translations')}
                  </span>
                  <span className="problem-text">{t('surveys.untranslated', { language: languageName(tag, locale), count })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul className="problem-list">
          {sortProblems(problems).map((problem, i) => {
            const place = placeOf(problem.path);
            return (
              <li key={`${problem.path}-${i}`}>
                <button type="button" className={`problem problem-${problem.severity}`} onClick={() => onSelect(place)}>
                  <Icon name="warning" />
                  <span>
                    <span className="problem-where">
                      {problem.severity === 'error' ? t('surveys.error') : t('surveys.warning')} · {where(place)}
                    </span>
                    <span className="problem-text">{problem.problem}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
