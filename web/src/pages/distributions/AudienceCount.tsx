import { useEffect, useState } from 'react';
import type { Audience } from '../../../../src/engine/invitations/distributions.js';
import { countAudience } from '../../api/distributions.js';
import type { AudienceCount as Count } from '../../api/distributions.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const settleMs = 400;

/**
 * How many contacts an audience reaches, asked again a moment after it stops changing (typing a
 * condition asks once, not at every key). Null audience: nothing to count.
 */
export function useAudienceCount(workspaceId: string, audience: Audience | null): { count: Count | null; error: unknown; isLoading: boolean } {
  const key = audience ? JSON.stringify(audience) : '';
  const [state, setState] = useState<{ key: string; count: Count | null; error: unknown }>({ key: '', count: null, error: null });

  useEffect(() => {
    if (!audience) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      countAudience(workspaceId, audience, controller.signal).then(
        (count) => setState({ key, count, error: null }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ key, count: null, error });
        },
      );
    }, settleMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // The key says when the audience really changed; the object is new on every render.
  }, [workspaceId, key]);

  const isCurrent = state.key === key && key !== '';
  return { count: isCurrent ? state.count : null, error: isCurrent ? state.error : null, isLoading: key !== '' && !isCurrent };
}

/** "1 234 contacts, 1 200 with an email, 12 unsubscribed", kept up to date as the audience changes. */
export function AudienceCount({ workspaceId, audience, handAdded }: { workspaceId: string; audience: Audience | null; handAdded: number }) {
  const { t, formatNumber } = useI18n();
  const { count, error, isLoading } = useAudienceCount(workspaceId, audience);
  let text: string;
  if (!audience) text = t('distributions.count.incomplete');
  else if (error) text = describeError(t, error);
  else if (!count) text = t('distributions.count.counting');
  else {
    text = t('distributions.count.summary', { contacts: formatNumber(count.contacts), withEmail: formatNumber(count.withEmail), unsubscribed: formatNumber(count.unsubscribed) });
    if (count.bounced > 0) text += ` ${t('distributions.count.bounced', { count: formatNumber(count.bounced) })}`;
  }
  return (
    <div className="audience-count" role="status" aria-busy={isLoading || undefined}>
      <p className="audience-count-main">{text}</p>
      {handAdded > 0 && <p className="field-hint">{t('distributions.count.handAdded', { count: formatNumber(handAdded) })}</p>}
      <p className="field-hint">{t('distributions.count.hint')}</p>
    </div>
  );
}
