import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyProblem } from '../../api/surveys.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { InlineProblems, TextAreaField } from './controls.js';
import { Editable } from './editing.js';
import { placeOf } from './problems.js';
import { setTextAt } from './texts.js';

export interface TextsProps {
  survey: SurveyDefinition;
  problems: readonly SurveyProblem[];
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
}

/** The survey's own name (for the team) and the title and welcome respondents see. */
export function SurveyTexts({ survey, problems, edit, name, onRename }: TextsProps & { name: string; onRename: (name: string) => void }) {
  const { t } = useI18n();
  const language = survey.defaultLanguage;
  const own = problems.filter((p) => placeOf(p.path).kind === 'survey');
  return (
    <section id="survey-texts" tabIndex={-1} className="builder-card" aria-labelledby="survey-texts-title">
      <h2 id="survey-texts-title">{t('surveys.basics')}</h2>
      <InlineProblems problems={own} />
      <Editable>
        <TextField label={t('surveys.name')} hint={t('surveys.nameHint')} value={name} onValueChange={onRename} error={name.trim() ? undefined : t('field.required')} />
        <TextField
          label={t('surveys.surveyTitle')}
          hint={t('surveys.surveyTitleHint')}
          value={survey.title[language] ?? ''}
          onValueChange={(value) => edit((s) => setTextAt(s, { path: ['title'], isOptional: false }, language, value))}
        />
        <TextAreaField
          label={t('surveys.welcome')}
          hint={t('surveys.optional')}
          rows={2}
          value={survey.welcome?.[language] ?? ''}
          onValueChange={(value) => edit((s) => setTextAt(s, { path: ['welcome'], isOptional: true }, language, value))}
        />
      </Editable>
    </section>
  );
}
