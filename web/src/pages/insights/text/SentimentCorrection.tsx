import { useState } from 'react';
import { correctSentiment, sentimentLabels } from '../../../api/textInsights.js';
import type { SentimentLabel, TextComment } from '../../../api/textInsights.js';
import { Alert } from '../../../components/Alert.js';
import { SelectField } from '../../../components/SelectField.js';
import { describeError } from '../../../forms/errors.js';
import { useAction } from '../../../hooks/useAction.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { sentimentNames } from './textLabels.js';
import { useTextView } from './TextViewContext.js';

/** An analyst's label for a comment (it counts everywhere and teaches the workspace's model), or back to the model's. */
export function SentimentCorrection({ comment, onCorrected }: { comment: TextComment; onCorrected: (comment: TextComment) => void }) {
  const { t } = useI18n();
  const { workspaceId } = useTextView();
  const current = comment.sentiment === 'not analysed' ? '' : comment.sentiment.label;
  const [choice, setChoice] = useState<string>(current);
  const [notice, setNotice] = useState('');
  const save = useAction(async (label: SentimentLabel | null) => {
    const saved = await correctSentiment(workspaceId, comment.id, label);
    onCorrected(saved);
    setChoice(saved.sentiment === 'not analysed' ? '' : saved.sentiment.label);
    setNotice(label ? t('insights.text.correct.saved') : t('insights.text.correct.reset'));
  });
  const isCorrected = comment.sentiment !== 'not analysed' && comment.sentiment.isCorrected;

  return (
    <div className="sentiment-correction">
      <SelectField
        label={t('insights.text.correct.label')}
        value={choice}
        options={[...(current ? [] : [{ value: '', label: t('insights.text.sentiment.notAnalysed'), disabled: true }]), ...sentimentLabels.map((label) => ({ value: label, label: t(sentimentNames[label]) }))]}
        onValueChange={(value) => {
          setChoice(value);
          setNotice('');
        }}
        className="field-inline"
      />
      <button type="button" className="button button-secondary button-small" onClick={() => void save.run(choice as SentimentLabel)} disabled={save.isBusy || !choice || choice === current}>
        {t('insights.text.correct.save')}
      </button>
      {isCorrected && (
        <button type="button" className="button button-secondary button-small" onClick={() => void save.run(null)} disabled={save.isBusy}>
          {t('insights.text.correct.undo')}
        </button>
      )}
      <span className="sentiment-correction-notice" role="status">
        {notice}
      </span>
      {save.error !== null && <Alert tone="error">{describeError(t, save.error)}</Alert>}
    </div>
  );
}
