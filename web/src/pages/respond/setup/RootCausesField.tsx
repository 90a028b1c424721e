import { TextField } from '../../../components/TextField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { AddButton, IconButton, useFocusAfterChange } from '../../surveys/controls.js';
import { keyFrom, newRootCause } from './settingsForm.js';
import type { RootCauseForm } from './settingsForm.js';

interface RootCausesFieldProps {
  causes: RootCauseForm[];
  errorFor: (path: string) => string | undefined;
  onChange: (causes: RootCauseForm[]) => void;
}

/** The root causes a case is closed with: rename by changing the label; a saved id stays, since closed cases name it. */
export function RootCausesField({ causes, errorFor, onChange }: RootCausesFieldProps) {
  const { t } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLElement>();
  const set = (i: number, changes: Partial<RootCauseForm>) => onChange(causes.map((c, j) => (j === i ? { ...c, ...changes } : c)));
  return (
    <section ref={ref} className="card" aria-labelledby="root-causes-title">
      <h2 id="root-causes-title">{t('respond.setup.settings.rootCauses')}</h2>
      <p className="field-hint">{t('respond.setup.settings.rootCausesHint')}</p>
      {errorFor('rootCauses') && <p className="field-error">{errorFor('rootCauses')}</p>}
      {causes.length === 0 && <p className="muted">{t('respond.setup.settings.noRootCauses')}</p>}
      <ol className="setup-rows root-causes">
        {causes.map((cause, i) => {
          const n = i + 1;
          return (
            <li key={i} className="setup-row">
              <TextField
                label={t('respond.setup.settings.rootCauseN', { n })}
                value={cause.label}
                maxLength={200}
                onValueChange={(label) => set(i, { label })}
                autoComplete="off"
                error={errorFor(`rootCauses.${i}.label`)}
              />
              {cause.isNew ? (
                <TextField
                  label={t('respond.setup.settings.idN', { n })}
                  placeholder={keyFrom(cause.label)}
                  hint={t('respond.setup.settings.idHint')}
                  value={cause.id}
                  maxLength={64}
                  onValueChange={(id) => set(i, { id })}
                  spellCheck={false}
                  autoComplete="off"
                  error={errorFor(`rootCauses.${i}.id`)}
                />
              ) : (
                <p className="setup-id">
                  <span className="muted">{t('respond.setup.settings.id')}</span> <code>{cause.id}</code>
                </p>
              )}
              <IconButton
                icon="close"
                tone="danger"
                className="setup-row-remove"
                label={cause.label.trim() ? t('respond.setup.settings.removeNamed', { name: cause.label.trim() }) : t('respond.setup.settings.removeRootCause', { n })}
                onClick={() => {
                  focusAfter(`.root-causes > li:nth-child(${Math.min(n, causes.length - 1)}) .setup-row-remove`, '[data-action="add-root-cause"]');
                  onChange(causes.filter((_, j) => j !== i));
                }}
              />
            </li>
          );
        })}
      </ol>
      {causes.length < 100 && (
        <AddButton
          label={t('respond.setup.settings.addRootCause')}
          data-action="add-root-cause"
          onClick={() => {
            focusAfter('.root-causes > li:last-child input');
            onChange([...causes, newRootCause()]);
          }}
        />
      )}
    </section>
  );
}
