import { minPasswordLength } from '../forms/validate.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { TextField } from './TextField.js';

/** A password being chosen (setup, invitation, reset, change): the same length rule and hint everywhere, and a hint for password managers. */
export function NewPasswordField({ label, value, onValueChange, error }: { label: string; value: string; onValueChange: (value: string) => void; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      minLength={minPasswordLength}
      hint={t('setup.passwordHint')}
      value={value}
      onValueChange={onValueChange}
      error={error}
      required
    />
  );
}
