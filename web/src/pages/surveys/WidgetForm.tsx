import { useState } from 'react';
import type { FormEvent } from 'react';
import { updateWidgetSettings } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { ApiError, normalizePath } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { readWidget, whenTypes, widgetValues } from './widget.js';
import type { WhenType, WidgetProblems, WidgetValues } from './widget.js';
import { PageRules, TargetingRules } from './WidgetRules.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { SubmitButton } from '../../forms/SubmitButton.js';

interface WidgetFormProps {
  workspaceId: string;
  detail: SurveyDetail;
  onSaved: (detail: SurveyDetail) => void;
  canManage: boolean;
}

const prefix = 'settings.widget.';

/** Whether this survey shows in the website widget, on which pages, when, to whom and how often. */
export function WidgetForm({ workspaceId, detail, onSaved, canManage }: WidgetFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<WidgetValues>(() => widgetValues(detail.settings['widget']));
  const [problems, setProblems] = useState<WidgetProblems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const needsProofOfWork = detail.settings['requireProofOfWork'] === true;

  const set = <K extends keyof WidgetValues>(key: K) => (value: WidgetValues[K]) => {
    setIsSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const errorOf = (path: string): string | undefined => {
    const local = problems[path];
    return local ? t(`surveys.widget.problem.${local}`) : serverFieldError(serverError, `${prefix}${path}`);
  };
  // The server's problems are shown by their fields; any it names elsewhere, in a summary under the form.
  const serverFields = serverError instanceof ApiError ? serverError.errors.map((e) => normalizePath(e.path)).filter((p) => p.startsWith(prefix)) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = readWidget(values);
    setProblems(check.problems);
    setServerError(null);
    setIsSaved(false);
    if (Object.keys(check.problems).length) return;
    setIsBusy(true);
    try {
      onSaved(await updateWidgetSettings(workspaceId, detail.id, check.widget));
      setIsSaved(true);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const whenOptions = whenTypes.map((type) => ({ value: type, label: t(`surveys.widget.when.${type}`) }));
  const shownFields = new Set(['samplePercent', 'recontactDays', 'when.seconds', 'when.percent', 'when.name']);
  const placed = serverFields.filter((path) => shownFields.has(path.slice(prefix.length)) || /^(pages\.\d+\.(value|match)|targeting\.\d+\.(attribute|value))$/.test(path.slice(prefix.length)));

  return (
    <section className="builder-card" aria-labelledby="widget-form-title">
      <h2 id="widget-form-title">{t('surveys.widget.formTitle')}</h2>
      {needsProofOfWork && <Alert tone="warning">{t('surveys.widget.proofOfWork')}</Alert>}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="plain-fieldset stack widget-form" disabled={!canManage}>
          <legend className="visually-hidden">{t('surveys.widget.formTitle')}</legend>
          <div>
            <label className="checkbox settings-checkbox">
              <input type="checkbox" checked={values.isEnabled} onChange={(event) => set('isEnabled')(event.target.checked)} aria-describedby="widget-enabled-hint" />
              {t('surveys.widget.enabled')}
            </label>
            <p id="widget-enabled-hint" className="field-hint">
              {t('surveys.widget.enabledHint')}
            </p>
          </div>
          <fieldset className="plain-fieldset widget-group" aria-describedby="widget-pages-hint">
            <legend>{t('surveys.widget.pages')}</legend>
            <p id="widget-pages-hint" className="field-hint">
              {t('surveys.widget.pagesHint')}
            </p>
            <PageRules rules={values.pages} onRules={set('pages')} errorOf={errorOf} />
          </fieldset>
          <div className="form-grid">
            <SelectField label={t('surveys.widget.whenLabel')} value={values.when} options={whenOptions} onValueChange={(value) => set('when')(value as WhenType)} />
            {values.when === 'delay' && (
              <TextField label={t('surveys.widget.seconds')} type="number" inputMode="decimal" min={0} max={3600} value={values.seconds} onValueChange={set('seconds')} error={errorOf('when.seconds')} />
            )}
            {values.when === 'scroll' && (
              <TextField label={t('surveys.widget.percent')} type="number" inputMode="decimal" min={1} max={100} value={values.percent} onValueChange={set('percent')} error={errorOf('when.percent')} />
            )}
            {values.when === 'event' && (
              <TextField label={t('surveys.widget.eventName')} hint={t('surveys.widget.eventHint')} value={values.eventName} placeholder="checkout_done" spellCheck={false} onValueChange={set('eventName')} error={errorOf('when.name')} />
            )}
          </div>
          <fieldset className="plain-fieldset widget-group" aria-describedby="widget-targeting-hint">
            <legend>{t('surveys.widget.targeting')}</legend>
            <p id="widget-targeting-hint" className="field-hint">
              {t('surveys.widget.targetingHint')}
            </p>
            <TargetingRules rules={values.targeting} onRules={set('targeting')} errorOf={errorOf} />
          </fieldset>
          <div className="form-grid">
            <TextField label={t('surveys.widget.samplePercent')} hint={t('surveys.widget.sampleHint')} type="number" inputMode="decimal" min={0} max={100} value={values.samplePercent} onValueChange={set('samplePercent')} error={errorOf('samplePercent')} />
            <TextField label={t('surveys.widget.recontactDays')} hint={t('surveys.widget.recontactHint')} type="number" inputMode="numeric" min={0} max={3650} value={values.recontactDays} onValueChange={set('recontactDays')} error={errorOf('recontactDays')} />
          </div>
        </fieldset>
        <FormErrorAlert error={serverError} fields={placed} />
        {isSaved && <Alert tone="success">{t('surveys.widget.saved')}</Alert>}
        {canManage && <SubmitButton isBusy={isBusy} label={t('surveys.widget.save')} />}
      </form>
    </section>
  );
}
