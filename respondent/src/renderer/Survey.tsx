import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnswerValue, HiddenValues } from '../../../src/engine/survey/logic.js';
import type { Ending, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { validateResponse, type ResponseProblem } from '../../../src/engine/survey/validate-response.js';
import { EndScreen } from './EndScreen.js';
import { findPageProblems, problemFromServer, questionIdOf, resolveAnswers, type Draft } from './flow.js';
import { QuestionBlock } from './Question.js';
import { hasQuestionViews, loadQuestionViews } from './questions/lazy.js';
import { fill, uiStringsFor } from './strings.js';
import { surveyText, type PipeValues } from './text.js';
import { applyTheme } from './theme.js';
import type { RenderContext } from './types.js';

/** Where the respondent is: the answers to send (blanks and answers the logic hides left out) and the page. */
export interface SurveyProgress {
  answers: Record<string, AnswerValue>;
  /** Index into the pages the respondent sees (not into the definition's pages). */
  pageIndex: number;
}

/** What Next and Submit hand to the host, which sends it. */
export interface SurveyStep extends SurveyProgress {
  isComplete: boolean;
  /** The hidden field people never see; bots fill it. */
  honeypot: string;
}

/** How a send went, as far as the renderer needs to know; the host shows notices itself. */
export type SendOutcome =
  | { kind: 'saved'; endingId: string | null }
  | { kind: 'invalid'; problems: readonly ResponseProblem[] }
  | { kind: 'failed' };

export interface SurveyProps {
  survey: SurveyDefinition;
  language: string;
  hidden?: HiddenValues;
  /** Contact attributes and the like, for `{{placeholders}}` (hidden fields are piped too). */
  pipeValues?: PipeValues;
  /** Keeps shuffled options in the same order for the same respondent. */
  seed?: string;
  initial?: { answers: Draft; pageIndex: number };
  /** Set when this respondent has already finished: the end screen shows straight away. */
  completed?: { endingId: string | null } | null;
  /** A notice from the host (offline, retrying), announced politely. */
  notice?: ComponentChildren;
  toolbar?: ComponentChildren;
  footer?: ComponentChildren;
  onChange?: (progress: SurveyProgress) => void;
  /** A page was finished: save the answers so far. Problems it reports are shown by their question. */
  onNext?: (step: SurveyStep) => Promise<SendOutcome> | void;
  onSubmit: (step: SurveyStep) => Promise<SendOutcome>;
}

type FocusTarget = 'heading' | 'end' | 'summary' | { question: string };

const noHidden: HiddenValues = {};

/**
 * The survey renderer, shared by the hosted page and the website widget: the current page's
 * visible questions (the logic re-runs on every answer), per-question feedback on Next, progress,
 * and the end screen. Every survey text goes through `localize` and `pipe` and into the page as text.
 */
export function Survey(props: SurveyProps) {
  const { survey, language, hidden = noHidden, pipeValues, seed = '', initial, completed } = props;
  const [draft, setDraft] = useState<Draft>(initial?.answers ?? {});
  const [pageIndex, setPageIndex] = useState(initial?.pageIndex ?? 0);
  const [isChecking, setIsChecking] = useState(false);
  const [serverProblems, setServerProblems] = useState<Readonly<Record<string, string>>>({});
  const [hasSummary, setHasSummary] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [done, setDone] = useState<{ endingId: string | null } | null>(completed ?? null);
  const [focus, setFocus] = useState<{ target: FocusTarget } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // Every render: the root element differs between the questions and the end screen.
  useLayoutEffect(() => applyTheme(rootRef.current, survey.theme));
  const honeypotRef = useRef<HTMLInputElement>(null);
  const uid = useId();
  // Hosts await prepareSurvey first; should a rare question type's view still be missing, fetch it and render again.
  const [, setViewsLoaded] = useState(0);
  useEffect(() => {
    if (!hasQuestionViews(survey)) void loadQuestionViews(survey).then(() => setViewsLoaded((n) => n + 1));
  }, [survey]);

  const ctx = useMemo<RenderContext>(() => {
    const text = surveyText(survey, language, { ...hidden, ...pipeValues });
    return { text, ui: uiStringsFor(language), language, seed };
  }, [survey, language, hidden, pipeValues, seed]);
  const { ui, text } = ctx;
  const { answers, path } = useMemo(() => resolveAnswers(survey, draft, hidden), [survey, draft, hidden]);
  const index = Math.max(0, Math.min(pageIndex, path.pages.length - 1));
  // Hidden-field logic can hide every page; then there is only Submit, which records the visit.
  const page = path.pages[index] ?? { id: '', questions: [], jumps: [] };
  const shown = new Set(path.questions.map((question) => question.id));
  const questions = page.questions.filter((question) => shown.has(question.id));
  const isLastPage = index >= path.pages.length - 1;
  const localProblems = isChecking ? findPageProblems(questions, answers) : {};

  const { onChange } = props;
  // A layout effect runs in the same task as the keystroke, so a reload right after typing keeps it.
  useLayoutEffect(() => {
    if (!done) onChange?.({ answers, pageIndex: index });
  }, [answers, index, done, onChange]);

  useEffect(() => {
    if (focus) moveFocus(rootRef.current, focus.target);
  }, [focus]);

  const step = (isComplete: boolean): SurveyStep => ({ answers, pageIndex: index, isComplete, honeypot: honeypotRef.current?.value ?? '' });

  const answer = (id: string, value: AnswerValue | undefined) => {
    setDraft((current) => ({ ...current, [id]: value }));
    if (serverProblems[id]) setServerProblems(({ [id]: _, ...rest }) => rest);
    setHasSummary(false);
  };

  /** Shows problems the engine or the server found, on the first page that has one. */
  const showProblems = (problems: readonly ResponseProblem[]) => {
    const byQuestion: Record<string, string> = {};
    let isUnplaced = false;
    for (const { path: problemPath, problem } of problems) {
      const id = questionIdOf(problemPath);
      if (id && shown.has(id)) byQuestion[id] ??= problem;
      else isUnplaced = true;
    }
    setServerProblems(byQuestion);
    setHasSummary(isUnplaced);
    const target = path.pages.findIndex((candidate) => candidate.questions.some((question) => question.id in byQuestion));
    if (target >= 0) {
      setPageIndex(target);
      setIsChecking(true);
      const first = path.pages[target]!.questions.find((question) => question.id in byQuestion)!;
      setFocus({ target: { question: first.id } });
    } else {
      setFocus({ target: 'summary' });
    }
  };

  const goNext = async () => {
    const problems = findPageProblems(questions, answers);
    const first = questions.find((question) => problems[question.id]);
    if (first) {
      setIsChecking(true);
      setFocus({ target: { question: first.id } });
      return;
    }
    setIsChecking(false);
    if (!isLastPage) {
      setPageIndex(index + 1);
      setFocus({ target: 'heading' });
      const outcome = await props.onNext?.(step(false));
      if (outcome?.kind === 'invalid') showProblems(outcome.problems);
      return;
    }
    // The same check the server makes, so nothing it would refuse is sent.
    const check = validateResponse(survey, { answers, hidden }, { isComplete: true });
    if (!check.isValid) return showProblems(check.problems);
    setIsSending(true);
    const outcome = await props.onSubmit(step(true));
    setIsSending(false);
    if (outcome.kind === 'saved') {
      setDone({ endingId: outcome.endingId ?? check.ending.id });
      setFocus({ target: 'end' });
    } else if (outcome.kind === 'invalid') {
      showProblems(outcome.problems);
    }
  };

  const goBack = () => {
    setIsChecking(false);
    setPageIndex(index - 1);
    setFocus({ target: 'heading' });
  };

  if (done) {
    const ending: Ending = survey.endings.find((candidate) => candidate.id === done.endingId) ?? path.ending;
    return (
      <div class="k-survey" lang={language} ref={rootRef}>
        {props.toolbar}
        <EndScreen title={text(ending.title)} message={text(ending.message)} redirectUrl={ending.redirectUrl} ui={ui} />
        {props.footer}
      </div>
    );
  }

  const pageLabel = fill(ui.progress, { n: index + 1, total: path.pages.length });
  return (
    <div class="k-survey" lang={language} ref={rootRef}>
      {props.toolbar}
      <form
        class="k-card"
        noValidate
        aria-labelledby={`${uid}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!isSending) void goNext();
        }}
      >
        {path.pages.length > 1 && (
          <div class="k-progress">
            <progress class="k-progress-bar" max={path.pages.length} value={index + 1} aria-label={ui.progressLabel} aria-valuetext={pageLabel} />
            <span class="k-progress-text" aria-hidden="true">
              {pageLabel}
            </span>
          </div>
        )}
        {survey.theme?.logo && <img class="k-logo" src={survey.theme.logo} alt="" />}
        <h1 class="k-title" id={`${uid}-title`}>
          {text(survey.title)}
        </h1>
        {index === 0 && survey.welcome && <p class="k-welcome">{text(survey.welcome)}</p>}
        <h2 class={page.title ? 'k-page-heading' : 'k-page-heading k-sr'} tabIndex={-1}>
          {page.title ? text(page.title) : pageLabel}
        </h2>
        <div class="k-questions">
          {questions.map((question) => {
            const serverProblem = serverProblems[question.id];
            const problem = localProblems[question.id] ?? (serverProblem ? problemFromServer(question, answers[question.id], serverProblem) : undefined);
            return (
              <QuestionBlock
                key={question.id}
                question={question}
                value={draft[question.id]}
                problem={problem}
                onAnswer={(value) => answer(question.id, value)}
                ctx={ctx}
                domId={`${uid}-${question.id}`}
              />
            );
          })}
        </div>
        {hasSummary && (
          <p class="k-alert k-alert--error" role="alert" tabIndex={-1}>
            {ui.errorSummary}
          </p>
        )}
        <div class="k-notice-slot" aria-live="polite">
          {props.notice}
        </div>
        <div class="k-honeypot" aria-hidden="true">
          <label>
            Website
            <input type="text" name="website" tabIndex={-1} autocomplete="off" ref={honeypotRef} />
          </label>
        </div>
        <div class="k-nav">
          {index > 0 && (
            <button type="button" class="k-button k-button--quiet" onClick={goBack}>
              {ui.back}
            </button>
          )}
          <button type="submit" class="k-button k-button--primary" aria-disabled={isSending || undefined}>
            {isLastPage ? (isSending ? ui.sending : ui.submit) : ui.next}
          </button>
        </div>
      </form>
      {props.footer}
    </div>
  );
}

function moveFocus(root: HTMLElement | null, target: FocusTarget): void {
  if (!root) return;
  let element: HTMLElement | null = null;
  if (target === 'heading') element = root.querySelector('.k-page-heading');
  else if (target === 'end') element = root.querySelector('.k-end-title');
  else if (target === 'summary') element = root.querySelector('.k-alert');
  else {
    // The question's text and error sit above its first control: show them, then focus the control.
    const block = root.querySelector<HTMLElement>(`[data-question="${target.question}"]`);
    block?.scrollIntoView({ block: 'start' });
    block?.querySelector<HTMLElement>('input:not([tabindex="-1"]), select, textarea, button')?.focus({ preventScroll: true });
    return;
  }
  element?.focus();
  // After a page change the top of the survey may be above the screen; bring it back.
  if (target === 'heading' || target === 'end') {
    if (root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: 'start' });
  }
}
