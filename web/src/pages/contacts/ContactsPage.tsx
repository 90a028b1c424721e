import { PageHeading } from '../../components/PageHeading.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CollectTabs } from './CollectTabs.js';
import { ContactDetailView } from './ContactDetailView.js';
import { ContactList } from './ContactList.js';
import './contacts.css';

/** The Collect room's contacts: the list, or one contact when the address names it. */
export function ContactsPage({ workspaceId, contactId }: { workspaceId: string; contactId: string | null }) {
  const { t } = useI18n();
  const { can } = useWorkspace();

  let content;
  if (!can('contacts.read')) content = <p className="muted">{t('common.noPermission')}</p>;
  else if (contactId) content = <ContactDetailView workspaceId={workspaceId} contactId={contactId} />;
  else content = <ContactList workspaceId={workspaceId} />;

  return (
    <>
      <PageHeading eyebrow={t('nav.collect')} lead={t('contacts.lead')}>
        {t('contacts.title')}
      </PageHeading>
      <CollectTabs workspaceId={workspaceId} current="contacts" />
      {content}
    </>
  );
}
