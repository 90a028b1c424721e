import { usesComments } from '../../../../../src/engine/respond/rules.js';
import type { Topic } from '../../../api/textInsights.js';
import { SelectField } from '../../../components/SelectField.js';
import type { Loaded } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { AddButton, useFocusAfterChange } from '../../surveys/controls.js';
import { newTest } from './ruleForm.js';
import type { RuleForm, TestForm } from './ruleForm.js';
import type { SurveyFacts } from './surveyFacts.js';
import { TestFields } from './TestFields.js';

const maxTests = 20;

interface ConditionFieldsProps {
  form: RuleForm;
  facts: SurveyFacts;
  topics: Loaded<Topic[]>;
  errorFor: (path: string) => string | undefined;
  onChange: (changes: Partial<RuleForm>) => void;
}

/** A response rule's condition: its tests, joined by "every" or "any"; tests on comments say when they are judged. */
export function ConditionFields({ form, facts, topics, errorFor, onChange }: ConditionFieldsProps) {
  const { t } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLFieldSetElement>();
  const { tests } = form;
  const setTests = (next: TestForm[]) => onChange({ tests: next });

  return (
    <fieldset ref={ref} className="rule-section">
      <legend>{t('respond.setup.rules.when')}</legend>
      <SelectField
        className="rule-match"
        label={t('respond.setup.rules.match')}
        value={form.match}
        options={[
          { value: 'all', label: t('respond.setup.rules.match.all') },
          { value: 'any', label: t('respond.setup.rules.match.any') },
        ]}
        onValueChange={(value) => onChange({ match: value === 'any' ? 'any' : 'all' })}
        error={errorFor('condition.match')}
      />
      {errorFor('condition.tests') && <p className="field-error">{errorFor('condition.tests')}</p>}
      <ol className="rule-tests">
        {tests.map((test, i) => (
          <li key={i}>
            {i > 0 && (
              <span className="rule-join-word" aria-hidden="true">
                {t(form.match === 'all' ? 'surveys.logic.and' : 'surveys.logic.or')}
              </span>
            )}
            <TestFields
              test={test}
              n={i + 1}
              path={`condition.tests.${i}`}
              facts={facts}
              topics={topics}
              errorFor={errorFor}
              onChange={(next) => setTests(tests.map((old, j) => (j === i ? next : old)))}
              onRemove={
                tests.length > 1
                  ? () => {
                      focusAfter(`.rule-tests > li:nth-child(${Math.min(i + 1, tests.length - 1)}) .rule-test-remove`, '[data-action="add-test"]');
                      setTests(tests.filter((_, j) => j !== i));
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      {usesComments(form) && <p className="field-hint">{t('respond.setup.rules.commentsHint')}</p>}
      {tests.length < maxTests && (
        <AddButton
          label={t('respond.setup.rules.addTest')}
          data-action="add-test"
          onClick={() => {
            focusAfter('.rule-tests > li:last-child select');
            setTests([...tests, newTest('nps')]);
          }}
        />
      )}
    </fieldset>
  );
}
