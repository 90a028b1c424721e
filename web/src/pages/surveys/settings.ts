import type { SurveySettings } from '../../api/surveys.js';

/** The settings form's values as the inputs hold them (text), and back to what the API takes. */

export interface SettingsValues {
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone, as a datetime-local input holds it; '' for none. */
  opensAt: string;
  closesAt: string;
  responseLimit: string;
  isAnonymous: boolean;
  minSecondsToAnswer: string;
}

export type SettingsField = 'opensAt' | 'closesAt' | 'responseLimit' | 'minSecondsToAnswer';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local value in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function settingsValues(settings: EditedSettings): SettingsValues {
  return {
    opensAt: toLocalInput(settings.opensAt),
    closesAt: toLocalInput(settings.closesAt),
    responseLimit: settings.responseLimit === null ? '' : String(settings.responseLimit),
    isAnonymous: settings.isAnonymous,
    minSecondsToAnswer: String(settings.minSecondsToAnswer),
  };
}

type EditedSettings = Pick<SurveySettings, 'opensAt' | 'closesAt' | 'responseLimit' | 'isAnonymous' | 'minSecondsToAnswer'>;

export type SettingsCheck = { settings: EditedSettings; problems: Partial<Record<SettingsField, 'wholeNumber' | 'secondsRange' | 'closesBeforeOpens' | 'date'>> };

/** Checks the form and builds the settings to send; the server checks again. */
export function readSettings(values: SettingsValues): SettingsCheck {
  const problems: SettingsCheck['problems'] = {};
  const opensAt = fromLocalInput(values.opensAt);
  const closesAt = fromLocalInput(values.closesAt);
  if (values.opensAt && !opensAt) problems.opensAt = 'date';
  if (values.closesAt && !closesAt) problems.closesAt = 'date';
  if (opensAt && closesAt && closesAt <= opensAt) problems.closesAt = 'closesBeforeOpens';
  const limit = values.responseLimit.trim() === '' ? null : Number(values.responseLimit);
  if (limit !== null && (!Number.isInteger(limit) || limit < 1)) problems.responseLimit = 'wholeNumber';
  const seconds = Number(values.minSecondsToAnswer);
  if (values.minSecondsToAnswer.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 60) problems.minSecondsToAnswer = 'secondsRange';
  return {
    settings: { opensAt, closesAt, responseLimit: limit, isAnonymous: values.isAnonymous, minSecondsToAnswer: Number.isFinite(seconds) ? seconds : 0 },
    problems,
  };
}
