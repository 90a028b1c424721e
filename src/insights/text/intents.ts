import { isClauseBreak, type Token } from './tokens.js';
import { languageRules, type LanguageRules, type Outcome } from './intent-rules.js';

/**
 * What a comment wants: to complain, to ask for something new, to praise, to ask a question. A
 * comment may want several ("love the app, but please add dark mode"). Rules, per language, read
 * the lower-cased words; Finnish and Polish words are matched by stems or inflected forms. Each
 * intent comes with the span of its first evidence, so a reader can see why it was tagged.
 *
 * Negation is read the way a customer means it: a praise word in the scope of a negation ("not
 * great", "ei hyvä", "nie polecam") is a complaint; a complaint word in its scope ("nothing
 * wrong", "ei huono", "nie najgorzej") is no complaint; "no problems", "ei ongelmia", "bez
 * problemów" are praise. A question mark makes a question of the clause it ends, not of the whole
 * comment; a question that opens with "why" and carries a negation or an emphasis ("why does it
 * never work?") is a complaint as well. Languages without rules get only the question-mark rule:
 * better no intent than a guessed one.
 */

export type Intent = 'complaint' | 'feature_request' | 'praise' | 'question';

export interface IntentHit {
  intent: Intent;
  /** UTF-16 offsets of the evidence in the text. */
  start: number;
  end: number;
}

const intentOrder: readonly Intent[] = ['complaint', 'feature_request', 'praise', 'question'];

/** Words a negation reaches, at most, before the clause ends. */
const negationReach = 3;

const sentenceEnds = new Set(['.', '!', '?', '…']);
/** Which tokens are part of a phrase already read; shared, as detection is synchronous. */
let consumedBuffer = new Uint8Array(256);

export function detectIntents(lang: string, text: string, tokens: readonly Token[]): IntentHit[] {
  const language = compiled(lang.slice(0, 2).toLowerCase());
  const first: (IntentHit | undefined)[] = [undefined, undefined, undefined, undefined];
  const hit = (intent: Intent, from: Token, to: Token) => {
    const slot = intentOrder.indexOf(intent);
    const known = first[slot];
    if (known === undefined || from.start < known.start) first[slot] = { intent, start: from.start, end: to.end };
  };
  if (consumedBuffer.length < tokens.length) consumedBuffer = new Uint8Array(tokens.length * 2);
  const consumed = consumedBuffer.fill(0, 0, tokens.length);
  let clauseStart = 0;
  let nextNewline = text.indexOf('\n');
  // The sentence being read: whether its next word is its first, the word that opens it as a
  // question, and whether a negation or an emphasis, or a request, followed that word.
  let sentenceStart = true;
  let opener = -1;
  let emphasised = false;
  let requested = false;

  const endSentence = (at: number) => {
    if (opener >= 0 && at > opener) {
      const exclaims = at < tokens.length && tokens[at]!.text === '!' && !questionMarkFrom(tokens, at);
      if (!exclaims) hit('question', tokens[opener]!, tokens[at - 1]!);
      // "Why is it so slow?" reproaches; "why not add a dark mode?" asks for something.
      if (!exclaims && emphasised && !requested && language!.rules.why.has(tokens[opener]!.lower)) hit('complaint', tokens[opener]!, tokens[at - 1]!);
    }
    opener = -1;
    emphasised = requested = false;
    sentenceStart = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (nextNewline >= 0 && token.start > nextNewline) {
      endSentence(i);
      clauseStart = i;
      nextNewline = text.indexOf('\n', token.start);
    }
    if (token.kind === 'punct') {
      if (token.text === '?' && i > clauseStart) hit('question', tokens[clauseStart]!, token);
      if (isClauseBreak(token)) {
        if (sentenceEnds.has(token.text)) endSentence(i);
        // A greeting ("Hi, …", "Hei, …", "Dzień dobry, …") comes before the sentence.
        else if (language !== null && i - clauseStart <= 2 && tokens.slice(clauseStart, i).every((t) => language.rules.greetings.has(t.lower))) sentenceStart = true;
        clauseStart = i + 1;
      }
      continue;
    }
    if (token.kind === 'emoji') continue;
    const initial = sentenceStart;
    sentenceStart = false;
    if (language === null || token.kind !== 'word') continue;
    const word = token.lower;
    const entry = entryOf(language, word);
    if (opener >= 0 && (entry.negation || entry.emphasis)) emphasised = true;
    if (initial && language.rules.opensQuestion(word, tokens[i + 1]?.lower ?? '')) opener = i;
    // The longest phrase that starts here.
    let match: Match | null = null;
    for (const rule of entry.rules) match = longer(language, rule, tokens, i, initial, match);
    if (match === null) continue;
    consumed.fill(1, i, match.end + 1);
    let outcome = match.rule.outcome;
    let from = token;
    const negated = match.rule.negatable ? negationBefore(language, tokens, consumed, i) : -1;
    if (negated >= 0) {
      outcome = outcome === 'praise' ? 'complaint' : 'none';
      from = tokens[negated]!;
    }
    if (outcome !== 'none') hit(outcome, from, tokens[match.end]!);
    if (outcome === 'feature_request') requested = true;
    i = match.end;
  }
  endSentence(tokens.length);
  return first.filter((found) => found !== undefined);
}

function questionMarkFrom(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && tokens[i]!.kind === 'punct'; i++) if (tokens[i]!.text === '?') return true;
  return false;
}

/** The nearest negation before token `at` in its clause, within reach and not part of a phrase already read. */
function negationBefore(language: Compiled, tokens: readonly Token[], consumed: Uint8Array, at: number): number {
  for (let i = at - 1, words = 0; i >= 0 && words < negationReach; i--) {
    const token = tokens[i]!;
    if (isClauseBreak(token)) return -1;
    if (token.kind !== 'word') continue;
    words++;
    if (language.rules.contrast.has(token.lower)) return -1;
    if (consumed[i] === 0 && isNegation(language, token.lower)) return i;
  }
  return -1;
}

// --- Patterns, compiled ---------------------------------------------------------------------------

/** One word of a phrase, and how many words may stand between it and the word before. */
type Step = { exact: Set<string>; prefixes: string[]; suffixes: string[]; negation: boolean; gap: number };
/** A phrase; `negatable` if it is a lone cue word, which a negation before it turns round. */
type Rule = { outcome: Outcome; steps: Step[]; atStart: boolean; behind: Step | null; negatable: boolean };
/** What a language's rules know of a word form, and the rules whose phrase may start with it. */
type WordEntry = { negation: boolean; emphasis: boolean; rules: Rule[] };

/**
 * A language's rules, found by their first word: exactly, by a stem (kept under its first three
 * letters), by an ending, or by being a negation. What was found for a word form is remembered, so
 * each word of a comment costs one look-up; there are only so many forms in customers' comments.
 */
interface Compiled {
  rules: LanguageRules;
  exact: Map<string, WordEntry>;
  byStem: Map<number, { stem: string; rule: Rule }[]>;
  byEnding: { ending: string; rule: Rule }[];
  negationFirst: Rule[];
  seen: Map<string, WordEntry>;
}

const seenLimit = 50_000;

function entryOf(language: Compiled, word: string): WordEntry {
  const seen = language.seen.get(word);
  if (seen !== undefined) return seen;
  const known = language.exact.get(word);
  const entry: WordEntry = { negation: known?.negation === true || word.endsWith("n't"), emphasis: known?.emphasis === true, rules: [...(known?.rules ?? none)] };
  if (word.length >= 3) for (const { stem, rule } of language.byStem.get(threeLetters(word)) ?? none) if (word.startsWith(stem)) entry.rules.push(rule);
  for (const { ending, rule } of language.byEnding) if (word.length > ending.length + 1 && word.endsWith(ending)) entry.rules.push(rule);
  if (entry.negation) entry.rules.push(...language.negationFirst);
  if (language.seen.size >= seenLimit) language.seen.clear();
  language.seen.set(word, entry);
  return entry;
}

const isNegation = (language: Compiled, word: string) => entryOf(language, word).negation;

const cache = new Map<string, Compiled | null>();

function compiled(lang: string): Compiled | null {
  if (!cache.has(lang)) cache.set(lang, Object.hasOwn(languageRules, lang) ? compile(languageRules[lang]!) : null);
  return cache.get(lang)!;
}

function compile(rules: LanguageRules): Compiled {
  const language: Compiled = { rules, exact: new Map(), byStem: new Map(), byEnding: [], negationFirst: [], seen: new Map() };
  const entry = (word: string) => language.exact.get(word) ?? language.exact.set(word, { negation: false, emphasis: false, rules: [] }).get(word)!;
  for (const word of rules.negations) entry(word).negation = true;
  for (const word of rules.emphasis) entry(word).emphasis = true;
  const add = <T,>(list: T[], item: T) => list.includes(item) || list.push(item);
  for (const [outcome, patterns] of Object.entries(rules.patterns) as [Outcome, string[]][]) {
    for (const pattern of patterns) {
      const rule = parse(outcome, pattern);
      const head = rule.steps[0]!;
      for (const word of head.exact) add(entry(word).rules, rule);
      for (const stem of head.prefixes) {
        if (stem.length < 3) throw new Error(`A stem needs three letters or more: ${pattern}`);
        const key = threeLetters(stem);
        (language.byStem.get(key) ?? language.byStem.set(key, []).get(key)!).push({ stem, rule });
      }
      for (const ending of head.suffixes) language.byEnding.push({ ending, rule });
      if (head.negation) add(language.negationFirst, rule);
    }
  }
  return language;
}

function parse(outcome: Outcome, pattern: string): Rule {
  const parts = pattern.split(' ');
  const fixed = parts[0] === '=';
  const atStart = parts.includes('^');
  const items = parts.filter((part) => part !== '=' && part !== '^');
  const behind = items[0]!.startsWith('<') ? step(items.shift()!.slice(1), 0) : null;
  const steps: Step[] = [];
  let gap = 0;
  for (const part of items) {
    if (part.startsWith('~')) gap = Number(part.slice(1));
    else steps.push(step(part, gap)), (gap = 0);
  }
  return { outcome, steps, atStart, behind, negatable: !fixed && steps.length === 1 && !steps[0]!.negation };
}

function step(alternatives: string, gap: number): Step {
  const result: Step = { exact: new Set(), prefixes: [], suffixes: [], negation: false, gap };
  for (const alternative of alternatives.split('|')) {
    if (alternative === '!neg') result.negation = true;
    else if (alternative.endsWith('*')) result.prefixes.push(alternative.slice(0, -1));
    else if (alternative.startsWith('*')) result.suffixes.push(alternative.slice(1));
    else result.exact.add(alternative);
  }
  return result;
}

function stepMatches(language: Compiled, s: Step, word: string): boolean {
  if (s.exact.has(word)) return true;
  for (const prefix of s.prefixes) if (word.startsWith(prefix)) return true;
  for (const suffix of s.suffixes) if (word.length > suffix.length + 1 && word.endsWith(suffix)) return true;
  return s.negation && isNegation(language, word);
}

type Match = { rule: Rule; end: number };

const none: readonly never[] = [];
/** The first three letters of a word as a number; letters beyond Latin may share one, which startsWith sorts out. */
const threeLetters = (word: string) => ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);

/** The rule's phrase at token `at`, whose first word matches, if it is longer than the best so far. */
function longer(language: Compiled, rule: Rule, tokens: readonly Token[], at: number, initial: boolean, best: Match | null): Match | null {
  if (rule.atStart && !initial) return best;
  const before = tokens[at - 1];
  if (rule.behind !== null && !(before?.kind === 'word' && stepMatches(language, rule.behind, before.lower))) return best;
  const end = rest(language, rule, tokens, at);
  return end >= 0 && (best === null || end > best.end || (end === best.end && rule.steps.length > best.rule.steps.length)) ? { rule, end } : best;
}

/** Where the rest of the rule's phrase ends, within the clause, or -1. */
function rest(language: Compiled, rule: Rule, tokens: readonly Token[], at: number): number {
  let position = at;
  for (let s = 1; s < rule.steps.length; s++) {
    const next = rule.steps[s]!;
    let found = -1;
    for (let j = position + 1, skipped = 0; found < 0 && j < tokens.length && skipped <= next.gap && !isClauseBreak(tokens[j]!); j++, skipped++) {
      if (tokens[j]!.kind === 'word' && stepMatches(language, next, tokens[j]!.lower)) found = j;
    }
    if (found < 0) return -1;
    position = found;
  }
  return position;
}
