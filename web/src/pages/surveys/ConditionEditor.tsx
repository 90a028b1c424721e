import type { Condition } from '../../../../src/engine/survey/schema.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { asRuleList, defaultRule, fromRuleList } from './conditions.js';
import type { Join, Rule } from './conditions.js';
import { AddButton, useFocusAfterChange } from './controls.js';
import { RuleFields } from './RuleFields.js';
import type { RuleContext } from './RuleFields.js';

interface ConditionEditorProps extends RuleContext {
  condition: Condition;
  onChange: (condition: Condition) => void;
  /** The group's name; hidden when the words around it already say it. */
  legend: string;
  isLegendHidden?: boolean;
  /** Offered beside a condition the builder cannot edit; without it, removing is left to what holds the condition. */
  onRemove?: () => void;
}

/**
 * A condition as a list of rules joined by "all" or "any": add, change and remove rules. A
 * condition that negates or nests is shown as it is, read-only.
 */
export function ConditionEditor({ condition, onChange, legend, isLegendHidden = false, onRemove, ...context }: ConditionEditorProps) {
  const { t } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLFieldSetElement>();
  const list = asRuleList(condition);
  if (!list) {
    return (
      <div className="logic-complex">
        <p className="field-hint">{t('surveys.logic.complex')}</p>
        <pre>
          <code>{JSON.stringify(condition, null, 2)}</code>
        </pre>
        {onRemove && (
          <button type="button" className="button button-danger-quiet button-small" onClick={onRemove}>
            {t('surveys.logic.remove')}
          </button>
        )}
      </div>
    );
  }

  const { join, rules } = list;
  const change = (next: Rule[], nextJoin: Join = join) => {
    const updated = fromRuleList({ join: nextJoin, rules: next });
    if (updated) onChange(updated);
  };
  const added = defaultRule(context.questions, context.survey.hiddenFields, context.survey.defaultLanguage);

  return (
    <fieldset ref={ref} className="condition-editor">
      <legend className={isLegendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {rules.length > 1 && (
        <SelectField
          className="condition-join"
          label={t('surveys.logic.join')}
          value={join}
          options={[
            { value: 'all', label: t('surveys.logic.join.all') },
            { value: 'any', label: t('surveys.logic.join.any') },
          ]}
          onValueChange={(value) => change(rules, value as Join)}
        />
      )}
      <ol className="rule-list">
        {rules.map((rule, r) => (
          <li key={r}>
            {r > 0 && (
              <span className="rule-join-word" aria-hidden="true">
                {t(join === 'all' ? 'surveys.logic.and' : 'surveys.logic.or')}
              </span>
            )}
            <RuleFields
              {...context}
              rule={rule}
              n={r + 1}
              onChange={(next) => change(rules.map((old, i) => (i === r ? next : old)))}
              onRemove={
                rules.length > 1
                  ? () => {
                      focusAfter(`.rule-list > li:nth-child(${Math.min(r + 1, rules.length - 1)}) .rule-remove`, '[data-action="add-rule"]');
                      change(rules.filter((_, i) => i !== r));
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      {added && (
        <AddButton
          label={t('surveys.logic.addRule')}
          data-action="add-rule"
          onClick={() => {
            focusAfter('.rule-list > li:last-child select');
            change([...rules, added]);
          }}
        />
      )}
    </fieldset>
  );
}
