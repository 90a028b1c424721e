import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionType } from '../../../../src/engine/survey/schema.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SurveyIcon } from './controls.js';
import { questionTypes } from './definition.js';
import { questionTypeText } from './questionTypes.js';

/**
 * "Add question" opens a panel of the fourteen types. It is a disclosure, not an ARIA menu:
 * ordinary buttons in tab order. Escape closes it and gives focus back; moving focus elsewhere closes it too.
 */
export function AddQuestionMenu({ label, onAdd }: { label: string; onAdd: (type: QuestionType) => void }) {
  const { t } = useI18n();
  const panelId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (isOpen) panelRef.current?.querySelector('button')?.focus();
  }, [isOpen]);

  const close = () => {
    setIsOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div
      className="add-question"
      onBlur={(event) => {
        // Closes when focus leaves the button and its panel altogether (a click elsewhere, Tab past the end).
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOpen(false);
      }}
    >
      <button ref={toggleRef} type="button" className="button button-secondary" aria-expanded={isOpen} aria-controls={panelId} onClick={() => setIsOpen((open) => !open)}>
        <SurveyIcon name="plus" />
        {label}
      </button>
      {isOpen && (
        <div
          ref={panelRef}
          id={panelId}
          className="add-question-panel"
          role="group"
          aria-label={t('surveys.chooseType')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          {questionTypes.map((type) => (
            <button
              key={type}
              type="button"
              className="type-choice"
              onClick={() => {
                setIsOpen(false);
                onAdd(type);
              }}
            >
              <span className="type-choice-name">{t(questionTypeText[type].name)}</span>
              <span className="type-choice-hint">{t(questionTypeText[type].hint)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
