import { PageHeading } from '../components/PageHeading.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link } from '../router/router.js';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading lead={t('notFound.body')}>{t('notFound.title')}</PageHeading>
      <Link className="button button-primary" href="/">
        {t('notFound.home')}
      </Link>
    </>
  );
}
