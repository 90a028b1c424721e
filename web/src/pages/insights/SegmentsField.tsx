import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { TextField } from '../../components/TextField.js';
import { maxSegments } from './dimensions.js';
import type { SegmentProblem } from './dimensions.js';

const problemText: Record<SegmentProblem, MessageKey> = {
  empty: 'insights.settings.segmentEmpty',
  format: 'insights.settings.segmentFormat',
  duplicate: 'insights.settings.segmentDuplicate',
};

interface SegmentsFieldProps {
  segments: string[];
  problems: (SegmentProblem | null)[];
  disabled: boolean;
  onChange: (segments: string[]) => void;
}

/** The segments kept as breakdowns, one field each: `contact.<attribute>` or `hidden.<field>`. */
export function SegmentsField({ segments, problems, disabled, onChange }: SegmentsFieldProps) {
  const { t } = useI18n();
  const set = (index: number, value: string) => onChange(segments.map((s, i) => (i === index ? value : s)));
  return (
    <fieldset className="segments-field">
      <legend>{t('insights.settings.segments')}</legend>
      <p className="field-hint">{t('insights.settings.segmentsHint')}</p>
      {segments.length === 0 && <p className="muted">{t('insights.settings.noSegments')}</p>}
      <ul className="segment-rows">
        {segments.map((segment, index) => (
          <li key={index}>
            <TextField
              label={t('insights.settings.segment', { number: index + 1 })}
              value={segment}
              onValueChange={(value) => set(index, value)}
              placeholder="contact.plan"
              spellCheck={false}
              autoComplete="off"
              disabled={disabled}
              error={problems[index] ? t(problemText[problems[index]]) : undefined}
            />
            {!disabled && (
              <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(segments.filter((_, i) => i !== index))}>
                {t('insights.settings.removeSegment', { number: index + 1 })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && segments.length < maxSegments && (
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([...segments, ''])}>
            {t('insights.settings.addSegment')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
