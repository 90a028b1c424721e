import { getContactBudget, saveContactBudget } from '../../api/emailTemplates.js';
import type { BudgetSettings } from '../../api/emailTemplates.js';
import type { SurveySummary } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SaveBar } from '../../components/SaveBar.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useSurveyList } from '../../hooks/useSurveyList.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CollectTabs } from '../contacts/CollectTabs.js';
import { BudgetCheck } from './BudgetCheck.js';
import { budgetPaths, budgetToForm, checkBudgetForm, toBudgetSettings } from './budgetForm.js';
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
  const surveys = useSurveyList(workspaceId);
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
  const { form, change, errorFor, submit, serverError, isBusy, isSaved, formRef } = useCheckedForm({
    initial: () => budgetToForm(initial),
    check: checkBudgetForm,
    save: async (typed) => {
      const saved = await saveContactBudget(workspaceId, toBudgetSettings(typed, surveys.map((survey) => survey.id)));
      onSaved(saved);
      return budgetToForm(saved);
    },
  });

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
      <SaveBar isSaved={isSaved} savedText={t('budget.saved')} canSave={canManage} isBusy={isBusy} label={t('budget.save')} />
    </form>
  );
}
