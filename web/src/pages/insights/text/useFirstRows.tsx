import { useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';

/** The first rows of a long table, and a button to show them all (and fewer again). */
export function useFirstRows<T>(rows: readonly T[], first = 10): { shown: readonly T[]; toggle: ReactNode } {
  const { t, formatNumber } = useI18n();
  const [isAll, setIsAll] = useState(false);
  if (rows.length <= first) return { shown: rows, toggle: null };
  return {
    shown: isAll ? rows : rows.slice(0, first),
    toggle: (
      <div>
        <button type="button" className="button button-secondary button-small" aria-expanded={isAll} onClick={() => setIsAll(!isAll)}>
          {isAll ? t('insights.text.showFewer') : t('insights.text.showAll', { count: formatNumber(rows.length) })}
        </button>
      </div>
    ),
  };
}
