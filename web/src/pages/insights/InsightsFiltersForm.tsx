import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

/** A dashboard's controls as one search landmark, with a way back to the default view once something changed. */
export function InsightsFiltersForm({ children, canReset, onReset }: { children: ReactNode; canReset: boolean; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <form className="response-filters insights-filters" role="search" aria-label={t('insights.filters.label')} onSubmit={(event) => event.preventDefault()}>
      {children}
      {canReset && (
        <div className="filters-clear">
          <button type="button" className="button button-secondary button-small" onClick={onReset}>
            {t('insights.filters.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
