import { useState } from 'react';
import { describeError } from '../forms/errors.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Alert } from './Alert.js';
import { Dialog } from './Dialog.js';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** The action; the dialog stays open and shows the error if it fails. */
  onConfirm: () => Promise<void>;
  onDismiss: () => void;
}

/** Asks before something that cannot be undone. */
export function ConfirmDialog({ isOpen, title, body, confirmLabel, onConfirm, onDismiss }: ConfirmDialogProps) {
  const { t } = useI18n();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const dismiss = () => {
    setError(null);
    onDismiss();
  };

  const confirm = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog isOpen={isOpen} title={title} onDismiss={dismiss} tone="danger">
      <p>{body}</p>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={dismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={isBusy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
