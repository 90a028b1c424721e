import type { WidgetPageMatch, WidgetSettings, WidgetTargetingOp } from '../../api/surveys.js';

/** The install and embed snippets, and the widget form's values as the inputs hold them (text), and back. */

export const pageMatches: readonly WidgetPageMatch[] = ['contains', 'exact', 'starts_with', 'regex'];
export const targetingOps: readonly WidgetTargetingOp[] = ['eq', 'neq', 'gt', 'lt', 'present', 'absent'];
export const whenTypes = ['immediately', 'delay', 'scroll', 'exit_intent', 'event'] as const;
export type WhenType = (typeof whenTypes)[number];

/** The origin (scheme, host, port) of an address, or the address itself when it is not one. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function widgetScript(origin: string, workspaceId: string): string {
  return `<script src="${escapeHtml(origin)}/widget.js" data-workspace="${escapeHtml(workspaceId)}" async></script>`;
}

/** Queues `kuulo.track()` and friends called before the loader arrives; it replays them. */
export const widgetStub =
  '<script>window.kuulo=window.kuulo||{q:[]};["track","identify","reset"].forEach(function(m){kuulo[m]=kuulo[m]||function(){kuulo.q.push([m,arguments])}});</script>';

export function embedSnippet(publicUrl: string, title: string): string {
  const src = `${publicUrl}${publicUrl.includes('?') ? '&' : '?'}ch=embed`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="560" frameborder="0" loading="lazy"></iframe>`;
}

export interface WidgetValues {
  isEnabled: boolean;
  pages: { match: WidgetPageMatch; value: string }[];
  when: WhenType;
  seconds: string;
  percent: string;
  eventName: string;
  targeting: { attribute: string; op: WidgetTargetingOp; value: string }[];
  samplePercent: string;
  recontactDays: string;
}

export type WidgetProblem = 'required' | 'range' | 'regex' | 'attribute' | 'number';
/** Problems by the field's path inside `widget`, as the server names them: `pages.0.value`, `when.seconds`. */
export type WidgetProblems = Record<string, WidgetProblem>;

const defaults: WidgetSettings = { isEnabled: false, pages: [], when: { type: 'immediately' }, targeting: [], samplePercent: 100, recontactDays: 90 };

/** The form's values for what the server holds; anything missing takes the server's default. */
export function widgetValues(stored: unknown): WidgetValues {
  const widget: WidgetSettings = { ...defaults, ...(typeof stored === 'object' && stored !== null ? (stored as Partial<WidgetSettings>) : {}) };
  const when = widget.when;
  return {
    isEnabled: widget.isEnabled,
    pages: widget.pages.map((page) => ({ ...page })),
    when: when.type,
    seconds: when.type === 'delay' ? String(when.seconds) : '10',
    percent: when.type === 'scroll' ? String(when.percent) : '50',
    eventName: when.type === 'event' ? when.name : '',
    targeting: widget.targeting.map((rule) => ({ attribute: rule.attribute, op: rule.op, value: rule.value === undefined ? '' : String(rule.value) })),
    samplePercent: String(widget.samplePercent),
    recontactDays: String(widget.recontactDays),
  };
}

function numberIn(text: string, min: number, max: number, isWhole = false): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max && (!isWhole || Number.isInteger(n)) ? n : null;
}

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

/** Checks the form and builds the complete widget object to send; the server checks again. */
export function readWidget(values: WidgetValues): { widget: WidgetSettings; problems: WidgetProblems } {
  const problems: WidgetProblems = {};
  const pages = values.pages.map((page, i) => {
    const value = page.value.trim();
    if (!value) problems[`pages.${i}.value`] = 'required';
    else if (page.match === 'regex' && !isRegex(value)) problems[`pages.${i}.value`] = 'regex';
    return { match: page.match, value };
  });
  let when: WidgetSettings['when'] = { type: 'immediately' };
  if (values.when === 'delay') {
    const seconds = numberIn(values.seconds, 0, 3600);
    if (seconds === null) problems['when.seconds'] = 'range';
    when = { type: 'delay', seconds: seconds ?? 0 };
  } else if (values.when === 'scroll') {
    const percent = numberIn(values.percent, 1, 100);
    if (percent === null) problems['when.percent'] = 'range';
    when = { type: 'scroll', percent: percent ?? 1 };
  } else if (values.when === 'event') {
    const name = values.eventName.trim();
    if (!name) problems['when.name'] = 'required';
    when = { type: 'event', name };
  } else {
    when = { type: values.when };
  }
  const targeting = values.targeting.map((rule, i) => {
    const attribute = rule.attribute.trim();
    if (!/^[A-Za-z][\w.-]{0,63}$/.test(attribute)) problems[`targeting.${i}.attribute`] = 'attribute';
    if (rule.op === 'present' || rule.op === 'absent') return { attribute, op: rule.op };
    if (rule.op === 'gt' || rule.op === 'lt') {
      const n = numberIn(rule.value, -Infinity, Infinity);
      if (n === null) problems[`targeting.${i}.value`] = 'number';
      return { attribute, op: rule.op, value: n ?? 0 };
    }
    return { attribute, op: rule.op, value: rule.value };
  });
  const samplePercent = numberIn(values.samplePercent, 0, 100);
  if (samplePercent === null) problems.samplePercent = 'range';
  const recontactDays = numberIn(values.recontactDays, 0, 3650, true);
  if (recontactDays === null) problems.recontactDays = 'range';
  return {
    widget: { isEnabled: values.isEnabled, pages, when, targeting, samplePercent: samplePercent ?? 100, recontactDays: recontactDays ?? 90 },
    problems,
  };
}
