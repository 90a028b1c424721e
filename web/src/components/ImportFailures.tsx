import type { ContactImport } from '../api/contacts.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** The rows an import could not take, by line; nothing when it took them all. */
export function ImportFailures({ failures, caption }: { failures: ContactImport['failures']; caption: string }) {
  const { t } = useI18n();
  if (failures.length === 0) return null;
  return (
    <div className="table-scroll import-failures">
      <table className="data-table">
        <caption className="import-failures-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">{t('contacts.import.line')}</th>
            <th scope="col">{t('contacts.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((failure) => (
            <tr key={`${failure.line}-${failure.problem}`}>
              <td data-label={t('contacts.import.line')} className="numeric">{failure.line}</td>
              <td data-label={t('contacts.import.problem')}>{failure.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
