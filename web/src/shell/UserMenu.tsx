import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../components/Icon.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/router.js';
import { accountPath } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0] ?? '')
    .join('');
  return (letters[0] ?? '?') + (letters.length > 1 ? letters[letters.length - 1] : '');
}

/** The person's name as a disclosure button; opens a small panel with who is signed in, their account and Sign out. */
export function UserMenu({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  if (!session) return null;
  const { user } = session;

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.name).toUpperCase()}
        </span>
        <span className="user-menu-name">{user.name}</span>
        <Icon name="chevron" />
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!isOpen}>
        <p className="user-menu-who">{t('header.signedInAs', { email: user.email })}</p>
        <Link className="button button-secondary button-block" href={accountPath(workspaceId)} onClick={() => setIsOpen(false)}>
          {t('header.account')}
        </Link>
        <button type="button" className="button button-secondary button-block" onClick={() => void signOut()}>
          <Icon name="signOut" />
          {t('header.signOut')}
        </button>
      </div>
    </div>
  );
}
