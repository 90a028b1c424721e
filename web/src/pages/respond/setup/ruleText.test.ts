import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/messages.js';
import type { MessageKey, MessageParams } from '../../../i18n/messages.js';
import { actionSummary, nameList, surveysSummary } from './ruleText.js';
import type { Names } from './ruleText.js';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const names: Names = {
  team: (id) => ({ team_1: 'Support' })[id] ?? 'A deleted team',
  member: (id) => ({ usr_1: 'Anna' })[id] ?? 'A former member',
  survey: (id) => ({ srv_1: 'After purchase' })[id] ?? 'A deleted survey',
  priority: (p) => p,
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
});
