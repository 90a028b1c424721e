import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { settingsPath } from '../../router/routes.js';
import { triggerCurl } from './distributionForm.js';

/** How the company's systems send the event that sends this trigger's survey. */
export function TriggerCall({ workspaceId, event }: { workspaceId: string; event: string }) {
  const { t } = useI18n();
  return (
    <section className="card trigger-call" aria-labelledby="trigger-call-title">
      <h2 id="trigger-call-title">{t('distributions.triggerCall.title')}</h2>
      <p>{t('distributions.triggerCall.lead', { event })}</p>
      <pre className="trigger-call-code" tabIndex={0} aria-label={t('distributions.triggerCall.code')}>
        <code>{triggerCurl(window.location.origin, workspaceId, event)}</code>
      </pre>
      <p className="field-hint">
        {t('distributions.triggerCall.key')} <Link href={settingsPath(workspaceId, 'api-keys')}>{t('distributions.triggerCall.keyLink')}</Link>
      </p>
    </section>
  );
}
