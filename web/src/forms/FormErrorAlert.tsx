import { Alert } from '../components/Alert.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { describeError, isOnlyAboutFields } from './errors.js';

/**
 * A form's server error, said once above the form, unless every problem in it is already shown
 * beside its own field.
 */
export function FormErrorAlert({ error, fields }: { error: unknown; fields: readonly string[] }) {
  const { t } = useI18n();
  if (error === null || error === undefined || isOnlyAboutFields(error, fields)) return null;
  return <Alert tone="error">{describeError(t, error)}</Alert>;
}
