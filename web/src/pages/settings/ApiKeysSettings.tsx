import { useState } from 'react';
import type { ApiKey, CreatedApiKey } from '../../api/types.js';
import { getMeta, listApiKeys, revokeApiKey } from '../../api/workspaces.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CreateApiKeyForm } from './CreateApiKeyForm.js';
import { SecretDialog } from './SecretDialog.js';

/** Keys other systems use to call the API; the secret is shown once, on creation. */
export function ApiKeysSettings() {
  const { t, formatDate, formatDateTime } = useI18n();
  const { workspaceId, can } = useWorkspace();
  const canManage = can('apiKeys.manage');
  const keys = useLoad(`api-keys:${workspaceId}`, () => listApiKeys(workspaceId));
  const meta = useLoad('meta', getMeta);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (keys.error) return <LoadError error={keys.error} onRetry={keys.reload} />;
  if (!keys.data) return <Loading />;

  const confirmRevoke = async () => {
    if (!revoking) return;
    await revokeApiKey(workspaceId, revoking.id);
    const revokedAt = new Date().toISOString();
    keys.setData((list) => list?.map((k) => (k.id === revoking.id ? { ...k, revokedAt: k.revokedAt ?? revokedAt } : k)));
    setNotice(t('apiKeys.revoked', { name: revoking.name }));
    setRevoking(null);
  };

  return (
    <div className="stack">
      <p className="muted">{t('apiKeys.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {keys.data.length === 0 ? (
        <p className="muted">{t('apiKeys.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.prefix')}</th>
              <th scope="col">{t('apiKeys.scopes')}</th>
              <th scope="col">{t('apiKeys.created')}</th>
              <th scope="col">{t('apiKeys.lastUsed')}</th>
              <th scope="col">{t('apiKeys.status')}</th>
              {canManage && <th scope="col">{t('members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id} className={key.revokedAt ? 'is-revoked' : undefined}>
                <td data-label={t('apiKeys.name')}>{key.name}</td>
                <td data-label={t('apiKeys.prefix')}>
                  <code>{key.prefix}…</code>
                </td>
                <td data-label={t('apiKeys.scopes')}>
                  <ul className="chip-list">
                    {key.scopes.map((scope) => (
                      <li key={scope} className="chip">
                        {scope}
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label={t('apiKeys.created')}>{formatDate(key.createdAt)}</td>
                <td data-label={t('apiKeys.lastUsed')}>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}</td>
                <td data-label={t('apiKeys.status')}>
                  {key.revokedAt ? (
                    <span className="badge badge-muted">{t('apiKeys.revokedOn', { date: formatDate(key.revokedAt) })}</span>
                  ) : (
                    <span className="badge badge-success">{t('apiKeys.active')}</span>
                  )}
                </td>
                {canManage && (
                  <td data-label={t('members.actions')}>
                    {!key.revokedAt && (
                      <button
                        type="button"
                        className="button button-danger-quiet button-small"
                        aria-label={`${t('apiKeys.revoke')}: ${key.name}`}
                        onClick={() => setRevoking(key)}
                      >
                        {t('apiKeys.revoke')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && meta.data && (
        <CreateApiKeyForm
          workspaceId={workspaceId}
          scopes={meta.data.apiKeyScopes}
          onCreated={(result) => {
            keys.setData((list) => [result.apiKey, ...(list ?? [])]);
            setNotice(null);
            setCreated(result);
          }}
        />
      )}
      <SecretDialog created={created} onDone={() => setCreated(null)} />
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('apiKeys.revokeConfirmTitle', { name: revoking?.name ?? '' })}
        body={t('apiKeys.revokeConfirmBody')}
        confirmLabel={t('apiKeys.revoke')}
        onConfirm={confirmRevoke}
        onDismiss={() => setRevoking(null)}
      />
    </div>
  );
}
