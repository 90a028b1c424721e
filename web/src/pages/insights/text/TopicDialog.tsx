import { useState } from 'react';
import type { FormEvent } from 'react';
import { createTopic, textLanguages, updateTopic } from '../../../api/textInsights.js';
import type { Topic, TopicInput } from '../../../api/textInsights.js';
import { Dialog } from '../../../components/Dialog.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { TextField } from '../../../components/TextField.js';
import { serverFieldError } from '../../../forms/errors.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useAction } from '../../../hooks/useAction.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { useTextView } from './TextViewContext.js';
import { examplePhrases } from './textValues.js';

interface TopicDialogProps {
  /** The topic to change; null for a new one. */
  topic: Topic | null;
  /** What a new topic starts with (a found phrase's text as its name, the phrase filed under it). */
  initial?: TopicInput | undefined;
  /** Found phrases as written, by key, to show filed phrases by their words. */
  phraseTexts: ReadonlyMap<string, string>;
  isOpen: boolean;
  onDismiss: () => void;
  onSaved: (topic: Topic) => void;
}

/** Creates or changes a topic: its name, example phrases per language and the found phrases filed under it. */
export function TopicDialog({ topic, isOpen, onDismiss, ...rest }: TopicDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={topic ? t('insights.text.topics.editTitle', { name: topic.name }) : t('insights.text.topics.newTitle')} onDismiss={onDismiss}>
      {isOpen && <TopicForm topic={topic} onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

const fields = ['name', 'examples', 'phraseKeys'] as const;

function TopicForm({ topic, initial, phraseTexts, onDismiss, onSaved }: Omit<TopicDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const { workspaceId } = useTextView();
  const words = useResponseLabels();
  const start = topic ?? initial ?? { name: '', examples: {}, phraseKeys: [] };
  const [name, setName] = useState(start.name);
  const [examples, setExamples] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(start.examples).map(([lang, list]) => [lang, list.join('\n')])));
  const [phraseKeys, setPhraseKeys] = useState(start.phraseKeys);
  const [newLang, setNewLang] = useState<string>(textLanguages[0]);
  const [newPhrase, setNewPhrase] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const exampleLists = Object.entries(examples).flatMap(([lang, text]) => {
    const list = examplePhrases(text);
    return list.length ? [[lang, list] as const] : [];
  });
  const input: TopicInput = { name: name.trim(), examples: Object.fromEntries(exampleLists), phraseKeys };
  const problems = { name: input.name ? undefined : t('insights.text.topics.nameMissing'), examples: Object.keys(input.examples).length || phraseKeys.length ? undefined : t('insights.text.topics.examplesMissing') };
  const save = useAction(async () => onSaved(topic ? await updateTopic(workspaceId, topic.id, input) : await createTopic(workspaceId, input)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    if (!problems.name && !problems.examples) void save.run();
  };
  const addPhrase = () => {
    const text = newPhrase.trim();
    if (!text) return;
    setPhraseKeys([...new Set([...phraseKeys, `${newLang}:${text}`])]);
    setNewPhrase('');
  };
  const phraseLabel = (key: string) => {
    const written = /^([a-z]{2,3}):(.+)$/.exec(key);
    if (written) return t('insights.text.topics.writtenPhrase', { phrase: written[2]!, language: words.language(written[1]!) });
    return phraseTexts.get(key) ?? key;
  };
  const languages = [...new Set([...textLanguages, ...Object.keys(examples)])];

  return (
    <form className="form topic-form" onSubmit={submit} noValidate>
      <FormErrorAlert error={save.error} fields={fields} />
      <TextField label={t('insights.text.topics.name')} value={name} onValueChange={setName} maxLength={80} required error={(isChecked && problems.name) || serverFieldError(save.error, 'name')} />
      <fieldset className="topic-examples">
        <legend>{t('insights.text.topics.examples')}</legend>
        <p className="field-hint">{t('insights.text.topics.examplesHint')}</p>
        {languages.map((lang) => (
          <TextAreaField
            key={lang}
            label={t('insights.text.topics.examplesIn', { language: words.language(lang) })}
            value={examples[lang] ?? ''}
            onValueChange={(text) => setExamples({ ...examples, [lang]: text })}
            rows={3}
            lang={lang}
          />
        ))}
        {isChecked && problems.examples && <p className="field-error">{problems.examples}</p>}
        {serverFieldError(save.error, 'examples') && <p className="field-error">{serverFieldError(save.error, 'examples')}</p>}
      </fieldset>
      <fieldset className="topic-phrases">
        <legend>{t('insights.text.topics.phrases')}</legend>
        {phraseKeys.length === 0 ? (
          <p className="muted">{t('insights.text.topics.noPhrases')}</p>
        ) : (
          <ul className="chip-list">
            {phraseKeys.map((key) => (
              <li key={key} className="topic-phrase">
                <span>{phraseLabel(key)}</span>
                <button type="button" className="button button-secondary button-small" onClick={() => setPhraseKeys(phraseKeys.filter((k) => k !== key))} aria-label={t('insights.text.topics.removePhrase', { phrase: phraseLabel(key) })}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="topic-phrase-add">
          <SelectField label={t('insights.text.topics.phraseLanguage')} value={newLang} options={textLanguages.map((lang) => ({ value: lang, label: words.language(lang) }))} onValueChange={setNewLang} />
          <TextField
            label={t('insights.text.topics.phraseText')}
            value={newPhrase}
            onValueChange={setNewPhrase}
            maxLength={100}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addPhrase();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={addPhrase} disabled={!newPhrase.trim()}>
            {t('insights.text.topics.addPhrase')}
          </button>
        </div>
      </fieldset>
      <p className="muted">{t('insights.text.topics.reanalysis')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={save.isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isBusy}>
          {save.isBusy ? t('common.saving') : topic ? t('common.save') : t('insights.text.topics.create')}
        </button>
      </div>
    </form>
  );
}
