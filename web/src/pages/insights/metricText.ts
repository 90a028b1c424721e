import type { Metric } from '../../api/insights.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Each metric's short name (as on a card) and what it stands for. */
export const metricNames: Record<Metric, { short: MessageKey; long: MessageKey }> = {
  nps: { short: 'insights.metric.nps', long: 'insights.metric.npsLong' },
  csat: { short: 'insights.metric.csat', long: 'insights.metric.csatLong' },
  ces: { short: 'insights.metric.ces', long: 'insights.metric.cesLong' },
  cli: { short: 'insights.metric.cli', long: 'insights.metric.cliLong' },
};

/** How a change is read: NPS and CLI points, CSAT percentage points, the CES mean as it is. */
export const changeUnits: Record<Metric, MessageKey> = {
  nps: 'insights.change.points',
  csat: 'insights.change.percentagePoints',
  ces: 'insights.change.plain',
  cli: 'insights.change.points',
};
