import { useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { shownText } from '../../../../src/engine/survey/text.js';
import { listResponses, responsesCsvUrl } from '../../api/surveys.js';
import type { SurveyDetail, SurveyResponse } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { describeError } from '../../forms/errors.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useRouter } from '../../router/router.js';
import { surveyPath } from '../../router/routes.js';
import { answerColumns, formatAnswer } from './answers.js';
import { SurveyIcon } from './controls.js';
import { useResponseLabels } from './responseLabels.js';
import { ResponseDialog } from './ResponseDialog.js';
import { ResponseFiltersForm } from './ResponseFiltersForm.js';
import { readFilters, toApiFilters, writeFilters } from './responseFilters.js';
import type { FilterValues } from './responseFilters.js';

const pageSize = 50;

/** The survey's responses, newest first, filtered by what the address says, a page at a time. */
export function ResponsesTab({ workspaceId, survey, definition }: { workspaceId: string; survey: SurveyDetail; definition: SurveyDefinition }) {
  const { t, formatDateTime } = useI18n();
  const { location, navigate } = useRouter();
  const values = readFilters(location.search);
  const query = writeFilters(values);
  const first = useLoad(`responses:${survey.id}:${query}`, () => listResponses(workspaceId, survey.id, toApiFilters(values), { limit: pageSize }));
  const [more, setMore] = useState<{ query: string; items: SurveyResponse[]; nextCursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [open, setOpen] = useState<SurveyResponse | null>(null);
  const labels = useResponseLabels();

  const setFilters = (next: FilterValues) => navigate(`${surveyPath(workspaceId, survey.id, 'responses')}${writeFilters(next)}`, { replace: true });
  const filters = <ResponseFiltersForm values={values} languages={definition.languages} definition={definition} onChange={setFilters} />;

  if (first.error) return <>{filters}<LoadError error={first.error} onRetry={first.reload} /></>;
  if (!first.data) return <>{filters}<Loading /></>;

  const extra = more?.query === query ? more : null;
  const items = [...first.data.items, ...(extra?.items ?? [])];
  const cursor = extra ? extra.nextCursor : first.data.nextCursor;
  const columns = answerColumns(definition, items);
  const lang = { language: definition.defaultLanguage, defaultLanguage: definition.defaultLanguage };
  const words = { yes: t('surveys.yes'), no: t('surveys.no') };
  const numberOf = new Map(columns.map((c, i) => [c.id, i + 1]));

  const loadMore = async () => {
    if (!cursor) return;
    setIsBusy(true);
    setMoreError(null);
    try {
      const page = await listResponses(workspaceId, survey.id, toApiFilters(values), { before: cursor, limit: pageSize });
      setMore({ query, items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setMoreError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const heading = (column: (typeof columns)[number]) => {
    const text = column.question ? shownText(column.question.text, lang.language, lang.defaultLanguage) : '';
    return text || column.id;
  };

  return (
    <div className="stack responses">
      {filters}
      <div className="responses-bar">
        <p className="muted" role="status">
          {items.length === 0 ? t('surveys.responses.none') : t('surveys.responses.shown', { count: items.length })}
        </p>
        {items.length > 0 && survey.latestVersion !== null && (
          <a className="button button-secondary button-small" href={responsesCsvUrl(workspaceId, survey.id, toApiFilters(values), definition.defaultLanguage)} download>
            <SurveyIcon name="download" />
            {t('surveys.responses.csv')}
          </a>
        )}
      </div>
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table responses-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.responses.time')}</th>
                <th scope="col">{t('surveys.responses.state')}</th>
                <th scope="col">{t('surveys.responses.channel')}</th>
                <th scope="col">{t('surveys.responses.language')}</th>
                {columns.map((column) => (
                  <th key={column.id} scope="col" title={heading(column)}>
                    <span className="answer-heading">{heading(column)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((response) => (
                <tr key={response.id} className="response-row" onClick={() => setOpen(response)}>
                  <td data-label={t('surveys.responses.time')}>
                    <button type="button" className="link-button" onClick={(event) => { event.stopPropagation(); setOpen(response); }}>
                      {formatDateTime(response.completedAt ?? response.startedAt)}
                    </button>
                  </td>
                  <td data-label={t('surveys.responses.state')}>
                    <span>
                      <span className={`badge ${response.state === 'complete' ? 'badge-success' : 'badge-muted'}`}>{labels.state(response.state)}</span>
                    </span>
                  </td>
                  <td data-label={t('surveys.responses.channel')}>{labels.channel(response.channel)}</td>
                  <td data-label={t('surveys.responses.language')}>{labels.language(response.language)}</td>
                  {columns.map((column) => {
                    const answer = formatAnswer(column.question, response.answers[column.id], lang, words);
                    // An empty cell stays empty, so the narrow-screen card view leaves unanswered questions out.
                    return (
                      <td key={column.id} data-label={`${numberOf.get(column.id)}. ${heading(column)}`}>
                        {answer && <span className="answer-cell">{answer}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {cursor && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('surveys.responses.loadMore')}
          </button>
        </div>
      )}
      <ResponseDialog response={open} definition={definition} onDismiss={() => setOpen(null)} />
    </div>
  );
}
