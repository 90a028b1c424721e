import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('filtering responses by their answers on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  it('finds responses by score, choice and written text, all filters together', async () => {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'Support', templateId: 'post-support' })).body;
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    const answers = [
      { csat: 5, resolved: 'yes', comment: 'Nopea toimitus, kiitos' },
      { csat: 2, resolved: 'no', comment: 'Delivery was late (50% off promised)' },
      { csat: 2, resolved: 'partly', comment: 'Toimitus myöhästyi' },
    ];
    for (const given of answers) {
      await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'fi', isComplete: true, answers: given });
    }
    const list = async (query: string) => (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/responses?${query}`)).body;
    const comments = (body: { items: { answers: { comment: string } }[] }) => body.items.map((r) => r.answers.comment).sort();
    expect(comments(await list('answer=csat:2'))).toEqual(['Delivery was late (50% off promised)', 'Toimitus myöhästyi']);
    expect(comments(await list('answer=csat:2&answer=resolved:no'))).toEqual(['Delivery was late (50% off promised)']);
    expect(comments(await list(`answer=${encodeURIComponent('comment:TOIMITUS')}`))).toEqual(['Nopea toimitus, kiitos', 'Toimitus myöhästyi']);
    expect(comments(await list(`answer=${encodeURIComponent('comment:50%')}`))).toEqual(['Delivery was late (50% off promised)']);
    expect((await list('answer=ghost:1')).errors).toEqual([{ path: 'query.answer.0', problem: 'must be <question id>:<value> with a question of this survey (got "ghost:1")' }]);
    expect((await list('answer=csat:great')).errors).toEqual([{ path: 'query.answer.0', problem: 'csat answers are whole numbers' }]);
    const csv = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/responses/export?answer=resolved:yes`);
    expect(String(csv.body).trim().split('\r\n')).toHaveLength(2);
  });
});
