import { describe, expect, it } from 'vitest';
import type { ResponseCondition, ResponseTest } from '../../../api/respondSetup.js';
import { translate } from '../../../i18n/messages.js';
import type { MessageKey, MessageParams } from '../../../i18n/messages.js';
import { actionSummary, conditionSummary, nameList, surveysSummary } from './ruleText.js';
import type { Names } from './ruleText.js';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const names: Names = {
  team: (id) => ({ team_1: 'Support' })[id] ?? 'A deleted team',
  member: (id) => ({ usr_1: 'Anna' })[id] ?? 'A former member',
  survey: (id) => ({ srv_1: 'After purchase' })[id] ?? 'A deleted survey',
  priority: (p) => p,
  topic: (id) => ({ top_1: 'Delivery' })[id] ?? 'A deleted topic',
  channel: (c) => ({ email: 'Email' })[c] ?? c,
  language: (code) => ({ fi: 'Finnish' })[code] ?? code,
};

describe('rule summaries', () => {
  it('says what each action does in a line', () => {
    expect(actionSummary({ type: 'open_case', priority: 'high', slaHours: 4, assign: { kind: 'team', teamId: 'team_1', roundRobin: true } }, t, names)).toBe('Open a case (high), to Support, in turn, due in 4 h');
    expect(actionSummary({ type: 'open_case', priority: 'normal', assign: { kind: 'user', userId: 'usr_9' } }, t, names)).toBe('Open a case (normal), to A former member');
    expect(actionSummary({ type: 'open_case', priority: 'low', assign: { kind: 'account_owner' } }, t, names)).toBe('Open a case (low), to the account owner');
    expect(actionSummary({ type: 'notify', userIds: ['usr_1'], teamIds: ['team_1'], emails: ['a@example.com', 'b@example.com'] }, t, names)).toBe('Notify Anna, Support, a@example.com +1');
    expect(actionSummary({ type: 'webhook' }, t, names)).toBe('Call webhooks');
    expect(actionSummary({ type: 'tag', tag: 'churn' }, t, names)).toBe('Tag “churn”');
  });

  it('names the surveys watched, or all of them', () => {
    expect(surveysSummary([], t, names)).toBe('All surveys');
    expect(surveysSummary(['srv_1', 'srv_2'], t, names)).toBe('After purchase, A deleted survey');
    expect(nameList(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c +2');
  });

  it('says what a response rule tests, joined by and or or, comments by what they say and topics by name', () => {
    const delivery: ResponseTest[] = [
      { field: 'intent', op: 'includes', value: 'complaint' },
      { field: 'topic', op: 'includes', value: 'top_1' },
    ];
    expect(conditionSummary({ kind: 'response', condition: { match: 'all', tests: delivery } }, t, names)).toBe('Comment intent includes Complaint and Comment topic includes Delivery');
    // Each kind of test, beside the words the list shows for it.
    const said: [ResponseTest, string][] = [
      [{ field: 'sentiment', op: 'eq', value: 'negative' }, 'Comment sentiment: a comment is Negative'],
      [{ field: 'sentiment', op: 'neq', value: 'positive' }, 'Comment sentiment: no comment is Positive'],
      [{ field: 'intent', op: 'excludes', value: 'feature_request' }, 'Comment intent does not include Feature request'],
      [{ field: 'topic', op: 'excludes', value: 'top_9' }, 'Comment topic does not include A deleted topic'],
      [{ field: 'nps', op: 'lte', value: 6 }, 'NPS score is at most 6'],
      [{ field: 'csat_problem' }, 'CSAT is a problem'],
      [{ field: 'answer', question: 'reason', op: 'eq', value: 'price' }, 'An answer “reason” is price'],
      [{ field: 'answer', question: 'comment', op: 'answered' }, 'An answer “comment” is answered'],
      [{ field: 'contact', attribute: 'plan', op: 'neq', value: 'pro' }, 'A contact attribute “plan” is not pro'],
      [{ field: 'hidden', key: 'store', op: 'absent' }, 'A hidden field “store” has no value'],
      [{ field: 'channel', op: 'eq', value: 'email' }, 'Channel is Email'],
      [{ field: 'language', op: 'neq', value: 'fi' }, 'Language is not Finnish'],
    ];
    const tests = said.map(([test]) => test);
    expect(conditionSummary({ kind: 'response', condition: { match: 'any', tests } }, t, names).split(' or ')).toEqual(said.map(([, words]) => words));
  });

  it('says it in the reader\'s language', () => {
    const condition: ResponseCondition = { match: 'all', tests: [{ field: 'sentiment', op: 'neq', value: 'negative' }, { field: 'intent', op: 'includes', value: 'complaint' }, { field: 'topic', op: 'excludes', value: 'top_1' }] };
    const rule = { kind: 'response', condition } as const;
    expect(conditionSummary(rule, (key, params) => translate('fi', key, params), names)).toBe('Kommentin sävy: mikään kommentti ei ole Kielteinen ja Kommentin tarkoitus sisältää Valitus ja Kommentin aihe ei sisällä Delivery');
    expect(conditionSummary(rule, (key, params) => translate('pl', key, params), names)).toBe('Wydźwięk komentarza: żaden komentarz nie jest Negatywny i Intencja komentarza zawiera Skarga i Temat komentarza nie zawiera Delivery');
  });

  it('says when a metric rule fires', () => {
    expect(conditionSummary({ kind: 'metric', condition: { metric: 'nps', windowDays: 7, below: 30, significantDrop: true } }, t, names)).toBe('NPS, last 7 d: below 30 or a significant drop');
    expect(conditionSummary({ kind: 'metric', condition: { metric: 'csat', segment: { dimension: 'channel', value: 'email' }, windowDays: 14, significantDrop: true } }, t, names)).toBe('CSAT (channel: email), last 14 d: a significant drop');
  });
});
