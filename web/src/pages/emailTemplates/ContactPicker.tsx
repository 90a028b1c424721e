import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { listContacts } from '../../api/contacts.js';
import type { Contact } from '../../api/contacts.js';
import { Alert } from '../../components/Alert.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import './contactPicker.css';

export interface PickedContact {
  id: string;
  name: string | null;
  email: string | null;
}

export const pickedLabel = (contact: PickedContact, fallback: string): string =>
  contact.name && contact.email ? `${contact.name} <${contact.email}>` : (contact.name ?? contact.email ?? fallback);

interface ContactPickerProps {
  workspaceId: string;
  label: string;
  chosen: PickedContact | null;
  onPick: (contact: Contact) => void;
}

/**
 * Finds one contact by name, email or external id. It sits inside forms, so it is no form of its
 * own: Enter in the box searches instead of sending the form around it.
 */
export function ContactPicker({ workspaceId, label, chosen, onPick }: ContactPickerProps) {
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
      setFound((await listContacts(workspaceId, { search: text.trim(), limit: 8 })).items);
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
    <div className="contact-lookup">
      <div className="contact-lookup-box">
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <input id={inputId} type="search" value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} autoComplete="off" />
        </div>
        <button type="button" className="button button-secondary" onClick={() => void search()} disabled={isBusy}>
          {isBusy ? t('common.loading') : t('emailTemplates.contact.search')}
        </button>
      </div>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      {found !== null && (
        <div role="status">
          {found.length === 0 ? (
            <p className="muted">{t('contacts.noMatches')}</p>
          ) : (
            <ul className="contact-lookup-results" aria-label={t('emailTemplates.contact.results')}>
              {found.map((contact) => {
                const name = pickedLabel(contact, contact.externalId ?? t('contacts.unnamed'));
                const isChosen = contact.id === chosen?.id;
                return (
                  <li key={contact.id}>
                    <span>
                      {name}
                      {contact.language && <span className="muted"> · {contact.language}</span>}
                    </span>
                    <button type="button" className="button button-secondary button-small" onClick={() => onPick(contact)} disabled={isChosen} aria-label={t(isChosen ? 'emailTemplates.contact.chosenNamed' : 'emailTemplates.contact.chooseNamed', { name })}>
                      {isChosen ? t('emailTemplates.contact.chosen') : t('emailTemplates.contact.choose')}
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
