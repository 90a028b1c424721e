/**
 * widget.js, the one script a company puts on its site:
 *
 *   <script src="https://kuulo.example.com/widget.js" data-workspace="WORKSPACE_ID" async></script>
 *
 * It defines `window.kuulo` (track, identify, reset; calls queued in `kuulo.q` before it loaded are
 * run), fetches the workspace's widget rules, and when a survey's trigger fires on a page, for a
 * visitor, at a time the rules allow, loads the widget bundle and hands the survey over. It stays
 * small (3 KB gzip) because every page of the site loads it; the widget is loaded only when needed.
 */
import type { MountOptions } from '../widget/options.js';
import { mayAsk } from './ask.js';
import { createMemory } from './memory.js';
import { cleanIdentity, isExitIntent, pageMatches, scrolledPercent, targetingHolds, whenFires, type Signal, type WidgetConfig, type WidgetSurvey } from './rules.js';

/** The widget bundle's path under Kuulo's base URL, hashed, set by the build (respondent/vite.config.ts). */
declare const __KUULO_WIDGET_PATH__: string;

type Method = 'track' | 'identify' | 'reset';
interface KuuloApi {
  track(name: string): void;
  /** `options.signature`: the id signed by the company's server (hex HMAC-SHA256 with the workspace's identity secret). */
  identify(id: string, attributes?: Record<string, string | number | boolean>, options?: { signature?: string }): void;
  reset(): void;
  /** Calls made before widget.js ran, by the optional stub: [method, arguments]. */
  q?: [Method, ArrayLike<unknown>][];
  version?: number;
}

declare global {
  interface Window {
    kuulo?: KuuloApi;
  }
}

start();

function start(): void {
  const earlier = window.kuulo;
  if (earlier?.version) return; // widget.js is on the page twice: the first one runs
  const script = (document.currentScript ?? document.querySelector('script[data-workspace][src*="widget.js"]')) as HTMLScriptElement | null;
  const workspaceId = script?.dataset['workspace'];
  if (!script?.src || !workspaceId) {
    console.warn('Kuulo widget: the <script> needs data-workspace="…" (your workspace id).');
    return;
  }
  const base = new URL('.', script.src).href;
  const widgetApi = `${base}api/v1/public/widget/${encodeURIComponent(workspaceId)}`;
  const memory = createMemory(workspaceId);
  let config: WidgetConfig | null = null;
  let isShowing = false;
  /** Surveys that could not be shown on this page view (closed meanwhile, offline, the contact asked enough): not tried again. */
  const skipped = new Set<string>();
  /** Events tracked before the rules arrived, replayed when they do. */
  const early: string[] = [];

  const isEligible = (survey: WidgetSurvey, rules: WidgetConfig) =>
    !skipped.has(survey.surveyId) &&
    pageMatches(survey.triggers?.pages ?? [], new URL(location.href)) &&
    targetingHolds(survey.targeting ?? [], memory.identity()?.attributes ?? {}) &&
    memory.isRested(survey, rules.cooldownDays) &&
    memory.isSampledIn(survey);

  /** Something happened: the first survey it sets off that may be shown here and now is shown. */
  function signal(happened: Signal): void {
    if (!config || isShowing) return;
    const survey = config.surveys.find((candidate) => whenFires(candidate.triggers?.when, happened) && isEligible(candidate, config!));
    if (survey) void show(survey);
  }

  async function show(survey: WidgetSurvey): Promise<void> {
    isShowing = true;
    let wasShown = false;
    const giveUp = () => {
      isShowing = false;
      if (!wasShown) skipped.add(survey.surveyId);
    };
    try {
      // A verified visitor is a known contact, whom mail and personal links may have asked enough already.
      if (!(await mayAsk(`${widgetApi}/ask`, survey.surveyId, memory.identity()))) return giveUp();
      const widget = (await import(/* @vite-ignore */ base + __KUULO_WIDGET_PATH__)) as { mount(options: MountOptions): void };
      const url = new URL(location.href);
      widget.mount({
        base,
        survey: { surveyId: survey.surveyId, slug: survey.slug },
        identity: memory.identity(),
        // Without the query and fragment, which can carry tokens and e-mail addresses.
        pageUrl: `${url.protocol}//${url.host}${url.pathname}`.slice(0, 2000),
        onMoment: (moment) => {
          wasShown ||= moment === 'shown';
          memory.record(survey.surveyId, moment);
        },
        onClose: giveUp,
      });
    } catch {
      giveUp(); // the bundle did not load (offline, blocked): maybe on the next page
    }
  }

  function listen(rules: WidgetConfig): void {
    const whens = rules.surveys.map((survey) => survey.triggers?.when).filter((when) => when !== undefined);
    for (const when of whens) {
      if (when.type === 'delay') {
        // Seconds on the page: counted from when it started loading, not from when this ran. (A timer
        // may fire a hair early by performance.now(), so it says the time it was set for.)
        setTimeout(() => signal({ type: 'time', seconds: when.seconds }), Math.max(0, when.seconds * 1000 - performance.now()));
      }
    }
    if (whens.some((when) => when.type === 'scroll')) {
      let isPending = false;
      addEventListener(
        'scroll',
        () => {
          if (isPending) return;
          isPending = true;
          requestAnimationFrame(() => {
            isPending = false;
            const root = document.documentElement;
            signal({ type: 'scroll', percent: scrolledPercent({ scrollTop: scrollY, viewportHeight: innerHeight, pageHeight: root.scrollHeight }) });
          });
        },
        { passive: true },
      );
    }
    // A mouse leaving through the top is someone heading for the tabs; touch screens have no such gesture.
    if (whens.some((when) => when.type === 'exit_intent') && matchMedia('(hover: hover) and (pointer: fine)').matches) {
      document.addEventListener('mouseout', (event) => {
        if (isExitIntent(event)) signal({ type: 'exit' });
      });
    }
  }

  const api: KuuloApi = {
    track(name) {
      if (typeof name !== 'string') return;
      if (config) signal({ type: 'event', name });
      else early.push(name);
    },
    identify(id, attributes, options) {
      const known = memory.identity();
      const same = known?.id === String(id) ? known : null;
      const identity = cleanIdentity(id, { ...same?.attributes, ...attributes }, options?.signature ?? same?.signature);
      if (!identity) return;
      memory.setIdentity(identity);
      // Targeting may hold now for a survey that shows straight away.
      signal({ type: 'ready' });
    },
    reset() {
      memory.setIdentity(null);
    },
    version: 1,
  };
  window.kuulo = api;
  for (const [method, args] of earlier?.q ?? []) {
    if (method in api) (api[method] as (...args: unknown[]) => void)(...Array.from(args));
  }

  void fetch(`${widgetApi}/config`, { headers: { accept: 'application/json' }, credentials: 'omit' })
    .then((response) => (response.ok ? (response.json() as Promise<WidgetConfig>) : null))
    .then((rules) => {
      if (!rules || !Array.isArray(rules.surveys)) return;
      config = rules;
      listen(rules);
      signal({ type: 'ready' });
      for (const name of early.splice(0)) signal({ type: 'event', name });
    })
    .catch(() => {
      // No rules, no surveys: the host page carries on as if the widget were not there.
    });
}
