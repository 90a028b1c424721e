import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Kuulo } from '../src/main.js';
import { ApiAgent } from './api-agent.js';

export interface NpsAnswer {
  nps: number;
  /** Goes to the question the score leads to in the NPS template: improve (0–6), even_better (7–8), like_most (9–10). */
  comment?: string | undefined;
  contact?: { email: string; attributes?: Record<string, number | string> };
  channel?: 'email' | 'api' | 'link' | 'embed';
  language?: string;
  hidden?: Record<string, string>;
}

/**
 * A customer answers a published survey made from the NPS template through a personal link, as
 * the public page would send it; resolves to the response's id.
 */
export async function answerNps(kuulo: Kuulo, admin: ApiAgent, workspaceId: string, survey: { id: string; slug: string }, answer: NpsAnswer): Promise<string> {
  const link = await admin.post(`/api/v1/workspaces/${workspaceId}/surveys/${survey.id}/links`, {
    contact: answer.contact ?? { email: `${randomUUID()}@example.com` },
    isSingleUse: false,
    ignoreContactBudget: true,
    ...(answer.channel ? { channel: answer.channel } : {}),
    ...(answer.hidden ? { hidden: answer.hidden } : {}),
  });
  expect(link.status).toBe(201);
  const question = answer.nps <= 6 ? 'improve' : answer.nps <= 8 ? 'even_better' : 'like_most';
  const response = await new ApiAgent(kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, {
    submissionId: randomUUID(),
    token: link.body.token,
    version: 1,
    language: answer.language ?? 'en',
    isComplete: true,
    answers: { nps: answer.nps, ...(answer.comment ? { [question]: answer.comment } : {}) },
  });
  expect(response.status).toBe(201);
  return response.body.responseId as string;
}
