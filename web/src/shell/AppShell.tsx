import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../components/LanguageSwitcher.js';
import { Logo } from '../components/Logo.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/router.js';
import { homeRoom, roomPath } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';
import { MainNav } from './MainNav.js';
import { UserMenu } from './UserMenu.js';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.js';

/** The frame around every page inside a workspace: header, navigation and the main region. */
export function AppShell({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  const role = session?.workspaces.find((w) => w.id === workspaceId)?.role;
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link className="brand" href={roomPath(workspaceId, homeRoom(role))}>
          <Logo />
          <span className="brand-name">Kuulo</span>
        </Link>
        <div className="header-workspace">
          <WorkspaceSwitcher workspaceId={workspaceId} />
        </div>
        <div className="header-tools">
          <LanguageSwitcher />
          <UserMenu workspaceId={workspaceId} />
        </div>
      </header>
      <div className="app-body">
        <MainNav workspaceId={workspaceId} />
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
