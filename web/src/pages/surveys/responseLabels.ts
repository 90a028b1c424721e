import type { ResponseChannel, ResponseState } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { languageName } from './languages.js';

const channelKeys: Record<ResponseChannel, MessageKey> = {
  link: 'surveys.channel.link',
  qr: 'surveys.channel.qr',
  embed: 'surveys.channel.embed',
  widget: 'surveys.channel.widget',
  email: 'surveys.channel.email',
  api: 'surveys.channel.api',
};

export interface ResponseLabels {
  state: (state: ResponseState) => string;
  channel: (channel: ResponseChannel) => string;
  language: (tag: string) => string;
  date: (iso: string | null) => string;
}

/** Words for a response's state, channel and language in the UI's language. */
export function useResponseLabels(): ResponseLabels {
  const { t, locale, formatDateTime } = useI18n();
  return {
    state: (state) => (state === 'complete' ? t('surveys.state.complete') : t('surveys.state.partial')),
    channel: (channel) => (channelKeys[channel] ? t(channelKeys[channel]) : channel),
    language: (tag) => languageName(tag, locale),
    date: (iso) => formatDateTime(iso),
  };
}
