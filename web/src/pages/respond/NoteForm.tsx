import { useState } from 'react';
import type { FormEvent } from 'react';
import { addCaseNote } from '../../api/cases.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { CaseFormProps } from './CaseWork.js';

/** A note for the team on the timeline; the customer never sees it. */
export function NoteForm({ workspaceId, item, onChange }: CaseFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const save = useAction(async () => {
    onChange(await addCaseNote(workspaceId, item.id, text.trim()));
    setText('');
    setIsDone(true);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    setIsMissing(!text.trim());
    if (text.trim()) void save.run();
  };

  return (
    <section className="card case-card" aria-labelledby="case-note-title">
      <h2 id="case-note-title">{t('respond.note.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={save.error} fields={['text']} />
        <TextAreaField
          label={t('respond.note.text')}
          hint={t('respond.note.hint')}
          value={text}
          onValueChange={(value) => {
            setText(value);
            setIsDone(false);
          }}
          error={isMissing ? t('respond.note.missing') : serverFieldError(save.error, 'text')}
          maxLength={10000}
          disabled={save.isBusy}
        />
        <div className="form-actions case-form-actions">
          <button type="submit" className="button button-primary" disabled={save.isBusy}>
            {save.isBusy ? t('common.saving') : t('respond.note.add')}
          </button>
          {isDone && <p className="muted" role="status">{t('respond.note.added')}</p>}
        </div>
      </form>
    </section>
  );
}
