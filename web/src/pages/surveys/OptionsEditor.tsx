import type { Option } from '../../../../src/engine/survey/schema.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { IconButton, SurveyIcon, useFocusAfterChange } from './controls.js';
import { addOption, moveItem, setText } from './definition.js';
import type { Wording } from './definition.js';

type Kind = 'option' | 'row' | 'column';

const words: Record<Kind, { legend: MessageKey; item: MessageKey; add: MessageKey }> = {
  option: { legend: 'surveys.options', item: 'surveys.optionN', add: 'surveys.addOption' },
  row: { legend: 'surveys.rows', item: 'surveys.rowN', add: 'surveys.addRow' },
  column: { legend: 'surveys.columns', item: 'surveys.columnN', add: 'surveys.addColumn' },
};

interface OptionsEditorProps {
  kind: Kind;
  items: readonly Option[];
  language: string;
  wording: Wording;
  min: number;
  max: number;
  onChange: (items: Option[]) => void;
}

/** A list of answer options (or matrix rows or columns): edit the label, reorder with buttons, add and remove. */
export function OptionsEditor({ kind, items, language, wording, min, max, onChange }: OptionsEditorProps) {
  const { t } = useI18n();
  const { ref: listRef, focusAfter } = useFocusAfterChange<HTMLOListElement>();
  const text = words[kind];
  const focusRow = (index: number, action: string) => {
    const row = `:scope > li:nth-child(${index + 1})`;
    focusAfter(`${row} [data-action="${action}"]:not(:disabled)`, `${row} input`);
  };

  const move = (index: number, delta: -1 | 1) => {
    focusRow(index + delta, delta < 0 ? 'up' : 'down');
    onChange(moveItem(items, index, delta));
  };
  const remove = (index: number) => {
    focusRow(Math.min(index, items.length - 2), 'remove');
    onChange(items.filter((_, i) => i !== index));
  };
  const add = () => {
    focusRow(items.length, 'label');
    onChange(addOption(items, wording, kind));
  };

  return (
    <fieldset className="options-editor">
      <legend>{t(text.legend)}</legend>
      <ol ref={listRef}>
        {items.map((item, index) => {
          const label = t(text.item, { n: index + 1 });
          return (
            <li key={item.id}>
              <input
                aria-label={label}
                data-action="label"
                value={item.label[language] ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  onChange(items.map((o, i) => (i === index ? { ...o, label: setText(o.label, language, value, language) } : o)));
                }}
              />
              <IconButton icon="up" label={`${t('surveys.moveUp')}: ${label}`} data-action="up" disabled={index === 0} onClick={() => move(index, -1)} />
              <IconButton icon="down" label={`${t('surveys.moveDown')}: ${label}`} data-action="down" disabled={index === items.length - 1} onClick={() => move(index, 1)} />
              <IconButton icon="close" tone="danger" label={`${t('surveys.remove')}: ${label}`} data-action="remove" disabled={items.length <= min} onClick={() => remove(index)} />
            </li>
          );
        })}
      </ol>
      {items.length < max && (
        <button type="button" className="button button-secondary button-small" onClick={add}>
          <SurveyIcon name="plus" />
          {t(text.add)}
        </button>
      )}
    </fieldset>
  );
}
