import { useId } from 'react';

interface CheckboxListProps {
  legend: string;
  items: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** Shown instead of the list when there is nothing to pick. */
  empty?: string;
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
}

/** A group of checkboxes picking some of a list; what is picked keeps the list's order. */
export function CheckboxList({ legend, items, chosen, onChange, empty, hint, error, disabled, className }: CheckboxListProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, isOn: boolean) => {
    const next = new Set(chosen);
    if (isOn) next.add(value);
    else next.delete(value);
    // Ids the list no longer has (a deleted survey) stay until unticked elsewhere; keep them last.
    onChange([...items.map((item) => item.value).filter((v) => next.has(v)), ...chosen.filter((v) => next.has(v) && !items.some((item) => item.value === v))]);
  };
  return (
    <fieldset className={['checkbox-group', 'pick-list', className].filter(Boolean).join(' ')} aria-describedby={describedBy} disabled={disabled}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {items.length === 0 && empty && <p className="muted">{empty}</p>}
      {items.length > 0 && (
        <div className="pick-list-items">
          {items.map((item) => (
            <label key={item.value} className="checkbox">
              <input type="checkbox" checked={chosen.includes(item.value)} onChange={(event) => toggle(item.value, event.target.checked)} aria-invalid={error ? true : undefined} />
              {item.label}
            </label>
          ))}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
