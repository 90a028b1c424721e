import type { ReactNode } from 'react';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { settingsPath } from '../../router/routes.js';
import type { SettingsSection } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { ApiKeysSettings } from './ApiKeysSettings.js';
import { AuditLogSettings } from './AuditLogSettings.js';
import { GeneralSettings } from './GeneralSettings.js';
import { MailSettings } from './MailSettings.js';
import { MembersSettings } from './MembersSettings.js';

interface Section {
  id: SettingsSection;
  label: MessageKey;
  /** Any one of these lets the person open the section. */
  permissions: readonly string[];
  render: (workspaceId: string) => ReactNode;
}

const sections: readonly Section[] = [
  { id: 'general', label: 'settings.general', permissions: [], render: () => <GeneralSettings /> },
  { id: 'members', label: 'settings.members', permissions: ['members.read', 'members.manage'], render: () => <MembersSettings /> },
  { id: 'api-keys', label: 'settings.apiKeys', permissions: ['apiKeys.read', 'apiKeys.manage'], render: () => <ApiKeysSettings /> },
  { id: 'audit-log', label: 'settings.auditLog', permissions: ['audit.read'], render: () => <AuditLogSettings /> },
  { id: 'mail', label: 'settings.mail', permissions: ['workspace.manage'], render: (workspaceId) => <MailSettings workspaceId={workspaceId} /> },
];

/** Settings of the open workspace, one section at a time; sections the person may not open are not offered. */
export function SettingsPage({ section }: { section: SettingsSection }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const visible = sections.filter((s) => s.permissions.length === 0 || s.permissions.some(workspace.can));
  const current = sections.find((s) => s.id === section);
  useDocumentTitle(current ? `${t(current.label)} · ${t('settings.title')}` : t('settings.title'));

  let content: ReactNode;
  if (workspace.error) content = <LoadError error={workspace.error} onRetry={workspace.reload} />;
  else if (!workspace.data) content = <Loading />;
  else if (!current || !visible.includes(current)) content = <p className="muted">{t('common.noPermission')}</p>;
  else content = current.render(workspace.workspaceId);

  return (
    <>
      <PageHeading eyebrow={workspace.data?.name}>{t('settings.title')}</PageHeading>
      <nav className="tabs" aria-label={t('settings.sections')}>
        <ul>
          {visible.map((s) => (
            <li key={s.id}>
              <Link href={settingsPath(workspace.workspaceId, s.id)} aria-current={s.id === section ? 'page' : undefined}>
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="settings-section" aria-label={current ? t(current.label) : undefined}>
        {content}
      </section>
    </>
  );
}
