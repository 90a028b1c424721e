import type { NpsResult } from '../../../../src/engine/metrics/formulas.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatShare } from './metricValues.js';

/** Answer distributions drawn with SVG shapes sized by attribute (the CSP allows no inline styles); the numbers are always in the text. */

const share = (count: number, total: number) => (total > 0 ? (100 * count) / total : 0);

/** A bar that fills `percent` of its width; decoration only. */
export function Bar({ percent, className }: { percent: number; className: string }) {
  return (
    <svg className="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="hbar-track" x="0" y="0" width="100" height="10" />
      <rect className={className} x="0" y="0" width={Math.max(0, Math.min(100, percent))} height="10" />
    </svg>
  );
}

/** Shares (0–100) side by side in one bar, each in its tone; decoration only, the words beside it carry the numbers. */
export function StackedBar({ parts, className = 'stacked-bar' }: { parts: readonly { tone: string; share: number }[]; className?: string }) {
  let x = 0;
  return (
    <svg className={className} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {parts.map((part) => {
        const rect = <rect key={part.tone} className={`bar bar-${part.tone}`} x={x} y="0" width={part.share} height="10" />;
        x += part.share;
        return rect;
      })}
    </svg>
  );
}

export const npsGroupOf = (score: number): 'detractor' | 'passive' | 'promoter' => (score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter');

/** Answers per score as columns, each with its count; read out as "Score 7: 12 answers (24%)". */
export function Histogram({ items, label, toneOf }: { items: readonly { key: string; count: number }[]; label: string; toneOf?: (key: string) => string }) {
  const { t, locale, formatNumber } = useI18n();
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const most = Math.max(1, ...items.map((item) => item.count));
  return (
    <ol className="histogram" aria-label={label}>
      {items.map((item) => {
        const height = (100 * item.count) / most;
        return (
          <li key={item.key}>
            <span className="histogram-count" aria-hidden="true">
              {formatNumber(item.count)}
            </span>
            <svg className="histogram-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className={`bar bar-${toneOf?.(item.key) ?? 'plain'}`} x="0" y={100 - height} width="10" height={height} />
            </svg>
            <span className="histogram-key" aria-hidden="true">
              {item.key}
            </span>
            <span className="visually-hidden">{t('insights.histogram.item', { key: item.key, count: formatNumber(item.count), share: formatShare(locale, share(item.count, total)) })}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** Detractors, passives and promoters as one stacked bar, with each group's count and share. */
export function NpsGroups({ result }: { result: NpsResult }) {
  const { t, locale, formatNumber } = useI18n();
  const groups = [
    { tone: 'detractor', label: t('insights.nps.detractors'), count: result.detractors, share: result.detractorShare ?? 0 },
    { tone: 'passive', label: t('insights.nps.passives'), count: result.passives, share: result.passiveShare ?? 0 },
    { tone: 'promoter', label: t('insights.nps.promoters'), count: result.promoters, share: result.promoterShare ?? 0 },
  ];
  return (
    <div className="nps-groups">
      <StackedBar parts={groups} />
      <ul className="nps-legend">
        {groups.map((group) => (
          <li key={group.tone}>
            <span className={`swatch bar-${group.tone}`} aria-hidden="true" />
            {t('insights.nps.group', { group: group.label, count: formatNumber(group.count), share: formatShare(locale, group.share) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A choice question's options with how many picked each and their share of those who answered. */
interface ChoiceBarsProps {
  items: readonly { key: string; count: number }[];
  answered: number;
  labelOf: (key: string) => string;
  caption: string;
  /** The columns' names for screen readers: what is counted, how many, their share. */
  headings?: readonly [string, string, string];
}

export function ChoiceBars({ items, answered, labelOf, caption, headings }: ChoiceBarsProps) {
  const { t, locale, formatNumber } = useI18n();
  const [what, count, part] = headings ?? [t('insights.choice.option'), t('insights.answers'), t('insights.choice.share')];
  return (
    <table className="choice-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">{count}</th>
          <th scope="col">{part}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const percent = share(item.count, answered);
          return (
            <tr key={item.key}>
              <th scope="row">{labelOf(item.key)}</th>
              <td className="numeric">{formatNumber(item.count)}</td>
              <td className="choice-share">
                <Bar percent={percent} className="bar bar-plain" />
                <span>{formatShare(locale, percent)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
