import { useState } from 'react';
import type { FormEvent } from 'react';
import { createContact } from '../../api/contacts.js';
import type { Contact } from '../../api/contacts.js';
import { Dialog } from '../../components/Dialog.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ContactFieldsForm } from './ContactFieldsForm.js';
import { emptyFields, fieldsToInput, rowsToAttributes, withoutNulls } from './contactForm.js';
import type { AttributeProblem } from './contactForm.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

const fieldNames = ['externalId', 'email', 'name', 'language', 'attributes'] as const;

interface NewContactDialogProps {
  workspaceId: string;
  isOpen: boolean;
  onDismiss: () => void;
  onCreated: (contact: Contact) => void;
}

/** Adds one contact by hand. */
export function NewContactDialog({ workspaceId, isOpen, onDismiss, onCreated }: NewContactDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('contacts.newTitle')} onDismiss={onDismiss}>
      {isOpen && <NewContactForm workspaceId={workspaceId} onDismiss={onDismiss} onCreated={onCreated} />}
    </Dialog>
  );
}

function NewContactForm({ workspaceId, onDismiss, onCreated }: Omit<NewContactDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const [fields, setFields] = useState(emptyFields);
  const [problems, setProblems] = useState(new Map<number, AttributeProblem>());
  const [identityProblem, setIdentityProblem] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { attributes, problems: found } = rowsToAttributes(fields.attributes);
    const missing = fields.externalId.trim() || fields.email.trim() ? undefined : t('contacts.identityRequired');
    setProblems(found);
    setIdentityProblem(missing);
    setServerError(null);
    if (found.size > 0 || missing) return;
    setIsBusy(true);
    try {
      onCreated(await createContact(workspaceId, withoutNulls(fieldsToInput(fields, attributes))));
    } catch (error) {
      setServerError(error);
      setIsBusy(false);
    }
  };

  return (
    <form className="form contact-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={fieldNames} />
      <ContactFieldsForm fields={fields} onChange={setFields} attributeProblems={problems} identityProblem={identityProblem} serverError={serverError} disabled={isBusy} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('contacts.creating') : t('contacts.create')}
        </button>
      </div>
    </form>
  );
}
