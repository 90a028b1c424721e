import { addDays, previousPeriod, type Interval } from '../../../src/insights/metrics/periods.js';
import type { Overview } from '../../../src/insights/metrics/overview.js';
import type { SurveyReport } from '../../../src/insights/metrics/survey-report.js';
import type { ShownValue } from '../../../src/insights/metrics/values.js';
import { biggestSurvey } from './plan.js';

/**
 * The dashboard questions the group times, and their answers flattened to named numbers
 * (`value.n`, `bucket:2026-11-16.score`, `question:csat=5`…) so that Kuulo's answer and the
 * reference's can be compared key by key. Groups with no answers are left out on both sides.
 */

export type DashboardNumbers = Map<string, number>;

export interface OverviewQuestion {
  kind: 'overview';
  name: string;
  from: string;
  to: string;
  previousFrom: string;
  interval: Interval;
}

export interface SurveyQuestion {
  kind: 'survey';
  name: string;
  surveyKey: string;
  from: string;
  to: string;
}

export type DashboardQuestion = OverviewQuestion | SurveyQuestion;

/** (a) NPS of all surveys, last 90 days, weekly, by channel; (b) the last year, monthly; (c) the biggest survey's report, 90 days. */
export function dashboardQuestions(today: string): DashboardQuestion[] {
  const overview = (name: string, days: number, interval: Interval): OverviewQuestion => {
    const from = addDays(today, -(days - 1));
    return { kind: 'overview', name, from, to: today, previousFrom: previousPeriod(from, today).from, interval };
  };
  return [
    overview('overview_90d', 90, 'week'),
    overview('overview_1y', 365, 'month'),
    { kind: 'survey', name: 'survey_90d', surveyKey: biggestSurvey.key, from: addDays(today, -89), to: today },
  ];
}

function addShown(numbers: DashboardNumbers, key: string, value: ShownValue): void {
  if (value.n === 0) return;
  numbers.set(`${key}.n`, value.n);
  const score = value.result?.['score'];
  if (typeof score === 'number') numbers.set(`${key}.score`, score);
}

export function overviewNumbers(overview: Overview): DashboardNumbers {
  const numbers: DashboardNumbers = new Map();
  addShown(numbers, 'value', overview.value);
  addShown(numbers, 'previous', overview.previous.value);
  for (const point of overview.series) addShown(numbers, `bucket:${point.start}`, point.value);
  for (const item of overview.breakdown?.items ?? []) addShown(numbers, `breakdown:${item.value}`, item.result);
  numbers.set('started', overview.responses.started ?? -1);
  numbers.set('completed', overview.responses.completed);
  return numbers;
}

export function surveyNumbers(report: SurveyReport): DashboardNumbers {
  const numbers: DashboardNumbers = new Map([
    ['started', report.responses.started ?? -1],
    ['completed', report.responses.completed],
  ]);
  for (const question of report.questions) {
    if (question.value.n > 0) numbers.set(`question:${question.questionId}.n`, question.value.n);
    for (const { key, count } of question.distribution) if (count > 0) numbers.set(`question:${question.questionId}=${key}`, count);
  }
  return numbers;
}

/** What differs between two answers, as readable lines; empty when they agree (scores to 1e-9). */
export function differences(ours: DashboardNumbers, reference: DashboardNumbers): string[] {
  const lines: string[] = [];
  for (const key of new Set([...ours.keys(), ...reference.keys()])) {
    const a = ours.get(key);
    const b = reference.get(key);
    const agree = a !== undefined && b !== undefined && (key.endsWith('.score') ? Math.abs(a - b) <= 1e-9 : a === b);
    if (!agree) lines.push(`${key}: Kuulo ${a ?? 'none'}, DuckDB ${b ?? 'none'}`);
  }
  return lines;
}
