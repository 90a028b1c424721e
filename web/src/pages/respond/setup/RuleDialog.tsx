import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { nameList } from './ruleText.js';
import { getInsightsSettings } from '../../../api/insights.js';
import { createAlertRule, replaceAlertRule } from '../../../api/respondSetup.js';
import type { AlertRule } from '../../../api/respondSetup.js';
import type { Topic } from '../../../api/textInsights.js';
import { Dialog } from '../../../components/Dialog.js';
import { TextField } from '../../../components/TextField.js';
import { serverFieldError } from '../../../forms/errors.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useLoad } from '../../../hooks/useLoad.js';
import type { Loaded } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useSurveyDefinitions } from '../../insights/useSurveyDefinitions.js';
import { ActionsField } from './ActionsField.js';
import { CheckboxList } from './CheckboxList.js';
import { ConditionFields } from './ConditionFields.js';
import { MetricFields } from './MetricFields.js';
import { checkRuleForm, serverListError, shownPaths } from './ruleChecks.js';
import type { Problems } from './ruleChecks.js';
import { emptyRuleForm, ruleToForm, toRuleInput } from './ruleForm.js';
import type { RuleForm } from './ruleForm.js';
import { surveyFacts } from './surveyFacts.js';
import type { SetupLookups } from './useSetupLookups.js';

const listPaths = /^(surveyIds|actions\.\d+\.(emails|userIds|teamIds))$/;

interface RuleDialogProps {
  workspaceId: string;
  /** The rule being changed; null for a new one. The dialog is closed while `isOpen` is false. */
  rule: AlertRule | null;
  isOpen: boolean;
  lookups: SetupLookups;
  /** The workspace's topics, for tests on a comment's topic. */
  topics: Loaded<Topic[]>;
  onSaved: (rule: AlertRule, isNew: boolean) => void;
  onDismiss: () => void;
}

/** Adds or changes an alert rule. */
export function RuleDialog({ rule, isOpen, onDismiss, ...rest }: RuleDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={rule ? t('respond.setup.rules.editTitle', { name: rule.name }) : t('respond.setup.rules.newTitle')} onDismiss={onDismiss}>
      {isOpen && <RuleEditor key={rule?.id ?? 'new'} rule={rule} onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function RuleEditor({ workspaceId, rule, lookups, topics, onSaved, onDismiss }: Omit<RuleDialogProps, 'isOpen'>) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<RuleForm>(() => (rule ? ruleToForm(rule) : emptyRuleForm()));
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const watched = form.surveys === 'all' ? lookups.surveys.map((s) => s.id) : form.surveyIds;
  const definitions = useSurveyDefinitions(workspaceId, watched);
  const facts = surveyFacts(definitions, locale);
  const insights = useLoad(`insights-settings:${workspaceId}`, () => getInsightsSettings(workspaceId));

  // After a refused save, the first field with a problem takes focus.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [attempt]);

  const change = (changes: Partial<RuleForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    // Once a save was refused, the problems follow the edits, so a fixed field stops saying it is wrong.
    if (Object.keys(problems).length > 0) setProblems(checkRuleForm(next));
  };
  const errorFor = (path: string): string | undefined => {
    const local = problems[path];
    if (local) return t(local.key, local.params);
    // A list's field also shows the problems of its items (`actions.0.emails.2`); other fields only their own.
    return listPaths.test(path) ? serverListError(serverError, path) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkRuleForm(form);
    setProblems(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setIsBusy(true);
    try {
      const body = toRuleInput(form);
      const saved = rule ? await replaceAlertRule(workspaceId, rule.id, body) : await createAlertRule(workspaceId, body);
      onSaved(saved, rule === null);
    } catch (error) {
      setServerError(error);
      setAttempt((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  const surveyItems = lookups.surveys.map((s) => ({ value: s.id, label: s.name }));

  return (
    <form ref={formRef} className="form rule-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={shownPaths(form)} />
      <TextField label={t('respond.setup.rules.name')} value={form.name} onValueChange={(name) => change({ name })} maxLength={200} autoComplete="off" error={errorFor('name')} required />
      <fieldset className="checkbox-group rule-kind">
        <legend>{t('respond.setup.rules.kind')}</legend>
        {(['response', 'metric'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name="rule-kind" value={kind} checked={form.kind === kind} onChange={() => change({ kind })} />
            {t(kind === 'response' ? 'respond.setup.rules.kind.responseLong' : 'respond.setup.rules.kind.metricLong')}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={form.isEnabled} onChange={(event) => change({ isEnabled: event.target.checked })} />
        {t('respond.setup.rules.isEnabled')}
      </label>
      <fieldset className="rule-section">
        <legend>{t('respond.setup.rules.surveys')}</legend>
        <div className="checkbox-group">
          {(['all', 'picked'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input type="radio" name="rule-surveys" value={choice} checked={form.surveys === choice} onChange={() => change({ surveys: choice })} />
              {t(choice === 'all' ? 'respond.setup.rules.surveys.all' : 'respond.setup.rules.surveys.picked')}
            </label>
          ))}
        </div>
        {form.surveys === 'picked' && (
          <CheckboxList
            className="rule-survey-list"
            legend={t('respond.setup.rules.surveys.pick')}
            items={[...surveyItems, ...form.surveyIds.filter((id) => !surveyItems.some((s) => s.value === id)).map((id) => ({ value: id, label: t('respond.setup.unknownSurvey') }))]}
            chosen={form.surveyIds}
            onChange={(surveyIds) => change({ surveyIds })}
            empty={t('respond.setup.rules.noSurveys')}
            error={errorFor('surveyIds')}
          />
        )}
        {definitions.length > 0 && form.kind === 'response' && (
          <p className="field-hint">{t('respond.setup.rules.questionsFrom', { surveys: nameList(watched.map((id) => lookups.surveys.find((s) => s.id === id)?.name ?? t('respond.setup.unknownSurvey'))) })}</p>
        )}
      </fieldset>
      {form.kind === 'response' ? (
        <ConditionFields form={form} facts={facts} topics={topics} errorFor={errorFor} onChange={change} />
      ) : (
        <MetricFields form={form} segments={insights.data?.segments ?? []} errorFor={errorFor} onChange={change} />
      )}
      <ActionsField actions={form.actions} teams={lookups.teams} members={lookups.members} errorFor={errorFor} onChange={(actions) => change({ actions })} />
      {form.kind === 'response' && <p className="field-hint">{t(rule ? 'respond.setup.rules.fromNowOnChanged' : 'respond.setup.rules.fromNowOn')}</p>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('common.saving') : t(rule ? 'respond.setup.rules.save' : 'respond.setup.rules.create')}
        </button>
      </div>
    </form>
  );
}
