import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { getContactBudget, saveContactBudget } from '../../api/emailTemplates.js';
import type { BudgetSettings } from '../../api/emailTemplates.js';
import { listSurveys } from '../../api/surveys.js';
import type { SurveySummary } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { SubmitButton } from '../../forms/SubmitButton.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CollectTabs } from '../contacts/CollectTabs.js';
import { BudgetCheck } from './BudgetCheck.js';
import { budgetPaths, budgetToForm, checkBudgetForm, toBudgetSettings } from './budgetForm.js';
import type { BudgetForm, Problems } from './budgetForm.js';
import { LimitsField } from './LimitsField.js';
import { OverridesField } from './OverridesField.js';
import { PrioritiesField } from './PrioritiesField.js';
import './budget.css';

/** How often anyone may be asked for feedback, across email, personal links and the website widget. */
export function ContactBudgetPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  useDocumentTitle(t('budget.title'));
  return (
    <>
      <PageHeading eyebrow={t('nav.collect')} lead={t('budget.lead')}>
        {t('budget.title')}
      </PageHeading>
      <CollectTabs workspaceId={workspaceId} current="budget" />
      {can('surveys.read') ? <BudgetView workspaceId={workspaceId} /> : <p className="muted">{t('common.noPermission')}</p>}
    </>
  );
}

function BudgetView({ workspaceId }: { workspaceId: string }) {
  const { can } = useWorkspace();
  const settings = useLoad(`contact-budget:${workspaceId}`, () => getContactBudget(workspaceId));
  const surveys = useLoad(`surveys:${workspaceId}`, () => listSurveys(workspaceId).catch(() => [] as SurveySummary[]));
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!settings.data || !surveys.data) return <Loading />;
  return (
    <div className="stack contact-budget">
      <BudgetEditor workspaceId={workspaceId} initial={settings.data} surveys={surveys.data} canManage={can('surveys.manage')} onSaved={settings.setData} />
      {can('contacts.read') && <BudgetCheck workspaceId={workspaceId} surveys={surveys.data} />}
    </div>
  );
}

interface BudgetEditorProps {
  workspaceId: string;
  initial: BudgetSettings;
  surveys: readonly SurveySummary[];
  canManage: boolean;
  onSaved: (settings: BudgetSettings) => void;
}

function BudgetEditor({ workspaceId, initial, surveys, canManage, onSaved }: BudgetEditorProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<BudgetForm>(() => budgetToForm(initial));
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [attempt]);

  const change = (changes: Partial<BudgetForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    setIsSaved(false);
    if (Object.keys(problems).length > 0) setProblems(checkBudgetForm(next));
  };
  const errorFor = (path: string): string | undefined => {
    const local = problems[path];
    return local ? t(local.key, local.params) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkBudgetForm(form);
    setProblems(found);
    setServerError(null);
    setIsSaved(false);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setIsBusy(true);
    try {
      const saved = await saveContactBudget(workspaceId, toBudgetSettings(form, surveys.map((survey) => survey.id)));
      onSaved(saved);
      setForm(budgetToForm(saved));
      setIsSaved(true);
    } catch (error) {
      setServerError(error);
      setAttempt((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form ref={formRef} className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label={t('budget.title')}>
      {!canManage && <Alert tone="info">{t('budget.readOnly')}</Alert>}
      <FormErrorAlert error={serverError} fields={budgetPaths(form)} />
      <section className="card stack" aria-labelledby="budget-rule-title">
        <h2 id="budget-rule-title">{t('budget.rule')}</h2>
        <div className="budget-explain">
          <p>{t('budget.touchHow')}</p>
          <p>{t('budget.heldBackHow')}</p>
        </div>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={form.isEnabled} disabled={!canManage} onChange={(event) => change({ isEnabled: event.target.checked })} aria-describedby="budget-enabled-hint" />
            {t('budget.enabled')}
          </label>
          <p id="budget-enabled-hint" className="field-hint">
            {form.isEnabled ? t('budget.enabledOn') : t('budget.enabledOff')}
          </p>
        </div>
        <h3 className="budget-limits-title">{t('budget.limits')}</h3>
        <LimitsField limits={form.limits} path="budget.limits" errorFor={errorFor} disabled={!canManage} emptyText={t('budget.noLimits')} onChange={(limits) => change({ limits })} />
      </section>
      <OverridesField overrides={form.overrides} errorFor={errorFor} disabled={!canManage} onChange={(overrides) => change({ overrides })} />
      <PrioritiesField surveys={surveys} value={form.priorities} disabled={!canManage} onChange={(priorities) => change({ priorities })} />
      {isSaved && <Alert tone="success">{t('budget.saved')}</Alert>}
      {canManage && <SubmitButton isBusy={isBusy} label={t('budget.save')} />}
    </form>
  );
}
