import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { contactsPath, roomPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';

/** Surveys and Contacts, the Collect room's two lists; Contacts only for those who may see them. */
export function CollectTabs({ workspaceId, current }: { workspaceId: string; current: 'surveys' | 'contacts' }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  if (!can('contacts.read')) return null;
  return (
    <nav className="tabs collect-tabs" aria-label={t('contacts.collectSections')}>
      <ul>
        <li>
          <Link href={roomPath(workspaceId, 'collect')} aria-current={current === 'surveys' ? 'page' : undefined}>
            {t('surveys.title')}
          </Link>
        </li>
        <li>
          <Link href={contactsPath(workspaceId)} aria-current={current === 'contacts' ? 'page' : undefined}>
            {t('contacts.title')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
