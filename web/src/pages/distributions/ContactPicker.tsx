import { getContact } from '../../api/contacts.js';
import { ContactSearchPicker, contactLabel } from '../../components/ContactSearchPicker.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import type { PickedContact } from './distributionForm.js';

/** How many chosen contacts an edit names by looking them up; the rest are counted. */
const namedAtMost = 50;

interface ContactPickerProps {
  workspaceId: string;
  chosen: PickedContact[];
  onChange: (chosen: PickedContact[]) => void;
  error?: string | undefined;
}

/** The contacts a one-off send goes to, found by search and added one by one. */
export function ContactPicker({ workspaceId, chosen, onChange, error }: ContactPickerProps) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  // A saved distribution names its contacts by id only; their names are looked up once.
  const unnamed = chosen.filter((c) => c.label === null).slice(0, namedAtMost).map((c) => c.id);
  const names = useLoad(`picked-contacts:${workspaceId}:${unnamed.join(',')}`, async () => {
    const found = await Promise.all(unnamed.map((id) => getContact(workspaceId, id).catch(() => null)));
    return new Map(found.filter((c) => c !== null).map((c) => [c.id, contactLabel(c, t('contacts.unnamed'))]));
  });
  const labelOf = (c: PickedContact) => c.label ?? names.data?.get(c.id) ?? t('distributions.contacts.unknown');
  const isChosen = (id: string) => chosen.some((c) => c.id === id);

  return (
    <div className="contact-picker">
      {can('contacts.read') ? (
        <ContactSearchPicker
          workspaceId={workspaceId}
          label={t('distributions.contacts.find')}
          searchText={t('distributions.contacts.search')}
          action={(contact, name) => {
            const text = t(isChosen(contact.id) ? 'distributions.contacts.added' : 'distributions.contacts.add');
            return { text, name: t('distributions.contacts.actionFor', { action: text, name }), isDone: isChosen(contact.id) };
          }}
          onPick={(contact) => onChange([...chosen, { id: contact.id, label: contactLabel(contact, t('contacts.unnamed')) }])}
        />
      ) : (
        <p className="field-hint">{t('distributions.contacts.cannotSee')}</p>
      )}
      <p className="distribution-chosen-count" aria-live="polite">
        {t('distributions.contacts.chosen', { count: chosen.length })}
      </p>
      {chosen.length > 0 && (
        <ul className="contact-results" aria-label={t('distributions.contacts.chosenList')}>
          {chosen.map((contact) => (
            <li key={contact.id}>
              <span>{labelOf(contact)}</span>
              <button
                type="button"
                className="button button-danger-quiet button-small"
                onClick={() => onChange(chosen.filter((c) => c.id !== contact.id))}
                aria-label={t('distributions.contacts.removeNamed', { name: labelOf(contact) })}
              >
                {t('distributions.contacts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
