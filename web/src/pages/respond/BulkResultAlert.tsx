import type { BulkResult } from '../../api/cases.js';
import { Alert } from '../../components/Alert.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** What a bulk change did: how many cases changed, and each case it could not change with the reason. */
export function BulkResultAlert({ result, numbers, onDismiss }: { result: BulkResult; numbers: ReadonlyMap<string, number>; onDismiss: () => void }) {
  const { t, formatNumber } = useI18n();
  return (
    <Alert tone={result.problems.length ? 'warning' : 'success'} title={t('respond.bulk.updated', { count: formatNumber(result.updated) })}>
      {result.problems.length > 0 && (
        <ul className="bulk-problems">
          {result.problems.map((problem) => (
            <li key={problem.caseId}>
              {t('respond.bulk.problem', { number: numbers.get(problem.caseId) ?? '?', problem: problem.problem })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
        {t('respond.bulk.dismiss')}
      </button>
    </Alert>
  );
}
