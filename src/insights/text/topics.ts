import type { Phrase } from './phrases.js';
import { baseLanguage, stem } from './stem.js';
import { isStopWord } from './stopwords.js';
import { isClauseBreak, tokenize, type Token } from './tokens.js';

/**
 * A workspace's own topics: a name an analyst chose ("Delivery", "Checkout") and example phrases per
 * language ("delivery time", "toimitus", "czas dostawy").
 *
 * An example matches a comment when every one of its words occurs, by stem, within one clause of the
 * comment, in any order and with other words between: "toimitus oli hidas" matches the example
 * "hidas toimitus", and Polish, whose word order is free, needs no second example. Stop words of an
 * example are left out ("value for money" needs "value" and "money"); negations stay, so the example
 * "ei toimi" matches only a comment that says it. An example that is all stop words needs all of them.
 *
 * Finnish writes compounds as one word, so there a word also speaks of an example word it begins
 * with ("toimitusaika" of "toimitus") or whose stem it ends with ("asiakaspalvelussa" of "palvelu"),
 * when the rest is at least three letters and the example's stem at least four.
 *
 * A topic with no example in the comment's language is matched by its examples in the other
 * languages, stemmed as if they were in the comment's language: names of products and brands
 * ("iPhone", "Kuulo Plus") match across languages, ordinary words almost never do.
 */

export interface TopicDefinition {
  id: string;
  name: string;
  /** Example phrases by language code ("en", "fi", "pl", …). */
  examples: Record<string, string[]>;
}

export interface TopicHit {
  topicId: string;
  /** Span of the first evidence in the comment (UTF-16 offsets). */
  start: number;
  end: number;
}

interface CompiledExample {
  topicId: string;
  /** Stems that must all occur within a clause. */
  stems: string[];
  /** The key `extractPhrases` gives the example's text, for the quick match on phrases. */
  key: string;
}

export interface CompiledTopics {
  topics: readonly TopicDefinition[];
  /**
   * Examples stemmed for a comment language, built when a comment of that language first comes,
   * filed under their first stem: only examples whose first stem the comment has are tried.
   */
  byLanguage: Map<string, Map<string, CompiledExample[]>>;
  /** For a compounding language, every stem of its examples long enough to be a part of a compound. */
  partsByLanguage: Map<string, string[]>;
}

/** Languages that write compounds as one word, whose parts topics are matched by. */
const compounding = new Set(['fi']);
const shortestPart = 4;
const shortestRest = 3;

export function compileTopics(topics: readonly TopicDefinition[]): CompiledTopics {
  const compiled: CompiledTopics = { topics, byLanguage: new Map(), partsByLanguage: new Map() };
  const languages = new Set(topics.flatMap((topic) => Object.keys(topic.examples).map(baseLanguage)));
  for (const lang of languages) examplesFor(compiled, lang);
  return compiled;
}

/** The key that `extractPhrases` gives a phrase written this way: an analyst's merge is stored by it. */
export function topicKeyOf(lang: string, phraseText: string): string {
  return tokenize(phraseText)
    .filter((token) => token.kind === 'word')
    .map((token) => stem(lang, token.lower))
    .join(' ');
}

function examplesFor(compiled: CompiledTopics, lang: string): Map<string, CompiledExample[]> {
  const base = baseLanguage(lang);
  const known = compiled.byLanguage.get(base);
  if (known) return known;
  const examples = new Map<string, CompiledExample[]>();
  for (const topic of compiled.topics) {
    const own = Object.entries(topic.examples).filter(([exampleLang]) => baseLanguage(exampleLang) === base);
    const texts = (own.length > 0 ? own : Object.entries(topic.examples)).flatMap(([, list]) => list);
    for (const text of texts) {
      const words = tokenize(text).filter((token) => token.kind === 'word' || token.kind === 'number');
      const content = words.filter((token) => token.kind === 'number' || !isStopWord(base, token.lower));
      const stems = (content.length > 0 ? content : words).map((token) => stemOf(base, token));
      if (stems.length === 0) continue;
      const example = { topicId: topic.id, stems, key: topicKeyOf(base, text) };
      const filed = examples.get(stems[0]!);
      if (filed) filed.push(example);
      else examples.set(stems[0]!, [example]);
    }
  }
  compiled.byLanguage.set(base, examples);
  if (compounding.has(base)) {
    const parts = new Set([...examples.values()].flat().flatMap((example) => example.stems.filter((s) => s.length >= shortestPart)));
    compiled.partsByLanguage.set(base, [...parts]);
  }
  return examples;
}

/** The example stems a compound word holds besides its own stem: those it begins with, or its stem ends with. */
function compoundParts(parts: readonly string[], lower: string, own: string): string[] {
  if (lower.length < shortestPart + shortestRest) return [];
  return parts.filter((part) => part !== own && ((lower.startsWith(part) && lower.length - part.length >= shortestRest) || (own.endsWith(part) && own.length - part.length >= shortestRest)));
}

const stemOf = (lang: string, token: Token) => (token.kind === 'word' ? stem(lang, token.lower) : token.text);

interface Occurrence {
  clause: number;
  start: number;
  end: number;
}

/** Every topic the comment speaks of, once, with the span of its first evidence; in order of that span. */
export function matchTopics(compiled: CompiledTopics, lang: string, tokens: readonly Token[], phrases: readonly Phrase[]): TopicHit[] {
  const examples = examplesFor(compiled, lang);
  if (examples.size === 0) return [];
  const base = baseLanguage(lang);
  const parts = compiled.partsByLanguage.get(base);

  // Where each stem occurs, clause by clause.
  const occurrences = new Map<string, Occurrence[]>();
  let clause = 0;
  for (const token of tokens) {
    if (isClauseBreak(token)) clause++;
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const key = stemOf(base, token);
    const occurrence = { clause, start: token.start, end: token.end };
    const keys = parts && token.kind === 'word' ? [key, ...compoundParts(parts, token.lower, key)] : [key];
    for (const each of keys) {
      const list = occurrences.get(each);
      if (list) list.push(occurrence);
      else occurrences.set(each, [occurrence]);
    }
  }
  const phraseByKey = new Map<string, Phrase>();
  for (const phrase of phrases) if (!phraseByKey.has(phrase.key)) phraseByKey.set(phrase.key, phrase);

  const hits = new Map<string, TopicHit>();
  const offer = (topicId: string, start: number, end: number) => {
    const before = hits.get(topicId);
    if (!before || start < before.start) hits.set(topicId, { topicId, start, end });
  };
  for (const first of occurrences.keys()) {
    for (const example of examples.get(first) ?? []) {
      const phrase = phraseByKey.get(example.key);
      if (phrase) offer(example.topicId, phrase.start, phrase.end);
      const span = firstSpan(example.stems, occurrences);
      if (span) offer(example.topicId, span.start, span.end);
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first clause holding every stem, and the span from the first to the last of them there. */
function firstSpan(stems: readonly string[], occurrences: ReadonlyMap<string, Occurrence[]>): { start: number; end: number } | null {
  const lists: Occurrence[][] = [];
  for (const s of stems) {
    const list = occurrences.get(s);
    if (!list) return null;
    lists.push(list);
  }
  if (lists.length === 1) return lists[0]![0]!;
  for (const anchor of lists[0]!) {
    let start = anchor.start;
    let end = anchor.end;
    let all = true;
    for (let i = 1; i < lists.length && all; i++) {
      const inClause = lists[i]!.find((o) => o.clause === anchor.clause);
      if (!inClause) all = false;
      else {
        start = Math.min(start, inClause.start);
        end = Math.max(end, inClause.end);
      }
    }
    if (all) return { start, end };
  }
  return null;
}
