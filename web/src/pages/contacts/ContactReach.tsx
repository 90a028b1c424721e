import { listContactTouches } from '../../api/contacts.js';
import type { Contact, ContactTouch } from '../../api/contacts.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { surveyPath } from '../../router/routes.js';

const channelWords: Record<string, MessageKey> = { email: 'contacts.touch.email', link: 'contacts.touch.link', widget: 'contacts.touch.widget' };
const priorityWords: Record<string, MessageKey> = { low: 'budget.priority.low', normal: 'budget.priority.normal', high: 'budget.priority.high' };

/** Whether survey mail may reach the contact (unsubscribed, a bounced or complaining address), and when they were last asked. */
export function ContactReach({ workspaceId, contact }: { workspaceId: string; contact: Contact }) {
  const { t, formatDateTime } = useI18n();
  const touches = useLoad(`contact-touches:${workspaceId}:${contact.id}`, () => listContactTouches(workspaceId, contact.id));

  const mailStatus = contact.emailStatus === 'bounced'
    ? t('contacts.reach.bounced', { reason: contact.emailStatusReason ?? t('contacts.reach.noReason') })
    : contact.emailStatus === 'complained'
      ? t('contacts.reach.complained')
      : contact.email
        ? t('contacts.reach.emailFine')
        : t('contacts.reach.noEmail');

  return (
    <section className="card stack contact-reach" aria-labelledby="contact-reach-title">
      <h2 id="contact-reach-title">{t('contacts.reach.title')}</h2>
      <dl className="contact-reach-facts">
        <div>
          <dt>{t('contacts.reach.surveys')}</dt>
          <dd>
            {contact.unsubscribedAt ? (
              <>
                <span className="badge contact-badge-warning">{t('contacts.reach.unsubscribed')}</span>{' '}
                <time dateTime={contact.unsubscribedAt}>{formatDateTime(contact.unsubscribedAt)}</time>
              </>
            ) : (
              t('contacts.reach.subscribed')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('contacts.reach.address')}</dt>
          <dd>
            {contact.emailStatus && <span className="badge contact-badge-warning">{t(contact.emailStatus === 'bounced' ? 'contacts.reach.bouncedBadge' : 'contacts.reach.complainedBadge')}</span>} {mailStatus}
          </dd>
        </div>
      </dl>
      <h3 id="contact-touches-title">{t('contacts.touches')}</h3>
      {touches.error ? (
        <LoadError error={touches.error} onRetry={touches.reload} />
      ) : !touches.data ? (
        <Loading />
      ) : touches.data.length === 0 ? (
        <p className="muted">{t('contacts.noTouches')}</p>
      ) : (
        <TouchTable workspaceId={workspaceId} touches={touches.data} />
      )}
    </section>
  );
}

function TouchTable({ workspaceId, touches }: { workspaceId: string; touches: ContactTouch[] }) {
  const { t, formatDateTime } = useI18n();
  const word = (words: Record<string, MessageKey>, code: string) => (words[code] ? t(words[code]) : code);
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="contact-touches-title">
        <thead>
          <tr>
            <th scope="col">{t('contacts.touch.when')}</th>
            <th scope="col">{t('contacts.touch.channel')}</th>
            <th scope="col">{t('contacts.survey')}</th>
            <th scope="col">{t('budget.priority')}</th>
          </tr>
        </thead>
        <tbody>
          {touches.map((touch, i) => (
            <tr key={`${touch.at}-${i}`}>
              <td data-label={t('contacts.touch.when')}>
                <time dateTime={touch.at}>{formatDateTime(touch.at)}</time>
              </td>
              <td data-label={t('contacts.touch.channel')}>{word(channelWords, touch.channel)}</td>
              <td data-label={t('contacts.survey')}>
                {touch.surveyId && touch.surveyName ? <Link href={surveyPath(workspaceId, touch.surveyId, 'responses')}>{touch.surveyName}</Link> : <span className="muted">{t('contacts.touch.surveyGone')}</span>}
              </td>
              <td data-label={t('budget.priority')}>{word(priorityWords, touch.priority)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
