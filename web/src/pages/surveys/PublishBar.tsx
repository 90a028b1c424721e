import { useState } from 'react';
import { publishSurvey } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { SurveyDraft } from './useSurveyDraft.js';

/** Where the draft stands (saved or not) and the way to publish it as a new version. */
export function PublishBar({ workspaceId, draft, canManage }: { workspaceId: string; draft: SurveyDraft; canManage: boolean }) {
  const { t } = useI18n();
  const [isPublishing, setIsPublishing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const errors = draft.problems.filter((p) => p.severity === 'error').length;

  const publish = async () => {
    setIsPublishing(true);
    setNotice(null);
    setError(null);
    try {
      const saved = await draft.save();
      if (!saved || saved.problems.some((p) => p.severity === 'error')) return;
      const published = await publishSurvey(workspaceId, saved.id);
      draft.setDetail(published);
      setNotice(t('surveys.publishedNotice', { version: published.latestVersion ?? '' }));
    } catch (failure) {
      setError(failure);
    } finally {
      setIsPublishing(false);
    }
  };

  const status = {
    saved: t('surveys.saveState.saved'),
    unsaved: t('surveys.saveState.unsaved'),
    saving: t('surveys.saveState.saving'),
    failed: t('surveys.saveState.failed'),
    conflict: t('surveys.saveState.conflict'),
  }[draft.saveState];

  if (!canManage) {
    return (
      <div className="publish-bar">
        <Alert tone="info">{t('surveys.readOnly')}</Alert>
      </div>
    );
  }

  return (
    <div className="publish-bar">
      <div className="publish-bar-row">
        <p className={`save-state save-state-${draft.saveState}`} role="status">
          {draft.saveState === 'saved' && <Icon name="check" />}
          {status}
        </p>
        <div className="publish-actions">
          {(draft.saveState === 'unsaved' || draft.saveState === 'failed') && (
            <button type="button" className="button button-secondary" onClick={() => void draft.save()}>
              {t('common.save')}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={errors > 0 || isPublishing}
            aria-describedby={errors > 0 ? 'publish-blocked' : undefined}
            onClick={() => void publish()}
          >
            {isPublishing ? t('surveys.publishing') : t('surveys.publish')}
          </button>
        </div>
      </div>
      {errors > 0 && (
        <p id="publish-blocked" className="publish-blocked">
          {t('surveys.publishBlocked', { count: errors })}
        </p>
      )}
      {draft.saveState === 'conflict' && (
        <Alert tone="error">
          <p>{t('surveys.conflict.text')}</p>
          <div className="alert-actions">
            <button type="button" className="button button-secondary" onClick={() => void draft.reload().catch(setError)}>
              {t('surveys.conflict.reload')}
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => void draft.save({ overwrite: true })}>
              {t('surveys.conflict.overwrite')}
            </button>
          </div>
        </Alert>
      )}
      {draft.saveError !== null && <Alert tone="error">{describeError(t, draft.saveError)}</Alert>}
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
    </div>
  );
}
