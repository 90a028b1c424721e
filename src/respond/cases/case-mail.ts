import { fillParams as fill } from '../../engine/i18n/fill.js';
import { isUiLocale, type UiLocale } from '../../engine/i18n/locales.js';
import { headlineIn, metricReasonOf, topicNameIn } from '../../engine/respond/case-text.js';
import type { ResponseTest } from '../../engine/respond/rules.js';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { queueMail } from '../../platform/mail/mail.js';
import { unsafeFindUserById } from '../../platform/users/store.js';
import { findMember, findWorkspace } from '../../platform/workspaces/store.js';
import type { CaseRow } from './store.js';

/**
 * The mail Kuulo writes to the people who work cases, each in the reader's language (their own
 * choice, else the workspace's) with times in the workspace's time zone, written the way that
 * language writes them.
 */

interface MailWords {
  assignedSubject: string;
  escalatedSubject: string;
  body: string;
  noDue: string;
  priority: Record<string, string>;
  alertSubject: string;
  alertBody: string;
  comment: string;
  open: string;
  /** A test that held, by its field; `{subject}` the question, attribute or field, `{op}` the operator's words. */
  test: Record<'answer' | 'contact' | 'hidden' | 'channel' | 'language', string>;
  ops: Record<string, string>;
  csatProblem: string;
  sentiment: Record<'eq' | 'neq', string>;
  sentiments: Record<string, string>;
  intent: Record<'includes' | 'excludes', string>;
  intents: Record<string, string>;
  topic: Record<'includes' | 'excludes', string>;
  metricBelow: string;
  metricFell: string;
}

const words: Record<UiLocale, MailWords> = {
  en: {
    assignedSubject: 'Case {number} is yours: {title}',
    escalatedSubject: 'Case {number} is overdue and escalated',
    body: 'Hello {name},\n\nCase {number} ({priority} priority) is assigned to you: {title}\nDue: {due}\n\nOpen it: {link}\n',
    noDue: 'no due time',
    priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
    alertSubject: 'Alert: {headline}',
    alertBody: 'Alert rule "{rule}" fired: {headline}',
    comment: 'Comment: {comment}',
    open: 'Open it: {link}',
    test: { answer: 'answer {subject} {op}', contact: 'contact {subject} {op}', hidden: 'hidden field {subject} {op}', channel: 'channel {op}', language: 'language {op}' },
    ops: { includes: 'includes', contains: 'contains', answered: 'answered', not_answered: 'not answered', present: 'is set', absent: 'is not set' },
    csatProblem: 'CSAT is a problem',
    sentiment: { eq: 'a comment is {value}', neq: 'no comment is {value}' },
    sentiments: { negative: 'negative', neutral: 'neutral', positive: 'positive' },
    intent: { includes: 'a comment is a {value}', excludes: 'no comment is a {value}' },
    intents: { complaint: 'complaint', feature_request: 'feature request', praise: 'praise', question: 'question' },
    topic: { includes: 'a comment is about {value}', excludes: 'no comment is about {value}' },
    metricBelow: '{metric} {value} is below {below} (last {days} days)',
    metricFell: '{metric} fell {points} points against the {days} days before (p = {p})',
  },
  fi: {
    assignedSubject: 'Tapaus {number} on sinun: {title}',
    escalatedSubject: 'Tapaus {number} on myöhässä ja eskaloitu',
    body: 'Hei {name},\n\ntapaus {number} (prioriteetti: {priority}) on osoitettu sinulle: {title}\nMääräaika: {due}\n\nAvaa se: {link}\n',
    noDue: 'ei määräaikaa',
    priority: { low: 'matala', normal: 'normaali', high: 'korkea', urgent: 'kiireellinen' },
    alertSubject: 'Hälytys: {headline}',
    alertBody: 'Hälytyssääntö ”{rule}” laukesi: {headline}',
    comment: 'Kommentti: {comment}',
    open: 'Avaa se: {link}',
    test: { answer: 'vastaus {subject} {op}', contact: 'yhteystiedon {subject} {op}', hidden: 'piilokenttä {subject} {op}', channel: 'kanava {op}', language: 'kieli {op}' },
    ops: { includes: 'sisältää', contains: 'sisältää tekstin', answered: 'vastattu', not_answered: 'ei vastattu', present: 'on asetettu', absent: 'ei ole asetettu' },
    csatProblem: 'CSAT on ongelma',
    sentiment: { eq: 'jokin kommentti on {value}', neq: 'mikään kommentti ei ole {value}' },
    sentiments: { negative: 'kielteinen', neutral: 'neutraali', positive: 'myönteinen' },
    intent: { includes: 'jokin kommentti on {value}', excludes: 'mikään kommentti ei ole {value}' },
    intents: { complaint: 'valitus', feature_request: 'kehitystoive', praise: 'kiitos', question: 'kysymys' },
    topic: { includes: 'jokin kommentti koskee aihetta {value}', excludes: 'mikään kommentti ei koske aihetta {value}' },
    metricBelow: '{metric} {value} on alle {below} (viimeiset {days} päivää)',
    metricFell: '{metric} laski {points} pistettä edelliseen {days} päivän jaksoon verrattuna (p = {p})',
  },
  pl: {
    assignedSubject: 'Sprawa {number} jest Twoja: {title}',
    escalatedSubject: 'Sprawa {number} jest po terminie i została eskalowana',
    body: 'Dzień dobry {name},\n\nsprawa {number} (priorytet: {priority}) została przypisana do Ciebie: {title}\nTermin: {due}\n\nOtwórz ją: {link}\n',
    noDue: 'brak terminu',
    priority: { low: 'niski', normal: 'normalny', high: 'wysoki', urgent: 'pilny' },
    alertSubject: 'Alert: {headline}',
    alertBody: 'Reguła alertu „{rule}” zadziałała: {headline}',
    comment: 'Komentarz: {comment}',
    open: 'Otwórz: {link}',
    test: { answer: 'odpowiedź {subject} {op}', contact: 'kontakt: {subject} {op}', hidden: 'pole ukryte {subject} {op}', channel: 'kanał {op}', language: 'język {op}' },
    ops: { includes: 'zawiera', contains: 'zawiera tekst', answered: 'udzielona', not_answered: 'nieudzielona', present: 'jest ustawione', absent: 'nie jest ustawione' },
    csatProblem: 'CSAT wskazuje problem',
    sentiment: { eq: 'jakiś komentarz jest {value}', neq: 'żaden komentarz nie jest {value}' },
    sentiments: { negative: 'negatywny', neutral: 'neutralny', positive: 'pozytywny' },
    intent: { includes: 'jakiś komentarz to {value}', excludes: 'żaden komentarz to nie {value}' },
    intents: { complaint: 'skarga', feature_request: 'prośba o funkcję', praise: 'pochwała', question: 'pytanie' },
    topic: { includes: 'jakiś komentarz dotyczy tematu {value}', excludes: 'żaden komentarz nie dotyczy tematu {value}' },
    metricBelow: '{metric} {value} jest poniżej {below} (ostatnie {days} dni)',
    metricFell: '{metric} spadł o {points} pkt względem poprzednich {days} dni (p = {p})',
  },
};


/** Whom a mail is for: the language they read and the workspace's time zone. */
export interface Reader {
  locale: UiLocale;
  timeZone: string;
}

/** A workspace's own language and time zone: for addresses Kuulo knows nothing else about. */
export async function workspaceReader(db: Db, workspaceId: string): Promise<Reader> {
  const workspace = await findWorkspace(db, workspaceId);
  return { locale: isUiLocale(workspace?.defaultLocale) ? workspace.defaultLocale : 'en', timeZone: workspace?.timezone ?? 'UTC' };
}

/** A member as a reader: the language they chose, else the workspace's. */
export async function memberReader(db: Db, workspaceId: string, userId: string, workspace?: Reader): Promise<Reader> {
  const fallback = workspace ?? (await workspaceReader(db, workspaceId));
  const user = await unsafeFindUserById(db, userId);
  return { ...fallback, locale: isUiLocale(user?.locale) ? user.locale : fallback.locale };
}

/**
 * An instant as a reader reads it ("8.12.2026 klo 17.46 UTC+2" in Helsinki for a Finnish reader); UTC for a
 * time zone this runtime does not know.
 */
export function timeText(at: Date, reader: Reader): string {
  const style = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(reader.locale, { ...style, timeZone: reader.timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(reader.locale, { ...style, timeZone: 'UTC' }).format(at);
  }
}

/** A case's title for a reader: the rule's headline in their language; a title a person wrote as written. */
export const caseTitleFor = (row: Pick<CaseRow, 'title' | 'context'>, reader: Reader): string => headlineIn(row.title, (row.context as Record<string, unknown> | null)?.['headline'], reader.locale);

/** Tells a member a case is theirs now (or, escalated, that it is overdue), in their language. */
export async function mailAssignee(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, row: CaseRow, userId: string, why: 'assigned' | 'escalated' = 'assigned'): Promise<string[]> {
  const member = await findMember(db, row.workspaceId, userId);
  if (!member) return [];
  const reader = await memberReader(db, row.workspaceId, userId);
  const said = words[reader.locale];
  const title = caseTitleFor(row, reader);
  const link = `${config.publicUrl}/w/${row.workspaceId}/respond/cases/${row.id}`;
  const subject = fill(why === 'escalated' ? said.escalatedSubject : said.assignedSubject, { number: row.number, title });
  const text = fill(said.body, { name: member.name, number: row.number, priority: said.priority[row.priority] ?? row.priority, title, due: row.dueAt ? timeText(row.dueAt, reader) : said.noDue, link });
  const id = await queueMail(db, { workspaceId: row.workspaceId, purpose: 'case.assigned', to: member.email, subject: subject.slice(0, 250), text }, config);
  return [id];
}

const symbols: Record<string, string> = { eq: '=', neq: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** One test that held, in the reader's words ("NPS ≤ 6", "vastaus syy sisältää tekstin myöhässä"); a topic by the name the stored line gives. */
function testLine(test: ResponseTest, stored: string, said: MailWords, number: (value: number) => string): string {
  const op = (name: string, value: unknown) => `${symbols[name] ?? said.ops[name] ?? name}${value === undefined ? '' : ` ${typeof value === 'number' ? number(value) : String(value)}`}`;
  switch (test.field) {
    case 'nps':
    case 'csat':
    case 'ces':
      return `${test.field.toUpperCase()} ${op(test.op, test.value)}`;
    case 'csat_problem':
      return said.csatProblem;
    case 'answer':
      return fill(said.test.answer, { subject: test.question, op: op(test.op, test.value) });
    case 'contact':
      return fill(said.test.contact, { subject: test.attribute, op: op(test.op, test.value) });
    case 'hidden':
      return fill(said.test.hidden, { subject: test.key, op: op(test.op, test.value) });
    case 'channel':
    case 'language':
      return fill(said.test[test.field], { op: op(test.op, test.value) });
    case 'sentiment':
      return fill(said.sentiment[test.op], { value: said.sentiments[test.value] ?? test.value });
    case 'intent':
      return fill(said.intent[test.op], { value: said.intents[test.value] ?? test.value });
    case 'topic':
      return fill(said.topic[test.op], { value: topicNameIn(stored) });
  }
}

/**
 * Why a rule fired, in the reader's words: a response rule's tests, a metric rule's verdict read
 * from its English line; a line it cannot read as stored.
 */
export function reasonLines(reader: Reader, reasons: readonly string[], tests: readonly ResponseTest[] | undefined): string[] {
  const said = words[reader.locale];
  const number = (value: number) => new Intl.NumberFormat(reader.locale, { maximumFractionDigits: 3 }).format(value);
  if (tests && tests.length === reasons.length) return tests.map((test, index) => testLine(test, reasons[index]!, said, number));
  return reasons.map((line) => {
    const metric = metricReasonOf(line);
    if (metric?.kind === 'below') return fill(said.metricBelow, { metric: metric.metric, value: number(metric.value), below: number(metric.below), days: metric.days });
    if (metric?.kind === 'fell') return fill(said.metricFell, { metric: metric.metric, points: number(metric.points), days: metric.days, p: number(metric.p) });
    return line;
  });
}

/** An alert rule's mail: what fired and why, the customer's comment, and where to open it. */
export function alertMail(reader: Reader, alert: { rule: string; headline: string; reasons: readonly string[]; comment: string | null; link: string }): { subject: string; text: string } {
  const said = words[reader.locale];
  const lines = [fill(said.alertBody, { rule: alert.rule, headline: alert.headline }), '', ...alert.reasons.map((reason) => `- ${reason}`)];
  if (alert.comment !== null) lines.push('', fill(said.comment, { comment: alert.comment }));
  lines.push('', fill(said.open, { link: alert.link }));
  return { subject: fill(said.alertSubject, { headline: alert.headline }).slice(0, 250), text: `${lines.join('\n')}\n` };
}
