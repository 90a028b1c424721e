import { z } from 'zod';
import { metricOverview } from '../../insights/metrics/overview.js';
import { addDays } from '../../insights/metrics/periods.js';
import { findRollupSettings } from '../../insights/rollups/store.js';
import { dayIn } from '../../insights/rollups/rows.js';
import type { Db } from '../../platform/db/database.js';
import { defineJob } from '../../platform/jobs/job-queue.js';
import { sendQueuedMail } from '../../platform/mail/mail.js';
import type { PlatformServices } from '../../platform/services.js';
import { findRespondSettings } from '../settings/store.js';
import { runActions } from './actions.js';
import { MetricCondition, RuleAction } from '../../engine/respond/rules.js';
import { claimFiring, unsafeAllEnabledMetricRules, type RuleRow } from './store.js';

/** What a metric rule saw over its window, and whether it fires. */
export interface MetricVerdict {
  fires: boolean;
  value: number | null;
  previous: number | null;
  change: number | null;
  pValue: number | null;
  n: number;
  from: string;
  to: string;
  reasons: string[];
}

const headlineOf = (result: Record<string, unknown> | undefined, metric: 'nps' | 'csat'): number | null => {
  const value = metric === 'nps' ? result?.['score'] : result?.['share'];
  return typeof value === 'number' ? value : null;
};

/**
 * Judges a metric rule over the last `windowDays` days up to `today` (the workspace's day): NPS
 * score or CSAT share below the rule's value, or significantly down on the window before. Reads
 * the Insights rollups, so it costs the same at a thousand responses or ten million.
 */
export async function judgeMetricRule(db: Db, rule: RuleRow, now = new Date()): Promise<MetricVerdict | null> {
  const condition = MetricCondition.parse(rule.condition);
  const settings = await findRollupSettings(db, rule.workspaceId);
  if (!settings) return null;
  const to = dayIn(settings.timeZone, now);
  const from = addDays(to, -(condition.windowDays - 1));
  const overview = await metricOverview(db, {
    workspaceId: rule.workspaceId,
    metric: condition.metric,
    from,
    to,
    interval: 'day',
    ...(rule.surveyIds.length ? { surveyIds: rule.surveyIds } : {}),
    ...(condition.segment ? { filter: condition.segment } : {}),
  });
  if (!overview) return null;
  const value = overview.value.isTooFew ? null : headlineOf(overview.value.result, condition.metric);
  const previous = overview.previous.value.isTooFew ? null : headlineOf(overview.previous.value.result, condition.metric);
  const name = condition.metric === 'nps' ? 'NPS' : 'CSAT';
  const reasons: string[] = [];
  if (condition.below !== undefined && value !== null && value < condition.below) reasons.push(`${name} ${value.toFixed(1)} is below ${condition.below} (last ${condition.windowDays} days)`);
  const change = overview.change;
  if (condition.significantDrop && change?.isSignificant && change.change !== null && change.change < 0) {
    reasons.push(`${name} fell ${Math.abs(change.change).toFixed(1)} points against the ${condition.windowDays} days before (p = ${change.pValue?.toFixed(3)})`);
  }
  return { fires: reasons.length > 0, value, previous, change: change?.change ?? null, pValue: change?.pValue ?? null, n: overview.value.n, from, to, reasons };
}

/** Checks every enabled metric rule; each fires at most once per window end (a day), whatever the schedule. */
export function metricCheckJob(services: Pick<PlatformServices, 'db' | 'config' | 'jobs' | 'mailJob' | 'events'>) {
  const { db } = services;
  return defineJob({
    name: 'respond.metric-rules',
    payload: z.object({ now: z.iso.datetime().optional() }).loose(),
    cron: '*/15 * * * *',
    retry: { limit: 1, delaySeconds: 60, backoff: false },
    handler: async ({ now: given }) => {
      const now = given ? new Date(given) : new Date();
      let fired = 0;
      for (const rule of await unsafeAllEnabledMetricRules(db)) {
        if (await checkMetricRule(services, rule, now)) fired++;
      }
      return { fired };
    },
  });
}

/** Judges one metric rule and, when it holds, runs its actions once for this window. */
export async function checkMetricRule(services: Pick<PlatformServices, 'db' | 'config' | 'jobs' | 'mailJob' | 'events'>, rule: RuleRow, now = new Date()): Promise<boolean> {
  const { db } = services;
  const verdict = await judgeMetricRule(db, rule, now);
  if (!verdict?.fires) return false;
  const condition = MetricCondition.parse(rule.condition);
  const subject = `metric:${verdict.to}`;
  const settings = await findRespondSettings(db, rule.workspaceId);
  const outcome = await db.transaction(async (tx: Db) => {
    if (!(await claimFiring(tx, { workspaceId: rule.workspaceId, ruleId: rule.id, subject, details: { ...verdict }, firedAt: now }))) return null;
    return runActions(
      tx,
      services.config,
      settings,
      RuleAction.array().parse(rule.actions),
      {
        rule,
        subject,
        headline: { kind: 'metric', rule: rule.name, metric: condition.metric, value: verdict.value, from: verdict.from, to: verdict.to },
        reasons: verdict.reasons,
        response: null,
        contact: null,
        context: { metric: condition.metric, segment: condition.segment ?? null, ...verdict },
      },
      now,
    );
  });
  if (!outcome) return false;
  await sendQueuedMail(services.jobs, services.mailJob, rule.workspaceId, outcome.mailIds);
  await services.events.dispatchSoon();
  return true;
}
