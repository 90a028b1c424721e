import { useI18n } from '../i18n/I18nProvider.js';

/** A form's main button, saying "Saving…" while the request runs. */
export function SubmitButton({ isBusy, label }: { isBusy: boolean; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={isBusy}>
        {isBusy ? t('common.saving') : (label ?? t('common.save'))}
      </button>
    </div>
  );
}
