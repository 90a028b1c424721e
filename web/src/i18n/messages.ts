import { fillParams } from '../../../src/engine/i18n/fill.js';
import type { Locale } from '../api/types.js';
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };

/** The English dictionary defines the keys; the others must have every one (checked by tsc and by i18n.test.ts). */
export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;

export const dictionaries: Record<Locale, Messages> = { en, fi, pl };

/** Looks up a message and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
  return params ? fillParams(template, params) : template;
}

/** A key built at run time (a role, a room) that may or may not have a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries.en, key);
}
