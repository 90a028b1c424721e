import type { Jump, LocalizedText, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyProblem } from '../../api/surveys.js';
import { SelectField } from '../../components/SelectField.js';
import type { SelectOption } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { questionsBeforePage, shorten } from './conditions.js';
import { ConditionEditor } from './ConditionEditor.js';
import { AddButton, IconButton, InlineProblems, useFocusAfterChange } from './controls.js';
import { moveItem } from './definition.js';
import { Editable } from './editing.js';
import { maxJumps, newJump, targetFrom, targetValue, updateJumps } from './flow.js';
import { isJumpProblem } from './problems.js';

interface JumpsEditorProps {
  survey: SurveyDefinition;
  /** The page's index. */
  index: number;
  problems: readonly SurveyProblem[];
  numberOf: (questionId: string) => number | undefined;
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
}

/**
 * "After this page": the jumps checked once the page is answered, in order, the first that holds
 * deciding where the respondent goes: a later page or an end screen.
 */
export function JumpsEditor({ survey, index, problems, numberOf, edit }: JumpsEditorProps) {
  const { t } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const page = survey.pages[index];
  if (!page) return null;
  const language = survey.defaultLanguage;
  const headingId = `page-${index}-jumps-title`;
  const fresh = newJump(survey, index);
  const questions = questionsBeforePage(survey, index + 1);
  const setJumps = (change: (jumps: Jump[]) => Jump[]) => edit((s) => updateJumps(s, index, change));
  const titled = (title: LocalizedText | undefined, plain: string, key: 'surveys.jumps.pageTitled' | 'surveys.jumps.endingTitled', n: number) => {
    const text = title?.[language]?.trim();
    return text ? t(key, { n, title: shorten(text, 50) }) : plain;
  };
  const targets: SelectOption[] = [
    ...survey.pages.flatMap((p, i) => (i > index ? [{ value: `page:${p.id}`, label: titled(p.title, t('surveys.pageShort', { n: i + 1 }), 'surveys.jumps.pageTitled', i + 1) }] : [])),
    ...survey.endings.map((e, i) => ({ value: `ending:${e.id}`, label: titled(e.title, t('surveys.endingN', { n: i + 1 }), 'surveys.jumps.endingTitled', i + 1) })),
  ];
  const jumpRow = (j: number) => `.jump-list > li:nth-child(${j + 1})`;

  const move = (j: number, delta: -1 | 1) => {
    focusAfter(`${jumpRow(j + delta)} [data-action="${delta < 0 ? 'up' : 'down'}"]:not(:disabled)`, `${jumpRow(j + delta)} select`);
    setJumps((jumps) => moveItem(jumps, j, delta));
  };
  const remove = (j: number) => {
    focusAfter(`${jumpRow(Math.min(j, page.jumps.length - 2))} [data-action="remove"]`, '[data-action="add-jump"]');
    setJumps((jumps) => jumps.filter((_, i) => i !== j));
  };
  const add = () => {
    if (!fresh) return;
    focusAfter(`${jumpRow(page.jumps.length)} select`);
    setJumps((jumps) => [...jumps, fresh]);
  };

  return (
    <section ref={ref} className="jumps-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('surveys.jumps.title')}</h3>
      <p className="field-hint">{t(index === survey.pages.length - 1 ? 'surveys.jumps.hintLast' : 'surveys.jumps.hint')}</p>
      <Editable>
        {page.jumps.length > 0 && (
          <ol className="jump-list">
            {page.jumps.map((jump, j) => {
              const n = j + 1;
              const value = targetValue(jump.to);
              const known = targets.some((option) => option.value === value);
              const own = problems.filter((p) => isJumpProblem(p, index, j));
              return (
                <li key={j}>
                  <fieldset className="jump">
                    <legend>{t('surveys.jumps.n', { n })}</legend>
                    <div className="jump-actions">
                      <IconButton icon="up" label={t('surveys.jumps.moveUp', { n })} data-action="up" disabled={j === 0} onClick={() => move(j, -1)} />
                      <IconButton icon="down" label={t('surveys.jumps.moveDown', { n })} data-action="down" disabled={j === page.jumps.length - 1} onClick={() => move(j, 1)} />
                      <IconButton icon="trash" tone="danger" label={t('surveys.jumps.remove', { n })} data-action="remove" onClick={() => remove(j)} />
                    </div>
                    <InlineProblems problems={own} />
                    <ConditionEditor
                      survey={survey}
                      questions={questions}
                      numberOf={numberOf}
                      condition={jump.if}
                      legend={t('surveys.jumps.if')}
                      onChange={(condition) => setJumps((jumps) => jumps.map((old, i) => (i === j ? { ...old, if: condition } : old)))}
                    />
                    <SelectField
                      className="jump-target"
                      label={t('surveys.jumps.to')}
                      value={value}
                      options={known ? targets : [{ value, label: t('surveys.jumps.unknownTarget', { id: 'page' in jump.to ? jump.to.page : jump.to.ending }) }, ...targets]}
                      onValueChange={(next) => setJumps((jumps) => jumps.map((old, i) => (i === j ? { ...old, to: targetFrom(next) } : old)))}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <AddButton label={t('surveys.jumps.add')} data-action="add-jump" disabled={!fresh || page.jumps.length >= maxJumps} onClick={add} />
        {!fresh && <p className="field-hint">{t('surveys.jumps.nothingToUse')}</p>}
      </Editable>
    </section>
  );
}
