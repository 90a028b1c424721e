import { useState } from 'react';
import type { TopicRow } from '../../../api/textInsights.js';
import { SelectField } from '../../../components/SelectField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { Link } from '../../../router/router.js';
import { GroupTable } from './GroupTable.js';
import { groupOrders, sortGroups } from './textValues.js';
import type { GroupOrder } from './textValues.js';
import { useTextView } from './TextViewContext.js';

/** The workspace's topics over the period, with the scores given beside them. */
export function TopicsSection({ topics }: { topics: readonly TopicRow[] }) {
  const { t } = useI18n();
  const { sectionHref } = useTextView();
  const [order, setOrder] = useState<GroupOrder>('comments');
  const title = t('insights.text.topics.title');
  const rows = topics.map((topic) => ({ ...topic, id: topic.topicId, label: topic.name, changes: { topic: topic.topicId } }));
  const orderLabels: Record<GroupOrder, string> = { comments: t('insights.text.order.comments'), nps: t('insights.text.order.nps'), negative: t('insights.text.order.negative') };

  return (
    <section className="card insights-section" aria-labelledby="text-topics-title">
      <div className="section-bar">
        <h2 id="text-topics-title">{title}</h2>
        {rows.length > 1 && <SelectField label={t('insights.text.order.label')} value={order} options={groupOrders.map((o) => ({ value: o, label: orderLabels[o] }))} onValueChange={(value) => setOrder(value as GroupOrder)} className="field-inline" />}
      </div>
      <p className="muted">{t('insights.text.topics.lead')}</p>
      {rows.length === 0 ? (
        <p>
          {t('insights.text.topics.none')} <Link href={sectionHref('topics')}>{t('insights.text.topics.define')}</Link>
        </p>
      ) : (
        <GroupTable caption={title} heading={t('insights.text.column.topic')} rows={sortGroups(rows, order)} />
      )}
    </section>
  );
}
