import { useState } from 'react';
import type { FormEvent } from 'react';
import { listMail, sendTestMail } from '../../api/respondSetup.js';
import type { MailPage, MailStatus, MailSummary } from '../../api/respondSetup.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { describeError, serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkEmail } from '../../forms/validate.js';
import { useAction } from '../../hooks/useAction.js';
import { usePagedList } from '../../hooks/usePagedList.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { MailMessageDialog } from './MailMessageDialog.js';
import { mailStatuses, useMailLabels } from './mailLabels.js';
import './mail.css';

const pageSize = 50;

/** The workspace's mail: sent through SMTP, or kept in the outbox when no SMTP_URL is set; and a test message. */
export function MailSettings({ workspaceId }: { workspaceId: string }) {
  const { t, formatDateTime } = useI18n();
  const labels = useMailLabels();
  const { can } = useWorkspace();
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [attempt, setAttempt] = useState(0);
  const key = `${status}:${attempt}`;
  const { first, items, cursor: next, loadMore, isBusy, moreError } = usePagedList<MailSummary, MailPage>(
    `mail:${workspaceId}:${key}`,
    (before) => listMail(workspaceId, { limit: pageSize, ...(before ? { before } : {}), ...(status ? { status } : {}) }),
    (page) => page.next,
  );
  const [opened, setOpened] = useState<string | null>(null);

  if (!can('workspace.manage')) return <p className="muted">{t('common.noPermission')}</p>;


  let list;
  if (first.error) list = <LoadError error={first.error} onRetry={first.reload} />;
  else if (!first.data) list = <Loading />;
  else if (items.length === 0) list = <p className="muted" role="status">{status ? t('settings.mail.noneWithStatus') : t('settings.mail.empty')}</p>;
  else {
    list = (
      <div className="table-scroll">
        <table className="data-table mail-table" aria-labelledby="mail-log-title">
          <thead>
            <tr>
              <th scope="col">{t('settings.mail.time')}</th>
              <th scope="col">{t('settings.mail.subject')}</th>
              <th scope="col">{t('settings.mail.to')}</th>
              <th scope="col">{t('settings.mail.purpose')}</th>
              <th scope="col">{t('settings.mail.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((mail) => (
              <tr key={mail.id}>
                <td data-label={t('settings.mail.time')}>
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
                </td>
                <td data-label={t('settings.mail.subject')}>
                  <button type="button" className="link-button mail-open" onClick={() => setOpened(mail.id)}>
                    {mail.subject || t('settings.mail.noSubject')}
                  </button>
                </td>
                <td data-label={t('settings.mail.to')} className="mail-address">
                  {mail.to}
                </td>
                <td data-label={t('settings.mail.purpose')}>{labels.purpose(mail.purpose)}</td>
                <td data-label={t('settings.mail.status')}>
                  <span className={`badge mail-status mail-status-${mail.status}`}>{labels.status(mail.status)}</span>
                  {mail.status === 'failed' && mail.lastError && <span className="mail-error">{mail.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="stack mail-settings">
      <p className="muted">{t('settings.mail.intro')}</p>
      {first.data && <TransportNotice transport={first.data.transport} />}
      <TestMailForm
        workspaceId={workspaceId}
        transport={first.data?.transport}
        onSent={() => {
          setAttempt((n) => n + 1);
          // The message is queued first; a moment later it is sent or kept in the outbox.
          window.setTimeout(() => setAttempt((n) => n + 1), 2500);
        }}
      />
      <div className="mail-log-bar">
        <h2 id="mail-log-title">{t('settings.mail.logTitle')}</h2>
        <SelectField
          className="field-inline mail-filter"
          label={t('settings.mail.filter')}
          value={status}
          options={[{ value: '', label: t('settings.mail.allStatuses') }, ...mailStatuses.map((s) => ({ value: s, label: labels.status(s) }))]}
          onValueChange={(value) => setStatus(value as MailStatus | '')}
        />
      </div>
      {list}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {next && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('settings.mail.loadMore')}
          </button>
        </div>
      )}
      <MailMessageDialog workspaceId={workspaceId} messageId={opened} onDismiss={() => setOpened(null)} />
    </div>
  );
}

/** Says plainly whether mail leaves Kuulo at all. */
function TransportNotice({ transport }: { transport: MailPage['transport'] }) {
  const { t } = useI18n();
  if (transport === 'smtp') return <Alert tone="info">{t('settings.mail.smtp')}</Alert>;
  return (
    <Alert tone="warning" title={t('settings.mail.outboxTitle')}>
      <p>{t('settings.mail.outboxBody')}</p>
      <p>
        {t('settings.mail.outboxHow')} <code>SMTP_URL=smtps://user:password@smtp.example.com:465</code>
      </p>
    </Alert>
  );
}

function TestMailForm({ workspaceId, transport, onSent }: { workspaceId: string; transport: MailPage['transport'] | undefined; onSent: () => void }) {
  const { t } = useI18n();
  const [to, setTo] = useState('');
  const [toError, setToError] = useState<string>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const send = useAction(async (address: string) => {
    await sendTestMail(workspaceId, address);
    setSentTo(address);
    onSent();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkEmail(to);
    setToError(problem ? t(problem.key) : undefined);
    setSentTo(null);
    if (!problem) void send.run(to.trim());
  };

  return (
    <section className="card" aria-labelledby="mail-test-title">
      <h2 id="mail-test-title">{t('settings.mail.testTitle')}</h2>
      <form className="mail-test-form" onSubmit={submit} noValidate>
        <FormErrorAlert error={send.error} fields={['to']} />
        <TextField label={t('settings.mail.testTo')} type="email" autoComplete="email" value={to} onValueChange={setTo} error={toError ?? serverFieldError(send.error, 'to')} required />
        <button type="submit" className="button button-secondary" disabled={send.isBusy}>
          {send.isBusy ? t('settings.mail.testSending') : t('settings.mail.testSend')}
        </button>
      </form>
      {sentTo && <Alert tone="success">{t(transport === 'outbox' ? 'settings.mail.testKept' : 'settings.mail.testQueued', { to: sentTo })}</Alert>}
    </section>
  );
}
