import { useState } from 'react';
import { createAlertRule, getSurveyFollowUp } from '../../api/respondSetup.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { describeError } from '../../forms/errors.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';

/**
 * A published survey that asks unhappy customers whether they may be contacted promises them a
 * follow-up; until an alert rule opens a case for them, nobody hears of them. Says so plainly and
 * offers the rule in one click (shown at once after publishing, since it loads per version).
 */
export function FollowUpNotice({ workspaceId, survey }: { workspaceId: string; survey: SurveyDetail }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const followUp = useLoad(`survey-follow-up:${workspaceId}:${survey.id}:${survey.latestVersion}`, () => getSurveyFollowUp(workspaceId, survey.id));
  const [createdName, setCreatedName] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (createdName) {
    return (
      <Alert tone="success">
        <p>{t('surveys.followUp.created', { rule: createdName })}</p>
        <p>
          <Link href={respondPath(workspaceId, 'rules')}>{t('surveys.followUp.seeRules')}</Link>
        </p>
      </Alert>
    );
  }
  const rule = followUp.data?.rule;
  if (survey.latestVersion === null || !followUp.data?.promisesFollowUp || followUp.data.hasRule || !rule) return null;

  const create = async () => {
    setIsCreating(true);
    setError(null);
    const name = t('surveys.followUp.ruleName', { survey: survey.name });
    try {
      await createAlertRule(workspaceId, { ...rule, name, isEnabled: true });
      setCreatedName(name);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsCreating(false);
    }
  };

  return (
    <Alert tone="warning" title={t('surveys.followUp.title')}>
      <p>{t('surveys.followUp.text')}</p>
      {can('cases.manage') ? (
        <div className="alert-actions">
          <button type="button" className="button button-primary" disabled={isCreating} onClick={() => void create()}>
            {isCreating ? t('surveys.followUp.creating') : t('surveys.followUp.create')}
          </button>
        </div>
      ) : (
        <p>{t('surveys.followUp.askManager')}</p>
      )}
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
    </Alert>
  );
}
