import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { listContacts } from '../../api/contacts.js';
import type { Contact } from '../../api/contacts.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { describeError } from '../../forms/errors.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { usePagedList } from '../../hooks/usePagedList.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { contactsPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { attributeSummary, readSearch } from './contactForm.js';
import { ImportDialog } from './ImportDialog.js';
import { NewContactDialog } from './NewContactDialog.js';

const pageSize = 50;

/** The workspace's contacts, searched by what the address says, a page at a time. */
export function ContactList({ workspaceId }: { workspaceId: string }) {
  const { t, formatDateTime } = useI18n();
  const { location, navigate } = useRouter();
  const { can } = useWorkspace();
  const search = readSearch(location.search);
  const [attempt, setAttempt] = useState(0);
  const { first, items, cursor, loadMore, isBusy, moreError } = usePagedList<Contact, Awaited<ReturnType<typeof listContacts>>>(
    `contacts:${workspaceId}:${search}:${attempt}`,
    (before) => listContacts(workspaceId, { search, ...(before ? { before } : {}), limit: pageSize }),
    (page) => page.nextCursor,
  );
  const [searchText, setSearchText] = useState(search);
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const canManage = can('contacts.manage');
  useDocumentTitle(t('contacts.title'));

  // Back and forward change the address; the box follows.
  useEffect(() => setSearchText(search), [search]);

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    navigate(contactsPath(workspaceId, null, searchText.trim()), { replace: true });
  };

  let content;
  if (first.error) content = <LoadError error={first.error} onRetry={first.reload} />;
  else if (!first.data) content = <Loading />;
  else if (items.length === 0) content = <p className="muted" role="status">{search ? t('contacts.noMatches') : t('contacts.empty')}</p>;
  else {
    content = (
      <div className="table-scroll">
        <table className="data-table contacts-table" aria-labelledby="contacts-title">
          <thead>
            <tr>
              <th scope="col">{t('contacts.name')}</th>
              <th scope="col">{t('contacts.email')}</th>
              <th scope="col">{t('contacts.externalId')}</th>
              <th scope="col">{t('contacts.language')}</th>
              <th scope="col">{t('contacts.attributes')}</th>
              <th scope="col">{t('contacts.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((contact) => {
              const summary = attributeSummary(contact.attributes);
              return (
                <tr key={contact.id}>
                  <td data-label={t('contacts.name')}>
                    <Link className="contact-name-link" href={contactsPath(workspaceId, contact.id)}>
                      {contact.name || contact.email || contact.externalId || t('contacts.unnamed')}
                    </Link>
                  </td>
                  <td data-label={t('contacts.email')} className="contact-email">{contact.email ?? ''}</td>
                  <td data-label={t('contacts.externalId')} className="id">{contact.externalId ?? ''}</td>
                  <td data-label={t('contacts.language')}>{contact.language ?? ''}</td>
                  <td data-label={t('contacts.attributes')}>
                    {summary.shown.length > 0 && (
                      <span className="attribute-summary">
                        {summary.shown.map((text) => (
                          <span key={text} className="chip">{text}</span>
                        ))}
                        {summary.more > 0 && <span className="muted">{t('contacts.moreAttributes', { count: summary.more })}</span>}
                      </span>
                    )}
                  </td>
                  <td data-label={t('contacts.updated')}>
                    <time dateTime={contact.updatedAt}>{formatDateTime(contact.updatedAt)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="stack contacts">
      <div className="survey-list-bar">
        <h2 id="contacts-title">{t('contacts.title')}</h2>
        {canManage && (
          <div className="contacts-actions">
            <button type="button" className="button button-secondary" onClick={() => setDialog('import')}>
              {t('contacts.importCsv')}
            </button>
            <button type="button" className="button button-primary" onClick={() => setDialog('new')}>
              {t('contacts.new')}
            </button>
          </div>
        )}
      </div>
      <form className="contacts-search" role="search" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor="contacts-search">{t('contacts.search')}</label>
          <input id="contacts-search" type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} autoComplete="off" />
        </div>
        <button type="submit" className="button button-secondary">
          {t('contacts.searchButton')}
        </button>
      </form>
      {content}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {cursor && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('contacts.loadMore')}
          </button>
        </div>
      )}
      <NewContactDialog
        workspaceId={workspaceId}
        isOpen={dialog === 'new'}
        onDismiss={() => setDialog(null)}
        onCreated={(contact) => navigate(contactsPath(workspaceId, contact.id))}
      />
      <ImportDialog
        workspaceId={workspaceId}
        isOpen={dialog === 'import'}
        onDismiss={() => {
          setDialog(null);
          setAttempt((n) => n + 1);
        }}
        onFinished={() => setAttempt((n) => n + 1)}
      />
    </div>
  );
}
