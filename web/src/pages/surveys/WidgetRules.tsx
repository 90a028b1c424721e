import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { IconButton, SurveyIcon } from './controls.js';
import { pageMatches, targetingOps } from './widget.js';
import type { WidgetValues } from './widget.js';

/** The widget form's two lists of rules: which pages, and which visitors. */

interface RulesProps<K extends 'pages' | 'targeting'> {
  rules: WidgetValues[K];
  onRules: (rules: WidgetValues[K]) => void;
  /** The error shown under a rule's field, by its path inside `widget` (`pages.0.value`). */
  errorOf: (path: string) => string | undefined;
}

function RuleList({ idBase, rows, addLabel, onAdd, isFull }: { idBase: string; rows: ReactNode[]; addLabel: string; onAdd: () => void; isFull: boolean }) {
  return (
    <div className="widget-rules" id={idBase}>
      {rows.length > 0 && <ol className="widget-rule-list">{rows}</ol>}
      <div>
        <button type="button" className="button button-secondary button-small" onClick={onAdd} disabled={isFull}>
          <SurveyIcon name="plus" />
          {addLabel}
        </button>
      </div>
    </div>
  );
}

function RuleErrors({ errors }: { errors: (string | undefined)[] }) {
  const shown = errors.filter(Boolean);
  return shown.length ? <p className="field-error">{shown.join(' ')}</p> : null;
}

export function PageRules({ rules, onRules, errorOf }: RulesProps<'pages'>) {
  const { t } = useI18n();
  const change = (i: number, patch: Partial<WidgetValues['pages'][number]>) => onRules(rules.map((rule, j) => (j === i ? { ...rule, ...patch } : rule)));
  const rows = rules.map((rule, i) => {
    const n = i + 1;
    const error = errorOf(`pages.${i}.value`) ?? errorOf(`pages.${i}.match`);
    return (
      <li key={i} className="widget-rule">
        <div className="field widget-rule-fields">
          <select aria-label={t('surveys.widget.pageMatch', { n })} value={rule.match} onChange={(event) => change(i, { match: event.target.value as typeof rule.match })}>
            {pageMatches.map((match) => (
              <option key={match} value={match}>
                {t(`surveys.widget.match.${match}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('surveys.widget.pageValue', { n })}
            aria-invalid={error ? true : undefined}
            value={rule.value}
            placeholder="/checkout"
            spellCheck={false}
            onChange={(event) => change(i, { value: event.target.value })}
          />
          <IconButton icon="trash" tone="danger" label={t('surveys.widget.removePage', { n })} onClick={() => onRules(rules.filter((_, j) => j !== i))} />
        </div>
        <RuleErrors errors={[error]} />
      </li>
    );
  });
  return <RuleList idBase="widget-pages" rows={rows} addLabel={t('surveys.widget.addPage')} isFull={rules.length >= 50} onAdd={() => onRules([...rules, { match: 'contains', value: '' }])} />;
}

export function TargetingRules({ rules, onRules, errorOf }: RulesProps<'targeting'>) {
  const { t } = useI18n();
  const change = (i: number, patch: Partial<WidgetValues['targeting'][number]>) => onRules(rules.map((rule, j) => (j === i ? { ...rule, ...patch } : rule)));
  const rows = rules.map((rule, i) => {
    const n = i + 1;
    const attributeError = errorOf(`targeting.${i}.attribute`);
    const valueError = errorOf(`targeting.${i}.value`);
    const hasValue = rule.op !== 'present' && rule.op !== 'absent';
    return (
      <li key={i} className="widget-rule">
        <div className="field widget-rule-fields">
          <input
            aria-label={t('surveys.widget.attribute', { n })}
            aria-invalid={attributeError ? true : undefined}
            value={rule.attribute}
            placeholder="plan"
            spellCheck={false}
            onChange={(event) => change(i, { attribute: event.target.value })}
          />
          <select aria-label={t('surveys.widget.op', { n })} value={rule.op} onChange={(event) => change(i, { op: event.target.value as typeof rule.op })}>
            {targetingOps.map((op) => (
              <option key={op} value={op}>
                {t(`surveys.widget.ops.${op}`)}
              </option>
            ))}
          </select>
          {hasValue && (
            <input
              aria-label={t('surveys.widget.value', { n })}
              aria-invalid={valueError ? true : undefined}
              value={rule.value}
              placeholder={rule.op === 'gt' || rule.op === 'lt' ? '10' : 'pro'}
              inputMode={rule.op === 'gt' || rule.op === 'lt' ? 'decimal' : undefined}
              onChange={(event) => change(i, { value: event.target.value })}
            />
          )}
          <IconButton icon="trash" tone="danger" label={t('surveys.widget.removeRule', { n })} onClick={() => onRules(rules.filter((_, j) => j !== i))} />
        </div>
        <RuleErrors errors={[attributeError, hasValue ? valueError : undefined]} />
      </li>
    );
  });
  return <RuleList idBase="widget-targeting" rows={rows} addLabel={t('surveys.widget.addRule')} isFull={rules.length >= 20} onAdd={() => onRules([...rules, { attribute: '', op: 'eq', value: '' }])} />;
}
