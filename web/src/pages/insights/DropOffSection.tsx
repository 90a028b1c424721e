import type { SurveyReport } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ChoiceBars } from './Distributions.js';

/** Where unfinished responses stopped, page by page (not known under a filter). */
export function DropOffSection({ pages }: { pages: SurveyReport['pages'] }) {
  const { t } = useI18n();
  const stopped = pages?.reduce((sum, page) => sum + page.stopped, 0) ?? 0;
  const title = t('insights.dropOff.title');
  const labelOf = (pageId: string) => {
    const position = pages?.find((page) => page.pageId === pageId)?.position ?? null;
    return position === null ? t('insights.dropOff.removedPage', { id: pageId }) : t('insights.dropOff.page', { number: position + 1 });
  };
  return (
    <section className="card insights-section" aria-labelledby="drop-off-title">
      <h2 id="drop-off-title">{title}</h2>
      {pages === null && <p className="muted">{t('insights.dropOff.filtered')}</p>}
      {pages !== null && stopped === 0 && <p className="muted">{t('insights.dropOff.none')}</p>}
      {pages !== null && stopped > 0 && (
        <>
          <p className="muted">{t('insights.dropOff.lead')}</p>
          <ChoiceBars items={pages.map((page) => ({ key: page.pageId, count: page.stopped }))} answered={stopped} labelOf={labelOf} caption={title} headings={[t('insights.dropOff.pageHeading'), t('insights.dropOff.stopped'), t('insights.dropOff.share')]} />
        </>
      )}
    </section>
  );
}
