import { useState } from 'react';
import { getMail, type MailMessage } from '../../api/respondSetup.js';
import { Dialog } from '../../components/Dialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MailFrame } from '../distributions/MailFrame.js';
import { useMailLabels } from './mailLabels.js';

/** One message as it was (or will be) sent: who, when, its headers, and how it looks or its text. */
export function MailMessageDialog({ workspaceId, messageId, onDismiss }: { workspaceId: string; messageId: string | null; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={messageId !== null} title={t('settings.mail.messageTitle')} onDismiss={onDismiss}>
      {messageId && <MessageView key={messageId} workspaceId={workspaceId} messageId={messageId} />}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

function MessageView({ workspaceId, messageId }: { workspaceId: string; messageId: string }) {
  const { t, formatDateTime } = useI18n();
  const labels = useMailLabels();
  const message = useLoad(`mail-message:${workspaceId}:${messageId}`, () => getMail(workspaceId, messageId));
  if (message.error) return <LoadError error={message.error} onRetry={message.reload} />;
  if (!message.data) return <Loading />;
  const mail = message.data;
  const facts: [string, string][] = [
    [t('settings.mail.subject'), mail.subject],
    [t('settings.mail.from'), mail.from],
    [t('settings.mail.to'), mail.to],
    ...(mail.replyTo ? [[t('settings.mail.replyTo'), mail.replyTo] as [string, string]] : []),
    [t('settings.mail.created'), formatDateTime(mail.createdAt)],
    [t('settings.mail.status'), mail.sentAt ? `${labels.status(mail.status)} · ${formatDateTime(mail.sentAt)}` : labels.status(mail.status)],
    [t('settings.mail.purpose'), labels.purpose(mail.purpose)],
    ...(mail.lastError ? [[t('settings.mail.lastError'), mail.lastError] as [string, string]] : []),
  ];
  const headers = Object.entries(mail.headers ?? {});
  return (
    <div className="mail-message">
      <dl className="mail-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {headers.length > 0 && (
        <section aria-labelledby="mail-headers-title">
          <h3 id="mail-headers-title">{t('settings.mail.headers')}</h3>
          <dl className="mail-facts mail-headers">
            {headers.map(([name, value]) => (
              <div key={name}>
                <dt>
                  <code>{name}</code>
                </dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <MailBody mail={mail} />
    </div>
  );
}

/** The mail's HTML as its recipient will see it (the in-mail answer buttons too), with a switch to its plain text. */
function MailBody({ mail }: { mail: MailMessage }) {
  const { t } = useI18n();
  const [isText, setIsText] = useState(mail.html === null);
  if (mail.isWithheld) {
    return (
      <section aria-labelledby="mail-body-title">
        <h3 id="mail-body-title">{t('settings.mail.text')}</h3>
        <p className="muted">{t('settings.mail.withheld')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="mail-body-title">
      <div className="mail-body-bar">
        <h3 id="mail-body-title">{t(isText ? 'settings.mail.text' : 'settings.mail.html')}</h3>
        {mail.html !== null && (
          <button type="button" className="button button-secondary button-small" aria-pressed={isText} onClick={() => setIsText(!isText)}>
            {t('settings.mail.showText')}
          </button>
        )}
      </div>
      {isText || mail.html === null ? (
        <pre className="mail-text" tabIndex={0} aria-labelledby="mail-body-title">
          {mail.text}
        </pre>
      ) : (
        <>
          <MailFrame html={mail.html} title={t('settings.mail.htmlTitle', { subject: mail.subject })} />
          <p className="field-hint">{t('settings.mail.htmlNote')}</p>
        </>
      )}
    </section>
  );
}
