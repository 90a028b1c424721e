import { useId } from 'react';
import type { ReactNode } from 'react';
import { intentNames, sentimentFilters, textLanguages } from '../../api/textInsights.js';
import type { Topic } from '../../api/textInsights.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { intentLabels, sentimentNames } from './text/textLabels.js';
import type { InsightsView } from './useInsightsView.js';

interface CommentFilterFieldsProps {
  view: InsightsView;
  /** The workspace's topics; undefined while they load or when they cannot be read, and no topic is offered then. */
  topics: readonly Topic[] | undefined;
  /** What the filters narrow: the responses a dashboard counts, or the comments a text view reads. */
  narrows: 'responses' | 'comments';
  /** A view's own comment filters (the text views' words and phrase), in the same group. */
  children?: ReactNode;
}

/**
 * What the comments say, one group in every Insights view's filters: a sentiment, an intent, a topic
 * and a language, with a line on what they narrow. Each change goes to the address with the rest of
 * the view kept.
 */
export function CommentFilterFields({ view, topics, narrows, children }: CommentFilterFieldsProps) {
  const { t } = useI18n();
  const words = useResponseLabels();
  const hintId = useId();
  const { query, setQuery } = view;
  const any = { value: '', label: t('insights.text.filter.any') };
  const langs = [...new Set([...textLanguages, ...(query.lang ? [query.lang] : [])])];
  const isTopicKnown = !query.topic || !!topics?.some((topic) => topic.id === query.topic);
  // A topic in the address stays choosable (to clear it) even when the topics could not be read.
  const topicOptions = [
    any,
    ...(isTopicKnown ? [] : [{ value: query.topic, label: t(topics ? 'insights.text.filter.unknownTopic' : 'insights.commentFilters.chosenTopic') }]),
    ...(topics ?? []).map((topic) => ({ value: topic.id, label: topic.name })),
  ];

  return (
    <fieldset className="comment-filters" aria-describedby={hintId}>
      <legend>{t('insights.commentFilters.legend')}</legend>
      <p id={hintId} className="field-hint comment-filters-hint">
        {t(narrows === 'responses' ? 'insights.commentFilters.responsesHint' : 'insights.commentFilters.commentsHint')}
      </p>
      <SelectField
        label={t('insights.text.filter.sentiment')}
        value={query.sentiment}
        options={[any, ...sentimentFilters.map((s) => ({ value: s, label: t(sentimentNames[s]) }))]}
        onValueChange={(value) => setQuery({ ...query, sentiment: value as typeof query.sentiment })}
      />
      <SelectField
        label={t('insights.text.filter.intent')}
        value={query.intent}
        options={[any, ...intentNames.map((i) => ({ value: i, label: t(intentLabels[i]) }))]}
        onValueChange={(value) => setQuery({ ...query, intent: value as typeof query.intent })}
      />
      {(topics || query.topic) && <SelectField label={t('insights.text.filter.topic')} value={query.topic} options={topicOptions} onValueChange={(topic) => setQuery({ ...query, topic })} />}
      <SelectField
        label={t('insights.text.filter.language')}
        value={query.lang}
        options={[any, ...langs.map((lang) => ({ value: lang, label: words.language(lang) }))]}
        onValueChange={(lang) => setQuery({ ...query, lang })}
      />
      {children}
    </fieldset>
  );
}
