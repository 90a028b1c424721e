import { useId } from 'react';
import type { Condition, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { defaultRule } from './conditions.js';
import { ConditionEditor } from './ConditionEditor.js';

interface LogicEditorProps {
  survey: SurveyDefinition;
  /** The questions asked before this one: the only ones a condition may look at. */
  earlier: readonly Question[];
  condition: Condition | undefined;
  onChange: (condition: Condition | undefined) => void;
  numberOf: (questionId: string) => number | undefined;
  /** Whether the condition decides a whole page rather than one question. */
  isPage?: boolean;
}

/** "Show only if…": a switch, then the rules on earlier answers and hidden fields that must hold. */
export function LogicEditor({ survey, earlier, condition, onChange, numberOf, isPage = false }: LogicEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const starter = defaultRule(earlier, survey.hiddenFields, survey.defaultLanguage);
  const isOn = condition !== undefined;

  return (
    <div className="logic-editor">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isOn}
          disabled={!isOn && !starter}
          onChange={(event) => onChange(event.target.checked ? (starter ?? undefined) : undefined)}
          aria-describedby={isOn ? undefined : `${id}-hint`}
        />
        {t(isPage ? 'surveys.logic.showPageOnlyIf' : 'surveys.logic.showOnlyIf')}
      </label>
      {!isOn && (
        <p id={`${id}-hint`} className="field-hint">
          {starter ? t('surveys.logic.always') : t('surveys.logic.noEarlier')}
        </p>
      )}
      {isOn && (
        <ConditionEditor
          survey={survey}
          questions={earlier}
          numberOf={numberOf}
          condition={condition}
          onChange={onChange}
          legend={t(isPage ? 'surveys.logic.showPageOnlyIf' : 'surveys.logic.showOnlyIf')}
          isLegendHidden
          onRemove={() => onChange(undefined)}
        />
      )}
    </div>
  );
}
