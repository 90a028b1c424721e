import { mailStatuses as statuses, type MailPurpose, type MailStatus } from '../../../../src/engine/mail.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

export const mailStatuses: readonly MailStatus[] = statuses;

/** Words for every purpose the server names (a new purpose without words fails the type check). */
const purposeKeys: Record<MailPurpose, MessageKey> = {
  test: 'settings.mail.purpose.test',
  invitation: 'settings.mail.purpose.invitation',
  'invitation.reminder': 'settings.mail.purpose.invitation.reminder',
  'alert.notify': 'settings.mail.purpose.alert.notify',
  'case.assigned': 'settings.mail.purpose.case.assigned',
  'case.reply': 'settings.mail.purpose.case.reply',
  'case.recovery_survey': 'settings.mail.purpose.case.recovery_survey',
  'member.invitation': 'settings.mail.purpose.member.invitation',
  'user.password_reset': 'settings.mail.purpose.user.password_reset',
};

const statusKeys: Record<MailStatus, MessageKey> = {
  outbox: 'settings.mail.status.outbox',
  queued: 'settings.mail.status.queued',
  sent: 'settings.mail.status.sent',
  failed: 'settings.mail.status.failed',
};

/** Words for a message's status and purpose; a code we have no words for is shown as it is. */
export function useMailLabels(): { status: (status: string) => string; purpose: (purpose: string) => string } {
  const { t } = useI18n();
  const coded = (keys: Record<string, MessageKey>) => (code: string) => (Object.hasOwn(keys, code) ? t(keys[code]!) : code);
  return { status: coded(statusKeys), purpose: coded(purposeKeys) };
}
