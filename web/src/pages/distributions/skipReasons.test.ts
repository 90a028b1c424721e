import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../../../src/engine/invitations/budget.js';
import { translate } from '../../i18n/messages.js';
import { skipReasonText } from './skipReasons.js';

const inFinnish = (reason: string) => skipReasonText(reason, (key, params) => translate('fi', key, params), (day) => day.split('-').reverse().join('.'));

describe('skip reasons in the reader\'s words', () => {
  it('words the fixed reasons and a bounce', () => {
    expect(inFinnish('no email address')).toBe('ei sähköpostiosoitetta');
    expect(inFinnish('the survey is closed')).toBe('kysely on suljettu');
    expect(inFinnish('the address bounced (550 no such user)')).toBe('osoitteeseen ei voitu toimittaa (550 no such user)');
  });

  it('reads the contact budget\'s own line, as the claimer stores it, part by part', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const verdict = checkBudget({ isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [] }, { attributes: {} }, [{ at: new Date('2026-12-07T08:00:00Z'), channel: 'email', priority: 'normal', surveyName: 'NPS Suomi 2026' }], 'normal', now);
    expect(verdict.isAllowed).toBe(false);
    const stored = `${verdict.isAllowed ? '' : verdict.reason}; may be asked from 2027-01-06`;
    expect(inFinnish(stored)).toBe('Yhteydenottobudjetti: viimeksi kysytty tänään (Sähköposti, NPS Suomi 2026); kyselyjä viimeisten 30 päivän aikana: 1, raja on 1; voidaan kysyä 06.01.2027 alkaen');
  });

  it('keeps a line it does not know as it is', () => {
    expect(inFinnish('550 mailbox full')).toBe('550 mailbox full');
  });
});
