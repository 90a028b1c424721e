import type { Interval } from '../../../api/insights.js';
import type { TextOverview } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { TrendChart } from '../TrendChart.js';
import type { TrendScale } from '../TrendChart.js';
import { byInterval, TrendFrame } from '../TrendSection.js';
import { BucketHeader, TrendTableFrame } from '../TrendTable.js';
import { sentimentNames } from './textLabels.js';
import { formatScore, sentimentKinds, sentimentTrendPoints } from './textValues.js';

interface SentimentTrendProps {
  trend: TextOverview['trend'];
  interval: Interval;
  isTable: boolean;
  onToggle: (isTable: boolean) => void;
}

/** The mean sentiment over the period with the comments per bucket, as a chart or (kept in the address) a table. */
export function SentimentTrend({ trend, interval, isTable, onToggle }: SentimentTrendProps) {
  const { t, locale } = useI18n();
  const title = t('insights.text.trend.title', { interval: t(byInterval[interval]) });
  const scale: TrendScale = {
    name: t('insights.text.trend.meanScore'),
    bounds: { min: -1, max: 1 },
    format: (value) => formatScore(locale, value),
    hasZeroLine: true,
    legend: { bars: t('insights.text.trend.comments'), gap: t('insights.text.trend.noneAnalysed') },
  };

  return (
    <TrendFrame id="text-trend-title" title={title} isTable={isTable} onToggle={onToggle}>
      {trend.every((bucket) => bucket.comments === 0) ? (
        <p className="muted">{t('insights.text.none')}</p>
      ) : isTable ? (
        <SentimentTrendTable trend={trend} interval={interval} caption={title} />
      ) : (
        <TrendChart scale={scale} interval={interval} points={sentimentTrendPoints(trend)} />
      )}
    </TrendFrame>
  );
}

function SentimentTrendTable({ trend, interval, caption }: { trend: TextOverview['trend']; interval: Interval; caption: string }) {
  const { t, locale, formatNumber } = useI18n();
  const columns = [
    { key: 'comments', label: t('insights.text.trend.comments') },
    ...sentimentKinds.map((kind) => ({ key: kind, label: t(sentimentNames[kind]) })),
    { key: 'notAnalysed', label: t('insights.text.sentiment.notAnalysed') },
  ] as const;
  const headings = (
    <>
      <th scope="col" className="numeric">
        {t('insights.text.trend.meanScore')}
      </th>
      {columns.map((column) => (
        <th key={column.key} scope="col" className="numeric">
          {column.label}
        </th>
      ))}
    </>
  );
  return (
    <TrendTableFrame caption={caption} interval={interval} headings={headings}>
      {trend.map((bucket) => (
        <tr key={bucket.start}>
          <BucketHeader start={bucket.start} interval={interval} />
          <td className="numeric" data-label={t('insights.text.trend.meanScore')}>
            {bucket.meanScore === null ? '–' : formatScore(locale, bucket.meanScore)}
          </td>
          {columns.map((column) => (
            <td key={column.key} className="numeric" data-label={column.label}>
              {formatNumber(bucket[column.key])}
            </td>
          ))}
        </tr>
      ))}
    </TrendTableFrame>
  );
}
