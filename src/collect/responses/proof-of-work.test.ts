import { randomUUID } from 'node:crypto';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe('proof of work and versions for respondents', () => {
  const t = useTestKuulo(testDatabases()[0]!, { setUp: true });

  async function publish(settings: object = {}) {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'PoW', templateId: 'csat' })).body;
    await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}`, { settings });
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    return survey as { id: string; slug: string };
  }
  const submit = (slug: string, body: object) =>
    new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${slug}/responses`, { version: 1, language: 'en', isComplete: true, answers: { csat: 5 }, ...body });

  it('asks a new response for a solved challenge, accepts each solution once, and lets retries through', async () => {
    const survey = await publish({ requireProofOfWork: true });
    expect((await new ApiAgent(t.kuulo).get(`/api/v1/public/surveys/${survey.slug}`)).body.requiresProofOfWork).toBe(true);
    const without = await submit(survey.slug, { submissionId: randomUUID() });
    expect(without.status).toBe(422);
    expect(without.body.errors).toEqual([{ path: 'body.proofOfWork', problem: 'is required for this survey' }]);

    const challenge = (await new ApiAgent(t.kuulo).get(`/api/v1/public/surveys/${survey.slug}/challenge`)).body as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    const proofOfWork = { challenge, solution };
    const submissionId = randomUUID();
    expect((await submit(survey.slug, { submissionId, proofOfWork })).status).toBe(201);
    expect((await submit(survey.slug, { submissionId })).status).toBe(200);
    const reused = await submit(survey.slug, { submissionId: randomUUID(), proofOfWork });
    expect(reused.body.errors).toEqual([{ path: 'body.proofOfWork', problem: 'is not a valid, unused, unexpired solution' }]);
    const forged = { challenge, solution: { ...solution, derivedKey: '00'.repeat(32) } };
    expect((await submit(survey.slug, { submissionId: randomUUID(), proofOfWork: forged })).status).toBe(422);
  });

  it('lets a respondent finish the version they started after a new one is published', async () => {
    const survey = await publish();
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    const visitor = new ApiAgent(t.kuulo);
    expect((await visitor.get(`/api/v1/public/surveys/${survey.slug}`)).body).toMatchObject({ version: 2, latestVersion: 2 });
    expect((await visitor.get(`/api/v1/public/surveys/${survey.slug}?version=1`)).body).toMatchObject({ version: 1, latestVersion: 2 });
    expect((await submit(survey.slug, { submissionId: randomUUID(), version: 1 })).status).toBe(201);
  });
});
