import { describe, expect, it } from 'vitest';
import { extractPhrases } from './phrases.js';
import { tokenize } from './tokens.js';
import { compileTopics, matchTopics, topicKeyOf, type TopicDefinition } from './topics.js';

const topics: TopicDefinition[] = [
  {
    id: 'delivery',
    name: 'Delivery',
    examples: { en: ['delivery', 'courier'], fi: ['toimitus', 'kuriiri'], pl: ['dostawa', 'kurier'] },
  },
  {
    id: 'waiting',
    name: 'Waiting time',
    examples: { en: ['waiting time', 'queue'], fi: ['odotusaika', 'jono'], pl: ['czas oczekiwania', 'kolejka'] },
  },
  { id: 'value', name: 'Value for money', examples: { en: ['value for money'], fi: ['hinta-laatusuhde'] } },
  { id: 'broken-login', name: 'Login fails', examples: { fi: ['kirjautuminen ei toimi'], en: ["can't log in"] } },
  { id: 'brand', name: 'Kuulo Plus', examples: { en: ['Kuulo Plus'] } },
];
const compiled = compileTopics(topics);

const match = (lang: string, text: string) => {
  const tokens = tokenize(text);
  return matchTopics(compiled, lang, tokens, extractPhrases(lang, tokens, text)).map((hit) => ({
    ...hit,
    text: text.slice(hit.start, hit.end),
  }));
};

describe('matchTopics', () => {
  it('matches examples in any of their forms', () => {
    expect(match('fi', 'Toimituksessa kesti viikko.')).toEqual([{ topicId: 'delivery', start: 0, end: 13, text: 'Toimituksessa' }]);
    expect(match('pl', 'Kurierem przyjechała paczka.').map((hit) => hit.topicId)).toEqual(['delivery']);
    expect(match('en', 'Two deliveries were late').map((hit) => hit.topicId)).toEqual(['delivery']);
  });

  it('matches a Finnish compound by the example word it begins or ends with, not by short pieces', () => {
    expect(match('fi', 'Toimitusaika oli liian pitkä.')).toEqual([{ topicId: 'delivery', start: 0, end: 12, text: 'Toimitusaika' }]);
    expect(match('fi', 'Kuriiripalvelu ei vastannut.').map((hit) => hit.topicId)).toEqual(['delivery']);
    const service = compileTopics([{ id: 'service', name: 'Service', examples: { fi: ['palvelu'] } }, { id: 'time', name: 'Time', examples: { fi: ['aika'] } }]);
    const hits = (text: string) => matchTopics(service, 'fi', tokenize(text), []).map((hit) => hit.topicId);
    expect(hits('Asiakaspalvelussa ei vastattu.')).toEqual(['service']);
    // "aika" is too short to be looked for inside words; on its own it still counts.
    expect(hits('Toimitusaika oli pitkä.')).toEqual([]);
    expect(hits('Aika kului.')).toEqual(['time']);
    // English words are never split.
    expect(match('en', 'The redelivery was late').map((hit) => hit.topicId)).toEqual([]);
  });

  it('gives every topic once, with its first evidence', () => {
    const hits = match('en', 'The courier was late. Delivery took two weeks and the courier was rude.');
    expect(hits).toEqual([{ topicId: 'delivery', start: 4, end: 11, text: 'courier' }]);
  });

  it('matches an example of several words within one clause, in any order', () => {
    expect(match('pl', 'Oczekiwania na czas dostawy były duże').map((hit) => hit.topicId)).toEqual(['waiting', 'delivery']);
    expect(match('pl', 'Czas oczekiwania był długi')).toEqual([{ topicId: 'waiting', start: 0, end: 16, text: 'Czas oczekiwania' }]);
    expect(match('en', 'The waiting time was long')[0]).toMatchObject({ topicId: 'waiting', text: 'waiting time' });
    expect(match('en', 'The time spent waiting: long')[0]).toMatchObject({ topicId: 'waiting', text: 'time spent waiting' });
  });

  it('does not match words of an example spread over clauses', () => {
    expect(match('en', 'Waiting, all the time.')).toEqual([]);
    expect(match('pl', 'Czas. Oczekiwania.')).toEqual([]);
  });

  it('leaves the stop words of an example out, and keeps its negation', () => {
    expect(match('en', 'Good value, for the money')).toEqual([]);
    expect(match('en', 'Great value for the money')[0]).toMatchObject({ topicId: 'value', text: 'value for the money' });
    expect(match('fi', 'Kirjautuminen ei toiminut eilen.')[0]).toMatchObject({ topicId: 'broken-login' });
    expect(match('fi', 'Kirjautuminen toimi hyvin.')).toEqual([]);
    expect(match('en', "I can't log in to the app")[0]).toMatchObject({ topicId: 'broken-login' });
  });

  it('matches a topic without examples in the language by the same stems in another', () => {
    expect(match('fi', 'Kuulo Plus on hyvä')[0]).toMatchObject({ topicId: 'brand', text: 'Kuulo Plus' });
    expect(match('pl', 'Kuulo Plus działa')[0]).toMatchObject({ topicId: 'brand' });
    // A topic with examples in the comment's language does not borrow the others.
    expect(match('fi', 'delivery was late')).toEqual([]);
  });

  it('finds nothing without topics, and nothing in a comment without them', () => {
    expect(matchTopics(compileTopics([]), 'en', tokenize('delivery'), [])).toEqual([]);
    expect(match('en', 'Lovely weather')).toEqual([]);
  });

  it('orders hits by where their evidence starts', () => {
    expect(match('fi', 'Jono oli pitkä ja kuriiri myöhässä.').map((hit) => hit.topicId)).toEqual(['waiting', 'delivery']);
  });
});

describe('topicKeyOf', () => {
  it('gives the key extractPhrases gives the same phrase', () => {
    const cases: [string, string][] = [
      ['en', 'The customer service was slow'],
      ['en', 'Good value for money'],
      ['fi', 'Asiakaspalvelussa oli pitkä jono'],
      ['pl', 'Czas oczekiwania na kuriera'],
    ];
    for (const [lang, text] of cases) {
      for (const phrase of extractPhrases(lang, tokenize(text), text)) expect(topicKeyOf(lang, phrase.text), phrase.text).toBe(phrase.key);
    }
  });

  it('gives inflected forms of a phrase one key', () => {
    expect(topicKeyOf('fi', 'asiakaspalvelussa')).toBe(topicKeyOf('fi', 'Asiakaspalvelu'));
    expect(topicKeyOf('pl', 'czasie oczekiwania')).toBe(topicKeyOf('pl', 'czas oczekiwania'));
  });
});
