import { useState } from 'react';
import { deleteTopic, getTextOverview } from '../../../api/textInsights.js';
import type { Topic } from '../../../api/textInsights.js';
import { Alert } from '../../../components/Alert.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { formatDay } from '../periods.js';
import { useInsightsLoad } from '../useInsightsLoad.js';
import { CountLink } from './TextNumbers.js';
import { isNarrowed, overviewParams } from './textQuery.js';
import { useTextView } from './TextViewContext.js';
import { TopicDialog } from './TopicDialog.js';

/** The workspace's topics: what defines each, how many comments it has in the period, and for analysts creating, changing and deleting them. */
export function TopicsView({ topics, onChanged }: { topics: readonly Topic[]; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const words = useResponseLabels();
  const { workspaceId, view, canManage, analysisKey } = useTextView();
  const { period } = view;
  const params = period ? overviewParams({ ...view.query, topic: '' }, period) : null;
  const overview = useInsightsLoad(
    `text-topic-counts:${workspaceId}:${JSON.stringify(params)}:${analysisKey}:${topics.length}`,
    () => (params ? getTextOverview(workspaceId, params) : Promise.resolve(undefined)),
    view.query.surveys,
    'comments',
  );
  const [editing, setEditing] = useState<Topic | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Topic | null>(null);
  const [notice, setNotice] = useState('');
  const counts = new Map((overview.data?.topics ?? []).map((row) => [row.topicId, row.comments]));
  const phraseTexts = new Map([...(overview.data?.phrases ?? []), ...(overview.data?.emerging ?? [])].map((phrase) => [phrase.key, phrase.text]));
  const periodText = period ? t('insights.period.days', { from: formatDay(locale, period.from), to: formatDay(locale, period.to) }) : '';
  const columns = { name: t('insights.text.topics.name'), examples: t('insights.text.topics.examples'), phrases: t('insights.text.topics.phrases'), comments: t('insights.text.topics.commentsIn', { period: periodText }), actions: t('insights.text.column.actions') };

  const saved = (topic: Topic) => {
    setNotice(t('insights.text.topics.saved', { name: topic.name }));
    setEditing(null);
    onChanged();
  };

  return (
    <section className="card insights-section" aria-labelledby="topics-title">
      <div className="section-bar">
        <h2 id="topics-title">{t('insights.text.topics.title')}</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('insights.text.topics.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('insights.text.topics.pageLead')}</p>
      {isNarrowed({ ...view.query, topic: '' }) && <p className="muted">{t('insights.text.topics.filtered')}</p>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {topics.length === 0 ? (
        <p>{t('insights.text.topics.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table text-table topics-table">
            <caption className="visually-hidden">{t('insights.text.topics.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.examples}</th>
                <th scope="col">{columns.phrases}</th>
                <th scope="col" className="numeric">{columns.comments}</th>
                {canManage && <th scope="col">{columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {topics.map((topic) => (
                <tr key={topic.id}>
                  <th scope="row" data-label={columns.name}>
                    {topic.name}
                  </th>
                  <td data-label={columns.examples}>
                    <ul className="topic-example-list">
                      {Object.entries(topic.examples)
                        .filter(([, list]) => list.length > 0)
                        .map(([lang, list]) => (
                          <li key={lang}>
                            <span className="muted">{words.language(lang)}:</span> <span lang={lang}>{list.join(', ')}</span>
                          </li>
                        ))}
                    </ul>
                  </td>
                  <td data-label={columns.phrases}>{topic.phraseKeys.map((key) => phraseTexts.get(key) ?? key).join(', ')}</td>
                  <td className="numeric" data-label={columns.comments}>
                    {overview.data ? <CountLink count={counts.get(topic.id) ?? 0} changes={{ topic: topic.id }} what={topic.name} /> : '…'}
                  </td>
                  {canManage && (
                    <td data-label={columns.actions}>
                      <div className="row-actions">
                        <button type="button" className="button button-secondary button-small" onClick={() => setEditing(topic)} aria-label={t('insights.text.topics.editOf', { name: topic.name })}>
                          {t('insights.text.topics.edit')}
                        </button>
                        <button type="button" className="button button-secondary button-small" onClick={() => setDeleting(topic)} aria-label={t('insights.text.topics.deleteOf', { name: topic.name })}>
                          {t('insights.text.topics.delete')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TopicDialog topic={editing === 'new' ? null : editing} phraseTexts={phraseTexts} isOpen={editing !== null} onDismiss={() => setEditing(null)} onSaved={saved} />
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('insights.text.topics.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('insights.text.topics.deleteBody')}
        confirmLabel={t('insights.text.topics.delete')}
        onDismiss={() => setDeleting(null)}
        onConfirm={async () => {
          await deleteTopic(workspaceId, deleting!.id);
          setNotice(t('insights.text.topics.deleted', { name: deleting!.name }));
          setDeleting(null);
          onChanged();
        }}
      />
    </section>
  );
}
