import { describe, expect, it } from 'vitest';
import { closeLabel, hiddenFromAttributes, kuuloFetch, widgetLanguage } from './widget-logic.js';

describe('the widget', () => {
  it('sends the API calls to the Kuulo the loader came from', async () => {
    const urls: string[] = [];
    const recording = kuuloFetch('https://kuulo.example.com/', async (input) => {
      urls.push(String(input));
      return new Response('{}');
    });
    await recording('/api/v1/public/surveys/abc123');
    expect(urls).toEqual(['https://kuulo.example.com/api/v1/public/surveys/abc123']);
  });

  it('speaks the first browser language the survey has, else the server\'s pick, else the default', () => {
    const survey = { languages: ['en', 'fi', 'pl'], defaultLanguage: 'en' };
    expect(widgetLanguage(survey, ['sv-FI', 'fi-FI', 'en-US'], 'en')).toBe('fi');
    expect(widgetLanguage(survey, ['de'], 'pl')).toBe('pl');
    expect(widgetLanguage(survey, [], null)).toBe('en');
    expect(widgetLanguage({ languages: ['fi'], defaultLanguage: 'fi' }, ['en-GB'], 'en')).toBe('fi');
  });

  it('fills declared hidden fields from the identified attributes, as text', () => {
    expect(hiddenFromAttributes([{ key: 'plan' }, { key: 'seats' }, { key: 'region' }], { plan: 'pro', seats: 3, secret: 'x' })).toEqual({ plan: 'pro', seats: '3' });
    expect(hiddenFromAttributes([{ key: 'plan' }], undefined)).toEqual({});
    expect(hiddenFromAttributes([{ key: 'note' }], { note: 'n'.repeat(900) }).note).toHaveLength(500);
  });

  it('names its close button in the survey language', () => {
    expect(closeLabel('fi')).toBe('Sulje');
    expect(closeLabel('pl-PL')).toBe('Zamknij');
    expect(closeLabel('sv')).toBe('Close');
  });
});
