import { useState } from 'react';
import type { PhraseRow, Topic } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { AddToTopicDialog } from './AddToTopicDialog.js';
import { GroupTable } from './GroupTable.js';
import { useTextView } from './TextViewContext.js';
import { TopicDialog } from './TopicDialog.js';

interface PhrasesSectionProps {
  kind: 'found' | 'emerging';
  phrases: readonly PhraseRow[];
  topics: readonly Topic[];
  phraseTexts: ReadonlyMap<string, string>;
  onTopicsChanged: () => void;
}

/** Phrases found in the comments (or those growing fastest), each a topic in the making for those who manage Insights. */
export function PhrasesSection({ kind, phrases, topics, phraseTexts, onTopicsChanged }: PhrasesSectionProps) {
  const { t } = useI18n();
  const { canManage } = useTextView();
  const [making, setMaking] = useState<PhraseRow | null>(null);
  const [adding, setAdding] = useState<PhraseRow | null>(null);
  const id = `text-${kind}-title`;
  const title = kind === 'found' ? t('insights.text.phrases.title') : t('insights.text.emerging.title');
  const rows = phrases.map((phrase) => ({ ...phrase, id: phrase.key, label: phrase.text, changes: { phrase: phrase.key } }));
  const saved = () => {
    setMaking(null);
    setAdding(null);
    onTopicsChanged();
  };

  return (
    <section className="card insights-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{kind === 'found' ? t('insights.text.phrases.lead') : t('insights.text.emerging.lead')}</p>
      {rows.length === 0 ? (
        <p className="muted">{kind === 'found' ? t('insights.text.phrases.none') : t('insights.text.emerging.none')}</p>
      ) : (
        <GroupTable
          caption={title}
          heading={t('insights.text.column.phrase')}
          rows={rows}
          first={10}
          actions={
            canManage
              ? (row) => (
                  <>
                    <button type="button" className="button button-secondary button-small" onClick={() => setMaking(phrases.find((p) => p.key === row.id) ?? null)} aria-label={t('insights.text.phrases.makeTopicOf', { phrase: row.label })}>
                      {t('insights.text.phrases.makeTopic')}
                    </button>
                    {topics.length > 0 && (
                      <button type="button" className="button button-secondary button-small" onClick={() => setAdding(phrases.find((p) => p.key === row.id) ?? null)} aria-label={t('insights.text.phrases.addToTopicOf', { phrase: row.label })}>
                        {t('insights.text.phrases.addToTopic')}
                      </button>
                    )}
                  </>
                )
              : undefined
          }
        />
      )}
      <TopicDialog
        topic={null}
        initial={making ? { name: making.text, examples: {}, phraseKeys: [making.key] } : undefined}
        phraseTexts={phraseTexts}
        isOpen={making !== null}
        onDismiss={() => setMaking(null)}
        onSaved={saved}
      />
      <AddToTopicDialog phrase={adding} topics={topics} onDismiss={() => setAdding(null)} onSaved={saved} />
    </section>
  );
}
