import { useEffect, useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { AddButton, IconButton, InlineProblems, useFocusAfterChange } from './controls.js';
import { Editable, useCanEdit } from './editing.js';
import { addHiddenField, hiddenKeyProblem, maxHiddenFields, removeHiddenField, renameHiddenField, setHiddenFieldLabel } from './flow.js';
import type { KeyProblem } from './flow.js';
import { placeOf } from './problems.js';
import type { TextsProps } from './SurveyTexts.js';

const keyProblems: Record<KeyProblem, MessageKey> = {
  pattern: 'surveys.hidden.keyPattern',
  taken: 'surveys.hidden.keyTaken',
  reserved: 'surveys.hidden.keyReserved',
};

/**
 * Hidden fields: values that come with the survey (link parameters such as `?order_id=123`, the
 * widget or the API) for conditions and for filling into texts.
 */
export function HiddenFieldsEditor({ survey, problems, edit }: TextsProps) {
  const { t } = useI18n();
  const canEdit = useCanEdit();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const fields = survey.hiddenFields;

  const add = () => {
    focusAfter(`#hidden-field-${fields.length} input`);
    edit(addHiddenField);
  };
  const remove = (f: number) => {
    focusAfter(`#hidden-field-${Math.min(f, fields.length - 2)} [data-action="remove"]`, '[data-action="add-hidden-field"]');
    edit((s) => removeHiddenField(s, f));
  };

  return (
    <section ref={ref} id="hidden-fields" tabIndex={-1} className="builder-card" aria-labelledby="hidden-fields-title">
      <h2 id="hidden-fields-title">{t('surveys.hidden.title')}</h2>
      <p className="field-hint">{t('surveys.hidden.hint')}</p>
      {fields.length === 0 && <p className="muted">{t('surveys.hidden.none')}</p>}
      {fields.length > 0 && (
        <ol className="hidden-field-list">
          {fields.map((field, f) => {
            const n = f + 1;
            const own = problems.filter((p) => {
              const place = placeOf(p.path);
              return place.kind === 'hiddenField' && place.field === f;
            });
            // Keyed by position: a rename must not remount the row, or the key field would lose focus as it is typed.
            return (
              <li key={f} id={`hidden-field-${f}`} tabIndex={-1} className="hidden-field">
                <Editable className="hidden-field-row">
                  <legend className="visually-hidden">{t('surveys.hidden.n', { n })}</legend>
                  <KeyField survey={survey} index={f} value={field.key} onValue={(key) => edit((s) => renameHiddenField(s, f, key))} />
                  <TextField
                    label={t('surveys.hidden.label')}
                    hint={t('surveys.hidden.labelHint')}
                    maxLength={200}
                    value={field.label ?? ''}
                    onValueChange={(label) => edit((s) => setHiddenFieldLabel(s, f, label))}
                  />
                  <IconButton icon="trash" tone="danger" className="hidden-field-remove" label={t('surveys.hidden.remove', { n })} data-action="remove" onClick={() => remove(f)} />
                </Editable>
                <InlineProblems problems={own} />
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && fields.length < maxHiddenFields && <AddButton label={t('surveys.hidden.add')} data-action="add-hidden-field" onClick={add} />}
    </section>
  );
}

interface KeyFieldProps {
  survey: SurveyDefinition;
  index: number;
  value: string;
  onValue: (key: string) => void;
}

/** The key as typed: the survey takes it only once it is a usable key; until then the field says what is wrong. */
function KeyField({ survey, index, value, onValue }: KeyFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const problem = text === value ? null : hiddenKeyProblem(survey, index, text);
  return (
    <TextField
      label={t('surveys.hidden.key')}
      hint={t('surveys.hidden.keyHint', { key: value })}
      className="hidden-field-key"
      spellCheck={false}
      autoCapitalize="off"
      maxLength={64}
      value={text}
      error={problem ? t(keyProblems[problem], { key: text }) : undefined}
      onValueChange={(next) => {
        setText(next);
        if (!hiddenKeyProblem(survey, index, next)) onValue(next);
      }}
    />
  );
}
