import { useState } from 'react';
import type { AuditEntry } from '../../api/types.js';
import { listAuditLog } from '../../api/workspaces.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { describeError } from '../../forms/errors.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isMessageKey } from '../../i18n/messages.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';

const pageSize = 50;

/** The workspace's audit trail, newest first, a page at a time. */
export function AuditLogSettings() {
  const { t, formatDateTime } = useI18n();
  const { workspaceId } = useWorkspace();
  // The action stays a code (it is what the API and exports say); what it acted on is said in words.
  const targetType = (type: string) => {
    const key = `audit.targetType.${type}`;
    return isMessageKey(key) ? t(key) : type;
  };
  const firstPage = useLoad(`audit:${workspaceId}`, () => listAuditLog(workspaceId, null, pageSize));
  const [more, setMore] = useState<{ items: AuditEntry[]; nextCursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  if (firstPage.error) return <LoadError error={firstPage.error} onRetry={firstPage.reload} />;
  if (!firstPage.data) return <Loading />;

  const items = [...firstPage.data.items, ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : firstPage.data.nextCursor;

  const loadMore = async () => {
    if (!cursor) return;
    setIsBusy(true);
    setMoreError(null);
    try {
      const page = await listAuditLog(workspaceId, cursor, pageSize);
      setMore((current) => ({ items: [...(current?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const actorLabel = (entry: AuditEntry) => entry.actor.label || (entry.actor.type === 'system' ? t('audit.system') : entry.actor.type);

  return (
    <div className="stack">
      <p className="muted">{t('audit.intro')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.time')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id}>
                <td data-label={t('audit.time')}>
                  <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                </td>
                <td data-label={t('audit.actor')}>{actorLabel(entry)}</td>
                <td data-label={t('audit.action')}>
                  <code>{entry.action}</code>
                </td>
                <td data-label={t('audit.target')}>
                  <span>
                    {entry.targetType && <span className="muted">{targetType(entry.targetType)} </span>}
                    {entry.targetId && <code className="id">{entry.targetId}</code>}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {cursor ? (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('audit.loadMore')}
          </button>
        </div>
      ) : (
        items.length > 0 && <p className="muted">{t('audit.end')}</p>
      )}
    </div>
  );
}
