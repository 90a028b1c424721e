import { Alert } from '../../components/Alert.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Said while the rollups are rebuilt after the workspace moved to another time zone: the numbers are still the old zone's. */
export function RebuildingNotice({ timeZone }: { timeZone: string }) {
  const { t } = useI18n();
  return <Alert tone="info">{t('insights.rebuilding', { timeZone: timeZone.replace(/_/g, ' ') })}</Alert>;
}
