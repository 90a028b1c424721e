import { useId } from 'react';
import { responseChannels } from '../../../api/surveys.js';
import { intentNames, sentimentLabels } from '../../../api/textInsights.js';
import type { Topic } from '../../../api/textInsights.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import type { Loaded } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { intentLabels, sentimentNames } from '../../insights/text/textLabels.js';
import { IconButton } from '../../surveys/controls.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { hasSubject, newTest, opHasValue, opsFor, scoreScale, testFields } from './ruleForm.js';
import type { TestField, TestForm, TestOp } from './ruleForm.js';
import { opLabel, testFieldLabels } from './ruleText.js';
import type { SurveyFacts } from './surveyFacts.js';

interface TestFieldsProps {
  test: TestForm;
  /** 1-based, for the group's name and the remove button's. */
  n: number;
  /** Where the server names this test's problems: `condition.tests.<i>`. */
  path: string;
  facts: SurveyFacts;
  /** The workspace's topics, for a test on a comment's topic. */
  topics: Loaded<Topic[]>;
  errorFor: (path: string) => string | undefined;
  onChange: (test: TestForm) => void;
  onRemove?: (() => void) | undefined;
}

/** One test: "[field] ([question, attribute or hidden field]) [condition] [value]", with its own remove button. */
export function TestFields({ test, n, path, facts, topics, errorFor, onChange, onRemove }: TestFieldsProps) {
  const { t } = useI18n();
  const listId = useId();
  const question = test.field === 'answer' ? facts.questions.find((q) => q.id === test.subject) : undefined;
  const ops = opsFor(test.field, question?.kind);
  const shownOps = ops.includes(test.op) || ops.length === 0 ? ops : [test.op, ...ops];

  const chooseField = (value: string) => onChange(newTest(value as TestField));
  const chooseQuestion = (id: string) => {
    const kind = facts.questions.find((q) => q.id === id)?.kind;
    const fitting = opsFor('answer', kind);
    onChange({ ...test, subject: id, op: fitting.includes(test.op) ? test.op : fitting[0]!, value: '' });
  };

  return (
    <fieldset className="rule-test">
      <legend className="visually-hidden">{t('respond.setup.rules.testN', { n })}</legend>
      <SelectField
        label={t('respond.setup.rules.testField')}
        value={test.field}
        options={testFields.map((field) => ({ value: field, label: t(testFieldLabels[field]) }))}
        onValueChange={chooseField}
        error={errorFor(`${path}.field`) ?? errorFor(path)}
      />
      {hasSubject(test.field) && (
        <SubjectField test={test} path={path} facts={facts} listId={listId} errorFor={errorFor} onChange={onChange} onQuestion={chooseQuestion} />
      )}
      {ops.length > 0 && (
        <SelectField
          label={t('surveys.logic.op')}
          value={test.op}
          options={shownOps.map((op) => ({ value: op, label: t(opLabel(test.field, op)) }))}
          onValueChange={(op) => onChange({ ...test, op: op as TestOp })}
          error={errorFor(`${path}.op`)}
        />
      )}
      {ops.length > 0 && opHasValue(test.op) && <ValueField test={test} facts={facts} topics={topics} error={errorFor(`${path}.value`)} onChange={(value) => onChange({ ...test, value })} />}
      {test.field === 'csat_problem' && <p className="field-hint rule-test-note">{t('respond.setup.rules.csatProblemHint')}</p>}
      {onRemove && <IconButton icon="close" tone="danger" className="rule-test-remove" label={t('respond.setup.rules.removeTest', { n })} onClick={onRemove} />}
    </fieldset>
  );
}

interface SubjectFieldProps {
  test: TestForm;
  path: string;
  facts: SurveyFacts;
  listId: string;
  errorFor: (path: string) => string | undefined;
  onChange: (test: TestForm) => void;
  onQuestion: (id: string) => void;
}

/** Which question, contact attribute or hidden field the test reads. */
function SubjectField({ test, path, facts, listId, errorFor, onChange, onQuestion }: SubjectFieldProps) {
  const { t } = useI18n();
  const set = (subject: string) => onChange({ ...test, subject });
  if (test.field === 'answer') {
    const error = errorFor(`${path}.question`);
    if (facts.questions.length === 0) {
      return <TextField label={t('respond.setup.rules.questionId')} hint={t('respond.setup.rules.questionIdHint')} value={test.subject} onValueChange={onQuestion} spellCheck={false} autoComplete="off" error={error} />;
    }
    const isKnown = facts.questions.some((q) => q.id === test.subject);
    return (
      <SelectField
        label={t('respond.setup.rules.question')}
        value={test.subject}
        options={[
          ...(test.subject === '' ? [{ value: '', label: t('respond.setup.rules.chooseQuestion') }] : []),
          ...(isKnown || test.subject === '' ? [] : [{ value: test.subject, label: t('surveys.logic.unknownQuestion', { id: test.subject }) }]),
          ...facts.questions.map((q) => ({ value: q.id, label: q.label })),
        ]}
        onValueChange={onQuestion}
        error={error}
      />
    );
  }
  if (test.field === 'contact') {
    return <TextField label={t('respond.setup.rules.attribute')} placeholder="revenue" value={test.subject} onValueChange={set} spellCheck={false} autoComplete="off" error={errorFor(`${path}.attribute`)} />;
  }
  return (
    <>
      <TextField label={t('respond.setup.rules.hiddenKey')} value={test.subject} onValueChange={set} list={listId} spellCheck={false} autoComplete="off" error={errorFor(`${path}.key`)} />
      <datalist id={listId}>
        {facts.hiddenKeys.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
    </>
  );
}

interface ValueFieldProps {
  test: TestForm;
  facts: SurveyFacts;
  topics: Loaded<Topic[]>;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** The value compared with: a score, an option, a channel, a sentiment, an intent, a topic, or what was typed. */
function ValueField({ test, facts, topics, error, onChange }: ValueFieldProps) {
  const { t } = useI18n();
  const labels = useResponseLabels();
  const listId = useId();
  const label = t('surveys.logic.value');
  if (test.field === 'sentiment' || test.field === 'intent') {
    const options = test.field === 'sentiment' ? sentimentLabels.map((s) => ({ value: s, label: t(sentimentNames[s]) })) : intentNames.map((i) => ({ value: i, label: t(intentLabels[i]) }));
    return <SelectField label={label} value={test.value} options={options} onValueChange={onChange} error={error} />;
  }
  if (test.field === 'topic') return <TopicField label={label} value={test.value} topics={topics} error={error} onChange={onChange} />;
  if (test.field === 'nps' || test.field === 'csat' || test.field === 'ces') {
    const { min, max } = scoreScale(test.field);
    return <TextField label={label} type="number" inputMode="numeric" min={min} max={max} step={1} value={test.value} onValueChange={onChange} error={error} hint={t('respond.setup.rules.scale', { min, max })} />;
  }
  if (test.field === 'channel') {
    const known = (responseChannels as readonly string[]).includes(test.value);
    return (
      <SelectField
        label={label}
        value={test.value}
        options={[...(known ? [] : [{ value: test.value, label: test.value }]), ...responseChannels.map((c) => ({ value: c, label: labels.channel(c) }))]}
        onValueChange={onChange}
        error={error}
      />
    );
  }
  const question = test.field === 'answer' ? facts.questions.find((q) => q.id === test.subject) : undefined;
  if (question && (question.kind === 'choice' || question.kind === 'choices') && question.options.length > 0) {
    const isKnown = question.options.some((o) => o.id === test.value);
    return (
      <SelectField
        label={label}
        value={test.value}
        options={[
          ...(test.value === '' ? [{ value: '', label: t('respond.setup.rules.chooseOption') }] : isKnown ? [] : [{ value: test.value, label: test.value }]),
          ...question.options.map((o) => ({ value: o.id, label: o.label })),
        ]}
        onValueChange={onChange}
        error={error}
      />
    );
  }
  const type = question?.kind === 'number' ? 'number' : question?.kind === 'date' ? 'date' : 'text';
  const suggestions = test.field === 'language' ? facts.languages : [];
  return (
    <>
      <TextField label={label} type={type} value={test.value} onValueChange={onChange} maxLength={test.field === 'language' ? 50 : 500} list={suggestions.length ? listId : undefined} autoComplete="off" error={error} />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s}>
              {labels.language(s)}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}

/**
 * A topic of the workspace, by name. With none to choose (none defined, or they cannot be read) the
 * select stays shut and says where topics are made; a chosen topic that is gone is named as such.
 */
function TopicField({ label, value, topics, error, onChange }: { label: string; value: string; topics: Loaded<Topic[]>; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const list = topics.data ?? [];
  const isKnown = list.some((topic) => topic.id === value);
  const gone = topics.data ? t('insights.text.filter.unknownTopic') : t('respond.setup.unnamedTopic');
  const hint = topics.isLoading ? undefined : !topics.data ? t('respond.setup.rules.topicsUnavailable') : list.length === 0 ? t('respond.setup.rules.noTopics') : undefined;
  return (
    <SelectField
      label={label}
      value={value}
      options={[...(value === '' ? [{ value: '', label: t(topics.isLoading ? 'common.loading' : 'respond.setup.rules.chooseTopic') }] : isKnown ? [] : [{ value, label: gone }]), ...list.map((topic) => ({ value: topic.id, label: topic.name }))]}
      onValueChange={onChange}
      disabled={list.length === 0}
      hint={hint}
      error={error}
    />
  );
}
