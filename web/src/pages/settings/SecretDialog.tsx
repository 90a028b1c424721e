import { useEffect, useId, useRef, useState } from 'react';
import type { CreatedApiKey } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { Icon } from '../../components/Icon.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type CopyState = 'idle' | 'copied' | 'failed';

/** Shows a new key's secret the one time the server sends it. */
export function SecretDialog({ created, onDone }: { created: CreatedApiKey | null; onDone: () => void }) {
  const { t } = useI18n();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  useEffect(() => setCopyState('idle'), [created]);

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <Dialog isOpen={created !== null} title={t('apiKeys.secret.title')} onDismiss={onDone}>
      <p className="secret-warning">
        <Icon name="warning" />
        {t('apiKeys.secret.warning')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>
          {t('apiKeys.secret.label')} · {created?.apiKey.name}
        </label>
        <div className="secret-row">
          <input
            ref={inputRef}
            id={inputId}
            className="secret-value"
            readOnly
            value={created?.secret ?? ''}
            onFocus={(event) => event.target.select()}
            spellCheck={false}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            <Icon name="copy" />
            {t('apiKeys.secret.copy')}
          </button>
        </div>
        <p className="field-hint" role="status">
          {copyState === 'copied' ? t('apiKeys.secret.copied') : copyState === 'failed' ? t('apiKeys.secret.copyFailed') : ''}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('apiKeys.secret.done')}
        </button>
      </div>
    </Dialog>
  );
}
