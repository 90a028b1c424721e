import { isMessageKey, type MessageKey, type MessageParams } from '../../i18n/messages.js';

/**
 * Why an invitation was not sent, as the server keeps it (an English line, also what the API and
 * CSV exports give), read back into the reader's words. Pure: `t` and the date format come from
 * the caller. A line it does not know is shown as kept.
 */

type Translate = (key: MessageKey, params?: MessageParams) => string;

const fixed: Record<string, MessageKey> = {
  'the contact was deleted': 'invitations.reason.contactDeleted',
  'no email address': 'invitations.reason.noEmail',
  unsubscribed: 'invitations.reason.unsubscribed',
  'the recipient marked a mail as spam': 'invitations.reason.complained',
  'the trigger was paused': 'invitations.reason.triggerPaused',
  'the distribution was cancelled': 'invitations.reason.cancelled',
  'the survey is closed': 'invitations.reason.surveyClosed',
  'the survey is not published': 'invitations.reason.surveyDraft',
  'the survey is not open yet': 'invitations.reason.surveyNotOpen',
  'the survey has all the responses it needs': 'invitations.reason.surveyFull',
  'the survey was deleted': 'invitations.reason.surveyDeleted',
};

const bounced = /^the address bounced(?: \((.*)\))?$/s;
const lastAsked = /^last asked (today|1 day ago|(\d+) days ago) \(([^,)]+)(?:, (.*))?\)$/s;
const overLimit = /^asked (\d+) times? in the last (\d+) days, the limit is (\d+)$/;
const neverAsked = /^is not asked \(0 in (\d+) days\)$/;
const askedFrom = /^may be asked from (\d{4}-\d{2}-\d{2})$/;

/** "contact budget: last asked today (email, NPS); asked 1 time in the last 30 days, the limit is 1; may be asked from 2026-12-20", part by part. */
export function skipReasonText(reason: string, t: Translate, formatDay: (day: string) => string): string {
  const known = fixed[reason];
  if (known) return t(known);
  const bounce = bounced.exec(reason);
  if (bounce) return bounce[1] ? t('invitations.reason.bouncedBecause', { problem: bounce[1] }) : t('invitations.reason.bounced');
  if (!reason.startsWith('contact budget:')) return reason;
  const parts = reason
    .slice('contact budget:'.length)
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const last = lastAsked.exec(part);
      if (last) {
        const when = last[1] === 'today' ? t('invitations.reason.today') : t('invitations.reason.daysAgo', { days: last[2] ? Number(last[2]) : 1 });
        const channel = `surveys.channel.${last[3]!}`;
        return t(last[4] ? 'invitations.reason.lastAskedSurvey' : 'invitations.reason.lastAsked', { when, channel: isMessageKey(channel) ? t(channel) : last[3]!, survey: last[4] ?? '' });
      }
      const over = overLimit.exec(part);
      if (over) return t('invitations.reason.overLimit', { count: Number(over[1]), days: Number(over[2]), limit: Number(over[3]) });
      const never = neverAsked.exec(part);
      if (never) return t('invitations.reason.neverAsked', { days: Number(never[1]) });
      const from = askedFrom.exec(part);
      return from ? t('invitations.reason.askedFrom', { date: formatDay(from[1]!) }) : part;
    });
  return `${t('invitations.reason.budget')} ${parts.join('; ')}`;
}
