import { useId, useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { defaultAccentColor, readableTextOn } from '../../../../src/engine/survey/theme.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Editable } from './editing.js';

interface ThemeProps {
  survey: SurveyDefinition;
  edit: (change: (survey: SurveyDefinition) => SurveyDefinition) => void;
}

/** Logos travel inside the survey as data URLs; this keeps them well under the schema's limit. */
const maxLogoBytes = 150 * 1024;

/** The survey's accent colour and logo, as respondents will see them. */
export function ThemeSection({ survey, edit }: ThemeProps) {
  const { t } = useI18n();
  const colorId = useId();
  const logoId = useId();
  const [logoError, setLogoError] = useState<string | null>(null);
  const accent = survey.theme?.accentColor ?? defaultAccentColor;
  const setTheme = (patch: Partial<NonNullable<SurveyDefinition['theme']>>) =>
    edit((s) => {
      const theme = Object.fromEntries(Object.entries({ ...s.theme, ...patch }).filter(([, value]) => value !== undefined));
      return { ...s, theme: Object.keys(theme).length ? theme : undefined };
    });

  const readLogo = (file: File | undefined) => {
    setLogoError(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'].includes(file.type)) return setLogoError(t('surveys.theme.logoType'));
    if (file.size > maxLogoBytes) return setLogoError(t('surveys.theme.logoSize'));
    const reader = new FileReader();
    reader.onload = () => setTheme({ logo: String(reader.result) });
    reader.readAsDataURL(file);
  };

  return (
    <section className="builder-card theme-section" aria-labelledby="theme-title">
      <h2 id="theme-title">{t('surveys.theme.title')}</h2>
      <Editable>
        <div className="field theme-color">
          <label htmlFor={colorId}>{t('surveys.theme.accent')}</label>
          <div className="theme-color-row">
            <input id={colorId} type="color" value={accent} onChange={(event) => setTheme({ accentColor: event.target.value })} />
            <span className="theme-sample" data-text={readableTextOn(accent) === '#ffffff' ? 'light' : 'dark'} ref={(node) => node?.style.setProperty('--sample', accent)}>
              {t('surveys.theme.sample')}
            </span>
            {survey.theme?.accentColor && (
              <button type="button" className="button button-secondary button-small" onClick={() => setTheme({ accentColor: undefined })}>
                {t('surveys.theme.reset')}
              </button>
            )}
          </div>
          <p className="field-hint">{t('surveys.theme.accentHint')}</p>
        </div>
        <div className="field theme-logo">
          <label htmlFor={logoId}>{t('surveys.theme.logo')}</label>
          {survey.theme?.logo && <img className="theme-logo-preview" src={survey.theme.logo} alt={t('surveys.theme.logoPreview')} />}
          <input id={logoId} type="file" accept="image/png,image/jpeg,image/webp,image/svg+xml" aria-describedby={`${logoId}-hint`} onChange={(event) => readLogo(event.target.files?.[0])} />
          <p id={`${logoId}-hint`} className="field-hint">{t('surveys.theme.logoHint')}</p>
          {logoError && <p className="field-error">{logoError}</p>}
          {survey.theme?.logo && (
            <button type="button" className="button button-secondary button-small" onClick={() => setTheme({ logo: undefined })}>
              {t('surveys.theme.removeLogo')}
            </button>
          )}
        </div>
      </Editable>
    </section>
  );
}
