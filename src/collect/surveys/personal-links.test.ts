import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('personal links on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  async function publishedSupportSurvey() {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'After support', templateId: 'post-support' })).body;
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    return survey as { id: string; slug: string };
  }
  const issue = (surveyId: string, body: object) => t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${surveyId}/links`, body);
  const submit = (slug: string, body: object) =>
    new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${slug}/responses`, { version: 1, language: 'fi', isComplete: true, elapsedMs: 9000, answers: { csat: 4 }, ...body });

  it('carries the contact and the case to the response, once', async () => {
    const survey = await publishedSupportSurvey();
    const link = await issue(survey.id, { contact: { externalId: 'cust-42', email: 'maija@example.fi', name: 'Maija Meikäläinen', language: 'fi', attributes: { tier: 'gold' } }, hidden: { case_id: 'CASE-981' } });
    expect(link.status).toBe(201);
    expect(link.body.url).toMatch(new RegExp(`/s/${survey.slug}\\?t=`));

    const shown = await new ApiAgent(t.kuulo).get(`/api/v1/public/surveys/${survey.slug}?t=${link.body.token}`);
    expect(shown.body.language).toBe('fi');
    expect(shown.body.personal).toEqual({ isUsed: false, hidden: { case_id: 'CASE-981' }, piping: { tier: 'gold', name: 'Maija Meikäläinen', first_name: 'Maija', case_id: 'CASE-981' } });

    const submissionId = randomUUID();
    // A case id typed into the address bar cannot override the signed one.
    const answered = await submit(survey.slug, { submissionId, token: link.body.token, hidden: { case_id: 'CASE-1' } });
    expect(answered.status).toBe(201);
    expect((await submit(survey.slug, { submissionId, token: link.body.token })).status).toBe(200);
    expect((await new ApiAgent(t.kuulo).get(`/api/v1/public/surveys/${survey.slug}?t=${link.body.token}`)).body.personal.isUsed).toBe(true);
    const again = await submit(survey.slug, { submissionId: randomUUID(), token: link.body.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('link_used');

    const rows = await t.kuulo.services.database.execute('SELECT hidden, channel, contact_id FROM responses WHERE survey_id = $1', [survey.id]);
    expect(rows.rows).toEqual([{ hidden: { case_id: 'CASE-981' }, channel: 'api', contact_id: link.body.contactId }]);
  });

  it('refuses a changed, foreign or expired link', async () => {
    const survey = await publishedSupportSurvey();
    const other = await publishedSupportSurvey();
    const token: string = (await issue(survey.id, { contact: { email: 'a@example.com' }, isSingleUse: false })).body.token;
    const [body, signature] = token.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...payload, h: { case_id: 'X' } })).toString('base64url')}.${signature}`;
    for (const bad of [forged, `${token}x`, 'garbage']) {
      const response = await submit(survey.slug, { submissionId: randomUUID(), token: bad });
      expect(response.status, bad).toBe(403);
      expect(response.body.code).toBe('link_invalid');
    }
    expect((await submit(other.slug, { submissionId: randomUUID(), token })).body.code).toBe('link_invalid');
    const expired = (await issue(survey.id, { expiresInHours: 0.0001 })).body.token;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const late = await submit(survey.slug, { submissionId: randomUUID(), token: expired });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('link_expired');
    // Reusable links work many times.
    expect((await submit(survey.slug, { submissionId: randomUUID(), token })).status).toBe(201);
    expect((await submit(survey.slug, { submissionId: randomUUID(), token })).status).toBe(201);
  });

  it('refuses hidden fields the survey does not declare, and contacts without a key', async () => {
    const survey = await publishedSupportSurvey();
    const response = await issue(survey.id, { hidden: { coupon: 'FREE' }, contact: { name: 'Nobody' } });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ path: 'body.contact', problem: 'needs an externalId or an email to know who it is' }]);
    const unknownField = await issue(survey.id, { hidden: { coupon: 'FREE' } });
    expect(unknownField.body.errors).toEqual([{ path: 'body.hidden.coupon', problem: 'is not a hidden field of this survey (it has: case_id)' }]);
  });
});
