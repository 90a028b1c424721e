import { ApiAgent, setUpKuulo } from '../../../test/api-agent.js';
import { buildKuulo, type Kuulo } from '../../../src/main.js';
import { saveInsightsSettings } from '../../../src/insights/rollups/store.js';
import { loadConfig, type DatabaseConfig } from '../../../src/platform/config/config.js';
import { segments, surveyPlans, timeZone } from './plan.js';

export interface BenchWorkspace {
  kuulo: Kuulo;
  workspaceId: string;
  /** Plan key → this database's survey id. */
  surveyIds: Record<string, string>;
}

/**
 * Kuulo on the database, set up as a person would through the API: the first workspace in
 * Helsinki time, one survey per plan created from its template and published (so survey_versions
 * hold version 1 of each), and the insights segments saved before any rollup is built.
 */
export async function startWorkspace(database: DatabaseConfig): Promise<BenchWorkspace> {
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  config.database = database;
  const kuulo = await buildKuulo(config);
  try {
    const { admin, workspaceId } = await setUpKuulo(kuulo, 'Bench Oy');
    const base = `/api/v1/workspaces/${workspaceId}`;
    await expectStatus(admin, 'PATCH', base, { timezone: timeZone }, 200);
    const surveyIds: Record<string, string> = {};
    for (const plan of surveyPlans) {
      const survey = await expectStatus(admin, 'POST', `${base}/surveys`, { name: plan.name, templateId: plan.templateId }, 201);
      await expectStatus(admin, 'POST', `${base}/surveys/${survey.id}/publish`, {}, 200);
      surveyIds[plan.key] = survey.id as string;
    }
    await saveInsightsSettings(kuulo.services.db, workspaceId, { segments });
    return { kuulo, workspaceId, surveyIds };
  } catch (error) {
    await kuulo.close();
    throw error;
  }
}

export async function expectStatus(agent: ApiAgent, method: string, url: string, body: unknown, status: number) {
  const response = await agent.request(method, url, body);
  if (response.status !== status) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
