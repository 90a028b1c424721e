import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { listContacts } from '../../api/contacts.js';
import type { Contact } from '../../api/contacts.js';
import { Alert } from '../../components/Alert.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const shown = 10;

export const contactLabel = (contact: Pick<Contact, 'name' | 'email' | 'externalId'>, fallback: string): string =>
  contact.name && contact.email ? `${contact.name} <${contact.email}>` : (contact.name ?? contact.email ?? contact.externalId ?? fallback);

interface ContactSearchProps {
  workspaceId: string;
  label: string;
  /** The button beside each found contact: its text, and whether it is already done. */
  actionLabel: (contact: Contact) => string;
  isDone?: (contact: Contact) => boolean;
  onPick: (contact: Contact) => void;
}

/**
 * Finds contacts by name, email or external id. It lives inside other forms, so it is no form of
 * its own: Enter in the box searches instead of sending the form around it.
 */
export function ContactSearch({ workspaceId, label, actionLabel, isDone, onPick }: ContactSearchProps) {
  const { t } = useI18n();
  const inputId = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Contact[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const search = async () => {
    setIsBusy(true);
    setError(null);
    try {
      setFound((await listContacts(workspaceId, { search: text.trim(), limit: shown })).items);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  return (
    <div className="contact-search">
      <div className="contact-search-box">
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <input id={inputId} type="search" value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} autoComplete="off" />
        </div>
        <button type="button" className="button button-secondary" onClick={() => void search()} disabled={isBusy}>
          {isBusy ? t('common.loading') : t('distributions.contacts.search')}
        </button>
      </div>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      {found !== null && (
        <div role="status">
          {found.length === 0 ? (
            <p className="muted">{t('distributions.contacts.noMatches')}</p>
          ) : (
            <ul className="contact-results" aria-label={t('distributions.contacts.results')}>
              {found.map((contact) => {
                const isContactDone = isDone?.(contact) ?? false;
                return (
                  <li key={contact.id}>
                    <span className="contact-result-name">
                      {contactLabel(contact, t('contacts.unnamed'))}
                      {!contact.email && <span className="muted"> · {t('distributions.contacts.noEmail')}</span>}
                      {contact.language && <span className="muted"> · {contact.language}</span>}
                    </span>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => onPick(contact)}
                      disabled={isContactDone}
                      aria-label={t('distributions.contacts.actionFor', { action: actionLabel(contact), name: contactLabel(contact, t('contacts.unnamed')) })}
                    >
                      {actionLabel(contact)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
