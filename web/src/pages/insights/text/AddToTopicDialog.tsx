import { useState } from 'react';
import type { FormEvent } from 'react';
import { updateTopic } from '../../../api/textInsights.js';
import type { Topic } from '../../../api/textInsights.js';
import { Dialog } from '../../../components/Dialog.js';
import { SelectField } from '../../../components/SelectField.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useAction } from '../../../hooks/useAction.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useTextView } from './TextViewContext.js';

interface AddToTopicProps {
  phrase: { key: string; text: string } | null;
  topics: readonly Topic[];
  onDismiss: () => void;
  onSaved: (topic: Topic) => void;
}

/** Files a found phrase under an existing topic; its comments are tagged with the topic from then on, old ones included. */
export function AddToTopicDialog({ phrase, topics, onDismiss, onSaved }: AddToTopicProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={phrase !== null} title={t('insights.text.phrases.addTitle', { phrase: phrase?.text ?? '' })} onDismiss={onDismiss}>
      {phrase && <AddToTopicForm phrase={phrase} topics={topics} onDismiss={onDismiss} onSaved={onSaved} />}
    </Dialog>
  );
}

function AddToTopicForm({ phrase, topics, onDismiss, onSaved }: AddToTopicProps & { phrase: { key: string; text: string } }) {
  const { t } = useI18n();
  const { workspaceId } = useTextView();
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const save = useAction(async () => {
    const topic = topics.find((candidate) => candidate.id === topicId);
    if (!topic) return;
    onSaved(await updateTopic(workspaceId, topic.id, { name: topic.name, examples: topic.examples, phraseKeys: [...new Set([...topic.phraseKeys, phrase.key])] }));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorAlert error={save.error} fields={[]} />
      <SelectField label={t('insights.text.phrases.topic')} value={topicId} options={topics.map((topic) => ({ value: topic.id, label: topic.name }))} onValueChange={setTopicId} />
      <p className="muted">{t('insights.text.topics.reanalysis')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={save.isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isBusy || !topicId}>
          {save.isBusy ? t('common.saving') : t('insights.text.phrases.add')}
        </button>
      </div>
    </form>
  );
}
