/**
 * The widget's rules as the server sends them (GET /api/v1/public/widget/:workspaceId/config), and
 * the pure decisions made on them: which page, which visitor, which moment. No DOM, no storage.
 */

export type Attributes = Record<string, string | number | boolean>;

export interface PageRule {
  match: 'contains' | 'exact' | 'starts_with' | 'regex';
  value: string;
}

export type When =
  | { type: 'immediately' }
  | { type: 'delay'; seconds: number }
  | { type: 'scroll'; percent: number }
  | { type: 'exit_intent' }
  | { type: 'event'; name: string };

export interface TargetRule {
  attribute: string;
  op: 'eq' | 'neq' | 'gt' | 'lt' | 'present' | 'absent';
  value?: string | number | boolean;
}

export interface WidgetSurvey {
  surveyId: string;
  slug: string;
  version: number;
  triggers: { pages: PageRule[]; when?: When };
  targeting: TargetRule[];
  samplePercent: number;
  recontactDays: number;
}

export interface WidgetConfig {
  cooldownDays: number;
  surveys: WidgetSurvey[];
}

/** Who `kuulo.identify()` said the visitor is. */
export interface Identity {
  id: string;
  attributes: Attributes;
  /** hex HMAC-SHA256 of the id with the workspace's identity secret, made by the company's server. */
  signature?: string;
}

/**
 * Whether one page rule holds for the address. `exact` and `starts_with` with a value that begins
 * with "/" compare with the path only (so `/pricing` is the same page on every host and with any
 * query); otherwise with the whole address without its #fragment. `exact` ignores one trailing
 * slash. `contains` looks in the whole address; `regex` is tested on it, and a broken pattern
 * matches nothing.
 * @example pageRuleHolds({ match: 'starts_with', value: '/checkout' }, new URL('https://shop.example/checkout/done')) // true
 */
export function pageRuleHolds(rule: PageRule, url: URL): boolean {
  const href = url.href.split('#')[0]!;
  const subject = rule.value.startsWith('/') ? url.pathname : href;
  const trim = (text: string) => (text.length > 1 ? text.replace(/\/$/, '') : text);
  switch (rule.match) {
    case 'contains':
      return href.includes(rule.value);
    case 'exact':
      return trim(subject) === trim(rule.value);
    case 'starts_with':
      return subject.startsWith(rule.value);
    case 'regex':
      try {
        return new RegExp(rule.value).test(href);
      } catch {
        return false;
      }
    default:
      return false; // a kind of rule this loader does not know yet: not this page
  }
}

/** No rules is every page; otherwise any one rule that holds will do. */
export function pageMatches(rules: readonly PageRule[], url: URL): boolean {
  return rules.length === 0 || rules.some((rule) => pageRuleHolds(rule, url));
}

/**
 * Whether one targeting rule holds for the visitor's attributes. `eq`/`neq` compare as text (the
 * number 5 equals "5", true equals "true"); `gt`/`lt` compare as numbers and fail when either side
 * is not one. A missing attribute is `absent`, is `neq` anything, and fails every other test.
 */
export function targetRuleHolds(rule: TargetRule, attributes: Attributes): boolean {
  const has = Object.prototype.hasOwnProperty.call(attributes, rule.attribute);
  const actual = attributes[rule.attribute];
  switch (rule.op) {
    case 'present':
      return has;
    case 'absent':
      return !has;
    case 'eq':
      return has && String(actual) === String(rule.value);
    case 'neq':
      return !has || String(actual) !== String(rule.value);
    case 'gt':
    case 'lt': {
      if (!has || typeof actual === 'boolean' || typeof rule.value === 'boolean') return false;
      const [a, b] = [Number(actual), Number(rule.value)];
      if (!Number.isFinite(a) || !Number.isFinite(b) || actual === '' || rule.value === '') return false;
      return rule.op === 'gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

/** Every rule must hold; no rules is everyone, identified or not. */
export function targetingHolds(rules: readonly TargetRule[], attributes: Attributes): boolean {
  return rules.every((rule) => targetRuleHolds(rule, attributes));
}

/** Something that happened on the page which may make a survey appear. */
export type Signal =
  | { type: 'ready' }
  | { type: 'time'; seconds: number }
  | { type: 'scroll'; percent: number }
  | { type: 'exit' }
  | { type: 'event'; name: string };

/**
 * Whether a signal sets off a survey's "when". No "when" means as soon as the widget is ready.
 * @example whenFires({ type: 'scroll', percent: 50 }, { type: 'scroll', percent: 62 }) // true
 */
export function whenFires(when: When | undefined, signal: Signal): boolean {
  const rule = when ?? { type: 'immediately' };
  switch (rule.type) {
    case 'immediately':
      return signal.type === 'ready';
    case 'delay':
      return signal.type === 'time' && signal.seconds >= rule.seconds;
    case 'scroll':
      return signal.type === 'scroll' && signal.percent >= rule.percent;
    case 'exit_intent':
      return signal.type === 'exit';
    case 'event':
      return signal.type === 'event' && signal.name === rule.name;
    default:
      return false;
  }
}

/**
 * How far down the page the visitor has seen, 0–100. A page that fits in the window is seen whole.
 * @example scrolledPercent({ scrollTop: 500, viewportHeight: 500, pageHeight: 2000 }) // 50
 */
export function scrolledPercent({ scrollTop, viewportHeight, pageHeight }: { scrollTop: number; viewportHeight: number; pageHeight: number }): number {
  if (pageHeight <= viewportHeight) return 100;
  return Math.min(100, Math.max(0, ((scrollTop + viewportHeight) / pageHeight) * 100));
}

/**
 * Whether a mouseout is the pointer leaving the page through its top edge, towards the tabs and
 * the address bar: out of the document (no element it went to) and at or above the top.
 */
export function isExitIntent(event: { clientY: number; relatedTarget: unknown }): boolean {
  return event.relatedTarget === null && event.clientY <= 0;
}

/**
 * Identity as the server accepts it (id up to 200 characters; attribute names like `plan`, up to
 * 64; values text up to 500, numbers or booleans; a signature of 64 hex digits): anything else is
 * left out rather than costing the response.
 */
export function cleanIdentity(id: unknown, attributes: unknown, signature?: unknown): Identity | null {
  if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') return null;
  const clean: Attributes = {};
  if (typeof attributes === 'object' && attributes !== null) {
    for (const [key, value] of Object.entries(attributes)) {
      if (!/^[A-Za-z][\w.-]{0,63}$/.test(key)) continue;
      if (typeof value === 'string') clean[key] = value.slice(0, 500);
      else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) clean[key] = value;
    }
  }
  const identity: Identity = { id: String(id).slice(0, 200), attributes: clean };
  if (typeof signature === 'string' && /^[\da-f]{64}$/i.test(signature)) identity.signature = signature;
  return identity;
}
