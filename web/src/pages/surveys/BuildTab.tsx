import { useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionType, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { SurveyIcon } from './controls.js';
import { addPage, addQuestion, duplicateQuestion, movePage, moveQuestion, questionAt, questionIdsOf, removePage, removeQuestion } from './definition.js';
import type { QuestionRef } from './definition.js';
import { CanEditContext } from './editing.js';
import { EndingsEditor } from './EndingsEditor.js';
import { HiddenFieldsEditor } from './HiddenFieldsEditor.js';
import { LanguagesPanel } from './LanguagesPanel.js';
import { PageSection } from './PageSection.js';
import { PreviewPanel } from './PreviewPanel.js';
import { anchorOf } from './problems.js';
import type { ProblemPlace } from './problems.js';
import { ProblemsPanel } from './ProblemsPanel.js';
import { PublishBar } from './PublishBar.js';
import { SurveyTexts } from './SurveyTexts.js';
import { ThemeSection } from './ThemeSection.js';
import { TranslationsView } from './TranslationsView.js';
import type { SurveyDraft } from './useSurveyDraft.js';
import { surveyWording } from './wording.js';
import './builder.css';
import './questions.css';
import './panels.css';
import './logic.css';

type Mode = 'questions' | 'translations';

/** The builder: the draft's texts and questions, or its translations, beside the logic check and a preview. */
export function BuildTab({ workspaceId, draft }: { workspaceId: string; draft: SurveyDraft }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const canManage = can('surveys.manage');
  const { definition: survey, edit } = draft;
  const [mode, setMode] = useState<Mode>('questions');
  const [translateTo, setTranslateTo] = useState(survey.languages.find((l) => l !== survey.defaultLanguage) ?? '');
  const [previewLanguage, setPreviewLanguage] = useState(survey.defaultLanguage);
  const [previewPage, setPreviewPage] = useState(0);
  const [deleting, setDeleting] = useState<{ kind: 'question'; ref: QuestionRef } | { kind: 'page'; page: number } | null>(null);
  // Long surveys open folded, so the page reads as an outline; short ones open ready to edit.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const ids = survey.pages.flatMap((p) => p.questions.map((q) => q.id));
    return new Set(ids.length <= 4 ? ids : []);
  });
  const expand = (id: string | undefined) => id && setExpanded((current) => new Set([...current, id]));
  const wording = useMemo(() => surveyWording(survey.defaultLanguage, survey.languages), [survey.defaultLanguage, survey.languages]);

  // After a move, an addition or a jump from the problems list, focus goes where the person's attention is.
  const pendingFocus = useRef<{ selector: string; block: ScrollLogicalPosition } | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const focus = (selector: string, block: ScrollLogicalPosition = 'nearest') => {
    pendingFocus.current = { selector, block };
    setFocusTick((n) => n + 1);
  };
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    pendingFocus.current = null;
    const target = document.querySelector<HTMLElement>(wanted.selector);
    target?.scrollIntoView({ block: wanted.block });
    target?.focus({ preventScroll: true });
  }, [focusTick, mode]);

  const numbers = new Map<string, number>();
  const firstNumbers = survey.pages.map((page) => {
    const first = numbers.size + 1;
    page.questions.forEach((q) => numbers.set(q.id, numbers.size + 1));
    return first;
  });
  const questionAnchor = (ref: QuestionRef) => `#${anchorOf({ kind: 'question', page: ref.page, question: ref.index })}`;

  const actions = {
    edit,
    numberOf: (id: string) => numbers.get(id),
    isExpanded: (id: string) => expanded.has(id),
    toggle: (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    move: (ref: QuestionRef, delta: -1 | 1) => {
      const result = moveQuestion(survey, ref, delta);
      edit(() => result.survey);
      setPreviewPage(result.ref.page);
      focus(`${questionAnchor(result.ref)} [data-action="${delta < 0 ? 'up' : 'down'}"]:not(:disabled), ${questionAnchor(result.ref)}`);
    },
    duplicate: (ref: QuestionRef) => {
      const result = duplicateQuestion(survey, ref);
      edit(() => result.survey);
      expand(questionAt(result.survey, result.ref)?.id);
      focus(questionAnchor(result.ref));
    },
    remove: (ref: QuestionRef) => setDeleting({ kind: 'question', ref }),
    addQuestion: (page: number, type: QuestionType) => {
      const result = addQuestion(survey, page, type, wording);
      edit(() => result.survey);
      expand(questionAt(result.survey, result.ref)?.id);
      setPreviewPage(page);
      focus(`${questionAnchor(result.ref)} :is(textarea, input)`);
    },
    movePage: (page: number, delta: -1 | 1) => {
      edit((s) => movePage(s, page, delta));
      focus(`#page-${page + delta}`);
    },
    removePage: (page: number) => setDeleting({ kind: 'page', page }),
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    if (deleting.kind === 'question') edit((s: SurveyDefinition) => removeQuestion(s, deleting.ref));
    else edit((s: SurveyDefinition) => removePage(s, deleting.page));
    setDeleting(null);
    focus(deleting.kind === 'question' ? `#page-${deleting.ref.page}` : '#survey-texts');
  };

  const selectProblem = (place: ProblemPlace) => {
    setMode('questions');
    if (place.kind === 'question' || place.kind === 'page') setPreviewPage(place.page);
    if (place.kind === 'question') expand(questionAt(survey, { page: place.page, index: place.question })?.id);
    focus(`#${anchorOf(place)}`, 'start');
  };

  return (
    <div className="builder">
      <PublishBar workspaceId={workspaceId} draft={draft} canManage={canManage} />
      <div className="builder-layout">
        <CanEditContext.Provider value={canManage}>
          <div className="builder-main">
            <div className="builder-toolbar">
              <div className="segmented" role="group" aria-label={t('surveys.view')}>
                <button type="button" aria-pressed={mode === 'questions'} onClick={() => setMode('questions')}>
                  {t('surveys.mode.questions')}
                </button>
                <button type="button" aria-pressed={mode === 'translations'} onClick={() => setMode('translations')}>
                  {t('surveys.mode.translations')}
                </button>
              </div>
              {mode === 'questions' && (
                <div className="button-row">
                  <button type="button" className="button button-secondary button-small" onClick={() => setExpanded(questionIdsOf(survey))}>
                    {t('surveys.expandAll')}
                  </button>
                  <button type="button" className="button button-secondary button-small" onClick={() => setExpanded(new Set())}>
                    {t('surveys.collapseAll')}
                  </button>
                </div>
              )}
            </div>
            {mode === 'translations' ? (
              <>
                <LanguagesPanel survey={survey} edit={edit} onAdded={setTranslateTo} />
                <TranslationsView survey={survey} language={translateTo} onLanguage={setTranslateTo} edit={edit} />
              </>
            ) : (
              <>
                <SurveyTexts survey={survey} problems={draft.problems} edit={edit} name={draft.name} onRename={draft.rename} />
                <ThemeSection survey={survey} edit={edit} />
                <HiddenFieldsEditor survey={survey} problems={draft.problems} edit={edit} />
                {survey.pages.map((page, index) => (
                  <PageSection
                    key={page.id}
                    survey={survey}
                    page={page}
                    index={index}
                    firstNumber={firstNumbers[index] ?? 1}
                    wording={wording}
                    problems={draft.problems}
                    actions={actions}
                  />
                ))}
                <div>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={!canManage}
                    onClick={() => {
                      edit(addPage);
                      focus(`#page-${survey.pages.length}`);
                    }}
                  >
                    <SurveyIcon name="plus" />
                    {t('surveys.addPage')}
                  </button>
                </div>
                <EndingsEditor survey={survey} problems={draft.problems} edit={edit} />
              </>
            )}
          </div>
        </CanEditContext.Provider>
        <aside className="builder-side" aria-label={t('surveys.sidePanel')}>
          <ProblemsPanel
            survey={survey}
            problems={draft.problems}
            onSelect={selectProblem}
            onTranslate={(language) => {
              setTranslateTo(language);
              setMode('translations');
              focus('#translations-title', 'start');
            }}
          />
          <PreviewPanel survey={survey} language={previewLanguage} page={previewPage} onLanguage={setPreviewLanguage} onPage={setPreviewPage} />
        </aside>
      </div>
      <ConfirmDialog
        isOpen={deleting !== null}
        title={deleting?.kind === 'page' ? t('surveys.deletePageTitle', { n: deleting.page + 1 }) : t('surveys.deleteQuestionTitle')}
        body={deleting?.kind === 'page' ? t('surveys.deletePageBody') : t('surveys.deleteQuestionBody')}
        confirmLabel={t('surveys.delete')}
        onConfirm={confirmDelete}
        onDismiss={() => setDeleting(null)}
      />
    </div>
  );
}
