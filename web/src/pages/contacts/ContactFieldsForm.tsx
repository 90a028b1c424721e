import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { newAttributeRow } from './contactForm.js';
import type { AttributeProblem, AttributeRow, ContactFields } from './contactForm.js';

interface ContactFieldsFormProps {
  fields: ContactFields;
  onChange: (fields: ContactFields) => void;
  /** Problems found in the browser, by attribute row index. */
  attributeProblems: Map<number, AttributeProblem>;
  /** A missing email and external id, found in the browser. */
  identityProblem?: string | undefined;
  serverError: unknown;
  disabled?: boolean;
}

/** A contact's fields and its attributes as editable key/value rows. */
export function ContactFieldsForm({ fields, onChange, attributeProblems, identityProblem, serverError, disabled }: ContactFieldsFormProps) {
  const { t } = useI18n();
  const set = (patch: Partial<ContactFields>) => onChange({ ...fields, ...patch });
  const setRow = (index: number, patch: Partial<AttributeRow>) =>
    set({ attributes: fields.attributes.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const attributesError = serverFieldError(serverError, 'attributes');

  return (
    <>
      <div className="contact-fields">
        <TextField
          label={t('contacts.externalId')}
          hint={t('contacts.externalIdHint')}
          value={fields.externalId}
          onValueChange={(externalId) => set({ externalId })}
          error={identityProblem ?? serverFieldError(serverError, 'externalId')}
          autoComplete="off"
          disabled={disabled}
        />
        <TextField
          label={t('contacts.email')}
          type="email"
          value={fields.email}
          onValueChange={(email) => set({ email })}
          error={serverFieldError(serverError, 'email')}
          autoComplete="off"
          disabled={disabled}
        />
        <TextField
          label={t('contacts.name')}
          value={fields.name}
          onValueChange={(name) => set({ name })}
          error={serverFieldError(serverError, 'name')}
          autoComplete="off"
          disabled={disabled}
        />
        <TextField
          label={t('contacts.language')}
          hint={t('contacts.languageHint')}
          value={fields.language}
          onValueChange={(language) => set({ language })}
          error={serverFieldError(serverError, 'language')}
          autoComplete="off"
          className="field-narrow"
          disabled={disabled}
        />
      </div>
      <fieldset className="attribute-rows">
        <legend>{t('contacts.attributes')}</legend>
        <p className="field-hint">{t('contacts.attributesHint')}</p>
        {fields.attributes.map((row, index) => {
          const problem = attributeProblems.get(index);
          return (
            <div key={row.id} className="attribute-row">
              <TextField
                label={t('contacts.attributeKey')}
                value={row.key}
                onValueChange={(key) => setRow(index, { key })}
                error={problem === 'emptyKey' ? t('contacts.attributeKeyMissing') : problem === 'duplicateKey' ? t('contacts.attributeKeyTaken') : problem === 'badKey' ? t('contacts.attributeKeyFormat') : undefined}
                autoComplete="off"
                disabled={disabled}
              />
              <TextField
                label={t('contacts.attributeValue')}
                value={row.value}
                onValueChange={(value) => setRow(index, { value })}
                autoComplete="off"
                disabled={disabled}
              />
              <button
                type="button"
                className="button button-danger-quiet button-small"
                onClick={() => set({ attributes: fields.attributes.filter((_, i) => i !== index) })}
                aria-label={t('contacts.removeAttribute', { key: row.key || String(index + 1) })}
                disabled={disabled}
              >
                {t('contacts.remove')}
              </button>
            </div>
          );
        })}
        {attributesError && <p className="field-error">{attributesError}</p>}
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => set({ attributes: [...fields.attributes, newAttributeRow()] })} disabled={disabled}>
            {t('contacts.addAttribute')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
