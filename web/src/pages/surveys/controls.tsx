import { useEffect, useId, useRef, useState } from 'react';
import type { ButtonHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { SurveyProblem } from '../../api/surveys.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isTranslationWarning } from './problems.js';

/** Small pieces the survey screens share: line icons, icon buttons and number and multi-line fields. */

const paths = {
  up: 'M12 19V5M5 12l7-7 7 7',
  down: 'M12 5v14M19 12l-7 7-7-7',
  duplicate: 'M9 9h11v11H9zM5 15H4V4h11v1',
  trash: 'M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14M10 11v6M14 11v6',
  plus: 'M12 5v14M5 12h14',
  close: 'M18 6L6 18M6 6l12 12',
  download: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  logic: 'M6 3v12M6 15a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 9c0 6-12 3-12 9',
} as const;

export type SurveyIconName = keyof typeof paths;

export function SurveyIcon({ name }: { name: SurveyIconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

type AddButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type' | 'className'> & { label: string; isSmall?: boolean };

/** "+ Add …" under a list, on a line of its own; `data-action` lets focus come back to it when the list empties. */
export function AddButton({ label, isSmall = true, ...rest }: AddButtonProps) {
  return (
    <div>
      <button type="button" className={`button button-secondary${isSmall ? ' button-small' : ''}`} {...rest}>
        <SurveyIcon name="plus" />
        {label}
      </button>
    </div>
  );
}

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> & { icon: SurveyIconName; label: string; tone?: 'default' | 'danger' };

/** A compact button that shows an icon; its label is its accessible name and its tooltip. */
export function IconButton({ icon, label, tone = 'default', className, ...rest }: IconButtonProps) {
  return (
    <button type="button" className={['icon-button', tone === 'danger' ? 'icon-button-danger' : '', className].filter(Boolean).join(' ')} aria-label={label} title={label} {...rest}>
      <SurveyIcon name={icon} />
    </button>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onValue: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  /** When set, an empty field means "no value" rather than an error. */
  isOptional?: boolean;
  className?: string;
}

/**
 * A whole-number field that lets people type freely: the survey changes only when the text is a
 * number in range, and the field says when it is not.
 */
export function NumberField({ label, value, onValue, min, max, step = 1, hint, isOptional, className }: NumberFieldProps) {
  const { t } = useI18n();
  const rangeProblem = t('surveys.numberRange', { min: min ?? 0, max: max ?? '∞' });
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    setText((current) => (Number(current) === value && current !== '' ? current : value === undefined ? '' : String(value)));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(isOptional ? undefined : rangeProblem);
      if (isOptional) onValue(undefined);
      return;
    }
    const number = Number(next);
    const isValid = Number.isFinite(number) && (step !== 1 || Number.isInteger(number)) && (min === undefined || number >= min) && (max === undefined || number <= max);
    setProblem(isValid ? undefined : rangeProblem);
    if (isValid) onValue(number);
  };

  return (
    <TextField
      className={className}
      label={label}
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={text}
      onValueChange={change}
      hint={hint}
      error={problem}
    />
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
};

export function TextAreaField({ label, value, onValueChange, hint, className, ...rest }: TextAreaProps) {
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} onChange={(event) => onValueChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The logic check's findings shown right at the question, page or screen they are about (missing translations are the translation view's). */
export function InlineProblems({ problems }: { problems: readonly SurveyProblem[] }) {
  const shown = problems.filter((problem) => !isTranslationWarning(problem));
  if (shown.length === 0) return null;
  return (
    <ul className="inline-problems">
      {shown.map((problem, i) => (
        <li key={i} className={`inline-problem inline-problem-${problem.severity}`}>
          {problem.problem}
        </li>
      ))}
    </ul>
  );
}

/**
 * Keeps keyboard focus where the person is after a list changes under it (a row added, removed or
 * moved): `focusAfter` names, in order of preference, what to focus inside `ref` once it re-renders.
 */
export function useFocusAfterChange<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const wanted = useRef<string[] | null>(null);
  useEffect(() => {
    const selectors = wanted.current;
    if (!selectors || !ref.current) return;
    wanted.current = null;
    const root = ref.current;
    selectors.map((selector) => root.querySelector<HTMLElement>(selector)).find(Boolean)?.focus();
  });
  return { ref, focusAfter: (...selectors: string[]) => void (wanted.current = selectors) };
}
