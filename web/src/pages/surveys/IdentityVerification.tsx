import { useState } from 'react';
import { createIdentitySecret, removeIdentitySecret, updateCollectSettings } from '../../api/surveys.js';
import type { CollectSettings } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Snippet } from './WidgetSnippet.js';

interface IdentityVerificationProps {
  workspaceId: string;
  settings: CollectSettings;
  onChange: (settings: CollectSettings) => void;
  /** May change whether unverified identities are kept (`surveys.manage`). */
  canManage: boolean;
  /** May create, replace or remove the secret (`workspace.manage`). */
  canManageSecret: boolean;
}

/** What the company's server runs to sign a visitor id, in Node.js; any language's HMAC-SHA256 does the same. */
const serverCode = `import { createHmac } from 'node:crypto';
// On your server, for the signed-in customer:
const signature = createHmac('sha256', process.env.KUULO_IDENTITY_SECRET).update(customerId).digest('hex');`;

const pageCode = 'kuulo.identify("customer-id", { plan: "pro" }, { signature: "signature-from-your-server" });';

/**
 * Identity verification: anyone can call `kuulo.identify` from a browser console, so a company
 * that wants to trust who answered signs the id on its own server. A verified identity links the
 * response to the contact with that external id.
 */
export function IdentityVerification({ workspaceId, settings, onChange, canManage, canManageSecret }: IdentityVerificationProps) {
  const { t, formatDateTime } = useI18n();
  const [secret, setSecret] = useState<string | null>(null);
  const [isReplacing, setIsReplacing] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { isOn, secretCreatedAt, requireVerified } = settings.identityVerification;

  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };
  // The box shows the choice at once; if the server refuses, it goes back and the error says why.
  const setRequired = (required: boolean) =>
    run(async () => {
      onChange({ ...settings, identityVerification: { ...settings.identityVerification, requireVerified: required } });
      try {
        onChange(await updateCollectSettings(workspaceId, { requireVerifiedIdentity: required }));
      } catch (failure) {
        onChange(settings);
        throw failure;
      }
    });
  const create = async () => {
    const { secret: created, ...next } = await createIdentitySecret(workspaceId);
    setSecret(created);
    onChange(next);
  };

  return (
    <section className="builder-card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('surveys.identity.title')}</h2>
      <p className="muted">{t('surveys.identity.intro')}</p>
      <p role="status" className={isOn ? undefined : 'muted'}>
        {isOn ? t('surveys.identity.on', { date: secretCreatedAt ? formatDateTime(secretCreatedAt) : '' }) : t('surveys.identity.off')}
      </p>
      {secret && (
        <>
          <Alert tone="info">{t('surveys.identity.secretOnce')}</Alert>
          <Snippet label={t('surveys.identity.secret')} code={secret} />
        </>
      )}
      {isOn && (
        <>
          <Snippet label={t('surveys.identity.serverCode')} hint={t('surveys.identity.serverCodeHint')} code={serverCode} />
          <Snippet label={t('surveys.identity.pageCode')} code={pageCode} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={requireVerified}
              disabled={!canManage || isBusy}
              aria-describedby="identity-require-hint"
              onChange={(event) => void setRequired(event.target.checked)}
            />
            {t('surveys.identity.require')}
          </label>
          <p id="identity-require-hint" className="field-hint">
            {t('surveys.identity.requireHint')}
          </p>
        </>
      )}
      {canManageSecret && (
        <div className="form-actions">
          {isOn ? (
            <>
              <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => setIsReplacing(true)}>
                {t('surveys.identity.replace')}
              </button>
              <button type="button" className="button button-danger-quiet" disabled={isBusy} onClick={() => setIsRemoving(true)}>
                {t('surveys.identity.turnOff')}
              </button>
            </>
          ) : (
            <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void run(create)}>
              {t('surveys.identity.turnOn')}
            </button>
          )}
        </div>
      )}
      {!canManageSecret && !isOn && <p className="field-hint">{t('surveys.identity.askAdmin')}</p>}
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <ConfirmDialog
        isOpen={isReplacing}
        title={t('surveys.identity.replaceTitle')}
        body={t('surveys.identity.replaceBody')}
        confirmLabel={t('surveys.identity.replace')}
        onDismiss={() => setIsReplacing(false)}
        onConfirm={async () => {
          await create();
          setIsReplacing(false);
        }}
      />
      <ConfirmDialog
        isOpen={isRemoving}
        title={t('surveys.identity.turnOffTitle')}
        body={t('surveys.identity.turnOffBody')}
        confirmLabel={t('surveys.identity.turnOff')}
        onDismiss={() => setIsRemoving(false)}
        onConfirm={async () => {
          onChange(await removeIdentitySecret(workspaceId));
          setSecret(null);
          setIsRemoving(false);
        }}
      />
    </section>
  );
}
