import type { Locale } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { isLocale, localeNames, locales } from '../i18n/locale.js';
import { useSession } from '../session/SessionProvider.js';
import { SelectField } from './SelectField.js';

const options = locales.map((locale: Locale) => ({ value: locale, label: localeNames[locale] }));

/** Changes the language at once; saved in this browser, and to the account when signed in. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { locale, t } = useI18n();
  const { changeLocale } = useSession();
  return (
    <SelectField
      className={['language-switcher', className].filter(Boolean).join(' ')}
      label={t('lang.label')}
      value={locale}
      options={options}
      onValueChange={(value) => {
        if (isLocale(value)) changeLocale(value);
      }}
      isLabelHidden
    />
  );
}
