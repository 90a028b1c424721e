import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { signIdentity } from '../widget/identity.js';

describe.each(testDatabases())('the widget asks before it asks, on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;

  it('says no to a verified visitor over the budget or unsubscribed, counts a yes, and never judges an unsigned id', async () => {
    const survey = (await t.admin.post(`${base()}/surveys`, { name: 'Widget NPS', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    const secret = (await t.admin.post(`${base()}/collect-settings/identity-secret`)).body.secret as string;
    const contact = (await t.admin.post(`${base()}/contacts`, { externalId: 'cust-7', email: 'seven@example.com' })).body;
    await t.admin.put(`${base()}/contact-budget`, { budget: { isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [] } });
    const visitor = new ApiAgent(t.kuulo);
    const ask = (identity: object) => visitor.post(`/api/v1/public/widget/${t.workspaceId}/ask`, { surveyId: survey.id, identity });
    const signed = { id: 'cust-7', signature: signIdentity(secret, 'cust-7') };

    expect((await ask(signed)).body).toEqual({ mayAsk: true });
    expect((await ask(signed)).body).toEqual({ mayAsk: false });
    // Anyone can type an id into a console: an unsigned or wrongly signed one spends nobody's budget.
    expect((await ask({ id: 'cust-7' })).body).toEqual({ mayAsk: true });
    expect((await ask({ id: 'cust-7', signature: 'ab'.repeat(32) })).body).toEqual({ mayAsk: true });
    const touches = (await t.admin.get(`${base()}/contacts/${contact.id}/touches`)).body.touches;
    expect(touches).toEqual([expect.objectContaining({ channel: 'widget', surveyId: survey.id, surveyName: 'Widget NPS', priority: 'normal' })]);

    await t.admin.put(`${base()}/contact-budget`, { budget: { isEnabled: false, limits: [], overrides: [] } });
    expect((await ask(signed)).body).toEqual({ mayAsk: true });
    await t.admin.post(`${base()}/mail/bounces`, { email: 'seven@example.com', type: 'complaint' });
    expect((await ask(signed)).body).toEqual({ mayAsk: false });
    expect((await ask({ id: 'nobody', signature: signIdentity(secret, 'nobody') })).body).toEqual({ mayAsk: true });
  });
});
