import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import type { RespondSection } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import './respond.css';

export type RespondTab = 'cases' | RespondSection;

const tabs: readonly { id: RespondTab; label: MessageKey; permission: string }[] = [
  { id: 'cases', label: 'respond.tabs.cases', permission: 'cases.read' },
  { id: 'figures', label: 'respond.tabs.figures', permission: 'cases.read' },
  { id: 'rules', label: 'respond.tabs.rules', permission: 'cases.manage' },
  { id: 'teams', label: 'respond.tabs.teams', permission: 'cases.manage' },
  { id: 'settings', label: 'respond.tabs.settings', permission: 'cases.manage' },
];

/** The Respond room's pages: the cases and their results for everyone who sees cases; rules, teams and settings for those who manage them. */
export function RespondTabs({ workspaceId, current }: { workspaceId: string; current: RespondTab }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const shown = tabs.filter((tab) => can(tab.permission));
  if (shown.length === 0) return null;
  return (
    <nav className="tabs respond-tabs" aria-label={t('respond.tabs.label')}>
      <ul>
        {shown.map((tab) => (
          <li key={tab.id}>
            <Link href={respondPath(workspaceId, tab.id === 'cases' ? null : tab.id)} aria-current={tab.id === current ? 'page' : undefined}>
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
