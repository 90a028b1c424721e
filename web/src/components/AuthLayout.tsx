import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { Logo } from './Logo.js';

/** The frame of the pages before signing in: the brand, the language switcher and one card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-header">
        <span className="brand">
          <Logo />
          <span className="brand-name">Kuulo</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        <div className="card auth-card">{children}</div>
      </main>
      <footer className="auth-footer">
        <p>Kuulo · {t('app.tagline')}</p>
      </footer>
    </div>
  );
}
