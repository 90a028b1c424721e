import type { LanguageModels, TrainingReport } from '../../../api/textInsights.js';
import { isMessageKey, type MessageKey, type MessageParams } from '../../../i18n/messages.js';

/**
 * The sentiment models' descriptions in the reader's words. The server keeps them as English
 * lines (the model files' and training reports' own record); these are worded again from their
 * codes and numbers. Pure: `t` and the number format come from the caller.
 */

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What a shipped model learnt from, by its language; the server's own line for a language it does not know. */
export function genericDataText(language: LanguageModels, t: Translate): string {
  const key = `insights.text.models.genericData.${language.lang}`;
  return isMessageKey(key) ? t(key) : language.generic.trainedOn;
}

const tasks: Record<string, MessageKey> = { 'sentiment, 3 labels': 'insights.text.models.task.threeLabels', 'sentiment, positive vs negative': 'insights.text.models.task.twoLabels' };
const dataSets: Record<string, MessageKey> = { 'XED test': 'insights.text.models.data.xedTest', 'Kuulo feedback check': 'insights.text.models.data.feedbackCheck' };

/** A measurement's row: the data set (a published one by its name) and the task. */
export function measuredName(row: { task: string; data: string }, t: Translate): string {
  const data = dataSets[row.data] ? t(dataSets[row.data]!) : row.data;
  const task = tasks[row.task] ? t(tasks[row.task]!) : row.task;
  return `${data} (${task})`;
}

/**
 * Why a training's model was or was not put to use: too few labelled comments, or how it measured
 * against the best of the generic model and the one in use before (a lead of `requiredGain` needed).
 */
export function trainingReasonText(report: TrainingReport, t: Translate, number: (value: number) => string, minimum: { training: number; heldBack: number }): string {
  if (!report.workspace || !report.generic) return t('insights.text.models.reason.tooFew', { trained: report.trained, training: minimum.training, heldBack: report.heldBack, minHeldBack: minimum.heldBack });
  const isPreviousBest = report.previous !== null && report.previous.macroF1 > report.generic.macroF1;
  const params = {
    score: number(report.workspace.macroF1),
    count: report.heldBack,
    best: number(isPreviousBest ? report.previous!.macroF1 : report.generic.macroF1),
    other: t(isPreviousBest || (report.decision === 'not used' && report.previous) ? 'insights.text.models.reason.previous' : 'insights.text.models.reason.generic'),
  };
  return t(report.decision === 'in use' ? 'insights.text.models.reason.better' : 'insights.text.models.reason.notBetter', params);
}
