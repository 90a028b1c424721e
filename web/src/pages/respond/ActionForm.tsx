import { useState } from 'react';
import type { FormEvent } from 'react';
import { takeCaseAction } from '../../api/cases.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { actionsFor, limitOf, readAmount } from './caseForms.js';
import type { AmountProblem } from './caseForms.js';
import type { CaseFormProps } from './CaseWork.js';

const fieldNames = ['actionId', 'amount', 'note'] as const;
const amountProblems: Record<AmountProblem, MessageKey> = {
  required: 'respond.action.amountMissing',
  number: 'respond.action.amountNumber',
  positive: 'respond.action.amountPositive',
  overLimit: 'respond.action.amountOverLimit',
};

/** An action the workspace lets the frontline take (a goodwill credit, a replacement), within the limits of the person's role. */
export function ActionForm({ workspaceId, item, lookups, onChange }: CaseFormProps) {
  const { t, formatNumber } = useI18n();
  const role = useWorkspace().data?.role ?? null;
  const available = actionsFor(lookups.settings.actions, role);
  const [actionId, setActionId] = useState(available[0]?.id ?? '');
  const [amountText, setAmountText] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<AmountProblem | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const action = available.find((candidate) => candidate.id === actionId);
  const limit = action ? limitOf(action, role) : undefined;
  const take = useAction(async (amount: number | undefined) => {
    const result = await takeCaseAction(workspaceId, item.id, { actionId, ...(amount !== undefined ? { amount } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
    onChange(result.case);
    setTaken(result.action.label);
    setAmountText('');
    setNote('');
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTaken(null);
    if (!action) return;
    if (action.unit === null) {
      setProblem(null);
      void take.run(undefined);
      return;
    }
    const read = readAmount(amountText, limit);
    setProblem('problem' in read ? read.problem : null);
    if ('amount' in read) void take.run(read.amount);
  };

  const limitText = action?.unit ? (limit !== undefined ? t('respond.action.limit', { limit: formatNumber(limit), unit: action.unit }) : t('respond.action.noLimit')) : undefined;
  return (
    <section className="card case-card" aria-labelledby="case-action-title">
      <h2 id="case-action-title">{t('respond.action.title')}</h2>
      {available.length === 0 ? (
        <p className="muted">{t('respond.action.none')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <FormErrorAlert error={take.error} fields={fieldNames} />
          <div className="case-form-row">
            <SelectField
              label={t('respond.action.action')}
              value={actionId}
              options={available.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
              onValueChange={(id) => {
                setActionId(id);
                setProblem(null);
                setTaken(null);
              }}
              hint={action?.description || undefined}
              error={serverFieldError(take.error, 'actionId')}
            />
            {action?.unit && (
              <TextField
                label={t('respond.action.amount', { unit: action.unit })}
                value={amountText}
                onValueChange={setAmountText}
                inputMode="decimal"
                hint={limitText}
                error={problem ? t(amountProblems[problem], { limit: limit !== undefined ? formatNumber(limit) : '', unit: action.unit }) : serverFieldError(take.error, 'amount')}
                autoComplete="off"
                disabled={take.isBusy}
              />
            )}
          </div>
          <TextAreaField
            label={t('respond.action.note')}
            hint={t('respond.action.noteHint')}
            value={note}
            onValueChange={setNote}
            rows={2}
            error={serverFieldError(take.error, 'note')}
            maxLength={2000}
            disabled={take.isBusy}
          />
          <div className="form-actions case-form-actions">
            <button type="submit" className="button button-primary" disabled={take.isBusy}>
              {take.isBusy ? t('common.saving') : t('respond.action.take')}
            </button>
            {taken && <p className="muted" role="status">{t('respond.action.taken', { label: taken })}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
