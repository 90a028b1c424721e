import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { collectSectionPath, contactsPath, distributionsPath, roomPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';

export type CollectTab = 'surveys' | 'contacts' | 'distributions' | 'email-templates' | 'budget';

const tabs: readonly { id: CollectTab; label: MessageKey; permission: string | null }[] = [
  { id: 'surveys', label: 'surveys.title', permission: null },
  { id: 'contacts', label: 'contacts.title', permission: 'contacts.read' },
  { id: 'distributions', label: 'collect.tabs.distributions', permission: 'surveys.read' },
  { id: 'email-templates', label: 'collect.tabs.emailTemplates', permission: 'surveys.read' },
  { id: 'budget', label: 'collect.tabs.budget', permission: 'surveys.read' },
];

function pathOf(workspaceId: string, tab: CollectTab): string {
  switch (tab) {
    case 'surveys':
      return roomPath(workspaceId, 'collect');
    case 'contacts':
      return contactsPath(workspaceId);
    case 'distributions':
      return distributionsPath(workspaceId);
    default:
      return collectSectionPath(workspaceId, tab);
  }
}

/** The Collect room's pages: surveys for everyone, the others for those who may see what they hold. */
export function CollectTabs({ workspaceId, current }: { workspaceId: string; current: CollectTab }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const shown = tabs.filter((tab) => tab.permission === null || can(tab.permission));
  if (shown.length <= 1) return null;
  return (
    <nav className="tabs collect-tabs" aria-label={t('contacts.collectSections')}>
      <ul>
        {shown.map((tab) => (
          <li key={tab.id}>
            <Link href={pathOf(workspaceId, tab.id)} aria-current={tab.id === current ? 'page' : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
