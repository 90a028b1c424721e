import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectIntents, type Intent } from './intents.js';
import { tokenize } from './tokens.js';

interface Labelled {
  lang: string;
  text: string;
  intents: Intent[];
}

const intents: readonly Intent[] = ['complaint', 'feature_request', 'praise', 'question'];

const readLabelled = (file: string): Labelled[] =>
  readFileSync(new URL(`../../../test/fixtures/text/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);

const detect = (lang: string, text: string) => detectIntents(lang, text, tokenize(text));
const intentsOf = (lang: string, text: string) => detect(lang, text).map((hit) => hit.intent);
/** Each intent found, with the words it was found in. */
const evidence = (lang: string, text: string) => Object.fromEntries(detect(lang, text).map((hit) => [hit.intent, text.slice(hit.start, hit.end)]));

describe('the labelled comments', () => {
  it('are found with a micro-F1 of at least 0.85 in each language', () => {
    const counts = new Map<string, { truePositives: number; falsePositives: number; falseNegatives: number }>();
    for (const row of readLabelled('intents.jsonl')) {
      const count = counts.get(row.lang) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      counts.set(row.lang, count);
      const found = new Set(intentsOf(row.lang, row.text));
      for (const intent of intents) {
        const expected = row.intents.includes(intent);
        if (found.has(intent) && expected) count.truePositives++;
        else if (found.has(intent)) count.falsePositives++;
        else if (expected) count.falseNegatives++;
      }
    }
    expect([...counts.keys()].sort()).toEqual(['en', 'fi', 'pl']);
    for (const [lang, { truePositives, falsePositives, falseNegatives }] of counts) {
      const f1 = (2 * truePositives) / (2 * truePositives + falsePositives + falseNegatives);
      expect(f1, lang).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('come in both sets as well-formed rows, enough in each language', () => {
    for (const [file, least] of [['intents.jsonl', 50], ['intents-holdout.jsonl', 25]] as const) {
      const rows = readLabelled(file);
      for (const row of rows) {
        expect(['en', 'fi', 'pl'], row.text).toContain(row.lang);
        expect(row.text.length).toBeGreaterThan(0);
        for (const intent of row.intents) expect(intents).toContain(intent);
        expect(new Set(row.intents).size).toBe(row.intents.length);
      }
      for (const lang of ['en', 'fi', 'pl']) expect(rows.filter((row) => row.lang === lang).length, `${file} ${lang}`).toBeGreaterThanOrEqual(least);
    }
  });
});

describe('intents', () => {
  it('gives each intent once, in a fixed order, with the span of its first evidence', () => {
    const text = 'Is there a gift card? Love the shop, but the app is broken and broken again. Please add Apple Pay.';
    expect(intentsOf('en', text)).toEqual(['complaint', 'feature_request', 'praise', 'question']);
    expect(evidence('en', text)).toEqual({ complaint: 'broken', feature_request: 'Please add', praise: 'Love', question: 'Is there a gift card?' });
  });

  it('reads phrases across inflection and a few words in between', () => {
    expect(evidence('fi', 'Paketti ei ole vieläkään tullut.')).toEqual({ complaint: 'ei ole vieläkään tullut' });
    expect(evidence('fi', 'Olisi tosi kiva, jos kaupassa olisi enemmän kassoja.')).toEqual({ feature_request: 'Olisi tosi kiva' });
    expect(evidence('pl', 'Czekałem na infolinii 40 minut.')).toEqual({ complaint: 'Czekałem na infolinii 40 minut' });
    expect(evidence('pl', 'Fajnie by było mieć aplikację.')).toEqual({ feature_request: 'Fajnie by' });
    expect(intentsOf('pl', 'Przydałaby się lepsza wyszukiwarka.')).toEqual(['feature_request']);
    expect(intentsOf('en', 'It would be really nice to pay by invoice.')).toEqual(['feature_request']);
  });

  it('turns praise round under a negation, and drops a negated complaint', () => {
    expect(evidence('en', 'The food was not great.')).toEqual({ complaint: 'not great' });
    expect(evidence('fi', 'Ei ollut hyvä kokemus.')).toEqual({ complaint: 'Ei ollut hyvä' });
    expect(evidence('pl', 'Nie polecam tego sklepu.')).toEqual({ complaint: 'Nie polecam' });
    expect(intentsOf('en', "Nothing wrong with it, it's not bad.")).toEqual([]);
    expect(intentsOf('fi', 'Ei huono.')).toEqual([]);
    expect(intentsOf('pl', 'Nie najgorzej.')).toEqual([]);
    expect(intentsOf('en', 'Never fails, always reliable.')).toEqual(['praise']);
  });

  it('takes "no problems" as praise, in every language', () => {
    expect(evidence('en', 'No problems with the delivery.')).toEqual({ praise: 'No problems' });
    expect(evidence('fi', 'Ei ongelmia.')).toEqual({ praise: 'Ei ongelmia' });
    expect(evidence('fi', 'Ei ole ollut mitään ongelmia.')).toEqual({ praise: 'Ei ole ollut mitään ongelmia' });
    expect(evidence('pl', 'Bez problemów.')).toEqual({ praise: 'Bez problemów' });
    expect(evidence('pl', 'Nie mam zastrzeżeń.')).toEqual({ praise: 'Nie mam zastrzeżeń' });
  });

  it('keeps a negation to its clause, and stops it at "but"', () => {
    expect(intentsOf('en', "It doesn't crash anymore, great job.")).toEqual(['praise']);
    expect(intentsOf('en', 'No delivery fee but great service.')).toEqual(['praise']);
    expect(intentsOf('fi', 'Ei yhtään huono, oikein hyvä tuote.')).toEqual(['praise']);
    // A negation inside a phrase already read does not reach the next cue.
    expect(intentsOf('en', "It doesn't work and support is rude.")).toEqual(['complaint']);
  });

  it('does not read a problem that was solved as a complaint', () => {
    expect(intentsOf('en', 'Excellent support, my issue was fixed in minutes.')).toEqual(['praise']);
    expect(intentsOf('fi', 'Kiitos, ongelma ratkesi heti.')).toEqual(['praise']);
    expect(intentsOf('pl', 'Dzięki, problem rozwiązany.')).toEqual(['praise']);
  });

  it('reads Finnish "kiitos" after a request as "please", not as thanks', () => {
    expect(intentsOf('fi', 'Lisätkää kiitos kasvisvaihtoehtoja.')).toEqual(['feature_request']);
    expect(intentsOf('fi', 'Jatkakaa samaan malliin, kiitos!')).toEqual(['praise']);
  });

  it('leaves greetings and sign-offs out of praise', () => {
    expect(intentsOf('en', 'Good morning, I ordered shoes. Best regards, Anna')).toEqual([]);
    expect(intentsOf('pl', 'Dzień dobry, zamówiłam buty.')).toEqual([]);
    expect(intentsOf('fi', 'Hyvää päivää, tilasin kengät.')).toEqual([]);
  });

  it('finds nothing in a plain statement', () => {
    for (const [lang, text] of [['en', 'I bought two shirts on 5.12.2026.'], ['fi', 'Tilasin kaksi paitaa.'], ['pl', 'Zamówiłem dwie koszule.'], ['en', ''], ['fi', '👍']]) {
      expect(intentsOf(lang!, text!), text).toEqual([]);
    }
  });
});

describe('questions', () => {
  it('makes a question of the clause a question mark ends, not of the whole comment', () => {
    const text = 'The parcel came late, when will the refund come?';
    expect(evidence('en', text).question).toBe('when will the refund come?');
    expect(evidence('en', 'Terrible service. Where is my order? Cancel it.').question).toBe('Where is my order?');
  });

  it('takes a sentence that opens like a question as one, without a question mark', () => {
    expect(evidence('en', 'How do I change my address')).toEqual({ question: 'How do I change my address' });
    expect(evidence('fi', 'Saako myymälässä maksaa MobilePaylla')).toEqual({ question: 'Saako myymälässä maksaa MobilePaylla' });
    expect(evidence('pl', 'Gdzie jest najbliższy sklep')).toEqual({ question: 'Gdzie jest najbliższy sklep' });
    expect(intentsOf('fi', 'Hei, onko teillä lahjakortteja')).toEqual(['question']);
    expect(intentsOf('pl', 'Dzień dobry, czy mogę zwrócić buty')).toEqual(['question']);
  });

  it('does not take a conjunction, an exclamation or a figure of speech for a question', () => {
    expect(intentsOf('en', 'When I opened the box, everything was there.')).toEqual([]);
    expect(intentsOf('en', 'What a store!')).toEqual([]);
    expect(intentsOf('pl', 'Jak zwykle wszystko dotarło.')).toEqual([]);
    expect(intentsOf('pl', 'Co za sklep!')).toEqual([]);
    expect(intentsOf('fi', 'Pakko sanoa, että tilasin taas.')).toEqual([]);
    expect(intentsOf('en', 'Would love a family plan.')).toEqual(['feature_request']);
  });

  it('takes a "why" question with a negation or an emphasis as a complaint too', () => {
    expect(evidence('en', 'Why does the app never work?')).toEqual({ complaint: 'Why does the app never work', question: 'Why does the app never work?' });
    expect(intentsOf('en', 'Why is shipping so expensive?')).toEqual(['complaint', 'question']);
    expect(intentsOf('fi', 'Miksi toimitus kestää näin kauan?')).toEqual(['complaint', 'question']);
    expect(intentsOf('pl', 'Dlaczego dostawa trwa tak długo?')).toEqual(['complaint', 'question']);
    expect(intentsOf('en', 'Why did my order go to Espoo?')).toEqual(['question']);
    expect(intentsOf('en', 'Why not add a dark mode?')).toEqual(['feature_request', 'question']);
  });

  it('uses only the question mark in languages without rules', () => {
    expect(evidence('sv', 'Bra butik. Har ni presentkort?')).toEqual({ question: 'Har ni presentkort?' });
    expect(intentsOf('de', 'Schlechter Service, nie wieder!')).toEqual([]);
    expect(intentsOf('', 'Hvorfor?')).toEqual(['question']);
  });

  it('reads the language from a tag with a region', () => {
    expect(intentsOf('fi-FI', 'Kiitos!')).toEqual(['praise']);
    expect(intentsOf('EN-gb', 'Thanks!')).toEqual(['praise']);
  });

  it('ends a sentence at a line break', () => {
    expect(evidence('en', 'How do I pay\nthe invoice came twice')).toEqual({ question: 'How do I pay' });
  });
});
