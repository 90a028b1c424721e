import type { MessageKey } from '../i18n/messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Icon } from '../components/Icon.js';
import { Link, useRouter } from '../router/router.js';
import { roomPermissions } from '../router/access.js';
import { roomPath, rooms, settingsPath } from '../router/routes.js';
import { useWorkspace } from '../workspace/WorkspaceProvider.js';
import type { Room } from '../router/routes.js';

const roomLabels: Record<Room, MessageKey> = {
  collect: 'nav.collect',
  insights: 'nav.insights',
  share: 'nav.share',
  respond: 'nav.respond',
};

/**
 * The rooms the person's role may open, and Settings; the one on screen is marked for assistive
 * technology too. An agent sees Respond; a viewer Insights and Share.
 */
export function MainNav({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { route } = useRouter();
  const { can } = useWorkspace();
  // A survey's editor and the contacts live in the Collect room; survey dashboards and their settings in Insights; cases and their setup in Respond.
  const currentRoom =
    route.name === 'room'
      ? route.room
      : route.name === 'survey' || route.name === 'contacts' || route.name === 'distributions' || route.name === 'collectSection'
        ? 'collect'
        : route.name === 'insightsSurvey' || route.name === 'insightsSettings' || route.name === 'insightsText'
          ? 'insights'
          : route.name === 'respondCase' || route.name === 'respondSection'
            ? 'respond'
            : null;
  const isSettings = route.name === 'settings';

  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {rooms.filter((room) => can(roomPermissions[room])).map((room) => (
          <li key={room}>
            <Link href={roomPath(workspaceId, room)} aria-current={currentRoom === room ? 'page' : undefined}>
              <Icon name={room} />
              <span>{t(roomLabels[room])}</span>
            </Link>
          </li>
        ))}
        <li className="main-nav-settings">
          <Link href={settingsPath(workspaceId)} aria-current={isSettings ? 'page' : undefined}>
            <Icon name="settings" />
            <span>{t('nav.settings')}</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
