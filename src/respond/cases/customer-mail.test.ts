import { describe, expect, it } from 'vitest';
import { customerLocale, recoveryMail, replySubject } from './customer-mail.js';

describe("Kuulo's own mail to a customer", () => {
  it('speaks the first of their languages Kuulo writes in, else English', () => {
    expect(customerLocale(['pl-PL', 'fi'])).toBe('pl');
    expect(customerLocale([null, 'sv', 'fi-FI'])).toBe('fi');
    expect(customerLocale(['de', undefined])).toBe('en');
  });

  it('asks for the recovery survey in that language, greeting by name when it has one', () => {
    expect(recoveryMail('pl', { name: 'Jan', number: 12, url: 'https://voc.example/s/x?t=1' })).toEqual({
      subject: 'Jak nam poszło?',
      text: 'Dzień dobry, Jan,\n\nZamknęliśmy sprawę 12. Czy w minutę powiesz nam, jak ją załatwiliśmy?\n\nhttps://voc.example/s/x?t=1\n',
    });
    expect(recoveryMail('en', { name: null, number: 3, url: 'u' }).text).toBe('Hello,\n\nWe have closed case 3. Would you tell us in a minute how we handled it?\n\nu\n');
    expect(replySubject('fi', 7)).toBe('Palautteestasi (asia 7)');
  });
});
