import { useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon.js';
import { useI18n } from '../../i18n/I18nProvider.js';

interface SnippetProps {
  label: string;
  code: string;
  hint?: string;
}

/** A piece of HTML to paste into the company's site: read-only, selectable, with a Copy button. */
export function Snippet({ label, code, hint }: SnippetProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      ref.current?.select();
      setCopyState('failed');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="snippet-row">
        <textarea
          ref={ref}
          id={id}
          className="snippet-code"
          readOnly
          value={code}
          rows={code.length > 160 ? 4 : 3}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <Icon name="copy" />
          {t('surveys.widget.copy')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
      <p className="field-hint" role="status">
        {copyState === 'copied' ? t('surveys.widget.copied') : copyState === 'failed' ? t('surveys.widget.copyFailed') : ''}
      </p>
    </div>
  );
}
