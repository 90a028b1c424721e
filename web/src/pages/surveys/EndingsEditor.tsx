import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AddButton, IconButton, InlineProblems, TextAreaField, useFocusAfterChange } from './controls.js';
import { Editable, useCanEdit } from './editing.js';
import { addEnding, maxEndings, removeEnding, setRedirectUrl } from './flow.js';
import { placeOf } from './problems.js';
import type { TextsProps } from './SurveyTexts.js';
import { setTextAt } from './texts.js';

/**
 * The end screens: the first closes the survey when it runs its course, the others are where jumps
 * send respondents. Each has a title, an optional message and an optional address to go on to.
 */
export function EndingsEditor({ survey, problems, edit }: TextsProps) {
  const { t } = useI18n();
  const canEdit = useCanEdit();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const language = survey.defaultLanguage;
  const count = survey.endings.length;

  const add = () => {
    focusAfter(`#ending-${count} input`);
    edit(addEnding);
  };
  const remove = (e: number) => {
    focusAfter(`#ending-${Math.min(e, count - 2)} [data-action="remove"]:not(:disabled)`, '[data-action="add-ending"]');
    edit((s) => removeEnding(s, e));
  };

  return (
    <section ref={ref} className="builder-card" aria-labelledby="endings-title">
      <h2 id="endings-title">{t('surveys.endings')}</h2>
      <p className="field-hint">{t('surveys.endingsHint')}</p>
      {survey.endings.map((ending, e) => {
        const n = e + 1;
        const own = problems.filter((p) => {
          const place = placeOf(p.path);
          return place.kind === 'ending' && place.ending === e;
        });
        return (
          <div key={ending.id} id={`ending-${e}`} tabIndex={-1} className="ending" role="group" aria-labelledby={`ending-${e}-title`}>
            <header className="ending-header">
              <h3 id={`ending-${e}-title`}>{t('surveys.endingN', { n })}</h3>
              <code className="question-id" title={t('surveys.endingId')}>
                {ending.id}
              </code>
              <IconButton icon="trash" tone="danger" label={t('surveys.removeEnding', { n })} data-action="remove" disabled={!canEdit || count <= 1} onClick={() => remove(e)} />
            </header>
            <InlineProblems problems={own} />
            <Editable>
              <TextField
                label={t('surveys.endingTitle')}
                value={ending.title[language] ?? ''}
                onValueChange={(value) => edit((s) => setTextAt(s, { path: ['endings', e, 'title'], isOptional: false }, language, value))}
              />
              <TextAreaField
                label={t('surveys.endingMessage')}
                hint={t('surveys.optional')}
                rows={2}
                value={ending.message?.[language] ?? ''}
                onValueChange={(value) => edit((s) => setTextAt(s, { path: ['endings', e, 'message'], isOptional: true }, language, value))}
              />
              <TextField
                label={t('surveys.redirectUrl')}
                hint={t('surveys.redirectUrlHint')}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={ending.redirectUrl ?? ''}
                onValueChange={(value) => edit((s) => setRedirectUrl(s, e, value))}
              />
            </Editable>
          </div>
        );
      })}
      {canEdit && count < maxEndings && <AddButton label={t('surveys.addEnding')} isSmall={false} data-action="add-ending" onClick={add} />}
    </section>
  );
}
