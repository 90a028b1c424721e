import { TextAreaField } from '../../../components/TextAreaField.js';
import { TextField } from '../../../components/TextField.js';
import { useRoleLabel } from '../../../hooks/useLabels.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { AddButton, IconButton, useFocusAfterChange } from '../../surveys/controls.js';
import { CheckboxList } from './CheckboxList.js';
import { keyFrom, newEmpoweredAction } from './settingsForm.js';
import type { EmpoweredForm } from './settingsForm.js';

interface EmpoweredActionsFieldProps {
  actions: EmpoweredForm[];
  roles: readonly string[];
  errorFor: (path: string) => string | undefined;
  onChange: (actions: EmpoweredForm[]) => void;
}

/** What the frontline may do without asking: who may take each action and, for an amount, the most per role. */
export function EmpoweredActionsField({ actions, roles, errorFor, onChange }: EmpoweredActionsFieldProps) {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const set = (i: number, changes: Partial<EmpoweredForm>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...changes } : a)));
  // Viewers and analysts never work cases; a role kept from before still shows.
  const offered = (action: EmpoweredForm) => [...new Set([...roles.filter((r) => r !== 'viewer' && r !== 'analyst'), ...action.allowedRoles])];

  return (
    <section ref={ref} className="card" aria-labelledby="empowered-title">
      <h2 id="empowered-title">{t('respond.setup.settings.actions')}</h2>
      <p className="field-hint">{t('respond.setup.settings.actionsHint')}</p>
      {errorFor('actions') && <p className="field-error">{errorFor('actions')}</p>}
      {actions.length === 0 && <p className="muted">{t('respond.setup.settings.noActions')}</p>}
      <ol className="setup-items empowered-actions">
        {actions.map((action, i) => {
          const n = i + 1;
          const path = `actions.${i}`;
          const unit = action.unit.trim();
          return (
            <li key={i}>
              <fieldset className="setup-item">
                <legend>{action.label.trim() || t('respond.setup.settings.actionN', { n })}</legend>
                <IconButton
                  icon="close"
                  tone="danger"
                  className="setup-item-remove"
                  label={action.label.trim() ? t('respond.setup.settings.removeNamed', { name: action.label.trim() }) : t('respond.setup.settings.removeAction', { n })}
                  onClick={() => {
                    focusAfter(`.empowered-actions > li:nth-child(${Math.min(n, actions.length - 1)}) .setup-item-remove`, '[data-action="add-empowered"]');
                    onChange(actions.filter((_, j) => j !== i));
                  }}
                />
                <div className="setup-item-grid">
                  <TextField label={t('respond.setup.settings.actionLabel')} value={action.label} maxLength={200} onValueChange={(label) => set(i, { label })} autoComplete="off" error={errorFor(`${path}.label`)} />
                  {action.isNew ? (
                    <TextField label={t('respond.setup.settings.id')} hint={t('respond.setup.settings.idHint')} placeholder={keyFrom(action.label)} value={action.id} maxLength={64} onValueChange={(id) => set(i, { id })} spellCheck={false} autoComplete="off" error={errorFor(`${path}.id`)} />
                  ) : (
                    <p className="setup-id">
                      <span className="muted">{t('respond.setup.settings.id')}</span> <code>{action.id}</code>
                    </p>
                  )}
                </div>
                <TextAreaField label={t('respond.setup.settings.actionDescription')} rows={2} maxLength={1000} value={action.description} onValueChange={(description) => set(i, { description })} error={errorFor(`${path}.description`)} />
                <TextField
                  className="field-narrow"
                  label={t('respond.setup.settings.unit')}
                  hint={t('respond.setup.settings.unitHint')}
                  value={action.unit}
                  maxLength={20}
                  onValueChange={(value) => set(i, { unit: value })}
                  autoComplete="off"
                  error={errorFor(`${path}.unit`)}
                />
                <CheckboxList
                  legend={t('respond.setup.settings.allowedRoles')}
                  items={offered(action).map((role) => ({ value: role, label: roleLabel(role) }))}
                  chosen={action.allowedRoles}
                  onChange={(allowedRoles) => set(i, { allowedRoles })}
                  error={errorFor(`${path}.allowedRoles`)}
                />
                {unit && action.allowedRoles.length > 0 && (
                  <fieldset className="setup-limits">
                    <legend>{t('respond.setup.settings.limits')}</legend>
                    <p className="field-hint">{t('respond.setup.settings.limitsHint')}</p>
                    <div className="setup-item-grid">
                      {action.allowedRoles.map((role) => (
                        <TextField
                          key={role}
                          label={t('respond.setup.settings.limitFor', { role: roleLabel(role), unit })}
                          type="number"
                          inputMode="decimal"
                          min={0}
                          value={action.maxAmounts[role] ?? ''}
                          onValueChange={(most) => set(i, { maxAmounts: { ...action.maxAmounts, [role]: most } })}
                          error={errorFor(`${path}.maxAmountByRole.${role}`)}
                        />
                      ))}
                    </div>
                  </fieldset>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {actions.length < 50 && (
        <AddButton
          label={t('respond.setup.settings.addAction')}
          data-action="add-empowered"
          onClick={() => {
            focusAfter('.empowered-actions > li:last-child input');
            onChange([...actions, newEmpoweredAction()]);
          }}
        />
      )}
    </section>
  );
}
