import { Icon } from '../components/Icon.js';
import { PageHeading } from '../components/PageHeading.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Room } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';
import { CollectTabs } from './contacts/CollectTabs.js';
import { SurveyList } from './surveys/SurveyList.js';

interface RoomText {
  title: MessageKey;
  lead: MessageKey;
  emptyTitle: MessageKey;
  body: MessageKey;
  features: readonly [MessageKey, MessageKey, MessageKey, MessageKey];
}

/** Insights and Respond have pages of their own (pages/insights/, pages/respond/). */
type PlannedRoom = Exclude<Room, 'insights' | 'respond'>;

const texts: Record<PlannedRoom, RoomText> = {
  collect: {
    title: 'nav.collect',
    lead: 'room.collect.lead',
    emptyTitle: 'room.collect.emptyTitle',
    body: 'room.collect.body',
    features: ['room.collect.feature1', 'room.collect.feature2', 'room.collect.feature3', 'room.collect.feature4'],
  },
  share: {
    title: 'nav.share',
    lead: 'room.share.lead',
    emptyTitle: 'room.share.emptyTitle',
    body: 'room.share.body',
    features: ['room.share.feature1', 'room.share.feature2', 'room.share.feature3', 'room.share.feature4'],
  },
};

/** One of the four rooms. Collect lists the surveys; the others, until their features land, explain what they will do. */
export function RoomPage({ workspaceId, room }: { workspaceId: string; room: PlannedRoom }) {
  const { t } = useI18n();
  const { session } = useSession();
  const text = texts[room];
  const workspaceName = session?.workspaces.find((w) => w.id === workspaceId)?.name;
  useDocumentTitle(t(text.title));

  return (
    <>
      <PageHeading eyebrow={workspaceName} lead={t(text.lead)}>
        {t(text.title)}
      </PageHeading>
      {room === 'collect' ? (
        <>
          <CollectTabs workspaceId={workspaceId} current="surveys" />
          <SurveyList workspaceId={workspaceId} />
        </>
      ) : (
        <section className={`empty-state empty-state-${room}`} aria-labelledby={`empty-${room}`}>
          <div className="empty-state-icon" aria-hidden="true">
            <Icon name={room} />
          </div>
          <h2 id={`empty-${room}`}>{t(text.emptyTitle)}</h2>
          <p>{t(text.body)}</p>
          <p className="empty-state-soon">{t('room.comingSoon')}</p>
          <ul className="feature-list">
            {text.features.map((feature) => (
              <li key={feature}>
                <Icon name="check" />
                {t(feature)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
