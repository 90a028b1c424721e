import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { describeError } from '../forms/errors.js';
import { Alert } from './Alert.js';

/** Shown when a page could not load its data, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const isForbidden = error instanceof ApiError && error.status === 403;
  return (
    <Alert tone="error">
      <p>{isForbidden ? t('common.noPermission') : describeError(t, error)}</p>
      {onRetry && !isForbidden && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}
