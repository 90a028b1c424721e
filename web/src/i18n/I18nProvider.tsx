import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '../api/types.js';
import { setReaderLanguage } from '../api/client.js';
import { resolveLocale, storageKey } from './locale.js';
import { translate } from './messages.js';
import type { MessageKey, MessageParams } from './messages.js';

interface I18nValue {
  locale: Locale;
  /** Shows the app in another language at once and remembers it in this browser. */
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDateTime: (iso: string | null | undefined) => string;
  formatDate: (iso: string | null | undefined) => string;
  /** A number in the reader's locale ("1,234", "1 234"). */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // Storage can be disabled; the browser's languages still apply.
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not fatal: the choice lasts until the page is reloaded.
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = resolveLocale({ storedLocale: readStoredLocale(), browserLanguages: navigator.languages });
    // Set before any child's first call, so the server answers in the app's language from the start.
    setReaderLanguage(initial);
    return initial;
  });

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setReaderLanguage(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const format = (formatter: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '';
      const when = new Date(iso);
      return Number.isNaN(when.getTime()) ? iso : formatter.format(when);
    };
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDateTime: format(dateTime),
      formatDate: format(date),
      formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
