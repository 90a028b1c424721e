import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, maskPersonalData, maskSpans, type PersonalDataKind } from './pii.js';

/** The kinds found in a text, in order, with what each covers. */
const found = (text: string) => findPersonalData(text).map((span) => [span.kind, text.slice(span.start, span.end)] as [PersonalDataKind, string]);

describe('e-mail addresses', () => {
  it('finds addresses, with dots, plus tags, subdomains and letters beyond ASCII', () => {
    expect(found('Write to jan.kowalski+faktury@poczta.example.pl please')).toEqual([['email', 'jan.kowalski+faktury@poczta.example.pl']]);
    expect(found('matti.meikäläinen@posti.fi.')).toEqual([['email', 'matti.meikäläinen@posti.fi']]);
    expect(maskPersonalData('Mail: anna_n@firma.com, or anna2@firma.co.uk')).toBe('Mail: [email], or [email]');
  });

  it('leaves handles, bare at-signs and addresses without a domain alone', () => {
    for (const text of ['@kuulo thanks!', 'meet me @ the store', 'user@localhost', 'price 5 @ 2€', 'a@b.c']) expect(found(text)).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('finds international numbers, with "+" or "00"', () => {
    for (const phone of ['+358 40 123 4567', '+48 601 234 567', '+44 20 7946 0958', '+1 (555) 123-4567', '00358 40 1234567', '0048 601 234 567', '+358401234567', '+44 (0)20 7946 0958', '+358 9 1234 5678', '+358 (0)9 1234 5678', '+33 1 23 45 67 89']) {
      expect(found(`Soita ${phone}, kiitos`), phone).toEqual([['phone', phone]]);
    }
  });

  it('finds Finnish, Polish, British and North American national numbers', () => {
    for (const phone of ['040 123 4567', '040-1234567', '09 1234 5678', '0401234567', '601 234 567', '601-234-567', '(22) 123 45 67', '020 7946 0958', '07700 900123', '(555) 123-4567', '555-123-4567', '555.123.4567']) {
      expect(found(`Reach me at ${phone} after five`), phone).toEqual([['phone', phone]]);
    }
  });

  it('takes a bare run of digits when a word says it is a phone number', () => {
    expect(found('tel. 601234567')).toEqual([['phone', '601234567']]);
    expect(found('puh: 5551234567')).toEqual([['phone', '5551234567']]);
    expect(found('call me at 4412345678')).toEqual([['phone', '4412345678']]);
  });

  it('leaves prices, dates, times, years, versions, percentages and order numbers alone', () => {
    for (const text of [
      'Paid 1 299,90 € for it',
      'It cost $1 299 000 in total',
      'Delivered 2026-12-05 at 14:30',
      'Toimitus 5.12.2026 klo 14.30',
      '05.12.2026 14.30',
      'on 12/05/2026',
      'Order 12345 never came',
      'order 1234567890 still missing',
      'invoice 0123456789 is wrong',
      'zamówienie nr 601 234 567',
      'v2.3.14 broke the app, 45 % slower',
      'From 2019-2021 prices went 1000-2000 e',
      'Open 9.30-17.00 on weekdays',
      'Rooms 101 102 103 were dirty',
      'We were 1 234 567 customers',
      '12 345 678 points',
      '3 items, 2 bags, 1 receipt and 4 coupons',
      '+5 % since 2025',
      'Score 123 456',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('needs enough digits', () => {
    expect(found('call 040 123')).toEqual([]);
    expect(found('+358 40 12')).toEqual([]);
  });
});

describe('bank accounts and cards', () => {
  it('finds IBANs, grouped or not, of any country, when the check digits agree', () => {
    for (const iban of ['FI21 1234 5600 0007 85', 'FI2112345600000785', 'GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'PL61 1090 1014 0000 0712 1981 2874', 'NO93 8601 1117 947', 'FR14 2004 1010 0505 0001 3M02 606']) {
      expect(found(`Refund to ${iban} please`), iban).toEqual([['iban', iban]]);
    }
    expect(maskPersonalData('Tilille FI21 1234 5600 0007 85.')).toBe('Tilille [iban].');
  });

  it('leaves IBAN-like strings with a wrong check or length alone', () => {
    expect(found('FI21 1234 5600 0007 86')).toEqual([]);
    expect(found('FI21 1234 5600 0007 8')).toEqual([]);
    expect(found('PL61 1090 1014 0000 0712 1981 2875')).toEqual([]);
  });

  it('finds card numbers that pass the Luhn check, plain or grouped by one kind of separator', () => {
    for (const card of ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '5555 5555 5555 4444', '3782 822463 10005', '6011111111111117']) {
      expect(found(`Charged to ${card} twice`), card).toEqual([['card', card]]);
    }
  });

  it('leaves card-like numbers alone when the check fails, separators are mixed or the run is longer', () => {
    for (const text of ['4111 1111 1111 1112', '4111 1111-1111 1111', '1234 5678 9012 3456 7890 1234', '0000 0000 0000 0000']) expect(found(text), text).toEqual([]);
  });
});

describe('national identity numbers', () => {
  it('finds Finnish personal identity codes with a correct check character, for every century sign', () => {
    for (const code of ['131052-308T', '010594Y9032', '020594X903P', '010516B903X', '020504A902E', '290200A902D', '131052-308t']) {
      expect(found(`Hetu ${code}.`), code).toEqual([['national-id', code]]);
    }
    expect(maskPersonalData('Hetu 131052-308T.')).toBe('Hetu [id].');
  });

  it('leaves codes with a wrong check character or an impossible date alone', () => {
    expect(found('131052-308U')).toEqual([]);
    expect(found('290201A902N')).toEqual([]); // 29 February 2001
    expect(found('321052-3082')).toEqual([]);
  });

  it('finds PESEL numbers with a correct check digit and date, in any century', () => {
    for (const pesel of ['44051401359', '02070803628', '05321001235', '99813100126']) expect(found(`PESEL ${pesel}`), pesel).toEqual([['national-id', pesel]]);
  });

  it('leaves eleven digits with a wrong check digit or an impossible date alone', () => {
    expect(found('44051401358')).toEqual([]);
    expect(found('90023000123')).toEqual([]); // 30 February 1990
    expect(found('99133100127')).toEqual([]); // month 13
  });
});

describe('masking', () => {
  it('masks every kind in one comment and keeps the rest as written', () => {
    const text = 'Hi, I am anna@example.com, tel +358 40 123 4567, IBAN FI21 1234 5600 0007 85, card 4111 1111 1111 1111, hetu 131052-308T. Order 12345 on 5.12.2026 for 49,90 €.';
    expect(maskPersonalData(text)).toBe('Hi, I am [email], tel [phone], IBAN [iban], card [card], hetu [id]. Order 12345 on 5.12.2026 for 49,90 €.');
    expect(findPersonalData(text).map((span) => span.kind)).toEqual(['email', 'phone', 'iban', 'card', 'national-id']);
  });

  it('gives UTF-16 offsets, after emoji and other astral characters', () => {
    const text = '😡😡 soita 040 123 4567';
    const [span] = findPersonalData(text);
    expect(text.slice(span!.start, span!.end)).toBe('040 123 4567');
  });

  it('masks spans found earlier, in any order, overlapping or not', () => {
    const text = 'Mail anna@example.com or call 040 123 4567.';
    expect(maskSpans(text, findPersonalData(text)).text).toBe('Mail [email] or call [phone].');
    const spans = findPersonalData(text).reverse();
    expect(maskSpans(text, [...spans, { kind: 'card', start: 7, end: 12 }]).text).toBe('Mail [email] or call [phone].');
    expect(maskSpans(text, []).text).toBe(text);
  });

  it('moves offsets into the masked text, so other spans can follow', () => {
    const text = 'Mail anna@example.com or call 040 123 4567, thanks!';
    const masked = maskSpans(text, findPersonalData(text));
    const moved = (word: string) => {
      const start = text.indexOf(word);
      return masked.text.slice(masked.offset(start), masked.offset(start + word.length));
    };
    expect(moved('Mail')).toBe('Mail');
    expect(moved('or call')).toBe('or call');
    expect(moved('thanks!')).toBe('thanks!');
    expect(moved('anna@example.com')).toBe('[email]');
    expect(moved('call 040 123 4567')).toBe('call [phone]');
    expect(moved('anna')).toBe(''); // a span inside personal data is gone with it
    expect(masked.offset(text.length)).toBe(masked.text.length);
    expect(maskSpans(text, []).offset(7)).toBe(7);
  });

  it('returns the text itself when there is nothing to mask', () => {
    const text = 'Great service, thanks!';
    expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData('')).toBe('');
  });

  it('always gives sorted, non-overlapping spans inside the text, and offsets that keep their order', () => {
    const piece = fc.constantFrom('anna@example.com', '+358 40 123 4567', '4111 1111 1111 1111', 'FI21 1234 5600 0007 85', '131052-308T', '44051401359', '5.12.2026', '49,90 €', ' ', ', ', '-', '.', '@', '+', '0', '7', 'abc', 'ä');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const spans = findPersonalData(text);
        for (let i = 0; i < spans.length; i++) {
          const span = spans[i]!;
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
          if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
        let rebuilt = text;
        for (const span of [...spans].reverse()) rebuilt = `${rebuilt.slice(0, span.start)}#${rebuilt.slice(span.end)}`;
        expect(maskPersonalData(text).replace(/\[(?:email|phone|iban|card|id)\]/g, '#')).toBe(rebuilt);
        const masked = maskSpans(text, spans);
        for (let position = 0, previous = 0; position <= text.length; position++) {
          const moved = masked.offset(position);
          expect(moved).toBeGreaterThanOrEqual(previous);
          expect(moved).toBeLessThanOrEqual(masked.text.length);
          previous = moved;
        }
      }),
      { numRuns: 300 },
    );
  });
});
