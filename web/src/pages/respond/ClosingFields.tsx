import type { RespondSettings } from '../../api/cases.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';

export interface Closing {
  rootCause: string;
  resolution: string;
}

export const closingProblems = (closing: Closing): { rootCause?: boolean; resolution?: boolean } => ({
  ...(closing.rootCause ? {} : { rootCause: true }),
  ...(closing.resolution.trim() ? {} : { resolution: true }),
});

interface ClosingFieldsProps {
  value: Closing;
  onChange: (value: Closing) => void;
  rootCauses: RespondSettings['rootCauses'];
  /** Fields found empty in the browser. */
  problems: ReturnType<typeof closingProblems>;
  serverError: unknown;
  /** Where the server names these fields: '' for one case, 'close.' in a bulk change. */
  pathPrefix?: string;
  disabled?: boolean;
}

/** What closing needs: one of the workspace's root causes and what was done. */
export function ClosingFields({ value, onChange, rootCauses, problems, serverError, pathPrefix = '', disabled }: ClosingFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('respond.close.rootCause')}
        value={value.rootCause}
        options={[{ value: '', label: t('respond.close.chooseRootCause') }, ...rootCauses.map((cause) => ({ value: cause.id, label: cause.label }))]}
        onValueChange={(rootCause) => onChange({ ...value, rootCause })}
        error={problems.rootCause ? t('respond.close.rootCauseMissing') : serverFieldError(serverError, `${pathPrefix}rootCause`)}
        disabled={disabled}
        required
      />
      <TextAreaField
        label={t('respond.close.resolution')}
        hint={t('respond.close.resolutionHint')}
        value={value.resolution}
        onValueChange={(resolution) => onChange({ ...value, resolution })}
        error={problems.resolution ? t('respond.close.resolutionMissing') : serverFieldError(serverError, `${pathPrefix}resolution`)}
        maxLength={5000}
        disabled={disabled}
        required
      />
    </>
  );
}
