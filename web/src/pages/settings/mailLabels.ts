import type { MailStatus } from '../../api/respondSetup.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isMessageKey } from '../../i18n/messages.js';

export const mailStatuses: readonly MailStatus[] = ['outbox', 'queued', 'sent', 'failed'];

/** Words for a message's status and purpose; a code we have no words for is shown as it is. */
export function useMailLabels(): { status: (status: string) => string; purpose: (purpose: string) => string } {
  const { t } = useI18n();
  const coded = (prefix: string) => (code: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
  return { status: coded('settings.mail.status'), purpose: coded('settings.mail.purpose') };
}
