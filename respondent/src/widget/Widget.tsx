import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HiddenValues } from '../../../src/engine/survey/logic.js';
import { loadSurvey, postResponse, type PublicSurvey, type ResponseContext } from '../page/api.js';
import { newSubmissionId } from '../page/saved.js';
import { createSender } from '../page/sender.js';
import { loadUiStrings, prepareSurvey, Survey, uiStringsFor, type SendOutcome, type SurveyStep } from '../renderer/index.js';
import { surveyText } from '../renderer/text.js';
import { closeLabel, hiddenFromAttributes, kuuloFetch, widgetLanguage } from './widget-logic.js';
import type { MountOptions } from './options.js';

type Shown = { survey: PublicSurvey; language: string; startedAt: number; submissionId: string };

/**
 * The survey in a small non-modal dialog: it appears once the survey has loaded (a survey that is
 * closed or gone shows nothing), takes the focus, and gives it back when it closes (close button
 * or Escape). Answers go to the public API page by page, as on the hosted page, with channel
 * "widget" and the page and identity as context.
 */
export function Widget({ base, survey: entry, identity, pageUrl, onMoment, onClose }: MountOptions) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isRetrying, setIsRetrying] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  // Where the focus was before the widget took it, to give it back.
  const returnFocus = useRef<Element | null>(null);
  const fetchKuulo = useMemo(() => kuuloFetch(base), [base]);
  const sender = useMemo(() => createSender({ post: (body) => postResponse(entry.slug, body, fetchKuulo), onRetrying: setIsRetrying }), [entry.slug, fetchKuulo]);

  useEffect(() => {
    // The chrome in the visitor's first language comes while the survey does (English needs nothing).
    void loadUiStrings(navigator.language);
    void loadSurvey(entry.slug, { language: null, token: null }, fetchKuulo).then(async (outcome) => {
      if (outcome.kind !== 'loaded' || outcome.survey.status !== 'open') return onClose();
      const { survey } = outcome;
      const language = widgetLanguage(survey.definition, navigator.languages, survey.language);
      // Before the first render: the chrome in its language, and the views of any rare question types.
      await prepareSurvey(survey.definition, language);
      returnFocus.current = document.activeElement;
      setShown({ survey, language, startedAt: Date.now(), submissionId: newSubmissionId() });
      onMoment('shown');
    });
  }, []);

  useEffect(() => {
    if (shown) panelRef.current?.focus();
  }, [shown]);

  const attributes = identity?.attributes;
  const hidden = useMemo<HiddenValues>(() => (shown ? hiddenFromAttributes(shown.survey.definition.hiddenFields, attributes) : {}), [shown, attributes]);
  if (!shown) return null;
  const { survey, language, startedAt, submissionId } = shown;
  const definition = survey.definition;
  const ui = uiStringsFor(language);
  const title = surveyText(definition, language, { ...attributes, ...hidden })(definition.title);

  const close = () => {
    if (!isDone) onMoment('dismissed');
    const root = panelRef.current?.getRootNode() as ShadowRoot | undefined;
    const wasInside = !!root?.activeElement;
    onClose();
    // Only when the focus is still ours: the visitor may have moved on to the page meanwhile.
    if (wasInside && returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected) returnFocus.current.focus();
  };

  const context: ResponseContext = { pageUrl, ...(identity ? { identity } : {}) };
  const send = async (step: SurveyStep): Promise<SendOutcome> => {
    setHasFailed(false);
    const result = await sender.send({
      submissionId,
      version: survey.version,
      answers: step.answers,
      ...(Object.keys(hidden).length ? { hidden } : {}),
      language,
      isComplete: step.isComplete,
      channel: 'widget',
      honeypot: step.honeypot,
      elapsedMs: Math.max(0, Date.now() - startedAt),
      context,
    });
    if (result.kind === 'saved') {
      if (step.isComplete) {
        setIsDone(true);
        onMoment('answered');
      }
      return { kind: 'saved', endingId: result.endingId };
    }
    if (result.kind === 'invalid') return result;
    setHasFailed(true);
    return { kind: 'failed' };
  };

  return (
    <div
      class="kw-panel"
      role="dialog"
      aria-label={title}
      tabIndex={-1}
      ref={panelRef}
      lang={language}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button type="button" class="kw-close" aria-label={closeLabel(language)} onClick={close}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
      <div class="kw-body">
        <Survey
          survey={definition}
          language={language}
          hidden={hidden}
          pipeValues={attributes}
          seed={submissionId}
          onNext={send}
          onSubmit={send}
          notice={isRetrying ? <p class="k-alert k-alert--info">{ui.retrying}</p> : hasFailed ? <p class="k-alert k-alert--error">{ui.sendFailed}</p> : null}
        />
      </div>
    </div>
  );
}
