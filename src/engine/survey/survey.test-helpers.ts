import { SurveyDefinition, type SurveyDefinitionInput } from './schema.js';

const t = (en: string, fi?: string) => ({ en, ...(fi ? { fi } : {}) });

/** A small survey with every kind of logic, used by the engine's tests. */
export const exampleSurveyInput: SurveyDefinitionInput = {
  schemaVersion: 1,
  defaultLanguage: 'en',
  languages: ['en'],
  title: t('Your visit'),
  hiddenFields: [{ key: 'order_id' }, { key: 'plan' }],
  pages: [
    {
      id: 'score',
      questions: [
        { id: 'nps', type: 'nps', text: t('How likely are you to recommend {{company|us}}?'), required: true },
        { id: 'why_low', type: 'long_text', text: t('What should we do better?'), maxLength: 50, visibleIf: { question: 'nps', op: 'lte', value: 6 } },
        { id: 'why_high', type: 'long_text', text: t('What do you like?'), visibleIf: { question: 'nps', op: 'gte', value: 9 } },
      ],
      jumps: [{ if: { question: 'nps', op: 'gte', value: 9 }, to: { ending: 'fans' } }],
    },
    {
      id: 'details',
      questions: [
        { id: 'csat', type: 'csat', text: t('How satisfied were you?') },
        { id: 'ces', type: 'ces', text: t('It was easy to get help.') },
        { id: 'channel', type: 'single_choice', text: t('How did you contact us?'), options: [{ id: 'phone', label: t('Phone') }, { id: 'chat', label: t('Chat') }], required: true },
        { id: 'topics', type: 'multiple_choice', text: t('What was it about?'), options: [{ id: 'billing', label: t('Billing') }, { id: 'delivery', label: t('Delivery') }, { id: 'returns', label: t('Returns') }], max: 2 },
        { id: 'pro_only', type: 'short_text', text: t('How is the Pro plan?'), visibleIf: { hidden: 'plan', op: 'eq', value: 'pro' } },
      ],
    },
    {
      id: 'more',
      visibleIf: { question: 'channel', op: 'eq', value: 'chat' },
      questions: [
        { id: 'cli', type: 'cli', text: t('How likely are you to…'), items: { recommend: t('recommend us'), buy_again: t('buy from us again'), try_other: t('try our other products') } },
        { id: 'rank', type: 'ranking', text: t('Rank these'), options: [{ id: 'price', label: t('Price') }, { id: 'speed', label: t('Speed') }] },
        { id: 'grid', type: 'matrix', text: t('Rate'), rows: [{ id: 'staff', label: t('Staff') }, { id: 'app', label: t('App') }], columns: [{ id: 'bad', label: t('Bad') }, { id: 'good', label: t('Good') }] },
        { id: 'visit_day', type: 'date', text: t('When did you visit?'), min: '2020-01-01', max: '2030-12-31' },
        { id: 'stars', type: 'rating', text: t('Stars'), min: 1, max: 5 },
        { id: 'pick', type: 'dropdown', text: t('Pick'), options: [{ id: 'a', label: t('A') }, { id: 'b', label: t('B') }] },
        { id: 'ok_to_call', type: 'consent', text: t('You may call me') },
      ],
    },
  ],
  endings: [
    { id: 'thanks', title: t('Thank you!') },
    { id: 'fans', title: t('Thanks, you made our day!') },
  ],
};

export const exampleSurvey = SurveyDefinition.parse(exampleSurveyInput);
