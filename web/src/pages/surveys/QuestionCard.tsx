import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyProblem } from '../../api/surveys.js';
import { Icon } from '../../components/Icon.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { earlierQuestions } from './conditions.js';
import { IconButton, InlineProblems, TextAreaField } from './controls.js';
import { canMoveQuestion, setText, updateQuestion, withOptional } from './definition.js';
import type { QuestionRef, Wording } from './definition.js';
import { Editable, useCanEdit } from './editing.js';
import { LogicEditor } from './LogicEditor.js';
import { anchorOf, isTranslationWarning } from './problems.js';
import { QuestionFields } from './QuestionFields.js';
import { questionTypeText } from './questionTypes.js';

export interface QuestionActions {
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
  move: (ref: QuestionRef, delta: -1 | 1) => void;
  duplicate: (ref: QuestionRef) => void;
  remove: (ref: QuestionRef) => void;
  numberOf: (questionId: string) => number | undefined;
  isExpanded: (questionId: string) => boolean;
  toggle: (questionId: string) => void;
}

interface QuestionCardProps {
  survey: SurveyDefinition;
  at: QuestionRef;
  question: Question;
  number: number;
  wording: Wording;
  problems: readonly SurveyProblem[];
  actions: QuestionActions;
}

/** One question in the builder: a header with its actions, then either a one-line summary or the whole editor. */
export function QuestionCard({ survey, at, question, number, wording, problems, actions }: QuestionCardProps) {
  const { t } = useI18n();
  const language = survey.defaultLanguage;
  const anchor = anchorOf({ kind: 'question', page: at.page, question: at.index });
  const shown = problems.filter((p) => !isTranslationWarning(p));
  const errors = shown.filter((p) => p.severity === 'error').length;
  const name = t('surveys.questionN', { n: number });
  const isExpanded = actions.isExpanded(question.id);
  const canEdit = useCanEdit();
  const summary = question.text[language]?.trim();

  return (
    <article id={anchor} tabIndex={-1} className={`question-card${errors ? ' has-errors' : shown.length ? ' has-warnings' : ''}`} aria-labelledby={`${anchor}-title`}>
      <header className="question-card-header">
        <h3 id={`${anchor}-title`}>
          <button type="button" className="question-toggle" aria-expanded={isExpanded} aria-controls={`${anchor}-body`} onClick={() => actions.toggle(question.id)}>
            <Icon name="chevron" className="question-chevron" />
            <span>{name}</span>
            <span className="question-type">{t(questionTypeText[question.type].name)}</span>
          </button>
        </h3>
        <code className="question-id" title={t('surveys.questionId')}>
          {question.id}
        </code>
        <div className="question-actions">
          <IconButton icon="up" label={t('surveys.moveQuestionUp', { n: number })} data-action="up" disabled={!canEdit || !canMoveQuestion(survey, at, -1)} onClick={() => actions.move(at, -1)} />
          <IconButton icon="down" label={t('surveys.moveQuestionDown', { n: number })} data-action="down" disabled={!canEdit || !canMoveQuestion(survey, at, 1)} onClick={() => actions.move(at, 1)} />
          <IconButton icon="duplicate" label={t('surveys.duplicateQuestion', { n: number })} disabled={!canEdit} onClick={() => actions.duplicate(at)} />
          <IconButton icon="trash" tone="danger" label={t('surveys.deleteQuestion', { n: number })} disabled={!canEdit} onClick={() => actions.remove(at)} />
        </div>
      </header>
      {!isExpanded && (
        <div className="question-summary">
          <p className={summary ? undefined : 'muted'}>{summary || t('surveys.noText')}</p>
          <ul className="chip-list">
            {question.required && <li className="tag">{t('surveys.required')}</li>}
            {question.visibleIf && <li className="tag">{t('surveys.conditionalTag')}</li>}
            {shown.length > 0 && <li className={`tag tag-${errors ? 'error' : 'warning'}`}>{t('surveys.problemCount', { count: shown.length })}</li>}
          </ul>
        </div>
      )}
      {isExpanded && (
        <div id={`${anchor}-body`} className="question-body">
          <InlineProblems problems={problems} />
          <Editable>
            <QuestionBody survey={survey} at={at} question={question} wording={wording} actions={actions} />
          </Editable>
        </div>
      )}
    </article>
  );
}

/** The question's texts, settings and condition, edited in the survey's default language. */
function QuestionBody({ survey, at, question, wording, actions }: Pick<QuestionCardProps, 'survey' | 'at' | 'question' | 'wording' | 'actions'>) {
  const { t } = useI18n();
  const language = survey.defaultLanguage;
  const change = (update: (q: Question) => Question) => actions.edit((s) => updateQuestion(s, at, update));
  return (
    <>
      <TextAreaField
        className="field-grow"
        rows={1}
        label={t('surveys.questionText')}
        value={question.text[language] ?? ''}
        onValueChange={(value) => change((q) => ({ ...q, text: setText(q.text, language, value, language) }))}
      />
      <TextField
        label={t('surveys.description')}
        hint={t('surveys.optional')}
        value={question.description?.[language] ?? ''}
        onValueChange={(value) =>
          change((q) => {
            const description = setText(q.description, language, value, language);
            if (Object.values(description).some((text) => text !== '')) return { ...q, description };
            const { description: _removed, ...rest } = q;
            return rest as Question;
          })
        }
      />
      <label className="checkbox">
        <input type="checkbox" checked={question.required} onChange={(event) => change((q) => ({ ...q, required: event.target.checked }))} />
        {t('surveys.required')}
      </label>
      <QuestionFields question={question} language={language} wording={wording} onChange={change} />
      <LogicEditor
        survey={survey}
        earlier={earlierQuestions(survey, at)}
        condition={question.visibleIf}
        numberOf={actions.numberOf}
        onChange={(visibleIf) => change((q) => withOptional(q, 'visibleIf', visibleIf))}
      />
    </>
  );
}
