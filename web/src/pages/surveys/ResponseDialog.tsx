import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { shownText } from '../../../../src/engine/survey/text.js';
import type { SurveyResponse } from '../../api/surveys.js';
import { Dialog } from '../../components/Dialog.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { answerColumns, formatAnswer } from './answers.js';
import { useResponseLabels } from './responseLabels.js';

/** One response in full: when, how and in which language it came, and every question with its answer. */
export function ResponseDialog({ response, definition, onDismiss }: { response: SurveyResponse | null; definition: SurveyDefinition; onDismiss: () => void }) {
  const { t } = useI18n();
  const labels = useResponseLabels();
  const lang = { language: definition.defaultLanguage, defaultLanguage: definition.defaultLanguage };
  const words = { yes: t('surveys.yes'), no: t('surveys.no') };
  const columns = response ? answerColumns(definition, [response]) : [];
  const hidden = Object.entries(response?.hidden ?? {});

  return (
    <Dialog isOpen={response !== null} title={t('surveys.response.title')} onDismiss={onDismiss}>
      {response && (
        <div className="response-detail">
          <dl className="response-meta">
            <div>
              <dt>{t('surveys.response.started')}</dt>
              <dd>{labels.date(response.startedAt)}</dd>
            </div>
            <div>
              <dt>{t('surveys.response.completed')}</dt>
              <dd>{response.completedAt ? labels.date(response.completedAt) : labels.state('partial')}</dd>
            </div>
            <div>
              <dt>{t('surveys.responses.channel')}</dt>
              <dd>{labels.channel(response.channel)}</dd>
            </div>
            <div>
              <dt>{t('surveys.responses.language')}</dt>
              <dd>{labels.language(response.language)}</dd>
            </div>
            <div>
              <dt>{t('surveys.version')}</dt>
              <dd>v{response.surveyVersion}</dd>
            </div>
          </dl>
          <ol className="response-answers">
            {columns.map((column) => {
              const answer = formatAnswer(column.question, response.answers[column.id], lang, words);
              return (
                <li key={column.id}>
                  <p className="response-question">{column.question ? shownText(column.question.text, lang.language, lang.defaultLanguage) || column.id : column.id}</p>
                  <p className={answer ? 'response-answer' : 'response-answer muted'}>{answer || t('surveys.response.noAnswer')}</p>
                </li>
              );
            })}
          </ol>
          {hidden.length > 0 && (
            <>
              <h3>{t('surveys.response.hidden')}</h3>
              <dl className="response-meta">
                {hidden.map(([key, value]) => (
                  <div key={key}>
                    <dt>
                      <code>{key}</code>
                    </dt>
                    <dd>{String(value)}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
