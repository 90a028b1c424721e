/**
 * Personal data in a comment, found so it can be masked before the comment is stored for analysis,
 * shown to colleagues or sent anywhere: e-mail addresses, phone numbers, bank accounts (IBAN), card
 * numbers and national identity numbers (the Finnish henkilötunnus and the Polish PESEL).
 *
 * Everything with a check digit is masked only when the check digit agrees: a customer quoting an
 * order or invoice number should not lose it. Phone numbers have no check digit, so they are taken
 * only in the shapes phone numbers are written in (an international prefix, a leading trunk 0, or
 * the Polish and North American groupings), never from dates, times, prices, versions or years.
 */

export type PersonalDataKind = 'email' | 'phone' | 'iban' | 'card' | 'national-id';

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

const maskOf: Record<PersonalDataKind, string> = { email: '[email]', phone: '[phone]', iban: '[iban]', card: '[card]', 'national-id': '[id]' };

/** Spans of personal data, sorted and non-overlapping. */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const hasAt = text.includes('@');
  if (!hasAt && countDigits(text) < 7) return [];
  const spans: PersonalDataSpan[] = [];
  // Earlier kinds win where two would overlap: an address may hold digits, an IBAN holds a run
  // a phone pattern would also take.
  if (hasAt) collect(text, emailPattern, 'email', () => true, spans);
  collect(text, ibanPattern, 'iban', isIban, spans);
  collect(text, cardPattern, 'card', isCardNumber, spans);
  collect(text, henkilotunnusPattern, 'national-id', isHenkilotunnus, spans);
  collect(text, peselPattern, 'national-id', isPesel, spans);
  collect(text, phonePattern, 'phone', (candidate, start) => isPhoneNumber(candidate, text, start), spans);
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with each piece of personal data replaced by its kind, e.g. "[email]". */
export function maskPersonalData(text: string): string {
  return maskSpans(text, findPersonalData(text)).text;
}

export interface MaskedText {
  text: string;
  /**
   * Where an offset into the original text stands in the masked one, so other spans (phrases,
   * intents) can be moved along. An offset inside a masked span goes to the start of its mask.
   */
  offset: (position: number) => number;
}

/** The text with the given spans (as found earlier, e.g. stored with the comment) replaced by their kinds. */
export function maskSpans(text: string, spans: readonly PersonalDataSpan[]): MaskedText {
  const moves: { start: number; end: number; maskedStart: number; maskedEnd: number }[] = [];
  let masked = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, span.start);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    masked += text.slice(at, start);
    const maskedStart = masked.length;
    masked += maskOf[span.kind];
    moves.push({ start, end, maskedStart, maskedEnd: masked.length });
    at = end;
  }
  masked += text.slice(at);
  const offset = (position: number) => {
    let shift = 0;
    for (const move of moves) {
      if (position < move.end) return position <= move.start ? position + shift : move.maskedStart;
      shift = move.maskedEnd - move.end;
    }
    return position + shift;
  };
  return { text: masked, offset };
}

function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

function collect(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (candidate: string, start: number) => boolean,
  spans: PersonalDataSpan[],
) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (spans.some((span) => span.start < end && start < span.end)) continue;
    if (accept(match[0], start)) spans.push({ kind, start, end });
  }
}

// --- E-mail -------------------------------------------------------------------------------------

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

// --- IBAN (ISO 13616): country, two check digits, the national account number ---------------

const ibanPattern = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Length of the IBAN in each country that issues them. */
const ibanLengths = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 ' +
    'LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 ' +
    'RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

function isIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  const expected = ibanLengths.get(iban.slice(0, 2));
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) return false;
  // ISO 7064 MOD 97-10: the country and check digits moved to the end, letters read as 10…35.
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    remainder = code <= 57 ? (remainder * 10 + code - 48) % 97 : (remainder * 100 + code - 55) % 97;
  }
  return remainder === 1;
}

// --- Payment cards: 13–19 digits, grouped by spaces or dashes, Luhn check digit ----------------

const cardPattern = /(?<!\d[ -]?)\d(?:[ -]?\d){12,18}(?![ -]?\d)/g;

function isCardNumber(candidate: string): boolean {
  // One kind of separator throughout, and the first digit of an issuer (2 to 6).
  if (candidate.includes(' ') && candidate.includes('-')) return false;
  const digits = candidate.replace(/[ -]/g, '');
  const first = digits.charCodeAt(0) - 48;
  return first >= 2 && first <= 6 && luhn(digits);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// --- Finnish henkilötunnus: DDMMYY, century sign, individual number, check character --------

const henkilotunnusPattern = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])/giu;
const henkilotunnusCheck = '0123456789ABCDEFHJKLMNPRSTUVWXY';

function isHenkilotunnus(candidate: string): boolean {
  const code = candidate.toUpperCase();
  const sign = code[6]!;
  const century = sign === '+' ? 1800 : sign === '-' || 'UVWXY'.includes(sign) ? 1900 : 2000;
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  if (!isDate(century + Number(code.slice(4, 6)), month, day)) return false;
  return henkilotunnusCheck[Number(code.slice(0, 6) + code.slice(7, 10)) % 31] === code[10];
}

// --- Polish PESEL: YYMMDD (century in the month), serial, check digit ------------------------

const peselPattern = /(?<![\p{L}\p{N}])\d{11}(?![\p{L}\p{N}])/gu;
const peselWeights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

function isPesel(candidate: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (candidate.charCodeAt(i) - 48) * peselWeights[i]!;
  if ((10 - (sum % 10)) % 10 !== candidate.charCodeAt(10) - 48) return false;
  const encodedMonth = Number(candidate.slice(2, 4));
  // Months 1–12 are the 1900s, +20 the 2000s, +40 the 2100s, +60 the 2200s, +80 the 1800s.
  const centuryShift = Math.floor(encodedMonth / 20);
  const century = [1900, 2000, 2100, 2200, 1800][centuryShift]!;
  return isDate(century + Number(candidate.slice(0, 2)), encodedMonth - 20 * centuryShift, Number(candidate.slice(4, 6)));
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

// --- Phone numbers ------------------------------------------------------------------------------

// A run of digit groups, optionally after "+", separated by one space, dash or dot, a group
// possibly in parentheses. Not glued to letters, and not part of a decimal, date or version.
const phonePattern =
  /(?<![\p{L}\p{N}_@+]|\p{N}[.,/:-])\+?(?:\(\d{1,5}\)|\d{1,8})(?:(?:[ \u00a0]?[-.\u2013][ \u00a0]?|[ \u00a0])?(?:\(\d{1,5}\)|\d{1,8}))*(?![\p{L}\p{N}_@%]|[.,/:-]\p{N})/gu;

// Words that say a number is a phone number (en, fi, pl, sv, de), and words that say it is not.
const phoneContext =
  /(?<!\p{L})(?:tel|phone|mobile|mob|gsm|call|puh|puhelin|puhelinnumero|soita|soittakaa|numeroon|komórka|komórki|zadzwoń|telefon\p{L}*|nummer|ring)(?:\s+\p{L}{1,5}){0,2}\.?:?\s*$/iu;
const notPhoneContext = /(?<!\p{L})(?:order|invoice|ref|reference|no|nr|nro|tilaus\p{L}*|lasku\p{L}*|viite\p{L}*|zamówieni\p{L}*|faktur\p{L}*|#)\.?:?\s*$/iu;
const priceAfter = /^\s?(?:€|\$|£|zł|pln|eur|euro|e\b|kr|sek|usd|gbp|mk|%|kpl|pcs|szt|km|kg|g\b|ml|l\b)/iu;

function isPhoneNumber(candidate: string, text: string, start: number): boolean {
  if (priceAfter.test(text.slice(start + candidate.length, start + candidate.length + 5))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[€$£]\s?$/.test(before)) return false;
  const groups = candidate.match(/\d+/g)!;
  let digits = 0;
  for (const group of groups) digits += group.length;
  const plain = groups.length === 1;
  if (looksLikeDate(candidate)) return false;
  // Dots are used in North American numbers, and otherwise in dates, decimals, times and versions.
  if (candidate.includes('.') && !/^(?:\+1[ .])?\(?\d{3}\)?\.\d{3}\.\d{4}$/.test(candidate)) return false;
  if (phoneContext.test(before)) return digits >= 7 && digits <= 15;

  const international = candidate.startsWith('+') || (candidate.startsWith('00') && candidate[2] !== '0');
  if (international) {
    const national = digits - (candidate.startsWith('00') ? 2 : 0);
    if (national < 8 || national > 15) return false;
    // After the country code, an optional "(0)" trunk prefix, and the area code ("+358 9",
    // "+33 1"), every group has at least two digits.
    const rest = candidate.includes('(0)') ? groups.slice(2) : groups.slice(1);
    return rest.every((group, i) => i === 0 || group.length >= 2);
  }
  if (digits < 7 || digits > 12) return false;
  if (groups.slice(1).some((group) => group.length < 2)) return false;
  if (candidate.startsWith('0') || candidate.startsWith('(0')) {
    // A trunk prefix: Finnish, British and most European national numbers. Written without
    // separators it could be a reference number, unless nothing says so.
    if (plain) return digits >= 9 && digits <= 11 && !notPhoneContext.test(before);
    return groups[0]!.length <= 5 && groups.length <= 4 && digits >= 8 && digits <= 11;
  }
  if (plain || notPhoneContext.test(before)) return false;
  const shape = groups.map((group) => group.length).join('-');
  const lead = (group: number) => groups[group]!.charCodeAt(0) - 48;
  // Polish mobile numbers (4…8 first) and landlines (area code in parentheses or two digits);
  // North American numbers (the area code does not start with 0 or 1).
  if (shape === '3-3-3') return lead(0) >= 4 && lead(0) <= 8;
  if (shape === '2-3-2-2') return lead(0) >= 1;
  if (shape === '3-3-4') return lead(0) >= 2;
  return false;
}

function looksLikeDate(candidate: string): boolean {
  const match = /^(\d{1,4})[-./ ](\d{1,2})[-./ ](\d{1,4})(?:[ T]\d{1,2}[.:]\d{2})?$/.exec(candidate);
  if (match === null) return false;
  const [first, second, third] = [match[1]!, match[2]!, match[3]!];
  if (first.length === 4) return Number(second) <= 12 && Number(third) <= 31; // 2026-12-05
  if (third.length === 4 || third.length === 2) return Number(first) <= 31 && Number(second) <= 12; // 5.12.2026
  return false;
}
