import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { liveFeedUrl } from '../../api/insights.js';
import type { LiveMessage } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

/**
 * One Server-Sent Events stream per open dashboard: the server says when responses arrive, and
 * whatever is on screen fetches its numbers again. After a dropped connection comes back, everything
 * refreshes once, since messages sent meanwhile were missed.
 */

type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'off';
type Listener = (message: LiveMessage) => void;

interface LiveValue {
  status: LiveStatus;
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<LiveValue | null>(null);

/** Everything changed (after a reconnection): no survey list means every survey. */
const everything: LiveMessage = { surveyIds: [], complete: 0, partial: 0, analysed: 0 };

export function LiveFeedProvider({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setStatus('off');
      return;
    }
    const source = new EventSource(liveFeedUrl(workspaceId));
    const notify = (message: LiveMessage) => listeners.current.forEach((listener) => listener(message));
    let wasLost = false;
    source.addEventListener('ready', () => {
      setStatus('live');
      if (wasLost) notify(everything);
      wasLost = false;
    });
    source.addEventListener('responses', (event) => {
      try {
        const message = JSON.parse((event as MessageEvent<string>).data) as LiveMessage;
        notify({ ...everything, ...message, surveyIds: Array.isArray(message.surveyIds) ? message.surveyIds : [] });
      } catch {
        notify(everything);
      }
    });
    source.addEventListener('error', () => {
      wasLost = true;
      // The browser retries by itself unless the server refused the stream (signed out, no permission).
      setStatus(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting');
    });
    return () => source.close();
  }, [workspaceId]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/**
 * What a view shows changes with: responses as they are stored (numbers), or comments once they are
 * analysed (text views, and numbers filtered by what comments say, seconds after the response).
 */
export type LiveChange = 'responses' | 'comments';

const isAbout = (message: LiveMessage, change: LiveChange): boolean => {
  const isEverything = message.complete + message.partial + message.analysed === 0;
  return isEverything || (change === 'comments' ? message.analysed > 0 : message.complete + message.partial > 0);
};

/**
 * Calls `refresh` shortly after responses arrive (or, for `comments`, their comments are analysed)
 * to any of `surveyIds` (any survey when empty); a burst of messages is one refresh. Outside a
 * provider it does nothing.
 */
export function useLiveRefresh(refresh: () => void, surveyIds: readonly string[] = [], change: LiveChange = 'responses', delayMs = 250): void {
  const live = useContext(LiveContext);
  const latest = useRef({ refresh, surveyIds, change });
  latest.current = { refresh, surveyIds, change };
  const subscribe = live?.subscribe;

  useEffect(() => {
    if (!subscribe) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribe((message) => {
      const watched = latest.current.surveyIds;
      const concerns = isAbout(message, latest.current.change) && (message.surveyIds.length === 0 || watched.length === 0 || message.surveyIds.some((id) => watched.includes(id)));
      if (!concerns) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        latest.current.refresh();
      }, delayMs);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [subscribe, delayMs]);
}

const statusText: Record<LiveStatus, MessageKey> = {
  connecting: 'insights.live.connecting',
  live: 'insights.live.on',
  reconnecting: 'insights.live.reconnecting',
  off: 'insights.live.off',
};

/** A small "Live" badge; screen readers hear when it changes. */
export function LiveStatusBadge() {
  const { t } = useI18n();
  const live = useContext(LiveContext);
  if (!live) return null;
  return (
    <p className={`live-status live-status-${live.status}`} role="status" title={t('insights.live.hint')}>
      <span className="live-dot" aria-hidden="true" />
      {t(statusText[live.status])}
    </p>
  );
}
