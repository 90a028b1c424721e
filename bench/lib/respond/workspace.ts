import { randomUUID } from 'node:crypto';
import { ApiAgent, setUpKuulo } from '../../../test/api-agent.js';
import { upsertResponse } from '../../../src/collect/responses/store.js';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { buildKuulo, type Kuulo } from '../../../src/main.js';
import { loadConfig, type DatabaseConfig } from '../../../src/platform/config/config.js';
import { newId } from '../../../src/platform/db/ids.js';
import type { CompletedResponse } from '../../../src/respond/rules/judge.js';
import { publishedDefinitions } from '../dashboards/loader.js';
import { postLoad } from '../load.js';
import { expectStatus } from '../dashboards/workspace.js';
import { benchContacts, benchResponses, surveyTemplates, type BenchContact, type GeneratedResponse, type SurveyKey } from './responses.js';
import { benchRules, ruleCount } from './rules.js';

/**
 * The respond benchmark's Kuulo, set up through the API as a customer-experience lead would: four
 * members (three agents and their manager), three teams, the two surveys published, the contacts,
 * and the 50 rules. A second workspace holds the same surveys and no rules: the judge's reference.
 */

export interface BenchSurvey {
  id: string;
  slug: string;
  name: string;
  definition: SurveyDefinition;
}

export interface SurveyWorkspace {
  workspaceId: string;
  surveys: Record<SurveyKey, BenchSurvey>;
}

export interface RespondWorkspace extends SurveyWorkspace {
  kuulo: Kuulo;
  /** Where Kuulo listens, on 127.0.0.1. */
  address: string;
  admin: ApiAgent;
  contacts: BenchContact[];
  contactIds: string[];
  /** The same surveys in a workspace without rules. */
  plain: SurveyWorkspace;
}

/** Responses posted to the workspace without rules before anything is timed, so the intake's code is warm. */
export const warmUpCount = 16;

export async function startRespondWorkspace(database: DatabaseConfig, contactCount: number): Promise<RespondWorkspace> {
  // One address sends everything here, so the per-address limit is lifted out of the way.
  const config = loadConfig({ LOG_LEVEL: 'warn', KUULO_PUBLIC_RATE_LIMIT: '100000000' });
  config.database = database;
  const kuulo = await buildKuulo(config);
  try {
    const { admin, workspaceId } = await setUpKuulo(kuulo, 'Bench Oy');
    const address = await kuulo.app.listen({ port: 0, host: '127.0.0.1' });
    const other = await expectStatus(admin, 'POST', '/api/v1/workspaces', { name: 'Bench without rules' }, 201);
    const plain = { workspaceId: other.id as string, surveys: await publishSurveys(kuulo, admin, other.id as string) };
    // Their judge jobs run while the rest is set up.
    const warmUp = benchResponses(warmUpCount, definitionsOf(plain), [], 'respond-warm-up');
    await postAll(await submissionsFor({ address, admin, contacts: [], ...plain }, warmUp), 4);

    const base = `/api/v1/workspaces/${workspaceId}`;
    const members: Record<string, { id: string; email: string }> = {};
    for (const [name, role] of [['Alice', 'agent'], ['Bob', 'agent'], ['Carl', 'agent'], ['Mia', 'manager']] as const) {
      const email = `${name.toLowerCase()}@bench.example`;
      const created = await expectStatus(admin, 'POST', `${base}/members`, { email, name, role, password: `${name} password 123` }, 201);
      members[name] = { id: created.userId as string, email };
    }
    const team = async (name: string, memberNames: string[]) =>
      (await expectStatus(admin, 'POST', `${base}/teams`, { name, leadUserId: members['Mia']!.id, memberUserIds: memberNames.map((n) => members[n]!.id) }, 201)).id as string;
    const serviceTeamId = await team('Service', ['Alice', 'Bob', 'Carl']);
    const keyAccountsTeamId = await team('Key accounts', ['Carl']);
    const billingTeamId = await team('Billing', ['Bob']);
    const surveys = await publishSurveys(kuulo, admin, workspaceId);

    const contacts = benchContacts(contactCount, [members['Alice']!.email, members['Carl']!.email, members['Mia']!.email]);
    const contactIds: string[] = [];
    for (const contact of contacts) contactIds.push((await expectStatus(admin, 'POST', `${base}/contacts`, contact, 201)).id as string);

    const rules = benchRules({ npsSurveyId: surveys.nps.id, supportSurveyId: surveys.support.id, serviceTeamId, keyAccountsTeamId, billingTeamId, managerUserId: members['Mia']!.id });
    for (const rule of rules) await expectStatus(admin, 'POST', `${base}/alert-rules`, rule, 201);
    const enabled = (await expectStatus(admin, 'GET', `${base}/alert-rules`, undefined, 200)).items.filter((r: { isEnabled: boolean }) => r.isEnabled).length;
    if (enabled !== ruleCount) throw new Error(`the workspace has ${enabled} enabled rules, not ${ruleCount}`);
    return { kuulo, address, admin, workspaceId, surveys, contacts, contactIds, plain };
  } catch (error) {
    await kuulo.close();
    throw error;
  }
}

async function publishSurveys(kuulo: Kuulo, admin: ApiAgent, workspaceId: string): Promise<Record<SurveyKey, BenchSurvey>> {
  const base = `/api/v1/workspaces/${workspaceId}`;
  const made: Partial<Record<SurveyKey, { id: string; slug: string; name: string }>> = {};
  for (const [key, template] of Object.entries(surveyTemplates) as [SurveyKey, (typeof surveyTemplates)[SurveyKey]][]) {
    const survey = await expectStatus(admin, 'POST', `${base}/surveys`, { name: template.name, templateId: template.templateId }, 201);
    await expectStatus(admin, 'POST', `${base}/surveys/${survey.id}/publish`, {}, 200);
    made[key] = { id: survey.id, slug: survey.slug, name: template.name };
  }
  const definitions = await publishedDefinitions(kuulo.services.database, workspaceId, { nps: made.nps!.id, support: made.support!.id });
  return {
    nps: { ...made.nps!, definition: definitions.get('nps')! },
    support: { ...made.support!, definition: definitions.get('support')! },
  };
}

export const definitionsOf = (workspace: SurveyWorkspace): Record<SurveyKey, SurveyDefinition> => ({ nps: workspace.surveys.nps.definition, support: workspace.surveys.support.definition });

/**
 * The public intake's requests for the responses: a known contact answers through a personal link
 * (issued here, before any timing), anyone else anonymously.
 */
export async function submissionsFor(
  target: SurveyWorkspace & Pick<RespondWorkspace, 'address' | 'admin' | 'contacts'>,
  responses: readonly GeneratedResponse[],
): Promise<{ url: string; body: string }[]> {
  const links = new Map<string, string>();
  const submissions: { url: string; body: string }[] = [];
  for (const response of responses) {
    const survey = target.surveys[response.survey];
    const contact = response.contact === null ? undefined : target.contacts[response.contact];
    let token: string | undefined;
    if (contact) {
      const key = `${response.survey}:${response.contact}:${response.channel}`;
      if (!links.has(key)) {
        const body = { contact: { email: contact.email }, isSingleUse: false, channel: response.channel };
        links.set(key, (await expectStatus(target.admin, 'POST', `/api/v1/workspaces/${target.workspaceId}/surveys/${survey.id}/links`, body, 201)).token as string);
      }
      token = links.get(key);
    }
    // A personal link's channel is the link's; an anonymous respondent's is the page's.
    const body = { submissionId: randomUUID(), version: 1, language: response.language, isComplete: true, elapsedMs: 45_000, answers: response.answers, hidden: response.hidden, ...(token ? { token } : { channel: response.channel }) };
    submissions.push({ url: `${target.address}/api/v1/public/surveys/${survey.slug}/responses`, body: JSON.stringify(body) });
  }
  return submissions;
}

/** Posts every submission, each survey's from its share of `concurrency` clients; throws if any was refused. */
export async function postAll(submissions: readonly { url: string; body: string }[], concurrency: number): Promise<void> {
  const byUrl = new Map<string, string[]>();
  for (const { url, body } of submissions) byUrl.set(url, [...(byUrl.get(url) ?? []), body]);
  const posts = await Promise.all(
    [...byUrl].map(([url, bodies]) => postLoad(url, () => bodies.shift()!, { count: bodies.length, concurrency: Math.max(1, Math.round((concurrency * bodies.length) / submissions.length)) })),
  );
  const refused = posts.reduce((sum, p) => sum + p.failures, 0);
  if (refused) throw new Error(`${refused} submissions were refused`);
}

/**
 * Stores the responses as the intake would (its own `upsertResponse`), but records no
 * `response.completed` event, so no job judges them: the benchmark calls the judge itself.
 * `contactIds` null stores them anonymous. Returns what the judge is handed for each.
 */
export async function storeResponses(kuulo: Kuulo, workspace: SurveyWorkspace, responses: readonly GeneratedResponse[], contactIds: readonly string[] | null): Promise<CompletedResponse[]> {
  const stored: CompletedResponse[] = [];
  for (const response of responses) {
    const survey = workspace.surveys[response.survey];
    const contactId = contactIds && response.contact !== null ? contactIds[response.contact]! : null;
    const completedAt = new Date();
    const { row } = await upsertResponse(kuulo.services.db, {
      workspaceId: workspace.workspaceId,
      id: newId(),
      surveyId: survey.id,
      surveyVersion: 1,
      submissionId: randomUUID(),
      state: 'complete',
      answers: response.answers,
      hidden: response.hidden,
      language: response.language,
      channel: response.channel,
      endingId: response.endingId,
      contactId,
      completedAt,
    });
    stored.push({ workspaceId: workspace.workspaceId, responseId: row.id, surveyId: survey.id, surveyName: survey.name, surveyVersion: 1, channel: response.channel, language: response.language, contactId, answers: response.answers, hidden: response.hidden, completedAt });
  }
  return stored;
}
