import type { FastifyRequest } from 'fastify';
import { isUiLocale, parseAcceptLanguage, pickUiLocale, type UiLocale } from '../../engine/i18n/locales.js';

const chosenLocales = new WeakMap<FastifyRequest, UiLocale>();

/** Remembers the language the signed-in person chose for themselves, for everything this request answers. */
export function rememberReaderLocale(request: FastifyRequest, locale: string | null | undefined) {
  if (isUiLocale(locale)) chosenLocales.set(request, locale);
}

/**
 * The language to answer a request's reader in: the signed-in person's own choice, else the
 * browser's `Accept-Language`, else English.
 */
export function readerLocale(request: FastifyRequest): UiLocale {
  return chosenLocales.get(request) ?? pickUiLocale(parseAcceptLanguage(request.headers['accept-language']));
}
