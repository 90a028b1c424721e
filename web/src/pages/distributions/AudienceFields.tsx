import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AudienceCount } from './AudienceCount.js';
import { ContactPicker } from './ContactPicker.js';
import { audienceKinds, isAudienceCountable, toAudience } from './distributionForm.js';
import type { AudienceKind, DistributionForm } from './distributionForm.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SegmentFields } from './SegmentFields.js';

const kindLabels: Record<AudienceKind, MessageKey> = {
  all: 'distributions.audience.all',
  segment: 'distributions.audience.segment',
  contacts: 'distributions.audience.contacts',
};

interface AudienceFieldsProps {
  workspaceId: string;
  form: DistributionForm;
  onChange: (changes: Partial<DistributionForm>) => void;
  errorFor: (path: string) => string | undefined;
  /** Recipients a saved draft already has from a CSV or the API, sent to whatever the audience. */
  handAdded: number;
  csvFile: File | null;
  onCsvFile: (file: File | null) => void;
}

/** Who a one-off send goes to, with a live count of whom it reaches. */
export function AudienceFields({ workspaceId, form, onChange, errorFor, handAdded, csvFile, onCsvFile }: AudienceFieldsProps) {
  const { t } = useI18n();
  const fileId = useId();
  const hintId = useId();
  return (
    <fieldset className="distribution-section">
      <legend>{t('distributions.audience')}</legend>
      <div className="checkbox-group distribution-choices">
        {audienceKinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name="distribution-audience" value={kind} checked={form.audience === kind} onChange={() => onChange({ audience: kind })} />
            {t(kindLabels[kind])}
          </label>
        ))}
      </div>
      {form.audience === 'segment' && <SegmentFields form={form} onChange={onChange} errorFor={errorFor} />}
      {form.audience === 'contacts' && (
        <>
          <ContactPicker workspaceId={workspaceId} chosen={form.contacts} onChange={(contacts) => onChange({ contacts })} error={errorFor('audience.contactIds')} />
          <div className="field">
            <label htmlFor={fileId}>{t('distributions.csv.file')}</label>
            <input id={fileId} type="file" accept=".csv,text/csv" aria-describedby={hintId} onChange={(event) => onCsvFile(event.target.files?.[0] ?? null)} />
            <p id={hintId} className="field-hint">
              {csvFile ? t('distributions.csv.chosen', { name: csvFile.name }) : t('distributions.csv.hint')}
            </p>
          </div>
        </>
      )}
      <AudienceCount workspaceId={workspaceId} audience={isAudienceCountable(form) ? toAudience(form) : null} handAdded={handAdded} />
    </fieldset>
  );
}
