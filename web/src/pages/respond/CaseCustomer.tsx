import type { CaseDetail } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { contactsPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { useCaseLabels } from './useCaseLabels.js';

/** Who the customer is, with a way to their contact page. */
export function CaseCustomer({ workspaceId, item }: { workspaceId: string; item: CaseDetail }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const labels = useCaseLabels();
  const contact = item.contact;
  return (
    <section className="card case-card" aria-labelledby="case-customer-title">
      <h2 id="case-customer-title">{t('respond.case.customer')}</h2>
      {!contact ? (
        <p className="muted">{t('respond.case.noCustomer')}</p>
      ) : (
        <dl className="case-facts">
          <div>
            <dt>{t('respond.case.customerName')}</dt>
            <dd>{contact.name || <span className="muted">{t('respond.case.noName')}</span>}</dd>
          </div>
          <div>
            <dt>{t('respond.case.customerEmail')}</dt>
            <dd className="case-email">{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : <span className="muted">{t('respond.case.noEmail')}</span>}</dd>
          </div>
          {(item.language || contact.language) && (
            <div>
              <dt>{t('respond.case.language')}</dt>
              <dd>{labels.language((item.language || contact.language)!)}</dd>
            </div>
          )}
        </dl>
      )}
      {contact && can('contacts.read') && (
        <p className="case-contact-link">
          <Link href={contactsPath(workspaceId, contact.id)}>{t('respond.case.openContact')}</Link>
        </p>
      )}
    </section>
  );
}
