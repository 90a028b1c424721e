import type { Page, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyProblem } from '../../api/surveys.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { questionsBeforePage } from './conditions.js';
import { IconButton, InlineProblems } from './controls.js';
import { withOptional } from './definition.js';
import type { Wording } from './definition.js';
import { Editable, useCanEdit } from './editing.js';
import { JumpsEditor } from './JumpsEditor.js';
import { LogicEditor } from './LogicEditor.js';
import { AddQuestionMenu } from './AddQuestionMenu.js';
import { isJumpProblem, placeOf } from './problems.js';
import { QuestionCard } from './QuestionCard.js';
import type { QuestionActions } from './QuestionCard.js';
import { setTextAt } from './texts.js';
import type { QuestionType } from '../../../../src/engine/survey/schema.js';

interface PageSectionProps {
  survey: SurveyDefinition;
  page: Page;
  index: number;
  /** The number of the page's first question, counted through the whole survey. */
  firstNumber: number;
  wording: Wording;
  problems: readonly SurveyProblem[];
  actions: QuestionActions & {
    addQuestion: (page: number, type: QuestionType) => void;
    movePage: (page: number, delta: -1 | 1) => void;
    removePage: (page: number) => void;
  };
}

/** A page of the survey: its optional title, its questions, what decides whether it is shown and where it leads. */
export function PageSection({ survey, page, index, firstNumber, wording, problems, actions }: PageSectionProps) {
  const { t } = useI18n();
  const language = survey.defaultLanguage;
  const n = index + 1;
  const canEdit = useCanEdit();
  const pageProblems = problems.filter((p) => {
    const place = placeOf(p.path);
    return place.kind === 'page' && place.page === index && !isJumpProblem(p, index);
  });
  const questionProblems = (q: number) =>
    problems.filter((p) => {
      const place = placeOf(p.path);
      return place.kind === 'question' && place.page === index && place.question === q;
    });

  return (
    <section id={`page-${index}`} tabIndex={-1} className="page-section" aria-labelledby={`page-${index}-title`}>
      <header className="page-section-header">
        <h2 id={`page-${index}-title`}>{t('surveys.pageN', { n, count: survey.pages.length })}</h2>
        <div className="question-actions">
          <IconButton icon="up" label={t('surveys.movePageUp', { n })} disabled={!canEdit || index === 0} onClick={() => actions.movePage(index, -1)} />
          <IconButton icon="down" label={t('surveys.movePageDown', { n })} disabled={!canEdit || index === survey.pages.length - 1} onClick={() => actions.movePage(index, 1)} />
          <IconButton icon="trash" tone="danger" label={t('surveys.deletePage', { n })} disabled={!canEdit || survey.pages.length <= 1} onClick={() => actions.removePage(index)} />
        </div>
      </header>
      <InlineProblems problems={pageProblems} />
      <Editable className="page-fields">
        <TextField
          label={t('surveys.pageTitle')}
          hint={t('surveys.optional')}
          value={page.title?.[language] ?? ''}
          onValueChange={(value) => actions.edit((s) => setTextAt(s, { path: ['pages', index, 'title'], isOptional: true }, language, value))}
        />
        {index > 0 && (
          <LogicEditor
            survey={survey}
            earlier={questionsBeforePage(survey, index)}
            condition={page.visibleIf}
            numberOf={actions.numberOf}
            isPage
            onChange={(visibleIf) => actions.edit((s) => ({ ...s, pages: s.pages.map((p, i) => (i === index ? withOptional(p, 'visibleIf', visibleIf) : p)) }))}
          />
        )}
      </Editable>
      {page.questions.length === 0 && <p className="muted">{t('surveys.emptyPage')}</p>}
      <ol className="question-list">
        {page.questions.map((question, q) => (
          <li key={question.id}>
            <QuestionCard
              survey={survey}
              at={{ page: index, index: q }}
              question={question}
              number={firstNumber + q}
              wording={wording}
              problems={questionProblems(q)}
              actions={actions}
            />
          </li>
        ))}
      </ol>
      {canEdit && <AddQuestionMenu label={t('surveys.addQuestionToPage', { n })} onAdd={(type) => actions.addQuestion(index, type)} />}
      <JumpsEditor survey={survey} index={index} problems={problems} numberOf={actions.numberOf} edit={actions.edit} />
    </section>
  );
}
