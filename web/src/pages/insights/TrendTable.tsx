import type { ReactNode } from 'react';
import type { Interval, Metric } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { metricNames } from './metricText.js';
import { formatInterval, formatMetric } from './metricValues.js';
import { bucketLabel } from './TrendChart.js';
import type { TrendPoint } from './TrendChart.js';

/** What a trend table's first column is headed: "Day", "Week of", "Month". */
export const bucketHeadings: Record<Interval, MessageKey> = { day: 'insights.trend.day', week: 'insights.trend.week', month: 'insights.trend.month' };

/** The trend's numbers, bucket by bucket: the same data as the chart, for reading and for screen readers. */
export function TrendTable({ metric, interval, points, caption }: { metric: Metric; interval: Interval; points: readonly (TrendPoint & { skipped: number })[]; caption: string }) {
  const { t, locale, formatNumber } = useI18n();
  const name = t(metricNames[metric].short);
  const headings = (
    <>
      <th scope="col" className="numeric">{name}</th>
      <th scope="col">{t('insights.ciHeading')}</th>
      <th scope="col" className="numeric">{t('insights.answers')}</th>
      <th scope="col" className="numeric">{t('insights.skipped')}</th>
    </>
  );
  return (
    <TrendTableFrame caption={caption} interval={interval} headings={headings}>
      {points.map((point) => (
        <tr key={point.start}>
          <BucketHeader start={point.start} interval={interval} />
          <td className="numeric" data-label={name}>
            {point.headline ? formatMetric(locale, metric, point.headline.value) : <span className="muted">{point.n === 0 ? t('insights.noAnswers') : t('insights.tooFew')}</span>}
          </td>
          <td data-label={t('insights.ciHeading')}>{point.headline?.ci ? formatInterval(locale, metric, point.headline.ci) : ''}</td>
          <td className="numeric" data-label={t('insights.answers')}>
            {formatNumber(point.n)}
          </td>
          <td className="numeric" data-label={t('insights.skipped')}>
            {formatNumber(point.skipped)}
          </td>
        </tr>
      ))}
    </TrendTableFrame>
  );
}

/** A trend as a table: a row a bucket (each starting with a BucketHeader), `headings` naming the columns after the bucket's. */
export function TrendTableFrame({ caption, interval, headings, children }: { caption: string; interval: Interval; headings: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table trend-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(bucketHeadings[interval])}</th>
            {headings}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A trend table's row heading: the bucket's first day. */
export function BucketHeader({ start, interval }: { start: string; interval: Interval }) {
  const { t, locale } = useI18n();
  return (
    <th scope="row" data-label={t(bucketHeadings[interval])}>
      {bucketLabel(locale, start, interval)}
    </th>
  );
}
