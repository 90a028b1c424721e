import type { Case } from '../../api/cases.js';
import { useCaseLabels } from './useCaseLabels.js';

/** A case's status as a coloured pill; the word says it, the colour only helps. */
export function StatusBadge({ status }: { status: string }) {
  const labels = useCaseLabels();
  return <span className={`badge case-status case-status-${status}`}>{labels.status(status)}</span>;
}

export function PriorityBadge({ priority }: { priority: string }) {
  const labels = useCaseLabels();
  return <span className={`badge case-priority case-priority-${priority}`}>{labels.priority(priority)}</span>;
}

/** "3 h 20 min left", or in red "2 h overdue", or "Paused" while the case waits for the customer. */
export function TimeLeftText({ item }: { item: Pick<Case, 'status' | 'timeLeftSeconds' | 'slaPausedAt'> }) {
  const labels = useCaseLabels();
  const { text, tone } = labels.timeLeft(item);
  if (!text) return null;
  return <span className={`time-left time-left-${tone}`}>{text}</span>;
}
