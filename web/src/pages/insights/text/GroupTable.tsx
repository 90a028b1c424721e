import type { ReactNode } from 'react';
import type { ScoresBeside, SentimentCounts } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { Link } from '../../../router/router.js';
import type { TextQuery } from './textQuery.js';
import { CountChange, CountLink, ScoreBeside, SentimentSplit } from './TextNumbers.js';
import { useTextView } from './TextViewContext.js';
import { useFirstRows } from './useFirstRows.js';

/** A topic or a phrase over the period, and the filters that open its comments. */
export interface GroupRow extends ScoresBeside {
  id: string;
  label: string;
  comments: number;
  previousComments: number;
  sentiment: SentimentCounts;
  changes: Partial<TextQuery>;
}

interface GroupTableProps {
  caption: string;
  /** The first column's heading: "Topic", "Phrase". */
  heading: string;
  rows: readonly GroupRow[];
  /** Buttons for a row, for those who may change topics. */
  actions?: ((row: GroupRow) => ReactNode) | undefined;
  /** How many rows show before "Show all". */
  first?: number;
}

/** Topics or phrases with their comments, change, sentiment and the NPS and CSAT given beside them; every count opens its comments. */
export function GroupTable({ caption, heading, rows, actions, first = 50 }: GroupTableProps) {
  const { t } = useI18n();
  const { commentsHref } = useTextView();
  const { shown, toggle } = useFirstRows(rows, first);
  const columns = {
    comments: t('insights.text.column.comments'),
    change: t('insights.text.column.change'),
    sentiment: t('insights.text.column.sentiment'),
    nps: t('insights.metric.nps'),
    csat: t('insights.metric.csat'),
    actions: t('insights.text.column.actions'),
  };
  return (
    <>
      <div className="table-scroll">
        <table className="data-table text-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col" className="numeric">
                {columns.comments}
              </th>
              <th scope="col">{columns.change}</th>
              <th scope="col">{columns.sentiment}</th>
              <th scope="col">{columns.nps}</th>
              <th scope="col">{columns.csat}</th>
              {actions && <th scope="col">{columns.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <th scope="row" data-label={heading}>
                  <Link href={commentsHref(row.changes)}>{row.label}</Link>
                </th>
                <td className="numeric" data-label={columns.comments}>
                  <CountLink count={row.comments} changes={row.changes} what={row.label} />
                </td>
                <td data-label={columns.change}>
                  <CountChange current={row.comments} previous={row.previousComments} />
                </td>
                <td data-label={columns.sentiment}>
                  <SentimentSplit counts={row.sentiment} changes={row.changes} about={row.label} />
                </td>
                <td data-label={columns.nps}>
                  <ScoreBeside scores={row} metric="nps" />
                </td>
                <td data-label={columns.csat}>
                  <ScoreBeside scores={row} metric="csat" />
                </td>
                {actions && (
                  <td data-label={columns.actions}>
                    <div className="row-actions">{actions(row)}</div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {toggle}
    </>
  );
}
