import { useState } from 'react';
import { listDistributions } from '../../api/distributions.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useQuietRefresh } from '../../hooks/useQuietRefresh.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { distributionsPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { DistributionDialog } from './DistributionDialog.js';
import { responseRateOf } from './distributionForm.js';
import { DistributionStatusBadge, usePercent } from './labels.js';
import { useDistributionLookups } from './useDistributionLookups.js';

const refreshEveryMs = 10_000;

/** Every distribution of the workspace, newest first, optionally of one survey (`?survey=` in the address). */
export function DistributionList({ workspaceId }: { workspaceId: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { location, navigate } = useRouter();
  const { can } = useWorkspace();
  const percent = usePercent();
  const surveyId = new URLSearchParams(location.search).get('survey') ?? '';
  const list = useLoad(`distributions:${workspaceId}:${surveyId}`, () => listDistributions(workspaceId, surveyId || undefined));
  const lookups = useDistributionLookups(workspaceId);
  const [isCreating, setIsCreating] = useState(false);
  const canManage = can('surveys.manage');
  useDocumentTitle(t('distributions.title'));
  useQuietRefresh(Boolean(list.data?.some((d) => d.status === 'sending' || d.status === 'scheduled')), refreshEveryMs, list.reload);

  const rows = list.data ?? [];
  let content;
  if (list.error) content = <LoadError error={list.error} onRetry={list.reload} />;
  else if (!list.data) content = <Loading />;
  else if (rows.length === 0) content = <p className="muted" role="status">{surveyId ? t('distributions.emptyForSurvey') : t('distributions.empty')}</p>;
  else {
    content = (
      <div className="table-scroll">
        <table className="data-table distributions-table" aria-labelledby="distributions-title">
          <thead>
            <tr>
              <th scope="col">{t('distributions.name')}</th>
              <th scope="col">{t('distributions.survey')}</th>
              <th scope="col">{t('distributions.kind')}</th>
              <th scope="col">{t('distributions.statusLabel')}</th>
              <th scope="col" className="numeric">{t('distributions.recipients')}</th>
              <th scope="col" className="numeric">{t('distributions.sent')}</th>
              <th scope="col" className="numeric">{t('distributions.responseRate')}</th>
              <th scope="col">{t('distributions.created')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((distribution) => (
              <tr key={distribution.id}>
                <td data-label={t('distributions.name')}>
                  <Link className="distribution-name-link" href={distributionsPath(workspaceId, distribution.id)}>
                    {distribution.name}
                  </Link>
                </td>
                <td data-label={t('distributions.survey')}>{distribution.surveyName ?? t('distributions.deletedSurvey')}</td>
                <td data-label={t('distributions.kind')}>{t(distribution.kind === 'once' ? 'distributions.kind.once' : 'distributions.kind.trigger')}</td>
                <td data-label={t('distributions.statusLabel')}>
                  <DistributionStatusBadge status={distribution.status} />
                </td>
                <td data-label={t('distributions.recipients')} className="numeric">{formatNumber(distribution.counts.recipients)}</td>
                <td data-label={t('distributions.sent')} className="numeric">{formatNumber(distribution.counts.sent)}</td>
                <td data-label={t('distributions.responseRate')} className="numeric">{percent(responseRateOf(distribution))}</td>
                <td data-label={t('distributions.created')}>
                  <time dateTime={distribution.createdAt}>{formatDateTime(distribution.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  const surveys = lookups.data?.surveys ?? [];
  return (
    <div className="stack distributions">
      <div className="survey-list-bar">
        <h2 id="distributions-title">{t('distributions.listTitle')}</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setIsCreating(true)} disabled={!lookups.data}>
            {t('distributions.new')}
          </button>
        )}
      </div>
      <form className="response-filters distributions-filters" role="search" aria-label={t('distributions.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('distributions.filterSurvey')}
          value={surveyId}
          options={[{ value: '', label: t('distributions.allSurveys') }, ...surveys.map((survey) => ({ value: survey.id, label: survey.name }))]}
          onValueChange={(value) => navigate(distributionsPath(workspaceId, null, value), { replace: true, keepScroll: true })}
        />
      </form>
      {lookups.error !== null && <LoadError error={lookups.error} onRetry={lookups.reload} />}
      {content}
      {lookups.data && (
        <DistributionDialog
          workspaceId={workspaceId}
          isOpen={isCreating}
          distribution={null}
          lookups={lookups.data}
          initialSurveyId={surveyId}
          onDismiss={() => setIsCreating(false)}
          onSaved={(saved) => navigate(distributionsPath(workspaceId, saved.id))}
        />
      )}
    </div>
  );
}

