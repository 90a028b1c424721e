import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { listContacts } from '../api/contacts.js';
import type { Contact } from '../api/contacts.js';
import { describeError } from '../forms/errors.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Alert } from './Alert.js';
import './contactSearchPicker.css';

const shown = 10;

/** A contact as people read it: `Name <email>`, or whichever of name, email and external id it has. */
export const contactLabel = (contact: Pick<Contact, 'name' | 'email'> & { externalId?: string | null }, fallback: string): string =>
  contact.name && contact.email ? `${contact.name} <${contact.email}>` : (contact.name ?? contact.email ?? contact.externalId ?? fallback);

/** The button beside a found contact. */
export interface ContactAction {
  text: string;
  /** Its accessible name, which says whose it is. */
  name: string;
  /** Done for this contact already: the button is off. */
  isDone: boolean;
}

interface ContactSearchPickerProps {
  workspaceId: string;
  label: string;
  /** The search button's text. */
  searchText: string;
  /** The button for a found contact, given the contact as shown. */
  action: (contact: Contact, shownAs: string) => ContactAction;
  onPick: (contact: Contact) => void;
}

/**
 * Finds contacts by name, email or external id, each with a button to pick it. It lives inside
 * other forms, so it is no form of its own: Enter in the box searches instead of sending the form around it.
 */
export function ContactSearchPicker({ workspaceId, label, searchText, action, onPick }: ContactSearchPickerProps) {
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
          {isBusy ? t('common.loading') : searchText}
        </button>
      </div>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      {found !== null && (
        <div role="status">
          {found.length === 0 ? (
            <p className="muted">{t('contacts.noMatches')}</p>
          ) : (
            <ul className="contact-results" aria-label={t('contacts.found')}>
              {found.map((contact) => {
                const shownAs = contactLabel(contact, t('contacts.unnamed'));
                const button = action(contact, shownAs);
                return (
                  <li key={contact.id}>
                    <span className="contact-result-name">
                      {shownAs}
                      {!contact.email && <span className="muted"> · {t('contacts.noEmailShort')}</span>}
                      {contact.language && <span className="muted"> · {contact.language}</span>}
                    </span>
                    <button type="button" className="button button-secondary button-small" onClick={() => onPick(contact)} disabled={button.isDone} aria-label={button.name}>
                      {button.text}
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
