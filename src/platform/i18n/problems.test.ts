import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uiLocales } from '../../engine/i18n/locales.js';
import { AppError, fieldProblemsFrom, renderProblem } from '../errors/app-error.js';
import { isProblemKey, problemCatalogues, problemText, recogniseProblem, sayRecognised } from './problems.js';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* sourceFiles(file);
    else if (file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.test-helpers.ts')) yield file;
  }
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the problem catalogue', () => {
  it('has every key in Finnish and Polish, with the same placeholders, and nothing else', () => {
    const keys = Object.keys(problemCatalogues.en);
    for (const locale of uiLocales) {
      expect(Object.keys(problemCatalogues[locale]).sort(), locale).toEqual([...keys].sort());
      for (const key of keys as (keyof typeof problemCatalogues.en)[]) {
        const text = problemCatalogues[locale][key];
        expect(text.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(placeholdersOf(text), `${locale} ${key}`).toEqual(placeholdersOf(problemCatalogues.en[key]));
      }
    }
  });

  it('is not English in disguise: Finnish and Polish differ from English wherever there are words to translate', () => {
    const sameAsEnglish = (Object.keys(problemCatalogues.en) as (keyof typeof problemCatalogues.en)[]).filter(
      (key) => /[a-z]{3}/.test(problemCatalogues.en[key].replace(/\{\w+\}/g, '')) && (problemCatalogues.fi[key] === problemCatalogues.en[key] || problemCatalogues.pl[key] === problemCatalogues.en[key]),
    );
    expect(sameAsEnglish).toEqual([]);
  });

  // Field problems need no scan: `FieldProblem` takes a catalogue key, or words that are recognised below.
  it('leaves no AppError or notFound worded in English at its call site', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(srcRoot)) {
      const source = readFileSync(file, 'utf8');
      const where = path.relative(srcRoot, file);
      for (const match of source.matchAll(/new AppError\(\s*'[a-z_]+',\s*([^,)]+)/g)) {
        const message = match[1]!.trim();
        const literal = /^'([^']*)'$/.exec(message);
        // A key chosen at run time is fine (`x ? 'a.b' : 'c.d'`); a sentence or a template literal is not.
        if (message.startsWith('`') || (literal && !isProblemKey(literal[1]!))) offenders.push(`${where}: ${message}`);
      }
      for (const match of source.matchAll(/notFound\(\s*(['`][^'`]*['`])/g)) {
        if (!isProblemKey(match[1]!.slice(1, -1))) offenders.push(`${where}: notFound(${match[1]})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('knows every wording the zod schemas and the answer checks give fields, so it can say them in Finnish and Polish', () => {
    const unknown: string[] = [];
    for (const file of sourceFiles(srcRoot)) {
      // The server's own settings are read from the environment by the operator, not answered to a request.
      if (file.includes(`${path.sep}config${path.sep}`)) continue;
      const source = readFileSync(file, 'utf8');
      const isAnswerCheck = /engine.survey.(validate-response|answers)\.ts$/.test(file);
      const wordings = isAnswerCheck ? /(?:problem: |return )'((?:[^'\\]|\\.)*)'/g : /\{ error: '((?:[^'\\]|\\.)*)'/g;
      for (const match of source.matchAll(wordings)) {
        const text = match[1]!.replace(/\\'/g, "'");
        if (!recogniseProblem(text)) unknown.push(`${path.relative(srcRoot, file)}: ${text}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('says a key in each language, its placeholders filled', () => {
    expect(problemText('en', 'case.closedReopenFirst', { number: 12 })).toBe('Case 12 is closed; reopen it first.');
    expect(problemText('fi', 'case.closedReopenFirst', { number: 12 })).toBe('Tapaus 12 on suljettu; avaa se ensin uudelleen.');
    expect(problemText('pl', 'case.closedReopenFirst', { number: 12 })).toBe('Sprawa 12 jest zamknięta; najpierw otwórz ją ponownie.');
  });

  it('recognises wordings with values in them, and gives the values back', () => {
    expect(recogniseProblem('must be at most 200 characters')).toEqual({ key: 'schema.atMostChars', params: { max: '200' } });
    expect(recogniseProblem('uses unknown placeholder {{first_nam}}; known: first_name, survey_link')).toEqual({
      key: 'schema.unknownPlaceholder',
      params: { placeholder: 'first_nam', known: 'first_name, survey_link' },
    });
    expect(recogniseProblem('something Kuulo never says')).toBeNull();
  });

  it('says the logic check\'s problems with their parts in the same language', () => {
    const comesLater = 'uses question "q3", which comes later: page "p1" would be decided before it is answered';
    expect(sayRecognised('en', comesLater)).toBe(comesLater);
    expect(sayRecognised('fi', comesLater)).toBe('käyttää kysymystä "q3", joka tulee myöhemmin: kohteesta (sivu "p1") päätettäisiin ennen kuin siihen vastataan');
    expect(sayRecognised('fi', 'root cause "late" is listed twice')).toBe('juurisyy "late" on luettelossa kahdesti');
    expect(sayRecognised('pl', 'can never hold (nps answers run from 0 to 10), so this jump is unreachable')).toBe(
      'nigdy nie może być spełniony (odpowiedzi nps mieszczą się w zakresie od 0 do 10), więc element (ten skok) jest nieosiągalny',
    );
  });
});

describe('problems in the reader\'s language', () => {
  const Body = z.object({ name: z.string().min(3), email: z.email({ error: 'must be an email address' }), age: z.number() }).strict();
  const body = { name: 'Al', email: 'nope', extra: 1 };
  const problems = () => fieldProblemsFrom(Body.safeParse(body).error!.issues, 'body', body);

  it('keeps English as zod and the schemas word it', () => {
    const { errors } = renderProblem('en', 'input.invalid', {}, problems());
    expect(errors).toEqual([
      { path: 'body.name', problem: 'Too small: expected string to have >=3 characters' },
      { path: 'body.email', problem: 'must be an email address' },
      { path: 'body.age', problem: 'is required' },
      { path: 'body.extra', problem: 'is not a known field' },
    ]);
  });

  it('says zod\'s own messages and the schemas\' wordings in Finnish and Polish', () => {
    expect(renderProblem('fi', 'input.invalid', {}, problems()).errors.map((e) => e.problem)).toEqual([
      'Liian pieni: merkkijonon täytyy olla >=3 merkkiä',
      'on oltava sähköpostiosoite',
      'on pakollinen',
      'ei ole tunnettu kenttä',
    ]);
    const polish = renderProblem('pl', 'input.invalid', {}, problems()).errors.map((e) => e.problem);
    expect(polish[1]).toBe('musi być adresem e-mail');
    expect(polish[0]).not.toMatch(/Too small/);
  });

  it('names the first field problem in the detail, in the same language', () => {
    const error = new AppError('invalid_input', 'input.firstProblemMore', { params: { path: 'body.name', more: 3 }, errors: problems() });
    expect(error.message).toBe('body.name: Too small: expected string to have >=3 characters (and 3 more; see errors)');
    expect(renderProblem('fi', error.messageKey, error.params, error.options.errors!).detail).toBe('body.name: Liian pieni: merkkijonon täytyy olla >=3 merkkiä (ja 3 muuta; katso errors)');
  });
});
