/**
 * English stemming after the Porter2 ("English") algorithm of the Snowball project, as its published
 * description gives it: regions R1 and R2, then steps 0–5 that take off possessives, plurals,
 * -ed/-ing and derivational suffixes. "delivery" and "deliveries" both give "deliveri"; "refunds",
 * "refunded" and "refunding" give "refund".
 */

const isVowel = (c: string | undefined) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
const isDouble = (w: string) => /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w);
const liEnding = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

const exceptions: Record<string, string> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
  early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
  cosmos: 'cosmos', bias: 'bias', andes: 'andes',
  // Not Porter2's: "queue" keeps its e and "queued" would not, and customers queue a lot.
  queue: 'queue', queues: 'queue', queued: 'queue', queuing: 'queue', queueing: 'queue',
};
const afterStep1a = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

const step2: [string, string][] = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'], ['tional', 'tion'],
  ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'],
  ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'],
  ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];

const step3: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''], ['ical', 'ic'],
  ['ness', ''], ['ful', ''],
];

const step4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

/** Where a region starts: after the first non-vowel that follows a vowel, from `from` on. */
function regionStart(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** A short syllable ends the word part: vowel + non-vowel (not w, x, Y) after a non-vowel, or vowel + non-vowel at the start. */
function endsShortSyllable(w: string): boolean {
  const n = w.length;
  if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
  const [a, b, c] = [w[n - 3], w[n - 2], w[n - 1]];
  return n >= 3 && !isVowel(a) && isVowel(b) && !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  const exception = exceptions[word];
  if (exception) return exception;
  let w = word.startsWith("'") ? word.slice(1) : word;
  if (w.startsWith('y')) w = 'Y' + w.slice(1);
  w = w.replace(/([aeiouy])y/g, '$1Y');

  const prefix = /^(gener|commun|arsen)/.exec(w);
  const r1 = prefix ? prefix[0].length : regionStart(w, 0);
  const r2 = regionStart(w, r1);
  const inR1 = (suffix: string) => w.length - suffix.length >= r1;
  const inR2 = (suffix: string) => w.length - suffix.length >= r2;
  const cut = (n: number) => (w = w.slice(0, w.length - n));

  // Step 0: possessives.
  for (const s of ["'s'", "'s", "'"]) if (w.endsWith(s)) { cut(s.length); break; }

  // Step 1a: plurals.
  if (w.endsWith('sses')) cut(2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith('us') || w.endsWith('ss')) { /* unchanged */ }
  else if (w.endsWith('s') && /[aeiouy]/.test(w.slice(0, -2))) cut(1);
  if (afterStep1a.has(w)) return w;

  // Step 1b: -eed, -ed, -ing.
  const eed = ['eedly', 'eed'].find((s) => w.endsWith(s));
  const ed = eed ? undefined : ['ingly', 'edly', 'ing', 'ed'].find((s) => w.endsWith(s));
  if (eed) {
    if (inR1(eed)) cut(eed.length - 2);
  } else if (ed && /[aeiouy]/.test(w.slice(0, -ed.length))) {
    cut(ed.length);
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (isDouble(w)) cut(1);
    else if (endsShortSyllable(w) && r1 >= w.length) w += 'e';
  }

  // Step 1c: final y after a consonant (not the first letter) becomes i.
  if (w.length > 2 && /[yY]$/.test(w) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  // Step 2: derivational suffixes in R1.
  for (const [suffix, replacement] of step2) {
    if (!w.endsWith(suffix)) continue;
    if (inR1(suffix)) {
      if (suffix === 'ogi' && w[w.length - 4] !== 'l') break;
      if (suffix === 'li' && !liEnding.has(w[w.length - 3] ?? '')) break;
      w = w.slice(0, -suffix.length) + replacement;
    }
    break;
  }

  // Step 3.
  for (const [suffix, replacement] of step3) {
    if (!w.endsWith(suffix)) continue;
    if (inR1(suffix) && (suffix !== 'ative' || inR2(suffix))) w = w.slice(0, -suffix.length) + replacement;
    break;
  }

  // Step 4: suffixes in R2.
  for (const suffix of step4) {
    if (!w.endsWith(suffix)) continue;
    if (inR2(suffix) && (suffix !== 'ion' || /[st]$/.test(w.slice(0, -3)))) cut(suffix.length);
    break;
  }

  // Step 5: final e and ll.
  if (w.endsWith('e') && (inR2('e') || (inR1('e') && !endsShortSyllable(w.slice(0, -1))))) cut(1);
  else if (w.endsWith('ll') && inR2('l')) cut(1);

  return w.replace(/Y/g, 'y');
}
