import { describe, expect, it } from 'vitest';
import { readProbabilities, twoClassNeutralMargin } from './sentiment.js';
import { detectLanguage } from './language.js';

describe('reading a model’s probabilities as a sentiment', () => {
  it('takes the likeliest of three labels, with the score as positive minus negative', () => {
    expect(readProbabilities(['negative', 'neutral', 'positive'], [0.7, 0.2, 0.1])).toEqual({ label: 'negative', score: -0.6, confidence: 0.7 });
    expect(readProbabilities(['negative', 'neutral', 'positive'], [0.2, 0.5, 0.3])).toEqual({ label: 'neutral', score: 0.1, confidence: 0.5 });
  });

  it('calls a comment neutral when a two-label model leans neither way clearly', () => {
    const close = 0.5 + twoClassNeutralMargin / 2 - 0.01;
    expect(readProbabilities(['negative', 'positive'], [1 - close, close]).label).toBe('neutral');
    expect(readProbabilities(['negative', 'positive'], [0.1, 0.9])).toEqual({ label: 'positive', score: 0.8, confidence: 0.9 });
  });
});

describe('language detection', () => {
  it('tells English, Finnish and Polish apart, even in short comments', () => {
    expect(detectLanguage('Delivery was slow and nobody answered.').lang).toBe('en');
    expect(detectLanguage('Toimitus oli hidas.').lang).toBe('fi');
    expect(detectLanguage('Dostawa była bardzo wolna.').lang).toBe('pl');
  });

  it('trusts a given language, and uses the survey’s language when the text is too short to tell', () => {
    expect(detectLanguage('ok', { lang: 'FI-fi' })).toEqual({ lang: 'fi', source: 'given', reliable: true });
    expect(detectLanguage('ok', { hint: 'pl' })).toEqual({ lang: 'pl', source: 'hint', reliable: false });
    expect(detectLanguage('123 !!')).toEqual({ lang: 'und', source: 'detected', reliable: false });
  });
});
