import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { pickUiLocale } from '../../../src/engine/i18n/locales.js';
import { walkSurvey, type HiddenValues } from '../../../src/engine/survey/logic.js';
import { surveyText } from '../renderer/text.js';
import { hasUiStrings, loadUiStrings, prepareSurvey, Survey, uiStringsFor, type SendOutcome, type SurveyProgress, type SurveyStep, type UiStrings } from '../renderer/index.js';
import { loadSurvey, postResponse, type PublicSurvey, type StopReason } from './api.js';
import { chooseLanguage } from './language.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { embeddedAnswerFrom, hiddenValuesFrom, readSurveyLink, withEmbeddedAnswer, withoutEmbeddedAnswers, type SurveyLink } from './link.js';
import { MessageScreen } from './MessageScreen.js';
import { createResponseStore, newSubmissionId, type SavedCompletion, type SavedResponse } from './saved.js';
import { createSender } from './sender.js';

type Message = 'notFound' | 'loadFailed' | StopReason;

type View =
  | { kind: 'loading' }
  | { kind: 'message'; message: Message }
  | { kind: 'survey'; survey: PublicSurvey; saved: SavedResponse | null; language: string };

const messageText = (ui: UiStrings, message: Message): [title: string, text: string] =>
  (
    {
    notFound: [ui.notFoundTitle, ui.notFoundText],
    loadFailed: [ui.loadFailedTitle, ui.loadFailedText],
    closed: [ui.closedTitle, ui.closedText],
    not_yet_open: [ui.notOpenTitle, ui.notOpenText],
    full: [ui.fullTitle, ui.fullText],
    link_invalid: [ui.linkInvalidTitle, ui.linkInvalidText],
    link_expired: [ui.linkExpiredTitle, ui.linkExpiredText],
    link_used: [ui.linkUsedTitle, ui.linkUsedText],
    } satisfies Record<Message, [string, string]>
  )[message];

/**
 * The hosted survey page at /s/:slug: loads the published survey, resumes a response kept in the
 * browser, and sends the answers on every Next (partial) and on Submit (complete). Nothing is sent
 * until the respondent acts, not even an answer chosen in an invitation mail: mail scanners open
 * every link in a mail, and opening one must not answer for the recipient.
 */
export function HostedSurvey(props: { link?: SurveyLink }) {
  // Read once: the language switcher rewrites ?lang= in place, which must not reload the survey.
  const [link] = useState(() => props.link ?? readSurveyLink(new URL(location.href)));
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const store = useMemo(() => createResponseStore(link.slug ?? ''), [link.slug]);
  const fallbackLanguage = pickUiLocale([link.requestedLanguage ?? '', ...navigator.languages]);
  // The chrome in languages other than English is a chunk of its own: fetched alongside the survey.
  const [hasFallbackStrings, setHasFallbackStrings] = useState(() => hasUiStrings(fallbackLanguage));
  useEffect(() => void loadUiStrings(fallbackLanguage).then(() => setHasFallbackStrings(true)), [fallbackLanguage]);

  useEffect(() => {
    if (!link.slug) return void loadUiStrings(fallbackLanguage).then(() => setView({ kind: 'message', message: 'notFound' }));
    let isCurrent = true;
    const loading = loadSurvey(link.slug, { language: link.requestedLanguage, token: link.token });
    void Promise.all([loading, loadUiStrings(fallbackLanguage)]).then(async ([outcome]) => {
      if (!isCurrent) return;
      if (outcome.kind === 'stopped') return setView({ kind: 'message', message: outcome.reason });
      if (outcome.kind !== 'loaded') return setView({ kind: 'message', message: outcome.kind === 'not_found' ? 'notFound' : 'loadFailed' });
      const { survey } = outcome;
      let saved = store.load();
      if (saved?.state === 'in_progress' && saved.version !== survey.version) saved = null;
      // A finished respondent sees their thank-you again, whatever has happened to the survey since.
      if (saved?.state !== 'complete' && survey.status !== 'open') return setView({ kind: 'message', message: survey.status });
      const language = chooseLanguage(survey.definition, { requested: link.requestedLanguage, saved: saved?.language, apiChoice: survey.language });
      await prepareSurvey(survey.definition, language);
      if (isCurrent) setView({ kind: 'survey', survey, saved, language });
    });
    return () => {
      isCurrent = false;
    };
  }, [link, store, attempt]);

  if (view.kind === 'survey') return <SurveyScreen key={view.survey.version} {...view} link={link} store={store} onStop={(message) => setView({ kind: 'message', message })} />;
  const ui = uiStringsFor(fallbackLanguage);
  if (view.kind === 'loading') {
    return (
      <main class="k-page k-loading">
        <div role="status">
          <span class="k-spinner" aria-hidden="true" />
          <span class="k-sr">{hasFallbackStrings ? ui.loading : ''}</span>
        </div>
      </main>
    );
  }
  const [title, text] = messageText(ui, view.message);
  return (
    <MessageScreen title={title} text={text} language={fallbackLanguage}>
      {view.message === 'loadFailed' && (
        <button type="button" class="k-button k-button--primary" onClick={() => (setView({ kind: 'loading' }), setAttempt((n) => n + 1))}>
          {ui.tryAgain}
        </button>
      )}
    </MessageScreen>
  );
}

interface SurveyScreenProps {
  survey: PublicSurvey;
  saved: SavedResponse | null;
  language: string;
  link: SurveyLink;
  store: ReturnType<typeof createResponseStore>;
  onStop: (message: Message) => void;
}

function SurveyScreen({ survey, saved, link, store, onStop, ...props }: SurveyScreenProps) {
  const definition = survey.definition;
  const [language, setLanguage] = useState(props.language);
  const [isRetrying, setIsRetrying] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  // A personal link's hidden fields are signed: they win over the address bar, as on the server.
  const hidden = useMemo<HiddenValues>(
    () => ({ ...hiddenValuesFrom(link.params, definition.hiddenFields), ...survey.personal?.hidden }),
    [link, definition, survey.personal],
  );
  const pipeValues = survey.personal?.piping ?? undefined;
  // Fixed for this respondent and this survey: every retry and every save reuses it.
  const [identity] = useState(() =>
    saved?.state === 'in_progress' ? { submissionId: saved.submissionId, startedAt: saved.startedAt } : { submissionId: saved?.submissionId ?? newSubmissionId(), startedAt: Date.now() },
  );
  const sender = useMemo(() => createSender({ post: (body) => postResponse(survey.slug, body), onRetrying: setIsRetrying }), [survey.slug]);
  const ui = uiStringsFor(language);
  // An answer chosen in the mail is only chosen here: it is sent with the page, on Next or Submit.
  const [embedded] = useState(() => (saved?.state === 'complete' ? null : embeddedAnswerFrom(link.params, definition)));
  const [initial] = useState(() => withEmbeddedAnswer(saved?.state === 'in_progress' ? saved : undefined, embedded));
  const [hasSent, setHasSent] = useState(false);

  useEffect(() => {
    const url = withoutEmbeddedAnswers(new URL(location.href));
    if (url) history.replaceState(history.state, '', url);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = surveyText(definition, language, { ...hidden, ...pipeValues })(definition.title);
  }, [language, definition, hidden, pipeValues]);

  const keep = useCallback(
    (progress: SurveyProgress, lang = language) =>
      store.save({ state: 'in_progress', submissionId: identity.submissionId, version: survey.version, startedAt: identity.startedAt, language: lang, ...progress }),
    [store, identity, survey.version, language],
  );
  const [progress, setProgress] = useState<SurveyProgress | null>(initial ?? null);
  const [completion, setCompletion] = useState<SavedCompletion | null>(saved?.state === 'complete' ? saved : null);
  const onChange = useCallback(
    (next: SurveyProgress) => {
      setProgress(next);
      // Nothing answered yet is nothing to keep.
      if (Object.keys(next.answers).length > 0 || next.pageIndex > 0) keep(next);
    },
    [keep],
  );

  const send = async (step: SurveyStep): Promise<SendOutcome> => {
    setHasFailed(false);
    setHasSent(true);
    const result = await sender.send({
      submissionId: identity.submissionId,
      version: survey.version,
      answers: step.answers,
      ...(Object.keys(hidden).length ? { hidden } : {}),
      language,
      isComplete: step.isComplete,
      channel: link.channel,
      honeypot: step.honeypot,
      elapsedMs: Math.max(0, Date.now() - identity.startedAt),
      ...(link.token ? { token: link.token } : {}),
    });
    switch (result.kind) {
      case 'saved':
        if (step.isComplete) {
          // The server names no ending when it quietly drops a bot; the walk knows the one shown.
          const endingId = result.endingId ?? walkSurvey(definition, step.answers, hidden).ending.id;
          const done: SavedCompletion = { state: 'complete', submissionId: identity.submissionId, endingId, language };
          store.save(done);
          setCompletion(done);
        }
        return { kind: 'saved', endingId: result.endingId };
      case 'invalid':
        return result;
      case 'stopped':
        store.clear();
        onStop(result.reason);
        return { kind: 'failed' };
      case 'rejected':
        setHasFailed(true);
        return { kind: 'failed' };
    }
  };

  const switchLanguage = async (next: string) => {
    await loadUiStrings(next);
    setLanguage(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
    if (completion) store.save({ ...completion, language: next });
    else if (progress) keep(progress, next);
  };

  return (
    <main class="k-page">
      <Survey
        survey={definition}
        language={language}
        hidden={hidden}
        pipeValues={pipeValues}
        seed={identity.submissionId}
        initial={initial}
        completed={saved?.state === 'complete' ? { endingId: saved.endingId } : null}
        onChange={onChange}
        onNext={send}
        onSubmit={send}
        notice={
          isRetrying ? (
            <p class="k-alert k-alert--info">{ui.retrying}</p>
          ) : hasFailed ? (
            <p class="k-alert k-alert--error">{ui.sendFailed}</p>
          ) : embedded && !hasSent && progress?.pageIndex === 0 && progress.answers[embedded.questionId] === embedded.value ? (
            <p class="k-alert k-alert--info">{ui.embeddedAnswer}</p>
          ) : null
        }
        toolbar={definition.languages.length > 1 ? <LanguageSwitcher languages={definition.languages} value={language} label={ui.language} onChange={(next) => void switchLanguage(next)} /> : null}
        footer={survey.isAnonymous ? <p class="k-footnote">{ui.anonymous}</p> : null}
      />
    </main>
  );
}
