import type { RuleInput } from '../../../src/engine/respond/rules.js';

/**
 * The respond benchmark's 50 response rules, as a customer-experience team would set them up: a
 * few that open cases (detractors, unhappy support customers, key accounts at risk, cancellation
 * and invoice words), and many narrower ones that tag, call webhooks or notify people. All are
 * enabled; some watch one survey, most watch every survey.
 */

/** What the rules refer to in the workspace. */
export interface RuleTargets {
  npsSurveyId: string;
  supportSurveyId: string;
  serviceTeamId: string;
  keyAccountsTeamId: string;
  billingTeamId: string;
  managerUserId: string;
}

export const ruleCount = 50;

type Rule = Extract<RuleInput, { kind: 'response' }>;
type Test = Rule['condition']['tests'][number];

/** The written answers of both surveys, so a word rule sees every comment. */
const commentQuestions = ['improve', 'even_better', 'like_most', 'comment'];
const mentions = (words: readonly string[]): Test[] => words.flatMap((value) => commentQuestions.map((question) => ({ field: 'answer' as const, question, op: 'contains' as const, value })));

/** Topics a team tags comments by, each in English, Finnish and Polish. */
const topics: readonly [string, readonly string[]][] = [
  ['waiting', ['too long', 'odottaa', 'czekałem']],
  ['price', ['expensive', 'kallis', 'drogo']],
  ['crash', ['crash', 'kaatuu', 'zawiesza']],
  ['settings', ['settings', 'asetuks', 'ustawienia']],
  ['call-back', ['called me back', 'soittanut', 'oddzwonił']],
  ['dark-mode', ['dark mode', 'tumma teema', 'ciemny motyw']],
  ['export', ['excel']],
  ['delivery', ['delivery', 'toimitus', 'dostawa']],
  ['praise-support', ['great support', 'asiakaspalvelu', 'wsparcie']],
  ['easy', ['easy to use', 'helppokäyttöinen', 'łatwe']],
  ['dashboard', ['dashboard', 'näkymä', 'panel']],
  ['app', ['the app', 'sovellus', 'aplikacja']],
  ['languages', ['languages']],
  ['thanks', ['thanks', 'kiitos', 'dziękuję']],
  ['friendly', ['friendly', 'ystävällinen', 'miła']],
];

const regions = ['eu-north', 'eu-west', 'eu-central', 'north-america', 'apac'];

const rule = (name: string, match: 'all' | 'any', tests: Test[], actions: Rule['actions'], surveyIds: string[] = []): Rule => ({
  kind: 'response',
  name,
  isEnabled: true,
  surveyIds,
  condition: { match, tests },
  actions,
});

export function benchRules(t: RuleTargets): Rule[] {
  const nps = [t.npsSurveyId];
  const support = [t.supportSurveyId];
  const rules: Rule[] = [
    // Rules that open cases.
    rule('Detractors', 'all', [{ field: 'nps', op: 'lte', value: 6 }], [
      { type: 'open_case', priority: 'high', slaHours: 24, assign: { kind: 'team', teamId: t.serviceTeamId, roundRobin: true } },
      { type: 'tag', tag: 'detractor' },
      { type: 'webhook' },
    ], nps),
    rule('Unhappy after support', 'all', [{ field: 'csat_problem' }], [
      { type: 'open_case', priority: 'normal', assign: { kind: 'team', teamId: t.serviceTeamId, roundRobin: true } },
      { type: 'tag', tag: 'csat-problem' },
    ], support),
    rule('Not resolved', 'all', [{ field: 'answer', question: 'resolved', op: 'includes', value: 'no' }, { field: 'csat', op: 'lte', value: 3 }], [
      { type: 'open_case', priority: 'high', slaHours: 8, assign: { kind: 'account_owner', fallbackTeamId: t.serviceTeamId } },
      { type: 'notify', userIds: [t.managerUserId], teamIds: [], emails: [] },
    ], support),
    rule('Key account at risk', 'all', [{ field: 'contact', attribute: 'revenue', op: 'gte', value: 100_000 }, { field: 'nps', op: 'lte', value: 7 }], [
      { type: 'open_case', priority: 'urgent', slaHours: 4, assign: { kind: 'account_owner', fallbackTeamId: t.keyAccountsTeamId } },
      { type: 'notify', userIds: [t.managerUserId], teamIds: [], emails: [] },
      { type: 'webhook' },
    ]),
    rule('Wants to cancel', 'any', mentions(['cancel', 'irtisano', 'rezygn']), [
      { type: 'open_case', priority: 'urgent', slaHours: 4, assign: { kind: 'team', teamId: t.keyAccountsTeamId, roundRobin: false } },
    ]),
    rule('Invoice trouble', 'any', mentions(['invoice', 'lasku', 'faktura']), [
      { type: 'open_case', priority: 'normal', assign: { kind: 'team', teamId: t.billingTeamId, roundRobin: true } },
      { type: 'tag', tag: 'billing' },
    ]),
    rule('Enterprise unhappy with support', 'all', [{ field: 'contact', attribute: 'plan', op: 'eq', value: 'enterprise' }, { field: 'csat', op: 'lte', value: 3 }], [
      { type: 'open_case', priority: 'urgent', assign: { kind: 'account_owner', fallbackTeamId: t.keyAccountsTeamId } },
    ], support),
    rule('Hard to get help', 'all', [{ field: 'ces', op: 'lte', value: 2 }], [{ type: 'open_case', priority: 'low', assign: { kind: 'none' } }], support),

    // Tags, webhooks and notifications.
    rule('Promoters by email', 'all', [{ field: 'channel', op: 'eq', value: 'email' }, { field: 'nps', op: 'gte', value: 9 }], [{ type: 'tag', tag: 'promoter-email' }], nps),
    rule('Finnish detractors', 'all', [{ field: 'language', op: 'eq', value: 'fi' }, { field: 'nps', op: 'lte', value: 6 }], [
      { type: 'tag', tag: 'fi-detractor' },
      { type: 'notify', userIds: [], teamIds: [], emails: ['asiakaspalvelu@bench.example'] },
    ]),
    rule('Polish support problems', 'all', [{ field: 'language', op: 'eq', value: 'pl' }, { field: 'csat', op: 'lte', value: 2 }], [{ type: 'webhook' }], support),
    rule('Zero', 'any', [{ field: 'nps', op: 'eq', value: 0 }, { field: 'csat', op: 'eq', value: 1 }], [{ type: 'webhook' }, { type: 'tag', tag: 'lowest-score' }]),
    rule('Upsell candidates', 'all', [{ field: 'contact', attribute: 'plan', op: 'eq', value: 'free' }, { field: 'nps', op: 'gte', value: 9 }], [{ type: 'tag', tag: 'upsell' }, { type: 'webhook' }], nps),
    rule('High-value promoters', 'all', [{ field: 'contact', attribute: 'revenue', op: 'gte', value: 50_000 }, { field: 'nps', op: 'gte', value: 9 }], [{ type: 'tag', tag: 'reference-customer' }]),
    rule('May contact', 'all', [{ field: 'answer', question: 'contact_ok', op: 'eq', value: 'true' }, { field: 'nps', op: 'lte', value: 8 }], [{ type: 'tag', tag: 'may-contact' }], nps),
    rule('Company named', 'all', [{ field: 'hidden', key: 'company', op: 'present' }], [{ type: 'tag', tag: 'b2b' }], nps),
    rule('Support case linked', 'all', [{ field: 'hidden', key: 'case_id', op: 'present' }, { field: 'csat', op: 'lte', value: 3 }], [{ type: 'webhook' }], support),
    rule('Effortless', 'all', [{ field: 'ces', op: 'gte', value: 6 }], [{ type: 'tag', tag: 'effortless' }], support),
    rule('Happy and resolved', 'all', [{ field: 'csat', op: 'eq', value: 5 }, { field: 'answer', question: 'resolved', op: 'includes', value: 'yes' }], [{ type: 'tag', tag: 'happy-support' }], support),
    rule('Partly resolved', 'all', [{ field: 'answer', question: 'resolved', op: 'includes', value: 'partly' }], [{ type: 'tag', tag: 'partly-resolved' }], support),
    rule('Widget passives', 'all', [{ field: 'channel', op: 'eq', value: 'widget' }, { field: 'nps', op: 'gte', value: 7 }, { field: 'nps', op: 'lte', value: 8 }], [{ type: 'tag', tag: 'widget-passive' }]),
    rule('No account owner', 'all', [{ field: 'contact', attribute: 'account_owner', op: 'absent' }, { field: 'contact', attribute: 'plan', op: 'eq', value: 'enterprise' }], [{ type: 'webhook' }]),
    rule('Detractor without comment', 'all', [{ field: 'nps', op: 'lte', value: 6 }, { field: 'answer', question: 'improve', op: 'not_answered' }], [{ type: 'tag', tag: 'silent-detractor' }], nps),
    rule('API responses', 'all', [{ field: 'channel', op: 'eq', value: 'api' }, { field: 'csat', op: 'lte', value: 2 }], [{ type: 'webhook' }]),
    ...regions.map((region) =>
      rule(`Unhappy in ${region}`, 'all', [{ field: 'contact', attribute: 'region', op: 'eq', value: region }, { field: 'nps', op: 'lte', value: 4 }], [
        { type: 'notify', userIds: [], teamIds: [], emails: [`${region}@bench.example`] },
      ]),
    ),
    ...topics.map(([topic, words]) => rule(`Topic: ${topic}`, 'any', mentions(words), [{ type: 'tag', tag: topic }])),
  ];
  while (rules.length < ruleCount) {
    // Narrow watch rules that hardly ever hold: they cost the evaluator, not the database.
    const n = rules.length;
    rules.push(rule(`Watch ${n}`, 'all', [{ field: 'contact', attribute: 'revenue', op: 'gte', value: 1_000_000 + n }, { field: 'nps', op: 'lte', value: n % 11 }], [{ type: 'webhook' }]));
  }
  if (rules.length !== ruleCount) throw new Error(`the respond benchmark has ${rules.length} rules, not ${ruleCount}`);
  return rules;
}
