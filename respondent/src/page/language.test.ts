import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage, nativeLanguageName } from './language.js';
import { hiddenValuesFrom, readSurveyLink } from './link.js';

const survey = { languages: ['en', 'fi', 'pl', 'pt-BR'], defaultLanguage: 'en' };

describe('language choice', () => {
  it('matches tags, then primary languages', () => {
    expect(matchLanguage('fi', survey.languages)).toBe('fi');
    expect(matchLanguage('FI-fi', survey.languages)).toBe('fi');
    expect(matchLanguage('pt', survey.languages)).toBe('pt-BR');
    expect(matchLanguage('sv', survey.languages)).toBeNull();
    expect(matchLanguage(null, survey.languages)).toBeNull();
  });

  it('takes ?lang= when the survey has it, else the saved choice, else the API, else the default', () => {
    expect(chooseLanguage(survey, { requested: 'pl', saved: 'fi', apiChoice: 'en' })).toBe('pl');
    expect(chooseLanguage(survey, { requested: 'sv', saved: 'fi', apiChoice: 'en' })).toBe('fi');
    expect(chooseLanguage(survey, { requested: 'sv', apiChoice: 'pl' })).toBe('pl');
    expect(chooseLanguage(survey, { requested: 'de', apiChoice: 'de' })).toBe('en');
  });

  it('names languages in themselves', () => {
    expect(nativeLanguageName('fi')).toBe('Suomi');
    expect(nativeLanguageName('pl')).toBe('Polski');
  });
});

describe('the survey link', () => {
  it('reads the slug, ?lang= and the channel', () => {
    const link = readSurveyLink(new URL('https://kuulo.example/s/visit2026?lang=fi&ch=qr'));
    expect(link).toMatchObject({ slug: 'visit2026', requestedLanguage: 'fi', channel: 'qr', token: null });
    expect(readSurveyLink(new URL('https://kuulo.example/s/visit2026?t=abc.def')).token).toBe('abc.def');
    expect(readSurveyLink(new URL('https://kuulo.example/s/visit2026/')).channel).toBe('link');
    expect(readSurveyLink(new URL('https://kuulo.example/s/visit2026?ch=fax')).channel).toBe('link');
    expect(readSurveyLink(new URL('https://kuulo.example/other')).slug).toBeNull();
    expect(readSurveyLink(new URL('https://kuulo.example/s/%E0%A4%A')).slug).toBeNull();
  });

  it('brings only the hidden fields the survey declares, cut to 500 characters', () => {
    const params = new URLSearchParams({ order_id: 'A-1', plan: 'x'.repeat(600), utm_source: 'mail', lang: 'fi', t: 'token' });
    const fields = [{ key: 'order_id' }, { key: 'plan' }, { key: 'coupon' }, { key: 'lang' }, { key: 't' }];
    expect(hiddenValuesFrom(params, fields)).toEqual({ order_id: 'A-1', plan: 'x'.repeat(500) });
  });
});
