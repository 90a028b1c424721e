import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { getCollectSettings, updateCollectSettings } from '../../api/surveys.js';
import type { CollectSettings, SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { TextField } from '../../components/TextField.js';
import { describeError, isOnlyAboutFields, serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { IdentityVerification } from './IdentityVerification.js';
import { originOf, widgetScript, widgetStub } from './widget.js';
import { WidgetForm } from './WidgetForm.js';
import { Snippet } from './WidgetSnippet.js';

interface WidgetSectionProps {
  workspaceId: string;
  detail: SurveyDetail;
  onChange: (detail: SurveyDetail) => void;
  canManage: boolean;
}

/** The website widget: the code for the company's site, the workspace's pause between surveys, and this survey's rules. */
export function WidgetSection({ workspaceId, detail, onChange, canManage }: WidgetSectionProps) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const origin = originOf(detail.publicUrl);
  const [settings, setSettings] = useState<CollectSettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    let isCurrent = true;
    getCollectSettings(workspaceId).then(
      (loaded) => isCurrent && setSettings(loaded),
      (failure: unknown) => isCurrent && setLoadError(failure),
    );
    return () => {
      isCurrent = false;
    };
  }, [workspaceId]);
  return (
    <>
      <section className="builder-card" aria-labelledby="widget-title">
        <h2 id="widget-title">{t('surveys.widget.title')}</h2>
        <p className="muted">{t('surveys.widget.intro')}</p>
        <Snippet label={t('surveys.widget.install')} hint={t('surveys.widget.installHint')} code={widgetScript(origin, workspaceId)} />
        <Snippet label={t('surveys.widget.stub')} hint={t('surveys.widget.stubHint')} code={widgetStub} />
        <p className="field-hint widget-help">
          {t('surveys.widget.csp', { origin })} {t('surveys.widget.calls')} <code>{'kuulo.identify("customer-id", { plan: "pro" })'}</code>{' '}
          <code>{'kuulo.track("event_name")'}</code>
        </p>
        {loadError !== null && <Alert tone="error">{describeError(t, loadError)}</Alert>}
        {settings && <CooldownForm workspaceId={workspaceId} canManage={canManage} initialDays={settings.widgetCooldownDays} />}
      </section>
      {settings && (
        <IdentityVerification workspaceId={workspaceId} settings={settings} onChange={setSettings} canManage={canManage} canManageSecret={can('workspace.manage')} />
      )}
      <WidgetForm workspaceId={workspaceId} detail={detail} onSaved={onChange} canManage={canManage} />
    </>
  );
}

/** The workspace-wide pause: after any survey, the widget waits this long before showing another to the same visitor. */
function CooldownForm({ workspaceId, canManage, initialDays }: { workspaceId: string; canManage: boolean; initialDays: number }) {
  const { t } = useI18n();
  const [days, setDays] = useState<string | null>(String(initialDays));
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    setError(null);
    setIsSaved(false);
    if (days === null || days.trim() === '' || !Number.isInteger(value) || value < 0 || value > 365) {
      setProblem(t('surveys.widget.cooldownRange'));
      return;
    }
    setProblem(undefined);
    setIsBusy(true);
    try {
      setDays(String((await updateCollectSettings(workspaceId, { widgetCooldownDays: value })).widgetCooldownDays));
      setIsSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="form widget-cooldown" onSubmit={(event) => void submit(event)} noValidate>
      <div className="widget-cooldown-row">
        <TextField
          label={t('surveys.widget.cooldown')}
          hint={t('surveys.widget.cooldownHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          value={days ?? ''}
          disabled={!canManage || days === null}
          onValueChange={(value) => {
            setIsSaved(false);
            setDays(value);
          }}
          error={problem ?? serverFieldError(error, 'widgetCooldownDays')}
        />
        {canManage && (
          <button type="submit" className="button button-secondary" disabled={isBusy || days === null}>
            {isBusy ? t('common.saving') : t('surveys.widget.saveCooldown')}
          </button>
        )}
      </div>
      {error !== null && !isOnlyAboutFields(error, ['widgetCooldownDays']) && <Alert tone="error">{describeError(t, error)}</Alert>}
      {isSaved && <Alert tone="success">{t('surveys.widget.cooldownSaved')}</Alert>}
    </form>
  );
}
