/**
 * Polish stemming for grouping the forms of a word in customer comments: one ending comes off (case
 * endings of nouns and adjectives, the endings of verbal nouns such as "czekanie", "zamówienie", and
 * of common verb forms), then the end of the stem is brought to one shape across its family:
 *
 * - consonants softened before -e/-i come back ("obsłudze" → "obsług", "paczce" → "paczk",
 *   "kurierze" → "kurier", "kliencie", "klienci" → "klient", "wodzie" → "wod"), and ł and l, rz
 *   and r, ń and n, ś and s meet at the end of a stem;
 * - ó/o and ą/ę in the last syllable meet ("pokój", "pokoju"; "błąd", "błędu");
 * - the e that comes and goes in -ek meets ("rachunek", "rachunku"; "paczek", "paczka");
 * - -ość nouns keep -ość ("jakość", "jakości", "jakością").
 *
 * The stem keeps at least three letters, and verbal-noun and verb endings need four, so that a noun
 * such as "ekran" is not read as a verb ("ekranie" is "ekran" + "ie", not "ekr" + "anie").
 */

const vowels = 'aąeęioóuy';
const isVowel = (c: string | undefined) => c !== undefined && vowels.includes(c);
const minStem = 3;

const nounEndings = [
  'iami', 'iach', 'iom', 'ami', 'ach', 'owie', 'owi', 'ów', 'om', 'iem', 'em', 'ie', 'iu', 'ia', 'ią', 'ię', 'io', 'ii',
  'iego', 'iemu', 'iej', 'ego', 'emu', 'ej', 'ymi', 'ych', 'imi', 'ich', 'ym', 'im',
  'a', 'ą', 'ę', 'e', 'o', 'u', 'y', 'i',
];
const verbEndings = [
  'ieniami', 'ieniach', 'ieniom', 'ieniem', 'ieniu', 'ienia', 'ienie', 'ień',
  'aniami', 'aniach', 'aniom', 'aniem', 'aniu', 'ania', 'anie', 'ań', 'eniami', 'eniach', 'eniom', 'eniem', 'eniu', 'enia',
  'enie', 'eń', 'ować', 'ać', 'eć', 'ić', 'yć', 'ąć', 'ujemy', 'ujesz', 'uje', 'ują', 'uję',
  'aliśmy', 'ałyśmy', 'iliśmy', 'yliśmy', 'ałem', 'ałam', 'ałeś', 'ałaś', 'ała', 'ało', 'ali', 'iłem', 'iłam', 'iła', 'iło',
  'ili', 'ił', 'yłem', 'yłam', 'yła', 'yło', 'yli', 'ył', 'esz', 'emy', 'isz', 'imy', 'ysz', 'ymy', 'ają',
];
/** Endings, longest first, with the shortest stem each may leave. */
const endings: [string, number][] = [
  ...nounEndings.map((e): [string, number] => [e, minStem]),
  ...verbEndings.map((e): [string, number] => [e, minStem + 1]),
].sort((a, b) => b[0].length - a[0].length);

/** Nouns whose end looks like an ending ("problem" is not "probl" + "em"): only endings after them come off. */
const wholeStems = ['problem', 'system', 'krem', 'kolej', 'menu', 'program', 'temat'];
/** Forms the rules cannot bring home: masculine personal plurals in -icy of nouns in -ik. */
const irregular: [string, string][] = [['pracownicy', 'pracownik'], ['urzędnicy', 'urzędnik'], ['kierownicy', 'kierownik']];

export function stemPolish(word: string): string {
  if (word.length <= minStem) return word;
  for (const [form, base] of irregular) if (word.endsWith(form)) return stemPolish(word.slice(0, -form.length) + base);
  // "działa" (it works) and its verb forms are kept apart from the noun "dział" (department).
  const works = /działa(ć|ją|ło|ła|ły|li|ł|nie|nia|niu|niem|m|sz)?$/.exec(word);
  if (works) return word.slice(0, works.index) + 'działa';
  for (const whole of wholeStems) {
    const at = word.lastIndexOf(whole);
    const rest = at < 0 ? '' : word.slice(at + whole.length);
    if (at >= 0 && (rest === '' || nounEndings.includes(rest))) return canonical(word.slice(0, at + whole.length), '');
  }

  const osc = /ości(ami|ach|om|ą|e)?$|ość$/.exec(word);
  if (osc && word.length - osc[0].length >= 2) return word.slice(0, osc.index) + 'ość';

  for (const [ending, shortest] of endings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= shortest && /[aąeęioóuy]/.test(stem)) return canonical(stem, ending);
  }
  return canonical(word, '');
}

function canonical(stem: string, ending: string): string {
  let s = stem;
  if (ending.startsWith('i')) {
    // Before i: ci is a softened t, dzi a softened d ("kliencie", "klienci", "wodzie").
    if (s.endsWith('dz')) s = s.slice(0, -1);
    else if (s.endsWith('c')) s = s.slice(0, -1) + 't';
  } else if (ending === 'e') {
    // Dative and locative -e of nouns in -ka and -ga: "paczce", "kolejce", "obsłudze", "drodze".
    if (/[czjłtbpnk]c$/.test(s) && !s.endsWith('ńc')) s = s.slice(0, -1) + 'k';
    else if (/[uo]dz$/.test(s)) s = s.slice(0, -2) + 'g';
  }
  if (s.endsWith('rz')) s = s.slice(0, -1);
  // The e that comes and goes before a final k: "rachunek", "rachunku"; "paczek", "paczka".
  if (s.length >= 5 && s.endsWith('ek') && !isVowel(s[s.length - 3])) s = s.slice(0, -2) + 'k';
  s = s.replace(/ł$/, 'l').replace(/ń$/, 'n').replace(/ś$/, 's').replace(/ź$/, 'z').replace(/dź$/, 'd').replace(/ć$/, 't');
  // Vowels that alternate in the last syllable: ó/o, ę/ą.
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (!isVowel(c)) continue;
    if (c === 'ó' || c === 'ę') s = s.slice(0, i) + (c === 'ó' ? 'o' : 'ą') + s.slice(i + 1);
    break;
  }
  return s;
}
