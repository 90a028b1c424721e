import { useId } from 'preact/hooks';
import { nativeLanguageName } from './language.js';

interface LanguageSwitcherProps {
  languages: readonly string[];
  value: string;
  label: string;
  onChange: (language: string) => void;
}

/** The survey's languages, each named in itself, so a person who cannot read the current one finds theirs. */
export function LanguageSwitcher({ languages, value, label, onChange }: LanguageSwitcherProps) {
  const id = useId();
  return (
    <div class="k-toolbar">
      <label class="k-sr" for={id}>
        {label}
      </label>
      <svg class="k-icon k-toolbar-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      <select id={id} class="k-language" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {languages.map((language) => (
          <option value={language} lang={language} key={language}>
            {nativeLanguageName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
