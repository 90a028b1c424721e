import type { CaseDetail, RespondSettings } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PriorityBadge, StatusBadge, TimeLeftText } from './CaseBadges.js';

/** Where the case stands: status, priority, who has it, when it is due and how it ended. */
export function CaseFacts({ item, rootCauses }: { item: CaseDetail; rootCauses: RespondSettings['rootCauses'] }) {
  const { t, formatDateTime } = useI18n();
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">—</span>);
  const cause = item.rootCause ? (rootCauses.find((c) => c.id === item.rootCause)?.label ?? item.rootCause) : null;
  return (
    <section className="card case-card" aria-labelledby="case-facts-title">
      <h2 id="case-facts-title">{t('respond.case.facts')}</h2>
      <dl className="case-facts">
        <div>
          <dt>{t('respond.case.status')}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
        </div>
        <div>
          <dt>{t('respond.case.priority')}</dt>
          <dd>
            <PriorityBadge priority={item.priority} />
            {item.escalationLevel > 0 && <span className="badge case-escalated">{t('respond.case.escalated')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('respond.case.owner')}</dt>
          <dd>{item.ownerUserId ? (item.ownerName ?? t('respond.case.formerMember')) : <span className="muted">{t('respond.case.nobody')}</span>}</dd>
        </div>
        <div>
          <dt>{t('respond.case.team')}</dt>
          <dd>{item.teamId ? (item.teamName ?? t('respond.case.deletedTeam')) : <span className="muted">{t('respond.case.noTeam')}</span>}</dd>
        </div>
        <div>
          <dt>{t('respond.case.due')}</dt>
          <dd>
            {when(item.dueAt)}
            <TimeLeftText item={item} />
          </dd>
        </div>
        <div>
          <dt>{t('respond.case.opened')}</dt>
          <dd>{when(item.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('respond.case.firstResponse')}</dt>
          <dd>{item.firstRespondedAt ? when(item.firstRespondedAt) : <span className="muted">{t('respond.case.notYet')}</span>}</dd>
        </div>
        {item.closedAt && (
          <div>
            <dt>{t('respond.case.closed')}</dt>
            <dd>{when(item.closedAt)}</dd>
          </div>
        )}
        {item.isSlaMet !== null && (
          <div>
            <dt>{t('respond.case.sla')}</dt>
            <dd className={item.isSlaMet ? undefined : 'time-left-overdue'}>{item.isSlaMet ? t('respond.case.slaMet') : t('respond.case.slaMissed')}</dd>
          </div>
        )}
        {cause && (
          <div>
            <dt>{t('respond.case.rootCause')}</dt>
            <dd>{cause}</dd>
          </div>
        )}
        {item.resolution && (
          <div>
            <dt>{t('respond.case.resolution')}</dt>
            <dd className="case-text">{item.resolution}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
