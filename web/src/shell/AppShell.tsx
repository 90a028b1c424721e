import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../components/LanguageSwitcher.js';
import { Logo } from '../components/Logo.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/router.js';
import { roomPath } from '../router/routes.js';
import { MainNav } from './MainNav.js';
import { UserMenu } from './UserMenu.js';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.js';

/** The frame around every page inside a workspace: header, navigation and the main region. */
export function AppShell({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link className="brand" href={roomPath(workspaceId, 'collect')}>
          <Logo />
          <span className="brand-name">Kuulo</span>
        </Link>
        <div className="header-workspace">
          <WorkspaceSwitcher workspaceId={workspaceId} />
        </div>
        <div className="header-tools">
          <LanguageSwitcher />
          <UserMenu />
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
