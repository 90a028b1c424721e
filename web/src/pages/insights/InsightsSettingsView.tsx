import { useState } from 'react';
import type { FormEvent } from 'react';
import { getInsightsSettings, rebuildInsights, updateInsightsSettings } from '../../api/insights.js';
import type { InsightsSettings } from '../../api/insights.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { describeError, serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { SubmitButton } from '../../forms/SubmitButton.js';
import { useAction } from '../../hooks/useAction.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { segmentProblems } from './dimensions.js';
import { SegmentsField } from './SegmentsField.js';

const fields = ['minResponses', 'csatProblemThreshold'] as const;

/** How the workspace reads its numbers; anyone who sees Insights sees them, those who manage the workspace change them. */
export function InsightsSettingsView({ workspaceId }: { workspaceId: string }) {
  const settings = useLoad(`insights-settings:${workspaceId}`, () => getInsightsSettings(workspaceId));
  const { can } = useWorkspace();
  if (settings.error !== null && !settings.data) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  const canManage = can('workspace.manage');
  return (
    <div className="stack insights-settings">
      <SettingsForm workspaceId={workspaceId} initial={settings.data} canManage={canManage} onSaved={settings.setData} />
      {canManage && <RebuildSection workspaceId={workspaceId} />}
    </div>
  );
}

function SettingsForm({ workspaceId, initial, canManage, onSaved }: { workspaceId: string; initial: InsightsSettings; canManage: boolean; onSaved: (saved: InsightsSettings) => void }) {
  const { t } = useI18n();
  const [segments, setSegments] = useState(initial.segments);
  const [minResponses, setMinResponses] = useState(String(initial.minResponses));
  const [threshold, setThreshold] = useState(String(initial.csatProblemThreshold));
  const [isChecked, setIsChecked] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'rebuilding' | null>(null);
  const problems = isChecked ? segmentProblems(segments) : segments.map(() => null);
  const minimum = Number(minResponses);
  const isMinimumValid = Number.isInteger(minimum) && minimum >= 1 && minimum <= 1000;
  const save = useAction(async () => {
    const saved = await updateInsightsSettings(workspaceId, { segments: segments.map((s) => s.trim()), minResponses: minimum, csatProblemThreshold: Number(threshold) });
    setNotice(saved.isRebuilding ? 'rebuilding' : 'saved');
    onSaved({ segments: saved.segments, minResponses: saved.minResponses, csatProblemThreshold: saved.csatProblemThreshold });
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    setNotice(null);
    if (segmentProblems(segments).every((p) => p === null) && isMinimumValid) void save.run();
  };

  return (
    <section className="card" aria-labelledby="insights-settings-title">
      <h2 id="insights-settings-title">{t('insights.settings.heading')}</h2>
      <form className="form form-narrow" onSubmit={submit} noValidate>
        {!canManage && <Alert tone="info">{t('settings.readOnly')}</Alert>}
        <FormErrorAlert error={save.error} fields={fields} />
        <SegmentsField segments={segments} problems={problems} disabled={!canManage} onChange={setSegments} />
        <TextField
          label={t('insights.settings.minResponses')}
          hint={t('insights.settings.minResponsesHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          value={minResponses}
          onValueChange={setMinResponses}
          error={isChecked && !isMinimumValid ? t('insights.settings.minResponsesRange') : serverFieldError(save.error, 'minResponses')}
          disabled={!canManage}
          className="field-narrow"
        />
        <SelectField
          label={t('insights.settings.threshold')}
          hint={t('insights.settings.thresholdHint')}
          value={threshold}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('insights.settings.thresholdOption', { score: n }) }))}
          onValueChange={setThreshold}
          error={serverFieldError(save.error, 'csatProblemThreshold')}
          disabled={!canManage}
          className="field-narrow"
        />
        {canManage && <SubmitButton isBusy={save.isBusy} />}
      </form>
      {notice && <Alert tone="success">{notice === 'rebuilding' ? t('insights.settings.savedRebuilding') : t('general.saved')}</Alert>}
    </section>
  );
}

/** Recounts every response in the background, on request. */
function RebuildSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [isStarted, setIsStarted] = useState(false);
  const rebuild = useAction(async () => {
    await rebuildInsights(workspaceId);
    setIsStarted(true);
  });
  return (
    <section className="card" aria-labelledby="rebuild-title">
      <h2 id="rebuild-title">{t('insights.rebuild.title')}</h2>
      <div className="stack">
        <p className="muted">{t('insights.rebuild.body')}</p>
        {rebuild.error !== null && <Alert tone="error">{describeError(t, rebuild.error)}</Alert>}
        {isStarted && <Alert tone="success">{t('insights.rebuild.started')}</Alert>}
        <div>
          <button type="button" className="button button-secondary" onClick={() => void rebuild.run()} disabled={rebuild.isBusy}>
            {rebuild.isBusy ? t('insights.rebuild.busy') : t('insights.rebuild.button')}
          </button>
        </div>
      </div>
    </section>
  );
}
