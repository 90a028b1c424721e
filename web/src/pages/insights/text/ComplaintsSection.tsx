import { getComplaints } from '../../../api/textInsights.js';
import type { TextParams } from '../../../api/textInsights.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { SelectField } from '../../../components/SelectField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useInsightsLoad } from '../useInsightsLoad.js';
import { formatShare } from '../metricValues.js';
import type { DimensionLabels } from '../useDimensionLabels.js';
import { CountChange, CountLink } from './TextNumbers.js';
import { productFilter } from './textQuery.js';
import { useTextView } from './TextViewContext.js';

interface ComplaintsProps {
  params: TextParams;
  surveys: readonly SurveySummary[];
  labels: DimensionLabels;
  /** Contact attributes and hidden fields the comments carry. */
  dimensions: readonly string[];
}

/** Complaints per product: a survey, the channel, the language, a contact attribute or a hidden field, as chosen. */
export function ComplaintsSection({ params, surveys, labels, dimensions }: ComplaintsProps) {
  const { t, locale } = useI18n();
  const { workspaceId, view, analysisKey } = useTextView();
  const { query, setQuery } = view;
  const by = query.by;
  const complaints = useInsightsLoad(`text-complaints:${workspaceId}:${by}:${JSON.stringify(params)}:${analysisKey}`, () => getComplaints(workspaceId, params, by), view.query.surveys, 'comments');
  const byLabel = (dimension: string) => (dimension === 'survey' ? t('insights.text.complaints.survey') : labels.dimension(dimension));
  const productLabel = (product: string) => (by === 'survey' ? (surveys.find((s) => s.id === product)?.name ?? product) : labels.value(by, product));
  const options = [...new Set(['survey', 'channel', 'language', ...dimensions, by])];
  const title = t('insights.text.complaints.title');
  const columns = { complaints: t('insights.text.column.complaints'), comments: t('insights.text.column.comments'), share: t('insights.text.column.share'), change: t('insights.text.column.change') };

  return (
    <section className="card insights-section" aria-labelledby="text-complaints-title">
      <div className="section-bar">
        <h2 id="text-complaints-title">{title}</h2>
        <SelectField label={t('insights.text.complaints.by')} value={by} options={options.map((o) => ({ value: o, label: byLabel(o) }))} onValueChange={(value) => setQuery({ ...query, by: value })} className="field-inline" />
      </div>
      {complaints.error !== null && !complaints.data ? (
        <LoadError error={complaints.error} onRetry={complaints.reload} />
      ) : !complaints.data ? (
        <Loading />
      ) : complaints.data.products.length === 0 ? (
        <p className="muted">{t('insights.text.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table text-table">
            <caption className="visually-hidden">{`${title}: ${byLabel(by)}`}</caption>
            <thead>
              <tr>
                <th scope="col">{byLabel(by)}</th>
                <th scope="col" className="numeric">{columns.complaints}</th>
                <th scope="col" className="numeric">{columns.comments}</th>
                <th scope="col" className="numeric">{columns.share}</th>
                <th scope="col">{columns.change}</th>
              </tr>
            </thead>
            <tbody>
              {complaints.data.products.map((row) => {
                const label = productLabel(row.product);
                const changes = productFilter(by, row.product);
                return (
                  <tr key={row.product}>
                    <th scope="row" data-label={byLabel(by)}>
                      {label}
                    </th>
                    <td className="numeric" data-label={columns.complaints}>
                      <CountLink count={row.complaints} changes={{ ...changes, intent: 'complaint' }} what={t('insights.text.complaints.about', { product: label })} />
                    </td>
                    <td className="numeric" data-label={columns.comments}>
                      <CountLink count={row.comments} changes={changes} what={label} />
                    </td>
                    <td className="numeric" data-label={columns.share}>
                      {formatShare(locale, row.share * 100)}
                    </td>
                    <td data-label={columns.change}>
                      <CountChange current={row.complaints} previous={row.previousComplaints} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
