import { getFeatureRequests } from '../../../api/textInsights.js';
import type { TextParams } from '../../../api/textInsights.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { SelectField } from '../../../components/SelectField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useInsightsLoad } from '../useInsightsLoad.js';
import type { DimensionLabels } from '../useDimensionLabels.js';
import { CountLink } from './TextNumbers.js';
import { useTextView } from './TextViewContext.js';
import { useFirstRows } from './useFirstRows.js';

interface FeatureRequestsProps {
  params: TextParams;
  labels: DimensionLabels;
  /** Numeric contact attributes the comments carry (revenue, seats…). */
  numeric: readonly string[];
}

/** What customers ask for, by topic and by phrase, ranked by how many customers ask and what they are worth. */
export function FeatureRequestsSection({ params, labels, numeric }: FeatureRequestsProps) {
  const { t, formatNumber } = useI18n();
  const { workspaceId, view, analysisKey } = useTextView();
  const { query, setQuery } = view;
  const requests = useInsightsLoad(`text-requests:${workspaceId}:${query.value}:${JSON.stringify(params)}:${analysisKey}`, () => getFeatureRequests(workspaceId, params, query.value), view.query.surveys, 'comments');
  const options = [...new Set([...numeric, ...(query.value ? [query.value] : [])])];
  const title = t('insights.text.requests.title');
  const valueName = query.value ? labels.dimension(query.value) : '';
  const columns = { request: t('insights.text.column.request'), customers: t('insights.text.column.customers') };
  const { shown, toggle } = useFirstRows(requests.data?.groups ?? [], 10);

  return (
    <section className="card insights-section" aria-labelledby="text-requests-title">
      <div className="section-bar">
        <h2 id="text-requests-title">{title}</h2>
        <SelectField
          label={t('insights.text.requests.value')}
          value={query.value}
          options={[{ value: '', label: t('insights.text.requests.noValue') }, ...options.map((o) => ({ value: o, label: labels.dimension(o) }))]}
          onValueChange={(value) => setQuery({ ...query, value })}
          className="field-inline"
        />
      </div>
      {requests.error !== null && !requests.data ? (
        <LoadError error={requests.error} onRetry={requests.reload} />
      ) : !requests.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{t('insights.text.requests.lead', { count: formatNumber(requests.data.requests) })}</p>
          {requests.data.groups.length > 0 && (
            <div className="table-scroll">
              <table className="data-table text-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{columns.request}</th>
                    <th scope="col" className="numeric">{columns.customers}</th>
                    {query.value && <th scope="col" className="numeric">{valueName}</th>}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((group) => (
                    <tr key={`${group.kind}:${group.key}`}>
                      <th scope="row" data-label={columns.request}>
                        {group.label} <span className="badge badge-muted">{group.kind === 'topic' ? t('insights.text.requests.topic') : t('insights.text.requests.phrase')}</span>
                      </th>
                      <td className="numeric" data-label={columns.customers}>
                        <CountLink count={group.customers} changes={{ intent: 'feature_request', ...(group.kind === 'topic' ? { topic: group.key } : { phrase: group.key }) }} what={group.label} unit="customers" />
                      </td>
                      {query.value && (
                        <td className="numeric" data-label={valueName}>
                          {group.value === null ? '–' : formatNumber(group.value, { maximumFractionDigits: 2 })}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {toggle}
        </>
      )}
    </section>
  );
}
