import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { checkMetricRule, judgeMetricRule } from './metric-check.js';
import { findRule } from './store.js';

describe.each(testDatabases())('metric rules on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;

  it('fires when NPS over the window is below the value, once per window, and opens a case', async () => {
    const survey = (await t.admin.post(`${base()}/surveys`, { name: 'Pulse', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    // Three detractors, two passives, one promoter: NPS (1 − 3) / 6 = −33.3.
    for (const nps of [0, 4, 6, 7, 8, 10]) {
      const sent = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete: true, answers: { nps } });
      expect(sent.status).toBe(201);
    }
    const created = await t.admin.post(`${base()}/alert-rules`, {
      kind: 'metric',
      name: 'Pulse NPS falling',
      surveyIds: [survey.id],
      condition: { metric: 'nps', windowDays: 7, below: 0 },
      actions: [{ type: 'open_case', priority: 'urgent' }, { type: 'notify', emails: ['cx-lead@acme.example'] }],
    });
    expect(created.status).toBe(201);
    const rule = (await findRule(t.kuulo.services.db, t.workspaceId, created.body.id))!;

    const verdict = await judgeMetricRule(t.kuulo.services.db, rule);
    expect(verdict).toMatchObject({ fires: true, n: 6 });
    expect(verdict!.value).toBeCloseTo(-33.33, 1);
    expect(verdict!.reasons).toEqual(['NPS -33.3 is below 0 (last 7 days)']);

    // Checked twice (the quarter-hour job may check it too): it fires once for this window.
    const fired = [await checkMetricRule(t.kuulo.services, rule), await checkMetricRule(t.kuulo.services, rule)];
    expect(fired[1]).toBe(false);
    expect((await t.admin.get(`${base()}/alert-rules/${rule.id}/firings`)).body.items).toHaveLength(1);
    const cases = (await t.admin.get(`${base()}/cases`)).body.items;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ priority: 'urgent', ruleName: 'Pulse NPS falling', contact: null, context: { metric: 'nps', n: 6 } });
    const mail = (await t.admin.get(`${base()}/mail`)).body.items;
    expect(mail.map((m: { to: string }) => m.to)).toContain('cx-lead@acme.example');

    // A window with too few answers shows no number, so it never fires.
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await judgeMetricRule(t.kuulo.services.db, rule, later)).toMatchObject({ fires: false, value: null, n: 0 });
  });
});
