import { useI18n } from '../i18n/I18nProvider.js';
import { isMessageKey } from '../i18n/messages.js';

/** Names for codes the server sends (roles); a code we have no words for is shown as it is. */
export function useRoleLabel(): (role: string) => string {
  const { t } = useI18n();
  return (role) => {
    const key = `role.${role}`;
    return isMessageKey(key) ? t(key) : role;
  };
}
