import type { ReactNode } from 'react';
import type { CaseDetail, TimelineEntry } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { durationOf } from './caseText.js';
import { useCaseLabels, useReasonTexts } from './useCaseLabels.js';

/** Everything that happened to the case, oldest first, each with who and when. */
export function CaseTimeline({ item }: { item: CaseDetail }) {
  const { t, formatDateTime } = useI18n();
  const labels = useCaseLabels();
  return (
    <section className="card case-card" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t('respond.timeline.title')}</h2>
      {item.timeline.length === 0 ? (
        <p className="muted">{t('respond.timeline.empty')}</p>
      ) : (
        <ol className="case-timeline">
          {item.timeline.map((entry) => (
            <li key={entry.id} className={`timeline-entry timeline-${entry.type}`}>
              <Entry entry={entry} />
              <p className="timeline-meta">
                <span>{labels.actor(entry)}</span>
                {' · '}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** One entry's headline and, for notes, replies, actions and closing, what was written. */
function Entry({ entry }: { entry: TimelineEntry }) {
  const { t, formatNumber } = useI18n();
  const labels = useCaseLabels();
  const reasons = useReasonTexts();
  const data = entry.data ?? {};
  const headline = (words: string, body?: ReactNode) => (
    <>
      <p className="timeline-what">{words}</p>
      {body}
    </>
  );
  const written = (value: unknown) => (text(value) ? <p className="case-text timeline-body">{text(value)}</p> : null);

  switch (entry.type) {
    case 'opened':
      return headline(t('respond.timeline.opened'));
    case 'assigned': {
      const owner = text(data['ownerName']);
      const team = text(data['teamName']);
      const who = owner && team ? t('respond.timeline.ownerInTeam', { owner, team }) : owner || team;
      return headline(who ? t('respond.timeline.assigned', { who }) : t('respond.timeline.unassigned'));
    }
    case 'status':
      return headline(t('respond.timeline.status', { from: labels.status(text(data['from'])), to: labels.status(text(data['to'])) }));
    case 'priority':
      return headline(t('respond.timeline.priority', { from: labels.priority(text(data['from'])), to: labels.priority(text(data['to'])) }));
    case 'note':
      return headline(t('respond.timeline.note'), written(data['text']));
    case 'reply':
      return headline(
        t('respond.timeline.reply', { to: text(data['to']) }),
        <div className="timeline-mail">
          <p className="timeline-subject">{text(data['subject'])}</p>
          {written(data['body'])}
        </div>,
      );
    case 'action': {
      const amount = typeof data['amount'] === 'number' ? `${formatNumber(data['amount'])}${text(data['unit']) ? ` ${text(data['unit'])}` : ''}` : '';
      return headline(
        amount ? t('respond.timeline.actionAmount', { label: text(data['label']), amount }) : t('respond.timeline.action', { label: text(data['label']) }),
        written(data['note']),
      );
    }
    case 'escalated': {
      const minutes = typeof data['overdueMinutes'] === 'number' ? data['overdueMinutes'] : 0;
      return headline(t('respond.timeline.escalated', { overdue: labels.duration(durationOf(minutes * 60)), priority: labels.priority(text(data['priorityTo'])) }));
    }
    case 'closed':
      return headline(t('respond.timeline.closed', { cause: text(data['rootCauseLabel']) || text(data['rootCause']) }), written(data['resolution']));
    case 'reopened':
      return headline(t('respond.timeline.reopened'), written(data['reason']));
    case 'recovery_survey':
      return headline(t('respond.timeline.recoverySurvey', { to: text(data['to']) }));
    case 'rule_matched':
      return headline(t('respond.timeline.ruleMatched', { rule: text(data['ruleName']) }), written(reasons(data).join('; ')));
    case 'response_added':
      return headline(t('respond.timeline.responseAdded'), written(labels.title({ title: text(data['headline']), context: { headline: data['headlineParts'] } })));
    default:
      return headline(entry.type);
  }
}
