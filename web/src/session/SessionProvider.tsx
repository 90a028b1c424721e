import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import * as auth from '../api/auth.js';
import { setCsrfToken, setUnauthorizedHandler } from '../api/client.js';
import type { Locale, Session } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useRouter } from '../router/router.js';

/** Who is signed in, kept in one place; the CSRF token follows the session into the API client. */

type Status = 'loading' | 'ready' | 'failed';

interface SessionValue {
  status: Status;
  session: Session | null;
  /** True until the first account exists. */
  isSetupNeeded: boolean;
  /** Adopts a session the server just issued (after signing in or setting up). */
  startSession: (session: Session) => void;
  /** Asks the server again, e.g. after a workspace was renamed. */
  refreshSession: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Switches the language now, and saves it to the account when signed in. */
  changeLocale: (locale: Locale) => void;
  retry: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const { navigate } = useRouter();
  const [status, setStatus] = useState<Status>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [isSetupNeeded, setIsSetupNeeded] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const adopt = useCallback(
    (next: Session | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      setSession(next);
      if (next?.user.locale) setLocale(next.user.locale);
    },
    [setLocale],
  );

  useEffect(() => {
    let isCurrent = true;
    (async () => {
      const found = await auth.findSession();
      const needed = found ? false : await auth.isSetupNeeded();
      if (!isCurrent) return;
      adopt(found);
      setIsSetupNeeded(needed);
      setStatus('ready');
    })().catch(() => {
      if (isCurrent) setStatus('failed');
    });
    return () => {
      isCurrent = false;
    };
  }, [adopt, attempt]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setSession(null);
      const here = window.location.pathname + window.location.search;
      navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      session,
      isSetupNeeded,
      startSession: (next) => {
        setIsSetupNeeded(false);
        adopt(next);
      },
      refreshSession: async () => {
        adopt(await auth.findSession());
      },
      signOut: async () => {
        try {
          await auth.signOut();
        } catch {
          // Signed out either way: the session may already have ended on the server.
        }
        adopt(null);
        navigate('/login');
      },
      changeLocale: (locale) => {
        setLocale(locale);
        if (!session) return;
        auth
          .updateMe({ locale })
          .then((user) => setSession((current) => (current ? { ...current, user } : current)))
          .catch(() => {
            // The language still changed here and is stored in this browser; the account keeps the old one.
          });
      },
      retry: () => {
        setStatus('loading');
        setAttempt((n) => n + 1);
      },
    }),
    [status, session, isSetupNeeded, adopt, navigate, setLocale],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
