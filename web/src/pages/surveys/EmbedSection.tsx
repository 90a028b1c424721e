import type { SurveyDetail } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { embedSnippet, originOf } from './widget.js';
import { Snippet } from './WidgetSnippet.js';

/** The survey as an iframe inside one of the company's pages. */
export function EmbedSection({ detail }: { detail: SurveyDetail }) {
  const { t } = useI18n();
  const { definition } = detail;
  const title = definition.title[definition.defaultLanguage]?.trim() || detail.name;
  return (
    <section className="builder-card" aria-labelledby="embed-title">
      <h2 id="embed-title">{t('surveys.embed.title')}</h2>
      <p className="muted">{t('surveys.embed.intro')}</p>
      <Snippet label={t('surveys.embed.code')} code={embedSnippet(detail.publicUrl, title)} hint={t('surveys.embed.csp', { origin: originOf(detail.publicUrl) })} />
    </section>
  );
}
