/**
 * Finnish stemming for grouping the forms of a word in customer comments. Unlike a stemmer built to
 * find dictionary forms, its aim is one key per word family, even when the key is not a word:
 *
 * 1. clitics (-kaan, -kin) and possessive suffixes (-ni, -mme, -nsa) come off;
 * 2. one case ending comes off (-ssa, -sta, -lla, -lta, -lle, -ksi, illative -Vn/-hVn/-seen,
 *    partitive -ta/-tta, plural -t, genitive -n, -iden, -ten);
 * 3. the stem is brought to one shape for the whole family:
 *    - stem vowels a ä e i o ö go ("hinta", "hinnoissa" → "hint", "hinn"), u and y stay, since they
 *      end the -us/-ys words below;
 *    - consonant stems: -us/-uks- and -ys/-yks- end in the vowel ("toimitus", "toimituksen" →
 *      "toimitu"; "kysymys" → "kysymy"), -as/-aa-, -is/-ii-, -es/-ee-, -nen/-se- lose the s
 *      ("asiakas", "asiakkaan" → "asiak"; "ystävällinen" → "ystäväll…"), -uus/-uude- keep the u
 *      ("nopeus", "nopeuden" → "nopeu"), -in/-ime- lose -in/-im ("puhelin", "puhelimen" → "puhel");
 *    - consonant gradation, in the last consonant cluster: kk, pp, tt become k, p, t; nn, mm, ll,
 *      rr, ng, d, hd become nt, mp, lt, rt, nk, t, ht, so strong and weak grades meet ("hinta",
 *      "hinnan"; "tuote", "tuotteen"; "kaupunki", "kaupungin"; "hidas", "hitaan"). p/v and k/∅ are
 *      followed only for a few common words ("apu", "avun"; "tapa", "tavan"; "tuki", "tuen";
 *      "aika", "ajan"), since in general they would join unrelated words ("kuva", "kuppi").
 *
 * Stems keep at least three letters: short words are left as they are rather than cut to nothing.
 */

const vowels = 'aeiouyäö';
const isVowel = (c: string | undefined) => c !== undefined && vowels.includes(c);
const minStem = 3;

/** A case ending and when it may come off: `before` tests the letter that precedes it. */
type Ending = [suffix: string, before: (stem: string) => boolean];
const afterVowel = (s: string) => isVowel(s[s.length - 1]);
const afterConsonant = (s: string) => !isVowel(s[s.length - 1]);
const afterLongVowelOrI = (s: string) => {
  const last = s[s.length - 1];
  return isVowel(last) && (last === 'i' || s[s.length - 2] === last);
};
const any = () => true;

const caseEndings: Ending[] = [
  // Case ending followed by a possessive suffix of the third person ("tilauksessaan").
  ...['ssaan', 'ssään', 'staan', 'stään', 'llaan', 'llään', 'ltaan', 'ltään', 'lleen', 'kseen'].map((s): Ending => [s, afterVowel]),
  ['itten', any], ['iden', any], ['siin', (s) => s.endsWith('i')], ['seen', afterLongVowelOrI],
  ...['han', 'hen', 'hin', 'hon', 'hun', 'hyn', 'hän', 'hön'].map((s): Ending => [s, (stem) => stem.endsWith(s[1]!) || stem.endsWith('i')]),
  ['ten', afterConsonant],
  ...['ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi'].map((s): Ending => [s, afterVowel]),
  ['tta', (s) => s.endsWith('e')], ['ttä', (s) => s.endsWith('e')],
  // Partitive -ta after a consonant stem ("nopeutta", "kenttä") or a long vowel or plural i
  // ("maata", "tuotteita"); not after n, l, r, where it is usually part of the word ("hinta", "kerta").
  ...['ta', 'tä'].map((s): Ending => [s, (stem) => (afterConsonant(stem) && !/[nlrs]$/.test(stem)) || afterLongVowelOrI(stem)]),
  // Essive after a long vowel ("asiakkaana"); after a short one -na is too often part of the word ("ikkuna").
  ...['na', 'nä'].map((s): Ending => [s, (stem) => stem.length > minStem && afterLongVowelOrI(stem) && !stem.endsWith('i')]),
  // Illative -uun, -yyn: the doubled vowel goes too.
  ['un', (s) => s.endsWith('u')], ['yn', (s) => s.endsWith('y')],
  ['t', afterVowel], ['n', afterVowel],
];

/** Weak grades that the general rules cannot see, as stem endings: [weak, strong]. */
const weakStems: [string, string][] = [
  ['tue', 'tuki'], ['ruoa', 'ruoka'], ['ruua', 'ruoka'], ['reiä', 'reikä'], ['avu', 'apu'], ['tava', 'tapa'],
  ['tavoi', 'tapoi'], ['luva', 'lupa'], ['leivä', 'leipä'],
];

/** i-stem nouns that would meet an a-stem noun once their vowel goes ("tili", an account; "tila"). */
const iStems: [string, string][] = [['tilei', 'tili'], ['tili', 'tili'], ['tile', 'tili'], ['kassei', 'kassi'], ['kassi', 'kassi'], ['kasse', 'kassi']];

/** Nouns in -sti that are not adverbs. */
const notAdverb = /(posti|lasti|rasti|kasti|masti)$/;

function stripStemVowels(s: string): string {
  let end = s.length;
  while (end > minStem && 'aeioäö'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The last consonant cluster brought to its strong grade: "hinn" → "hint", "tuott" → "tuot". */
function gradation(s: string): string {
  let end = s.length;
  while (end > 0 && isVowel(s[end - 1])) end--;
  let start = end;
  while (start > 0 && !isVowel(s[start - 1])) start--;
  if (start === 0 || start === end) return s;
  let cluster = s.slice(start, end).replace(/(kk|pp|tt)$/, (m) => m[0]!);
  cluster = cluster.replace(/^(nn|mm|ll|rr|ng|hd|d)$/, (m) => ({ nn: 'nt', mm: 'mp', ll: 'lt', rr: 'rt', ng: 'nk', hd: 'ht', d: 't' })[m]!);
  return s.slice(0, start) + cluster + s.slice(end);
}

export function stemFinnish(word: string): string {
  let w = word;
  // "EU:n", "show'ssa": the ending after a colon or apostrophe is not part of the word.
  const mark = w.search(/[:']/);
  if (mark > 0) w = w.slice(0, mark);
  if (w.length <= minStem) return w;

  // Clitics.
  if (/(kaan|kään)$/.test(w) && w.length - 4 >= minStem) w = w.slice(0, -4);
  else if (w.endsWith('kin') && /[aeiouyäös]/.test(w[w.length - 4] ?? '') && w.length - 3 > minStem) w = w.slice(0, -3);

  // Possessive suffixes.
  if (/[aeiouyäö](nsa|nsä|mme)$/.test(w) && w.length - 3 >= minStem) w = w.slice(0, -3);
  else if (/[aeiouyäö]ni$/.test(w) && w.length - 2 > minStem) w = w.slice(0, -2);
  else if (/esi$/.test(w) && w.length - 2 > minStem) w = w.slice(0, -2);

  const nominativeS = w.endsWith('s');
  let ending = '';
  if (/(nut|nyt)$/.test(w) && w.length >= 6) {
    // Past participles ("pettynyt", "pettyneet") meet at -n.
    w = w.slice(0, -2);
  } else if (w.endsWith('nen') && w.length >= 6) {
    // Nominative -nen: its other forms are built on -se- and -s- ("ystävällisen", "ystävällistä").
    w = w.slice(0, -3) + 's';
  } else if (w.endsWith('sti') && !notAdverb.test(w) && isVowel(w[w.length - 4]) && w.length - 3 > minStem) {
    // Adverbs in -sti ("nopeasti", "hitaasti", "ystävällisesti") go with their adjective.
    w = w.slice(0, -3);
  } else if (/(tonta|töntä)$/.test(w)) {
    w = w.slice(0, -2);
  } else {
    for (const [suffix, before] of caseEndings) {
      if (!w.endsWith(suffix)) continue;
      const stem = w.slice(0, -suffix.length);
      if (stem.length >= minStem && /[aeiouyäö]/.test(stem) && before(stem)) {
        w = stem;
        ending = suffix;
        break;
      }
    }
  }
  // "auttaa" (to help) in its forms, which the rules would bring to "aut", as "auto" (a car).
  if (/^(autt|auta$|autan$|autat$|autamme$|autatte$|autetaan$|autettiin$|autettu)/.test(w)) return 'autta';
  // Nouns in -e with a consonant stem, -te/-ttee- ("tuote", "tuotteen", "laite", "palaute"), keep their e,
  // so they stay apart from verbs ("laittaa") and o-words ("huone", "huono"). Not after the illative
  // plural -ihin, which loanwords in -tti take ("paketteihin").
  const eNoun =
    /(huone|huonee|huonei)$/.test(w) ||
    (ending !== 'hin' && (/(tt|[^aeiouyäöt]t)(e|ee|ei)$/.test(w) || (/[aeiouyäö]te$/.test(w) && ['', 'tta', 'ttä'].includes(ending))))
      ? /(e|ee|ei)$/.exec(w)
      : null;
  if (eNoun && w.length - eNoun[0].length >= minStem) return gradation(w.slice(0, eNoun.index)) + 'e';

  const withoutPartitive = w.replace(/j?[aä]$/, '');
  for (const [tail, whole] of iStems) if (withoutPartitive.endsWith(tail)) return withoutPartitive.slice(0, -tail.length) + whole;
  for (const [weak, strong] of weakStems) {
    if (w.endsWith(weak) && (w.length === weak.length || w.length - weak.length >= minStem)) {
      w = w.slice(0, -weak.length) + strong;
      break;
    }
  }
  return normalise(w, nominativeS);
}

function normalise(stem: string, nominativeS: boolean): string {
  // -uus/-uude-/-uutta, -eus/-eude-: the t or d of the other forms goes ("nopeuden", "nopeutta").
  const abstractUs = /[aeiouyäö][uy](de|dä|d|t|tee|tää)$/.test(stem);
  let s = stripStemVowels(stem);
  // -uks-, -yks-, -oks-, -iks-, -eks- are the vowel-stem forms of -us, -ys, -os, -is, -es.
  if (/[uyoöie]ks$/.test(s)) s = s.slice(0, -2) + 's';
  // -as, -äs, -es only in the nominative ("asiakas"); elsewhere an s before a lost vowel belongs to the
  // stem ("tilasin", I ordered, is not a form of "tila").
  if (/[aeiouyäö]s$/.test(s) && s.length > minStem && (nominativeS || /[uyoöi]s$/.test(s))) {
    s = s.slice(0, -1);
    if (!/[uy]$/.test(s)) s = stripStemVowels(s);
  }
  if (abstractUs && /[td]$/.test(s)) s = s.slice(0, -1);
  // -ton/-ttoma-: "maksuton", "maksuttoman", "maksutonta".
  if (/(ttom|ttöm|tont|tönt)$/.test(s) && s.length > 5) s = s.replace(/(ttom|ttöm|tont|tönt)$/, 't');
  else if (/(ton|tön)$/.test(s) && s.length > 5) s = s.slice(0, -2);
  // -in/-ime- ("puhelin", "puhelimen", "avain", "avaimen").
  if (/i[mn]$/.test(s) && s.length - 2 >= minStem) s = stripStemVowels(s.slice(0, -2));
  // "aika", "ajan", "toimitusajan": the only common k/j gradation.
  if (s === 'aj' || s === 'aja' || (s.endsWith('aj') && s.length >= 6)) s = s.slice(0, s.lastIndexOf('aj')) + 'aik';
  // A plural j after a short vowel ("palveluja", "hintojen"), not a j of the word ("myyjä").
  else if (/[^aeiouyäö][aeiouyäö]j$/.test(s) && stripStemVowels(s.slice(0, -1)).length >= minStem) s = stripStemVowels(s.slice(0, -1));
  return gradation(s);
}
